"""District sync, the outlet's side: export packages, their history, the hub's
acknowledgements, and verifying a package file with the outlet's own key.

The contract (file names, manifest, files, chain, re-export rules) is docs/ARCHITECTURE.md,
"District sync". Figures come from sync_indicators, data files from sync_data, keys from
sync_keys; the zip and its signature from app/sync/package.py.

Re-export: the latest package of the same months is compared with what the books give now
(cooperative, file hashes, counts, key). The same → that package again: its sequence, its
stored manifest bytes, so the same zip byte for byte. Different and not yet acknowledged → a
new sequence with `correction_of` = that package. Different and acknowledged → refused unless
`correction=True`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

from sqlalchemy import func, select

from app import __version__
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.periods import month_key
from app.domain.sync_manifest import Ack, FileEntry, Manifest, canonical_json, parse_package_name, sha256_hex
from app.domain.sync_outlet import ExportPeriod, month_period, since_last_period
from app.services import audit, profile, settings, sync_data, sync_indicators, sync_keys
from app.store.models import CooperativeRow, JournalRow, UserRow
from app.store.models_sync import SyncExportRow
from app.store.uow import UnitOfWork
from app.sync.package import read_package, verify_package, write_package

INDICATORS = "indicators.json"


@dataclass(frozen=True)
class ExportInfo:
    sequence: int
    file_name: str
    period_from: str
    period_to: str
    kind: str
    correction_of: int | None
    manifest_sha256: str
    status: str  # exported | sent | acknowledged
    created_at: datetime
    created_by: str
    sent_at: datetime | None
    acknowledged_at: datetime | None
    counts: dict


@dataclass(frozen=True)
class ExportResult:
    export: ExportInfo
    path: Path
    size: int
    reused: bool  # the books had not changed: the earlier package again, byte for byte
    data: bytes = field(repr=False, default=b"")  # the zip (for the upload queue)


@dataclass(frozen=True)
class AckResult:
    export: ExportInfo
    already: bool  # this package was acknowledged before; nothing changed


@dataclass(frozen=True)
class VerifyResult:
    file_name: str
    nib: str
    sequence: int
    period_from: str
    period_to: str
    kind: str
    correction_of: int | None
    manifest_sha256: str
    files: tuple[str, ...]
    counts: dict
    fingerprint: str
    exported_here: bool  # this outlet's history holds this very package


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.REPORT_VIEW)):
        actor.require(Permission.SYNC_EXPORT)


def _info(uow: UnitOfWork, row: SyncExportRow) -> ExportInfo:
    user = uow.session.get(UserRow, row.created_by)
    manifest = Manifest.parse(row.manifest_json.encode("utf-8"))
    return ExportInfo(row.sequence, row.file_name, row.period_from, row.period_to, row.kind, row.correction_of,
                      row.manifest_sha256, row.status, row.created_at, user.username if user else "",
                      row.sent_at, row.acknowledged_at, dict(manifest.counts))


# --- the package's content ------------------------------------------------------------------

def _first_month(uow: UnitOfWork) -> str:
    first = uow.session.execute(select(func.min(JournalRow.date))).scalar_one_or_none()
    if first is not None:
        return month_key(first)
    created = uow.session.execute(select(CooperativeRow.created_at)).scalar_one()
    return month_key(profile.outlet_zone(uow).local_date(created))


def _period(uow: UnitOfWork, period: str | None) -> ExportPeriod:
    today = profile.business_date(uow)
    if period is not None:
        return month_period(period, today)
    last = uow.session.execute(select(func.max(SyncExportRow.period_to))).scalar_one_or_none()
    return since_last_period(last, _first_month(uow), today)


def _cooperative(uow: UnitOfWork) -> dict:
    coop = profile.require(uow)
    return {"name": coop.name, "nib": coop.nib,
            "region": {"provinsi": coop.provinsi, "kabupaten": coop.kabupaten, "kecamatan": coop.kecamatan,
                       "desa": coop.desa, "kode_wilayah": settings.get(uow, "sync.kode_wilayah")}}


def _content(uow: UnitOfWork, p: ExportPeriod, keys: sync_keys.Keys) -> tuple[dict[str, bytes], dict]:
    data = sync_data.data_files(uow, p, secret=keys.member_salt, share_names=settings.get(uow, "sync.share_names"))
    files = {INDICATORS: canonical_json(sync_indicators.indicators(uow, p)), **data.files}
    return files, data.counts


def _same_data(stored: Manifest, cooperative: dict, entries: tuple[FileEntry, ...], counts: dict,
               fingerprint: str) -> bool:
    return (stored.cooperative == cooperative and stored.files == entries and stored.counts == counts
            and stored.public_key_fingerprint == fingerprint)


# --- export --------------------------------------------------------------------------------

def export_package(uow: UnitOfWork, actor: Actor, period: str | None, out_dir: Path | str, *,
                   correction: bool = False, uuid: UUID | None = None) -> ExportResult:
    """Export a month that has ended ("YYYY-MM") or, with `period=None`, every month since the
    last export up to last month, as `kopdes-<NIB>-<YYYYMM>-<seq>.zip` in `out_dir`."""
    actor.require(Permission.SYNC_EXPORT)
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise DomainError("no_folder", f"Folder tujuan {out_dir} tidak ada.")
    uuid = uuid or uuid4()
    with uow:
        s = uow.session
        replay = s.execute(select(SyncExportRow).where(SyncExportRow.uuid == str(uuid))).scalar_one_or_none()
        if replay is not None:  # the same request again (a retry): the months it covered
            p = ExportPeriod(replay.period_from, replay.period_to, replay.kind)
        else:
            p = _period(uow, period)
        keys = sync_keys.ensure_in(uow, actor.username)
        cooperative = _cooperative(uow)
        files, counts = _content(uow, p, keys)
        entries = tuple(sorted((FileEntry.of(n, d) for n, d in files.items()), key=lambda f: f.name))
        latest = replay or s.execute(
            select(SyncExportRow).where(SyncExportRow.period_from == p.first, SyncExportRow.period_to == p.last)
            .order_by(SyncExportRow.sequence.desc()).limit(1)).scalar_one_or_none()
        stored = Manifest.parse(latest.manifest_json.encode("utf-8")) if latest is not None else None
        if stored is not None and _same_data(stored, cooperative, entries, counts, keys.fingerprint):
            data = write_package(stored, files, keys.private_key_pem,
                                 manifest_bytes=latest.manifest_json.encode("utf-8"))
            row, reused = latest, True
        else:
            if replay is not None:
                raise DomainError("uuid_conflict", f"Paket {replay.file_name} sudah dibuat dengan ID ini dan data "
                                                   "sudah berubah sejak itu; ekspor ulang tanpa ID yang sama.")
            if latest is not None and latest.status == "acknowledged" and not correction:
                raise DomainError("export_acknowledged", (
                    f"Paket {latest.file_name} untuk {_label(p)} sudah diterima kabupaten, dan data sudah berubah "
                    "sejak itu. Buat paket koreksi (--correction) bila perubahan ini memang harus dilaporkan."))
            if latest is None and correction:
                raise DomainError("nothing_to_correct", f"{_label(p)} belum pernah diekspor; tidak ada yang dikoreksi.")
            row, data = _new_export(uow, actor, p, cooperative, files, entries, counts, keys, latest, uuid)
            reused = False
        target = out_dir / row.file_name
        partial = target.with_name(target.name + ".partial")
        try:
            partial.write_bytes(data)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise DomainError("write_failed", f"Paket tidak bisa ditulis ke {out_dir}: {exc.strerror}.") from None
        audit.append(uow, actor.username, "sync.export", row.file_name,
                     {"sequence": row.sequence, "period": [row.period_from, row.period_to],
                      "correction_of": row.correction_of, "manifest_sha256": row.manifest_sha256, "reused": reused})
        info = _info(uow, row)
        try:
            uow.commit()
        except Exception:
            partial.unlink(missing_ok=True)
            raise
    partial.replace(target)
    return ExportResult(info, target, len(data), reused, data)


def _label(p: ExportPeriod) -> str:
    return p.first if p.first == p.last else f"{p.first} s.d. {p.last}"


def _new_export(uow: UnitOfWork, actor: Actor, p: ExportPeriod, cooperative: dict, files: dict[str, bytes],
                entries: tuple[FileEntry, ...], counts: dict, keys: sync_keys.Keys, latest: SyncExportRow | None,
                uuid: UUID) -> tuple[SyncExportRow, bytes]:
    s = uow.session
    last = s.execute(select(SyncExportRow).order_by(SyncExportRow.sequence.desc()).limit(1)).scalar_one_or_none()
    sequence = last.sequence + 1 if last else 1
    manifest = Manifest(
        cooperative=cooperative, period_from=p.first, period_to=p.last, kind=p.kind, sequence=sequence,
        correction_of=latest.sequence if latest is not None else None,
        created_at=uow.now().strftime("%Y-%m-%dT%H:%M:%SZ"), app_version=__version__, files=entries,
        previous_sha256=last.manifest_sha256 if last else None, counts=counts,
        public_key_fingerprint=keys.fingerprint)
    body = manifest.to_json()
    data = write_package(manifest, files, keys.private_key_pem, manifest_bytes=body)
    row = SyncExportRow(uuid=str(uuid), sequence=sequence, period_from=p.first, period_to=p.last, kind=p.kind,
                        correction_of=manifest.correction_of, file_name=manifest.file_name,
                        manifest_sha256=sha256_hex(body), manifest_json=body.decode("utf-8"), created_at=uow.now(),
                        created_by=actor.user_id, status="exported")
    s.add(row)
    s.flush()
    return row, data


# --- history and acknowledgements ----------------------------------------------------------

def list_exports(uow: UnitOfWork, actor: Actor) -> list[ExportInfo]:
    """Every package made, the newest first."""
    _may_read(actor)
    with uow:
        rows = uow.session.execute(select(SyncExportRow).order_by(SyncExportRow.sequence.desc())).scalars()
        return [_info(uow, r) for r in rows]


def mark_sent_in(uow: UnitOfWork, sequence: int) -> None:
    """The hub has the package (the upload queue, in its transaction). An acknowledged
    package stays acknowledged."""
    row = _by_sequence(uow, sequence)
    if row.status == "exported":
        row.status = "sent"
        row.sent_at = uow.now()


def _by_sequence(uow: UnitOfWork, sequence: int) -> SyncExportRow:
    row = uow.session.execute(select(SyncExportRow).where(SyncExportRow.sequence == sequence)).scalar_one_or_none()
    if row is None:
        raise DomainError("ack_unknown", f"Tanda terima ditolak: paket nomor {sequence} tidak pernah dibuat di gerai ini.")
    return row


def acknowledge_in(uow: UnitOfWork, username: str, ack_bytes: bytes) -> AckResult:
    """Mark our export acknowledged, in the caller's transaction: only an acknowledgement for
    this outlet's NIB, for a package made here, naming that package's manifest hash."""
    ack = Ack.parse(ack_bytes)
    nib = profile.require(uow).nib
    if ack.nib != nib:
        raise DomainError("ack_other_outlet", f"Tanda terima ditolak: untuk koperasi NIB {ack.nib}, bukan {nib}.")
    row = _by_sequence(uow, ack.sequence)
    if ack.manifest_sha256 != row.manifest_sha256:
        raise DomainError("ack_mismatch", f"Tanda terima ditolak: hash manifest tidak sama dengan paket "
                                          f"{row.file_name} yang dibuat di gerai ini.")
    if row.status == "acknowledged":
        return AckResult(_info(uow, row), True)
    row.status = "acknowledged"
    row.acknowledged_at = uow.now()
    row.ack_json = ack_bytes.decode("utf-8")
    uow.session.flush()
    audit.append(uow, username, "sync.ack", row.file_name,
                 {"sequence": row.sequence, "hub": ack.hub, "accepted_at": ack.accepted_at})
    return AckResult(_info(uow, row), False)


def import_ack(uow: UnitOfWork, actor: Actor, ack_bytes: bytes) -> AckResult:
    """`kopdes export ack FILE`: the hub's acknowledgement file. Importing it again changes nothing."""
    actor.require(Permission.SYNC_EXPORT)
    with uow:
        result = acknowledge_in(uow, actor.username, ack_bytes)
        if not result.already:
            uow.commit()
        return result


# --- verification --------------------------------------------------------------------------

def verify_bytes(uow: UnitOfWork, actor: Actor, data: bytes, name: str = "") -> VerifyResult:
    """A package checked with this outlet's own public key: form, every file hash, the
    signature, that it is this outlet's (NIB, key fingerprint) and that its name fits."""
    _may_read(actor)
    with uow:
        keys = sync_keys.read_in(uow)
        nib = profile.require(uow).nib
        if keys is None:
            raise DomainError("no_keys", "Gerai ini belum punya kunci tanda tangan; belum ada paket yang dibuat.")
        opened = read_package(data)
        if opened.manifest.nib != nib:
            raise DomainError("package_invalid", f"Paket ditolak: paket koperasi NIB {opened.manifest.nib}, "
                                                 f"bukan gerai ini ({nib}).")
        opened = verify_package(data, keys.public_key_pem)
        m = opened.manifest
        if m.public_key_fingerprint != keys.fingerprint:
            raise DomainError("package_invalid", "Paket ditolak: sidik jari kunci di manifest bukan kunci gerai ini.")
        parsed = parse_package_name(name) if name else None
        if name.startswith("kopdes-") and parsed != (m.nib, m.period_to, m.sequence):
            raise DomainError("package_invalid", f"Paket ditolak: nama berkas {name} tidak sesuai isinya "
                                                 f"({m.file_name}).")
        mine = uow.session.execute(select(SyncExportRow.id).where(
            SyncExportRow.manifest_sha256 == opened.manifest_sha256)).first() is not None
        return VerifyResult(m.file_name, m.nib, m.sequence, m.period_from, m.period_to, m.kind, m.correction_of,
                            opened.manifest_sha256, tuple(f.name for f in m.files), dict(m.counts),
                            m.public_key_fingerprint, mine)


def verify_file(uow: UnitOfWork, actor: Actor, path: Path | str) -> VerifyResult:
    """`kopdes export verify FILE`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DomainError("not_found", f"Berkas {path} tidak ditemukan.") from None
    except OSError as exc:
        raise DomainError("read_failed", f"Berkas {path} tidak bisa dibaca: {exc.strerror}.") from None
    return verify_bytes(uow, actor, data, path.name)

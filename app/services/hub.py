"""The district hub: registering cooperatives with their public keys and importing their
signed, chained packages (docs/ARCHITECTURE.md, "District sync").

The hub has no outlet users: whoever runs `kopdes hub …` on the hub's machine (or reaches
`kopdes hub serve`) acts for the district; what they may change is bounded by the rules
here. One package = one transaction: a refused package leaves nothing behind except, for a
registered cooperative, the incident that says why (written after the rollback).
"""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain.clock import zone
from app.domain.district_report import iso
from app.domain.errors import DomainError
from app.domain.sync_manifest import Ack, Manifest, parse_package_name
from app.store.models_hub import (HubCooperativeRow, HubIncidentRow, HubKeyChangeRow, HubPackageBlobRow,
                                  HubPackageRow, HubSettingRow)
from app.store.uow import UnitOfWork
from app.sync import package as pkg

DEFAULT_HUB_NAME = "Hub Kopdes"
INDICATORS = "indicators.json"


def _refuse(code: str, message: str) -> DomainError:
    return DomainError(code, f"Paket ditolak: {message}")


def _check_nib(nib: str) -> str:
    nib = (nib or "").strip()
    if not (nib.isdigit() and len(nib) == 13):
        raise DomainError("bad_nib", f"NIB harus 13 angka, bukan {nib!r}.")
    return nib


# --- hub settings -----------------------------------------------------------------------------

SETTINGS = {"name": DEFAULT_HUB_NAME, "place": "", "timezone": "WIB"}  # the hub as it signs acks and reports


def settings(uow: UnitOfWork) -> dict:
    with uow:
        return current_settings(uow)


def current_settings(uow: UnitOfWork) -> dict:
    """The settings inside an open unit of work."""
    out = dict(SETTINGS)
    for row in uow.session.scalars(select(HubSettingRow)):
        if row.key in out:
            out[row.key] = json.loads(row.value)
    return out


def configure(uow: UnitOfWork, *, name: str | None = None, place: str | None = None,
              timezone: str | None = None) -> dict:
    changes = {k: v.strip() for k, v in (("name", name), ("place", place), ("timezone", timezone)) if v is not None}
    if "timezone" in changes:
        changes["timezone"] = zone(changes["timezone"]).name  # WIB, WITA or WIT
    if "name" in changes and not 1 <= len(changes["name"]) <= 120:
        raise DomainError("bad_hub_name", "Nama hub harus 1-120 karakter.")
    if "place" in changes and len(changes["place"]) > 100:
        raise DomainError("bad_hub_place", "Tempat hub paling panjang 100 karakter.")
    with uow:
        for key, value in changes.items():
            row = uow.session.get(HubSettingRow, key)
            if row is None:
                uow.session.add(HubSettingRow(key=key, value=json.dumps(value, ensure_ascii=False)))
            else:
                row.value = json.dumps(value, ensure_ascii=False)
        out = current_settings(uow)
        uow.commit()
    return out


# --- cooperatives -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Cooperative:
    nib: str
    name: str
    region: dict
    fingerprint: str
    registered_at: datetime
    last_sequence: int | None
    last_imported_at: datetime | None


@dataclass(frozen=True)
class Registration:
    nib: str
    name: str
    fingerprint: str
    outcome: str  # terdaftar | tidak_berubah | kunci_diganti
    old_fingerprint: str | None = None

    @property
    def message(self) -> str:
        return {"terdaftar": f"Koperasi {self.nib} terdaftar dengan kunci {self.fingerprint}.",
                "tidak_berubah": f"Koperasi {self.nib} sudah terdaftar dengan kunci ini; tidak ada yang berubah.",
                "kunci_diganti": f"Kunci koperasi {self.nib} diganti: {self.old_fingerprint} → {self.fingerprint}."
                }[self.outcome]


def register(uow: UnitOfWork, nib: str, public_key_pem: bytes, name: str | None = None, *,
             replace_key: bool = False, reason: str = "") -> Registration:
    """Register a cooperative's public key. The same key again changes nothing (a new name is
    taken); another key is refused unless `replace_key` with a reason, which is recorded."""
    nib = _check_nib(nib)
    fp = pkg.public_key_fingerprint(public_key_pem)  # refuses what is not an Ed25519 PEM
    pem = public_key_pem.decode("ascii").strip() + "\n"
    name = (name or "").strip()
    if len(name) > 120:
        raise DomainError("bad_name", "Nama koperasi paling panjang 120 karakter.")
    reason = reason.strip()
    with uow:
        now = uow.now()
        row = uow.session.scalars(select(HubCooperativeRow).where(HubCooperativeRow.nib == nib)
                                  .with_for_update()).one_or_none()
        if row is None:
            row = HubCooperativeRow(nib=nib, name=name, region="{}", public_key_pem=pem, fingerprint=fp,
                                    registered_at=now)
            uow.session.add(row)
            uow.session.flush()
            uow.session.add(HubKeyChangeRow(cooperative_id=row.id, old_fingerprint=None, old_public_key_pem=None,
                                            new_fingerprint=fp, reason=reason or "pendaftaran", at=now))
            uow.commit()
            return Registration(nib, name, fp, "terdaftar")
        if row.fingerprint == fp:
            if name and name != row.name:
                row.name = name
                uow.commit()
            return Registration(nib, row.name, fp, "tidak_berubah")
        if not replace_key:
            raise DomainError(
                "key_mismatch",
                f"Koperasi {nib} sudah terdaftar dengan kunci lain (sidik jari {row.fingerprint}); kunci baru "
                f"{fp} ditolak. Bila gerai memang membuat kunci baru, ganti dengan --replace-key --reason ALASAN.")
        if not reason:
            raise DomainError("reason_required", "Mengganti kunci koperasi memerlukan alasan (--reason).")
        old = row.fingerprint
        uow.session.add(HubKeyChangeRow(cooperative_id=row.id, old_fingerprint=old,
                                        old_public_key_pem=row.public_key_pem, new_fingerprint=fp,
                                        reason=reason[:300], at=now))
        row.public_key_pem, row.fingerprint = pem, fp
        if name:
            row.name = name
        uow.commit()
        return Registration(nib, row.name, fp, "kunci_diganti", old)


def cooperatives(uow: UnitOfWork) -> list[Cooperative]:
    with uow:
        last = (select(HubPackageRow.cooperative_id, func.max(HubPackageRow.sequence).label("seq"))
                .group_by(HubPackageRow.cooperative_id).subquery())
        q = (select(HubCooperativeRow, HubPackageRow.sequence, HubPackageRow.imported_at)
             .outerjoin(last, last.c.cooperative_id == HubCooperativeRow.id)
             .outerjoin(HubPackageRow, (HubPackageRow.cooperative_id == HubCooperativeRow.id)
                        & (HubPackageRow.sequence == last.c.seq))
             .order_by(HubCooperativeRow.nib))
        return [Cooperative(c.nib, c.name, json.loads(c.region), c.fingerprint, c.registered_at, seq, at)
                for c, seq, at in uow.session.execute(q)]


# --- importing packages -----------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    nib: str
    name: str
    sequence: int
    period_from: str
    period_to: str
    manifest_sha256: str
    file_name: str
    already_imported: bool
    ack: Ack

    @property
    def message(self) -> str:
        if self.already_imported:
            return f"{self.file_name}: sudah diimpor (paket {self.sequence}); tidak ada yang berubah."
        return (f"{self.file_name}: diterima, paket {self.sequence} {self.name} "
                f"({self.period_from} s.d. {self.period_to}).")

    @property
    def ack_json(self) -> bytes:
        return self.ack.to_json()


@dataclass(frozen=True)
class Incident:
    nib: str
    kind: str  # gap | fork | refused
    sequence: int | None
    file_name: str
    detail: str
    at: datetime


class _Refusal(Exception):
    """Inside the transaction: refuse, and (kind set) record an incident after the rollback."""

    def __init__(self, error: DomainError, kind: str | None = None, sequence: int | None = None,
                 sha: str | None = None) -> None:
        super().__init__(error.message)
        self.error, self.kind, self.sequence, self.sha = error, kind, sequence, sha


def _peek_manifest(data: bytes) -> Manifest | None:
    """The manifest alone, read cheaply (None when that fails: read_package then says why)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            info = zf.getinfo("manifest.json")
            if info.file_size > 1024 * 1024:
                return None
            return Manifest.parse(zf.read(info))
    except Exception:  # noqa: BLE001 - any failure: the full reading gives the reason
        return None


def _peek_nib(data: bytes, file_name: str) -> str | None:
    """Which cooperative a package that failed to open claims to be from (for the incident)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            nib = json.loads(zf.read("manifest.json").decode("utf-8"))["cooperative"]["nib"]
            if isinstance(nib, str):
                return nib
    except Exception:  # noqa: BLE001 - best effort: anything unreadable is simply not attributed
        pass
    parsed = parse_package_name(file_name or "")
    return parsed[0] if parsed else None


def _ack(row: HubPackageRow, nib: str, hub_name: str) -> Ack:
    return Ack(nib, row.sequence, row.manifest_sha256, iso(row.imported_at), hub_name)


def import_package(uow: UnitOfWork, data: bytes, file_name: str = "") -> ImportResult:
    """Verify and import one package (docs/ARCHITECTURE.md, "The hub"). Raises DomainError with
    the reason when refused; nothing of the package is written then."""
    with uow:
        try:
            return _import(uow, data, file_name)
        except _Refusal as r:
            uow.rollback()
            if r.kind is not None:
                _record_incident(uow, data, file_name, r)
            raise r.error from None


def _record_incident(uow: UnitOfWork, data: bytes, file_name: str, r: _Refusal) -> None:
    nib = _peek_nib(data, file_name)
    coop = None if nib is None else uow.session.scalars(
        select(HubCooperativeRow).where(HubCooperativeRow.nib == nib)).one_or_none()
    if coop is None:  # unknown senders are refused without a trace: nothing to attach it to
        return
    uow.session.add(HubIncidentRow(cooperative_id=coop.id, nib=nib, kind=r.kind, sequence=r.sequence,
                                   manifest_sha256=r.sha, file_name=(file_name or "")[:200],
                                   detail=r.error.message[:2000], at=uow.now()))
    uow.commit()


def _import(uow: UnitOfWork, data: bytes, file_name: str) -> ImportResult:
    s = uow.session
    m = _peek_manifest(data)  # whose package: enough to find the key, verified below
    if m is None:
        try:
            m = pkg.read_package(data).manifest  # raises the reason it cannot be opened
        except DomainError as e:
            raise _Refusal(e, "refused") from None
    nib = m.nib
    coop = s.scalars(select(HubCooperativeRow).where(HubCooperativeRow.nib == nib).with_for_update()).one_or_none()
    if coop is None:
        raise _Refusal(_refuse("unknown_cooperative",
                               f"koperasi dengan NIB {nib} belum terdaftar di hub ini. Daftarkan dulu dengan "
                               f"kopdes hub register --coop {nib} --pubkey BERKAS."))
    named = parse_package_name(file_name or "")
    if named is not None and named != (nib, m.period_to, m.sequence):
        raise _Refusal(_refuse("name_mismatch", f"nama berkas {file_name} tidak cocok dengan isinya "
                                                f"({m.file_name})."))
    try:
        opened = pkg.verify_package(data, coop.public_key_pem.encode("ascii"))
    except DomainError as e:
        raise _Refusal(e, "refused", m.sequence) from None
    m, sha = opened.manifest, opened.manifest_sha256
    if m.public_key_fingerprint and m.public_key_fingerprint != coop.fingerprint:
        raise _Refusal(_refuse("fingerprint_mismatch",
                               f"sidik jari kunci di manifest ({m.public_key_fingerprint}) bukan kunci terdaftar "
                               f"({coop.fingerprint})."), "refused", m.sequence, sha)
    hub_name = current_settings(uow)["name"]
    same = s.scalars(select(HubPackageRow).where(HubPackageRow.cooperative_id == coop.id,
                                                 HubPackageRow.sequence == m.sequence)).one_or_none()
    if same is not None:
        if same.manifest_sha256 == sha:
            return _result(coop, same, hub_name, already=True)
        raise _Refusal(_refuse("fork", f"paket {m.sequence} koperasi {nib} sudah diterima dengan isi lain "
                                       f"(percabangan rantai: hash {sha[:12]}… ≠ {same.manifest_sha256[:12]}…)."),
                       "fork", m.sequence, sha)
    last = s.scalars(select(HubPackageRow).where(HubPackageRow.cooperative_id == coop.id)
                     .order_by(HubPackageRow.sequence.desc()).limit(1)).one_or_none()
    expected = 1 if last is None else last.sequence + 1
    if m.sequence != expected:  # only a later one can get here: every earlier one exists
        raise _Refusal(_refuse("gap", f"paket {expected} belum diterima; impor paket {expected} dulu "
                                      f"sebelum paket {m.sequence}."), "gap", m.sequence, sha)
    if last is not None and m.previous_sha256 != last.manifest_sha256:
        raise _Refusal(_refuse("fork", f"rantai paket putus: previous_sha256 paket {m.sequence} bukan hash paket "
                                       f"{last.sequence} yang sudah diterima (percabangan)."), "fork", m.sequence, sha)
    raw = opened.files.get(INDICATORS)
    try:
        indicators = json.loads(raw.decode("utf-8")) if raw is not None else None
    except (UnicodeDecodeError, ValueError):
        indicators = None
    if not isinstance(indicators, dict):
        raise _Refusal(_refuse("no_indicators", f"{INDICATORS} tidak ada atau bukan objek JSON."),
                       "refused", m.sequence, sha)
    region = m.cooperative.get("region")
    if isinstance(region, dict):
        coop.region = json.dumps(region, ensure_ascii=False, sort_keys=True)
    if not coop.name:
        coop.name = str(m.cooperative.get("name", ""))[:120]
    row = HubPackageRow(cooperative_id=coop.id, sequence=m.sequence, period_from=m.period_from,
                        period_to=m.period_to, kind=m.kind, correction_of=m.correction_of, manifest_sha256=sha,
                        manifest_json=opened.manifest_bytes.decode("utf-8"), previous_sha256=m.previous_sha256,
                        file_name=m.file_name, indicators_json=raw.decode("utf-8"), created_at=m.created_at[:40],
                        imported_at=uow.now())
    s.add(row)
    s.flush()
    s.add(HubPackageBlobRow(package_id=row.id, zip_bytes=data))
    result = _result(coop, row, hub_name, already=False)
    uow.commit()
    return result


def _result(coop: HubCooperativeRow, row: HubPackageRow, hub_name: str, *, already: bool) -> ImportResult:
    return ImportResult(coop.nib, coop.name, row.sequence, row.period_from, row.period_to, row.manifest_sha256,
                        row.file_name, already, _ack(row, coop.nib, hub_name))


def incidents(uow: UnitOfWork, nib: str | None = None) -> list[Incident]:
    with uow:
        q = select(HubIncidentRow).order_by(HubIncidentRow.id)
        if nib:
            q = q.where(HubIncidentRow.nib == nib)
        return [Incident(r.nib, r.kind, r.sequence, r.file_name, r.detail, r.at) for r in uow.session.scalars(q)]


# --- uploads (kopdes hub serve) ---------------------------------------------------------------

def receive_upload(uow: UnitOfWork, body: bytes, file_name: str = "") -> tuple[int, bytes]:
    """An HTTP upload (`POST /packages`): 200 with the acknowledgement, or 4xx with the reason
    (the outlet does not retry a 4xx). Anything unexpected propagates (the server answers 500)."""
    if not body:
        return 400, _error("badan permintaan kosong; kirim berkas paket zip.")
    try:
        result = import_package(uow, body, file_name)
    except DomainError as e:
        status = 409 if e.code in ("fork", "gap") else 403 if e.code == "unknown_cooperative" else 422
        return status, _error(e.message)
    return 200, result.ack_json


def _error(reason: str) -> bytes:
    return json.dumps({"error": reason}, ensure_ascii=False).encode("utf-8")

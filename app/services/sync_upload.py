"""District sync, delivery: the hub's address and the persisted upload queue.

An export is queued for upload (automatically after an export when a hub URL is set, or
on demand); the queue is the `sync_uploads` table with the package bytes beside each row
(`sync_upload_payloads`), so it survives restarts and needs neither the folder nor a
rebuild. `process_due` sends every due upload through `app.sync.upload_client`:

- accepted: the upload is `sent`, the export `sent`, and the hub's acknowledgement that came
  back is imported in the same transaction (`sync_export.acknowledge_in`), so the export
  ends up `acknowledged`; the bytes are dropped;
- refused (a 4xx: the hub read the package and said no): `refused` with the hub's reason,
  never retried until the user queues it again;
- retry (a 5xx, offline, a timeout): stays `queued`, `next_attempt_at` backs off from one
  minute doubling to six hours, `last_error` says why.

Like the print worker, a row is claimed in its own short transaction before the bytes go
out with no transaction open: the claim moves `next_attempt_at` a lease ahead (and counts
the attempt) only if nobody else moved it first, so two processes racing (the GUI's worker
and a scheduled `kopdes export send`) never send the same upload at once, and an upload
whose sender died is due again once the lease has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from sqlalchemy import func, or_, select, update

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.periods import month_key
from app.services import audit, settings, sync_export
from app.store.models_sync import SyncExportRow, SyncUploadRow
from app.store.models_sync_upload import SyncUploadPayloadRow
from app.store.uow import UnitOfWork
from app.sync import upload_client
from app.sync.package import read_package

HUB_URL = "sync.hub_url"
FIRST_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=6)
# A claimed upload is due again after this if its sender died (post's timeout is 60 s).
# Never a back-off value (1 min doubling): send_now tells a claim from a wait by it.
LEASE = timedelta(minutes=5)

Uows = Callable[[], UnitOfWork]
Post = Callable[[str, str, bytes], upload_client.UploadAnswer]


def backoff(attempts: int) -> timedelta:
    """1 min, 2, 4, … capped at 6 hours."""
    return min(FIRST_DELAY * 2 ** max(attempts - 1, 0), MAX_DELAY)


@dataclass(frozen=True)
class UploadInfo:
    id: int
    sequence: int
    file_name: str
    status: str  # queued | sent | refused
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    created_at: datetime
    updated_at: datetime
    has_bytes: bool  # the package is kept for a (re)send


@dataclass(frozen=True)
class SendResult:
    upload: UploadInfo
    outcome: str  # accepted | refused | retry
    reason: str  # the hub's reason, or why the acknowledgement that came back was not taken
    acknowledged: bool  # the export is now acknowledged


@dataclass(frozen=True)
class QueueState:
    hub_url: str  # "" = no upload
    queued: int
    due: int  # queued and due now
    refused: int
    last_error: str  # of the most recently tried queued upload


def _may_read(actor: Actor) -> None:
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.REPORT_VIEW)):
        actor.require(Permission.SYNC_EXPORT)


# --- the hub's address -----------------------------------------------------------------------

def hub_url_in(uow: UnitOfWork) -> str:
    return settings.get(uow, HUB_URL)


def get_hub_url(uow: UnitOfWork, actor: Actor) -> str:
    _may_read(actor)
    with uow:
        return hub_url_in(uow)


def check_hub_url(url: str) -> str:
    """'' (no upload) or the hub's base URL as upload_client accepts it."""
    return upload_client.check_hub_url(url) if url.strip() else ""


def set_hub_url(uow: UnitOfWork, actor: Actor, url: str) -> str:
    """Set (or clear, with '') the hub's address; audited. Returns it as stored."""
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.SETTINGS_EDIT)):
        actor.require(Permission.SYNC_EXPORT)
    url = check_hub_url(url)
    with uow:
        old = hub_url_in(uow)
        if old != url:
            settings.put(uow, HUB_URL, url)
            audit.append(uow, actor.username, "settings.change", HUB_URL, {"old": old, "new": url})
            uow.commit()
    return url


# --- queueing --------------------------------------------------------------------------------

def _info(uow: UnitOfWork, row: SyncUploadRow, export: SyncExportRow | None = None) -> UploadInfo:
    export = export or uow.session.get(SyncExportRow, row.export_id)
    kept = uow.session.get(SyncUploadPayloadRow, row.id) is not None
    return UploadInfo(row.id, export.sequence, export.file_name, row.status, row.attempts, row.next_attempt_at,
                      row.last_error, row.created_at, row.updated_at, kept)


def _export(uow: UnitOfWork, sequence: int) -> SyncExportRow:
    row = uow.session.execute(select(SyncExportRow).where(SyncExportRow.sequence == sequence)).scalar_one_or_none()
    if row is None:
        raise DomainError("export_unknown", f"Paket nomor {sequence} tidak pernah dibuat di gerai ini.")
    return row


def _latest_upload(uow: UnitOfWork, export_id: int) -> SyncUploadRow | None:
    return uow.session.execute(select(SyncUploadRow).where(SyncUploadRow.export_id == export_id)
                               .order_by(SyncUploadRow.id.desc()).limit(1)).scalar_one_or_none()


def enqueue_in(uow: UnitOfWork, username: str, sequence: int, data: bytes | None = None) -> SyncUploadRow:
    """Queue export `sequence` for upload, in the caller's transaction. Idempotent: an upload
    already queued (or sent) is returned as it is; a refused one is queued again (the hub may
    have registered the outlet meanwhile). `data` is the package zip; without it, the bytes
    kept from an earlier upload are used."""
    export = _export(uow, sequence)
    if data is not None:
        try:
            same = read_package(data).manifest_sha256 == export.manifest_sha256
        except DomainError:
            same = False
        if not same:
            raise DomainError("package_mismatch", f"Berkas itu bukan paket {export.file_name} yang dibuat di gerai ini.")
    row = _latest_upload(uow, export.id)
    kept = uow.session.get(SyncUploadPayloadRow, row.id) if row is not None else None
    if row is not None and (row.status == "queued" or row.status == "sent" and data is None):
        if data is not None and kept is None:  # queued without its bytes: now it has them
            uow.session.add(SyncUploadPayloadRow(upload_id=row.id, data=data))
            uow.session.flush()
        return row
    if data is None and kept is None:
        raise DomainError("package_bytes_missing", (
            f"Isi paket {export.file_name} tidak tersimpan untuk dikirim: pilih berkas paketnya "
            "(atau ekspor ulang periodenya)."))
    now = uow.now()
    if row is not None and row.status == "refused":  # the same row again, from the start
        row.status, row.attempts, row.next_attempt_at, row.last_error, row.updated_at = "queued", 0, None, "", now
    else:
        row = SyncUploadRow(export_id=export.id, status="queued", attempts=0, next_attempt_at=None, last_error="",
                            created_at=now, updated_at=now)
        uow.session.add(row)
        uow.session.flush()
        kept = None
    if data is not None:
        if kept is not None:
            kept.data = data
        else:
            uow.session.add(SyncUploadPayloadRow(upload_id=row.id, data=data))
    audit.append(uow, username, "sync.upload.queue", export.file_name, {"sequence": sequence, "upload": row.id})
    uow.session.flush()
    return row


def enqueue(uow: UnitOfWork, actor: Actor, sequence: int, data: bytes | None = None) -> UploadInfo:
    """Queue (or queue again) one export for upload: "Kirim ulang" on the Sinkronisasi page."""
    actor.require(Permission.SYNC_EXPORT)
    with uow:
        if not hub_url_in(uow):
            raise DomainError("no_hub_url", "Alamat hub kabupaten belum diatur; paket hanya bisa disimpan ke folder.")
        row = enqueue_in(uow, actor.username, sequence, data)
        info = _info(uow, row)
        uow.commit()
        return info


def after_export(uow: UnitOfWork, actor: Actor, result: sync_export.ExportResult) -> UploadInfo | None:
    """Right after an export: queue it when a hub URL is set (None when there is none, or the
    export was already sent and acknowledged)."""
    actor.require(Permission.SYNC_EXPORT)
    with uow:
        if not hub_url_in(uow) or result.export.status == "acknowledged":
            return None
        row = enqueue_in(uow, actor.username, result.export.sequence, result.data or None)
        info = _info(uow, row)
        uow.commit()
        return info


# --- sending ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Claimed:
    upload_id: int
    file_name: str
    data: bytes


def _due(now: datetime):
    return (SyncUploadRow.status == "queued") & or_(SyncUploadRow.next_attempt_at.is_(None),
                                                    SyncUploadRow.next_attempt_at <= now)


def _claim_next(uow: UnitOfWork, skip: set[int]) -> _Claimed | None:
    with uow:
        now = uow.now()
        query = select(SyncUploadRow).where(_due(now)).order_by(SyncUploadRow.id)
        if skip:
            query = query.where(SyncUploadRow.id.notin_(skip))
        for row in uow.session.execute(query.limit(5)).scalars().all():
            payload = uow.session.get(SyncUploadPayloadRow, row.id)
            if payload is None:  # nothing to send: say so instead of trying forever
                row.status, row.last_error, row.next_attempt_at, row.updated_at = (
                    "refused", "Isi paket tidak tersimpan; pilih berkas paketnya untuk mengirim ulang.", None, now)
                continue
            was = row.next_attempt_at
            claimed = uow.session.execute(
                update(SyncUploadRow).where(SyncUploadRow.id == row.id, SyncUploadRow.status == "queued",
                                            SyncUploadRow.next_attempt_at.is_(None) if was is None
                                            else SyncUploadRow.next_attempt_at == was)
                .values(next_attempt_at=now + LEASE, attempts=SyncUploadRow.attempts + 1, updated_at=now)
                .execution_options(synchronize_session=False)).rowcount
            if claimed:
                export = uow.session.get(SyncExportRow, row.export_id)
                uow.commit()
                return _Claimed(row.id, export.file_name, payload.data)
        uow.commit()  # uploads without bytes were marked
        return None


def _post(post: Post, hub: str, claimed: _Claimed) -> upload_client.UploadAnswer:
    try:
        return post(hub, claimed.file_name, claimed.data)
    except DomainError as exc:  # the address itself is wrong: nothing will mend it but the user
        return upload_client.UploadAnswer("refused", reason=exc.message)
    except Exception as exc:  # noqa: BLE001 - an unforeseen error must not lose the upload
        return upload_client.UploadAnswer("retry", reason=f"Kesalahan tak terduga: {exc.__class__.__name__}: {exc}")


def _finish(uows: Uows, username: str, claimed: _Claimed, answer: upload_client.UploadAnswer) -> SendResult:
    uow = uows()
    with uow:
        row = uow.session.get(SyncUploadRow, claimed.upload_id)
        export = uow.session.get(SyncExportRow, row.export_id)
        now = uow.now()
        outcome, reason, acknowledged = answer.outcome, answer.reason, False
        if row.status != "queued":  # another sender took it over after our lease ran out, and finished
            info = _info(uow, row, export)
            return SendResult(info, outcome, reason, export.status == "acknowledged")
        if outcome == "accepted":
            row.status, row.next_attempt_at, row.last_error = "sent", None, ""
            sync_export.mark_sent_in(uow, export.sequence)
            uow.session.flush()
            try:  # refuses before it changes anything: a bad acknowledgement leaves "sent" as it is
                sync_export.acknowledge_in(uow, username, answer.ack_json)
                acknowledged = True
            except DomainError as exc:
                reason = row.last_error = f"Hub menerima paket, tetapi tanda terimanya tidak bisa dipakai: {exc.message}"
            payload = uow.session.get(SyncUploadPayloadRow, row.id)
            if payload is not None:
                uow.session.delete(payload)
            audit.append(uow, username, "sync.upload.sent", export.file_name,
                         {"sequence": export.sequence, "upload": row.id, "acknowledged": acknowledged})
        elif outcome == "refused":
            row.status, row.next_attempt_at, row.last_error = "refused", None, (reason or "Ditolak hub.")[:2000]
            audit.append(uow, username, "sync.upload.refused", export.file_name,
                         {"sequence": export.sequence, "upload": row.id, "reason": row.last_error})
        else:
            row.status, row.last_error = "queued", (reason or "Hub tidak menjawab.")[:2000]
            row.next_attempt_at = now + backoff(row.attempts)
        row.updated_at = now
        uow.session.flush()
        info = _info(uow, row, export)
        uow.commit()
        return SendResult(info, outcome, reason, acknowledged)


def send_next(uows: Uows, actor: Actor, *, post: Post = upload_client.post_package,
              skip: set[int] | None = None) -> SendResult | None:
    """Send the oldest due upload, if any (and a hub URL is set)."""
    _may_send(actor)
    reader = uows()
    with reader:  # a look first: an idle queue takes no write lock
        hub = hub_url_in(reader)
        due = _due(reader.now())
        if skip:
            due = due & SyncUploadRow.id.notin_(skip)
        anything = reader.session.execute(select(SyncUploadRow.id).where(due).limit(1)).first() is not None
    if not hub or not anything:
        return None
    claimed = _claim_next(uows(), skip or set())
    if claimed is None:
        return None
    return _finish(uows, actor.username, claimed, _post(post, hub, claimed))


def _may_send(actor: Actor) -> None:
    if not (actor.can(Permission.SYNC_EXPORT) or actor.can(Permission.PRINT)):
        actor.require(Permission.SYNC_EXPORT)


def process_due(uows: Uows, actor: Actor, *, post: Post = upload_client.post_package,
                limit: int = 20) -> list[SendResult]:
    """Send every upload due now; stops at the first that must be retried (the hub or the
    network is likely down). `kopdes export send`, "Kirim sekarang" and the GUI's worker."""
    done: list[SendResult] = []
    for _ in range(limit):
        result = send_next(uows, actor, post=post, skip={r.upload.id for r in done})
        if result is None:
            break
        done.append(result)
        if result.outcome == "retry":
            break
    return done


def send_now(uows: Uows, actor: Actor, *, post: Post = upload_client.post_package) -> list[SendResult]:
    """"Kirim sekarang": every queued upload becomes due at once, then they are sent."""
    actor.require(Permission.SYNC_EXPORT)
    uow = uows()
    with uow:
        if not hub_url_in(uow):
            raise DomainError("no_hub_url", "Alamat hub kabupaten belum diatur.")
        for row in uow.session.execute(select(SyncUploadRow).where(SyncUploadRow.status == "queued")).scalars():
            # Not one being sent right now (its claim set next_attempt_at = updated_at + LEASE;
            # a back-off, 1 min doubling, is never exactly LEASE).
            if row.next_attempt_at is not None and row.next_attempt_at - row.updated_at != LEASE:
                row.next_attempt_at = None
        uow.commit()
    return process_due(uows, actor, post=post)


# --- reading ---------------------------------------------------------------------------------

def uploads_by_sequence(uow: UnitOfWork, actor: Actor) -> dict[int, UploadInfo]:
    """The latest upload of each export that has one, by the export's sequence."""
    _may_read(actor)
    with uow:
        latest = select(func.max(SyncUploadRow.id)).group_by(SyncUploadRow.export_id)
        rows = uow.session.execute(select(SyncUploadRow, SyncExportRow)
                                   .join(SyncExportRow, SyncExportRow.id == SyncUploadRow.export_id)
                                   .where(SyncUploadRow.id.in_(latest))).all()
        return {e.sequence: _info(uow, u, e) for u, e in rows}


def queue_state(uow: UnitOfWork, actor: Actor) -> QueueState:
    _may_read(actor)
    with uow:
        now = uow.now()
        s = uow.session
        queued = s.execute(select(func.count()).where(SyncUploadRow.status == "queued")).scalar_one()
        due = s.execute(select(func.count()).where(_due(now))).scalar_one()
        refused = s.execute(select(func.count()).where(SyncUploadRow.status == "refused")).scalar_one()
        last = s.execute(select(SyncUploadRow.last_error).where(SyncUploadRow.status == "queued")
                         .order_by(SyncUploadRow.updated_at.desc()).limit(1)).scalar_one_or_none()
        return QueueState(hub_url_in(uow), int(queued), int(due), int(refused), last or "")


def covered_to_in(uow: UnitOfWork) -> str | None:
    """The last month any export covers ("YYYY-MM"), None before the first."""
    return uow.session.execute(select(func.max(SyncExportRow.period_to))).scalar_one_or_none()


def due_month_in(uow: UnitOfWork, today: date) -> str | None:
    """The monthly reminder: the month that ended last ("YYYY-MM") when no export covers it
    yet, else None. Read in the caller's transaction (the Beranda's)."""
    last_month = month_key(today.replace(day=1) - timedelta(days=1))
    covered = covered_to_in(uow)
    return None if covered is not None and covered >= last_month else last_month

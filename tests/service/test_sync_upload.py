"""The outlet's upload queue against a district hub played on loopback (both engines):
accepted → acknowledged; a 4xx → refused with the hub's reason and never retried by itself;
a 5xx or no hub → retried later with back-off, and still queued after a restart."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest

from app.bootstrap import open_context
from app.domain.errors import DomainError, PermissionDenied
from app.services import audit, sync_export, sync_upload
from app.store.models_sync_upload import SyncUploadPayloadRow
from tests.fake_hub import start_fake_hub, stop_fake_hub

MONTH = "2026-10"  # the demo's clock stands in November 2026


@pytest.fixture
def hub():
    fake, server = start_fake_hub()
    yield fake
    stop_fake_hub(server)


@pytest.fixture
def outlet(demo_ctx, login, hub, tmp_path):
    """The bendahara with the hub's address set and October exported (so queued)."""
    bendahara = login("bendahara")
    sync_upload.set_hub_url(demo_ctx.uow(), bendahara, hub.url + "/")
    folder = tmp_path / "usb"
    folder.mkdir()
    result = sync_export.export_package(demo_ctx.uow(), bendahara, MONTH, folder)
    queued = sync_upload.after_export(demo_ctx.uow(), bendahara, result)
    assert queued is not None and queued.status == "queued" and queued.has_bytes
    return demo_ctx, bendahara, result


def _export(ctx, actor, sequence=1):
    return next(e for e in sync_export.list_exports(ctx.reader(), actor) if e.sequence == sequence)


def _upload(ctx, actor, sequence=1):
    return sync_upload.uploads_by_sequence(ctx.reader(), actor)[sequence]


def _dead_url() -> str:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_accepted_upload_leaves_the_export_acknowledged(outlet, hub, login, backend):
    ctx, bendahara, result = outlet
    assert sync_upload.queue_state(ctx.reader(), bendahara).due == 1
    [sent] = sync_upload.process_due(ctx.uows, bendahara)
    assert (sent.outcome, sent.acknowledged, sent.upload.status) == ("accepted", True, "sent")
    [(path, name, body)] = hub.received
    assert (path, name, body) == ("/packages", result.export.file_name, result.data)
    export = _export(ctx, bendahara)
    assert export.status == "acknowledged" and export.sent_at is not None and export.acknowledged_at is not None
    upload = _upload(ctx, bendahara)
    assert (upload.status, upload.attempts, upload.last_error, upload.has_bytes) == ("sent", 1, "", False)
    with ctx.reader() as uow:  # the bytes are dropped once the hub has them
        assert uow.session.get(SyncUploadPayloadRow, upload.id) is None
    assert sync_upload.process_due(ctx.uows, bendahara) == []  # nothing left: idempotent
    assert len(hub.received) == 1
    # Queueing it again changes nothing: it was sent.
    assert sync_upload.enqueue(ctx.uow(), bendahara, 1).status == "sent"
    actions = [e.action for e in audit.entries(ctx.reader(), login("admin"))]
    assert "sync.upload.sent" in actions and "sync.ack" in actions


def test_refused_upload_keeps_the_reason_and_is_not_retried(outlet, hub, clock, backend):
    ctx, bendahara, _result = outlet
    hub.refuse("Koperasi NIB 9120301234567 belum terdaftar di hub.")
    [refused] = sync_upload.process_due(ctx.uows, bendahara)
    assert (refused.outcome, refused.upload.status) == ("refused", "refused")
    assert refused.upload.last_error == "Koperasi NIB 9120301234567 belum terdaftar di hub."
    assert refused.upload.next_attempt_at is None and refused.upload.has_bytes
    clock.advance(days=2)
    assert sync_upload.process_due(ctx.uows, bendahara) == []  # not retried by itself
    assert len(hub.received) == 1
    assert _export(ctx, bendahara).status == "exported"
    # The district registers the outlet; the bendahara queues it again from the kept bytes.
    again = sync_upload.enqueue(ctx.uow(), bendahara, 1)
    assert (again.id, again.status, again.attempts, again.last_error) == (refused.upload.id, "queued", 0, "")
    [sent] = sync_upload.process_due(ctx.uows, bendahara)
    assert sent.outcome == "accepted" and _export(ctx, bendahara).status == "acknowledged"


def test_hub_down_retries_with_backoff_and_the_queue_survives_a_restart(outlet, hub, clock, backend):
    ctx, bendahara, _result = outlet
    hub.fail(503)
    [first] = sync_upload.process_due(ctx.uows, bendahara)
    assert (first.outcome, first.upload.status, first.upload.attempts) == ("retry", "queued", 1)
    assert first.upload.last_error == "Hub sedang sibuk"
    assert first.upload.next_attempt_at == clock.now + timedelta(minutes=1)
    assert sync_upload.process_due(ctx.uows, bendahara) == []  # not due yet
    clock.advance(seconds=61)
    hub.fail(500)
    [second] = sync_upload.process_due(ctx.uows, bendahara)
    assert second.upload.attempts == 2 and second.upload.next_attempt_at == clock.now + timedelta(minutes=2)
    assert sync_upload.backoff(30) == timedelta(hours=6)

    # No hub at all (offline): retried too, with the reason.
    sync_upload.set_hub_url(ctx.uow(), bendahara, _dead_url())
    clock.advance(minutes=3)
    [offline] = sync_upload.process_due(ctx.uows, bendahara)
    assert offline.outcome == "retry" and "tidak dapat dihubungi" in offline.upload.last_error
    assert offline.upload.next_attempt_at == clock.now + timedelta(minutes=4)

    # The PC is switched off and on: the queue is in the database.
    url = ctx.uows.engine.url.render_as_string(hide_password=False)
    path = ctx.sqlite_path
    ctx.close()
    reopened = open_context(str(path), clock=clock) if path else open_context(url=url, clock=clock)
    try:
        upload = _upload(reopened, bendahara)
        assert (upload.status, upload.attempts, upload.has_bytes) == ("queued", 3, True)
        sync_upload.set_hub_url(reopened.uow(), bendahara, hub.url)
        clock.advance(minutes=5)
        [sent] = sync_upload.process_due(reopened.uows, bendahara)
        assert sent.outcome == "accepted" and sent.upload.attempts == 4
        assert _export(reopened, bendahara).status == "acknowledged"
    finally:
        reopened.close()


def test_a_claimed_upload_is_not_sent_twice(outlet, hub, clock, backend):
    """Two processes (the GUI's worker and `kopdes export send`): whoever claims first sends;
    the other finds nothing due. A sender that died leaves it due again after the lease."""
    ctx, _bendahara, _result = outlet
    first = sync_upload._claim_next(ctx.uow(), set())
    assert first is not None
    assert sync_upload._claim_next(ctx.uow(), set()) is None
    clock.advance(seconds=sync_upload.LEASE.total_seconds() + 1)
    assert sync_upload._claim_next(ctx.uow(), set()).upload_id == first.upload_id


def test_send_now_sends_what_waits_out_a_backoff(outlet, hub, clock, backend):
    ctx, bendahara, _result = outlet
    hub.fail(503)
    sync_upload.process_due(ctx.uows, bendahara)
    assert sync_upload.process_due(ctx.uows, bendahara) == []
    [sent] = sync_upload.send_now(ctx.uows, bendahara)
    assert sent.outcome == "accepted"


def test_bad_acknowledgement_from_the_hub_leaves_the_export_sent(outlet, hub, backend):
    ctx, bendahara, _result = outlet
    hub.replies.append((200, {"format": "kopdes-ack/1", "nib": "1234567890123", "sequence": 1,
                              "manifest_sha256": "0" * 64, "accepted_at": "x", "hub": "lain"}))
    [sent] = sync_upload.process_due(ctx.uows, bendahara)
    assert (sent.outcome, sent.acknowledged, sent.upload.status) == ("accepted", False, "sent")
    assert "tanda terimanya tidak bisa dipakai" in sent.upload.last_error
    assert _export(ctx, bendahara).status == "sent"


def test_hub_url_setting_and_no_upload_without_it(demo_ctx, login, tmp_path, hub):
    bendahara, kasir = login("bendahara"), login("kasir")
    with pytest.raises(DomainError) as err:
        sync_upload.set_hub_url(demo_ctx.uow(), bendahara, "http://hub.kabupaten.go.id")
    assert err.value.code == "hub_url_invalid"
    with pytest.raises(PermissionDenied):
        sync_upload.set_hub_url(demo_ctx.uow(), kasir, "https://hub.kabupaten.go.id")
    assert sync_upload.set_hub_url(demo_ctx.uow(), bendahara, " https://hub.kabupaten.go.id/sync/ ") == \
        "https://hub.kabupaten.go.id/sync"
    assert sync_upload.set_hub_url(demo_ctx.uow(), bendahara, "") == ""
    result = sync_export.export_package(demo_ctx.uow(), bendahara, MONTH, tmp_path)
    assert sync_upload.after_export(demo_ctx.uow(), bendahara, result) is None  # saved to the folder only
    assert sync_upload.process_due(demo_ctx.uows, bendahara) == []
    with pytest.raises(DomainError) as err:
        sync_upload.enqueue(demo_ctx.uow(), bendahara, 1)
    assert err.value.code == "no_hub_url"
    # With an address set later, an export never queued needs its file (the bytes were not kept).
    sync_upload.set_hub_url(demo_ctx.uow(), bendahara, hub.url)
    with pytest.raises(DomainError) as err:
        sync_upload.enqueue(demo_ctx.uow(), bendahara, 1)
    assert err.value.code == "package_bytes_missing"
    with pytest.raises(DomainError) as err:
        sync_upload.enqueue(demo_ctx.uow(), bendahara, 1, b"PK not this package")
    assert err.value.code == "package_mismatch"
    assert sync_upload.enqueue(demo_ctx.uow(), bendahara, 1, result.path.read_bytes()).status == "queued"
    [sent] = sync_upload.process_due(demo_ctx.uows, bendahara)
    assert sent.outcome == "accepted"


def test_monthly_reminder(demo_ctx, login, tmp_path):
    from app.services import profile
    bendahara = login("bendahara")
    with demo_ctx.reader() as uow:
        assert sync_upload.due_month_in(uow, profile.business_date(uow)) == MONTH
    sync_export.export_package(demo_ctx.uow(), bendahara, MONTH, tmp_path)
    with demo_ctx.reader() as uow:
        assert sync_upload.due_month_in(uow, profile.business_date(uow)) is None


def test_round_trip_with_the_real_hub_server(demo_ctx, hub_ctx, login, tmp_path, backend):
    """`kopdes hub serve`'s server and service on loopback: an outlet the hub does not know
    is refused (403, with the reason); once registered, the queued package goes again and
    comes back acknowledged."""
    from app.services import hub as hub_service
    from app.services import profile, sync_keys
    from app.sync.hub_server import make_server, serve_in_thread

    server = make_server("127.0.0.1", 0, lambda body, name: hub_service.receive_upload(hub_ctx.uow(), body, name),
                         log=lambda _line: None)
    serve_in_thread(server)
    try:
        bendahara = login("bendahara")
        sync_upload.set_hub_url(demo_ctx.uow(), bendahara, f"http://127.0.0.1:{server.server_address[1]}")
        result = sync_export.export_package(demo_ctx.uow(), bendahara, MONTH, tmp_path)
        sync_upload.after_export(demo_ctx.uow(), bendahara, result)
        [refused] = sync_upload.process_due(demo_ctx.uows, bendahara)
        assert refused.outcome == "refused" and refused.upload.status == "refused" and refused.reason

        with demo_ctx.reader() as uow:
            nib, pem = profile.require(uow).nib, sync_keys.read_in(uow).public_key_pem
        hub_service.register(hub_ctx.uow(), nib, pem)
        sync_upload.enqueue(demo_ctx.uow(), bendahara, 1)
        [sent] = sync_upload.process_due(demo_ctx.uows, bendahara)
        assert (sent.outcome, sent.acknowledged) == ("accepted", True)
        assert _export(demo_ctx, bendahara).status == "acknowledged"
    finally:
        server.shutdown()
        server.server_close()

"""`kopdes hub serve` on loopback: uploads answered per the contract (200 + ack, 4xx + reason),
the outlet's own upload client understood, several outlets at once (both engines)."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request

import pytest

from app.domain.sync_manifest import Ack
from app.services import hub
from app.sync.hub_server import make_server, serve_in_thread
from app.sync.upload_client import post_package
from tests.hub_helpers import FakeOutlet, dump, flip


@pytest.fixture
def server(hub_ctx):
    srv = make_server("127.0.0.1", 0, lambda body, name: hub.receive_upload(hub_ctx.uow(), body, name),
                      log=lambda line: None)
    serve_in_thread(srv)
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def _post(url: str, body: bytes, path: str = "/packages") -> tuple[int, dict | bytes]:
    req = urllib.request.Request(url + path, data=body, method="POST", headers={"Content-Type": "application/zip"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_upload_to_hub_serve_on_loopback(hub_ctx, backend, server):
    o = FakeOutlet()
    hub.register(hub_ctx.uow(), o.nib, o.public_key)
    with urllib.request.urlopen(server + "/health", timeout=10) as r:
        assert json.loads(r.read()) == {"status": "ok"}
    data = o.package("2026-10")
    status, body = _post(server, data)
    assert status == 200 and Ack.parse(body).sequence == 1
    assert _post(server, data) == (200, body)  # the same again: the same ack, nothing changed
    before = dump(hub_ctx)
    status, body = _post(server, flip(data, len(data) // 3))
    assert status == 422 and body["error"].startswith("Paket ditolak")
    status, body = _post(server, FakeOutlet(nib="3201012001999").package())
    assert status == 403 and "belum terdaftar" in body["error"]
    o.package("2026-11")  # never sent
    status, body = _post(server, o.package("2026-12"))
    assert status == 409 and "paket 2 belum diterima" in body["error"]
    assert _post(server, b"")[0] == 400
    assert _post(server, data, "/lain")[0] == 404
    after = dump(hub_ctx)
    assert {k: v for k, v in after.items() if k != "incidents"} == {k: v for k, v in before.items()
                                                                    if k != "incidents"}


def test_the_outlets_upload_client_against_hub_serve(hub_ctx, backend, server):
    o = FakeOutlet()
    hub.register(hub_ctx.uow(), o.nib, o.public_key)
    data = o.package("2026-10")
    answer = post_package(server, o.file_name(data), data)
    assert answer.outcome == "accepted" and Ack.parse(answer.ack_json).nib == o.nib
    wrong = post_package(server, "kopdes-1234567890123-202610-0009.zip", o.package("2026-11", advance=False))
    assert wrong.outcome == "refused" and "tidak cocok" in wrong.reason


def test_many_outlets_upload_at_once(hub_ctx, backend, server):
    outlets = [FakeOutlet(nib=f"3201012001{n:03d}") for n in range(8)]
    for o in outlets:
        hub.register(hub_ctx.uow(), o.nib, o.public_key)
    chains = {o.nib: [o.package(p) for p in ("2026-08", "2026-09", "2026-10")] for o in outlets}
    errors = []

    def send(o):
        for data in chains[o.nib]:
            status, body = _post(server, data)
            if status != 200:
                errors.append((o.nib, status, body))
    threads = [threading.Thread(target=send, args=(o,)) for o in outlets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == []
    assert {c.nib: c.last_sequence for c in hub.cooperatives(hub_ctx.reader())} == {o.nib: 3 for o in outlets}


def test_a_service_failure_is_a_500_that_the_outlet_retries(hub_ctx):
    def boom(body, name):
        raise RuntimeError("disk penuh")
    lines = []
    srv = make_server("127.0.0.1", 0, boom, log=lines.append)
    serve_in_thread(srv)
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}"
        assert _post(url, b"PK")[0] == 500
        assert post_package(url, "x.zip", b"PK").outcome == "retry"
        assert any("disk penuh" in line for line in lines)
    finally:
        srv.shutdown()
        srv.server_close()

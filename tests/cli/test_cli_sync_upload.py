"""`kopdes export settings --hub-url`, `export send` and `export queue` on the demo's SQLite
file, against a district hub played on loopback."""

from __future__ import annotations

import pytest

from tests.fake_hub import start_fake_hub, stop_fake_hub

pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def hub():
    fake, server = start_fake_hub()
    yield fake
    stop_fake_hub(server)


def test_export_is_queued_and_send_delivers_it(cli, hub, tmp_path, backend):
    code, _out, err = cli("export", "settings", "--hub-url", "http://hub.example.go.id", "--user", "bendahara")
    assert code == 2 and "https" in err
    state = cli.json("export", "settings", "--hub-url", hub.url, "--user", "bendahara")
    assert (state["hub_url"], state["queued"]) == (hub.url, 0)

    code, out, err = cli("export", "send")
    assert code == 2 and "--user" in err  # sending writes: a named user

    exported = cli.json("export", "--period", "2026-10", "--out", str(tmp_path), "--user", "bendahara")
    assert exported["sequence"] == 1
    assert cli.json("export", "settings")["queued"] == 1  # queued by the export itself

    hub.fail(503)
    sent = cli.json("export", "send", "--user", "bendahara")
    [first] = sent["results"]
    assert (first["outcome"], first["status"], first["attempts"]) == ("retry", "queued", 1)
    assert first["reason"] == "Hub sedang sibuk" and first["next_attempt_at"]
    assert cli.json("export", "send", "--user", "bendahara")["results"] == []  # backing off

    cli.clock.advance(minutes=2)
    code, out, err = cli("export", "send", "--user", "bendahara")
    assert code == 0, err
    assert "kopdes-9120301234567-202610-0001.zip: diterima hub, tanda terima diimpor." in out
    listed = cli.json("export", "list")
    assert listed[0]["status"] == "acknowledged"
    assert len(hub.received) == 2


def test_queue_again_after_a_refusal(cli, hub, tmp_path, backend):
    cli.json("export", "settings", "--hub-url", hub.url, "--user", "bendahara")
    cli.json("export", "--period", "2026-10", "--out", str(tmp_path), "--user", "bendahara")
    hub.refuse("Koperasi belum terdaftar.")
    code, out, _err = cli("export", "send", "--user", "bendahara")
    assert code == 0 and "ditolak hub — Koperasi belum terdaftar." in out
    assert cli.json("export", "settings")["refused"] == 1
    queued = cli.json("export", "queue", "1", "--user", "bendahara")
    assert queued["status"] == "queued" and queued["attempts"] == 0
    [sent] = cli.json("export", "send", "--user", "bendahara")["results"]
    assert sent["acknowledged"]

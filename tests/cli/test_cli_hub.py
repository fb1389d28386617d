"""`kopdes hub …`: register, import (each file reported, acks written, exit 2 when any is
refused), report in three formats, list, incidents, config; bad input exits 2 and changes nothing."""

from __future__ import annotations

import json

import pytest

from app.bootstrap import open_hub_context
from app.cli.main import run
from app.domain.sync_manifest import Ack
from app.sync import package
from tests.hub_helpers import FakeOutlet, dump, flip


class HubCLI:
    def __init__(self, capsys, clock, db):
        self.capsys, self.clock, self.db = capsys, clock, db

    def __call__(self, *argv):
        code = run(["hub", *argv, "--db", str(self.db)], open_context=_no_outlet, run_gui=lambda _f: 99,
                   open_hub=lambda db, url, upgrade=True: open_hub_context(db, url, clock=self.clock))
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv):
        code, out, err = self(*argv, "--json")
        assert code == 0, err
        return json.loads(out)

    def dump(self):
        ctx = open_hub_context(str(self.db), clock=self.clock)
        try:
            return dump(ctx)
        finally:
            ctx.close()


def _no_outlet(*_a, **_k):
    raise AssertionError("hub commands must not open an outlet database")


@pytest.fixture
def hcli(tmp_path, capsys, clock):
    return HubCLI(capsys, clock, tmp_path / "hub" / "hub.sqlite3")


@pytest.fixture
def outlet(tmp_path):
    o = FakeOutlet()
    (tmp_path / "kunci.pem").write_bytes(o.public_key)
    return o


def _save(tmp_path, o: FakeOutlet, data: bytes) -> str:
    path = tmp_path / "usb" / o.file_name(data)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(data)
    return str(path)


def test_register_import_report(hcli, outlet, tmp_path):
    r = hcli.json("register", "--coop", outlet.nib, "--pubkey", str(tmp_path / "kunci.pem"), "--name", "Kopdes A")
    assert r["outcome"] == "terdaftar" and r["fingerprint"] == package.public_key_fingerprint(outlet.public_key)
    first = _save(tmp_path, outlet, outlet.package("2026-09"))
    second = _save(tmp_path, outlet, outlet.package("2026-10"))
    code, out, err = hcli("import", first, second)
    assert code == 0, err
    assert out.count("diterima") == 2
    ack = Ack.parse((tmp_path / "usb" / "kopdes-ack-1234567890123-0002.json").read_bytes())
    assert ack.sequence == 2
    acks = tmp_path / "acks"
    acks.mkdir()
    again = hcli.json("import", second, "--ack-dir", str(acks))
    assert again[0]["status"] == "sudah_diimpor" and (acks / "kopdes-ack-1234567890123-0002.json").read_bytes() == \
        (tmp_path / "usb" / "kopdes-ack-1234567890123-0002.json").read_bytes()
    report = hcli.json("report", "--period", "2026-10")
    assert report["totals"]["operating"] == 1 and report["rows"][0]["package"]["sequence"] == 2
    for fmt in ("pdf", "xlsx"):
        out_file = tmp_path / f"kab.{fmt}"
        code, out, err = hcli("report", "--period", "2026-10", "--format", fmt, "--out", str(out_file))
        assert code == 0 and out_file.stat().st_size > 1000, err
    listed = hcli.json("list")
    assert listed[0]["last_sequence"] == 2 and listed[0]["name"] == "Kopdes A"


def test_import_reports_each_file_and_exits_2_when_any_is_refused(hcli, outlet, tmp_path):
    hcli.json("register", "--coop", outlet.nib, "--pubkey", str(tmp_path / "kunci.pem"))
    good = outlet.package("2026-10")
    tampered = tmp_path / "rusak.zip"
    tampered.write_bytes(flip(good, len(good) // 2))
    ok = _save(tmp_path, outlet, good)
    code, out, err = hcli("import", str(tampered), ok, str(tmp_path / "tidak-ada.zip"))
    assert code == 2
    assert "rusak.zip: Paket ditolak" in err and "tidak-ada.zip" in err and "tidak ditemukan" in err
    assert "diterima" in out  # the good one still went in
    code, out, err = hcli("import", str(tampered), "--json")
    assert code == 2 and json.loads(out)[0]["status"] == "ditolak"
    incidents = hcli.json("incidents")
    assert {i["kind"] for i in incidents} == {"refused"}


def test_refused_input_exits_2_and_changes_nothing(hcli, outlet, tmp_path):
    hcli.json("register", "--coop", outlet.nib, "--pubkey", str(tmp_path / "kunci.pem"))
    before = hcli.dump()
    other = tmp_path / "lain.pem"
    other.write_bytes(package.public_key_pem(package.generate_private_key_pem()))
    for argv, words in [
        (("register", "--coop", outlet.nib, "--pubkey", str(other)), "kunci lain"),
        (("register", "--coop", outlet.nib, "--pubkey", str(other), "--replace-key"), "alasan"),
        (("register", "--coop", "12", "--pubkey", str(other)), "13 angka"),
        (("register", "--coop", outlet.nib, "--pubkey", str(tmp_path / "nope.pem")), "tidak ditemukan"),
        (("report", "--period", "2026-13"), "TTTT-BB"),
        (("report", "--period", "2026-10", "--format", "pdf", "--out", str(tmp_path / "x.xlsx")), ".pdf"),
        (("import", str(tmp_path / "x.zip"), "--ack-dir", str(tmp_path / "no-dir")), "tidak ada"),
        (("serve", "--port", "70000"), "--port"),
        (("config", "--timezone", "GMT"), "Zona waktu"),
        (("register", "--coop", outlet.nib), "--pubkey"),
    ]:
        code, out, err = hcli(*argv)
        assert code == 2, (argv, out, err)
        assert words in err, (argv, err)
    assert hcli.dump() == before


def test_replace_key_and_config(hcli, outlet, tmp_path):
    hcli.json("register", "--coop", outlet.nib, "--pubkey", str(tmp_path / "kunci.pem"))
    other = tmp_path / "baru.pem"
    other.write_bytes(package.public_key_pem(package.generate_private_key_pem()))
    r = hcli.json("register", "--coop", outlet.nib, "--pubkey", str(other), "--replace-key", "--reason", "laptop baru")
    assert r["outcome"] == "kunci_diganti"
    cfg = hcli.json("config", "--name", "Dinas Koperasi Kab. Bogor", "--place", "Cibinong")
    assert cfg["name"] == "Dinas Koperasi Kab. Bogor"
    assert hcli.json("config") == cfg


def test_the_hub_never_opens_the_outlet_database(hcli, tmp_path, monkeypatch):
    monkeypatch.setenv("KOPDES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("KOPDES_HUB_DATABASE_URL", raising=False)
    code = run(["hub", "list", "--json"], open_context=_no_outlet, run_gui=lambda _f: 99,
               open_hub=lambda db, url, upgrade=True: open_hub_context(db, url, clock=hcli.clock))
    hcli.capsys.readouterr()
    assert code == 0 and (tmp_path / "data" / "hub.sqlite3").exists()
    assert not (tmp_path / "data" / "kopdes.sqlite3").exists()


def test_hub_serve_from_the_command_line(tmp_path):
    """The real command in a child process: it says where it listens, answers /health and an
    upload, and stops on SIGINT (Ctrl+C) with exit 0."""
    import signal
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    o = FakeOutlet()
    pem = tmp_path / "k.pem"
    pem.write_bytes(o.public_key)
    db = tmp_path / "hub.sqlite3"
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-m", "app", "hub", "register", "--coop", o.nib, "--pubkey", str(pem),
                    "--db", str(db)], check=True, cwd=root, capture_output=True)
    proc = subprocess.Popen([sys.executable, "-m", "app", "hub", "serve", "--port", "0", "--db", str(db)],
                            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert "/packages" in line, line + proc.stderr.read()
        base = line.split(" di ", 1)[1].split("/packages")[0]
        with urllib.request.urlopen(base + "/health", timeout=10) as r:
            assert r.status == 200
        req = urllib.request.Request(base + "/packages", data=o.package(), method="POST")
        with urllib.request.urlopen(req, timeout=10) as r:
            assert Ack.parse(r.read()).sequence == 1
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "POST /packages" in err and "-> 200" in err

"""`kopdes export …` on the demo outlet: a package, its verification, the public key and the
hub's acknowledgement; refusals with exit 2, the reason on stderr and nothing written."""

from __future__ import annotations

import zipfile

import pytest

from app.domain.sync_manifest import Ack

pytestmark = pytest.mark.sqlite_only  # the CLI runs on the demo's SQLite file


def test_export_verify_key_ack_list(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    data = cli.json("export", "--period", "2026-10", "--out", str(usb), "--user", "bendahara")
    assert data["file"] == "kopdes-9120301234567-202610-0001.zip" and data["sequence"] == 1
    assert data["period"] == {"from": "2026-10", "to": "2026-10"} and data["kind"] == "month"
    assert data["reused"] is False and data["status"] == "exported" and data["correction_of"] is None
    assert set(data["counts"]) == {"members", "sales_rows", "journal_lines"}
    path = usb / data["file"]
    assert path.stat().st_size == data["bytes"] and zipfile.is_zipfile(path)
    again = cli.json("export", "--period", "2026-10", "--out", str(usb), "--user", "bendahara")
    assert again["reused"] is True and again["sequence"] == 1 and again["manifest_sha256"] == data["manifest_sha256"]

    checked = cli.json("export", "verify", str(path))
    assert checked["sequence"] == 1 and checked["manifest_sha256"] == data["manifest_sha256"]
    assert checked["exported_here"] is True
    code, out, err = cli("export", "verify", str(path))
    assert code == 0 and "Paket sah" in out and not err

    key = cli.json("export", "key", "--out", str(tmp_path))
    assert key["public_key_file"] == str(tmp_path / "kopdes-9120301234567.pub.pem")
    assert (tmp_path / "kopdes-9120301234567.pub.pem").read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    assert len(key["fingerprint"]) == 39 and key["fingerprint"] == checked["fingerprint"]

    ack = tmp_path / "kopdes-ack-9120301234567-0001.json"
    ack.write_bytes(Ack("9120301234567", 1, data["manifest_sha256"], "2026-11-24T01:00:00Z", "Dinas").to_json())
    done = cli.json("export", "ack", str(ack), "--user", "bendahara")
    assert done["status"] == "acknowledged" and done["already"] is False
    assert cli.json("export", "ack", str(ack), "--user", "bendahara")["already"] is True
    listed = cli.json("export", "list")
    assert [(e["sequence"], e["status"]) for e in listed] == [(1, "acknowledged")]


def test_key_goes_to_the_current_folder_by_default(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    key = cli.json("export", "key")
    assert (tmp_path / "kopdes-9120301234567.pub.pem").is_file() and key["fingerprint"]


def test_refusals_exit_2_and_write_nothing(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    for args, words in (
            (("--period", "2026-11", "--out", str(usb), "--user", "bendahara"), "belum berakhir"),
            (("--period", "2026-13", "--out", str(usb), "--user", "bendahara"), "TTTT-BB"),
            (("--out", str(usb), "--user", "bendahara"), "--since-last"),
            (("--period", "2026-10", "--since-last", "--out", str(usb), "--user", "bendahara"), "salah satu"),
            (("--period", "2026-10", "--user", "bendahara"), "--out"),
            (("--period", "2026-10", "--out", str(tmp_path / "nope"), "--user", "bendahara"), "tidak ada"),
            (("--period", "2026-10", "--out", str(usb)), "--user"),
            (("--period", "2026-10", "--out", str(usb), "--user", "kasir"), "tidak berwenang"),
            (("--period", "2026-10", "--out", str(usb), "--user", "bendahara", "--correction"), "belum pernah")):
        code, out, err = cli("export", *args)
        assert code == 2 and words in err and not out, (args, err)
    assert not list(usb.iterdir())
    assert cli.json("export", "list") == []


def test_verify_and_ack_refusals(cli, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    data = cli.json("export", "--period", "2026-10", "--out", str(usb), "--user", "bendahara")
    good = (usb / data["file"]).read_bytes()
    bad = tmp_path / "kopdes-9120301234567-202610-0001.zip"
    flipped = bytearray(good)
    flipped[-30] ^= 0xFF
    bad.write_bytes(bytes(flipped))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good[: len(good) // 2])
    for path in (bad, cut, tmp_path / "missing.zip"):
        code, out, err = cli("export", "verify", str(path))
        assert code == 2 and err.startswith("kopdes: ") and not out, (path, err)
    wrong = tmp_path / "ack.json"
    wrong.write_bytes(Ack("9120301234567", 1, "0" * 64, "2026-11-24T01:00:00Z", "Dinas").to_json())
    for path, words in ((wrong, "hash manifest"), (tmp_path / "none.json", "tidak ditemukan")):
        code, out, err = cli("export", "ack", str(path), "--user", "bendahara")
        assert code == 2 and words in err and not out, err
    assert [e["status"] for e in cli.json("export", "list")] == ["exported"]

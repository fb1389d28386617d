"""`kopdes export settings` sets what the district packages say about the cooperative: the
desa's region code, business units, partnerships and whether member names go along; a bad
value changes nothing (exit 2, the reason on stderr). On the demo's SQLite file."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

pytestmark = pytest.mark.sqlite_only


def test_show_and_change_the_profile(cli, tmp_path, backend):
    shown = cli.json("export", "settings")  # no --user: reading only
    assert (shown["kode_wilayah"], shown["share_names"]) == ("3203052003", False)  # the demo's
    assert shown["business_units"] == ["sembako", "lpg", "simpan_pinjam", "brilink"]
    assert shown["partnerships"] == [{"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}]
    assert "hub_url" in shown and "queued" in shown

    code, _out, err = cli("export", "settings", "--units", "sembako")
    assert code == 2 and "--user" in err

    changed = cli.json("export", "settings", "--kode-wilayah", "3203052004", "--units", "lpg,sembako,agen_pln",
                       "--partnership", "agen_pln:PLN", "--partnership", "brilink:BRI Unit Cibeber:2025-09-01",
                       "--share-names", "yes", "--user", "bendahara")
    assert changed["kode_wilayah"] == "3203052004" and changed["share_names"] is True
    assert changed["business_units"] == ["sembako", "lpg", "agen_pln"]
    assert changed["partnerships"] == [{"kind": "agen_pln", "partner": "PLN", "since": ""},
                                       {"kind": "brilink", "partner": "BRI Unit Cibeber", "since": "2025-09-01"}]

    code, out, err = cli("export", "settings", "--no-partnerships", "--share-names", "no", "--user", "admin")
    assert code == 0, err
    assert "Kode wilayah: 3203052004" in out and "Unit usaha: sembako, lpg, agen_pln" in out
    assert "Kemitraan: (tidak ada)" in out and "Nama anggota ikut dalam paket: tidak" in out

    exported = cli.json("export", "--period", "2026-10", "--out", str(tmp_path), "--user", "bendahara")
    with zipfile.ZipFile(io.BytesIO((tmp_path / exported["file"]).read_bytes())) as zf:
        manifest, ind = json.loads(zf.read("manifest.json")), json.loads(zf.read("indicators.json"))
    assert manifest["cooperative"]["region"]["kode_wilayah"] == "3203052004"
    assert ind["business_units"] == ["sembako", "lpg", "agen_pln"] and ind["partnerships"] == []


@pytest.mark.parametrize("argv, reason", [
    (["--kode-wilayah", "32.03.05"], "10 angka"),
    (["--units", "sembako,warung"], "'warung' tidak dikenal"),
    (["--units", "lpg,lpg"], "unit usaha ganda"),
    (["--partnership", "brilink"], "JENIS:MITRA"),
    (["--partnership", "arisan:Bu RT"], "jenis kemitraan 'arisan' tidak dikenal"),
    (["--partnership", "brilink:BRI:2025-13-01"], "TTTT-BB-HH"),
    (["--partnership", "brilink: "], "mitra kemitraan ke-1 wajib diisi"),
    (["--partnership", "brilink:BRI", "--no-partnerships"], "tidak bisa dipakai bersama"),
    (["--hub-url", "http://hub.example.go.id"], "https"),
])
def test_a_bad_value_changes_nothing(cli, backend, argv, reason):
    before = cli.json("export", "settings")
    code, out, err = cli("export", "settings", "--share-names", "yes", *argv, "--user", "bendahara")
    assert code == 2 and reason in err and out == ""
    assert cli.json("export", "settings") == before


def test_share_names_takes_yes_or_no(cli, backend):
    code, _out, err = cli("export", "settings", "--share-names", "maybe", "--user", "bendahara")
    assert code == 2 and "yes" in err
    code, _out, err = cli("export", "settings", "--units", "sembako", "--user", "kasir")
    assert code == 2 and err
    assert cli.json("export", "settings")["business_units"] == ["sembako", "lpg", "simpan_pinjam", "brilink"]

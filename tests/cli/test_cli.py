"""The CLI contract: exit codes 0/1/2, Indonesian reasons on stderr, JSON shapes."""

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.sqlite_only


def write(tmp_path, data, name="j.json"):
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(p)


GOOD = {"date": "2026-11-20", "memo": "Beli lakban", "lines": [
    {"account": "5299", "debit_rp": 1000}, {"account": "1101", "credit_rp": 1000}]}


def test_check_json_shape(cli):
    data = cli.json("check")
    assert data["ok"] is True
    assert {c["name"] for c in data["checks"]} >= {"jurnal_seimbang", "neraca_saldo_nol", "rantai_audit",
                                                   "integritas_basis_data"}
    assert all(set(c) == {"name", "ok", "detail"} for c in data["checks"])


def test_journal_post_reverse_list_and_replay(cli, tmp_path):
    f = write(tmp_path, GOOD)
    uid = "5a1f7a9e-3c1e-4c55-9d7e-0d3b8f0a1b2c"
    first = cli.json("journal", "post", "--json-file", f, "--user", "bendahara", "--id", uid)
    assert first["number"].startswith("JU-20261120-") and first["total_rp"] == 1000
    again = cli.json("journal", "post", "--json-file", f, "--user", "bendahara", "--id", uid)
    assert again["number"] == first["number"]
    rev = cli.json("journal", "reverse", first["number"], "--reason", "salah akun", "--user", "bendahara")
    assert rev["reverses"] == first["number"]
    rows = cli.json("journal", "list", "--from", "2026-11-20", "--to", "2026-11-20")
    assert set(rows[0]) == {"number", "date", "memo", "total_rp", "posted_by", "reverses", "reversed_by"}
    by_no = {r["number"]: r for r in rows}
    assert by_no[first["number"]]["reversed_by"] == rev["number"]


def test_trial_balance_json_shape(cli, tmp_path):
    cli.json("journal", "post", "--json-file", write(tmp_path, GOOD), "--user", "bendahara")
    tb = cli.json("report", "trial-balance", "--as-of", "2026-11-23")
    assert tb["as_of"] == "2026-11-23"
    assert set(tb) == {"as_of", "rows", "total_debit_rp", "total_credit_rp"}
    assert tb["total_debit_rp"] == tb["total_credit_rp"] > 0
    assert set(tb["rows"][0]) == {"account", "name", "debit_rp", "credit_rp"}
    assert {r["account"] for r in tb["rows"]} >= {"1101", "5299"}


@pytest.mark.parametrize("content, fragment", [
    ("{bukan json", "bukan JSON"),
    ({"date": "2026-11-20", "memo": "x"}, "harus berisi"),
    ({**GOOD, "date": "20-11-2026"}, "TTTT-BB-HH"),
    ({**GOOD, "lines": [{"account": "5299", "debit_rp": 1000}, {"account": "1101", "credit_rp": 999}]},
     "tidak seimbang"),
    ({**GOOD, "lines": [{"account": "5299", "debit_rp": 10.5}, {"account": "1101", "credit_rp": 10.5}]},
     "bilangan bulat"),
    ({**GOOD, "lines": [{"account": "5299", "debit_rp": -5}, {"account": "1101", "credit_rp": -5}]},
     "negatif"),
    ({**GOOD, "date": "2030-01-01"}, "ke depan"),
])
def test_bad_journal_files_exit_2_and_write_nothing(cli, tmp_path, content, fragment):
    before = cli.json("journal", "list", "--limit", "1000")
    code, out, err = cli("journal", "post", "--json-file", write(tmp_path, content), "--user", "bendahara")
    assert code == 2 and fragment in err and out == ""
    assert cli.json("journal", "list", "--limit", "1000") == before


def test_missing_file_wrong_pin_no_pin_and_no_permission(cli, tmp_path):
    code, _, err = cli("journal", "post", "--json-file", str(tmp_path / "tidak-ada.json"), "--user", "bendahara")
    assert code == 2 and "tidak ditemukan" in err
    f = write(tmp_path, GOOD)
    code, _, err = cli("journal", "post", "--json-file", f, "--user", "bendahara", pin="999999")
    assert code == 2 and "PIN salah" in err
    code, _, err = cli("journal", "post", "--json-file", f, "--user", "bendahara", pin=None)
    assert code == 2 and "KOPDES_PIN" in err
    code, _, err = cli("journal", "post", "--json-file", f, "--user", "kasir")
    assert code == 2 and "tidak berwenang" in err
    code, _, err = cli("journal", "post", "--json-file", f)
    assert code == 2 and "--user" in err


def test_usage_errors_exit_2(cli):
    assert cli("terbang")[0] == 2
    code, _, err = cli("journal", "post")
    assert code == 2 and "--json-file" in err
    code, _, err = cli("report", "trial-balance", "--as-of", "kemarin")
    assert code == 2 and "TTTT-BB-HH" in err
    assert cli("journal", "show", "JU-19990101-0001")[0] == 2


def test_users_commands(cli):
    code, out, err = cli("users", "add", "rina", "--name", "Rina Wati", "--roles", "kasir,pengurus",
                         "--user", "admin", new_pin="482913")
    assert code == 0, err
    users = cli.json("users", "list", "--user", "admin")
    rina = next(u for u in users if u["username"] == "rina")
    assert rina["roles"] == ["kasir", "pengurus"] and rina["active"] is True
    assert cli("users", "lock", "rina", "--user", "admin")[0] == 0
    assert next(u for u in cli.json("users", "list", "--user", "admin") if u["username"] == "rina")["active"] is False
    assert cli("users", "unlock", "rina", "--user", "admin")[0] == 0
    assert cli("users", "set-pin", "rina", "--user", "admin", new_pin="739164")[0] == 0
    assert cli("journal", "list", "--user", "rina", pin="739164")[0] == 0
    assert cli("journal", "list", "--user", "rina", pin="482913")[0] == 2
    code, _, err = cli("users", "add", "xy", "--name", "X", "--roles", "raja", "--user", "admin", new_pin="482913")
    assert code == 2 and "tidak dikenal" in err
    code, _, err = cli("users", "list", "--user", "kasir")
    assert code == 2 and "tidak berwenang" in err


def test_period_commands(cli, tmp_path):
    assert cli("period", "close", "2026-10", "--user", "bendahara")[0] == 0
    assert cli.json("period", "list")[0]["status"] == "closed"
    code, _, err = cli("journal", "post", "--json-file",
                       write(tmp_path, {**GOOD, "date": "2026-10-10"}), "--user", "bendahara")
    assert code == 2 and "ditutup" in err
    assert cli("period", "reopen", "2026-10", "--user", "bendahara")[0] == 2
    assert cli("period", "reopen", "2026-10", "--user", "admin")[0] == 0
    assert cli("period", "close", "2026-13", "--user", "bendahara")[0] == 2


def test_backup_and_restore(cli, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    data = cli.json("backup", "--to", str(usb))
    assert data["path"].startswith(str(usb)) and data["size_bytes"] > 0
    f = write(tmp_path, GOOD)
    posted = cli.json("journal", "post", "--json-file", f, "--user", "bendahara")
    restored = cli.json("restore", data["path"], "--user", "admin")
    assert restored["replaced_copy"]
    code, _, err = cli("journal", "show", posted["number"])
    assert code == 2 and "tidak ditemukan" in err
    bad = tmp_path / "rusak.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    code, _, err = cli("restore", str(bad), "--user", "admin")
    assert code == 2 and "rusak" in err
    assert cli("restore", data["path"], "--user", "kasir")[0] == 2
    assert cli.json("check")["ok"]


def test_check_fails_with_exit_1_on_tampered_books(cli):
    import sqlite3
    conn = sqlite3.connect(cli.db)
    conn.execute("DROP TRIGGER journal_lines_no_update")
    conn.execute("UPDATE journal_lines SET debit_rp = debit_rp + 7 WHERE id = 1")
    conn.commit()
    conn.close()
    code, out, _ = cli("check", "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_init_fresh_and_demo(fresh_cli, monkeypatch):
    code, _, err = fresh_cli("init", "--name", "Kopdes Maju", pin="482913")
    assert code == 2 and "NIB wajib diisi" in err
    args = ["init", "--name", "Koperasi Desa Merah Putih Sukasari", "--nib", "1234567890123",
            "--legal-entity-no", "AHU-0000001.AH.01.29.TAHUN 2025", "--address", "Jl. Desa 1",
            "--desa", "Sukasari", "--kecamatan", "Sukasari", "--kabupaten", "Kab. Subang",
            "--provinsi", "Jawa Barat", "--timezone", "WIB", "--admin-user", "ketua", "--admin-name", "Pak Ketua"]
    code, _, err = fresh_cli(*args, pin="12")
    assert code == 2 and "PIN minimal" in err
    assert fresh_cli(*args, pin="482913")[0] == 0
    assert fresh_cli(*args, pin="482913")[0] == 2  # already set up
    assert fresh_cli("init", "--demo", "--if-missing")[0] == 0  # leaves the real outlet alone
    users = fresh_cli.json("users", "list", "--user", "ketua", pin="482913")
    assert [u["username"] for u in users] == ["ketua"]
    assert fresh_cli.json("check")["ok"]


def test_console_script_runs(tmp_path):
    """The installed `kopdes` entry point, as support would use it."""
    exe = [sys.executable, "-m", "app"]
    db = str(tmp_path / "k.sqlite3")
    done = subprocess.run([*exe, "--db", db, "init", "--demo"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([*exe, "--db", db, "check", "--json"], capture_output=True, text=True)
    assert done.returncode == 0 and json.loads(done.stdout)["ok"]
    done = subprocess.run([*exe, "--db", db, "journal", "post", "--json-file", "x.json", "--user", "admin"],
                          capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}, stdin=subprocess.DEVNULL)
    assert done.returncode == 2 and "kopdes:" in done.stderr

"""kopdes statements --month YYYY-MM --out DIR: what is written and said, and refusals
(exit 2, the reason on stderr, nothing written)."""

import pytest

from tests import pdf_probe

pytestmark = pytest.mark.sqlite_only

KEYS = ["month", "members", "folder", "combined", "summary_pdf", "summary_xlsx", "files", "pages",
        "savings_closing_rp", "loans_closing_rp", "purchases_rp"]


@pytest.fixture
def out(tmp_path):
    """An empty folder (tmp_path holds the database too)."""
    folder = tmp_path / "rk"
    folder.mkdir()
    return folder


def refused(result, *words):
    code, out, err = result
    assert code == 2 and out == "", (code, out, err)
    for word in words:
        assert word in err, err
    return err


def active(cli) -> list[str]:
    return sorted(m["member_no"] for m in cli.json("member", "list") if m["status"] == "aktif")


def test_statements_for_a_month_write_every_active_member(cli, out):
    got = cli.json("statements", "--month", "2026-10", "--out", str(out), "--user", "bendahara")
    assert list(got) == KEYS
    members = active(cli)
    assert got["month"] == "2026-10" and got["members"] == len(members)
    assert [f.rsplit("/", 1)[-1] for f in got["files"]] == [f"rekening-koran-2026-10-{no}.pdf" for no in members]
    assert len(list(out.iterdir())) == len(members) + 3
    assert pdf_probe.page_count(got["combined"]) == got["pages"] >= len(members)
    list_total = sum(m["total_rp"] for m in cli.json("member", "list") if m["status"] == "aktif")
    november = cli.json("statements", "--month", "2026-11", "--out", str(out))  # the read-only viewer may too
    assert november["savings_closing_rp"] == list_total  # the month runs to today: the balances now
    assert len(list(out.iterdir())) == 2 * (len(members) + 3)
    again = cli.json("statements", "--month", "2026-10", "--out", str(out), "--duplex")  # replaces October's
    assert again["pages"] % 2 == 0 and again["pages"] >= got["pages"] and again["files"] == got["files"]
    assert pdf_probe.page_count(again["combined"]) == again["pages"]
    assert len(list(out.iterdir())) == 2 * (len(members) + 3)


def test_statements_say_what_was_written(cli, out):
    code, text, err = cli("statements", "--month", "2026-10", "--out", str(out))
    assert code == 0, err
    assert "Rekening koran 2026-10:" in text and "rekening-koran-2026-10-semua.pdf" in text
    assert "ringkasan" in text and "sisa pokok pinjaman Rp" in text


@pytest.mark.parametrize("month, words", [("2026-13", ["TTTT-BB"]), ("okt", ["TTTT-BB"]),
                                          ("2026-12", ["belum berjalan"])])
def test_bad_months_are_refused_and_write_nothing(cli, out, month, words):
    refused(cli("statements", "--month", month, "--out", str(out)), *words)
    assert list(out.iterdir()) == []


def test_missing_folder_user_or_arguments_are_refused(cli, out):
    refused(cli("statements", "--month", "2026-10", "--out", str(out / "tidak-ada")), "tidak ada")
    refused(cli("statements", "--month", "2026-10", "--out", str(out), "--user", "kasir"), "laporan")
    refused(cli("statements", "--month", "2026-10", "--out", str(out), "--user", "bendahara", pin="000000"))
    refused(cli("statements", "--out", str(out)), "--month")
    assert list(out.iterdir()) == []

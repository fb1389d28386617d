"""Printers from the command line: printer test/show/set/discover, receipt, print-jobs.
Printing goes to a network printer played by a TCP listener on 127.0.0.1."""

import json
import re
import time

import pytest
import zxingcpp
from PIL import Image

from app.devices import escpos_preview
from tests.printer_listener import FakeNetworkPrinter

pytestmark = pytest.mark.sqlite_only

JOB_KEYS = {"id", "uuid", "station", "kind", "kind_label", "ref", "title", "status", "status_label", "attempts",
            "next_attempt_at", "last_error", "printer_uri", "created_at", "created_by", "done_at", "size_bytes"}
PRINTER_KEYS = {"station", "uri", "configured", "width_mm", "has_cutter", "native_qr", "drawer_pin",
                "auto_receipt", "queue"}


@pytest.fixture
def printer():
    p = FakeNetworkPrinter()
    yield p
    p.stop()


def lines(data: bytes) -> list[str]:
    return escpos_preview.decode(data).text_lines()


def rupiah_digits(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def demo_sale(cli) -> dict:
    """A completed sale from the demo's history (the demo has no open shift)."""
    number = next(s["sale_no"] for s in cli.json("sale", "list", "--limit", "20") if s["status"] == "completed")
    return cli.json("sale", "show", number)


def jobs(cli, *args) -> list[dict]:
    return cli.json("print-jobs", "list", *args)


# ---------------------------------------------------------------- printer test

def test_printer_test_prints_the_test_page_now(cli, printer):
    code, out, err = cli("printer", "test", printer.uri, "--user", "kasir")
    assert code == 0, err
    assert out.count("\n") == 1 and printer.uri in out
    [data] = printer.wait_for_jobs(1)
    text = lines(data)
    assert any("HALAMAN UJI PRINTER" in t for t in text) and max(map(len, text)) <= 32
    assert any(printer.uri in t for t in text)

    job = cli.json("printer", "test", printer.uri, "--width", "80", "--user", "kasir")
    assert set(job) == JOB_KEYS and job["kind"] == "test" and job["status"] == "done"
    assert job["printer_uri"] == printer.uri and job["created_by"] == "kasir"
    assert job["created_at"].endswith("+00:00") and job["done_at"].endswith("+00:00")
    wide = lines(printer.wait_for_jobs(2)[1])
    assert any("HALAMAN UJI PRINTER" in t for t in wide) and max(map(len, wide)) == 48
    assert cli.json("printer", "show")["configured"] is False  # testing an address does not save it


def test_printer_test_refuses_quickly_when_the_printer_is_off(cli, printer):
    printer.stop()
    started = time.monotonic()
    code, out, err = cli("printer", "test", printer.uri, "--user", "kasir")
    assert code == 2 and out == ""
    assert time.monotonic() - started < 5
    assert err.startswith("kopdes: ") and "menolak sambungan" in err and f"127.0.0.1:{printer.port}" in err
    [failed] = jobs(cli, "--status", "failed")
    assert failed["kind"] == "test" and "menolak" in failed["last_error"]
    assert cli.json("printer", "show")["queue"] == {"pending": 0, "failed": 0}  # a failed test waits for nobody


def test_printer_test_unknown_host_and_malformed_addresses(cli):
    started = time.monotonic()
    code, out, err = cli("printer", "test", "tcp://printer-tidak-ada.invalid:9100", "--timeout", "2",
                         "--user", "kasir")
    assert code == 2 and out == "" and "printer-tidak-ada.invalid" in err
    assert time.monotonic() - started < 5
    recorded = jobs(cli, "--all")
    assert [(j["kind"], j["status"]) for j in recorded] == [("test", "failed")]
    for uri in ("192.168.1.50", "tcp://", "ftp://printer", "usb://printer", "tcp://10.0.0.1:99999"):
        code, out, err = cli("printer", "test", uri, "--user", "kasir")
        assert code == 2 and out == "", uri
        assert "salah" in err and "Bentuk alamat yang diterima" in err and "tcp://HOST:9100" in err, uri
        assert "usb://VID:PID" in err, uri
    assert jobs(cli, "--all") == recorded  # nothing was queued for a malformed address


def test_printer_test_needs_a_user_and_a_printer(cli):
    code, _, err = cli("printer", "test", "tcp://127.0.0.1:9100")
    assert code == 2 and "--user" in err
    code, _, err = cli("printer", "test", "--user", "kasir")
    assert code == 2 and "Printer belum diatur" in err
    assert cli("printer", "test", "tcp://127.0.0.1:9100", "--width", "70", "--user", "kasir")[0] == 2


# ---------------------------------------------------------------- printer show / set / discover

def test_printer_set_and_show(cli, printer, monkeypatch):
    before = cli.json("printer", "show")
    assert set(before) == PRINTER_KEYS and before["station"] == "KASIR-1" and before["uri"] == ""
    assert before["width_mm"] == 58 and before["drawer_pin"] is None and before["auto_receipt"] is True

    saved = cli.json("printer", "set", printer.uri, "--width", "80", "--cutter", "--drawer-pin", "2",
                     "--user", "pengurus")
    assert saved == {**before, "uri": printer.uri, "configured": True, "width_mm": 80, "has_cutter": True,
                     "drawer_pin": 2}
    assert cli.json("printer", "show") == saved
    # Options not given stay as they were.
    again = cli.json("printer", "set", printer.uri, "--no-auto-receipt", "--native-qr", "--user", "admin")
    assert again == {**saved, "auto_receipt": False, "native_qr": True}
    assert cli.json("printer", "set", printer.uri, "--drawer-pin", "none", "--no-cutter",
                    "--user", "admin")["drawer_pin"] is None

    code, out, _ = cli("printer", "show")
    assert code == 0 and printer.uri in out and "80 mm" in out
    # The station name: --station, else KOPDES_TILL, else KASIR-1.
    assert cli.json("printer", "show", "--station", "kasir-2")["uri"] == ""
    monkeypatch.setenv("KOPDES_TILL", "kasir-2")
    assert cli.json("printer", "show")["station"] == "KASIR-2"
    assert cli.json("printer", "show", "--station", "KASIR-1")["uri"] == printer.uri
    cleared = cli.json("printer", "set", "none", "--station", "KASIR-1", "--user", "admin")
    assert cleared["uri"] == "" and cleared["configured"] is False


def test_printer_set_refusals_change_nothing(cli, printer):
    cli.json("printer", "set", printer.uri, "--user", "pengurus")
    before = cli.json("printer", "show")
    code, out, err = cli("printer", "set", "tcp://10.0.0.1:9100", "--user", "kasir")
    assert code == 2 and out == "" and "tidak berwenang mengatur printer" in err
    code, out, err = cli("printer", "set", "http://192.168.1.50", "--width", "80", "--user", "pengurus")
    assert code == 2 and out == "" and "salah" in err and "tcp://HOST:9100" in err
    code, _, err = cli("printer", "set", printer.uri, "--drawer-pin", "3", "--user", "pengurus")
    assert code == 2 and "--drawer-pin" in err
    assert cli("printer", "set", printer.uri, "--user", "pengurus", pin="000000")[0] == 2
    assert cli.json("printer", "show") == before


def test_printer_discover_shape(cli):
    found = cli.json("printer", "discover")
    assert set(found) == {"printers", "notes"}
    assert all(set(p) == {"uri", "description", "source"} for p in found["printers"])
    assert all(isinstance(n, str) for n in found["notes"])
    code, out, _ = cli("printer", "discover")
    assert code == 0 and "tcp://IP:9100" in out


# ---------------------------------------------------------------- receipt

def test_receipt_prints_a_sale_to_the_given_printer(cli, printer):
    sale = demo_sale(cli)
    code, out, err = cli("receipt", sale["sale_no"], "--printer", printer.uri, "--user", "kasir")
    assert code == 0, err
    assert sale["sale_no"] in out and printer.uri in out
    [data] = printer.wait_for_jobs(1)
    text = lines(data)
    assert any(sale["sale_no"] in t for t in text)
    assert any(t.startswith("TOTAL") and t.endswith(rupiah_digits(sale["total_rp"])) for t in text)
    assert not any("SALINAN" in t for t in text)
    [job] = jobs(cli)
    assert job["kind"] == "receipt" and job["ref"] == sale["sale_no"] and job["status"] == "done"


def test_receipt_copy_is_marked_and_audited_on_the_configured_printer(cli, printer):
    sale = demo_sale(cli)
    cli.json("printer", "set", printer.uri, "--width", "80", "--user", "pengurus")
    result = cli.json("receipt", sale["sale_no"].lower(), "--copy", "--user", "kasir")
    assert set(result) == {"sale_no", "copy", "preview", "job"}
    assert result["sale_no"] == sale["sale_no"] and result["copy"] is True and result["preview"] is None
    assert set(result["job"]) == JOB_KEYS
    assert result["job"]["kind"] == "reprint" and result["job"]["status"] == "done"
    assert result["job"]["printer_uri"] == printer.uri
    text = lines(printer.wait_for_jobs(1)[0])
    assert any("SALINAN" in t for t in text) and any(sale["sale_no"] in t for t in text) and max(map(len, text)) == 48
    entries = cli.json("audit", "list", "--limit", "5", "--user", "pengawas")
    assert any(e["action"] == "receipt.reprint" and e["entity"] == sale["sale_no"] for e in entries)


def test_receipt_preview_alone_writes_the_png_and_prints_nothing(cli, printer, tmp_path):
    sale = demo_sale(cli)
    cli.json("printer", "set", printer.uri, "--user", "pengurus")
    target = tmp_path / "struk.png"
    code, out, err = cli("receipt", sale["sale_no"], "--preview", str(target))  # no --user: nothing is printed
    assert code == 0, err
    assert str(target) in out
    with Image.open(target) as image:
        assert image.width == 384
        qr = [r.text for r in zxingcpp.read_barcodes(image)]
    assert len(qr) == 1 and re.fullmatch(rf"KOPDES:{sale['sale_no']}:[0-9A-F]{{8}}", qr[0], re.I)
    assert jobs(cli, "--all") == [] and printer.wait_for_jobs(1, timeout=0.3) == []

    # With --printer as well it prints too; the --copy preview carries the SALINAN banner.
    both = tmp_path / "salinan.png"
    result = cli.json("receipt", sale["sale_no"], "--copy", "--preview", str(both), "--printer", printer.uri,
                      "--user", "kasir")
    assert result["preview"] == str(both) and result["job"]["status"] == "done" and both.stat().st_size > 0
    assert any("SALINAN" in t for t in lines(printer.wait_for_jobs(1)[0]))
    assert cli("receipt", sale["sale_no"], "--preview", str(tmp_path / "struk.jpg"))[0] == 2


def test_receipt_refusals(cli, printer, tmp_path):
    code, out, err = cli("receipt", "PJ-19990101-0001", "--printer", printer.uri, "--user", "kasir")
    assert code == 2 and out == "" and "tidak ditemukan" in err
    code, _, err = cli("receipt", "PJ-19990101-0001", "--preview", str(tmp_path / "x.png"))
    assert code == 2 and "tidak ditemukan" in err and not (tmp_path / "x.png").exists()
    sale = demo_sale(cli)
    code, _, err = cli("receipt", sale["sale_no"], "--printer", "printer-kasir", "--user", "kasir")
    assert code == 2 and "Bentuk alamat yang diterima" in err
    code, _, err = cli("receipt", sale["sale_no"], "--printer", printer.uri)
    assert code == 2 and "--user" in err
    assert jobs(cli, "--all") == [] and printer.wait_for_jobs(1, timeout=0.3) == []


# ---------------------------------------------------------------- print-jobs

def test_a_failed_receipt_stays_queued_then_retry_and_cancel(cli, printer):
    sale = demo_sale(cli)
    cli.json("printer", "set", printer.uri, "--user", "pengurus")
    printer.stop()
    started = time.monotonic()
    code, out, err = cli("receipt", sale["sale_no"], "--user", "kasir")
    assert code == 2 and out == "" and time.monotonic() - started < 5
    [failed] = jobs(cli, "--status", "failed")
    assert f"Struk {sale['sale_no']} belum tercetak" in err and "menolak sambungan" in err
    assert f"#{failed['id']} tetap di antrean" in err and f"print-jobs retry {failed['id']}" in err
    assert failed["ref"] == sale["sale_no"] and failed["kind"] == "receipt" and failed["attempts"] == 1
    assert "menolak" in failed["last_error"] and failed["printer_uri"] == printer.uri
    assert failed["next_attempt_at"] is not None and failed["status_label"] == "Gagal, dicoba lagi"
    code, out, _ = cli("print-jobs", "list")
    assert code == 0 and f"#{failed['id']}" in out and "menolak" in out

    code, _, err = cli("print-jobs", "retry", str(failed["id"]), "--user", "kasir")  # still off
    assert code == 2 and "tetap di antrean" in err
    printer.start()
    done = cli.json("print-jobs", "retry", str(failed["id"]), "--user", "kasir")
    assert done["id"] == failed["id"] and done["status"] == "done" and done["attempts"] == 3
    assert any(sale["sale_no"] in t for t in lines(printer.wait_for_jobs(1)[0]))
    code, _, err = cli("print-jobs", "retry", str(failed["id"]), "--user", "kasir")
    assert code == 2 and "sudah selesai" in err

    printer.stop()
    assert cli("receipt", sale["sale_no"], "--copy", "--user", "kasir")[0] == 2
    [second] = jobs(cli, "--status", "failed", "--ref", sale["sale_no"])
    queued = cli.json("print-jobs", "retry", str(second["id"]), "--queue-only", "--user", "kasir")
    assert queued["status"] == "pending"
    cancelled = cli.json("print-jobs", "cancel", f"#{second['id']}", "--user", "kasir")
    assert cancelled["status"] == "cancelled" and cancelled["id"] == second["id"]
    code, _, err = cli("print-jobs", "cancel", str(second["id"]), "--user", "kasir")
    assert code == 2 and "tidak bisa dibatalkan" in err
    assert cli("print-jobs", "cancel", "99999", "--user", "kasir")[0] == 2
    assert cli("print-jobs", "cancel", "abc", "--user", "kasir")[0] == 2
    assert cli("print-jobs", "cancel", str(second["id"]))[0] == 2  # no --user
    entries = cli.json("audit", "list", "--limit", "5", "--user", "pengawas")
    assert any(e["action"] == "print.cancelled" for e in entries)
    assert cli.json("printer", "show")["queue"] == {"pending": 0, "failed": 0}


def test_print_jobs_run_sends_what_is_due(cli, printer, clock):
    sale = demo_sale(cli)
    printer.stop()
    cli.json("printer", "set", printer.uri, "--user", "pengurus")
    assert cli("receipt", sale["sale_no"], "--user", "kasir")[0] == 2
    assert cli("receipt", sale["sale_no"], "--copy", "--user", "kasir")[0] == 2
    assert cli.json("printer", "show")["queue"] == {"pending": 2, "failed": 0}
    nothing = cli.json("print-jobs", "run", "--user", "kasir")  # backoff: not due yet
    assert nothing["sent"] == [] and nothing["queue"] == {"pending": 2, "failed": 0}
    clock.advance(seconds=10)
    code, out, err = cli("print-jobs", "run", "--user", "kasir")  # due, but the printer is still off
    assert code == 2 and out == "" and "0 tugas tercetak" in err and "menolak" in err

    printer.start()
    clock.advance(minutes=3)
    ran = cli.json("print-jobs", "run", "--user", "kasir")
    assert set(ran) == {"station", "sent", "queue"} and ran["station"] == "KASIR-1"
    assert [j["status"] for j in ran["sent"]] == ["done", "done"] and ran["queue"] == {"pending": 0, "failed": 0}
    assert all(set(j) == JOB_KEYS for j in ran["sent"])
    assert len(printer.wait_for_jobs(2)) == 2
    code, out, _ = cli("print-jobs", "run", "--user", "kasir")
    assert code == 0 and "Tidak ada tugas" in out


def test_print_jobs_list_filters_and_no_printer(cli, printer, monkeypatch):
    sale = demo_sale(cli)
    code, _, err = cli("receipt", sale["sale_no"], "--user", "kasir")  # no printer set up yet
    assert code == 2 and "printer belum diatur untuk KASIR-1" in err and "tetap di antrean" in err
    code, _, err = cli("print-jobs", "run", "--user", "kasir")
    assert code == 2 and "Printer belum diatur" in err and "1 tugas" in err
    [job] = jobs(cli)
    assert job["status"] == "pending" and job["station"] == "KASIR-1"
    assert jobs(cli, "--station", "KASIR-2") == [] and len(jobs(cli, "--all")) == 1
    assert jobs(cli, "--status", "done") == []
    monkeypatch.setenv("KOPDES_TILL", "KASIR-2")
    assert jobs(cli) == []
    assert cli("print-jobs", "list", "--all", "--station", "X")[0] == 2
    assert cli("print-jobs", "list", "--status", "lost")[0] == 2
    assert cli("print-jobs", "list", "--limit", "0")[0] == 2
    assert json.loads(cli("print-jobs", "list", "--all", "--json")[1])[0]["id"] == job["id"]


def test_the_training_printer_refuses_a_port_in_use(cli, printer):
    code, out, err = cli("printer", "emulate", "--port", str(printer.port))
    assert code == 2 and out == ""
    assert f"127.0.0.1:{printer.port}" in err and "Port sudah dipakai" in err

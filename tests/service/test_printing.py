"""Printing through the persisted queue to a network printer played on 127.0.0.1: what
arrives is the receipt (decoded text, QR, cut, drawer kick); a printer that is off or cut
off mid-job loses nothing and never touches the sale."""

from datetime import timedelta
from uuid import uuid4

import pytest
import zxingcpp

from app.devices import escpos_preview
from app.domain.errors import DomainError, PermissionDenied
from app.services import audit, checks, print_worker, printing, receipts, sales, settings, shifts
from tests.printer_listener import FakeNetworkPrinter
from tests.service.shop_helpers import LPG_NIK, open_shift, sell

STATION = "KASIR-1"


@pytest.fixture
def printer():
    p = FakeNetworkPrinter()
    yield p
    p.stop()


@pytest.fixture
def till(demo_ctx, login, printer):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    printing.save_printer(demo_ctx.uow(), login("admin"), printing.PrinterConfig(
        STATION, printer.uri, width_mm=58, drawer_pin=2))
    return demo_ctx, kasir


def run(ctx, actor, **kw):
    return print_worker.run_due(ctx.uow, actor, STATION, timeout=2.0, **kw)


def qr_payloads(job: bytes, dots: int) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(escpos_preview.render(job, dots))]


def test_a_sale_prints_its_receipt_on_the_network_printer(till, printer, backend):
    ctx, kasir = till
    sale = sell(ctx, kasir, ("MIE-GRG", 3), ("BRS-CURAH", 1.5), pay={"cash": 50_000})
    [job] = printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    assert job.status == "pending" and job.kind == "receipt" and job.ref == sale.number
    [sent] = run(ctx, kasir)
    assert sent.status == "done" and sent.attempts == 1 and sent.printer_uri == printer.uri
    [data] = printer.wait_for_jobs(1)
    decoded = escpos_preview.decode(data)
    text = decoded.text_lines()
    assert all(len(t) <= 32 for t in text)
    assert any(sale.number in t for t in text)
    assert any(t.startswith("TOTAL") and t.endswith(f"{sale.total_rp:,}".replace(",", ".")) for t in text)
    assert any(t.startswith("Kembali") and t.endswith(f"{sale.change_rp:,}".replace(",", ".")) for t in text)
    assert [k.pin for k in decoded.drawer_kicks] == [2]  # cash sale, printed at once: the drawer opens
    assert decoded.cuts == ()  # the 58 mm profile has no cutter
    assert qr_payloads(data, 384) == [receipts.sale_qr(sale)]
    # The preview the GUI shows is decoded from the same bytes the printer got (less the kick).
    preview = printing.job_preview(ctx.reader(), kasir, job.id)
    assert list(preview.text_lines) == text and preview.width_dots == 384


def test_an_80mm_printer_with_cutter_and_native_qr(till, printer, login, backend):
    ctx, kasir = till
    printing.save_printer(ctx.uow(), login("admin"), printing.PrinterConfig(
        STATION, printer.uri, width_mm=80, has_cutter=True, native_qr=True))
    sale = sell(ctx, kasir, ("MIE-GRG", 1), member="A00001", pay={"credit": 3_300})
    printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    run(ctx, kasir)
    decoded = escpos_preview.decode(printer.wait_for_jobs(1)[0])
    assert max(len(t) for t in decoded.text_lines()) == 48
    assert len(decoded.cuts) == 1 and decoded.drawer_kicks == ()  # kasbon: no cash, no drawer
    assert decoded.qr_payloads() == [receipts.sale_qr(sale)]


def test_pulling_the_plug_loses_nothing_and_never_touches_the_sale(till, printer, clock, backend):
    ctx, kasir = till
    printer.stop()
    sale = sell(ctx, kasir, ("MIE-GRG", 2), pay={"cash": 10_000})
    printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    [failed] = run(ctx, kasir)
    assert failed.status == "failed" and "menolak" in failed.last_error.lower()
    assert failed.next_attempt_at == clock() + timedelta(seconds=5)
    assert printing.queue_counts(ctx.reader(), kasir, STATION) == printing.QueueCounts(pending=1, failed=0)
    assert sales.get_sale(ctx.reader(), kasir, sale.number).status == "completed"
    assert checks.run_checks(ctx.reader()).ok
    assert run(ctx, kasir) == []  # not due yet: backoff
    printer.start()
    clock.advance(minutes=3)
    [done] = run(ctx, kasir)
    assert done.status == "done" and done.attempts == 2
    decoded = escpos_preview.decode(printer.wait_for_jobs(1)[0])
    assert any(sale.number in t for t in decoded.text_lines())
    assert decoded.drawer_kicks == ()  # minutes later nobody is at the drawer: it stays shut
    assert printing.queue_counts(ctx.reader(), kasir, STATION) == printing.QueueCounts(0, 0)


def test_a_job_cut_off_mid_way_fails_and_prints_whole_on_retry(till, printer, clock, backend):
    ctx, kasir = till
    sale = sell(ctx, kasir, ("MIE-GRG", 1))
    printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    printer.drop_after = 64
    [failed] = run(ctx, kasir)
    assert failed.status == "failed" and failed.last_error
    clock.advance(seconds=6)
    [done] = run(ctx, kasir)
    assert done.status == "done"
    jobs = printer.wait_for_jobs(1)
    payload, _ = printing.job_bytes(ctx.reader(), kasir, done.id)
    assert jobs[-1].endswith(payload)


def test_retries_stop_after_a_while_then_the_cashier_retries_or_cancels(till, printer, clock, login, backend):
    ctx, kasir = till
    printer.stop()
    sale = sell(ctx, kasir, ("MIE-GRG", 1))
    [job] = printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    for _ in range(print_worker.AUTO_ATTEMPTS):
        run(ctx, kasir)
        clock.advance(seconds=print_worker.MAX_DELAY_S + 1)
    [info] = printing.list_jobs(ctx.reader(), kasir, station=STATION, ref=sale.number)
    assert info.status == "failed" and info.next_attempt_at is None and info.attempts == print_worker.AUTO_ATTEMPTS
    assert printing.queue_counts(ctx.reader(), kasir, STATION) == printing.QueueCounts(0, 1)
    assert run(ctx, kasir) == []  # it waits for the cashier now
    printer.start()
    assert printing.retry(ctx.uow(), kasir, job.id).status == "pending"
    assert [j.status for j in run(ctx, kasir)] == ["done"]
    with pytest.raises(DomainError) as e:
        printing.cancel(ctx.uow(), kasir, job.id)
    assert e.value.code == "job_not_cancellable"
    printer.stop()
    second = printing.print_receipt(ctx.uow(), kasir, STATION, sale.number, copy=True)
    assert printing.cancel(ctx.uow(), kasir, second.id).status == "cancelled"
    assert run(ctx, kasir) == []
    assert any(e.action == "print.cancelled" for e in audit.entries(ctx.reader(), login("admin"), limit=5))


def test_a_reprint_says_salinan_is_audited_and_opens_no_drawer(till, printer, login, backend):
    ctx, kasir = till
    sale = sell(ctx, kasir, ("MIE-GRG", 1), pay={"cash": 5_000})
    job = printing.print_receipt(ctx.uow(), kasir, STATION, sale.number, copy=True)
    assert job.kind == "reprint"
    run(ctx, kasir)
    decoded = escpos_preview.decode(printer.wait_for_jobs(1)[0])
    assert sum("SALINAN" in t for t in decoded.text_lines()) == 2 and decoded.drawer_kicks == ()
    entry = audit.entries(ctx.reader(), login("admin"), limit=1, action="receipt.reprint")[0]
    assert entry.entity == sale.number and entry.username == "kasir"
    replay = uuid4()  # a double click queues one job
    a = printing.print_receipt(ctx.uow(), kasir, STATION, sale.number, copy=True, uuid=replay)
    assert printing.print_receipt(ctx.uow(), kasir, STATION, sale.number, copy=True, uuid=replay).id == a.id


def test_a_power_cut_while_sending_puts_the_job_back(till, printer, backend):
    ctx, kasir = till
    sale = sell(ctx, kasir, ("MIE-GRG", 1))
    printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    assert print_worker._claim_next(ctx.uow(), STATION) is not None  # claimed, then the power went
    assert printing.list_jobs(ctx.reader(), kasir, ref=sale.number)[0].status == "sending"
    assert print_worker.recover_interrupted(ctx.uow(), kasir, STATION) == 1
    assert [j.status for j in run(ctx, kasir)] == ["done"]


def test_finished_jobs_are_dropped_after_a_month_unfinished_ones_never(till, printer, clock, backend):
    ctx, kasir = till
    done = printing.after_sale(ctx.uow(), kasir, STATION, sell(ctx, kasir, ("MIE-GRG", 1)).number)[0]
    run(ctx, kasir)
    printer.stop()
    failed = printing.after_sale(ctx.uow(), kasir, STATION, sell(ctx, kasir, ("MIE-GRG", 1)).number)[0]
    run(ctx, kasir)
    clock.advance(days=29)
    print_worker.recover_interrupted(ctx.uow(), kasir, STATION)
    assert {j.id for j in printing.list_jobs(ctx.reader(), kasir)} == {done.id, failed.id}
    clock.advance(days=2)
    print_worker.recover_interrupted(ctx.uow(), kasir, STATION)
    assert [j.id for j in printing.list_jobs(ctx.reader(), kasir)] == [failed.id]


def test_without_a_printer_jobs_wait_and_the_sale_is_done(demo_ctx, login, backend):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    sale = sell(demo_ctx, kasir, ("MIE-GRG", 1))
    [job] = printing.after_sale(demo_ctx.uow(), kasir, STATION, sale.number)
    assert print_worker.run_due(demo_ctx.uow, kasir, STATION) == []
    assert printing.queue_counts(demo_ctx.reader(), kasir, STATION).pending == 1
    assert printing.list_jobs(demo_ctx.reader(), kasir)[0].id == job.id


def test_file_transport_gets_exactly_the_bytes(till, tmp_path, login, backend):
    ctx, kasir = till
    out = tmp_path / "struk.bin"
    printing.save_printer(ctx.uow(), login("admin"), printing.PrinterConfig(STATION, f"file://{out}"))
    sale = sell(ctx, kasir, ("MIE-GRG", 1), member="A00001", pay={"credit": 3_300})
    [job] = printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    run(ctx, kasir)
    assert out.read_bytes() == printing.job_bytes(ctx.reader(), kasir, job.id)[0]


def test_shift_reports_and_the_lpg_slip(till, printer, login, backend):
    ctx, kasir = till
    settings.change(ctx.uow(), login("admin"), {"receipt.lpg_slip": True})
    sale = sell(ctx, kasir, ("LPG3-ISI", 1), pay={"cash": 50_000}, buyer_nik=LPG_NIK, buyer_type="rumah_tangga",
                buyer_name="Siti Aminah")
    jobs = printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    assert [j.kind for j in jobs] == ["receipt", "lpg_slip"]
    shift = shifts.current(ctx.reader(), kasir, STATION)
    x = printing.print_shift_report(ctx.uow(), login("pengurus"), STATION, shift.number)
    assert x.title.startswith("Laporan X")
    run(ctx, kasir)
    receipt, lpg, report = (escpos_preview.decode(d).text_lines() for d in printer.wait_for_jobs(3))
    assert any("3203********0003" in t for t in receipt) and any("Rumah tangga" in t for t in receipt)
    assert "BUKTI PENGAMBILAN LPG 3 KG" in "\n".join(lpg) and any("Tanda tangan" in t for t in lpg)
    assert "LAPORAN X" in "\n".join(report)
    assert any(t.startswith("Total penjualan") and t.endswith(f"{sale.total_rp:,}".replace(",", ".")) for t in report)
    with pytest.raises(DomainError) as e:
        printing.print_lpg_slip(ctx.uow(), kasir, STATION, sell(ctx, kasir, ("MIE-GRG", 1)).number)
    assert e.value.code == "not_lpg"


def test_printer_setup_is_checked_and_restricted(demo_ctx, login, backend):
    admin = login("admin")
    with pytest.raises(DomainError) as e:
        printing.save_printer(demo_ctx.uow(), admin, printing.PrinterConfig(STATION, "tcp://"))
    assert e.value.code == "bad_uri"
    with pytest.raises(DomainError):
        printing.save_printer(demo_ctx.uow(), admin, printing.PrinterConfig(STATION, "", drawer_pin=3))
    assert printing.get_printer(demo_ctx.reader(), admin, STATION) == printing.PrinterConfig(STATION)
    with pytest.raises(PermissionDenied):
        printing.save_printer(demo_ctx.uow(), login("kasir"), printing.PrinterConfig(STATION, "tcp://10.0.0.5"))


def test_the_test_page_answers_at_once(till, printer, backend):
    ctx, kasir = till
    job = print_worker.test_printer(ctx.uow, kasir, STATION)
    assert job.status == "done" and "HALAMAN UJI PRINTER" in "\n".join(
        escpos_preview.decode(printer.wait_for_jobs(1)[0]).text_lines())
    printer.stop()
    with pytest.raises(DomainError) as e:
        print_worker.test_printer(ctx.uow, kasir, STATION, timeout=2.0)
    assert e.value.code == "refused"
    assert printing.list_jobs(ctx.reader(), kasir, status="failed")[0].kind == "test"
    assert printing.queue_counts(ctx.reader(), kasir, STATION) == printing.QueueCounts(0, 0)


def test_a_printer_that_cannot_work_here_goes_straight_to_the_cashier(till, login, backend):
    ctx, kasir = till
    printing.save_printer(ctx.uow(), login("admin"), printing.PrinterConfig(STATION, "win32://POS-58 Printer"))
    sale = sell(ctx, kasir, ("MIE-GRG", 1))
    printing.after_sale(ctx.uow(), kasir, STATION, sale.number)
    [job] = run(ctx, kasir)  # this test machine is not Windows: no spooler
    assert job.status == "failed" and job.next_attempt_at is None and "Windows" in job.last_error
    assert printing.queue_counts(ctx.reader(), kasir, STATION) == printing.QueueCounts(0, 1)


def test_printing_an_old_sale_again_never_opens_the_drawer(till, printer, clock, backend):
    ctx, kasir = till
    sale = sell(ctx, kasir, ("MIE-GRG", 1), pay={"cash": 5_000})
    clock.advance(minutes=10)
    printing.print_receipt(ctx.uow(), kasir, STATION, sale.number)  # not a copy, but ten minutes on
    run(ctx, kasir)
    assert escpos_preview.decode(printer.wait_for_jobs(1)[0]).drawer_kicks == ()


def test_a_cashier_reading_an_open_shift_sees_no_cash_figures(till, printer, login, backend):
    ctx, kasir = till
    sell(ctx, kasir, ("MIE-GRG", 2), pay={"cash": 10_000})
    shift = shifts.current(ctx.reader(), kasir, STATION)
    blind = printing.print_shift_report(ctx.uow(), kasir, STATION, shift.number)
    full = printing.print_shift_report(ctx.uow(), login("pengurus"), STATION, shift.number)
    assert printing.get_job(ctx.reader(), kasir, blind.id).title.startswith("Laporan X")
    run(ctx, kasir)
    blind_text, full_text = ("\n".join(escpos_preview.decode(d).text_lines()) for d in printer.wait_for_jobs(2))
    assert "Kas seharusnya" in full_text and "Kas seharusnya" not in blind_text
    assert "Total penjualan" not in blind_text and "hitung laci" in blind_text

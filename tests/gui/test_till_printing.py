"""Printing at the till, end to end on the demo outlet with a network printer played on
127.0.0.1: the receipt of a sale paid through the keyboard shows beside the cart as the
very bytes the printer gets; a copy from the sales history (F11) says SALINAN and is
audited; a printer that is off never holds up a sale and the panel says why; the X report
prints on request and the Z report is queued when the shift closes. The barcode field
keeps the focus throughout."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from app.devices import escpos_preview
from app.services import audit, print_worker, printing, sales
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till import code, open_till, pay, press, scan
from tests.printer_listener import FakeNetworkPrinter

STATION = "KASIR-1"


@pytest.fixture
def printer(demo_ctx, login):
    p = FakeNetworkPrinter()
    printing.save_printer(demo_ctx.uow(), login("admin"), printing.PrinterConfig(STATION, p.uri))
    yield p
    p.stop()


def send(ctx, actor) -> None:
    """What the print driver does on its timer (it may have sent the job already)."""
    print_worker.run_due(ctx.uow, actor, STATION, timeout=2.0)


def lines(job: bytes) -> list[str]:
    return escpos_preview.decode(job).text_lines()


def salinan(text_lines) -> bool:
    return any("SALINAN" in t for t in text_lines)


def ctrl_p(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def sell(qtbot, page, tender: str = "10.000", qty: int = 2):
    """Scan and pay through the keyboard; wait until what prints after the sale is queued."""
    scan(qtbot, page, f"{qty}*" + code("AIR-600"))
    sale = pay(qtbot, page, tender=tender)
    qtbot.waitUntil(lambda: page.receipt.number == sale.number and not page.receipt.busy, timeout=WAIT_MS)
    return sale


def test_the_receipt_preview_is_what_the_printer_gets(shell_for, qtbot, demo_ctx, login, printer):
    shell, page = open_till(shell_for, demo_ctx, login)
    window, panel = shell.main_window, page.receipt
    sale = sell(qtbot, page)
    assert window.focusWidget() is page.view.barcode
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=WAIT_MS)
    assert not panel.paper.pixmap().isNull() and not panel.paper.shown().isNull()
    assert panel.paper.shown().width() <= panel.paper.width()  # scaled to fit
    assert panel.job is not None and (panel.job.kind, panel.job.ref) == ("receipt", sale.number)
    assert sale.number in panel.title.text()
    assert page.view.cart_stack.currentWidget() is panel  # the receipt in the cart's place

    scan(qtbot, page, code("MIE-GRG"))  # the next sale begins: the cart comes back
    assert page.view.cart_stack.currentWidget() is page.view.table
    press(qtbot, page, Qt.Key.Key_F9)

    send(demo_ctx, login("kasir"))
    [data] = printer.wait_for_jobs(1)
    assert list(panel.preview.text_lines) == lines(data)  # the preview is decoded from the very bytes
    assert any(sale.number in t for t in lines(data))
    qtbot.waitUntil(lambda: panel.status.text() == "Tercetak", timeout=WAIT_MS)
    assert page.view.print_label.text() == "Struk tercetak"  # in the Transaksi terakhir card
    assert panel.action_button.text() == "Cetak ulang (Ctrl+P)" and panel.action_button.isEnabled()
    assert window.focusWidget() is page.view.barcode

    ctrl_p(qtbot, page.view.barcode)  # a copy of the last receipt
    qtbot.waitUntil(lambda: panel.job is not None and panel.job.kind == "reprint", timeout=WAIT_MS)
    send(demo_ctx, login("kasir"))
    jobs = printer.wait_for_jobs(2)
    assert len(jobs) == 2 and salinan(lines(jobs[1]))
    qtbot.waitUntil(lambda: panel.status.text() == "Salinan: Tercetak", timeout=WAIT_MS)
    assert window.focusWidget() is page.view.barcode


def test_a_copy_from_the_sales_history_says_salinan_and_is_audited(shell_for, qtbot, demo_ctx, login, printer):
    shell, page = open_till(shell_for, demo_ctx, login)
    first = sell(qtbot, page)
    second = sell(qtbot, page, "5.000", qty=1)
    kasir = login("kasir")
    send(demo_ctx, kasir)
    assert len(printer.wait_for_jobs(2)) == 2

    press(qtbot, page, Qt.Key.Key_F11)
    dialog = page.dialog
    assert dialog.model.row_object(0).number == second.number  # newest first
    assert dialog.model.row_object(1).number == first.number
    header = [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]
    assert header == ["Nomor", "Jam", "Total", "Anggota", "Status", "Kasir"]
    row = [dialog.model.data(dialog.model.index(0, c)) for c in range(6)]
    assert row == [second.number, "10:00", "Rp3.500", "", "Selesai", "kasir"]
    assert dialog.focusWidget() is dialog.table
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert any(second.number in t for t in dialog.preview.text_lines)
    assert salinan(dialog.preview.text_lines)  # shown as the copy will print

    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)  # the older sale
    qtbot.waitUntil(lambda: dialog.preview is not None and any(first.number in t for t in dialog.preview.text_lines),
                    timeout=WAIT_MS)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # a double press queues one copy
    qtbot.waitUntil(lambda: dialog.job is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    assert dialog.message.text() == f"Salinan struk {first.number} dikirim ke printer."
    copies = printing.list_jobs(demo_ctx.reader(), kasir, ref=first.number)
    assert [j.kind for j in copies].count("reprint") == 1

    send(demo_ctx, kasir)
    jobs = printer.wait_for_jobs(3)
    assert len(jobs) == 3 and salinan(lines(jobs[2])) and any(first.number in t for t in lines(jobs[2]))
    qtbot.waitUntil(lambda: dialog.job_status.text() == f"Salinan {first.number}: Tercetak", timeout=WAIT_MS)
    [entry] = audit.entries(demo_ctx.reader(), login("admin"), limit=5, action="receipt.reprint")
    assert entry.entity == first.number

    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and page.dialog is None
    assert shell.main_window.focusWidget() is page.view.barcode


def test_a_printer_that_is_off_never_holds_up_the_sale(shell_for, qtbot, demo_ctx, login, printer):
    shell, page = open_till(shell_for, demo_ctx, login)
    panel, kasir = page.receipt, login("kasir")
    printer.stop()
    started = time.monotonic()
    sale = sell(qtbot, page)
    assert time.monotonic() - started < 3  # no printer timeout in the way
    assert sales.get_sale(demo_ctx.reader(), kasir, sale.number).status == "completed"
    assert page.view.message.text() == f"Penjualan {sale.number} tersimpan."
    qtbot.waitUntil(lambda: panel.job is not None, timeout=WAIT_MS)
    send(demo_ctx, kasir)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Gagal: "), timeout=WAIT_MS)
    [job] = printing.list_jobs(demo_ctx.reader(), kasir, ref=sale.number)
    assert job.status == "failed" and job.last_error
    assert job.last_error in panel.status.text()
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=WAIT_MS)  # the preview renders off the GUI thread
    assert not panel.paper.pixmap().isNull()  # the receipt shows all the same
    assert panel.action_button.text() == "Coba cetak lagi (Ctrl+P)"
    assert page.view.print_label.text() == "Struk gagal dicetak · Ctrl+P: coba lagi"
    assert shell.main_window.focusWidget() is page.view.barcode

    printer.start()
    ctrl_p(qtbot, page.view.barcode)
    qtbot.waitUntil(lambda: panel.job.status != "failed", timeout=WAIT_MS)
    send(demo_ctx, kasir)
    [data] = printer.wait_for_jobs(1)
    assert list(panel.preview.text_lines) == lines(data)
    qtbot.waitUntil(lambda: panel.status.text() == "Tercetak", timeout=WAIT_MS)
    assert shell.main_window.focusWidget() is page.view.barcode


def test_a_till_that_prints_receipts_on_request(shell_for, qtbot, demo_ctx, login, printer):
    printing.save_printer(demo_ctx.uow(), login("admin"), printing.PrinterConfig(
        STATION, printer.uri, auto_receipt=False))
    shell, page = open_till(shell_for, demo_ctx, login)
    panel, kasir = page.receipt, login("kasir")
    sale = sell(qtbot, page)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=WAIT_MS)
    assert panel.job is None and "tidak dicetak otomatis" in panel.status.text()
    assert not salinan(panel.preview.text_lines)
    assert printing.list_jobs(demo_ctx.reader(), kasir, ref=sale.number) == []
    assert panel.action_button.text() == "Cetak struk (Ctrl+P)"
    ctrl_p(qtbot, page.view.barcode)
    qtbot.waitUntil(lambda: panel.job is not None, timeout=WAIT_MS)
    assert panel.job.kind == "receipt"  # the first print is the original, not a copy
    send(demo_ctx, kasir)
    [data] = printer.wait_for_jobs(1)
    assert not salinan(lines(data)) and any(sale.number in t for t in lines(data))
    assert shell.main_window.focusWidget() is page.view.barcode


def test_the_x_report_prints_on_request(shell_for, qtbot, demo_ctx, login, printer):
    _shell, page = open_till(shell_for, demo_ctx, login, "pengurus", float_rp=100_000)
    sell(qtbot, page)
    press(qtbot, page, Qt.Key.Key_F8)
    dialog = page.dialog
    assert dialog.print_button.isEnabled()
    ctrl_p(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "Laporan X dikirim ke printer.", timeout=WAIT_MS)
    send(demo_ctx, login("pengurus"))
    jobs = printer.wait_for_jobs(2)  # the receipt, then the report
    assert any("LAPORAN X" in t for t in lines(jobs[-1]))
    assert any(page.shift.number in t for t in lines(jobs[-1]))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible() and page.dialog is None


def test_a_cashiers_printed_x_report_keeps_the_count_blind(shell_for, qtbot, demo_ctx, login, printer):
    _shell, page = open_till(shell_for, demo_ctx, login)
    press(qtbot, page, Qt.Key.Key_F8)
    dialog = page.dialog
    ctrl_p(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.message.text() == "Laporan X dikirim ke printer.", timeout=WAIT_MS)
    send(demo_ctx, login("kasir"))
    [data] = printer.wait_for_jobs(1)
    assert any("LAPORAN X" in t for t in lines(data))
    assert not any("Kas seharusnya" in t or "Total penjualan" in t for t in lines(data))


def test_closing_the_shift_queues_the_z_report(shell_for, qtbot, demo_ctx, login, printer):
    _shell, page = open_till(shell_for, demo_ctx, login, float_rp=50_000)
    number = page.shift.number
    page.shift_actions.close_shift()
    dialog = page.dialog
    dialog.counts[50_000].setValue(1)
    dialog.submit_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=WAIT_MS)
    assert dialog.print_note.text() == "Laporan Z dikirim ke printer." and dialog.print_note.isVisibleTo(dialog)
    kasir = login("kasir")
    [job] = printing.list_jobs(demo_ctx.reader(), kasir, ref=number)
    assert job.kind == "shift_report" and job.title == f"Laporan Z {number}" and dialog.z_job.id == job.id
    send(demo_ctx, kasir)
    [data] = printer.wait_for_jobs(1)
    assert any("LAPORAN Z" in t for t in lines(data)) and any(number in t for t in lines(data))

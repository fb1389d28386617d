"""Printing in the GUI on the demo outlet, against a network printer played on 127.0.0.1:
the print driver sends queued receipts off the GUI thread, the status bar tells the
queue's state, the Antrean Cetak page retries, cancels, prints now and previews, and
Pengaturan > Printer tests, finds and saves this PC's printer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.devices import escpos_preview
from app.devices.transports import DiscoveryResult, FoundPrinter
from app.services import print_worker, printing, sales, settings
from app.services.printing import PrinterConfig, QueueCounts
from app.ui import print_driver as print_driver_module
from app.ui.pages.settings_printer_tab import PrinterTab
from app.ui.pages.till_common import TILL_ENV
from tests.gui.conftest import WAIT_MS
from tests.printer_listener import FakeNetworkPrinter
from tests.service.shop_helpers import open_shift, sell

STATION = "KASIR-1"


@pytest.fixture(autouse=True)
def _this_pc_is_kasir_1(monkeypatch):
    monkeypatch.delenv(TILL_ENV, raising=False)


@pytest.fixture
def printer():
    p = FakeNetworkPrinter()
    yield p
    p.stop()


@pytest.fixture
def kasir(login):
    return login("kasir")


@pytest.fixture
def sale(demo_ctx, login, printer):
    """A committed cash sale on KASIR-1, whose printer is the listener (58 mm)."""
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    printing.save_printer(demo_ctx.uow(), login("admin"), PrinterConfig(STATION, printer.uri, width_mm=58))
    return sell(demo_ctx, kasir, ("MIE-GRG", 2), pay={"cash": 10_000})


def _texts(data: bytes) -> list[str]:
    return escpos_preview.decode(data).text_lines()


def _queue_receipt(demo_ctx, kasir, sale_no: str, *, copy: bool = False):
    return printing.print_receipt(demo_ctx.uow(), kasir, STATION, sale_no, copy=copy)


def _started(qtbot, shell):
    window = shell.main_window
    driver = window.session.print_driver
    assert driver is not None and driver.station == STATION
    qtbot.waitUntil(lambda: driver.counts is not None, timeout=WAIT_MS)
    return window, driver


def _job(demo_ctx, kasir, job_id: int) -> printing.JobInfo:
    return next(j for j in printing.list_jobs(demo_ctx.reader(), kasir) if j.id == job_id)


def _open_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


# --- the driver and the status bar -------------------------------------------


def test_a_queued_receipt_reaches_the_printer_and_the_status_bar_says_ready(shell_for, qtbot, demo_ctx, kasir,
                                                                            printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    assert window.print_status.text() == "Printer: siap" and not window.print_status.bad
    job = _queue_receipt(demo_ctx, kasir, sale.number)
    driver.kick()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT_MS)
    assert any(sale.number in t for t in _texts(printer.jobs[0]))
    qtbot.waitUntil(lambda: _job(demo_ctx, kasir, job.id).status == "done", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.print_status.text() == "Printer: siap", timeout=WAIT_MS)
    assert printer.uri in window.print_status.toolTip()


def test_the_driver_picks_up_jobs_on_its_own_timer(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    _window, driver = _started(qtbot, shell_for("kasir"))
    driver._timer.setInterval(50)
    _queue_receipt(demo_ctx, kasir, sale.number)  # nobody kicks
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT_MS)


def test_a_dead_printer_fails_the_job_the_status_bar_says_so_and_retry_prints_it(
        shell_for, qtbot, demo_ctx, kasir, printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    printer.stop()
    job = _queue_receipt(demo_ctx, kasir, sale.number)
    with qtbot.waitSignal(driver.job_failed, timeout=WAIT_MS) as failed:
        driver.kick()
    assert failed.args[0].id == job.id and "menolak" in failed.args[0].last_error
    qtbot.waitUntil(lambda: window.print_status.text() == "Cetak: 1 menunggu (printer gagal)", timeout=WAIT_MS)
    assert window.print_status.bad and "menolak" in window.print_status.toolTip()
    assert sales.get_sale(demo_ctx.reader(), kasir, sale.number).status == "completed"

    window.print_status.click()  # the status bar opens the queue
    page = window.page("print_jobs")
    assert window.stack.currentWidget() is page
    assert page.select_job(job.id)
    row = page.model.find_row(lambda j: j.id == job.id)
    assert page.model.data(page.model.index(row, 4)) == "Gagal, dicoba lagi"
    assert "menolak" in page.model.data(page.model.index(row, 6))
    assert page.retry_button.isEnabled() and page.cancel_button.isEnabled()

    printer.start()
    page.retry_button.click()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT_MS)
    assert any(sale.number in t for t in _texts(printer.jobs[0]))
    qtbot.waitUntil(lambda: window.print_status.text() == "Printer: siap", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.selected_job() is not None and page.selected_job().status == "done",
                    timeout=WAIT_MS)
    assert page.selected_job().attempts == 2 and not page.retry_button.isEnabled()


def test_after_the_automatic_retries_the_status_bar_says_gagal_in_red(shell_for, qtbot, demo_ctx, kasir, printer,
                                                                     sale, clock):
    window, driver = _started(qtbot, shell_for("kasir"))
    printer.stop()
    job = _queue_receipt(demo_ctx, kasir, sale.number)
    for attempt in range(1, print_worker.AUTO_ATTEMPTS + 1):
        driver.kick()
        qtbot.waitUntil(lambda: not driver.busy, timeout=WAIT_MS)
        info = _job(demo_ctx, kasir, job.id)
        assert (info.status, info.attempts) == ("failed", attempt)
        clock.advance(seconds=print_worker.MAX_DELAY_S + 1)
    qtbot.waitUntil(lambda: window.print_status.text() == "Cetak: 1 gagal", timeout=WAIT_MS)
    assert window.print_status.bad
    assert driver.counts == QueueCounts(pending=0, failed=1)


def test_a_slow_printer_never_holds_up_the_session_runner(shell_for, qtbot, monkeypatch):
    release = threading.Event()
    real = print_driver_module.run_cycle

    def stuck(*args, **kwargs):
        release.wait(WAIT_MS / 1000)
        return real(*args, **kwargs)
    monkeypatch.setattr(print_driver_module, "run_cycle", stuck)
    shell = shell_for("kasir")
    driver = shell.main_window.session.print_driver
    assert driver.busy  # its first run hangs on the "printer"
    driver.kick()  # safe while a run is in flight: it runs once more afterwards
    answers = []
    shell.runner.submit(lambda: 42, on_done=answers.append)
    qtbot.waitUntil(lambda: answers == [42], timeout=2_000)
    assert driver.busy and driver.counts is None
    release.set()
    qtbot.waitUntil(lambda: driver.counts is not None and not driver.busy, timeout=WAIT_MS)


def test_logging_out_stops_the_driver_and_kick_stays_safe(shell_for, qtbot):
    shell = shell_for("kasir")
    driver = shell.main_window.session.print_driver
    qtbot.waitUntil(lambda: driver.counts is not None and not driver.busy, timeout=WAIT_MS)
    with qtbot.waitSignal(driver.finished, timeout=WAIT_MS):
        shell.main_window.logout_button.click()
    assert driver.stopped and shell.print_driver is None
    driver.kick()  # a late kick from a page being torn down does nothing
    assert not driver.busy


def test_the_driver_keeps_printing_while_the_screen_is_locked(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    shell = shell_for("kasir")
    _window, driver = _started(qtbot, shell)
    shell.lock()
    assert shell.main_window.locked and not shell.main_window.print_status.isEnabled()
    _queue_receipt(demo_ctx, kasir, sale.number)
    driver.kick()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=WAIT_MS)


# --- Antrean Cetak -------------------------------------------------------------


def test_cancel_asks_first_and_the_job_is_never_printed(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    driver.pause()  # hold the queue so the job is still waiting when we cancel it
    job = _queue_receipt(demo_ctx, kasir, sale.number)
    page = window.show_page("print_jobs")
    page.refresh()
    assert page.select_job(job.id) and page.cancel_button.isEnabled()
    page.cancel_button.click()
    box = _open_box()
    assert f"#{job.id}" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.message.text() == f"Tugas #{job.id} (Struk {sale.number}) dibatalkan.",
                    timeout=WAIT_MS)
    assert _job(demo_ctx, kasir, job.id).status == "cancelled"
    assert page.selected_job().status == "cancelled" and page.retry_button.isEnabled()
    assert not page.cancel_button.isEnabled() and not page.send_button.isEnabled()
    driver.resume()
    qtbot.waitUntil(lambda: window.print_status.text() == "Printer: siap", timeout=WAIT_MS)
    assert printer.jobs == []


def test_print_now_shows_the_printer_error_then_prints(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    driver.pause()
    printer.stop()
    job = _queue_receipt(demo_ctx, kasir, sale.number, copy=True)
    page = window.show_page("print_jobs")
    page.refresh()
    page.select_job(job.id)
    page.send_button.click()
    qtbot.waitUntil(lambda: "menolak" in page.message.text(), timeout=WAIT_MS)
    assert page.message.objectName() == "errorText" and page.send_button.isEnabled()
    printer.start()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.message.text() == f"Tugas #{job.id} (Salinan struk {sale.number}) tercetak.",
                    timeout=WAIT_MS)
    assert sum("SALINAN" in t for t in _texts(printer.wait_for_jobs(1)[0])) >= 1


def test_filters_by_station_and_status(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    driver.pause()
    mine = _queue_receipt(demo_ctx, kasir, sale.number)
    other = printing.print_receipt(demo_ctx.uow(), kasir, "KASIR-2", sale.number, copy=True)
    page = window.show_page("print_jobs")
    page.refresh()
    ids = lambda: [page.model.row_object(r).id for r in range(page.model.rowCount())]  # noqa: E731
    assert ids() == [mine.id]
    page.scope.setCurrentIndex(page.scope.findData(None))
    assert ids() == [other.id, mine.id]  # newest first
    page.status.setCurrentIndex(page.status.findData("done"))
    assert ids() == []
    page.status.setCurrentIndex(page.status.findData("pending"))
    assert ids() == [other.id, mine.id]
    assert page.model.data(page.model.index(0, 2)) == "Struk salinan"


def test_the_preview_shows_the_job_on_58mm_paper_at_one_to_one(shell_for, qtbot, demo_ctx, kasir, printer, sale):
    window, driver = _started(qtbot, shell_for("kasir"))
    driver.pause()
    job = _queue_receipt(demo_ctx, kasir, sale.number)
    page = window.show_page("print_jobs")
    page.refresh()
    page.select_job(job.id)
    dialog = page.preview_selected()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    pixmap = dialog.pixmap()
    assert not pixmap.isNull() and pixmap.width() == 384 and pixmap.height() > 300
    assert any(sale.number in t for t in dialog.preview.text_lines)
    assert "384 titik (58 mm)" in dialog.summary.text()
    assert dialog.isVisible()
    dialog.reject()


# --- Pengaturan > Printer ----------------------------------------------------


def _printer_tab(shell_for, qtbot, username: str = "admin"):
    shell = shell_for(username)
    window = shell.main_window
    qtbot.waitUntil(lambda: window.session.print_driver.counts is not None, timeout=WAIT_MS)
    return window, window.show_page("settings").show_tab("printer")


def test_the_test_page_goes_to_the_address_in_the_field_before_it_is_saved(shell_for, qtbot, demo_ctx, login,
                                                                          printer):
    _window, tab = _printer_tab(shell_for, qtbot)
    assert tab.uri.text() == "" and STATION in tab.station
    tab.uri.setText(printer.uri)
    tab.width_mm.setCurrentIndex(tab.width_mm.findData(80))
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Halaman uji terkirim"), timeout=WAIT_MS)
    assert tab.message.objectName() == "okText" and tab.test_button.isEnabled()
    lines = _texts(printer.wait_for_jobs(1)[0])
    assert "HALAMAN UJI PRINTER" in "\n".join(lines) and max(len(t) for t in lines) == 48
    assert printing.get_printer(demo_ctx.reader(), login("admin"), STATION).uri == ""  # not saved

    printer.stop()
    tab.test_button.click()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Halaman uji gagal"), timeout=WAIT_MS)
    assert tab.message.objectName() == "errorText" and "menolak" in tab.message.text()


def test_saving_a_bad_address_shows_why_and_saves_nothing(shell_for, qtbot, demo_ctx, login, printer):
    window, tab = _printer_tab(shell_for, qtbot)
    tab.uri.setText("tcp//192.168.1.50")
    tab.cutter.setChecked(True)
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Printer tidak disimpan"), timeout=WAIT_MS)
    assert tab.message.objectName() == "errorText" and "salah" in tab.message.text()
    assert "tcp://HOST:9100" in tab.message.text()  # the accepted forms come with the refusal
    assert printing.get_printer(demo_ctx.reader(), login("admin"), STATION) == PrinterConfig(STATION)

    tab.uri.setText(f"  {printer.uri} ")
    tab.drawer.setCurrentIndex(tab.drawer.findData(5))
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.message.text().startswith("Printer KASIR-1 disimpan"), timeout=WAIT_MS)
    assert tab.uri.text() == printer.uri
    assert printing.get_printer(demo_ctx.reader(), login("admin"), STATION) == PrinterConfig(
        STATION, printer.uri, 58, True, False, 5, True)
    qtbot.waitUntil(lambda: window.print_status.text() == "Printer: siap", timeout=WAIT_MS)


def test_the_search_lists_printers_and_their_notes_and_fills_the_address(shell_for, qtbot, monkeypatch):
    found = DiscoveryResult((FoundPrinter("usb://0416:5011", "Printer USB 0416:5011 (POS58 Printer)", "usb"),
                             FoundPrinter("serial:///dev/ttyS0?baud=9600", "Port serial ttyS0", "serial")),
                            ("Windows: hanya di Windows.",))
    called = []

    def fake_discover():
        called.append(threading.current_thread() is threading.main_thread())
        return found
    monkeypatch.setattr(PrinterTab, "discover", staticmethod(fake_discover))
    _window, tab = _printer_tab(shell_for, qtbot)
    tab.search_button.click()
    qtbot.waitUntil(lambda: tab.found_model.rowCount() == 2, timeout=WAIT_MS)
    assert called == [False]  # off the GUI thread
    assert tab.notes.isVisibleTo(tab) and "hanya di Windows" in tab.notes.text()
    assert tab.search_status.text().startswith("2 printer")
    assert not tab.use_button.isEnabled()
    tab.found_table.selectRow(0)
    tab.use_button.click()
    assert tab.uri.text() == "usb://0416:5011"


def test_the_receipt_footer_is_saved_by_admin_and_read_only_for_pengurus(shell_for, qtbot, demo_ctx):
    _window, tab = _printer_tab(shell_for, qtbot, "admin")
    assert not tab.footer.isReadOnly() and tab.receipt_save_button.isVisibleTo(tab)
    tab.footer.setText("Belanja di koperasi, untung kembali ke anggota.")
    tab.lpg_slip.setChecked(True)
    tab.receipt_save_button.click()
    qtbot.waitUntil(lambda: tab.receipt_message.text().startswith("Isi struk disimpan"), timeout=WAIT_MS)
    values = settings.read_all(demo_ctx.reader())
    assert values["receipt.footer"] == "Belanja di koperasi, untung kembali ke anggota."
    assert values["receipt.lpg_slip"] is True

    _window, tab = _printer_tab(shell_for, qtbot, "pengurus")
    assert tab.footer.text() == "Belanja di koperasi, untung kembali ke anggota."
    assert tab.footer.isReadOnly() and not tab.lpg_slip.isEnabled() and tab.lpg_slip.isChecked()
    assert not tab.receipt_save_button.isVisibleTo(tab)
    assert tab.save_button.isEnabled()  # the printer itself is the pengurus' to set up


def test_the_printer_tab_is_for_those_who_set_up_printers(shell_for, qtbot):
    window = shell_for("pengurus").main_window
    assert "printer" in window.show_page("settings").tab_keys()
    window = shell_for("kasir").main_window
    assert "settings" not in window.page_keys() and "print_jobs" in window.page_keys()

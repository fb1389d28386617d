"""Sinkronisasi on the demo outlet: the bendahara exports a month from the GUI into a folder,
the history shows it, the hub's acknowledgement file marks it acknowledged (a bad one says
why), the upload to a hub played on loopback, the correction checkbox, the public key, and
the monthly reminder on the page and the Beranda."""

from __future__ import annotations

import pytest
from shiboken6 import isValid

from app.domain.sync_manifest import Ack
from app.services import sync_export, sync_upload
from app.ui.pages.sync_page import SyncPage
from tests.fake_hub import start_fake_hub, stop_fake_hub
from tests.gui.conftest import WAIT_MS


@pytest.fixture
def usb(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


@pytest.fixture
def hub():
    fake, server = start_fake_hub()
    yield fake
    stop_fake_hub(server)


def open_page(session_for, qtbot, username="bendahara") -> SyncPage:
    page = SyncPage(session_for(username))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.view is not None and not page.loading, timeout=WAIT_MS)
    return page


def cell(page: SyncPage, row: int, column: str) -> str:
    names = [c.name for c in page.model._columns]
    return page.model.index(row, names.index(column)).data()


def reload(page: SyncPage, qtbot) -> None:
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.refresh()


def export_october(page: SyncPage, qtbot, folder) -> None:
    page.export_button.click()
    dialog = page.dialog
    assert dialog.isVisible() and dialog.chosen_period() == "2026-10"  # the month that ended
    assert not dialog.correction.isVisibleTo(dialog)  # never acknowledged: no correction offered
    dialog.folder.setText(str(folder))
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        dialog.run_button.click()
    assert not isValid(dialog) or not dialog.isVisible()  # closed (and deleted)


def test_export_a_month_then_import_the_acknowledgement(session_for, qtbot, usb, demo_ctx, login):
    page = open_page(session_for, qtbot)
    assert page.reminder.isVisibleTo(page)
    assert page.reminder.text() == "Ekspor ke kabupaten untuk Oktober 2026 belum dibuat."
    assert page.model.rowCount() == 0

    export_october(page, qtbot, usb)
    [zip_file] = usb.glob("kopdes-*.zip")
    assert page.model.rowCount() == 1
    assert cell(page, 0, "file") == zip_file.name
    assert cell(page, 0, "period") == "Oktober 2026"
    assert cell(page, 0, "status") == "dibuat"
    assert cell(page, 0, "upload") == "—"  # no hub address: saved to the folder only
    assert zip_file.name in page.message.text() and not page.reminder.isVisibleTo(page)
    assert page.key_label.text().startswith("Sidik jari kunci gerai: ")

    # A bad acknowledgement file: the reason inline, nothing changes.
    bad = usb / "kopdes-ack-bad.json"
    bad.write_text("bukan json", encoding="utf-8")
    page.import_ack(bad)
    qtbot.waitUntil(lambda: page.ack_button.isEnabled(), timeout=WAIT_MS)
    assert page.message.objectName() == "errorText"
    assert "Tanda terima ditolak: bukan JSON yang sah." in page.message.text()
    export = sync_export.list_exports(demo_ctx.reader(), login("bendahara"))[0]
    other = usb / "kopdes-ack-other.json"  # the right outlet and number, another package's hash
    other.write_bytes(Ack(export.file_name[7:20], 1, "0" * 64, "2026-11-24T01:00:00Z", "Hub").to_json())
    page.import_ack(other)
    qtbot.waitUntil(lambda: page.ack_button.isEnabled(), timeout=WAIT_MS)
    assert "hash manifest tidak sama" in page.message.text()

    good = usb / "kopdes-ack-good.json"
    good.write_bytes(Ack(export.file_name[7:20], 1, export.manifest_sha256, "2026-11-24T01:00:00Z",
                         "Hub Kabupaten").to_json())
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.import_ack(good)
    assert page.message.objectName() == "okText" and "diterima kabupaten" in page.message.text()
    assert cell(page, 0, "status") == "diterima kabupaten"

    # October is acknowledged now: exporting it again offers the correction checkbox.
    page.export_button.click()
    assert page.dialog.correction.isVisibleTo(page.dialog)
    page.dialog.reject()


def test_upload_to_the_hub_from_the_page(session_for, qtbot, usb, hub):
    page = open_page(session_for, qtbot)
    assert "belum diatur" in page.queue_label.text() and not page.send_button.isEnabled()
    page.hub_url.setText("http://hub.kabupaten.example")  # http only on this machine
    page.save_hub_button.click()
    qtbot.waitUntil(lambda: page.save_hub_button.isEnabled(), timeout=WAIT_MS)
    assert "https" in page.message.text() and page.message.objectName() == "errorText"
    page.hub_url.setText(hub.url)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.save_hub_button.click()
    assert page.view.hub_url == hub.url and page.send_button.isEnabled()

    hub.refuse("Koperasi belum terdaftar di hub.")
    export_october(page, qtbot, usb)
    assert "diantrekan untuk diunggah" in page.message.text()
    assert cell(page, 0, "upload") == "menunggu dikirim"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.send_button.click()
    assert page.message.text() == ("kopdes-9120301234567-202610-0001.zip: ditolak hub — "
                                   "Koperasi belum terdaftar di hub.")
    assert cell(page, 0, "upload") == "ditolak hub"
    assert cell(page, 0, "error") == "Koperasi belum terdaftar di hub."

    page.table.selectRow(0)
    assert page.requeue_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.requeue_button.click()  # the bytes were kept: no file to choose
    assert cell(page, 0, "upload") == "menunggu dikirim"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.send_button.click()
    assert "diterima hub, tanda terima diimpor" in page.message.text()
    assert cell(page, 0, "status") == "diterima kabupaten" and cell(page, 0, "upload") == "terkirim"
    assert len(hub.received) == 2


def test_public_key_is_saved_with_its_fingerprint(session_for, qtbot, usb):
    page = open_page(session_for, qtbot)
    page.save_public_key(usb)
    qtbot.waitUntil(lambda: page.key_button.isEnabled(), timeout=WAIT_MS)
    [pem] = usb.glob("kopdes-*.pub.pem")
    assert pem.read_bytes().startswith(b"-----BEGIN PUBLIC KEY-----")
    assert str(pem) in page.message.text() and "Sidik jari" in page.message.text()


def test_the_page_and_the_beranda_tile_are_for_the_bendahara(shell_for, demo_ctx, login, usb):
    shell = shell_for("bendahara")
    window = shell.main_window
    assert "sync" in window.page_keys()
    home = window.page("home")
    home.refresh()
    shell.runner.wait(WAIT_MS)
    tile = home.tiles["sync"]
    assert tile.value.text() == "Belum dibuat"
    assert tile.note.text() == "Ekspor ke kabupaten untuk Oktober 2026 belum dibuat"
    sync_export.export_package(demo_ctx.uow(), login("bendahara"), "2026-10", usb)
    home.refresh()
    shell.runner.wait(WAIT_MS)
    assert (tile.value.text(), tile.note.text()) == ("Oktober 2026", "Sudah diekspor")
    assert shell.sync_driver is not None  # the upload worker runs in this session
    assert sync_upload.get_hub_url(demo_ctx.reader(), login("bendahara")) == ""


def test_a_kasir_has_no_sync_page(shell_for):
    shell = shell_for("kasir")
    assert "sync" not in shell.main_window.page_keys()
    assert "sync" not in shell.main_window.page("home").tiles


def test_the_session_worker_delivers_the_queue(shell_for, demo_ctx, login, qtbot, usb, hub):
    """A package queued while no one was logged in goes out once the bendahara logs in."""
    bendahara = login("bendahara")
    sync_upload.set_hub_url(demo_ctx.uow(), bendahara, hub.url)
    result = sync_export.export_package(demo_ctx.uow(), bendahara, "2026-10", usb)
    sync_upload.after_export(demo_ctx.uow(), bendahara, result)
    shell = shell_for("bendahara")
    page = shell.main_window.show_page("sync")
    qtbot.waitUntil(lambda: sync_export.list_exports(demo_ctx.reader(), bendahara)[0].status == "acknowledged",
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and cell(page, 0, "status") == "diterima kabupaten",
                    timeout=WAIT_MS)  # the driver's signal refreshed the page
    assert len(hub.received) == 1

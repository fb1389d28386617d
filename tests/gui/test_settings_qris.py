"""Pengaturan > QRIS: the static payload pasted, checked (merchant, city, NMID, acquirer,
merchant size) and saved; a dynamic one refused with its reason; the sticker read from a
PNG into the field and checked, saved only on Simpan; an image without a usable QRIS
refused; the registered QRIS with its QR; read-only for those without qris.setup."""

from __future__ import annotations

import pytest
import qrcode
from PIL import Image
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain import qris as qris_codes
from app.domain.errors import DomainError
from app.services import qris
from tests.gui.conftest import WAIT_MS
from tests.gui.test_till_qris import decode

STATIC = qris_codes.build_static("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123", postal_code="43253")
OTHER = qris_codes.build_static("KOPDES MEKARSARI", "CIANJUR", "ID1026000000999", merchant_size="UKE",
                                acquirer_guid="ID.CO.BRI.WWW")


def _tab(shell_for, username: str = "pengurus"):
    shell = shell_for(username)
    page = shell.main_window.show_page("settings")
    assert "qris" in page.tab_keys()
    return page.show_tab("qris")


def _open_box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def test_a_pasted_static_qris_is_checked_and_saved(shell_for, qtbot, demo_ctx, login):
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    tab = _tab(shell_for)
    assert tab.current_facts.text("nmid") == "<b>ID1026000000123</b>"
    assert decode(tab.current_qr.pixmap()) == [STATIC]

    tab.payload.setPlainText(f"  {OTHER}\n")  # as a scanner app shares it
    tab.check_button.click()
    assert tab.message.text() == "QRIS statis sah. Periksa nama merchant dan NMID, lalu Simpan."
    facts = tab.result_facts
    assert facts.isVisibleTo(tab)
    assert (facts.text("merchant"), facts.text("city"), facts.text("nmid")) == (
        "<b>KOPDES MEKARSARI</b>", "CIANJUR", "<b>ID1026000000999</b>")
    assert facts.text("acquirer") == "BRI" and facts.text("size") == "Usaha Kecil (UKE)"
    assert tab.save_button.isEnabled()
    assert qris.current(demo_ctx.reader(), login("kasir")).nmid == "ID1026000000123"  # not saved yet

    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.registered is not None and tab.registered.nmid == "ID1026000000999",
                    timeout=WAIT_MS)
    assert tab.message.text() == "QRIS gerai disimpan: KOPDES MEKARSARI (NMID ID1026000000999)."
    assert qris.current(demo_ctx.reader(), login("kasir")).payload == OTHER
    assert decode(tab.current_qr.pixmap()) == [OTHER] and tab.current_facts.text("acquirer") == "BRI"
    assert tab.payload.toPlainText() == "" and not tab.save_button.isEnabled()


def test_a_dynamic_qris_is_refused_with_its_reason(shell_for, qtbot, demo_ctx, login):
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    tab = _tab(shell_for)
    dynamic = qris_codes.to_dynamic(STATIC, 25_000, bill_number="PJ-20261123-0001")
    with pytest.raises(DomainError) as refused:
        qris_codes.check_static(dynamic)
    tab.payload.setPlainText(dynamic)
    tab.check_button.click()
    assert tab.message.text() == f"Ditolak: {refused.value}"
    assert tab.message.objectName() == "errorText"
    assert not tab.save_button.isEnabled() and not tab.result_facts.isVisibleTo(tab)

    tab.payload.setPlainText(STATIC[:-1] + ("0" if STATIC[-1] != "0" else "1"))  # one CRC digit wrong
    tab.check_button.click()
    assert tab.message.text().startswith("Ditolak: ") and "CRC" in tab.message.text()
    tab.save()  # saving re-checks: nothing goes to the service
    assert qris.current(demo_ctx.reader(), login("kasir")).payload == STATIC


def test_the_sticker_is_read_from_an_image_checked_and_saved_only_on_simpan(shell_for, qtbot, demo_ctx, login,
                                                                            tmp_path):
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    tab = _tab(shell_for)
    photo = tmp_path / "stiker.png"
    qrcode.make(OTHER, box_size=6).save(str(photo))
    tab.use_image(str(photo))
    qtbot.waitUntil(lambda: tab.checked is not None, timeout=WAIT_MS)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert tab.payload.toPlainText() == OTHER  # in the field, as if pasted
    assert tab.message.text() == ("QRIS statis dari gambar stiker.png sah. Periksa nama merchant dan NMID, "
                                  "lalu Simpan.")
    assert tab.result_facts.isVisibleTo(tab) and tab.result_facts.text("nmid") == "<b>ID1026000000999</b>"
    assert tab.result_facts.text("merchant") == "<b>KOPDES MEKARSARI</b>"
    assert tab.save_button.isEnabled() and tab.image_button.isEnabled()
    assert qris.current(demo_ctx.reader(), login("kasir")).nmid == "ID1026000000123"  # nothing saved yet
    assert tab.registered.nmid == "ID1026000000123"

    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.registered is not None and tab.registered.payload == OTHER, timeout=WAIT_MS)
    assert tab.message.text() == "QRIS gerai disimpan: KOPDES MEKARSARI (NMID ID1026000000999)."
    assert qris.current(demo_ctx.reader(), login("kasir")).nmid == "ID1026000000999"


def test_an_image_without_a_usable_qris_is_refused_and_nothing_changes(shell_for, qtbot, demo_ctx, login, tmp_path):
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    tab = _tab(shell_for)
    tab.payload.setPlainText(OTHER)
    tab.check_button.click()
    assert tab.save_button.isEnabled()
    not_qris = tmp_path / "bukan.png"
    qrcode.make("https://example.com/bukan-qris").save(str(not_qris))
    tab.use_image(str(not_qris))
    qtbot.waitUntil(lambda: tab.message.objectName() == "errorText", timeout=WAIT_MS)
    assert tab.message.text().startswith("Ditolak: Gambar berisi kode QR, tetapi bukan QRIS statis")
    assert not tab.save_button.isEnabled() and not tab.result_facts.isVisibleTo(tab)
    assert tab.image_button.isEnabled() and tab.check_button.isEnabled()

    blank = tmp_path / "kosong.png"
    Image.new("RGB", (300, 200), "white").save(blank)
    tab.use_image(str(blank))
    qtbot.waitUntil(lambda: tab.image_button.isEnabled() and "Tidak ada kode QR" in tab.message.text(),
                    timeout=WAIT_MS)
    assert tab.message.objectName() == "errorText" and not tab.save_button.isEnabled()
    assert qris.current(demo_ctx.reader(), login("kasir")).payload == STATIC


def test_those_without_qris_setup_only_read_it(shell_for, demo_ctx, login):
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    tab = _tab(shell_for, "bendahara")  # sees Pengaturan for the backups
    assert not tab.may_edit
    assert not tab.payload.isEnabled() and not tab.check_button.isEnabled() and not tab.image_button.isEnabled()
    assert tab.current_facts.text("merchant") == "<b>KOPERASI MERAH PUTIH</b>"
    assert tab.current_facts.text("postal") == "43253"


def test_kasir_has_no_settings_page(shell_for):
    shell = shell_for("kasir")
    assert "settings" not in shell.main_window.page_keys()

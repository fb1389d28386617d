"""The Persediaan page on the demo outlet: who sees which tab, the catalogue searched a
page at a time, products created through the dialog, a refused import, receiving, a
stock take, an adjustment, and the LPG logbook with masked NIKs and an audited export."""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.domain.nik import mask_nik
from app.services import audit, catalogue, lpg
from app.services.checks import run_checks
from app.ui.pages.stock_card_dialog import ReportDialog
from tests.gui.conftest import WAIT_MS

LPG_DAY = date(2026, 11, 20)  # demo sales run on the 14 days before 23 Nov 2026


def stock_page(shell_for, username: str):
    shell = shell_for(username)
    return shell, shell.main_window.show_page("stock")


def test_pengurus_sees_every_tab_and_kasir_only_the_catalogue(shell_for):
    _shell, page = stock_page(shell_for, "pengurus")
    assert page.tab_keys() == ["catalogue", "receive", "take", "adjust", "lpg"]
    assert page.catalogue.new_button.isVisibleTo(page) and page.catalogue.import_button.isVisibleTo(page)
    _shell, page = stock_page(shell_for, "kasir")
    assert page.tab_keys() == ["catalogue"]
    tab = page.catalogue
    for b in (tab.new_button, tab.edit_button, tab.import_button, tab.export_button):
        assert not b.isVisibleTo(page)
    assert tab.card_button.isVisibleTo(page)


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_search_filters_lazily_with_a_limit(shell_for, qtbot, monkeypatch):
    calls = []
    real = catalogue.search

    def spy(uow, actor, text="", **kwargs):
        calls.append((text, kwargs))
        return real(uow, actor, text, **kwargs)
    monkeypatch.setattr(catalogue, "search", spy)
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    qtbot.keyClicks(tab.search, "minyak")
    qtbot.waitUntil(lambda: any(t == "minyak" for t, _k in calls), timeout=WAIT_MS)
    assert all(kw["limit"] <= 100 for _t, kw in calls)  # never the whole catalogue
    names = [tab.model.row_object(r).product.name for r in range(tab.model.rowCount())]
    assert names and all("minyak" in n.lower() for n in names)
    tab.category.setCurrentIndex(tab.category.findData("Beras"))
    assert {tab.model.row_object(r).product.category for r in range(tab.model.rowCount())} <= {"Beras"}
    assert calls[-1][1]["category"] == "Beras"


def test_low_stock_rows_are_highlighted(shell_for, demo_ctx, login):
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    tab.low_only.setChecked(True)
    low = [tab.model.row_object(r) for r in range(tab.model.rowCount())]
    assert all(info.low for info in low)
    if low:
        assert tab.model.data(tab.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_create_a_product_through_the_dialog(shell_for, qtbot, demo_ctx, login):
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    dialog = tab.open_new_dialog()
    dialog.price.setText("abc")
    dialog.save()
    assert "Harga jual" in dialog.message.text()  # refused inline, nothing sent
    qtbot.keyClicks(dialog.sku, "KRP-UDG")
    qtbot.keyClicks(dialog.name, "Kerupuk Udang 250 g")
    dialog.category.setCurrentText("Camilan")
    dialog.unit.setCurrentIndex(dialog.unit.findData("bungkus"))
    dialog.price.setText("9.500")
    dialog.member_price.setText("9.000")
    dialog.min_stock.setText("5")
    dialog.barcodes.setText("IN-KRP, 8991234567891")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    info = catalogue.get_product(demo_ctx.reader(), login("pengurus"), "KRP-UDG")
    assert (info.product.name, info.product.price_rp, info.product.member_price_rp) == \
        ("Kerupuk Udang 250 g", 9_500, 9_000)
    assert info.product.min_stock_milli == 5_000 and set(info.barcodes) == {"IN-KRP", "8991234567891"}
    assert tab.selected().product.sku == "KRP-UDG"

    edit = tab.open_edit_dialog()
    assert edit.sku.isReadOnly() and edit.price.text() == "9.500"
    edit.price.setText("10.000")
    edit.save()
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=WAIT_MS)
    assert catalogue.get_product(demo_ctx.reader(), login("pengurus"), "KRP-UDG").product.price_rp == 10_000
    prices = audit.entries(demo_ctx.reader(), login("admin"), action="product.price")
    assert prices and prices[0].entity == "KRP-UDG"


def test_product_dialog_shows_the_services_problems_inline(shell_for, qtbot):
    _shell, page = stock_page(shell_for, "pengurus")
    dialog = page.catalogue.open_new_dialog()
    dialog.sku.setText("X Y")
    dialog.price.setText("20.000")
    dialog.het.setText("18.000")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and dialog.message.isVisible(), timeout=WAIT_MS)
    text = dialog.message.text()
    assert "SKU" in text and "Nama barang wajib" in text and "melebihi HET" in text
    assert dialog.isVisible()


def test_refused_import_shows_every_bad_row_and_writes_nothing(shell_for, qtbot, demo_ctx, login, tmp_path):
    path = tmp_path / "barang.csv"
    path.write_text("sku,name,unit,price_rp\nNEW-1,Barang Baik,pcs,1000\nNEW-2,,pcs,abc\nNEW-3,Lain,ember,500\n",
                    encoding="utf-8")
    before = catalogue.count_products(demo_ctx.reader())
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    tab.import_file(path)
    qtbot.waitUntil(lambda: isinstance(tab.dialog, ReportDialog), timeout=WAIT_MS)
    report = tab.dialog.details.toPlainText()
    assert "Baris 3" in report and "Baris 4" in report and "NEW-1" not in report
    assert "ditolak" in tab.message.text()
    assert catalogue.count_products(demo_ctx.reader()) == before


def test_import_and_export_round_trip(shell_for, qtbot, demo_ctx, tmp_path):
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    out = tmp_path / "semua.xlsx"
    tab.export_to(out)
    qtbot.waitUntil(lambda: tab.export_button.isEnabled() and out.exists(), timeout=WAIT_MS)
    assert "diekspor" in tab.message.text()
    good = tmp_path / "baru.csv"
    good.write_text("sku,name,unit,price_rp,category\nNEW-9,Sapu Ijuk,pcs,25000,Kebersihan\n", encoding="utf-8")
    tab.import_file(good)
    qtbot.waitUntil(lambda: tab.import_button.isEnabled(), timeout=WAIT_MS)
    assert "1 barang baru" in tab.message.text(), tab.message.text()
    assert tab.model.find_row(lambda i: i.product.sku == "NEW-9") >= 0


def test_stock_card_lists_movements_with_running_quantity(shell_for, demo_ctx, login):
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.catalogue
    assert tab.select("MIE-GRG")
    dialog = tab.open_card()
    assert dialog.model.rowCount() > 1
    last = dialog.entries[-1]
    info = catalogue.get_product(demo_ctx.reader(), login("pengurus"), "MIE-GRG")
    assert last.qty_after_milli == info.qty_milli
    assert "Penerimaan" in cells(dialog.model, 0)


def test_receiving_increases_stock_and_the_books_still_agree(shell_for, qtbot, demo_ctx, login):
    pengurus = login("pengurus")
    before = catalogue.get_product(demo_ctx.reader(), pengurus, "BRS-CURAH").qty_milli
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.show_tab("receive")
    qtbot.keyClicks(tab.supplier, "BUMD Pangan Cianjur")
    tab.payment.setCurrentIndex(tab.payment.findData("credit"))
    qtbot.keyClicks(tab.picker.search, "beras curah")
    qtbot.keyClick(tab.picker.search, Qt.Key.Key_Return)
    assert [l.info.product.sku for l in tab.lines.lines] == ["BRS-CURAH"]
    line = tab.lines.lines[0]
    qtbot.keyClicks(line.qty, "2,5")
    qtbot.keyClicks(line.cost, "29.500")
    assert "29.500" in tab.total_label.text()
    tab.save()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=WAIT_MS)
    number = tab.last_result.number
    assert number.startswith("PB-") and number in tab.message.text()
    assert catalogue.get_product(demo_ctx.reader(), pengurus, "BRS-CURAH").qty_milli == before + 2_500
    assert run_checks(demo_ctx.reader()).ok
    assert not tab.lines.lines  # ready for the next delivery


def test_receiving_without_quantity_or_supplier_is_refused(shell_for, qtbot):
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.show_tab("receive")
    tab.save()
    assert "Belum ada barang" in tab.message.text()
    tab.add_sku("MNY-1L", "1,5", 20_000)  # bottles are whole units
    tab.save()
    assert "MinyaKita" in tab.message.text() and tab.last_result is None
    tab.lines.lines[0].qty.setText("12")
    tab.save()
    qtbot.waitUntil(lambda: tab.save_button.isEnabled() and tab.message.isVisible(), timeout=WAIT_MS)
    assert "pemasok" in tab.message.text().lower() and tab.last_result is None


def test_stock_take_posts_the_variance(shell_for, qtbot, demo_ctx, login):
    pengurus = login("pengurus")
    system = catalogue.get_product(demo_ctx.reader(), pengurus, "TLR-KG")
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.show_tab("take")
    tab.category.setCurrentText("Telur")
    assert tab.add_category() >= 1
    line = next(l for l in tab.lines.lines if l.info.product.sku == "TLR-KG")
    counted = system.qty_milli - 1_500
    from app.domain.catalogue import format_qty
    qtbot.keyClicks(line.qty, format_qty(counted))
    assert line.variance.text() == "-1,5" and line.variance_value.text().startswith("-Rp")
    for other in [l for l in tab.lines.lines if l is not line]:
        tab.lines.remove(other)
    tab.save()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=WAIT_MS)
    result = tab.last_result
    assert result.number.startswith("SO-") and result.journal_number == result.number and result.value_rp < 0
    assert catalogue.get_product(demo_ctx.reader(), pengurus, "TLR-KG").qty_milli == counted
    assert run_checks(demo_ctx.reader()).ok


def test_adjustment_takes_damaged_goods_out(shell_for, qtbot, demo_ctx, login):
    pengurus = login("pengurus")
    before = catalogue.get_product(demo_ctx.reader(), pengurus, "MIE-GRG").qty_milli
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.show_tab("adjust")
    tab.reason.setCurrentIndex(tab.reason.findData("rusak"))
    tab.note.setText("Kemasan sobek")
    tab.add_sku("MIE-GRG", "3")
    tab.save()
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=WAIT_MS)
    assert tab.last_result.number.startswith("PS-")
    assert catalogue.get_product(demo_ctx.reader(), pengurus, "MIE-GRG").qty_milli == before - 3_000
    assert run_checks(demo_ctx.reader()).ok
    page.show_tab("catalogue")
    assert page.catalogue.select("MIE-GRG")  # the catalogue was refreshed after the save
    assert page.catalogue.selected().qty_milli == before - 3_000


def test_lpg_logbook_masks_niks_and_the_export_is_full_and_audited(shell_for, qtbot, demo_ctx, login, tmp_path):
    rows = lpg.logbook(demo_ctx.reader(), login("pengurus"), LPG_DAY)
    assert rows, "the demo sells LPG on most days"
    _shell, page = stock_page(shell_for, "pengurus")
    tab = page.show_tab("lpg")
    tab.set_day(LPG_DAY)
    assert tab.model.rowCount() == len(rows)
    shown = cells(tab.model, 0)
    assert shown[2] == mask_nik(rows[0].nik) and rows[0].nik not in shown
    assert all(rows[0].nik not in str(c) for r in range(tab.model.rowCount()) for c in cells(tab.model, r))
    path = tmp_path / "logbook.csv"
    box = tab.ask_export(path)
    assert "data pribadi" in box.text().lower() or "NIK lengkap" in box.text()
    assert not path.exists()  # nothing before the answer
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: "diekspor" in tab.message.text(), timeout=WAIT_MS)
    with open(path, encoding="utf-8") as f:
        table = list(csv.reader(f))
    assert table[0][2] == "nik" and len(table) == len(rows) + 1
    assert {r[2] for r in table[1:]} == {r.nik for r in rows}
    exports = audit.entries(demo_ctx.reader(), login("admin"), action="lpg.export")
    assert exports and exports[0].entity == LPG_DAY.isoformat() and exports[0].username == "pengurus"


def test_pengawas_sees_the_logbook_but_cannot_manage_stock(shell_for):
    _shell, page = stock_page(shell_for, "pengawas")
    assert page.tab_keys() == ["catalogue", "lpg"]

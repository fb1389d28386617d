"""The SHU page on real widgets over the demo outlet: the live simulation (pools and member
shares follow the typed total and percentages; a total other than 100% is refused inline),
export off the GUI thread, distribution of a closed year after a confirmation, payouts,
and who sees what."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.shu import PART_KEYS
from app.services import checks, ledger, shu, shu_payout, year_close
from tests.gui.conftest import WAIT_MS
from tests.pdf_probe import shows

TEXTBOOK = {"cadangan": 25, "jasa_modal": 25, "jasa_anggota": 30, "dana_pengurus": 5, "dana_karyawan": 5,
            "dana_pendidikan": 5, "dana_sosial": 2.5, "dana_pembangunan": 2.5}


def box() -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1, boxes
    return boxes[0]


def shu_page(shell_for, username: str):
    shell = shell_for(username)
    page = shell.main_window.show_page("shu")
    return shell, page


def column(model, name: str) -> list[str]:
    c = next(i for i in range(model.columnCount()) if model.headerData(i, Qt.Orientation.Horizontal) == name)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def amount(text: str) -> int:
    return int(text.replace(".", ""))


def test_simulation_follows_the_typed_total_and_percentages(shell_for, qtbot, tmp_path):
    shell, page = shu_page(shell_for, "bendahara")
    sim = page.simulation
    qtbot.waitUntil(lambda: sim.plan is not None, timeout=WAIT_MS)
    assert sim.year.value() == 2025 and sim.total.amount() == sim.inputs.shu_anggota_rp > 0
    sim.total.setText("10.000.000")
    for k, v in TEXTBOOK.items():
        sim.editor.spins[k].setValue(v)
    qtbot.waitUntil(lambda: sim.plan is not None and sim.plan.shu_anggota_rp == 10_000_000
                    and sim.plan.pool("jasa_modal") == 2_500_000, timeout=WAIT_MS)
    pools = dict(zip(column(sim.pools, "Bagian"), map(amount, column(sim.pools, "Jumlah (Rp)")), strict=True))
    assert pools["Jasa modal anggota (JMA)"] == 2_500_000 and pools["Jasa usaha anggota (JUA)"] == 3_000_000
    assert sum(pools.values()) == 10_000_000
    assert sum(map(amount, column(sim.members, "JMA"))) == 2_500_000
    assert sum(map(amount, column(sim.members, "JUA"))) == 3_000_000
    assert sim.editor.total.text().startswith("100")

    sim.editor.spins["cadangan"].setValue(30)  # 105%
    qtbot.waitUntil(lambda: sim.plan is None, timeout=WAIT_MS)
    assert "105" in sim.editor.total.text() and "100%" in sim.message.text()
    assert sim.members.rowCount() == 0 and not sim.pdf_button.isEnabled() and not sim.save_rules.isEnabled()
    sim.editor.spins["cadangan"].setValue(25)
    qtbot.waitUntil(lambda: sim.plan is not None, timeout=WAIT_MS)

    from app.ui.pages.shu_page import export_to
    from app.services import shu_documents
    s, p = page.session, sim.plan
    for fmt_ in ("pdf", "xlsx"):
        path = tmp_path / f"sim.{fmt_}"
        export_to(sim, s, sim.message, path, fmt_,
                  lambda pth, f: shu_documents.export_plan(s.ctx.reader(), s.actor, p, pth, f), [sim.pdf_button])
        qtbot.waitUntil(lambda: path.exists() and sim.pdf_button.isEnabled(), timeout=WAIT_MS)
        box().button(QMessageBox.StandardButton.Cancel).click()
    assert shows(tmp_path / "sim.pdf", "DAFTAR PEMBAGIAN SHU (SIMULASI)")
    ws = openpyxl.load_workbook(tmp_path / "sim.xlsx").active
    assert ws.cell(row=ws.max_row, column=7).value == 2_500_000
    # Nothing saved by a simulation; the bendahara may keep these percentages as the rules.
    assert shu.get_rules(s.ctx.reader(), s.actor).pct("jasa_modal") == 20
    sim.save_rules.click()
    qtbot.waitUntil(lambda: "disimpan" in sim.message.text(), timeout=WAIT_MS)
    assert shu.get_rules(s.ctx.reader(), s.actor).pct("jasa_modal") == 25
    assert page.rules_tab.editor.spins["jasa_modal"].value() == 25


def test_distribute_and_pay_from_the_year_tab(shell_for, qtbot, demo_ctx, login):
    b = login("bendahara")
    shell, page = shu_page(shell_for, "bendahara")
    tab = page.show_tab("tahun")
    tab.refresh()
    qtbot.waitUntil(lambda: tab.state is not None, timeout=WAIT_MS)
    assert tab.state.plan is None and "belum ditutup" in tab.status.text()
    assert not tab.distribute_button.isEnabled()
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    year_close.close_year(demo_ctx.uow(), b, 2025)
    tab.state = None
    tab.compute_button.click()
    qtbot.waitUntil(lambda: tab.state is not None and tab.state.plan is not None, timeout=WAIT_MS)
    assert "Belum dibagi" in tab.status.text() and tab.distribute_button.isEnabled()
    p = tab.state.plan
    tab.distribute_button.click()
    assert "Bukukan pembagian SHU tahun 2025" in box().text()
    box().button(QMessageBox.StandardButton.Cancel).click()  # changed one's mind: nothing posted
    assert shu.get_distribution(demo_ctx.reader(), b, 2025) is None
    tab.distribute_button.click()
    box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.state.distribution is not None, timeout=WAIT_MS)
    assert "Sudah dibagi" in tab.status.text() and not tab.distribute_button.isEnabled()
    assert tab.state.distribution.anggota_rp == p.members_rp

    tab.members_view.selectRow(0)
    row = tab.selected()
    assert row is not None and tab.pay_button.isEnabled()
    tab.method.setCurrentIndex(tab.method.findData("tunai"))
    tab.pay_button.click()
    assert row.member_no in box().text()
    box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.state.distribution.paid_members == 1, timeout=WAIT_MS)
    assert "dibayar" in tab.message.text()
    tab.pay_all_button.click()
    box().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.state.distribution.paid_members > 1, timeout=WAIT_MS)
    unpaid = [r for r in shu_payout.shares(demo_ctx.reader(), b, 2025) if not r.paid_method]
    assert unpaid and all(not r.member_active for r in unpaid)  # left after the year end: cash
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]


def test_pengawas_reads_and_kasir_does_not_see_the_page(shell_for, qtbot):
    shell, page = shu_page(shell_for, "pengawas")
    tab = page.tab_by_key["tahun"]
    assert not tab.distribute_button.isVisibleTo(tab) and not tab.pay_button.isVisibleTo(tab)
    assert not page.rules_tab.save.isVisibleTo(page.rules_tab)
    assert not any(s.isEnabled() for s in page.rules_tab.editor.spins.values())
    assert len(page.simulation.editor.spins) == len(PART_KEYS)
    qtbot.waitUntil(lambda: page.simulation.plan is not None, timeout=WAIT_MS)
    assert not page.simulation.save_rules.isVisibleTo(page.simulation)
    assert "shu" not in shell_for("kasir").main_window.page_keys()

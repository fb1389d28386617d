"""The SHU page (report.view: bendahara, pengurus, pengawas): Simulasi (a total and the
percentages, pools and the member table recomputed as they are typed: the year's member
figures are read once, the domain divides), Tahun Buku (compute a closed year, export the
Daftar Pembagian SHU, distribute after the RAT, pay members) and Aturan (the saved rules).
Writing (rules, distribution, payouts) is for whoever may post journals: the bendahara."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.shu import ShuPlan, plan
from app.services import shu, shu_documents
from app.ui.pages.member_print import open_file
from app.ui.pages.shu_page_editor import RulesEditor
from app.ui.pages.shu_page_tables import member_table, pools_table
from app.ui.pages.tabbed_page import TabbedPage
from app.ui.session import Session
from app.ui.widgets import MessageLabel, MoneyEdit, button, confirm, hint


def year_spin(value: int) -> QSpinBox:
    s = QSpinBox()
    s.setRange(2000, 2100)
    s.setValue(value)
    return s


def export_file(
    page: QWidget, session: Session, message: MessageLabel, fmt_: str, make, name: str, buttons: list
) -> None:
    """Ask where, then write off the GUI thread (make(path, fmt_) -> ExportResult), then
    offer to open the file."""
    pattern = (
        QCoreApplication.translate("ShuPage", "PDF (*.pdf)")
        if fmt_ == "pdf"
        else QCoreApplication.translate("ShuPage", "Excel (*.xlsx)")
    )
    path, _f = QFileDialog.getSaveFileName(
        page,
        QCoreApplication.translate("ShuPage", "Simpan Daftar Pembagian SHU"),
        str(Path.home() / f"{name}.{fmt_}"),
        pattern,
    )
    if path:
        export_to(page, session, message, Path(path), fmt_, make, buttons)


def export_to(
    page: QWidget, session: Session, message: MessageLabel, path: Path, fmt_: str, make, buttons: list
) -> None:
    message.clear()
    for b in buttons:
        b.setEnabled(False)

    def done(_result) -> None:
        for b in buttons:
            b.setEnabled(True)
        page.last_export = path
        text = QCoreApplication.translate("ShuPage", "Tersimpan di {path}.").format(path=str(path))
        message.show_ok(text)
        page.dialog = confirm(
            page,
            QCoreApplication.translate("ShuPage", "Berkas siap"),
            text + "\n" + QCoreApplication.translate("ShuPage", "Buka sekarang?"),
            QCoreApplication.translate("ShuPage", "Buka"),
            lambda: open_file(path),
        )

    def failed(exc: BaseException) -> None:
        for b in buttons:
            b.setEnabled(True)
        message.show_error(exc)

    session.runner.submit(make, path, fmt_, on_done=done, on_error=failed)


class SimulationTab(QWidget):
    """Pools and shares recomputed on every change; the member figures load per year."""

    def __init__(self, session: Session, rules) -> None:
        super().__init__()
        self.session = session
        self.inputs: shu.SimulationInputs | None = None
        self.plan: ShuPlan | None = None
        self.last_export: Path | None = None
        self.year = year_spin(shu.default_year(session.ctx.reader(), session.actor))
        self.total = MoneyEdit()
        self.from_phu = button(self.tr("Ambil SHU dari PHU"))
        self.editor = RulesEditor()
        self.editor.set_rules(rules)
        self.pools, self.pools_view = pools_table()
        self.members, self.members_view = member_table(paid=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.message = MessageLabel()
        self.pdf_button, self.xlsx_button = button(self.tr("Ekspor PDF")), button(self.tr("Ekspor XLSX"))
        self.save_rules = button(self.tr("Simpan sebagai aturan"))
        self.save_rules.setVisible(session.actor.can(Permission.JOURNAL_POST))

        top = QHBoxLayout()
        for w in (
            QLabel(self.tr("Tahun buku")),
            self.year,
            QLabel(self.tr("SHU yang dibagi (Rp)")),
            self.total,
            self.from_phu,
        ):
            top.addWidget(w)
        top.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(
            hint(
                self.tr(
                    "Simulasi untuk menyiapkan RAT: tidak ada yang disimpan. Persentase harus berjumlah tepat 100%."
                )
            )
        )
        left.addWidget(self.editor)
        left.addWidget(self.pools_view, 1)
        left_w = QWidget()
        left_w.setLayout(left)
        left_scroll = QScrollArea()  # on a 768-pixel screen the form scrolls instead of being crushed
        left_scroll.setWidget(left_w)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setMinimumWidth(
            left_w.minimumSizeHint().width() + left_scroll.verticalScrollBar().sizeHint().width()
        )
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.members_view, 1)
        right_w = QWidget()
        right_w.setLayout(right)
        split = QSplitter()
        split.addWidget(left_scroll)
        split.addWidget(right_w)
        split.setStretchFactor(1, 1)
        split.setSizes([380, 700])
        actions = QHBoxLayout()
        for b in (self.pdf_button, self.xlsx_button, self.save_rules):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)

        self._timer = QTimer(self)  # a burst of keystrokes recomputes once
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.recompute)
        self.editor.changed.connect(self._editor_changed)
        self.total.textChanged.connect(lambda _t: self._timer.start())
        self.year.valueChanged.connect(lambda _v: self.load())
        self.from_phu.clicked.connect(self.use_phu)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.save_rules.clicked.connect(self.save_as_rules)
        self._loaded_basis = None
        self.load()

    def _editor_changed(self) -> None:
        if self.inputs is not None and self.editor.jma.currentData() != self._loaded_basis:
            self.load(keep_total=True)
        else:
            self._timer.start()

    def load(self, keep_total: bool = False) -> None:
        """Read the year's figures (PHU and member bases) off the GUI thread."""
        s = self.session
        year, basis = self.year.value(), self.editor.jma.currentData()
        self._asked = (year, basis)

        def done(inputs: shu.SimulationInputs) -> None:
            if not isValid(self) or self._asked != (year, basis):  # the page may be gone (logout)
                return
            self.inputs, self._loaded_basis = inputs, basis
            if not keep_total or not self.total.amount():
                self.total.set_amount(max(inputs.shu_anggota_rp, 0))
            self.recompute()

        s.runner.submit(
            shu.simulation_inputs,
            s.ctx.reader(),
            s.actor,
            year,
            basis,
            on_done=done,
            on_error=lambda exc: isValid(self) and self.message.show_error(exc),
        )

    def use_phu(self) -> None:
        if self.inputs is not None:
            self.total.set_amount(max(self.inputs.shu_anggota_rp, 0))
            self.recompute()

    def recompute(self) -> None:
        self.message.clear()
        self.plan = None
        if self.inputs is None:
            return
        total = self.total.amount()
        problem = self.editor.problem()
        if problem is None and not total:
            problem = self.tr("Isi SHU yang dibagi (lebih dari nol).")
        if problem is not None:
            self.message.show_error(problem)
            self._show(None)
            return
        try:
            self.plan = plan(self.inputs.year, total, 0, self.editor.rules(), self.inputs.members, simulated=True)
        except DomainError as e:
            self.message.show_error(e)
        self._show(self.plan)

    def _show(self, p: ShuPlan | None) -> None:
        self.pools.set_rows(list(p.pools) if p else [])
        self.members.set_rows(list(p.shares) if p else [])
        for b in (self.pdf_button, self.xlsx_button, self.save_rules):
            b.setEnabled(p is not None)
        if p is None:
            self.summary.setText("")
            return
        text = self.tr(
            "{n} anggota · jasa modal {jma} · jasa usaha {jua} · cadangan {cad} · dana-dana {dana}"
        ).format(
            n=len(p.shares),
            jma=fmt.rupiah(p.jma_rp),
            jua=fmt.rupiah(p.jua_rp),
            cad=fmt.rupiah(p.cadangan_total_rp),
            dana=fmt.rupiah(p.funds_rp),
        )
        if self.inputs is not None:
            text += "\n" + self.tr("PHU {year} saat ini: SHU anggota {a}, non-anggota {n}{closed}.").format(
                year=self.inputs.year,
                a=fmt.rupiah(self.inputs.shu_anggota_rp),
                n=fmt.rupiah(self.inputs.shu_non_anggota_rp),
                closed=self.tr(" (tahun sudah ditutup)") if self.inputs.closed else self.tr(" (tahun belum ditutup)"),
            )
        for w in p.warnings:
            text += "\n" + self.tr("Perhatian: {w}").format(w=w)
        self.summary.setText(text)

    def export(self, fmt_: str) -> None:
        if self.plan is None:
            return
        s, p = self.session, self.plan
        export_file(
            self,
            s,
            self.message,
            fmt_,
            lambda path, f: shu_documents.export_plan(s.ctx.reader(), s.actor, p, path, f),
            f"simulasi-shu-{p.year}",
            [self.pdf_button, self.xlsx_button],
        )

    def save_as_rules(self) -> None:
        s = self.session
        try:
            rules = self.editor.rules()
        except DomainError as e:
            self.message.show_error(e)
            return

        def saved(r) -> None:
            self.message.show_ok(self.tr("Aturan SHU disimpan."))
            self.rules_saved(r)

        s.runner.submit(shu.set_rules, s.ctx.uow(), s.actor, rules, on_done=saved, on_error=self.message.show_error)

    def rules_saved(self, rules) -> None:  # the page connects the Aturan tab
        pass


class RulesTab(QWidget):
    def __init__(self, session: Session, rules) -> None:
        super().__init__()
        self.session = session
        self.editor = RulesEditor()
        self.editor.set_rules(rules)
        self.editor.setMaximumWidth(620)  # a form, not a spreadsheet
        writer = session.actor.can(Permission.JOURNAL_POST)
        self.editor.set_editable(writer)
        self.save = button(self.tr("Simpan aturan"), primary=True)
        self.save.setVisible(writer)
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Pembagian SHU menurut AD/ART: persentase tiap bagian harus berjumlah tepat 100%. "
                    "Hanya SHU dari usaha dengan anggota yang dibagi; SHU non-anggota masuk cadangan."
                )
            )
        )
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.save.clicked.connect(self.save_rules)

    def save_rules(self) -> None:
        s = self.session
        self.message.clear()
        config = self.editor.config()
        s.runner.submit(
            shu.set_rules,
            s.ctx.uow(),
            s.actor,
            config,
            on_done=lambda _r: self.message.show_ok(self.tr("Aturan SHU disimpan.")),
            on_error=self.message.show_error,
        )


class ShuPage(TabbedPage):
    def __init__(self, session: Session) -> None:
        super().__init__(session, self.tr("SHU (Sisa Hasil Usaha)"))
        from app.ui.pages.shu_page_year import YearTab

        rules = shu.get_rules(session.ctx.reader(), session.actor)
        self.simulation = SimulationTab(session, rules)
        self.year_tab = YearTab(session, self.simulation.year.value())
        self.rules_tab = RulesTab(session, rules)
        self._add("simulasi", self.simulation, self.tr("Simulasi"))
        self._add("tahun", self.year_tab, self.tr("Tahun Buku"))
        self._add("aturan", self.rules_tab, self.tr("Aturan"))
        self.simulation.rules_saved = self.rules_tab.editor.set_rules

"""Tahun Buku tab of the SHU page: compute a closed year, export the Daftar Pembagian SHU,
distribute after the RAT (confirmed, with the amounts), then pay each member in cash, by
transfer or into sukarela, or everyone still unpaid into sukarela at once. Each action
keeps its UUID until it succeeds, so pressing again after a failure never posts twice."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID, uuid4

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.shu import ShuPlan
from app.services import shu, shu_documents, shu_payout
from app.ui.pages.savings_dialog import station_of
from app.ui.pages.shu_page_tables import member_table, paid_labels, pools_table
from app.ui.session import Session
from app.ui.table_model import ROW_ROLE
from app.ui.widgets import MessageLabel, button, confirm, hint


def method_labels() -> dict[str, str]:
    return {
        "tunai": QCoreApplication.translate("ShuPage", "Tunai"),
        "transfer": QCoreApplication.translate("ShuPage", "Transfer bank"),
        "sukarela": QCoreApplication.translate("ShuPage", "Ke simpanan sukarela"),
    }


@dataclass(frozen=True)
class YearState:
    year: int
    plan: ShuPlan | None
    problem: DomainError | None  # why there is no plan (year not closed, no SHU...)
    distribution: shu.Distribution | None
    shares: tuple[shu_payout.ShareStatus, ...]


def load_year(session: Session, year: int) -> YearState:
    """Runs on the task runner: the plan (or why not), the distribution and who is paid."""
    ctx, actor = session.ctx, session.actor
    try:
        p, problem = shu.compute(ctx.reader(), actor, year), None
    except DomainError as e:
        p, problem = None, e
    dist = shu.get_distribution(ctx.reader(), actor, year)
    shares = tuple(shu_payout.shares(ctx.reader(), actor, year)) if dist else ()
    return YearState(year, p, problem, dist, shares)


class YearTab(QWidget):
    def __init__(self, session: Session, year: int) -> None:
        super().__init__()
        self.session = session
        self.state: YearState | None = None
        self.last_export = None
        self._distribute_uuid: UUID | None = None
        self._pay_uuid: tuple[str, UUID] | None = None
        self._all_uuid: UUID | None = None
        writer = session.actor.can(Permission.JOURNAL_POST)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.compute_button = button(self.tr("Hitung"), primary=True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("shuStatus")
        self.pools, self.pools_view = pools_table()
        self.members, self.members_view = member_table(paid=True)
        self.message = MessageLabel()
        self.pdf_button, self.xlsx_button = button(self.tr("Ekspor PDF")), button(self.tr("Ekspor XLSX"))
        self.distribute_button = button(self.tr("Bukukan Pembagian SHU…"), primary=True)
        self.method = QComboBox()
        for key, label in method_labels().items():
            self.method.addItem(label, key)
        self.pay_button = button(self.tr("Bayar anggota terpilih…"))
        self.pay_all_button = button(self.tr("Semua yang belum dibayar ke sukarela…"))
        for w in (self.distribute_button, self.method, self.pay_button, self.pay_all_button):
            w.setVisible(writer)

        top = QHBoxLayout()
        for w in (QLabel(self.tr("Tahun buku")), self.year, self.compute_button):
            top.addWidget(w)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.pools_view, 3)  # "Dana pembangunan daerah kerja" whole
        body.addWidget(self.members_view, 5)
        actions = QHBoxLayout()
        for w in (self.pdf_button, self.xlsx_button, self.distribute_button):
            actions.addWidget(w)
        actions.addStretch(1)
        payments = QHBoxLayout()  # a row of its own: on a 1366-pixel screen one row clips the buttons
        self.method_label = QLabel(self.tr("Cara bayar"))
        self.method_label.setVisible(writer)
        for w in (self.method_label, self.method, self.pay_button, self.pay_all_button):
            payments.addWidget(w)
        payments.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            hint(
                self.tr(
                    "SHU tahun buku yang sudah ditutup, menurut aturan tersimpan. Setelah disetujui RAT, "
                    "bukukan pembagiannya, lalu bayar anggota."
                )
            )
        )
        layout.addWidget(self.status)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions)
        layout.addLayout(payments)
        self.compute_button.clicked.connect(self.refresh)
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.distribute_button.clicked.connect(self.ask_distribute)
        self.pay_button.clicked.connect(self.ask_pay)
        self.pay_all_button.clicked.connect(self.ask_pay_all)
        self.members_view.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        self._buttons()

    # ---------------------------------------------------------------- loading

    def refresh(self) -> None:
        year = self.year.value()
        self._asked = year
        self.compute_button.setEnabled(False)

        def done(state: YearState) -> None:
            if not isValid(self):  # the page is gone (logout)
                return
            self.compute_button.setEnabled(True)
            if self._asked == year:
                self.show_state(state)

        def failed(exc: BaseException) -> None:
            self.compute_button.setEnabled(True)
            self.message.show_error(exc)

        self.session.runner.submit(load_year, self.session, year, on_done=done, on_error=failed)

    def show_state(self, state: YearState) -> None:
        self.state = state
        p, d = state.plan, state.distribution
        self.pools.set_rows(list(p.pools) if p else [])
        self.members.set_rows(list(state.shares) if d else list(p.shares) if p else [])
        if p is None:
            text = str(state.problem) if state.problem else ""
        else:
            text = self.tr(
                "SHU {year}: {shu} (anggota {a}, non-anggota {n} ke cadangan); jasa modal {jma}, jasa usaha "
                "{jua}, cadangan {cad}, dana-dana {dana}."
            ).format(
                year=p.year,
                shu=fmt.rupiah(p.shu_rp),
                a=fmt.rupiah(p.shu_anggota_rp),
                n=fmt.rupiah(p.shu_non_anggota_rp),
                jma=fmt.rupiah(p.jma_rp),
                jua=fmt.rupiah(p.jua_rp),
                cad=fmt.rupiah(p.cadangan_total_rp),
                dana=fmt.rupiah(p.funds_rp),
            )
            for w in p.warnings:
                text += "\n" + self.tr("Perhatian: {w}").format(w=w)
        if d is not None:
            text += "\n" + self.tr(
                "Sudah dibagi ({journal}, {day}). Dibayar {paid} dari {members} anggota; belum dibayar {unpaid}."
            ).format(
                journal=d.journal_number,
                day=fmt.day(d.business_date),
                paid=d.paid_members,
                members=d.members,
                unpaid=fmt.rupiah(d.unpaid_rp),
            )
        elif p is not None:
            text += "\n" + self.tr("Belum dibagi.")
        self.status.setText(text)
        self._buttons()

    def selected(self) -> shu_payout.ShareStatus | None:
        rows = self.members_view.selectionModel().selectedRows()
        row = self.members.data(rows[0], ROW_ROLE) if rows else None
        return row if isinstance(row, shu_payout.ShareStatus) else None

    def _buttons(self) -> None:
        st = self.state
        has_plan = st is not None and st.plan is not None
        distributed = st is not None and st.distribution is not None
        for b in (self.pdf_button, self.xlsx_button):
            b.setEnabled(has_plan)
        self.distribute_button.setEnabled(has_plan and not distributed and st.plan.divided)
        chosen = self.selected()
        self.pay_button.setEnabled(distributed and chosen is not None and chosen.paid_method is None)
        self.pay_all_button.setEnabled(distributed and st.distribution.unpaid_rp > 0)

    # ---------------------------------------------------------------- actions

    def export(self, fmt_: str) -> None:
        from app.ui.pages.shu_page import export_file

        s, year = self.session, self.year.value()
        export_file(
            self,
            s,
            self.message,
            fmt_,
            lambda path, f: shu_documents.export(s.ctx.reader(), s.actor, year, path, f),
            f"daftar-pembagian-shu-{year}",
            [self.pdf_button, self.xlsx_button],
        )

    def ask_distribute(self) -> None:
        p = self.state.plan if self.state else None
        if p is None:
            return
        text = self.tr(
            "Bukukan pembagian SHU tahun {year} sesuai keputusan RAT?\n\nDebit SHU Tahun Berjalan {shu}\n"
            "Kredit Cadangan {cad}\nKredit Dana-dana SHU {dana}\nKredit SHU Anggota Belum Dibayar {members} "
            "({n} anggota)\n\nPembagian hanya bisa dibukukan sekali."
        ).format(
            year=p.year,
            shu=fmt.rupiah(p.shu_rp),
            cad=fmt.rupiah(p.cadangan_total_rp),
            dana=fmt.rupiah(p.funds_rp),
            members=fmt.rupiah(p.members_rp),
            n=sum(1 for s in p.shares if s.total_rp),
        )
        self._distribute_uuid = self._distribute_uuid or uuid4()
        self.dialog = confirm(self, self.tr("Bukukan pembagian SHU"), text, self.tr("Bukukan"), self.distribute)

    def distribute(self) -> None:
        s, year, uuid = self.session, self.year.value(), self._distribute_uuid or uuid4()
        self.distribute_button.setEnabled(False)

        def done(d: shu.Distribution) -> None:
            self._distribute_uuid = None
            self.message.show_ok(
                self.tr("Pembagian SHU {year} dibukukan: {journal}.").format(year=d.year, journal=d.journal_number)
            )
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.message.show_error(exc)
            self._buttons()

        s.runner.submit(shu.distribute, s.ctx.uow(), s.actor, year, uuid=uuid, on_done=done, on_error=failed)

    def ask_pay(self) -> None:
        row = self.selected()
        if row is None:
            return
        method = self.method.currentData()
        if self._pay_uuid is None or self._pay_uuid[0] != f"{row.member_no}:{method}":
            self._pay_uuid = (f"{row.member_no}:{method}", uuid4())
        text = self.tr("Bayar SHU {year} {no} {name} sebesar {total} ({method})?").format(
            year=self.year.value(),
            no=row.member_no,
            name=row.member_name,
            total=fmt.rupiah(row.total_rp),
            method=method_labels()[method].lower(),
        )
        self.dialog = confirm(
            self, self.tr("Bayar SHU"), text, self.tr("Bayar"), lambda: self.pay(row.member_no, method)
        )

    def pay(self, member_no: str, method: str) -> None:
        s, year = self.session, self.year.value()
        uuid = self._pay_uuid[1] if self._pay_uuid else uuid4()

        def done(r: shu_payout.Payout) -> None:
            self._pay_uuid = None
            self.message.show_ok(
                self.tr("{journal}: SHU {no} {total} dibayar ({method}).").format(
                    journal=r.journal_number,
                    no=r.member_no,
                    total=fmt.rupiah(r.total_rp),
                    method=paid_labels()[r.method].lower(),
                )
            )
            self.refresh()

        s.runner.submit(
            shu_payout.pay,
            s.ctx.uow(),
            s.actor,
            year,
            member_no,
            method,
            uuid=uuid,
            station=station_of(s),
            on_done=done,
            on_error=self.message.show_error,
        )

    def ask_pay_all(self) -> None:
        d = self.state.distribution if self.state else None
        if d is None:
            return
        self._all_uuid = self._all_uuid or uuid4()
        text = self.tr(
            "Masukkan SHU {year} semua anggota aktif yang belum dibayar ke simpanan sukarela masing-masing? "
            "Anggota yang sudah keluar dibayar tunai satu per satu."
        ).format(year=d.year)
        self.dialog = confirm(self, self.tr("Bayar ke sukarela"), text, self.tr("Bayar"), self.pay_all)

    def pay_all(self) -> None:
        s, year, uuid = self.session, self.year.value(), self._all_uuid or uuid4()

        def done(r: shu_payout.BulkPayout) -> None:
            self._all_uuid = None
            self.message.show_ok(
                self.tr("{journal}: SHU {n} anggota {total} masuk simpanan sukarela.").format(
                    journal=r.journal_number, n=r.members, total=fmt.rupiah(r.total_rp)
                )
            )
            self.refresh()

        s.runner.submit(
            shu_payout.pay_all_to_sukarela,
            s.ctx.uow(),
            s.actor,
            year,
            uuid=uuid,
            on_done=done,
            on_error=self.message.show_error,
        )

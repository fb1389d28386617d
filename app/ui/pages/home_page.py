"""Beranda: who we are, which business day it is, and (for those who may see reports)
the headline figures of the trial balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.services import ledger, profile
from app.ui.outlet import business_date, last_backup_text
from app.ui.session import Session
from app.ui.widgets import card, hint, page_title

# Accounts worth a glance on the home page (Kas, Kas di Bank).
_CASH_ACCOUNTS = ("1101", "1102")


class HomePage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(14)
        self.greeting = page_title("")
        layout.addWidget(self.greeting)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        profile_card, profile_layout = card(self.tr("Profil koperasi"))
        self.profile_form = QFormLayout()
        self.profile_form.setVerticalSpacing(6)
        profile_layout.addLayout(self.profile_form)
        profile_layout.addStretch(1)
        grid.addWidget(profile_card, 0, 0, 2, 1)

        day_card, day_layout = card(self.tr("Hari usaha"))
        self.business_day = QLabel()
        self.business_day.setObjectName("bigNumber")
        self.backup_info = hint("")
        day_layout.addWidget(self.business_day)
        day_layout.addWidget(self.backup_info)
        grid.addWidget(day_card, 0, 1)

        self.books_card, books_layout = card(self.tr("Ringkasan buku"))
        self.books_form = QFormLayout()
        self.books_form.setVerticalSpacing(6)
        self.books_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        books_layout.addLayout(self.books_form)
        self.books_note = hint("")
        books_layout.addWidget(self.books_note)
        grid.addWidget(self.books_card, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)

        session.events.backups_changed.connect(self.refresh)
        session.events.profile_changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # figures may have changed on another page
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        self.greeting.setText(self.tr("Selamat datang, {name}").format(name=actor.full_name))
        _clear(self.profile_form)
        coop = profile.get(ctx.reader())
        if coop is not None:
            rows = ((self.tr("Nama"), coop.name), (self.tr("NIB"), coop.nib),
                    (self.tr("Badan hukum"), coop.legal_entity_no), (self.tr("Alamat"), coop.address),
                    (self.tr("Desa/Kelurahan"), coop.desa), (self.tr("Kecamatan"), coop.kecamatan),
                    (self.tr("Kabupaten/Kota"), coop.kabupaten), (self.tr("Provinsi"), coop.provinsi),
                    (self.tr("Telepon"), coop.phone or "—"), (self.tr("Zona waktu"), coop.timezone))
            for label, value in rows:
                text = QLabel(value)
                text.setWordWrap(True)
                self.profile_form.addRow(label, text)
        today = business_date(ctx)
        self.business_day.setText(fmt.day(today))
        self.backup_info.setText(self.tr("Cadangan terakhir: {when}").format(when=last_backup_text(ctx)))
        self._refresh_books()

    def _refresh_books(self) -> None:
        _clear(self.books_form)
        actor = self.session.actor
        self.books_card.setVisible(actor.can(Permission.REPORT_VIEW))
        if not actor.can(Permission.REPORT_VIEW):
            return
        try:
            tb = ledger.trial_balance(self.session.ctx.reader(), actor)
        except DomainError as err:
            self.books_note.setText(str(err))
            return
        by_code = {r.code: r for r in tb.rows}
        for code in _CASH_ACCOUNTS:
            row = by_code.get(code)
            name = row.name if row else code
            self.books_form.addRow(name, _money(row.debit_rp - row.credit_rp if row else 0))
        self.books_form.addRow(self.tr("Total debit"), _money(tb.total_debit_rp))
        self.books_form.addRow(self.tr("Total kredit"), _money(tb.total_credit_rp))
        balanced = tb.total_debit_rp == tb.total_credit_rp
        self.books_note.setText(
            self.tr("Neraca saldo per {day}: {state}.").format(
                day=fmt.day(tb.as_of), state=self.tr("seimbang") if balanced else self.tr("TIDAK seimbang")))


def _money(amount: int) -> QLabel:
    label = QLabel(fmt.rupiah(amount))
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    label.setMinimumWidth(160)
    return label


def _clear(form: QFormLayout) -> None:
    while form.rowCount():
        form.removeRow(0)

"""The selected member's profile on the Anggota page: photo, identity (NIK masked unless a
pengurus reveals it), savings per type with the wajib arrears and the pokok still due,
purchases this year and kasbon owed, the member's loans (for those who deal with loans),
and the savings movements (reversed ones struck through)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QSizePolicy, QTableView,
                               QTabWidget, QToolButton, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.nik import mask_nik
from app.services import member_registry, savings
from app.services.member_registry import MemberProfile
from app.services.savings import SavingsMove
from app.ui.pages.loan_labels import bucket_text
from app.ui.pages.loan_member_box import MemberLoansBox
from app.ui.pages.member_labels import TYPE_CODES, gender_label, kind_label, optional_day, status_label, type_label
from app.ui.session import Session
from app.ui.style import RED
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button

PHOTO_SIZE = QSize(80, 100)
REVERSED_TEXT = QColor("#8a8a8a")
# Who sees a member's loans in the profile: whoever the Pinjaman page is for.
LOAN_READERS = (Permission.LOAN_APPLY, Permission.LOAN_APPROVE, Permission.LOAN_PAY, Permission.REPORT_VIEW)
MOVES_SHOWN = 500  # the newest movements; the statement (Rekening Koran) has them all


def _amount(value: int) -> str:
    return fmt.rupiah(value) if value else ""


class MovesModel(LazyTableModel):
    """Savings movements: a reversed movement and its reversal are grey and struck through."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole) and index.isValid():
            move = self.row_object(index.row())
            if move is None or not (move.reversed_by or move.reverses_number):
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(REVERSED_TEXT)
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)


def fit_headers(view: QTableView) -> None:
    """Widen a column that is narrower than its header (English headers run longer)."""
    header = view.horizontalHeader()
    for i in range(header.count()):
        if header.sectionResizeMode(i) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(i, max(header.sectionSize(i), header.sectionSizeFromContents(i).width()))


def placeholder_photo(name: str, size: QSize = PHOTO_SIZE) -> QPixmap:
    """A grey card with the member's initials, for members without a photo."""
    pixmap = QPixmap(size)
    pixmap.fill(QColor("#e4e4e1"))
    initials = "".join(word[0] for word in name.split()[:2]).upper() or "?"
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPointSize(26)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#8a8a85"))
    painter.drawText(QRectF(0, 0, size.width(), size.height()), int(Qt.AlignmentFlag.AlignCenter), initials)
    painter.end()
    return pixmap


def photo_pixmap(data: bytes | None, name: str, size: QSize = PHOTO_SIZE) -> QPixmap:
    pixmap = QPixmap()
    if data and pixmap.loadFromData(data):
        return pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return placeholder_photo(name, size)


class BalancesCard(QFrame):
    """The balance of each savings type and the total, two pairs to a row."""

    def __init__(self, total_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 10, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        self.values: dict[str, QLabel] = {}
        for n, (code, title) in enumerate([(c, type_label(c)) for c in TYPE_CODES] + [("total", total_title)]):
            row, col = divmod(n, 2)
            key = QLabel(title)
            key.setObjectName("hint")
            value = QLabel("")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: bold;")
            grid.addWidget(key, row, col * 2)
            grid.addWidget(value, row, col * 2 + 1)
            self.values[code] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)


class ProfilePanel(QWidget):
    """Shows one member (by number). `changed` fires whenever another member (or none) is shown."""

    changed = Signal(object)  # MemberProfile | None
    move_selected = Signal(object)  # SavingsMove | None
    loan_chosen = Signal(str)  # a loan double-clicked in the member's loans

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.profile: MemberProfile | None = None
        self.may_reveal = session.actor.can(Permission.MEMBER_MANAGE)
        self._revealed = False

        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("border: 1px solid #d0d0d0; background: white;")
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.nik = QLabel()
        self.nik.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_button = QToolButton()
        self.reveal_button.setText(self.tr("Tampilkan"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAutoRaise(True)
        self.reveal_button.setStyleSheet("QToolButton { color: #1a56a8; text-decoration: underline; padding: 0; }")
        self.reveal_button.setToolTip(self.tr("Tampilkan NIK lengkap"))
        self.reveal_button.setVisible(self.may_reveal)
        self.reveal_button.toggled.connect(self._toggle_nik)
        self.birth = QLabel()
        self.gender = QLabel()
        self.gender.setObjectName("hint")
        self.gender.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phone = QLabel()
        self.occupation = QLabel()
        self.joined = QLabel()
        self.address = QLabel()
        self.address.setWordWrap(True)
        for label in (self.birth, self.phone, self.occupation, self.joined, self.address):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        nik_row = QHBoxLayout()
        nik_row.setSpacing(6)
        nik_row.addWidget(self.nik)
        nik_row.addWidget(self.reveal_button)
        nik_row.addStretch(1)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        rows = ((self.tr("NIK"), nik_row), (self.tr("Lahir"), self.birth), (self.tr("HP"), self.phone),
                (self.tr("Pekerjaan"), self.occupation), (self.tr("Tgl. masuk"), self.joined))
        for row, (text, field) in enumerate(rows):
            key = QLabel(text)
            key.setObjectName("hint")
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QHBoxLayout):
                grid.addLayout(field, row, 1)
            else:
                grid.addWidget(field, row, 1)

        title_row = QHBoxLayout()
        title_row.addWidget(self.name, 1)
        title_row.addWidget(self.status)
        identity = QVBoxLayout()
        identity.setSpacing(4)
        identity.addLayout(title_row)
        identity.addLayout(grid)
        identity.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(10)
        photo_side = QVBoxLayout()
        photo_side.setSpacing(2)
        photo_side.addWidget(self.photo)
        photo_side.addWidget(self.gender)  # under the photo, where there is room
        photo_side.addStretch(1)
        top.addLayout(photo_side)
        top.addLayout(identity, 1)

        self.balances = BalancesCard(self.tr("Total"))
        self.owed = QLabel()
        self.owed.setWordWrap(True)
        self.activity = QLabel()
        self.activity.setWordWrap(True)
        self.kasbon = QLabel()
        # The member's loans, for those who work with loans (not the kasir): one line here,
        # the list in a tab beside the savings movements.
        self.shows_loans = any(session.actor.can(p) for p in LOAN_READERS)
        self.loans = MemberLoansBox(session)
        self.loans.title.hide()  # the tab says it
        self.loans.loan_chosen.connect(self.loan_chosen)
        self.loan_line = QLabel()
        self.loan_line.setVisible(self.shows_loans)

        self.moves_title = QLabel(self.tr("Riwayat simpanan"))
        self.moves_title.setObjectName("cardTitle")
        self.reverse_button = button(self.tr("Batalkan transaksi"))
        self.reverse_button.setToolTip(self.tr("Membalik setoran atau penarikan yang dipilih (perlu PIN pengurus)"))
        self.reverse_button.setVisible(session.actor.can(Permission.SAVINGS_POST))
        self.reverse_button.setEnabled(False)
        moves_head = QHBoxLayout()
        moves_head.addWidget(self.moves_title, 1)
        moves_head.addWidget(self.reverse_button)
        self.moves_model = MovesModel(self._move_columns(), page_size=MOVES_SHOWN, parent=self)
        self.moves_table = make_table(self.moves_model, widths={0: 100, 1: 145, 2: 75, 3: 190, 4: 100, 5: 100,
                                                                6: 110, 7: 90}, stretch=8)
        self.moves_table.setMinimumHeight(110)
        fit_headers(self.moves_table)
        self.message = MessageLabel()
        self.moves_model.load_failed.connect(self.message.show_error)
        self.moves_table.selectionModel().selectionChanged.connect(lambda *_a: self._move_changed())

        self.empty = QLabel(self.tr("Pilih anggota di daftar untuk melihat profilnya."))
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(5)
        body.addLayout(top)
        body.addWidget(self.address)  # full width: a long address wraps here
        body.addWidget(self.balances)
        body.addWidget(self.owed)
        body.addWidget(self.activity)
        body.addWidget(self.kasbon)
        body.addWidget(self.loan_line)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.body.hide()
        # The movements go where the page puts them (below, at full width).
        moves_tab = QWidget()
        moves = QVBoxLayout(moves_tab)
        moves.setContentsMargins(6, 6, 6, 6)
        moves.addLayout(moves_head)
        moves.addWidget(self.moves_table, 1)
        loans_tab = QWidget()
        loans_layout = QVBoxLayout(loans_tab)
        loans_layout.setContentsMargins(6, 6, 6, 6)
        loans_layout.addWidget(self.loans)
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.addTab(moves_tab, self.tr("Simpanan"))
        self.loans_tab_index = self.bottom_tabs.addTab(loans_tab, self.tr("Pinjaman"))
        self.bottom_tabs.setTabVisible(self.loans_tab_index, self.shows_loans)
        self.bottom_tabs.tabBar().setVisible(self.shows_loans)
        self.moves_box = QWidget()
        box = QVBoxLayout(self.moves_box)
        box.setContentsMargins(0, 6, 0, 0)
        box.addWidget(self.bottom_tabs, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _move_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Tanggal"), lambda m: m.business_date, fmt=fmt.day),
            Column("number", self.tr("No"), lambda m: m.number),
            Column("type", self.tr("Jenis"), lambda m: type_label(m.type)),
            Column("kind", self.tr("Transaksi"), lambda m: kind_label(m.kind)),
            Column("in", self.tr("Masuk"), lambda m: max(m.amount_rp, 0), RIGHT, _amount),
            Column("out", self.tr("Keluar"), lambda m: max(-m.amount_rp, 0), RIGHT, _amount),
            Column("balance", self.tr("Saldo"), lambda m: m.balance_after_rp, RIGHT, fmt.rupiah),
            Column("user", self.tr("Petugas"), lambda m: m.user),
            Column("memo", self.tr("Keterangan"), self._memo),
        ]

    def _memo(self, move: SavingsMove) -> str:
        parts = [move.memo] if move.memo else []
        if move.reversed_by:
            parts.append(self.tr("dibalik oleh {number}").format(number=move.reversed_by))
        if move.reverses_number:
            parts.append(self.tr("membalik {number}").format(number=move.reverses_number))
        return " · ".join(parts)

    # --- showing -----------------------------------------------------------

    def show_member(self, member_no: str | None) -> MemberProfile | None:
        """Load and show a member (None: nothing); reloads when the same member is asked again."""
        self.message.clear()
        profile = None
        if member_no:
            try:
                profile = member_registry.get_profile(self.session.ctx.reader(), self.session.actor, member_no)
            except DomainError as err:
                self.message.show_error(err)
        self.profile = profile
        if profile is None:
            self.body.hide()
            self.empty.show()
            self.moves_title.setText(self.tr("Riwayat simpanan"))
            self.moves_model.set_loader(None)
            self._move_changed()
            self.loans.show_member(None)
            self.loan_line.setText("")
            self.changed.emit(None)
            return None
        if self.reveal_button.isChecked() and member_no != getattr(self, "_shown_no", None):
            self.reveal_button.setChecked(False)  # a revealed NIK stays with the member it was shown for
        self._shown_no = member_no
        self._fill(profile)
        self._load_photo(profile)
        self._load_moves(profile.member_no)
        if self.shows_loans:
            self._load_loans(profile.member_no)
        self.empty.hide()
        self.body.show()
        self.changed.emit(profile)
        return profile

    def reload(self) -> MemberProfile | None:
        return self.show_member(self.profile.member_no if self.profile else None)

    def _fill(self, p: MemberProfile) -> None:
        self.name.setText(f"{p.member_no} · {p.name}")
        self.status.setText(status_label(p.status))
        self.status.setStyleSheet(f"color: {'#1b5e20' if p.status == 'aktif' else RED}; font-weight: bold;")
        self._show_nik()
        born = ", ".join(x for x in (p.birth_place, optional_day(p.birth_date) if p.birth_date else "") if x)
        self.birth.setText(born or "—")
        self.gender.setText(gender_label(p.gender) if p.gender else "")
        self.phone.setText(p.phone or "—")
        self.occupation.setText(p.occupation or "—")
        self.joined.setText(fmt.day(p.join_date))
        self.address.setText(self.tr("Alamat: {address}").format(address=p.full_address or "—"))

        for code in TYPE_CODES:
            self.balances.values[code].setText(fmt.rupiah(p.balances.get(code, 0)))
        self.balances.values["total"].setText(fmt.rupiah(sum(p.balances.values())))
        self._fill_owed(p)
        activity = escape(self.tr("Belanja tahun ini: {amount} dalam {count} transaksi").format(
            amount=fmt.rupiah(p.purchases_year_rp), count=fmt.number(p.purchases_year_count)))
        if p.credit_balance_rp:
            kasbon = self.tr("Kasbon: {amount}").format(
                amount=f"<b style='color:{RED}'>{fmt.rupiah(p.credit_balance_rp)}</b>")
        else:
            kasbon = escape(self.tr("Kasbon: tidak ada"))
        self.activity.setText(activity)
        self.kasbon.setText(kasbon)

    def _load_loans(self, member_no: str) -> None:
        """One short line (a wrapped one would squeeze the profile): what is still owed and
        how late, in red when late; the list goes in the Pinjaman tab."""
        rows = self.loans.show_member(member_no)
        running = [s for s in rows if s.status == "cair"]
        late = max(running, key=lambda s: s.days_past_due, default=None)
        if not rows:
            text = self.tr("Pinjaman: belum pernah meminjam")
        elif not running:
            text = self.tr("Pinjaman: tidak ada yang berjalan")
        else:
            text = self.tr("Pinjaman: sisa {amount}").format(amount=fmt.rupiah(sum(s.outstanding_rp for s in running)))
            if late.days_past_due:
                text += self.tr(" · menunggak {days} hari ({quality})").format(
                    days=late.days_past_due, quality=bucket_text(late.bucket_code, late.kolektibilitas))
        self.loan_line.setText(text)
        self.loan_line.setStyleSheet(f"color: {RED};" if late and late.days_past_due else "")
        title = self.tr("Pinjaman ({count})").format(count=len(rows)) if rows else self.tr("Pinjaman")
        self.bottom_tabs.setTabText(self.loans_tab_index, title)

    def _fill_owed(self, p: MemberProfile) -> None:
        """Arrears in red (an active member's only: at exit only the balances are paid out)."""
        if p.status != "aktif":
            self.owed.setText(self.tr("{status} sejak {day}: {reason}. Simpanannya dikembalikan saat keluar.").format(
                status=status_label(p.status), day=optional_day(p.exit_date), reason=p.exit_reason or "—"))
            self.owed.setStyleSheet(f"color: {RED};")
            return
        owed = []
        if p.wajib.owed_rp:
            owed.append(self.tr("Tunggakan wajib: {months} bulan, {amount}").format(
                months=p.wajib.months_owed, amount=fmt.rupiah(p.wajib.owed_rp)))
        if p.pokok_due_rp:
            owed.append(self.tr("Simpanan pokok belum lunas: {amount}").format(amount=fmt.rupiah(p.pokok_due_rp)))
        if owed:
            self.owed.setText(" · ".join(owed))
            self.owed.setStyleSheet(f"color: {RED}; font-weight: bold;")
            return
        text = self.tr("Simpanan wajib lunas sampai bulan ini.")
        if p.wajib.advance_rp:
            text = self.tr("Simpanan wajib lunas; dibayar di muka {amount}.").format(
                amount=fmt.rupiah(p.wajib.advance_rp))
        self.owed.setText(text)
        self.owed.setStyleSheet("color: #1b5e20;")

    def _show_nik(self) -> None:
        p = self.profile
        if p is None:
            return
        if not p.nik:
            self.nik.setText("—")
            self.reveal_button.setVisible(False)
            return
        self.reveal_button.setVisible(self.may_reveal)
        self.nik.setText(p.nik if (self._revealed and self.may_reveal) else mask_nik(p.nik))

    def _toggle_nik(self, revealed: bool) -> None:
        self._revealed = revealed
        self.reveal_button.setText(self.tr("Sembunyikan") if revealed else self.tr("Tampilkan"))
        self._show_nik()

    def _load_photo(self, p: MemberProfile) -> None:
        data = None
        if p.has_photo:
            try:
                data = member_registry.get_photo(self.session.ctx.reader(), self.session.actor, p.member_no)
            except DomainError as err:
                self.message.show_error(err)
        self.photo.setPixmap(photo_pixmap(data, p.name))

    def _load_moves(self, member_no: str) -> None:
        try:
            moves = savings.list_moves(self.session.ctx.reader(), self.session.actor, member_no, limit=MOVES_SHOWN)
        except DomainError as err:
            self.message.show_error(err)
            moves = []
        self.moves_model.set_loader(slice_loader(moves))
        self.moves_model.load_first_page()
        if moves:
            self.moves_title.setText(self.tr("Riwayat simpanan {number} {name} ({count} transaksi)").format(
                number=member_no, name=self.profile.name if self.profile else "", count=fmt.number(len(moves))))
        else:
            self.moves_title.setText(self.tr("Riwayat simpanan {number} {name}: belum ada transaksi").format(
                number=member_no, name=self.profile.name if self.profile else ""))
        self._move_changed()

    # --- movements ----------------------------------------------------------

    def selected_move(self) -> SavingsMove | None:
        rows = self.moves_table.selectionModel().selectedRows()
        return self.moves_model.row_object(rows[0].row()) if rows else None

    def select_move(self, number: str) -> bool:
        row = self.moves_model.find_row(lambda m: m.number == number)
        if row >= 0:
            self.moves_table.selectRow(row)
        return row >= 0

    def _move_changed(self) -> None:
        move = self.selected_move()
        reversible = (move is not None and move.kind in ("setor", "tarik") and not move.reversed_by)
        self.reverse_button.setEnabled(reversible)
        self.move_selected.emit(move)

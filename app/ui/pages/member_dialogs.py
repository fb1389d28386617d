"""Daftar Anggota Baru / Ubah Data Anggota: every field of the member form. Typing a valid
NIK fills the birth date and gender from it and shows its region code; a birth date or
gender that disagrees with the NIK is flagged at once. The service checks everything
again; its message and the list of problems appear under the form, the input stays and
nothing is written."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from uuid import uuid4

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QRegularExpression, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QVBoxLayout, QWidget)

from app.domain import fmt
from app.domain.auth import Permission
from app.domain.errors import DomainError
from app.domain.members import MAX_PHOTO_BYTES, MemberForm
from app.domain.nik import NikInfo, parse_nik
from app.services import member_registry, profile, savings
from app.services.member_registry import MemberProfile, RegisterResult
from app.ui.outlet import business_date
from app.ui.pages.member_labels import gender_label
from app.ui.pages.member_profile import photo_pixmap
from app.ui.pages.savings_dialog import station_of
from app.ui.pages.till_common import kick_printer
from app.ui.session import Session
from app.ui.style import RED
from app.ui.widgets import MessageLabel, button, date_edit, from_qdate, hint, optional_date, to_qdate

THUMB = QSize(72, 90)
MAX_PHOTO_SIDE = 800  # pixels on the longer side: plenty for a member card


def shrink_photo(image: QImage, limit: int = MAX_PHOTO_BYTES) -> bytes:
    """A JPEG of at most `limit` bytes: scaled to MAX_PHOTO_SIDE, on white (no alpha), then
    lower quality and smaller again until it fits."""
    if image.isNull():
        raise ValueError("empty image")
    if max(image.width(), image.height()) > MAX_PHOTO_SIDE:
        image = image.scaled(MAX_PHOTO_SIDE, MAX_PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    while True:
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        for quality in (85, 75, 60, 45):
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            flat.save(buffer, "JPEG", quality)
            buffer.close()
            if data.size() <= limit:
                return bytes(data.data())
        if min(image.width(), image.height()) < 64:
            raise ValueError("cannot shrink the image")
        image = image.scaled(image.width() * 3 // 4, image.height() * 3 // 4, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)


def birth_date_edit() -> QDateEdit:
    """A day-month-year picker that may stay empty (then the NIK gives the date)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText("—")
    edit.setDate(edit.minimumDate())
    return edit


def region_code(info: NikInfo) -> str:
    """32.01.05: province, regency/city, district."""
    d = info.district
    return f"{d[:2]}.{d[2:4]}.{d[4:6]}"


class MemberDialog(QDialog):
    """New member (`existing` None) or a correction of an existing member's data."""

    saved = Signal(object)  # MemberProfile

    def __init__(self, session: Session, existing: MemberProfile | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.existing = session, existing
        self.uuid = uuid4()  # the pokok payment's id, reused if the user tries again
        self.today = business_date(session.ctx)
        self.photo_data: bytes | None = None  # a new photo chosen here (None: keep the old one)
        self._nik_info: NikInfo | None = None
        self.nik_problem = False  # the NIK is invalid or disagrees with the birth date or gender
        self.pokok_rp = 0
        if existing is None:
            self.setWindowTitle(self.tr("Daftar Anggota Baru"))
        else:
            self.setWindowTitle(self.tr("Ubah Data Anggota {number}").format(number=existing.member_no))
        self.setMinimumWidth(900)

        self.nik = QLineEdit()
        self.nik.setMaxLength(20)
        self.nik.setPlaceholderText(self.tr("16 angka dari KTP"))
        self.nik.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 .]{0,20}"), self))
        self.nik_status = QLabel()
        self.nik_status.setWordWrap(True)
        self.nik_status.setMinimumHeight(self.nik_status.fontMetrics().lineSpacing() * 2)  # no jumping
        self.nik_status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.birth_place = QLineEdit()
        self.birth_place.setMaxLength(60)
        self.birth_date = birth_date_edit()
        self.birth_date.setMaximumDate(to_qdate(self.today))
        self.gender = QComboBox()
        self.gender.addItem(self.tr("— dari NIK —"), None)
        self.gender.addItem(gender_label("L"), "L")
        self.gender.addItem(gender_label("P"), "P")
        self.occupation = QLineEdit()
        self.occupation.setMaxLength(60)
        self.occupation.setPlaceholderText(self.tr("mis. petani, pedagang, guru"))
        self.phone = QLineEdit()
        self.phone.setMaxLength(20)
        self.phone.setPlaceholderText(self.tr("0812xxxxxxxx"))
        self.address = QLineEdit()
        self.address.setMaxLength(300)
        self.address.setPlaceholderText(self.tr("jalan/kampung dan nomor rumah"))
        digits = QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,3}"), self)
        self.rt = QLineEdit()
        self.rw = QLineEdit()
        for edit in (self.rt, self.rw):
            edit.setMaxLength(3)
            edit.setValidator(digits)
            edit.setFixedWidth(64)
        self.dusun = QLineEdit()
        self.dusun.setMaxLength(60)
        self.desa = QLineEdit()
        self.desa.setMaxLength(60)
        self.join_date = date_edit(self.today)
        self.join_date.setMaximumDate(to_qdate(self.today))
        self.photo = QLabel()
        self.photo.setFixedSize(THUMB)
        self.photo.setStyleSheet("border: 1px solid #d0d0d0; background: white;")
        self.photo_button = button(self.tr("Pilih foto…"))
        self.photo_note = hint(self.tr("JPEG/PNG; diperkecil otomatis sampai ≤ 512 KB."))
        self.pokok = QComboBox()
        self.pokok_label = QLabel()

        rt_rw = QHBoxLayout()
        rt_rw.setSpacing(8)
        rt_rw.addWidget(self.rt)
        rt_rw.addWidget(QLabel(self.tr("RW")))
        rt_rw.addWidget(self.rw)
        rt_rw.addStretch(1)
        born = QHBoxLayout()
        born.setSpacing(8)
        born.addWidget(self.birth_place, 1)
        born.addWidget(self.birth_date)
        left = QFormLayout()
        left.addRow(self.tr("NIK"), self.nik)
        left.addRow("", self.nik_status)
        left.addRow(self.tr("Nama lengkap"), self.name)
        left.addRow(self.tr("Tempat, tgl lahir"), born)
        left.addRow(self.tr("Jenis kelamin"), self.gender)
        left.addRow(self.tr("Pekerjaan"), self.occupation)
        left.addRow(self.tr("No. HP"), self.phone)
        photo_side = QVBoxLayout()
        photo_side.addWidget(self.photo_button, 0, Qt.AlignmentFlag.AlignLeft)
        photo_side.addWidget(self.photo_note)
        photo_side.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.setSpacing(10)
        photo_row.addWidget(self.photo)
        photo_row.addLayout(photo_side, 1)
        right = QFormLayout()
        right.addRow(self.tr("Alamat"), self.address)
        right.addRow(self.tr("RT"), rt_rw)
        right.addRow(self.tr("Dusun"), self.dusun)
        right.addRow(self.tr("Desa/kelurahan"), self.desa)
        right.addRow(self.tr("Tanggal masuk"), self.join_date)
        right.addRow(self.tr("Foto"), photo_row)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        for form in (left, right):
            form.setVerticalSpacing(8)
            side = QVBoxLayout()
            side.addLayout(form)
            side.addStretch(1)  # spare height stays below the fields, not between them
            columns.addLayout(side, 1)

        self.message = MessageLabel()
        self.save_button = button(self.tr("Daftarkan") if existing is None else self.tr("Simpan"), primary=True)
        self.save_button.setDefault(True)
        self.cancel_button = button(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.photo_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        if existing is None:
            pokok_row = QHBoxLayout()
            pokok_row.addWidget(self.pokok_label)
            pokok_row.addWidget(self.pokok)
            pokok_row.addStretch(1)
            layout.addLayout(pokok_row)
            self._set_up_pokok()
        else:
            layout.addWidget(hint(self.tr("Nomor anggota dan tanggal masuk tidak bisa diubah. Setiap perubahan "
                                          "dicatat di log audit.")))
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        order = [self.nik, self.name, self.birth_place, self.birth_date, self.gender, self.occupation, self.phone,
                 self.address, self.rt, self.rw, self.dusun, self.desa, self.join_date, self.photo_button]
        if existing is None:
            order.append(self.pokok)
        order += [self.save_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.nik.textChanged.connect(lambda _t: self._nik_changed())
        self.birth_date.dateChanged.connect(lambda _d: self._check_against_nik())
        self.gender.currentIndexChanged.connect(lambda _i: self._check_against_nik())
        self.photo_button.clicked.connect(self._pick_photo)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        if existing is not None:
            self._fill(existing)
        else:
            self._set_default_desa()
            self.photo.setPixmap(photo_pixmap(None, "", THUMB))
        if existing is None:
            self._status("")
        self.nik.setFocus()

    # --- set-up -------------------------------------------------------------

    def _set_up_pokok(self) -> None:
        s = self.session
        try:
            amount = savings.get_rules(s.ctx.reader(), s.actor).pokok_rp
        except DomainError as err:
            self.message.show_error(err)
            amount = 0
        self.pokok_rp = amount
        self.pokok_label.setText(self.tr("Simpanan pokok {amount} dibayar:").format(amount=fmt.rupiah(amount)))
        may_post = s.actor.can(Permission.SAVINGS_POST)
        if may_post:
            self.pokok.addItem(self.tr("Tunai"), "tunai")
            self.pokok.addItem(self.tr("Transfer bank"), "transfer")
        self.pokok.addItem(self.tr("Belum bayar (masuk daftar tunggakan)"), None)
        if amount <= 0:
            self.pokok_label.setText(self.tr("Simpanan pokok tidak diatur."))
            self.pokok.setVisible(False)

    def _set_default_desa(self) -> None:
        try:
            coop = profile.get(self.session.ctx.reader())
        except DomainError:
            coop = None
        if coop is not None:
            self.desa.setText(coop.desa)

    def _fill(self, p: MemberProfile) -> None:
        self.nik.setText(p.nik or "")
        self.name.setText(p.name)
        self.birth_place.setText(p.birth_place)
        if p.birth_date is not None:
            self.birth_date.setDate(to_qdate(p.birth_date))
        self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender)))
        self.occupation.setText(p.occupation)
        self.phone.setText(p.phone)
        self.address.setText(p.address)
        self.rt.setText(p.rt)
        self.rw.setText(p.rw)
        self.dusun.setText(p.dusun)
        self.desa.setText(p.desa)
        self.join_date.setDate(to_qdate(p.join_date))
        self.join_date.setEnabled(False)
        data = None
        if p.has_photo:
            try:
                data = member_registry.get_photo(self.session.ctx.reader(), self.session.actor, p.member_no)
            except DomainError as err:
                self.message.show_error(err)
        self.photo.setPixmap(photo_pixmap(data, p.name, THUMB))

    # --- NIK ----------------------------------------------------------------

    def _nik_digits(self) -> str:
        return self.nik.text().replace(" ", "").replace(".", "")

    def _nik_changed(self) -> None:
        digits = self._nik_digits()
        info = None
        if len(digits) == 16:
            try:
                info = parse_nik(digits, today=self.today)
            except DomainError as err:
                self._nik_info = None
                self._status(err.message, error=True)
                return
        self._nik_info = info
        if info is None:
            self._status(self.tr("{count} dari 16 angka").format(count=len(digits)) if digits else "")
            return
        # A valid NIK gives the birth date and gender (the user may still correct them).
        self.birth_date.blockSignals(True)
        self.gender.blockSignals(True)
        self.birth_date.setDate(to_qdate(info.birth_date))
        self.gender.setCurrentIndex(self.gender.findData("P" if info.female else "L"))
        self.birth_date.blockSignals(False)
        self.gender.blockSignals(False)
        self._check_against_nik()

    def _check_against_nik(self) -> None:
        info = self._nik_info
        if info is None:
            return
        nik_gender = "P" if info.female else "L"
        problems = []
        born = optional_date(self.birth_date)
        if born is not None and born != info.birth_date:
            problems.append(self.tr("Tanggal lahir tidak cocok dengan NIK (NIK: {day}).").format(
                day=f"{info.birth_date:%d-%m-%Y}"))
        gender = self.gender.currentData()
        if gender is not None and gender != nik_gender:
            problems.append(self.tr("Jenis kelamin tidak cocok dengan NIK (NIK: {gender}).").format(
                gender=gender_label(nik_gender).lower()))
        if problems:
            self._status(" ".join(problems), error=True)
        else:
            self._status(self.tr("NIK sah · kode wilayah {region} · lahir {day} · {gender}").format(
                region=region_code(info), day=f"{info.birth_date:%d-%m-%Y}", gender=gender_label(nik_gender).lower()),
                ok=True)

    def _status(self, text: str, *, error: bool = False, ok: bool = False) -> None:
        self.nik_problem = error
        color = RED if error else ("#1b5e20" if ok else "#555")
        self.nik_status.setStyleSheet(f"color: {color};")
        self.nik_status.setText(text or self.tr("Tanggal lahir dan jenis kelamin diisi dari NIK."))

    # --- photo --------------------------------------------------------------

    def _pick_photo(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, self.tr("Pilih foto anggota"), str(Path.home()),
                                               self.tr("Gambar (*.jpg *.jpeg *.png *.bmp)"))
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> bool:
        image = QImage(str(path))
        if image.isNull():
            self.message.show_error(self.tr("{file} bukan gambar yang bisa dibaca.").format(file=path.name))
            return False
        try:
            data = shrink_photo(image)
        except ValueError:
            self.message.show_error(self.tr("Foto {file} tidak bisa diperkecil sampai 512 KB.").format(
                file=path.name))
            return False
        self.photo_data = data
        self.photo.setPixmap(photo_pixmap(data, self.name.text(), THUMB))
        self.photo_note.setText(self.tr("Foto baru: {size} KB.").format(size=max(1, round(len(data) / 1024))))
        self.message.clear()
        return True

    # --- saving -------------------------------------------------------------

    def form(self) -> MemberForm:
        join: date | None = from_qdate(self.join_date.date())
        return MemberForm(
            name=self.name.text(), nik=self._nik_digits(), birth_date=optional_date(self.birth_date),
            address=self.address.text(), birth_place=self.birth_place.text(), gender=self.gender.currentData(),
            rt=self.rt.text(), rw=self.rw.text(), dusun=self.dusun.text(), desa=self.desa.text(),
            phone=self.phone.text(), occupation=self.occupation.text(), join_date=join, photo=self.photo_data)

    def submit(self) -> None:
        if not self.save_button.isEnabled():
            return
        s = self.session
        self.message.clear()
        self.save_button.setEnabled(False)
        if self.existing is None:
            s.runner.submit(member_registry.register_member, s.ctx.uow(), s.actor, self.form(),
                            pokok_method=self.pokok.currentData() if self.pokok_rp > 0 else None,
                            uuid=self.uuid, station=station_of(s), on_done=self._done, on_error=self._failed)
        else:
            s.runner.submit(member_registry.update_member, s.ctx.uow(), s.actor, self.existing.member_no,
                            self.form(), on_done=self._done, on_error=self._failed)

    def _done(self, result: RegisterResult | MemberProfile) -> None:
        self.save_button.setEnabled(True)
        if isinstance(result, RegisterResult):
            if result.pokok is not None and result.pokok.print_job_id is not None:
                kick_printer(self.session)
            result = result.profile
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_error(exc)

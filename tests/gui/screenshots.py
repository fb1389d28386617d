"""Screenshots of the main screens for the docs: `python -m tests.gui.screenshots OUTDIR`
(`make screenshots`). Builds the demo outlet in a temporary folder, opens each screen
offscreen at 1366x768 and saves PNGs."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from uuid import UUID

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDeadlineTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.bootstrap import open_context  # noqa: E402
from app.domain.barcode import make_ean13  # noqa: E402
from app.domain.clock import zone  # noqa: E402
from app.devices.transports import REFUSED, DiscoveryResult, FoundPrinter, PrinterError  # noqa: E402
from app.domain import qris as qris_codes  # noqa: E402
from app.domain.sale import PaymentDraft  # noqa: E402
from app.services import (auth, backups, demo, print_worker, printing, qris, qris_settlement, sales,  # noqa: E402
                          shifts)
from app.services import savings  # noqa: E402
from app.services.demo_shop import CATALOGUE  # noqa: E402
from app.ui.i18n import install_language  # noqa: E402
from app.ui.login_window import LoginWindow  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.navigation import core_pages  # noqa: E402
from app.ui.pages.savings_dialog import SavingsDialog  # noqa: E402
from app.ui.print_driver import PrintDriver  # noqa: E402
from app.ui.session import Session, SessionEvents  # noqa: E402
from app.ui.setup_wizard import SetupWizard  # noqa: E402
from app.ui.style import apply_style  # noqa: E402
from app.ui.tasks import TaskRunner  # noqa: E402

SIZE = (1366, 768)
NOW = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)  # 10:00 WIB, as in the tests


def _settle(ms: int = 150) -> None:
    deadline = QDeadlineTimer(ms)
    while not deadline.hasExpired():
        QApplication.processEvents()


def _save(widget: QWidget, out: Path, name: str, size=SIZE) -> None:
    widget.resize(*size)
    widget.show()
    _settle()
    path = out / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(path)


def _main_window(ctx, runner: TaskRunner, username: str) -> MainWindow:
    actor = auth.login(ctx.uow(), username, demo.DEMO_PIN)
    return MainWindow(Session(ctx, actor, runner, SessionEvents()), core_pages())


def _printing_window(ctx, runner: TaskRunner, username: str) -> MainWindow:
    """A main window with the printer in its status bar (the driver is not started: nothing
    is sent, it only shows the queue as it stands)."""
    actor = auth.login(ctx.uow(), username, demo.DEMO_PIN)
    session = Session(ctx, actor, runner, SessionEvents())
    driver = session.print_driver = PrintDriver(session, "KASIR-1")
    driver.counts = printing.queue_counts(ctx.reader(), actor, "KASIR-1")
    driver.printer_uri = printing.get_printer(ctx.reader(), actor, "KASIR-1").uri
    window = MainWindow(session, core_pages())
    window._print_driver = driver  # kept alive with the window
    return window


def _printed(uri: str, data: bytes, *, timeout: float) -> None:
    """The printer took the job."""


def _refused(uri: str, data: bytes, *, timeout: float) -> None:
    raise PrinterError(REFUSED, "Printer di 192.168.1.50:9100 menolak sambungan — apakah printer menyala dan "
                                "port 9100 benar?", uri=uri)


def _printing(ctx, runner: TaskRunner, out: Path) -> None:
    """Antrean Cetak with printed, failed and waiting jobs, and Pengaturan > Printer."""
    admin = auth.login(ctx.uow(), "admin", demo.DEMO_PIN)
    kasir = auth.login(ctx.uow(), "kasir", demo.DEMO_PIN)
    printing.save_printer(ctx.uow(), admin, printing.PrinterConfig(
        "KASIR-1", "tcp://192.168.1.50:9100", width_mm=58, drawer_pin=2))
    numbers = [s.number for s in sales.list_sales(ctx.reader(), kasir, limit=4)]
    print_worker.test_printer(ctx.uow, admin, "KASIR-1", send=_printed)
    for number in reversed(numbers[1:]):
        printing.print_receipt(ctx.uow(), kasir, "KASIR-1", number)
    print_worker.run_due(ctx.uow, kasir, "KASIR-1", send=_printed)
    copy = printing.print_receipt(ctx.uow(), kasir, "KASIR-1", numbers[-1], copy=True)
    for _ in range(print_worker.AUTO_ATTEMPTS):  # the printer stays off: the job waits for the cashier
        try:
            print_worker.send_now(ctx.uow, kasir, copy.id, send=_refused)
        except PrinterError:
            pass
    shift = shifts.open_shift(ctx.uow(), kasir, "KASIR-1", 200_000, uuid=UUID(int=0xD3A5_0002))
    printing.print_shift_report(ctx.uow(), kasir, "KASIR-1", shift.number)
    printing.print_receipt(ctx.uow(), kasir, "KASIR-1", numbers[0])

    window = _printing_window(ctx, runner, "kasir")
    page = window.show_page("print_jobs")
    page.refresh()
    page.select_job(copy.id)
    _save(window, out, "print-jobs.png")
    page.select_job(copy.id)
    dialog = page.preview_selected()
    runner.wait()
    _save(dialog, out, "print-preview.png", (dialog.width(), 720))
    dialog.reject()
    window.close_now()

    window = _printing_window(ctx, runner, "admin")
    tab = window.show_page("settings").show_tab("printer")
    tab._found(DiscoveryResult(
        (FoundPrinter("usb://0416:5011", "Printer USB 0416:5011 (POS58 Printer)", "usb"),
         FoundPrinter("serial:///dev/ttyUSB0?baud=9600", "Port serial ttyUSB0 (USB-Serial CH340)", "serial")),
        ("Windows: hanya tersedia di Windows.",)))
    tab._tested(print_worker.test_printer(ctx.uow, admin, "KASIR-1", send=_printed))
    _save(window, out, "settings-printer.png")
    window.close_now()


def _type(edit, text: str) -> None:
    edit.setText(text)


def _code(sku: str) -> str:
    i, row = next((i, r) for i, r in enumerate(CATALOGUE) if r[0] == sku)
    return f"IN-{sku}" if row[3] == "kg" else make_ean13(f"89931{i:07d}")


def _scan(page, text: str) -> None:
    page.view.barcode.setText(text)
    page.scan()


def _till(ctx, runner: TaskRunner, out: Path) -> None:
    """The Kasir page: a cart with a member after one finished sale, paying, closing the shift."""
    kasir = auth.login(ctx.uow(), "kasir", demo.DEMO_PIN)
    shifts.open_shift(ctx.uow(), kasir, "KASIR-1", 200_000, uuid=UUID(int=0xD3A5_0001))
    window = _main_window(ctx, runner, "kasir")
    page = window.show_page("till")
    for text in ("2*" + _code("MIE-SOTO"), _code("TEH-25")):
        _scan(page, text)
    page.pay()
    page.dialog.tender(20_000)
    page.dialog.confirm()
    runner.wait()
    _save(window, out, "till-receipt.png")  # the receipt in the cart's place until the next scan
    for text in ("KOPDES:A00002", "2,5*" + _code("BRS-CURAH"), "2*" + _code("MNY-1L"), "1*" + _code("TLR-KG"),
                 "5*" + _code("MIE-GRG"), _code("LPG3-ISI")):
        _scan(page, text)
    page.select_row(page.model.rowCount() - 1)
    _save(window, out, "till.png")

    page.sales_history()  # F11: today's sales and the copy of the chosen receipt
    history = page.dialog
    history.resize(1080, 640)
    history.show()
    _settle(300)
    runner.wait()
    _save(history, out, "till-history.png", (1080, 640))
    history.reject()

    page.pay()
    payment = page.dialog
    payment.nik.setText("3203015708850002")
    payment.buyer_type.setCurrentIndex(payment.buyer_type.findData("rumah_tangga"))
    payment.tender(200_000)
    _settle()
    payment.cash_row.amount.setFocus()
    _save(payment, out, "till-payment.png", (660, payment.sizeHint().height()))
    payment.reject()
    page.model.clear()

    page.shift_actions.close_shift()
    closing = page.dialog
    for denom, n in ((100_000, 2), (5_000, 1), (2_000, 3), (1_000, 1)):  # Rp2.100 short of 214.100
        closing.counts[denom].setValue(n)
    closing.counts[500].setFocus()
    _save(closing, out, "till-close.png", (600, closing.sizeHint().height()))
    closing.confirm()
    runner.wait()
    _save(closing, out, "till-z.png", (600, closing.sizeHint().height()))
    closing.accept()
    window.close_now()


def _stock(ctx, runner: TaskRunner, out: Path) -> None:
    """The Persediaan page: the catalogue, and a delivery being received."""
    window = _main_window(ctx, runner, "pengurus")
    page = window.show_page("stock")
    page.catalogue.select("MNY-1L")
    _save(window, out, "stock.png")
    receive = page.show_tab("receive")
    receive.supplier.setText("BUMD Pangan Cianjur")
    receive.payment.setCurrentIndex(receive.payment.findData("credit"))
    receive.add_sku("BRS-5KG", "10", 660_000)
    receive.add_sku("BRS-CURAH", "50", 590_000)
    receive.add_sku("GLA-1KG", "24", 388_800)
    receive.picker.search.setText("minyak")
    receive.picker.refresh()
    receive.update_total()
    _save(window, out, "stock-receive.png")
    window.close_now()


def _qris(ctx, runner: TaskRunner, out: Path) -> None:
    """QRIS: the cashier's QRIS dialog and the customer display with the QR, the pending list
    (F1), and Pengaturan > QRIS with a pasted payload checked."""
    kasir = auth.login(ctx.uow(), "kasir", demo.DEMO_PIN)
    pengurus = auth.login(ctx.uow(), "pengurus", demo.DEMO_PIN)
    if qris.current(ctx.reader(), kasir) is None:
        qris.setup(ctx.uow(), pengurus, qris_codes.build_static("KOPERASI MERAH PUTIH", "CIANJUR",
                                                                "ID1026000000123", postal_code="43253"))
    for till, n in (("KASIR-1", 3), ("KASIR-2", 4)):
        if shifts.current(ctx.reader(), kasir, till) is None:
            shifts.open_shift(ctx.uow(), kasir, till, 200_000, uuid=UUID(int=0xD3A5_0000 + n))
    for n, (till, lines, payments) in enumerate((
            ("KASIR-2", ((_code("BRS-5KG"), 1000),), (PaymentDraft("qris", 74_000),)),
            ("KASIR-1", ((_code("MNY-1L"), 2000), (_code("GLA-1KG"), 1000)),
             (PaymentDraft("qris", 20_000), PaymentDraft("cash", 30_000))))):
        sales.record_sale(ctx.uow(), kasir, sales.SaleRequest(
            UUID(int=0xD3A5_1000 + n), till, tuple(sales.CartLine(c, q) for c, q in lines), payments))

    window = _main_window(ctx, runner, "kasir")
    page = window.show_page("till")
    page.view.display_button.setChecked(True)
    display = page.customer_display
    for text in ("2*" + _code("MIE-SOTO"), "3*" + _code("SKM-370"), _code("TEH-25")):
        _scan(page, text)
    page.pay()
    page.dialog.rest_to_qris()
    page.dialog.confirm()
    runner.wait()
    _settle()
    runner.wait()
    dialog = page.dialog
    dialog.reference.setText("6123")
    dialog.reference.setFocus()
    _save(dialog, out, "till-qris.png", (960, max(dialog.sizeHint().height(), 520)))
    _save(display, out, "till-customer-qris.png", (800, 760))
    dialog.reference.clear()
    dialog.reject()  # Nanti: it waits in the list with the two above
    _settle()
    page.qris_pending_list()
    listing = page.dialog
    listing.select_sale(listing.model.row_object(listing.model.rowCount() - 1).number)
    _save(window, out, "till-qris-header.png")
    _save(listing, out, "till-qris-pending.png", (980, 480))
    listing.reject()
    display.close()
    window.close_now()

    window = _main_window(ctx, runner, "pengurus")
    tab = window.show_page("settings").show_tab("qris")
    tab.payload.setPlainText(qris_codes.build_static("KOPDES MEKARSARI", "CIANJUR", "ID1026000000999",
                                                     merchant_size="UKE", acquirer_guid="ID.CO.BRI.WWW"))
    tab.check()
    _save(window, out, "settings-qris.png")
    window.close_now()


def _qris_reconcile(ctx, runner: TaskRunner, out: Path, workdir: Path) -> None:
    """Rekonsiliasi QRIS after the acquirer's file: most of the demo's QRIS payments settled
    by reference, four never settled (red), a line of no payment, one whose amount differs."""
    bendahara = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    unsettled = qris_settlement.reconcile_report(ctx.reader(), bendahara).unsettled
    wib = zone("WIB").tzinfo  # the acquirer writes local times
    keep = {unsettled[i].payment_id for i in (0, 3, len(unsettled) // 2, len(unsettled) - 2)}
    rows = ["RRN;Transaction Time;Settlement Date;Amount;MDR;Description"]
    for n, p in enumerate(unsettled):
        if p.payment_id in keep:
            continue
        amount = p.amount_rp + (1_000 if n == 5 else 0)  # the acquirer's figure differs
        rows.append(f"{p.reference};{p.confirmed_at.astimezone(wib):%Y-%m-%d %H:%M:%S};2026-11-23;"
                    f"{amount * 100};0;{('DANA', 'OVO', 'GOPAY', 'SHOPEEPAY')[n % 4]}")
    rows.append("631200009876;2026-11-22 16:41:05;2026-11-23;1500000;0;LINKAJA")
    path = workdir / "settlement_20261123.csv"
    path.write_text("\r\n".join(rows) + "\r\n")
    qris_settlement.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer",
                                      uuid=UUID(int=0xD3A5_2000))
    window = _main_window(ctx, runner, "bendahara")
    window.show_page("qris_reconcile")
    runner.wait()
    _settle()
    _save(window, out, "qris_reconcile.png")
    window.close_now()


def _savings(ctx, runner: TaskRunner, out: Path) -> None:
    """Simpanan: a member with four months of movements (one reversed), the dialog with the
    wajib ×3 filled in, and Pengaturan > Simpanan & Anggota with a jasa rate being typed."""
    from app.domain.members import MemberForm
    from app.services import member_registry

    when = [datetime(2026, 8, 10, 2, 0, tzinfo=timezone.utc)]
    dated = open_context(str(ctx.sqlite_path), clock=lambda: when[0], upgrade=False)  # to post months ago
    try:
        pengurus = auth.login(dated.uow(), "pengurus", demo.DEMO_PIN)
        bendahara = auth.login(dated.uow(), "bendahara", demo.DEMO_PIN)
        no = member_registry.register_member(dated.uow(), pengurus, MemberForm(  # pokok paid on registering
            "Siti Rahmawati", "3203016203880001", None, "Kp. Cibodas", rt="2", rw="4", desa="Mekarsari",
            join_date=datetime(2025, 11, 3).date()), uuid=UUID(int=0xD3A5_3000)).profile.member_no
        move = None
        for n, (day, who, post, stype, amount, extra) in enumerate((
                ((8, 10), pengurus, savings.deposit, "wajib", 100_000, {"memo": "Nov 2025 - Mar 2026"}),
                ((8, 10), bendahara, savings.deposit, "sukarela", 250_000, {"memo": "hasil panen"}),
                ((9, 12), bendahara, savings.deposit, "wajib", 60_000, {}),
                ((10, 5), pengurus, savings.withdraw, "sukarela", 120_000, {}),
                ((11, 9), bendahara, savings.deposit, "wajib", 40_000, {"method": "transfer"}),
                ((11, 9), bendahara, savings.deposit, "sukarela", 50_000, {"method": "transfer"})), start=1):
            when[0] = datetime(2026, *day, 2, 30 + n, tzinfo=timezone.utc)
            move = post(dated.uow(), who, no, stype, amount, uuid=UUID(int=0xD3A5_3000 + n), **extra).move
        when[0] = datetime(2026, 11, 10, 1, 15, tzinfo=timezone.utc)
        savings.reverse(dated.uow(), bendahara, move.number, "salah catat: transfer anggota lain", pengurus,
                        uuid=UUID(int=0xD3A5_3100))
    finally:
        dated.close()

    actor = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    dialog = SavingsDialog(Session(ctx, actor, runner, SessionEvents()), no)
    next(b for b in dialog.quick_buttons if b.property("amount") == 60_000).click()
    dialog.memo.setFocus()
    _save(dialog, out, "savings_dialog.png", (1150, 640))
    dialog.reject()

    window = _main_window(ctx, runner, "pengurus")
    tab = window.show_page("settings").show_tab("savings")
    tab.jasa.setValue(3.0)
    _save(window, out, "settings_savings.png")
    window.close_now()


def _avatar() -> bytes:
    """A drawn head-and-shoulders picture standing in for a member's photo."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    image = QImage(240, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#9fb8d0"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#9fb8d0"))
    painter.setBrush(QColor("#2f3a4a"))
    painter.drawEllipse(QRectF(20, 190, 200, 200))  # shoulders
    painter.setBrush(QColor("#c89878"))
    painter.drawEllipse(QRectF(70, 70, 100, 125))  # face
    painter.setBrush(QColor("#3b2a22"))
    painter.drawChord(QRectF(62, 55, 116, 110), 0, 180 * 16)  # hair
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPEG", 85)
    return bytes(data.data())


def _members(ctx, runner: TaskRunner, out: Path) -> None:
    """Anggota: the list beside a member with a photo, wajib arrears and savings movements
    (one reversed); the registration dialog filled in from a NIK."""
    from app.domain.members import MemberForm
    from app.services import member_registry, savings
    pengurus = auth.login(ctx.uow(), "pengurus", demo.DEMO_PIN)
    bendahara = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    profiles = [member_registry.get_profile(ctx.reader(), pengurus, m.member_no)
                for m in member_registry.list_members(ctx.reader(), pengurus, status="aktif", limit=60)]
    # Someone a few months behind on wajib who saves sukarela too; else the second member, given a history.
    p = next((p for p in profiles if 2 <= p.wajib.months_owed <= 5 and p.balances["sukarela"] and not p.pokok_due_rp),
             profiles[1])
    no = p.member_no
    if not savings.list_moves(ctx.reader(), pengurus, no):
        for n, (stype, amount) in enumerate((("pokok", 100_000), ("wajib", 200_000), ("sukarela", 150_000))):
            savings.deposit(ctx.uow(), bendahara, no, stype, amount, uuid=UUID(int=0xD3A5_4000 + n))
    wrong = savings.deposit(ctx.uow(), bendahara, no, "sukarela", 50_000, method="transfer",
                            uuid=UUID(int=0xD3A5_4010)).move
    savings.reverse(ctx.uow(), bendahara, wrong.number, "salah catat: transfer untuk anggota lain", pengurus,
                    uuid=UUID(int=0xD3A5_4011))
    member_registry.update_member(ctx.uow(), pengurus, no, MemberForm(
        name=p.name, nik=p.nik or "", birth_date=p.birth_date, gender=p.gender, address=p.address,
        birth_place=p.birth_place or "Cianjur", rt=p.rt, rw=p.rw, dusun=p.dusun, desa=p.desa,
        phone=p.phone or "081322114455", occupation=p.occupation or "Pedagang sayur", photo=_avatar()))
    window = _main_window(ctx, runner, "pengurus")
    page = window.show_page("members")
    tab = page.members
    tab.select_member(no)
    moves = tab.profile.moves_model
    chosen = moves.find_row(lambda m: m.kind in ("setor", "tarik") and not m.reversed_by)
    tab.profile.select_move(moves.row_object(max(chosen, 0)).number)  # one that may be reversed
    runner.wait()
    _save(window, out, "members.png")

    # A borrower in arrears: the loan line in red and the Pinjaman tab with the loans.
    from app.services import loans
    late = max(loans.list_loans(ctx.reader(), pengurus, status="cair"), key=lambda s: s.days_past_due)
    tab.select_member(late.member_no)
    tab.profile.bottom_tabs.setCurrentIndex(tab.profile.loans_tab_index)
    runner.wait()
    _save(window, out, "member_loans.png")
    tab.profile.bottom_tabs.setCurrentIndex(0)
    tab.select_member(no)

    dialog = tab.open_register_dialog()
    dialog.nik.setText("3203126708920004")
    dialog.name.setText("Neng Siti Rahmawati")
    dialog.birth_place.setText("Cianjur")
    dialog.occupation.setText("Petani")
    dialog.phone.setText("085721334455")
    dialog.address.setText("Kp. Babakan No. 12")
    dialog.rt.setText("3")
    dialog.rw.setText("7")
    dialog.dusun.setText("Babakan")
    dialog.name.setFocus()
    _save(dialog, out, "member_register.png", (dialog.width(), dialog.sizeHint().height()))
    dialog.reject()
    window.close_now()


def _loans(ctx, runner: TaskRunner, out: Path) -> None:
    """Pinjaman: the demo's loans, the list with the loan longest in arrears and its schedule;
    the application wizard's live preview; the repayment dialog showing how the arrears would
    be allocated."""
    from app.services import loans, member_registry
    pengurus = auth.login(ctx.uow(), "pengurus", demo.DEMO_PIN)
    running = loans.list_loans(ctx.reader(), pengurus, status="cair")
    worst = max(running, key=lambda s: s.days_past_due)
    window = _main_window(ctx, runner, "pengurus")
    tab = window.show_page("loans").loans
    tab.select_loan(worst.number)
    window.resize(*SIZE)
    window.show()
    _settle()
    tab.table.scrollTo(tab.model.index(tab.model.find_row(lambda s: s.number == worst.number), 0),
                       tab.table.ScrollHint.PositionAtCenter)
    _save(window, out, "loans.png")

    dialog = tab.open_payment()
    dialog.quick_buttons[0].click()  # the arrears and the penalty
    _save(dialog, out, "loan_payment.png", (dialog.width(), 600))
    dialog.reject()

    borrowing = {s.member_no for s in loans.list_loans(ctx.reader(), pengurus, limit=500)}
    member = next(m.member_no for m in member_registry.list_members(ctx.reader(), pengurus, status="aktif", limit=60)
                  if m.member_no not in borrowing)
    wizard = tab.open_wizard(member)
    wizard.product.setCurrentIndex(wizard.product.findData("PRODUKTIF"))
    wizard.amount.setText("5.000.000")
    wizard.term.setValue(12)
    wizard.purpose.setText("Tambah modal warung sembako")
    wizard.collateral.setText("BPKB motor")
    wizard.purpose.setFocus()
    _save(wizard, out, "loan_wizard.png", (wizard.width(), 680))
    wizard.reject()
    window.close_now()


def shoot(out: Path, workdir: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)
    install_language(app, "id")  # as the app does: month names in the date pickers in Indonesian
    ctx = open_context(str(workdir / "demo" / "kopdes.sqlite3"), clock=lambda: NOW)
    demo.build(ctx)
    empty = open_context(str(workdir / "empty" / "kopdes.sqlite3"), clock=lambda: NOW)
    runner = TaskRunner()
    try:
        login = LoginWindow(ctx, runner)
        login.username.setText("bendahara")
        login.resize(*SIZE)
        login.show()
        login.pin.setFocus()
        _save(login, out, "login.png")

        wizard = SetupWizard(empty, runner)
        form = wizard.profile_page.form
        form.set_profile(demo.DEMO_PROFILE)
        form.name.setText("Koperasi Desa Merah Putih Mekarsari")
        form.phone.setText("")
        wizard.resize(900, 680)
        wizard.show()
        _settle()
        form.phone.setFocus()  # the wizard selects the first field's text on show
        _save(wizard, out, "setup-wizard.png", (900, 680))

        window = _main_window(ctx, runner, "bendahara")
        window.resize(*SIZE)
        window.show()
        runner.wait(30_000)  # the Beranda loads its figures on the task runner
        _save(window, out, "home.png")
        journal = window.show_page("journal")
        _settle()
        row = journal.model.find_row(lambda j: j.reversed_by is not None)
        journal.table.selectRow(max(row, 0))
        _save(window, out, "journal.png")

        dialog = journal.open_new_dialog()
        dialog.memo.setText("Bayar sewa etalase bulan November")
        first, second = dialog.lines
        first.set_account("5203")
        first.memo.setText("Sewa etalase pendingin")
        first.debit.set_amount(350_000)
        second.set_account("1101")
        second.credit.set_amount(200_000)
        third = dialog.add_line()
        third.set_account("1102")
        third.memo.setText("Transfer dari rekening BRI")
        third.credit.set_amount(150_000)
        _save(dialog, out, "journal-new.png", (980, 520))
        dialog.reject()
        window.close_now()

        _till(ctx, runner, out)
        _stock(ctx, runner, out)

        backups.backup_now(ctx, None)  # so the status bar and the backup tab show one
        admin = _main_window(ctx, runner, "admin")
        audit_page = admin.show_page("audit")
        audit_page.verify()
        runner.wait()
        _save(admin, out, "audit.png")
        settings = admin.show_page("settings")
        users = settings.show_tab("users")
        users.select_user("kasir")
        _save(admin, out, "settings-users.png")
        settings.show_tab("backup").refresh()
        _save(admin, out, "settings-backup.png")
        admin.close_now()
        _printing(ctx, runner, out)  # last: its jobs and audit rows stay out of the screens above
        _qris(ctx, runner, out)  # after it: its waiting sales stay out of the screens above
        _qris_reconcile(ctx, runner, out, workdir)  # last: its settlement stays out of the screens above
        _savings(ctx, runner, out)  # after them: its movements stay out of the screens above
        _members(ctx, runner, out)  # after the savings: the member shown has their movements
        _loans(ctx, runner, out)  # after them: its loans stay out of the screens above
        from tests.gui.screenshots_books import treasurer  # here: that module imports this one
        treasurer(ctx, runner, out, workdir)  # last: its period and year close stay out of the screens above
        from tests.gui.screenshots_sync import sync_screens
        sync_screens(ctx, runner, out, workdir)  # after the books are closed: its exports are of closed months
    finally:
        runner.wait()
        ctx.close()
        empty.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    # A fixed folder name, so the path in the status bar (and the PNGs) do not change per run.
    work = Path(tempfile.gettempdir()) / "kopdes-screenshots"
    shutil.rmtree(work, ignore_errors=True)
    try:
        shoot(out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""What each printed slip says: the sale receipt, the shift X/Z report, the LPG slip, the
test page, and `document_slip`, the one builder savings and loan slips use.

Builders take result objects and return an `app.domain.slip.Slip`; the print service
lays it out for the paper and turns it into ESC/POS bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.catalogue import format_qty
from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.fmt import day, local_datetime, number
from app.domain.sale import BUYER_TYPE_LABELS, receipt_code
from app.domain.slip import QR, Block, Feed, Pair, Rule, Slip, Text
from app.services.sales import SaleResult
from app.services.shifts import ShiftReport

QR_PREFIX = "KOPDES"


@dataclass(frozen=True)
class Header:
    """The cooperative's heading, printed on every slip."""
    coop: CooperativeProfile
    zone: OutletZone

    def blocks(self) -> list[Block]:
        c = self.coop
        out: list[Block] = [Text(c.name, "center", bold=True)]
        if c.nib:
            out.append(Text(f"NIB {c.nib}", "center"))
        place = ", ".join(x for x in (c.address, c.desa, c.kecamatan) if x)
        if place:
            out.append(Text(place, "center"))
        if c.phone:
            out.append(Text(f"Telp {c.phone}", "center"))
        out.append(Rule("="))
        return out


def _copy_banner(copy_at: datetime | None, zone: OutletZone) -> list[Block]:
    if copy_at is None:
        return []
    return [Text("SALINAN", "center", bold=True, big=True, invert=True),
            Text(f"Dicetak ulang {local_datetime(copy_at, zone)}", "center")]


def sale_qr(sale: SaleResult) -> str:
    """What the receipt's QR carries: the sale number and its verification code."""
    return f"{QR_PREFIX}:{sale.number}:{receipt_code(sale.uuid, sale.number, sale.total_rp)}"


def sale_receipt(sale: SaleResult, header: Header, footer: str, *, copy_at: datetime | None = None) -> Slip:
    zone = header.zone
    b: list[Block] = header.blocks() + _copy_banner(copy_at, zone)
    if sale.status == "pending":
        b.append(Text("*** MENUNGGU PEMBAYARAN QRIS ***", "center", bold=True))
    elif sale.status != "completed":
        b.append(Text("*** DIBATALKAN ***", "center", bold=True))
    b += [Pair("No", sale.number), Pair("Waktu", local_datetime(sale.at, zone)),
          Pair("Kasir", f"{sale.cashier}" + (f" / {sale.till}" if sale.till else ""))]
    if sale.member_no:
        b.append(Pair("Anggota", f"{sale.member_no} {sale.member_name or ''}".strip()))
    if sale.recorded_late:
        b.append(Text("Penjualan susulan (dicatat kemudian)"))
    b.append(Rule())
    for line in sale.lines:
        b.append(Text(line.name))
        qty = f"{format_qty(line.qty_milli)} {line.unit}"
        b.append(Pair(f"{qty} x {number(line.unit_price_rp)}", number(line.gross_rp), indent=2))
        if line.discount_rp:
            b.append(Pair("Diskon", f"-{number(line.discount_rp)}", indent=2))
        if line.deposit_rp:
            b.append(Pair("Deposit tabung", number(line.deposit_rp), indent=2))
        if line.returned_milli:
            b.append(Pair("Diretur", f"{format_qty(line.returned_milli)} {line.unit}", indent=2))
    b.append(Rule())
    b.append(Pair("Subtotal", number(sale.subtotal_rp)))
    if sale.discount_rp:
        b.append(Pair("Diskon", f"-{number(sale.discount_rp)}"))
    if sale.deposit_rp:
        b.append(Pair("Deposit tabung", number(sale.deposit_rp)))
    b.append(Pair("TOTAL", number(sale.total_rp), bold=True, big=True))
    for p in sale.payments:
        b.append(Pair(p.label, number(p.tendered_rp or p.amount_rp)))
        if p.reference:
            b.append(Pair(f"Ref {p.label}", p.reference, indent=2))
    b.append(Pair("Dibayar", number(sum(p.tendered_rp or p.amount_rp for p in sale.payments))))
    b.append(Pair("Kembali", number(sale.change_rp), bold=True))
    if sale.buyer_nik_masked:
        b += [Rule(), Text("LPG 3 kg bersubsidi", bold=True), Pair("NIK pembeli", sale.buyer_nik_masked),
              Pair("Jenis pembeli", BUYER_TYPE_LABELS.get(sale.buyer_type, sale.buyer_type or "-"))]
    b += [Rule(), QR(sale_qr(sale), caption=f"Kode verifikasi {sale_qr(sale).rsplit(':', 1)[1]}")]
    if footer.strip():
        b.append(Text(footer, "center"))
    b += _copy_banner(copy_at, zone)
    kick = copy_at is None and sale.status == "completed" and any(p.method == "cash" for p in sale.payments)
    return Slip(tuple(b), kick_drawer=kick)


def lpg_slip(sale: SaleResult, header: Header, cylinders_milli: int) -> Slip:
    """Bukti pengambilan LPG 3 kg: kept with the pangkalan's logbook, signed by the buyer."""
    b = header.blocks() + [
        Text("BUKTI PENGAMBILAN LPG 3 KG", "center", bold=True), Rule(),
        Pair("No", sale.number), Pair("Waktu", local_datetime(sale.at, header.zone)),
        Pair("Nama", sale.member_name or "-"), Pair("NIK", sale.buyer_nik_masked or "-"),
        Pair("Jenis pembeli", BUYER_TYPE_LABELS.get(sale.buyer_type, sale.buyer_type or "-")),
        Pair("Jumlah tabung", format_qty(cylinders_milli)), Feed(2),
        Text("Tanda tangan pembeli:"), Feed(3), Text("(.............................)", "center")]
    return Slip(tuple(b))


def shift_report_slip(report: ShiftReport, header: Header, labels: dict[str, str], *, blind: bool = False) -> Slip:
    """Laporan X (shift still open: a reading) or Z (closed: the final figures). `blind`
    (an open shift read by its cashier) leaves out every figure the cash in the drawer could
    be worked out from, so the closing count stays blind."""
    zone = header.zone
    closed = report.status == "closed"
    b = header.blocks() + [
        Text("LAPORAN Z - TUTUP SHIFT" if closed else "LAPORAN X - SHIFT BERJALAN", "center", bold=True),
        Pair("Shift", report.number), Pair("Kasir", f"{report.till} / {report.opened_by}"),
        Pair("Tanggal usaha", day(report.business_date)), Pair("Dibuka", local_datetime(report.opened_at, zone))]
    if report.closed_at is not None:
        b.append(Pair("Ditutup", local_datetime(report.closed_at, zone) +
                      (f" ({report.closed_by})" if report.closed_by else "")))
    b += [Rule(), Pair("Jumlah penjualan", str(report.sales_count))]
    if blind:
        b += [Pair(labels.get(method, method), number(amount), indent=2)
              for method, amount in report.by_method if method != "cash"]
        b += [Pair("Dibatalkan", str(report.voided_count)), Pair("Retur", str(report.returns_count)),
              Rule(), Text("Jumlah kas tidak ditampilkan: hitung laci saat tutup shift.")]
        return Slip(tuple(b))
    b.append(Pair("Total penjualan", number(report.sales_total_rp), bold=True))
    b += [Pair(labels.get(method, method), number(amount), indent=2) for method, amount in report.by_method]
    b += [Pair(f"Dibatalkan ({report.voided_count})", number(report.voided_total_rp)),
          Pair(f"Retur ({report.returns_count}), refund tunai", number(report.cash_refunds_rp)),
          Rule(), Pair("Modal awal", number(report.opening_float_rp)),
          Pair("Kas masuk", number(report.cash_in_rp)), Pair("Kas keluar", number(report.cash_out_rp)),
          Pair("Kas seharusnya", number(report.expected_cash_rp), bold=True)]
    if report.counted_cash_rp is not None:
        b.append(Pair("Kas dihitung", number(report.counted_cash_rp), bold=True))
        b.append(Pair("Selisih", number(report.difference_rp or 0), bold=True))
        b += [Pair(f"{number(denom)} x {count}", number(denom * count), indent=2)
              for denom, count in report.denominations if count]
    b += [Feed(2), Text("Kasir            Pengurus"), Feed(3), Text("(.........)      (.........)")]
    return Slip(tuple(b))


def document_slip(header: Header, title: str, doc_number: str, at: datetime, rows: list[tuple[str, str]], *,
                  who: str = "", member: str = "", total: tuple[str, str] | None = None,
                  footer: str = "", copy_at: datetime | None = None, signatures: tuple[str, ...] = ()) -> Slip:
    """A slip for any single document (setoran/penarikan simpanan, angsuran pinjaman…):
    title, number and time, the member, label/value rows, an optional bold total,
    signature lines, a QR of the document number."""
    b = header.blocks() + _copy_banner(copy_at, header.zone) + [
        Text(title.upper(), "center", bold=True), Pair("No", doc_number),
        Pair("Waktu", local_datetime(at, header.zone))]
    if member:
        b.append(Pair("Anggota", member))
    if who:
        b.append(Pair("Petugas", who))
    b.append(Rule())
    b += [Pair(label, value) for label, value in rows]
    if total is not None:
        b += [Rule(), Pair(total[0], total[1], bold=True, big=True)]
    if signatures:
        b += [Feed(2), Text("   ".join(signatures)), Feed(3),
              Text("   ".join("(" + "." * max(len(s) - 2, 3) + ")" for s in signatures))]
    b += [Rule(), QR(f"{QR_PREFIX}:{doc_number}", caption=doc_number)]
    if footer.strip():
        b.append(Text(footer, "center"))
    return Slip(tuple(b))


def test_page(header: Header, printer_uri: str, width_mm: int, columns: int, at: datetime) -> Slip:
    ruler = "".join(str(i % 10) for i in range(1, columns + 1))
    return Slip(tuple(header.blocks() + [
        Text("HALAMAN UJI PRINTER", "center", bold=True),
        Pair("Waktu", local_datetime(at, header.zone)), Pair("Printer", printer_uri or "-"),
        Pair("Kertas", f"{width_mm} mm, {columns} kolom"), Rule(), Text(ruler),
        Text("Teks tebal", bold=True), Text("Teks besar", big=True), Text("Rata kanan", "right"),
        QR(f"{QR_PREFIX}:UJI", caption="QR uji: pindai dengan ponsel"),
        Text("Jika semua terbaca, printer siap.", "center")]))

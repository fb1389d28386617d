"""Human document numbers: PREFIX-YYYYMMDD-NNNN, counted per prefix and business day."""

from __future__ import annotations

from datetime import date

# Prefixes in use. Later issues add theirs here so numbers never collide.
DOC_PREFIXES = {
    "JU": "Jurnal Umum",
    "JB": "Jurnal Pembalikan",
    "JS": "Jurnal Saldo Awal",
    "PJ": "Penjualan",
    "RJ": "Retur Penjualan",
    "PB": "Penerimaan Barang",
    "SO": "Stok Opname",
    "PS": "Penyesuaian Stok",
    "SF": "Shift Kasir",
    "KK": "Kas Keluar Shift",
    "KM": "Kas Masuk Shift",
    "SQ": "Settlement QRIS",
    "SS": "Setoran Simpanan",
    "TS": "Penarikan Simpanan",
    "BS": "Pembalikan Simpanan",
    "JA": "Jasa Simpanan Sukarela",
    "KA": "Anggota Keluar",
    "SA": "Saldo Awal Anggota",
    "RK": "Reklasifikasi Simpanan",
    "PNJ": "Pinjaman (nomor pinjaman)",
    "CP": "Pencairan Pinjaman",
    "AP": "Angsuran Pinjaman",
    "PL": "Pelunasan Pinjaman",
    "RP": "Restrukturisasi Pinjaman",
    "HB": "Hapus Buku Pinjaman",
    "PM": "Pemulihan Piutang Dihapus",
    "SH": "Pembagian SHU",
    "SB": "Pembayaran SHU Anggota",
    "TT": "Tutup Tahun",
}


def doc_number(prefix: str, business_day: date, seq: int) -> str:
    if seq < 1:
        raise ValueError("sequence starts at 1")
    return f"{prefix}-{business_day:%Y%m%d}-{seq:04d}"

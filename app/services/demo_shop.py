"""The demo gerai: a sembako and LPG catalogue with real-looking EAN-13 codes, stock
from three suppliers, members with their savings history (app/services/demo_members.py),
and two weeks of shifts and sales made through the same services the till uses, some paid
by QRIS (to the demo's own static QRIS). It leaves no shift open."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from uuid import UUID

from app.domain.auth import Actor, Role
from app.domain.barcode import make_ean13
from app.domain.catalogue import MILLI
from app.domain.qris import build_static
from app.domain.sale import PaymentDraft
from app.services import auth, catalogue, demo_members, members, qris, sale_pending, sales, shifts, stock
from app.services.catalogue import ProductDraft
from app.services.context import ServiceContext
from app.store.uow import UnitOfWorkFactory

# sku, name, category, unit, price, member price, HET, subsidised, deposit, cost per unit, stock (units)
CATALOGUE = [
    ("BRS-5KG", "Beras Premium 5 kg", "Beras", "karung", 74_000, 72_000, None, False, 0, 66_000, 40),
    ("BRS-CURAH", "Beras Medium Curah", "Beras", "kg", 13_500, 13_000, 14_900, False, 0, 11_800, 150),
    ("MNY-1L", "Minyak Goreng MinyaKita 1 L", "Minyak", "botol", 15_700, 15_500, 15_700, False, 0, 14_200, 60),
    ("MNY-2L", "Minyak Goreng Pouch 2 L", "Minyak", "bungkus", 36_000, 35_000, None, False, 0, 32_500, 24),
    ("GLA-1KG", "Gula Pasir 1 kg", "Gula", "bungkus", 18_000, 17_500, 18_000, False, 0, 16_200, 50),
    ("GLA-CURAH", "Gula Pasir Curah", "Gula", "kg", 17_000, 16_500, 18_000, False, 0, 15_400, 40),
    ("TLR-KG", "Telur Ayam Ras", "Telur", "kg", 28_000, 27_000, None, False, 0, 25_000, 45),
    ("TPG-1KG", "Tepung Terigu Serbaguna 1 kg", "Tepung", "bungkus", 12_500, 12_000, None, False, 0, 10_900, 30),
    ("MIE-GRG", "Mi Instan Goreng", "Mi Instan", "bungkus", 3_500, 3_300, None, False, 0, 2_950, 200),
    ("MIE-SOTO", "Mi Instan Rasa Soto", "Mi Instan", "bungkus", 3_300, 3_100, None, False, 0, 2_800, 160),
    ("MIE-DUS", "Mi Instan Goreng 1 Dus (40)", "Mi Instan", "dus", 125_000, 120_000, None, False, 0, 115_000, 40),
    ("KCP-520", "Kecap Manis 520 ml", "Bumbu", "botol", 22_000, 21_000, None, False, 0, 19_300, 40),
    ("GRM-250", "Garam Beryodium 250 g", "Bumbu", "bungkus", 3_000, 2_800, None, False, 0, 2_300, 60),
    ("TEH-25", "Teh Celup isi 25", "Minuman", "dus", 7_500, 7_200, None, False, 0, 6_300, 36),
    ("KOPI-RCG", "Kopi Sachet 1 Renceng (10)", "Minuman", "renceng", 15_000, 14_500, None, False, 0, 12_800, 60),
    ("SKM-370", "Susu Kental Manis 370 g", "Susu", "bungkus", 12_000, 11_500, None, False, 0, 10_400, 60),
    ("AIR-600", "Air Mineral 600 ml", "Minuman", "botol", 3_500, 3_300, None, False, 0, 2_500, 96),
    ("SBN-750", "Sabun Cuci Piring 750 ml", "Kebersihan", "botol", 14_500, 14_000, None, False, 0, 12_600, 48),
    ("DTG-800", "Deterjen Bubuk 800 g", "Kebersihan", "bungkus", 22_500, 21_500, None, False, 0, 19_800, 48),
    ("LPG3-ISI", "LPG 3 kg Isi Ulang (tukar tabung)", "LPG", "tabung", 18_000, 18_000, 18_000, True, 0, 16_000, 80),
    ("LPG3-BARU", "LPG 3 kg Tabung Baru + Isi", "LPG", "tabung", 18_000, 18_000, 18_000, True, 150_000, 16_000, 10),
]

WEIGHED = {row[0] for row in CATALOGUE if row[3] == "kg"}
SUPPLIERS = {"LPG": ("Agen LPG PT Sumber Gas Cianjur", "bank"), "Beras": ("BUMD Pangan Cianjur", "cash")}
DEFAULT_SUPPLIER = ("CV Makmur Jaya (distributor sembako)", "credit")

MEMBER_NAMES = [
    "Asep Saepudin", "Euis Komariah", "Dedi Mulyadi", "Nining Suryani", "Ujang Hermawan", "Siti Nurhayati",
    "Yayan Sopyan", "Iis Aisyah", "Cecep Supriatna", "Lilis Suryani", "Agus Salim", "Tati Rohaeti",
    "Dadang Kurnia", "Eneng Rosita", "Rudi Hartono", "Nenden Sumiati", "Wawan Setiawan", "Yuyun Yuningsih",
    "Ade Irawan", "Popon Rohmawati",
]
BASKETS = [["MIE-GRG", "MIE-SOTO", "TLR-KG"], ["BRS-CURAH", "MNY-1L", "GLA-CURAH"], ["BRS-5KG", "GLA-1KG"],
           ["KOPI-RCG", "SKM-370", "TEH-25"], ["AIR-600", "MIE-GRG"], ["DTG-800", "SBN-750", "GRM-250"],
           ["TPG-1KG", "TLR-KG", "MNY-2L"], ["KCP-520", "MIE-DUS"]]


# A made-up static QRIS for the demo outlet (valid structure and CRC; no real merchant).
DEMO_QRIS = build_static("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123", postal_code="43253")
QRIS_SHARE = 0.2  # of the sales paid exactly in cash, how many the demo pays by QRIS instead


def _uuid(kind: int, n: int) -> UUID:
    return UUID(int=(0xD3A1 << 112) + (kind << 64) + n)


@dataclass
class _Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def _actor(uow, username: str) -> Actor:
    info = auth.user_info(uow, auth.find_user(uow, username))
    return Actor(info.id, info.username, info.full_name, frozenset(Role(r) for r in info.roles))


def _nik(rng: random.Random, n: int, female: bool) -> str:
    born = date(1960 + rng.randrange(40), rng.randrange(1, 13), rng.randrange(1, 29))
    day = born.day + (40 if female else 0)
    return f"320301{day:02d}{born.month:02d}{born.year % 100:02d}{n + 1:04d}"


def build(ctx: ServiceContext, today: date) -> None:
    rng = random.Random(17)
    clock = _Clock(datetime.combine(today - timedelta(days=16), time(1, 0), timezone.utc))
    at = ServiceContext(UnitOfWorkFactory(ctx.uows.engine, clock), ctx.db_label, ctx.sqlite_path, ctx.backup_dir)
    with at.uow() as uow:
        pengurus, kasir = _actor(uow, "pengurus"), _actor(uow, "kasir")
    for i, (sku, name, cat, unit, price, mprice, het, sub, dep, _cost, _qty) in enumerate(CATALOGUE):
        catalogue.create_product(at.uow(), pengurus, ProductDraft(
            sku=sku, name=name, category=cat, unit=unit, price_rp=price, member_price_rp=mprice, het_rp=het,
            subsidized=sub, deposit_rp=dep, min_stock_milli=(10 if unit != "kg" else 20) * MILLI,
            barcodes=(make_ean13(f"89931{i:07d}"),) if unit != "kg" else (f"IN-{sku}",)))
    by_supplier: dict[tuple[str, str], list] = {}
    for sku, _n, cat, _u, *_rest, cost, qty in CATALOGUE:
        by_supplier.setdefault(SUPPLIERS.get(cat, DEFAULT_SUPPLIER), []).append(
            stock.StockLine(sku, qty * MILLI, cost * qty))
    for n, ((supplier, payment), lines) in enumerate(sorted(by_supplier.items())):
        stock.receive_stock(at.uow(), pengurus, _uuid(1, n), supplier, payment, lines)
    qris.setup(at.uow(), pengurus, DEMO_QRIS)
    # The founders' NIKs still come from the main generator (so the sales below stay as they
    # were); the members' own data and savings history from demo_members' generator.
    founders = [(name, _nik(rng, i, i % 2 == 1)) for i, name in enumerate(MEMBER_NAMES)]
    with at.uow() as uow:
        actors = {u: _actor(uow, u) for u in ("pengurus", "bendahara")}
    started = clock.now
    numbers = demo_members.build(at, lambda moment: setattr(clock, "now", moment), today, founders, actors).founders
    clock.now = started
    for no in numbers[:6]:
        members.set_credit_limit(at.uow(), pengurus, no, 300_000)
    sale_no = 0
    for back in range(14, 0, -1):
        day = today - timedelta(days=back)
        clock.now = datetime.combine(day, time(0, 30), timezone.utc)  # 07:30 WIB
        shifts.open_shift(at.uow(), kasir, "KASIR-1", 200_000, uuid=_uuid(2, back))
        for _ in range(rng.randrange(8, 15)):
            clock.now += timedelta(minutes=rng.randrange(10, 40))
            sale_no += 1
            _random_sale(at, kasir, rng, numbers, sale_no)
        clock.now += timedelta(hours=1)
        report = shifts.current(at.uow(), kasir, "KASIR-1")
        short = 2_000 if back == 5 else 0  # one honest small shortage in the history
        shifts.close_shift(at.uow(), kasir, "KASIR-1", counted_rp=report.expected_cash_rp - short)


def _random_sale(at: ServiceContext, kasir: Actor, rng: random.Random, numbers: list[str], n: int) -> None:
    member = rng.choice(numbers) if rng.random() < 0.55 else None
    if rng.random() < 0.25:  # an LPG refill with the buyer's NIK
        nik_member = rng.randrange(len(MEMBER_NAMES))
        lines = (sales.CartLine("LPG3-ISI", MILLI * rng.choice((1, 1, 2))),)
        extra = dict(buyer_nik=_nik(random.Random(17 + nik_member), nik_member, nik_member % 2 == 1),
                     buyer_type=rng.choice(("rumah_tangga", "rumah_tangga", "usaha_mikro")),
                     buyer_name=MEMBER_NAMES[nik_member])
    else:
        basket = rng.choice(BASKETS)
        lines = tuple(sales.CartLine(sku, rng.choice((500, 1000, 1500, 2000)) if sku in WEIGHED
                                     else MILLI * rng.choice((1, 1, 2, 3))) for sku in basket)
        extra = {}
    # Pay exactly or with the next round note; members with a kasbon limit sometimes use it.
    with at.reader() as uow:
        total = _total(uow, lines, member)
        available = members.to_info(members.row_by_no(uow, member)).credit_available_rp if member else 0
    if total <= available and rng.random() < 0.3:
        payments = (PaymentDraft("credit", total),)
    else:
        payments = (PaymentDraft("cash", -(-total // 10_000) * 10_000 if rng.random() < 0.6 else total),)
    # Its own generator: the main one's sequence (and so the rest of the demo) stays as it was.
    by_qris = payments[0].method == "cash" and random.Random(n * 7919).random() < QRIS_SHARE
    if by_qris:
        payments = (PaymentDraft("qris", total),)
    sale = sales.record_sale(at.uow(), kasir, sales.SaleRequest(_uuid(3, n), "KASIR-1", lines, payments, member,
                                                                **extra))
    if by_qris:  # the cashier saw it arrive on the merchant app and typed the RRN
        sale_pending.confirm_qris(at.uow(), kasir, sale.number, f"{600000000000 + n * 7919:012d}")


def _total(uow, lines, member_no: str | None) -> int:
    from app.domain.pricing import line_amount
    total = 0
    for line in lines:
        row = catalogue.row_by_sku(uow, line.code)
        price = row.member_price_rp if member_no and row.member_price_rp is not None else row.price_rp
        total += line_amount(line.qty_milli, price) + line_amount(line.qty_milli, row.deposit_rp)
    return total

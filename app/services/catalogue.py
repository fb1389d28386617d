"""Products and barcodes: lookup at the till, search, create and edit (pengurus)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, func, select

from app.domain.auth import Actor, Permission
from app.domain.barcode import normalise_barcode
from app.domain.catalogue import NegativeStock, Product, Unit, WEIGHED_UNITS, product_problems
from app.domain.errors import DomainError, NotFound
from app.services import audit
from app.store.models_shop import BarcodeRow, ProductRow
from app.store.text_search import where_products_contain
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ProductDraft:
    sku: str
    name: str
    unit: str
    price_rp: int
    category: str = ""
    member_price_rp: int | None = None
    het_rp: int | None = None
    subsidized: bool = False
    deposit_rp: int = 0
    decimal_qty: bool | None = None  # None: decided by the unit (kg, liter)
    min_stock_milli: int = 0
    negative_stock: str | None = None  # None: refused for subsidised goods, warned otherwise
    active: bool = True
    barcodes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ProductInfo:
    product: Product
    barcodes: tuple[str, ...]
    qty_milli: int
    value_rp: int

    @property
    def low(self) -> bool:
        return self.qty_milli <= self.product.min_stock_milli


def search_key(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p).casefold()[:200]


def to_product(row: ProductRow) -> Product:
    return Product(row.id, row.sku, row.name, row.category, Unit(row.unit), row.decimal_qty, row.price_rp,
                   row.member_price_rp, row.het_rp, row.subsidized, row.active, row.min_stock_milli,
                   NegativeStock(row.negative_stock), row.unit_cost_rp, row.deposit_rp)


def _barcodes(uow: UnitOfWork, product_id: int) -> tuple[str, ...]:
    return tuple(uow.session.execute(select(BarcodeRow.barcode).where(BarcodeRow.product_id == product_id)
                                     .order_by(BarcodeRow.barcode)).scalars())


def info(uow: UnitOfWork, row: ProductRow) -> ProductInfo:
    return ProductInfo(to_product(row), _barcodes(uow, row.id), row.qty_milli, row.value_rp)


def row_by_sku(uow: UnitOfWork, sku: str) -> ProductRow:
    row = uow.session.execute(select(ProductRow).where(ProductRow.sku == sku.strip())).scalar_one_or_none()
    if row is None:
        raise NotFound("product_not_found", f"Barang dengan SKU {sku!r} tidak ada.")
    return row


def row_by_barcode(uow: UnitOfWork, code: str) -> ProductRow:
    """The till's scan. Unknown codes get a message the cashier can act on."""
    try:
        code = normalise_barcode(code)
    except DomainError:
        raise NotFound("unknown_barcode", f"Barcode {code.strip()!r} tidak dikenal.") from None
    row = uow.session.execute(select(ProductRow).join(BarcodeRow, BarcodeRow.product_id == ProductRow.id)
                              .where(BarcodeRow.barcode == code)).scalar_one_or_none()
    if row is None:
        raise NotFound("unknown_barcode", f"Barcode {code} tidak dikenal. Cari barang dengan nama (F3).")
    if not row.active:
        raise DomainError("product_inactive", f"{row.name} sudah tidak dijual.")
    return row


_BY_BARCODES = (select(BarcodeRow.barcode, ProductRow).join(ProductRow, ProductRow.id == BarcodeRow.product_id)
                .where(BarcodeRow.barcode.in_(bindparam("codes", expanding=True))))  # built once: every sale


def rows_by_codes(uow: UnitOfWork, codes: list[str]) -> dict[str, ProductRow]:
    """The till's whole cart in one query: barcode (or SKU) -> product, for the codes found.
    Codes not found are simply absent; `row_by_barcode` gives the cashier's message."""
    wanted: dict[str, str] = {}
    for code in codes:
        try:
            wanted[normalise_barcode(code)] = code
        except DomainError:
            pass
    found = {wanted[b]: row for b, row in uow.session.execute(_BY_BARCODES, {"codes": list(wanted)}).all()
             } if wanted else {}
    rest = [c.strip() for c in codes if c not in found]
    if rest:
        found.update({row.sku: row for row in uow.session.execute(
            select(ProductRow).where(ProductRow.sku.in_(rest))).scalars()})
    return found


def find_by_barcode(uow: UnitOfWork, actor: Actor, code: str) -> ProductInfo:
    actor.require(Permission.STOCK_VIEW)
    with uow:
        return info(uow, row_by_barcode(uow, code))


def get_product(uow: UnitOfWork, actor: Actor, sku: str) -> ProductInfo:
    actor.require(Permission.STOCK_VIEW)
    with uow:
        return info(uow, row_by_sku(uow, sku))


def search(uow: UnitOfWork, actor: Actor, text: str = "", *, category: str = "", active_only: bool = True,
           low_only: bool = False, limit: int = 50, offset: int = 0) -> list[ProductInfo]:
    """Substring search on name, SKU and category; one page at a time, never the whole catalogue.
    Every word must appear in the product's search text (app/store/text_search.py: a
    trigram index finds the words of 3 characters or more)."""
    actor.require(Permission.STOCK_VIEW)
    q = select(ProductRow)
    if category:
        q = q.where(ProductRow.category == category)
    if active_only:
        q = q.where(ProductRow.active.is_(True))
    if low_only:
        q = q.where(ProductRow.qty_milli <= ProductRow.min_stock_milli)
    q = q.order_by(ProductRow.name, ProductRow.id).limit(limit).offset(offset)
    with uow:
        q = where_products_contain(q, uow.session.get_bind().dialect.name, text)
        rows = uow.session.execute(q).scalars().all()
        codes: dict[int, list[str]] = {}
        if rows:
            for code, pid in uow.session.execute(select(BarcodeRow.barcode, BarcodeRow.product_id)
                                                 .where(BarcodeRow.product_id.in_([r.id for r in rows]))):
                codes.setdefault(pid, []).append(code)
        return [ProductInfo(to_product(r), tuple(sorted(codes.get(r.id, []))), r.qty_milli, r.value_rp)
                for r in rows]


def categories(uow: UnitOfWork) -> list[str]:
    with uow:
        return list(uow.session.execute(select(ProductRow.category).where(ProductRow.category != "")
                                        .distinct().order_by(ProductRow.category)).scalars())


def count_products(uow: UnitOfWork) -> int:
    with uow:
        return uow.session.execute(select(func.count(ProductRow.id))).scalar_one()


def _checked(draft: ProductDraft) -> tuple[ProductDraft, tuple[str, ...], str, bool]:
    problems = product_problems(draft.sku, draft.name, draft.price_rp, draft.member_price_rp, draft.het_rp)
    try:
        unit = Unit(draft.unit.strip().lower())
    except ValueError:
        problems.append(f"Satuan {draft.unit!r} tidak dikenal ({', '.join(u.value for u in Unit)}).")
        unit = Unit.PCS
    if isinstance(draft.deposit_rp, bool) or not isinstance(draft.deposit_rp, int) or draft.deposit_rp < 0:
        problems.append("Deposit tabung harus rupiah bulat, tidak negatif.")
    if len(draft.category.strip()) > 60:
        problems.append("Kategori maks. 60 karakter.")
    if draft.min_stock_milli < 0:
        problems.append("Stok minimum tidak boleh negatif.")
    if draft.subsidized and draft.het_rp is None:
        problems.append("Barang bersubsidi wajib punya HET.")
    negative = draft.negative_stock or (NegativeStock.REFUSE if draft.subsidized else NegativeStock.WARN)
    if negative not in (NegativeStock.REFUSE, NegativeStock.WARN):
        problems.append("Aturan stok minus harus 'refuse' atau 'warn'.")
    codes = []
    for code in draft.barcodes:
        try:
            codes.append(normalise_barcode(code))
        except DomainError as exc:
            problems.append(exc.message)
    if len(set(codes)) != len(codes):
        problems.append("Barcode ganda dalam satu barang.")
    if problems:
        raise DomainError("product_invalid", f"Data barang {draft.sku or draft.name!r} belum benar.",
                          details=tuple(problems))
    decimal = draft.decimal_qty if draft.decimal_qty is not None else unit in WEIGHED_UNITS
    return draft, tuple(codes), str(negative), decimal


def _taken_codes(uow: UnitOfWork, codes: tuple[str, ...], product_id: int | None) -> list[str]:
    if not codes:
        return []
    q = select(BarcodeRow.barcode).where(BarcodeRow.barcode.in_(codes))
    if product_id is not None:
        q = q.where(BarcodeRow.product_id != product_id)
    return list(uow.session.execute(q).scalars())


def add_in(uow: UnitOfWork, username: str, draft: ProductDraft, now: datetime) -> ProductRow:
    """Create within the caller's transaction (the import uses it for every row)."""
    draft, codes, negative, decimal = _checked(draft)
    if uow.session.execute(select(ProductRow.id).where(ProductRow.sku == draft.sku.strip())).first():
        raise DomainError("duplicate_sku", f"SKU {draft.sku} sudah dipakai.")
    taken = _taken_codes(uow, codes, None)
    if taken:
        raise DomainError("duplicate_barcode", f"Barcode {', '.join(taken)} sudah dipakai barang lain.")
    row = ProductRow(sku=draft.sku.strip(), name=draft.name.strip(), category=draft.category.strip(),
                     unit=draft.unit.strip().lower(), decimal_qty=decimal, price_rp=draft.price_rp,
                     member_price_rp=draft.member_price_rp, het_rp=draft.het_rp, subsidized=draft.subsidized,
                     deposit_rp=draft.deposit_rp, active=draft.active, min_stock_milli=draft.min_stock_milli,
                     negative_stock=negative, qty_milli=0, value_rp=0, unit_cost_rp=0, updated_at=now,
                     search_text=search_key(draft.name, draft.sku, draft.category))
    uow.session.add(row)
    uow.session.flush()
    uow.session.add_all(BarcodeRow(barcode=c, product_id=row.id) for c in codes)
    audit.append(uow, username, "product.create", row.sku, {"name": row.name, "price_rp": row.price_rp})
    return row


def create_product(uow: UnitOfWork, actor: Actor, draft: ProductDraft) -> ProductInfo:
    actor.require(Permission.CATALOGUE_EDIT)
    with uow:
        row = add_in(uow, actor.username, draft, uow.now())
        uow.session.flush()
        result = info(uow, row)
        uow.commit()
        return result


_PRICE_FIELDS = ("price_rp", "member_price_rp", "het_rp", "deposit_rp")


def update_product(uow: UnitOfWork, actor: Actor, sku: str, draft: ProductDraft) -> ProductInfo:
    """Edit a product; price changes are audited with old and new values. SKU stays."""
    actor.require(Permission.CATALOGUE_EDIT)
    draft, codes, negative, decimal = _checked(draft)
    with uow:
        row = row_by_sku(uow, sku)
        if draft.sku.strip() != row.sku:
            raise DomainError("sku_fixed", "SKU tidak bisa diubah; buat barang baru bila perlu.")
        taken = _taken_codes(uow, codes, row.id)
        if taken:
            raise DomainError("duplicate_barcode", f"Barcode {', '.join(taken)} sudah dipakai barang lain.")
        prices = {f: [getattr(row, f), getattr(draft, f)] for f in _PRICE_FIELDS if getattr(row, f) != getattr(draft, f)}
        row.name, row.category, row.unit = draft.name.strip(), draft.category.strip(), draft.unit.strip().lower()
        row.decimal_qty, row.price_rp, row.member_price_rp = decimal, draft.price_rp, draft.member_price_rp
        row.het_rp, row.subsidized, row.deposit_rp = draft.het_rp, draft.subsidized, draft.deposit_rp
        row.active, row.min_stock_milli, row.negative_stock = draft.active, draft.min_stock_milli, negative
        row.search_text = search_key(row.name, row.sku, row.category)
        row.updated_at = uow.now()
        for old in uow.session.execute(select(BarcodeRow).where(BarcodeRow.product_id == row.id)).scalars():
            uow.session.delete(old)
        uow.session.flush()
        uow.session.add_all(BarcodeRow(barcode=c, product_id=row.id) for c in codes)
        if prices:
            audit.append(uow, actor.username, "product.price", row.sku, prices)
        audit.append(uow, actor.username, "product.update", row.sku, {"name": row.name})
        uow.session.flush()
        result = info(uow, row)
        uow.commit()
        return result

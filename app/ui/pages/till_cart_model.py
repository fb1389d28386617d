"""The cart: what the customer is buying, before it becomes a sale.

`Cart` is plain data (lines, member, approver, the sale's UUID) and prices each line
through the domain's `price_line`, so the screen shows what `record_sale` will charge.
`CartModel` is the Qt table over it; every change goes through the model so views and
the customer display follow."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any
from uuid import UUID, uuid4

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.domain import fmt
from app.domain.auth import Actor
from app.domain.catalogue import Product, format_qty
from app.domain.pricing import PricedLine, price_line
from app.services.members import MemberInfo
from app.services.sales import CartLine
from app.ui.table_model import LEFT, RIGHT

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CartItem:
    code: str  # the barcode (or SKU) record_sale looks the product up by
    product: Product
    qty_milli: int
    price_rp: int | None = None  # another unit price, approved by a pengurus
    discount_rp: int = 0  # line discount, approved by a pengurus


class Cart:
    def __init__(self) -> None:
        self.items: list[CartItem] = []
        self.member: MemberInfo | None = None
        self.approver: Actor | None = None  # the pengurus who approved price changes
        self.uuid: UUID = uuid4()  # the sale's document id: a retry replays, never duplicates

    # --- prices ------------------------------------------------------------

    def base_price(self, item: CartItem) -> int:
        return item.product.unit_price(self.member is not None)

    def unit_price(self, item: CartItem) -> int:
        return item.price_rp if item.price_rp is not None else self.base_price(item)

    def priced(self, item: CartItem) -> PricedLine:
        p = item.product
        return price_line(p.id, item.qty_milli, self.unit_price(item), discount_rp=item.discount_rp,
                          deposit_per_unit_rp=p.deposit_rp, het_rp=p.het_rp)

    def line_total(self, item: CartItem) -> int:
        return self.priced(item).total_rp

    @property
    def total_rp(self) -> int:
        return sum(self.line_total(i) for i in self.items)

    @property
    def subsidised(self) -> bool:
        return any(i.product.subsidized for i in self.items)

    def changed_prices(self) -> bool:
        return any(i.discount_rp or (i.price_rp is not None and i.price_rp != self.base_price(i))
                   for i in self.items)

    def is_empty(self) -> bool:
        return not self.items

    # --- for the services --------------------------------------------------

    def sale_lines(self) -> tuple[CartLine, ...]:
        return tuple(CartLine(i.code, i.qty_milli, i.price_rp, i.discount_rp) for i in self.items)

    def payload(self) -> dict:
        """What a held cart keeps (JSON): codes and quantities, not prices, which are
        looked up again on recall. Approvals are not kept: a recalled price change needs a PIN again."""
        return {"version": 1, "member_no": self.member.member_no if self.member else None,
                "lines": [{"code": i.code, "sku": i.product.sku, "qty_milli": i.qty_milli,
                           "price_rp": i.price_rp, "discount_rp": i.discount_rp} for i in self.items]}


class CartModel(QAbstractTableModel):
    changed = Signal()  # lines, prices or the member changed: refresh totals

    COLUMNS = ("no", "name", "qty", "price", "discount", "amount")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.cart = Cart()
        self._headers = (self.tr("No"), self.tr("Barang"), self.tr("Qty"), self.tr("Harga"), self.tr("Diskon"),
                         self.tr("Jumlah"))

    # --- Qt model interface ------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.cart.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cart.items):
            return None
        item = self.cart.items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((LEFT if column == "name" else RIGHT).value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "price" and item.price_rp is not None:
                return self.tr("Harga khusus (disetujui pengurus); harga biasa {price}").format(
                    price=fmt.rupiah(self.cart.base_price(item)))
            if column == "name":
                return f"{item.product.sku} · {item.code}"
        if role == ITEM_ROLE:
            return item
        return None

    def _text(self, row: int, item: CartItem, column: str) -> str:
        if column == "no":
            return str(row + 1)
        if column == "name":
            deposit = self.tr(" (+ deposit tabung)") if item.product.deposit_rp else ""
            return item.product.name + deposit
        if column == "qty":
            return f"{format_qty(item.qty_milli)} {item.product.unit.value}"
        if column == "price":
            return fmt.rupiah(self.cart.unit_price(item)) + (" *" if item.price_rp is not None else "")
        if column == "discount":
            return fmt.rupiah(-item.discount_rp) if item.discount_rp else ""
        return fmt.rupiah(self.cart.line_total(item))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int((LEFT if self.COLUMNS[section] == "name" else RIGHT).value)
        return None

    # --- changes -----------------------------------------------------------

    def item(self, row: int) -> CartItem | None:
        return self.cart.items[row] if 0 <= row < len(self.cart.items) else None

    def add(self, code: str, product: Product, qty_milli: int) -> int:
        """Add a line, or add to the same product's line (without a price change). Returns its row."""
        for row, item in enumerate(self.cart.items):
            if item.product.id == product.id and item.price_rp is None and not item.discount_rp:
                self._check(replace(item, qty_milli=item.qty_milli + qty_milli))
                return self._replace(row, replace(item, qty_milli=item.qty_milli + qty_milli))
        new = CartItem(code, product, qty_milli)
        self._check(new)
        row = len(self.cart.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self.cart.items.append(new)
        self.endInsertRows()
        self.changed.emit()
        return row

    def set_qty(self, row: int, qty_milli: int) -> None:
        item = self.cart.items[row]
        self._check(replace(item, qty_milli=qty_milli))
        self._replace(row, replace(item, qty_milli=qty_milli))

    def set_price(self, row: int, price_rp: int | None, discount_rp: int, approver: Actor | None) -> None:
        item = self.cart.items[row]
        if price_rp == self.cart.base_price(item):
            price_rp = None
        new = replace(item, price_rp=price_rp, discount_rp=discount_rp)
        self._check(new)
        if approver is not None:
            self.cart.approver = approver
        self._replace(row, new)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.cart.items[row]
        self.endRemoveRows()
        self.changed.emit()

    def set_member(self, member: MemberInfo | None) -> None:
        """Attach (or drop) the member: prices follow at once (member prices)."""
        self.beginResetModel()
        self.cart.member = member
        self.endResetModel()
        self.changed.emit()

    def set_cart(self, cart: Cart) -> None:
        self.beginResetModel()
        self.cart = cart
        self.endResetModel()
        self.changed.emit()

    def clear(self) -> None:
        self.set_cart(Cart())

    def _check(self, item: CartItem) -> None:
        """Raise the domain's refusal (bad quantity, above HET, discount too large) before changing anything."""
        self.cart.priced(item)

    def _replace(self, row: int, item: CartItem) -> int:
        self.cart.items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))
        self.changed.emit()
        return row

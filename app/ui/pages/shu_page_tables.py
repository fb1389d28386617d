"""The SHU page's tables: the pools (part, %, rupiah) and the members (basis figures, JMA,
JUA, total, and on a distributed year how and when each was paid)."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView

from app.domain import fmt
from app.domain.shu import PART_KEYS, pct_text
from app.ui.pages.member_profile import fit_headers
from app.ui.pages.shu_page_editor import part_labels
from app.ui.table_model import RIGHT, Column, LazyTableModel, slice_loader
from app.ui.table_view import make_table


class RowsModel(LazyTableModel):
    """Rows already in memory, all shown (a year has at most a few thousand members)."""

    def __init__(self, columns: Sequence[Column]) -> None:
        super().__init__(columns, None, page_size=100_000)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.set_loader(slice_loader(list(rows)))
        self.load_first_page()


def _money(v: int) -> str:
    return fmt.number(v)


def pools_table() -> tuple[RowsModel, QTableView]:
    labels = part_labels()
    model = RowsModel(
        [
            Column("part", QCoreApplication.translate("ShuPage", "Bagian"), lambda p: labels.get(p.part, p.part)),
            Column("pct", QCoreApplication.translate("ShuPage", "%"), lambda p: pct_text(p.pct), RIGHT),
            Column(
                "amount", QCoreApplication.translate("ShuPage", "Jumlah (Rp)"), lambda p: p.amount_rp, RIGHT, _money
            ),
        ]
    )
    view = make_table(model, widths={1: 44, 2: 110}, stretch=0)
    view.setMinimumHeight(28 * (len(PART_KEYS) + 1) + 6)
    return model, view


def _name(r: Any) -> str:
    return getattr(r, "name", None) or getattr(r, "member_name", "")


def paid_labels() -> dict[str, str]:
    return {
        "tunai": QCoreApplication.translate("ShuPage", "Tunai"),
        "transfer": QCoreApplication.translate("ShuPage", "Transfer"),
        "sukarela": QCoreApplication.translate("ShuPage", "Ke sukarela"),
    }


def member_table(*, paid: bool) -> tuple[RowsModel, QTableView]:
    # The shares before the figures they come from: on a 1366-pixel screen the SHU of each
    # member shows without scrolling across.
    cols = [
        Column("no", QCoreApplication.translate("ShuPage", "No. anggota"), lambda r: r.member_no),
        Column("name", QCoreApplication.translate("ShuPage", "Nama"), _name),
        Column("jma", QCoreApplication.translate("ShuPage", "JMA"), lambda r: r.jma_rp, RIGHT, _money),
        Column("jua", QCoreApplication.translate("ShuPage", "JUA"), lambda r: r.jua_rp, RIGHT, _money),
        Column("total", QCoreApplication.translate("ShuPage", "Jumlah SHU"), lambda r: r.total_rp, RIGHT, _money),
    ]
    if paid:
        cols.append(
            Column(
                "paid",
                QCoreApplication.translate("ShuPage", "Dibayar"),
                lambda r: (
                    f"{paid_labels()[r.paid_method]} · {r.paid_doc}"
                    if getattr(r, "paid_method", None)
                    else QCoreApplication.translate("ShuPage", "belum")
                ),
            )
        )
    cols += [
        Column("modal", QCoreApplication.translate("ShuPage", "Simpanan"), lambda r: r.modal_rp, RIGHT, _money),
        Column(
            "purchases", QCoreApplication.translate("ShuPage", "Pembelian"), lambda r: r.purchases_rp, RIGHT, _money
        ),
        Column(
            "interest", QCoreApplication.translate("ShuPage", "Jasa pinjaman"), lambda r: r.interest_rp, RIGHT, _money
        ),
    ]
    model = RowsModel(cols)
    widths = [80, 160, 80, 80, 90, *([170] if paid else []), 80, 80, 80]
    view = make_table(model, widths=dict(enumerate(widths)))
    fit_headers(view)
    return model, view

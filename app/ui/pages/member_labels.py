"""Member and savings words as the user reads them on the Anggota page: the savings
dialogs' vocabulary (context "Savings") and the member's gender."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain import fmt
from app.domain.savings import SavingsType
from app.ui.pages.savings_dialog import SHORT_TYPE_TEXT, kind_text, method_text, status_text, type_text

STATUS_CODES = ("aktif", "keluar", "meninggal")
TYPE_CODES = tuple(t.value for t in SavingsType)

status_label = status_text
kind_label = kind_text
method_label = method_text
type_long_label = type_text  # Simpanan Pokok


def type_label(savings_type: str) -> str:
    """Short: Pokok, Wajib, Sukarela."""
    try:
        return QCoreApplication.translate("Savings", SHORT_TYPE_TEXT[SavingsType(savings_type)])
    except ValueError:
        return savings_type


def gender_label(gender: str | None) -> str:
    labels = {"L": QCoreApplication.translate("MemberLabels", "Laki-laki"),
              "P": QCoreApplication.translate("MemberLabels", "Perempuan")}
    return labels.get(gender or "", "—")


def optional_day(d: date | None) -> str:
    return fmt.day(d) if d is not None else "—"

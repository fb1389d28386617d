"""Accounting periods are calendar months of the outlet's local date, keyed "YYYY-MM"."""

from __future__ import annotations

import re
from datetime import date

from app.domain.errors import DomainError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def parse_month(text: str) -> str:
    text = text.strip()
    if not _MONTH.match(text):
        raise DomainError("bad_month", f"Periode harus berbentuk TTTT-BB (mis. 2026-11), bukan {text!r}.")
    return text


def month_bounds(key: str) -> tuple[date, date]:
    """First and last day of a month key."""
    year, month = int(key[:4]), int(key[5:7])
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, date.fromordinal(nxt.toordinal() - 1)

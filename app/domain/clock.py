"""Outlet time zones. Indonesia keeps no daylight saving, so fixed offsets are exact
and need no tz database (Windows ships none)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Callable

from app.domain.errors import DomainError

Clock = Callable[[], datetime]  # returns an aware UTC datetime


@dataclass(frozen=True)
class OutletZone:
    name: str
    hours: int

    @property
    def tzinfo(self) -> timezone:
        return timezone(timedelta(hours=self.hours), self.name)

    def local_date(self, at_utc: datetime) -> date:
        return at_utc.astimezone(self.tzinfo).date()


ZONES = {"WIB": OutletZone("WIB", 7), "WITA": OutletZone("WITA", 8), "WIT": OutletZone("WIT", 9)}


def zone(name: str) -> OutletZone:
    try:
        return ZONES[name.upper()]
    except KeyError:
        raise DomainError("bad_timezone", f"Zona waktu harus WIB, WITA, atau WIT, bukan {name!r}.") from None

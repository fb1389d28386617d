"""The cooperative profile and the outlet's business date."""

from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date

from sqlalchemy import select

from app.domain.clock import OutletZone, zone
from app.domain.cooperative import CooperativeProfile, ensure_profile
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.services import audit
from app.store.models import CooperativeRow
from app.store.uow import UnitOfWork

_FIELDS = [f.name for f in fields(CooperativeProfile)]
_TIMEZONE = select(CooperativeRow.timezone).where(CooperativeRow.id == 1)


def _row(uow: UnitOfWork) -> CooperativeRow | None:
    return uow.session.get(CooperativeRow, 1)


def current(uow: UnitOfWork) -> CooperativeProfile | None:
    """Within the caller's transaction."""
    row = _row(uow)
    if row is None:
        return None
    return CooperativeProfile(**{name: getattr(row, name) for name in _FIELDS})


def require(uow: UnitOfWork) -> CooperativeProfile:
    p = current(uow)
    if p is None:
        raise DomainError("not_initialised", "Koperasi belum disiapkan. Jalankan 'kopdes init' dahulu.")
    return p


def outlet_zone(uow: UnitOfWork) -> OutletZone:
    # Only the zone: every posting asks for the business date, a sale included.
    tz = uow.session.execute(_TIMEZONE).scalar_one_or_none()
    return zone(tz or "WIB")


def business_date(uow: UnitOfWork) -> date:
    """Today in the outlet's zone (a shift past midnight is handled by the shift, not here)."""
    return outlet_zone(uow).local_date(uow.now())


def today(uow: UnitOfWork) -> date:
    """The business date as its own read (for screens); `business_date` is the in-transaction form."""
    with uow:
        return business_date(uow)


def get(uow: UnitOfWork) -> CooperativeProfile | None:
    with uow:
        return current(uow)


def save_row(uow: UnitOfWork, profile: CooperativeProfile) -> None:
    profile = ensure_profile(profile)
    row = _row(uow)
    if row is None:
        uow.session.add(CooperativeRow(id=1, created_at=uow.now(), **asdict(profile)))
    else:
        for name in _FIELDS:
            setattr(row, name, getattr(profile, name))


def update(uow: UnitOfWork, actor: Actor, profile: CooperativeProfile) -> CooperativeProfile:
    actor.require(Permission.PROFILE_EDIT)
    profile = ensure_profile(profile)
    with uow:
        old = require(uow)
        save_row(uow, profile)
        changed = {k: [getattr(old, k), getattr(profile, k)] for k in _FIELDS
                   if getattr(old, k) != getattr(profile, k)}
        if changed:
            audit.append(uow, actor.username, "profile.update", "cooperative", changed)
        uow.commit()
        return profile

"""First run: the cooperative profile, the chart of accounts and the first admin."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.accounts import STARTING_CHART
from app.domain.cooperative import CooperativeProfile, ensure_profile
from app.domain.errors import DomainError
from app.services import audit, auth, profile, sync_keys
from app.services.auth import UserInfo
from app.store.models import AccountRow
from app.store.uow import UnitOfWork


def is_initialised(uow: UnitOfWork) -> bool:
    with uow:
        return profile.current(uow) is not None


def ensure_chart(uow: UnitOfWork) -> int:
    """Add any account of the starting chart that the books do not have yet
    (later versions extend the chart). Parents first. Returns how many were added."""
    have = set(uow.session.execute(select(AccountRow.code)).scalars())
    added = 0
    for acc in STARTING_CHART:  # ordered parents-before-children
        if acc.code not in have:
            uow.session.add(AccountRow(code=acc.code, name=acc.name, type=acc.type.value,
                                       parent_code=acc.parent, postable=acc.postable,
                                       contra=acc.contra, active=True))
            uow.session.flush()
            added += 1
    return added


def initialise(uow: UnitOfWork, coop: CooperativeProfile, admin_username: str, admin_full_name: str,
               admin_secret: str) -> UserInfo:
    """All or nothing: profile, chart, first admin and the district-sync keys, in one transaction."""
    coop = ensure_profile(coop)
    with uow:
        if profile.current(uow) is not None:
            raise DomainError("already_initialised", "Koperasi sudah disiapkan sebelumnya.")
        ensure_chart(uow)
        profile.save_row(uow, coop)
        user = auth.add_user_in(uow, "setup", admin_username, admin_full_name, admin_secret, ["admin"])
        audit.append(uow, "setup", "setup.initialise", coop.name, {"nib": coop.nib})
        sync_keys.ensure_in(uow, "setup")
        info = auth.user_info(uow, user)
        uow.commit()
        return info

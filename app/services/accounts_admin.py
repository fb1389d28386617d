"""Chart of accounts management for the treasurer: add a leaf account under a header,
rename, deactivate or reactivate, delete an account never used. Every change is
audited. Permission: journal.post (the bendahara); reading needs journal.view.

A deactivated account refuses new postings (ledger validation checks `active`) but
keeps its history; an account with any journal line cannot be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, exists, func, select

from app.domain.accounts import STARTING_CHART, Account, AccountType
from app.domain.accounts_admin import (SYSTEM_ACCOUNTS, deactivate_problems, is_leaf_parent, name_problems,
                                       new_account_problems, normal_side, suggest_code)
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.services import audit, journal_templates, ledger, profile
from app.store.models import AccountDayBalanceRow, AccountRow, JournalLineRow
from app.store.uow import UnitOfWork


@dataclass(frozen=True)
class AccountInfo:
    code: str
    name: str
    type: AccountType
    parent: str | None
    postable: bool
    contra: bool
    active: bool
    normal_side: str  # "debit" or "kredit"
    balance_rp: int  # on the normal side: positive is the usual balance
    used: bool  # has journal lines: cannot be deleted
    system: bool  # posted to by the application itself: cannot be deactivated

    @property
    def level(self) -> int:
        return {1: 0, 2: 1}.get(len(self.code), 2)


def _refuse(code: str, problems: list[str]) -> None:
    if problems:
        raise DomainError(code, problems[0], details=tuple(problems[1:]))


def _balances(uow: UnitOfWork, as_of=None) -> dict[str, int]:
    q = select(AccountDayBalanceRow.account_code,
               func.sum(AccountDayBalanceRow.debit_rp) - func.sum(AccountDayBalanceRow.credit_rp))
    if as_of is not None:
        q = q.where(AccountDayBalanceRow.day <= as_of)
    return {code: int(net) for code, net in uow.session.execute(q.group_by(AccountDayBalanceRow.account_code))}


def _info(acc: Account, net: int, used: bool) -> AccountInfo:
    return AccountInfo(acc.code, acc.name, acc.type, acc.parent, acc.postable, acc.contra, acc.active,
                       normal_side(acc), net if acc.normal_debit else -net, used, acc.code in SYSTEM_ACCOUNTS)


def _used(uow: UnitOfWork, code: str) -> bool:
    return uow.session.execute(select(exists().where(JournalLineRow.account_code == code))).scalar()


def list_accounts(uow: UnitOfWork, actor: Actor) -> list[AccountInfo]:
    """The whole chart in code order, each account with its balance today; a header
    shows the sum of the accounts below it."""
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        chart = ledger.load_chart(uow)
        nets = _balances(uow, profile.business_date(uow))
        used = set(uow.session.execute(select(AccountDayBalanceRow.account_code).distinct()).scalars())
    totals = dict.fromkeys(chart, 0)
    for code, net in nets.items():
        node: str | None = code
        while node is not None:  # add to every ancestor
            totals[node] += net
            node = chart[node].parent
    return [_info(chart[c], totals[c], c in used) for c in sorted(chart)]


def parents(uow: UnitOfWork, actor: Actor) -> list[Account]:
    """Headers a new account may go under."""
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        return sorted((a for a in ledger.load_chart(uow).values() if is_leaf_parent(a)), key=lambda a: a.code)


def next_code(uow: UnitOfWork, actor: Actor, parent_code: str) -> str:
    actor.require(Permission.JOURNAL_VIEW)
    with uow:
        return suggest_code(parent_code.strip(), ledger.load_chart(uow))


def _get(uow: UnitOfWork, chart: dict[str, Account], code: str) -> Account:
    acc = chart.get(code.strip())
    if acc is None:
        raise NotFound("account_not_found", f"Akun {code!r} tidak ditemukan.")
    return acc


def add_account(uow: UnitOfWork, actor: Actor, parent_code: str, code: str, name: str, *,
                contra: bool = False) -> AccountInfo:
    """A new leaf account: type from its parent, active, postable."""
    actor.require(Permission.JOURNAL_POST)
    code, name = code.strip(), " ".join(name.split())
    with uow:
        chart = ledger.load_chart(uow)
        _refuse("account_invalid", new_account_problems(parent_code, code, name, chart))
        parent = chart[parent_code.strip()]
        uow.session.add(AccountRow(code=code, name=name, type=parent.type.value, parent_code=parent.code,
                                   postable=True, contra=contra, active=True))
        audit.append(uow, actor.username, "account.add", code,
                     {"name": name, "parent": parent.code, "type": parent.type.value, "contra": contra})
        acc = Account(code, name, parent.type, parent.code, True, contra, True)
        uow.commit()
        return _info(acc, 0, False)


def rename_account(uow: UnitOfWork, actor: Actor, code: str, name: str) -> AccountInfo:
    actor.require(Permission.JOURNAL_POST)
    name = " ".join(name.split())
    with uow:
        chart = ledger.load_chart(uow)
        acc = _get(uow, chart, code)
        _refuse("account_invalid", name_problems(name, chart, acc.code))
        if name == acc.name:
            raise DomainError("account_unchanged", f"Nama akun {acc.code} sudah {name!r}.")
        row = uow.session.get(AccountRow, acc.code)
        row.name = name
        audit.append(uow, actor.username, "account.rename", acc.code, {"old": acc.name, "new": name})
        info = _info(Account(acc.code, name, acc.type, acc.parent, acc.postable, acc.contra, acc.active),
                     _balances(uow).get(acc.code, 0), _used(uow, acc.code))
        uow.commit()
        return info


def set_active(uow: UnitOfWork, actor: Actor, code: str, active: bool) -> AccountInfo:
    """Deactivate (no new postings; history kept) or reactivate a leaf account."""
    actor.require(Permission.JOURNAL_POST)
    with uow:
        chart = ledger.load_chart(uow)
        acc = _get(uow, chart, code)
        net = _balances(uow).get(acc.code, 0)
        if active:
            if acc.active:
                raise DomainError("account_active", f"{acc.code} {acc.name} sudah aktif.")
        else:
            _refuse("account_in_use", deactivate_problems(acc, net))
        uow.session.get(AccountRow, acc.code).active = active
        audit.append(uow, actor.username, "account.activate" if active else "account.deactivate", acc.code,
                     {"name": acc.name, "balance_rp": net})
        info = _info(Account(acc.code, acc.name, acc.type, acc.parent, acc.postable, acc.contra, active),
                     net, _used(uow, acc.code))
        uow.commit()
        return info


def delete_account(uow: UnitOfWork, actor: Actor, code: str) -> None:
    """Only an account the outlet added and never used (a typo): a used one is deactivated."""
    actor.require(Permission.JOURNAL_POST)
    with uow:
        chart = ledger.load_chart(uow)
        acc = _get(uow, chart, code)
        if not acc.postable or acc.code in SYSTEM_ACCOUNTS or _is_builtin(acc.code):
            raise DomainError("account_builtin", f"{acc.code} {acc.name} bagian dari bagan akun bawaan; "
                              "tidak bisa dihapus (nonaktifkan bila tidak dipakai).")
        if _used(uow, acc.code):
            raise DomainError("account_used", f"{acc.code} {acc.name} sudah dipakai jurnal; tidak bisa dihapus. "
                              "Nonaktifkan saja agar tidak dipakai lagi.")
        users = journal_templates.templates_using(uow, acc.code)
        if users:
            raise DomainError("account_in_template", f"{acc.code} {acc.name} dipakai templat jurnal "
                              f"{', '.join(users)}; ubah templatnya dahulu.")
        uow.session.execute(delete(AccountRow).where(AccountRow.code == acc.code))
        audit.append(uow, actor.username, "account.delete", acc.code, {"name": acc.name})
        uow.commit()


_BUILTIN = frozenset(a.code for a in STARTING_CHART)


def _is_builtin(code: str) -> bool:
    return code in _BUILTIN

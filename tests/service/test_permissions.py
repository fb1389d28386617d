"""Every role x every action: services enforce permissions, not just the GUI."""

from datetime import date
from uuid import uuid4

import pytest

from app.domain.auth import Actor, Role
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import PermissionDenied
from app.domain.ledger import JournalDraft, LineDraft
from app.services import audit, auth, backups, catalogue, ledger, lpg, members, profile, sales, settings, shifts, stock
from app.services.demo import DEMO_PROFILE

pytestmark = pytest.mark.sqlite_only


def _journal():
    return JournalDraft(uuid4(), date(2026, 11, 23), "Uji wewenang",
                        (LineDraft("5205", debit_rp=1_000), LineDraft("1101", credit_rp=1_000)))


def _posted(ctx):
    rows = ledger.list_journals(ctx.reader(), ACTORS["admin_viewer"], limit=10)
    return next(r.number for r in rows if not r.reverses and not r.reversed_by)


ACTORS = {"admin_viewer": Actor(0, "x", "x", frozenset({Role.PENGAWAS}))}

ACTIONS = {
    "journal.view": lambda ctx, a: ledger.list_journals(ctx.reader(), a),
    "journal.post": lambda ctx, a: ledger.post_journal(ctx.uow(), a, _journal()),
    "journal.reverse": lambda ctx, a: ledger.reverse_journal(ctx.uow(), a, _posted(ctx), "uji"),
    "report.view": lambda ctx, a: ledger.trial_balance(ctx.reader(), a),
    "period.close": lambda ctx, a: ledger.close_period(ctx.uow(), a, "2026-09"),
    "user.manage": lambda ctx, a: auth.list_users(ctx.reader(), a),
    "profile.edit": lambda ctx, a: profile.update(ctx.uow(), a, CooperativeProfile(
        **{**DEMO_PROFILE.__dict__, "phone": "0263-5550000"})),
    "settings.edit": lambda ctx, a: settings.change(ctx.uow(), a, {"ui.idle_lock_minutes": 15}),
    "audit.view": lambda ctx, a: audit.entries(ctx.reader(), a),
    "backup.create": lambda ctx, a: backups.backup_now(ctx, a),
    "shift.run": lambda ctx, a: shifts.open_shift(ctx.uow(), a, "KASIR-9", 100_000, uuid=uuid4()),
    "stock.view": lambda ctx, a: catalogue.search(ctx.reader(), a, "beras"),
    "stock.manage": lambda ctx, a: stock.receive_stock(ctx.uow(), a, uuid4(), "BUMD", "cash",
                                                       [stock.StockLine("AIR-600", 1000, 2500)]),
    "catalogue.edit": lambda ctx, a: catalogue.create_product(ctx.uow(), a, catalogue.ProductDraft(
        sku=f"T-{uuid4().hex[:6]}", name="Uji", unit="pcs", price_rp=1000)),
    "lpg.logbook": lambda ctx, a: lpg.logbook(ctx.reader(), a, date(2026, 11, 20)),
    "member.credit": lambda ctx, a: members.set_credit_limit(ctx.uow(), a, "A00009", 50_000),
    "sale.view": lambda ctx, a: sales.list_sales(ctx.reader(), a, limit=1),
}

TILL = {"shift.run", "stock.view", "sale.view"}
ALLOWED = {
    "kasir": TILL,
    "pengurus": TILL | {"journal.view", "report.view", "profile.edit", "backup.create", "stock.manage",
                        "catalogue.edit", "lpg.logbook", "member.credit"},
    "bendahara": {"journal.view", "journal.post", "journal.reverse", "report.view", "period.close",
                  "backup.create", "stock.view", "sale.view"},
    "pengawas": {"journal.view", "report.view", "audit.view", "stock.view", "lpg.logbook", "sale.view"},
    "admin": {"user.manage", "profile.edit", "settings.edit", "audit.view", "backup.create"},
}


@pytest.mark.parametrize("role", sorted(ALLOWED))
@pytest.mark.parametrize("action", sorted(ACTIONS))
def test_permission_matrix(demo_ctx, login, role, action):
    actor = login(role)
    if action in ALLOWED[role]:
        ACTIONS[action](demo_ctx, actor)
    else:
        with pytest.raises(PermissionDenied) as err:
            ACTIONS[action](demo_ctx, actor)
        assert "tidak berwenang" in err.value.message


def test_period_reopen_is_admin_only(demo_ctx, login):
    ledger.close_period(demo_ctx.uow(), login("bendahara"), "2026-09")
    for role in ("kasir", "pengurus", "bendahara", "pengawas"):
        with pytest.raises(PermissionDenied):
            ledger.reopen_period(demo_ctx.uow(), login(role), "2026-09")
    assert ledger.reopen_period(demo_ctx.uow(), login("admin"), "2026-09").status == "open"


def test_restore_is_admin_only(demo_ctx, login, tmp_path):
    made = backups.backup_now(demo_ctx, login("bendahara"), to_dir=tmp_path / "usb")
    for role in ("kasir", "pengurus", "bendahara", "pengawas"):
        with pytest.raises(PermissionDenied):
            backups.restore(demo_ctx, login(role), made.path)

"""Selling: one transaction, one balanced journal, member prices, LPG rules, kasbon."""

from datetime import datetime, timedelta, timezone
from uuid import uuid4

import pytest

from app.domain.errors import DomainError, PermissionDenied
from app.domain.sale import PaymentDraft
from app.services import catalogue, checks, ledger, members, sales, settings
from tests.service.shop_helpers import LPG_NIK, open_shift, sell


@pytest.fixture
def shop(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    return demo_ctx, kasir


def journal_of(ctx, actor, number):
    info = ledger.get_journal(ctx.reader(), actor, number)
    return {(l.account, "D" if l.debit_rp else "K"): l.debit_rp or l.credit_rp for l in info.lines}


def stock_of(ctx, actor, sku):
    return catalogue.get_product(ctx.reader(), actor, sku).qty_milli


def test_cash_sale_posts_one_balanced_journal_and_moves_stock(shop, login, backend):
    ctx, kasir = shop
    before = stock_of(ctx, kasir, "MIE-GRG")
    result = sell(ctx, kasir, ("MIE-GRG", 3), ("BRS-CURAH", 1.5), pay={"cash": 50_000})
    assert result.number.startswith("PJ-20261123-")
    assert result.total_rp == 3 * 3_500 + 20_250 and result.change_rp == 50_000 - result.total_rp
    assert stock_of(ctx, kasir, "MIE-GRG") == before - 3_000
    j = journal_of(ctx, login("bendahara"), result.number)
    assert j[("1101", "D")] == result.total_rp and j[("4102", "K")] == result.total_rp
    assert j[("5101", "D")] == j[("1108", "K")] > 0
    assert checks.run_checks(ctx.reader()).ok


def test_member_sale_uses_member_prices_and_member_revenue(shop, login, backend):
    ctx, kasir = shop
    result = sell(ctx, kasir, ("MIE-GRG", 2), ("GLA-1KG", 1), member="A00007")
    assert result.member_no == "A00007" and result.total_rp == 2 * 3_300 + 17_500
    assert journal_of(ctx, login("bendahara"), result.number)[("4101", "K")] == result.total_rp
    card = members.find(ctx.reader(), kasir, "KOPDES:A00007")  # the card's QR
    assert card.member_no == "A00007"


def test_replaying_a_sale_uuid_returns_the_first_sale(shop, backend):
    ctx, kasir = shop
    req = sales.SaleRequest(uuid4(), "KASIR-1", (sales.CartLine("AIR-600", 2000),), (PaymentDraft("cash", 10_000),))
    first = sales.record_sale(ctx.uow(), kasir, req)
    again = sales.record_sale(ctx.uow(), kasir, req)
    assert again.number == first.number
    assert len([s for s in sales.list_sales(ctx.reader(), kasir, limit=5) if s.number == first.number]) == 1


@pytest.mark.parametrize("items, pay, code", [
    ((("99999999", 1),), None, "unknown_barcode"),
    ((("BRS-5KG", 1.5),), None, "bad_qty"),
    ((("MIE-GRG", 1),), {"cash": 1_000}, "underpaid"),
    ((("MIE-GRG", 1),), {"credit": 3_500}, "member_required"),
    ((("LPG3-ISI", 1),), None, "nik_required"),
    ((("MIE-GRG", 100_001),), None, "bad_qty"),
])
def test_refused_sales_write_nothing(shop, items, pay, code, backend):
    ctx, kasir = shop
    count = len(sales.list_sales(ctx.reader(), kasir, limit=1000))
    stock = stock_of(ctx, kasir, items[0][0]) if items[0][0] != "99999999" else None
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, *items, pay=pay)
    assert err.value.code == code, err.value.message
    assert len(sales.list_sales(ctx.reader(), kasir, limit=1000)) == count
    if stock is not None:
        assert stock_of(ctx, kasir, items[0][0]) == stock
    assert checks.run_checks(ctx.reader()).ok


def test_no_sale_without_an_open_shift(demo_ctx, login):
    with pytest.raises(DomainError) as err:
        sell(demo_ctx, login("kasir"), ("MIE-GRG", 1))
    assert err.value.code == "no_shift"


def test_lpg_needs_a_valid_nik_and_buyer_type_and_respects_het(shop, login):
    ctx, kasir = shop
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik="1234567890123456", buyer_type="rumah_tangga")
    assert err.value.code == "bad_nik"
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK)
    assert err.value.code == "buyer_type_required"
    with pytest.raises(DomainError) as err:  # even a pengurus cannot sell above HET
        sell(ctx, kasir, ("LPG3-ISI", 1, {"unit_price_rp": 20_000}), buyer_nik=LPG_NIK, buyer_type="pengecer",
             approver=login("pengurus"))
    assert err.value.code == "above_het"
    done = sell(ctx, kasir, ("LPG3-ISI", 2), buyer_nik=LPG_NIK, buyer_type="rumah_tangga", buyer_name="Euis")
    assert done.buyer_nik_masked == "3203********0003" and done.total_rp == 36_000


def test_new_cylinder_deposit_goes_to_deposit_tabung(shop, login):
    ctx, kasir = shop
    done = sell(ctx, kasir, ("LPG3-BARU", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    assert done.total_rp == 18_000 + 150_000 and done.deposit_rp == 150_000
    j = journal_of(ctx, login("bendahara"), done.number)
    assert j[("2108", "K")] == 150_000 and j[("4102", "K")] == 18_000


def test_lpg_limits_per_nik_when_set(shop, login):
    ctx, kasir = shop
    settings.change(ctx.uow(), login("admin"), {"lpg.limit.rumah_tangga.day": 2})
    sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    assert err.value.code == "lpg_limit"
    sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik="3203011201850004", buyer_type="rumah_tangga")  # another buyer


def test_kasbon_within_the_members_limit(shop, login):
    ctx, kasir = shop
    member = members.find(ctx.reader(), kasir, "A00002")
    room = member.credit_available_rp
    assert room > 0
    done = sell(ctx, kasir, ("MIE-GRG", 2), member="A00002", pay={"credit": 6_600})
    assert members.find(ctx.reader(), kasir, "A00002").credit_balance_rp == member.credit_balance_rp + 6_600
    assert journal_of(ctx, login("bendahara"), done.number)[("1104", "D")] == 6_600
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("MIE-DUS", 3), member="A00002", pay={"credit": 360_000})
    assert err.value.code in ("credit_limit", "overpaid")
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("MIE-GRG", 1), member="A00010", pay={"credit": 3_300})  # no limit set
    assert err.value.code == "credit_limit"
    split = sell(ctx, kasir, ("GLA-1KG", 2), member="A00002", pay={"credit": 5_000, "cash": 50_000})
    assert split.change_rp == 50_000 - (35_000 - 5_000)
    assert checks.run_checks(ctx.reader()).ok


def test_discount_and_price_override_need_a_pengurus(shop, login):
    ctx, kasir = shop
    with pytest.raises(PermissionDenied):
        sell(ctx, kasir, ("BRS-5KG", 1, {"discount_rp": 4_000}))
    done = sell(ctx, kasir, ("BRS-5KG", 1, {"discount_rp": 4_000}), approver=login("pengurus"))
    assert done.total_rp == 70_000 and done.discount_rp == 4_000
    with pytest.raises(PermissionDenied):
        sell(ctx, kasir, ("BRS-5KG", 1, {"discount_rp": 1}), approver=login("pengawas"))


def test_stock_rules_for_subsidised_and_other_goods(shop, login):
    ctx, kasir = shop
    left = stock_of(ctx, kasir, "LPG3-BARU") // 1000
    with pytest.raises(DomainError) as err:
        sell(ctx, kasir, ("LPG3-BARU", left + 1), buyer_nik=LPG_NIK, buyer_type="pengecer")
    assert err.value.code == "out_of_stock"
    before = stock_of(ctx, kasir, "MIE-DUS")
    units = max(before, 0) // 1000 + 2
    done = sell(ctx, kasir, ("MIE-DUS", units))
    assert done.warnings and "minus" in done.warnings[0]
    assert stock_of(ctx, kasir, "MIE-DUS") == before - units * 1000 < 0
    assert checks.run_checks(ctx.reader()).ok


def test_backdated_paper_sale_is_for_pengurus_only(shop, login, clock):
    ctx, kasir = shop
    at = clock.now - timedelta(days=1, hours=2)
    with pytest.raises(PermissionDenied):
        sell(ctx, kasir, ("AIR-600", 1), at=at)
    done = sell(ctx, login("pengurus"), ("AIR-600", 1), at=at)
    assert done.recorded_late and done.number.startswith("PJ-20261122-") and done.till is None
    with pytest.raises(DomainError):
        sell(ctx, login("pengurus"), ("AIR-600", 1), at=clock.now + timedelta(hours=1))
    with pytest.raises(DomainError):
        sell(ctx, login("pengurus"), ("AIR-600", 1), at=datetime(2026, 10, 1, tzinfo=timezone.utc))


def test_a_reused_sale_uuid_with_other_content_is_refused(shop, backend):
    ctx, kasir = shop
    uid = uuid4()
    first = sales.SaleRequest(uid, "KASIR-1", (sales.CartLine("AIR-600", 1000),), (PaymentDraft("cash", 5_000),))
    sales.record_sale(ctx.uow(), kasir, first)
    other = sales.SaleRequest(uid, "KASIR-1", (sales.CartLine("AIR-600", 2000),), (PaymentDraft("cash", 10_000),))
    with pytest.raises(DomainError) as err:
        sales.record_sale(ctx.uow(), kasir, other)
    assert err.value.code == "uuid_conflict"

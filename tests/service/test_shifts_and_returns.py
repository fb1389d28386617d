"""Shifts (blind close, differences, past midnight) and returns/voids."""

from concurrent.futures import ThreadPoolExecutor
from uuid import uuid4

import pytest

from app.domain.errors import DomainError, PermissionDenied
from app.services import catalogue, checks, ledger, members, returns, sales, shifts
from tests.service.shop_helpers import LPG_NIK, open_shift, sell


def test_blind_close_posts_the_difference_and_needs_a_pengurus_above_the_limit(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir, float_rp=150_000)
    sell(demo_ctx, kasir, ("MIE-GRG", 2), pay={"cash": 10_000})  # 7.000 into the drawer
    shifts.cash_move(demo_ctx.uow(), kasir, "KASIR-1", -25_000, "5204", "Ongkos ojek antar galon", uuid=uuid4())
    x = shifts.current(demo_ctx.reader(), kasir, "KASIR-1")
    assert x.expected_cash_rp == 150_000 + 7_000 - 25_000 and x.cash_out_rp == 25_000
    with pytest.raises(DomainError) as err:
        shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counted_rp=x.expected_cash_rp - 20_000)
    assert err.value.code == "approval_required"
    with pytest.raises(PermissionDenied):
        shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counted_rp=x.expected_cash_rp - 20_000,
                           approver=login("pengawas"))
    z = shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counts={100_000: 1, 10_000: 1, 2_000: 1},
                           approver=login("pengurus"))
    assert z.status == "closed" and z.counted_cash_rp == 112_000 and z.difference_rp == 112_000 - 132_000
    lines = {l.account: l for l in ledger.get_journal(demo_ctx.reader(), login("bendahara"), z.number).lines}
    assert lines["5210"].debit_rp == 20_000 and lines["1101"].credit_rp == 20_000
    assert shifts.report(demo_ctx.reader(), kasir, z.number).denominations == ((2_000, 1), (10_000, 1), (100_000, 1))
    assert checks.run_checks(demo_ctx.reader()).ok


def test_small_surplus_is_posted_without_approval(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir, float_rp=100_000)
    z = shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counted_rp=101_000)
    lines = {l.account: l for l in ledger.get_journal(demo_ctx.reader(), login("bendahara"), z.number).lines}
    assert lines["4901"].credit_rp == 1_000


def test_one_open_shift_per_till_and_bad_floats(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    with pytest.raises(DomainError) as err:
        open_shift(demo_ctx, kasir)
    assert err.value.code == "shift_open"
    open_shift(demo_ctx, kasir, till="KASIR-2")  # another till may open
    for bad in (-1, 10**12, 1.5):
        with pytest.raises(DomainError):
            shifts.open_shift(demo_ctx.uow(), kasir, "KASIR-3", bad, uuid=uuid4())


def test_a_shift_past_midnight_stays_one_shift(demo_ctx, login, clock):
    kasir = login("kasir")
    clock.advance(hours=12, minutes=30)  # 22:30 WIB on 23 Nov
    opened = open_shift(demo_ctx, kasir)
    clock.advance(hours=2)  # 00:30 WIB on 24 Nov
    done = sell(demo_ctx, kasir, ("AIR-600", 1))
    assert opened.business_date.isoformat() == "2026-11-23"
    assert done.number.startswith("PJ-20261123-") and done.business_date == opened.business_date
    z = shifts.close_shift(demo_ctx.uow(), kasir, "KASIR-1", counted_rp=200_000 + 3_500)
    assert z.sales_count == 1 and z.difference_rp == 0


def test_partial_returns_never_exceed_what_was_sold(demo_ctx, login):
    kasir, pengurus = login("kasir"), login("pengurus")
    open_shift(demo_ctx, kasir)
    sale = sell(demo_ctx, kasir, ("TLR-KG", 2), ("MIE-GRG", 3))
    item = [returns.ReturnItem("IN-TLR-KG", 500)]
    with pytest.raises(PermissionDenied):
        returns.return_sale(demo_ctx.uow(), kasir, sale.number, item, "Telur pecah", uuid=uuid4())
    with pytest.raises(DomainError):
        returns.return_sale(demo_ctx.uow(), kasir, sale.number, item, "  ", approver=pengurus, uuid=uuid4())
    r1 = returns.return_sale(demo_ctx.uow(), kasir, sale.number, item, "Telur pecah", approver=pengurus, uuid=uuid4())
    assert r1.total_rp == 14_000
    r2 = returns.return_sale(demo_ctx.uow(), kasir, sale.number, [returns.ReturnItem("IN-TLR-KG", 1500)],
                             "Sisanya juga pecah", approver=pengurus, uuid=uuid4())
    assert r1.total_rp + r2.total_rp == 56_000
    with pytest.raises(DomainError) as err:
        returns.return_sale(demo_ctx.uow(), kasir, sale.number, [returns.ReturnItem("IN-TLR-KG", 1)], "lagi",
                            approver=pengurus, uuid=uuid4())
    assert err.value.code == "return_too_much"
    with pytest.raises(DomainError) as err:
        returns.return_sale(demo_ctx.uow(), kasir, sale.number, [returns.ReturnItem("AIR-600", 1000)], "bukan",
                            approver=pengurus, uuid=uuid4())
    assert err.value.code == "not_on_sale"
    shown = sales.get_sale(demo_ctx.reader(), kasir, sale.number)
    assert shown.lines[0].returned_milli == 2000 and shown.lines[1].returned_milli == 0
    x = shifts.current(demo_ctx.reader(), kasir, "KASIR-1")
    assert x.cash_refunds_rp == 56_000 and x.returns_count == 2
    assert checks.run_checks(demo_ctx.reader()).ok


def test_credit_return_reduces_the_members_kasbon(demo_ctx, login):
    kasir, pengurus = login("kasir"), login("pengurus")
    open_shift(demo_ctx, kasir)
    before = members.find(demo_ctx.reader(), kasir, "A00003").credit_balance_rp
    sale = sell(demo_ctx, kasir, ("GLA-1KG", 2), member="A00003", pay={"credit": 35_000})
    returns.return_sale(demo_ctx.uow(), pengurus, sale.number, [returns.ReturnItem("GLA-1KG", 1000)],
                        "Kemasan bocor", refund="credit", uuid=uuid4())
    assert members.find(demo_ctx.reader(), kasir, "A00003").credit_balance_rp == before + 17_500
    assert checks.run_checks(demo_ctx.reader()).ok


def test_void_a_sale_of_the_open_shift_only(demo_ctx, login):
    kasir, pengurus, b = login("kasir"), login("pengurus"), login("bendahara")
    open_shift(demo_ctx, kasir)
    stock_before = catalogue.get_product(demo_ctx.reader(), kasir, "LPG3-ISI").qty_milli
    tb_before = {r.code: r.debit_rp - r.credit_rp for r in ledger.trial_balance(demo_ctx.reader(), b).rows}
    sale = sell(demo_ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    with pytest.raises(PermissionDenied):
        returns.void_sale(demo_ctx.uow(), kasir, sale.number, "Salah ketik", uuid=uuid4())
    void_id = uuid4()
    returns.void_sale(demo_ctx.uow(), kasir, sale.number, "Salah ketik", approver=pengurus, uuid=void_id)
    returns.void_sale(demo_ctx.uow(), kasir, sale.number, "Salah ketik", approver=pengurus, uuid=void_id)  # replay
    assert sales.get_sale(demo_ctx.reader(), kasir, sale.number).status == "voided"
    assert catalogue.get_product(demo_ctx.reader(), kasir, "LPG3-ISI").qty_milli == stock_before
    tb_after = {r.code: r.debit_rp - r.credit_rp for r in ledger.trial_balance(demo_ctx.reader(), b).rows}
    assert tb_after == tb_before
    with pytest.raises(DomainError) as err:
        returns.void_sale(demo_ctx.uow(), pengurus, sale.number, "lagi", uuid=uuid4())
    assert err.value.code == "already_voided"
    old = sales.list_sales(demo_ctx.reader(), kasir, limit=200)[-1]  # from a closed demo shift
    with pytest.raises(DomainError) as err:
        returns.void_sale(demo_ctx.uow(), pengurus, old.number, "terlambat", uuid=uuid4())
    assert err.value.code == "void_closed_shift"
    assert checks.run_checks(demo_ctx.reader()).ok


@pytest.mark.pg_only
def test_two_tills_selling_the_last_cylinder_at_once(demo_ctx, login, backend):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir, till="KASIR-1")
    open_shift(demo_ctx, kasir, till="KASIR-2")
    left = catalogue.get_product(demo_ctx.reader(), kasir, "LPG3-BARU").qty_milli // 1000
    if left > 1:  # bring the stock down to exactly one cylinder
        sell(demo_ctx, kasir, ("LPG3-BARU", left - 1), buyer_nik=LPG_NIK, buyer_type="pengecer")

    def attempt(till):
        try:
            return sell(demo_ctx, kasir, ("LPG3-BARU", 1), till=till, buyer_nik=LPG_NIK, buyer_type="pengecer").number
        except DomainError as exc:
            return exc.code
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = sorted(pool.map(attempt, ["KASIR-1", "KASIR-2"]))
    assert outcomes[1] == "out_of_stock" and outcomes[0].startswith("PJ-"), outcomes
    assert catalogue.get_product(demo_ctx.reader(), kasir, "LPG3-BARU").qty_milli == 0
    assert checks.run_checks(demo_ctx.reader()).ok


def test_whole_unit_goods_are_returned_in_whole_units(demo_ctx, login):
    kasir, pengurus = login("kasir"), login("pengurus")
    open_shift(demo_ctx, kasir)
    sale = sell(demo_ctx, kasir, ("AIR-600", 2))
    with pytest.raises(DomainError) as err:
        returns.return_sale(demo_ctx.uow(), pengurus, sale.number, [returns.ReturnItem("AIR-600", 500)], "setengah",
                            uuid=uuid4())
    assert err.value.code == "bad_qty"

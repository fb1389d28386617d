"""record_sale builds a new sale's result from what it wrote (no read-back): it must be
exactly what get_sale reads from the database afterwards, for every kind of sale."""

from dataclasses import replace
from datetime import timedelta

import pytest

from app.services import catalogue, checks, sales, stock
from tests.service.shop_helpers import LPG_NIK, open_shift, sell


@pytest.fixture
def shop(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    return demo_ctx, kasir


def same_as_read_back(ctx, actor, result):
    read = sales.get_sale(ctx.reader(), actor, result.number)
    assert replace(result, warnings=()) == read
    return read


def test_cash_sale_result_is_what_is_stored(shop, backend):
    ctx, kasir = shop
    done = sell(ctx, kasir, ("MIE-GRG", 3), ("BRS-CURAH", 1.5), ("AIR-600", 2), pay={"cash": 100_000})
    read = same_as_read_back(ctx, kasir, done)
    assert [l.line_no for l in read.lines] == [1, 2, 3] and read.till == "KASIR-1" and read.cashier == "kasir"


def test_member_kasbon_and_cash_result_is_what_is_stored(shop, backend):
    ctx, kasir = shop
    done = sell(ctx, kasir, ("GLA-1KG", 2), member="A00002", pay={"credit": 5_000, "cash": 50_000})
    read = same_as_read_back(ctx, kasir, done)
    assert [p.method for p in read.payments] == ["credit", "cash"] and read.member_no == "A00002"


def test_discounted_lpg_and_deposit_result_is_what_is_stored(shop, login, backend):
    ctx, kasir = shop
    done = sell(ctx, kasir, ("LPG3-BARU", 1), ("LPG3-ISI", 1), ("BRS-5KG", 1, {"discount_rp": 4_000}),
                buyer_nik=LPG_NIK, buyer_type="rumah_tangga", buyer_name="Euis", approver=login("pengurus"))
    read = same_as_read_back(ctx, kasir, done)
    assert read.buyer_nik_masked and read.buyer_nik_masked != LPG_NIK and read.deposit_rp > 0
    assert read.discount_rp == 4_000


def test_backdated_sale_result_is_what_is_stored(shop, login, clock, backend):
    ctx, _ = shop
    done = sell(ctx, login("pengurus"), ("AIR-600", 1), at=clock.now - timedelta(days=1))
    read = same_as_read_back(ctx, login("pengurus"), done)
    assert read.recorded_late and read.till is None


def test_the_same_product_twice_in_one_sale_moves_stock_twice(shop, backend):
    """Each line starts from the position the line before it left (one stock card row each)."""
    ctx, kasir = shop
    before = catalogue.get_product(ctx.reader(), kasir, "MIE-GRG").qty_milli
    done = sell(ctx, kasir, ("MIE-GRG", 2), ("AIR-600", 1), ("MIE-GRG", 3))
    same_as_read_back(ctx, kasir, done)
    assert catalogue.get_product(ctx.reader(), kasir, "MIE-GRG").qty_milli == before - 5_000
    _, card = stock.stock_card(ctx.reader(), kasir, "MIE-GRG")
    assert [(m.doc_number, m.qty_milli, m.qty_after_milli) for m in card[-2:]] == [
        (done.number, -2_000, before - 2_000), (done.number, -3_000, before - 5_000)]
    assert checks.run_checks(ctx.reader()).ok


def test_a_sale_below_zero_keeps_its_warning_in_the_result_only(shop, backend):
    ctx, kasir = shop
    units = max(catalogue.get_product(ctx.reader(), kasir, "MIE-DUS").qty_milli, 0) // 1000 + 1
    done = sell(ctx, kasir, ("MIE-DUS", units))
    assert done.warnings
    same_as_read_back(ctx, kasir, done)

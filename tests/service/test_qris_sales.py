"""QRIS at the till: a sale paid by QRIS waits, posting nothing, until the cashier confirms
the reference seen on the merchant app; or it is cancelled. Confirmed QRIS sits in
Piutang QRIS (1103) until settlement."""

import pytest

from app.domain import qris as codec
from app.domain.errors import DomainError
from uuid import uuid4

from app.domain.errors import PermissionDenied
from app.services import checks, ledger, qris, returns, sale_pending, sales, settings, shifts
from tests.service.shop_helpers import LPG_NIK, open_shift, sell

STATIC = codec.build_static("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123", postal_code="43253")


@pytest.fixture
def shop(demo_ctx, login):
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    qris.setup(demo_ctx.uow(), login("pengurus"), STATIC)
    return demo_ctx, kasir


def balance(ctx, actor, account):
    return next((r.debit_rp - r.credit_rp for r in ledger.trial_balance(ctx.reader(), actor).rows if r.code == account), 0)


def test_a_qris_sale_waits_then_posts_when_confirmed(shop, login, backend):
    ctx, kasir = shop
    bendahara = login("bendahara")
    piutang_before = balance(ctx, bendahara, "1103")  # the demo's own unsettled QRIS
    stock_before = sales.catalogue.get_product(ctx.reader(), kasir, "MIE-GRG").qty_milli
    sale = sell(ctx, kasir, ("MIE-GRG", 2), pay={"qris": 7_000})
    assert sale.status == "pending" and sale.payments[0].reference == ""
    assert sales.catalogue.get_product(ctx.reader(), kasir, "MIE-GRG").qty_milli == stock_before  # nothing posted
    assert [p.number for p in sale_pending.list_pending(ctx.reader(), kasir)] == [sale.number]
    charge = qris.charge(ctx.reader(), kasir, sale.number)
    parsed = codec.parse(charge.payload)
    assert parsed.crc_ok and parsed.dynamic and parsed.amount_rp == 7_000 == charge.amount_rp
    assert parsed.tags["62"]["01"] == sale.number and parsed.nmid == "ID1026000000123"
    done = sale_pending.confirm_qris(ctx.uow(), kasir, sale.number, " 4321 0987 6543 ")
    assert done.status == "completed" and done.payments[0].reference == "432109876543"
    assert sales.catalogue.get_product(ctx.reader(), kasir, "MIE-GRG").qty_milli == stock_before - 2_000
    journal = ledger.get_journal(ctx.reader(), bendahara, sale.number)
    assert {(l.account, l.debit_rp) for l in journal.lines if l.debit_rp} >= {("1103", 7_000)}
    assert balance(ctx, bendahara, "1103") == piutang_before + 7_000
    assert sale_pending.list_pending(ctx.reader(), kasir) == []
    again = sale_pending.confirm_qris(ctx.uow(), kasir, sale.number, "432109876543")  # a double press
    assert again.number == sale.number
    assert checks.run_checks(ctx.reader()).ok


def test_cash_and_qris_split(shop, login, backend):
    ctx, kasir = shop
    sale = sell(ctx, kasir, ("MIE-GRG", 3), pay={"qris": 5_000, "cash": 10_000})
    assert sale.status == "pending" and sale.change_rp == 10_000 - (sale.total_rp - 5_000)
    assert qris.charge(ctx.reader(), kasir, sale.number).amount_rp == 5_000
    done = sale_pending.confirm_qris(ctx.uow(), kasir, sale.number, "123456789012")
    j = {(l.account, l.debit_rp) for l in ledger.get_journal(ctx.reader(), login("bendahara"), done.number).lines}
    assert ("1103", 5_000) in j and ("1101", sale.total_rp - 5_000) in j


def test_a_reference_pays_one_sale_only(shop, backend):
    ctx, kasir = shop
    first = sell(ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    second = sell(ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    sale_pending.confirm_qris(ctx.uow(), kasir, first.number, "111122223333")
    with pytest.raises(DomainError) as e:
        sale_pending.confirm_qris(ctx.uow(), kasir, second.number, "111122223333")
    assert e.value.code == "reference_used" and first.number in e.value.message
    with pytest.raises(DomainError) as e:
        sale_pending.confirm_qris(ctx.uow(), kasir, second.number, "12")
    assert e.value.code == "bad_reference"
    assert sales.get_sale(ctx.reader(), kasir, second.number).status == "pending"


def test_cancelling_keeps_the_number_and_posts_nothing(shop, login, backend):
    ctx, kasir = shop
    sale = sell(ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    with pytest.raises(DomainError):
        sale_pending.cancel_pending(ctx.uow(), kasir, sale.number, "  ")
    piutang_before = balance(ctx, login("bendahara"), "1103")
    cancelled = sale_pending.cancel_pending(ctx.uow(), kasir, sale.number, "Pembayaran tidak masuk")
    assert cancelled.status == "cancelled"
    with pytest.raises(DomainError) as e:
        sale_pending.confirm_qris(ctx.uow(), kasir, sale.number, "999988887777")
    assert e.value.code == "sale_not_pending"
    assert balance(ctx, login("bendahara"), "1103") == piutang_before
    with pytest.raises(DomainError) as e:
        returns.void_sale(ctx.uow(), login("pengurus"), sale.number, "uji", uuid=uuid4())
    assert e.value.code == "already_voided"


def test_a_shift_cannot_close_over_a_waiting_qris(shop, backend):
    ctx, kasir = shop
    sale = sell(ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    with pytest.raises(DomainError) as e:
        shifts.close_shift(ctx.uow(), kasir, "KASIR-1", counted_rp=200_000)
    assert e.value.code == "qris_pending" and sale.number in e.value.message
    sale_pending.cancel_pending(ctx.uow(), kasir, sale.number, "batal")
    assert shifts.close_shift(ctx.uow(), kasir, "KASIR-1", counted_rp=200_000).status == "closed"


def test_a_waiting_lpg_sale_counts_against_the_buyers_limit(shop, login, backend):
    ctx, kasir = shop
    settings.change(ctx.uow(), login("admin"), {"lpg.limit.rumah_tangga.day": 1})
    sell(ctx, kasir, ("LPG3-ISI", 1), pay={"qris": 18_000}, buyer_nik=LPG_NIK, buyer_type="rumah_tangga")
    with pytest.raises(DomainError):
        sell(ctx, kasir, ("LPG3-ISI", 1), buyer_nik=LPG_NIK, buyer_type="rumah_tangga")


def test_qris_setup_refuses_anything_but_a_static_qris(demo_ctx, login, backend):
    pengurus = login("pengurus")
    dynamic = codec.to_dynamic(STATIC, 10_000)
    with pytest.raises(DomainError) as e:
        qris.setup(demo_ctx.uow(), pengurus, dynamic)
    assert e.value.code == "qris_dynamic"
    with pytest.raises(DomainError) as e:
        qris.setup(demo_ctx.uow(), pengurus, STATIC[:-1] + ("0" if STATIC[-1] != "0" else "1"))
    assert e.value.code == "qris_bad_crc"
    with pytest.raises(PermissionDenied):
        qris.setup(demo_ctx.uow(), login("kasir"), STATIC)
    info = qris.setup(demo_ctx.uow(), pengurus, STATIC)
    assert (info.merchant_name, info.city, info.nmid) == ("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123")
    kasir = login("kasir")
    open_shift(demo_ctx, kasir)
    with pytest.raises(DomainError) as e:  # a cash sale cannot ask for a QRIS charge
        qris.charge(demo_ctx.reader(), kasir, sell(demo_ctx, kasir, ("MIE-GRG", 1)).number)
    assert e.value.code == "sale_not_pending"


def test_setup_from_a_photo_of_the_sticker(demo_ctx, login, tmp_path, backend):
    import qrcode

    path = tmp_path / "stiker.png"
    qrcode.make(STATIC).save(path)
    info = qris.setup_from_image(demo_ctx.uow(), login("pengurus"), path)
    assert info.payload == STATIC
    other = tmp_path / "bukan.png"
    qrcode.make("https://example.invalid/bukan-qris").save(other)
    with pytest.raises(DomainError) as e:
        qris.setup_from_image(demo_ctx.uow(), login("pengurus"), other)
    assert e.value.code == "no_static_qris"


def test_no_qris_sale_before_the_outlet_has_a_qris(demo_ctx, login, backend):
    kasir = login("kasir")
    with demo_ctx.uow() as uow:
        settings.put(uow, "qris.static", "")
        uow.commit()
    open_shift(demo_ctx, kasir)
    with pytest.raises(DomainError) as e:
        sell(demo_ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    assert e.value.code == "qris_not_set_up"


def test_a_settled_qris_sale_cannot_be_voided(shop, login, tmp_path, backend):
    from app.services import qris_settlement

    ctx, kasir = shop
    sale = sell(ctx, kasir, ("MIE-GRG", 1), pay={"qris": 3_500})
    sale_pending.confirm_qris(ctx.uow(), kasir, sale.number, "555566667777")
    file = tmp_path / "settle.csv"
    file.write_text("RRN;Transaction Time;Settlement Date;Amount;MDR;Description\n"
                    "555566667777;2026-11-23 10:05:00;2026-11-24;350000;0;DANA\n")
    result = qris_settlement.import_settlement(ctx.uow(), login("bendahara"), file, "settlement-acquirer")
    assert [m.sale_no for m in result.matched] == [sale.number]
    with pytest.raises(DomainError) as e:
        returns.void_sale(ctx.uow(), login("pengurus"), sale.number, "salah input", uuid=uuid4())
    assert e.value.code == "void_after_settlement"
    assert checks.run_checks(ctx.reader()).ok

"""The loan list the Pinjaman page pages through: newest first, filtered by status and
searched by member (name or number) or loan number, with who entered each application and,
for running loans, days past due and kolektibilitas on the business date (one query a page,
agreeing with the loan's own state)."""

from app.domain.members import MemberForm
from app.services import loan_products, loans, member_registry
from tests.service.test_loans import PRODUCT, running_loan


def test_list_search_status_and_days_past_due(demo_ctx, login, clock):
    """Beside the demo's forty loans: the two made here are found and counted among them."""
    pengurus, bendahara = login("pengurus"), login("bendahara")
    before = loans.count_loans(demo_ctx.reader(), bendahara)
    waiting_before = loans.count_loans(demo_ctx.reader(), bendahara, status="diajukan")
    loan_products.save_product(demo_ctx.uow(), pengurus, PRODUCT)
    rina = member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(
        "Rina Marlina", "3203014508900003", None, "Kp. Sukamaju")).profile.member_no
    ujang = member_registry.register_member(demo_ctx.uow(), pengurus, MemberForm(
        "Ujang Sastrawinata", "3203011203850001", None, "Kp. Babakan")).profile.member_no
    running = running_loan(demo_ctx, pengurus, bendahara, rina).loan
    waiting = loans.apply_loan(demo_ctx.uow(), bendahara, ujang, "PRODUKTIF", 2_000_000, 4, purpose="Pupuk")

    every = loans.list_loans(demo_ctx.reader(), bendahara)
    assert [s.number for s in every[:2]] == [waiting.number, running.number]  # newest first
    first = every[1]
    assert (first.product_name, first.applied_by, first.days_past_due, first.bucket_code,
            first.kolektibilitas) == ("Pinjaman Produktif", "bendahara", 0, 1, "Lancar")
    assert (every[0].applied_by, every[0].bucket_code, every[0].kolektibilitas) == ("bendahara", 0, "")

    assert [s.number for s in loans.list_loans(demo_ctx.reader(), bendahara, search="sastrawinata")] == [waiting.number]
    assert [s.number for s in loans.list_loans(demo_ctx.reader(), bendahara, search=rina.lower())] == [running.number]
    assert [s.number for s in loans.list_loans(demo_ctx.reader(), bendahara, search="rina marl")] == [running.number]
    assert [s.number for s in loans.list_loans(demo_ctx.reader(), bendahara,
                                               search=running.number[-13:].lower())] == [running.number]
    assert loans.list_loans(demo_ctx.reader(), bendahara, search="tidak ada") == []
    pending = loans.list_loans(demo_ctx.reader(), bendahara, status="diajukan")
    assert pending[0].number == waiting.number and len(pending) == waiting_before + 1
    assert {s.status for s in pending} == {"diajukan"}
    assert loans.count_loans(demo_ctx.reader(), bendahara) == before + 2
    assert loans.count_loans(demo_ctx.reader(), bendahara, status="cair", search="rina marlina") == 1
    assert [s.number for s in loans.list_loans(demo_ctx.reader(), bendahara, member_no=ujang)] == [waiting.number]

    clock.advance(days=130)  # the first installment is 100 days late: Kurang Lancar
    late = next(s for s in loans.list_loans(demo_ctx.reader(), bendahara, status="cair")
                if s.number == running.number)
    info = loans.get_loan(demo_ctx.reader(), bendahara, running.number)
    assert late.days_past_due == info.days_past_due > 90
    assert (late.bucket_code, late.kolektibilitas) == (3, "Kurang Lancar") and info.kolektibilitas == "Kurang Lancar"

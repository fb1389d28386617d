"""The demo outlet's loans (issue 7, Demo): about forty loans of the three methods in every
state, a few overdue in each kolektibilitas bucket, the books agreeing with the schedules."""

from collections import Counter

from app.services import checks, loan_products, loan_reports, loans


def test_demo_loans_cover_every_method_state_and_bucket(demo_ctx, login):
    pengawas = login("pengawas")
    every = loans.list_loans(demo_ctx.reader(), pengawas, limit=1000)
    assert 35 <= len(every) <= 50
    methods = {p.code: p.method.value for p in loan_products.list_products(demo_ctx.reader(), pengawas)}
    assert set(methods.values()) == {"flat", "anuitas", "menurun"}
    assert {methods[s.product_code] for s in every} == {"flat", "anuitas", "menurun"}
    states = Counter(s.status for s in every)
    assert set(states) == {"diajukan", "disetujui", "ditolak", "cair", "lunas", "direstrukturisasi", "dihapus"}
    assert states["cair"] >= 20 and states["lunas"] >= 5

    report = loan_reports.aging(demo_ctx.reader(), pengawas)
    counts = {b.name: n for b, n, _o in report.by_bucket()}
    assert counts["Lancar"] >= 10
    for name in ("Dalam Perhatian Khusus", "Kurang Lancar", "Diragukan", "Macet"):
        assert 1 <= counts[name] <= 5, counts  # a few in each
    assert 5 < report.npl_ratio_pct <= 15 and report.health == "cukup sehat"
    late = [r for r in report.rows if r.days_past_due > 0]
    assert all(r.arrears_rp > 0 for r in late)

    written_off = next(s for s in every if s.status == "dihapus")
    info = loans.get_loan(demo_ctx.reader(), pengawas, written_off.number)
    assert info.outstanding_rp == 0 and info.written_off_rp > 0
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, [c for c in report.checks if not c.ok]

from app.services import checks, ledger


def test_demo_outlet_checks_hold(demo_ctx, login):
    report = checks.run_checks(demo_ctx.reader())
    assert report.ok, report.checks
    tb = ledger.trial_balance(demo_ctx.reader(), login("bendahara"))
    assert tb.total_debit_rp == tb.total_credit_rp > 0

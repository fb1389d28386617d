"""QRIS settlement rules: references, MDR, windows, the matcher's invariants, and reading rows."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings, strategies as st

from app.domain.clock import ZONES
from app.domain.errors import DomainError
from app.domain.qris_settlement import (Line, MdrRule, Payment, Window, half_up_div, in_window, match, mdr_cap,
                                        normalise_reference, reference_fit, settlement_amounts,
                                        settlement_journal_lines, unsettle_journal_lines)
from app.services.qris_settlement_format import (BUILTIN, check_delimiter, column_positions, parse_amount,
                                                 parse_rows, preset_from_config)

T0 = datetime(2026, 11, 23, 3, 0, tzinfo=timezone.utc)  # 10:00 WIB
DAY = date(2026, 11, 23)
RULE = MdrRule(30, 500_000)
WIN = Window(180, 3)


def pay(id, amount, ref="", minutes=0):
    at = T0 + timedelta(minutes=minutes)
    return Payment(id, amount, ref, at, ZONES["WIB"].local_date(at))


def line(id, amount, ref="", minutes=0, net=False, mdr=0, settled_on=None, timed=True):
    return Line(id, amount, ref, T0 + timedelta(minutes=minutes) if timed else None, settled_on, net, mdr)


# ---------------------------------------------------------------- small rules

def test_references_exact_suffix_and_normalised():
    assert normalise_reference(" 1234-5678 9012 ") == "123456789012"
    assert reference_fit("123456789012", "123456789012") == "exact"
    assert reference_fit("123456789012", "9012") == "suffix"
    assert reference_fit("123456789012", "012") is None  # fewer than 4 digits: too weak
    assert reference_fit("123456789012", "9013") is None
    assert reference_fit("", "9012") is None and reference_fit("9012", "") is None
    assert reference_fit("abc-9012", "ABC9012") == "exact"


@pytest.mark.parametrize("gross, mdr", [(500_000, 0), (500_001, 1_500), (625_000, 1_875), (1_000_000, 3_000),
                                        (500_167, 1_501), (500_166, 1_500)])
def test_mdr_rule_free_for_micro_then_half_up(gross, mdr):
    assert RULE.mdr(gross) == mdr


def test_mdr_rule_without_micro_exemption():
    assert MdrRule(70, 0).mdr(10_000) == 70 and MdrRule(0, 0).mdr(10_000) == 0


@given(st.integers(0, 10**12), st.integers(1, 10**6))
def test_half_up_division(n, d):
    q = half_up_div(n, d)
    assert -d < 2 * (q * d - n) <= d  # the nearest, a tie rounded up


def test_settlement_amounts_gross_and_net():
    assert settlement_amounts(line(1, 50_000, mdr=0), 50_000, RULE, strict=True) == (50_000, 0)
    assert settlement_amounts(line(1, 50_000), 50_001, RULE, strict=False) is None
    net = line(1, 623_125, net=True)
    assert settlement_amounts(net, 625_000, RULE, strict=True) == (625_000, 1_875)
    assert settlement_amounts(line(1, 623_000, net=True), 625_000, RULE, strict=True) is None  # not the rule's MDR
    assert settlement_amounts(line(1, 623_000, net=True), 625_000, RULE, strict=False) == (625_000, 2_000)
    assert mdr_cap(625_000) == 18_750
    assert settlement_amounts(line(1, 600_000, net=True), 625_000, RULE, strict=False) is None  # 4% is no MDR
    assert settlement_amounts(line(1, 626_000, net=True), 625_000, RULE, strict=False) is None  # more than paid


def test_window_by_time_or_settlement_date():
    p = pay(1, 10_000, minutes=0)
    assert in_window(line(1, 10_000, minutes=180), p, WIN)
    assert not in_window(line(1, 10_000, minutes=181), p, WIN)
    assert in_window(line(1, 10_000, minutes=-180), p, WIN)
    dated = lambda d: Line(1, 10_000, settled_on=d)  # noqa: E731
    assert in_window(dated(DAY), p, WIN) and in_window(dated(DAY + timedelta(days=3)), p, WIN)
    assert not in_window(dated(DAY + timedelta(days=4)), p, WIN) and not in_window(dated(DAY - timedelta(days=1)), p, WIN)
    assert not in_window(Line(1, 10_000), p, WIN)  # neither time nor date: only a reference can match it


def test_journal_lines_balance_and_mirror():
    lines = settlement_journal_lines(625_000, 1_875)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in lines] == [
        ("1102", 623_125, 0), ("5207", 1_875, 0), ("1103", 0, 625_000)]
    assert [(l.account, l.debit_rp, l.credit_rp) for l in settlement_journal_lines(50_000, 0)] == [
        ("1102", 50_000, 0), ("1103", 0, 50_000)]
    back = unsettle_journal_lines(625_000, 1_875)
    assert [(l.account, l.debit_rp, l.credit_rp) for l in back] == [
        ("1102", 0, 623_125), ("5207", 0, 1_875), ("1103", 625_000, 0)]
    with pytest.raises(ValueError):
        settlement_journal_lines(100, 101)


# ---------------------------------------------------------------- the matcher

def kinds(result):
    return {m.line_id: (m.payment_id, m.kind) for m in result.matches}


def test_reference_then_amount_with_ambiguity_and_conflicts():
    payments = [pay(1, 50_000, "123456789012"), pay(2, 75_000, "4321", 30), pay(3, 20_000, "AAAA1111", 60),
                pay(4, 20_000, "AAAA2222", 80), pay(5, 30_000, "AAAA3333", 120), pay(6, 40_000, "999988887777", 150)]
    lines = [line(10, 50_000, "123456789012"), line(11, 75_000, "000011114321", 31), line(12, 20_000, "", 70),
             line(13, 30_000, "", 125), line(14, 15_000, "111122223333", 180), line(15, 41_000, "999988887777", 150)]
    result = match(lines, payments, RULE, WIN)
    assert kinds(result) == {10: (1, "reference"), 11: (2, "reference"), 13: (5, "amount")}
    assert [(a.line_id, a.kind, a.payment_ids) for a in result.ambiguous] == [(12, "amount", (3, 4))]
    assert [(c.line_id, c.payment_id) for c in result.conflicts] == [(15, 6)]


def test_suffix_ambiguity_is_never_matched_and_exact_beats_suffix():
    # Two payments typed as the same last digits: a line ending in them is ambiguous.
    r = match([line(1, 10_000, "111100009012")], [pay(1, 10_000, "9012"), pay(2, 10_000, "9012")], RULE, WIN)
    assert r.matches == () and r.ambiguous[0].payment_ids == (1, 2) and r.ambiguous[0].kind == "reference"
    # One payment named by two lines (both end in its last digits): both ambiguous.
    r = match([line(1, 10_000, "111100009012"), line(2, 10_000, "222200009012")], [pay(1, 10_000, "9012")],
              RULE, WIN)
    assert r.matches == () and [a.line_id for a in r.ambiguous] == [1, 2]
    # An equal reference wins over a suffix of another payment.
    r = match([line(1, 10_000, "111100009012")], [pay(1, 10_000, "111100009012"), pay(2, 10_000, "9012")],
              RULE, WIN)
    assert kinds(r) == {1: (1, "reference")}


def test_amount_matching_needs_one_candidate_on_each_side():
    # Two lines, one payment: ambiguous (the payment has two candidate lines).
    r = match([line(1, 20_000), line(2, 20_000, minutes=10)], [pay(1, 20_000)], RULE, WIN)
    assert r.matches == () and [(a.line_id, a.payment_ids) for a in r.ambiguous] == [(1, (1,)), (2, (1,))]
    # Outside the window: nothing at all.
    assert match([line(1, 20_000, minutes=400)], [pay(1, 20_000)], RULE, WIN) == match([], [], RULE, WIN)
    # References that contradict each other keep an amount match from happening.
    r = match([line(1, 20_000, "777700001111")], [pay(1, 20_000, "888800002222")], RULE, WIN)
    assert r.matches == () and r.ambiguous == ()
    # A payment named (even ambiguously) by a reference takes no part in amount matching.
    r = match([line(1, 20_000, "111100009012"), line(2, 20_000, "222200009012"), line(3, 20_000)],
              [pay(1, 20_000, "9012")], RULE, WIN)
    assert r.matches == () and [a.line_id for a in r.ambiguous] == [1, 2]


def test_net_lines_by_amount_use_the_rule_exactly():
    lines = [line(1, 623_125, net=True, timed=False, settled_on=DAY + timedelta(days=1)),
             line(2, 50_000, net=True, timed=False, settled_on=DAY + timedelta(days=1))]
    r = match(lines, [pay(1, 625_000), pay(2, 50_000)], RULE, WIN)
    assert {m.line_id: (m.payment_id, m.gross_rp, m.mdr_rp) for m in r.matches} == {
        1: (1, 625_000, 1_875), 2: (2, 50_000, 0)}


amounts = st.sampled_from([10_000, 20_000, 50_000, 625_000])
refs = st.sampled_from(["", "123456789012", "9012", "555500009012", "111122223333", "3333"])


@st.composite
def worlds(draw):
    payments = [pay(i, draw(amounts), draw(refs), draw(st.integers(0, 600))) for i in range(draw(st.integers(0, 8)))]
    lines = []
    for i in range(draw(st.integers(0, 8))):
        net = draw(st.booleans())
        amount = draw(amounts)
        if net:
            amount -= RULE.mdr(amount)
        lines.append(line(100 + i, amount, draw(refs), draw(st.integers(-60, 700)), net=net,
                          mdr=0 if net else RULE.mdr(amount)))
    return lines, payments


@settings(max_examples=300, deadline=None)
@given(worlds(), st.randoms(use_true_random=False))
def test_matcher_invariants(world, rnd):
    lines, payments = world
    result = match(lines, payments, RULE, WIN)
    by_line = {l.id: l for l in lines}
    by_pay = {p.id: p for p in payments}
    # at most once on each side
    assert len({m.line_id for m in result.matches}) == len(result.matches)
    assert len({m.payment_id for m in result.matches}) == len(result.matches)
    touched = [m.line_id for m in result.matches] + [a.line_id for a in result.ambiguous] + [
        c.line_id for c in result.conflicts]
    assert len(touched) == len(set(touched))  # a line is matched, ambiguous, conflicting, or none
    for m in result.matches:
        l, p = by_line[m.line_id], by_pay[m.payment_id]
        assert settlement_amounts(l, p.amount_rp, RULE, strict=m.kind == "amount") == (m.gross_rp, m.mdr_rp)
        assert m.gross_rp == p.amount_rp and 0 <= m.mdr_rp <= m.gross_rp
        if m.kind == "reference":
            assert reference_fit(l.reference, p.reference)
        else:
            assert in_window(l, p, WIN) and not (l.reference and p.reference)
    for a in result.ambiguous:
        assert a.payment_ids and not any(m.line_id == a.line_id for m in result.matches)
    # the order of the inputs does not matter
    shuffled_l, shuffled_p = list(lines), list(payments)
    rnd.shuffle(shuffled_l)
    rnd.shuffle(shuffled_p)
    assert match(shuffled_l, shuffled_p, RULE, WIN) == result


@given(st.integers(1, 9_999_999))
def test_a_twin_payment_turns_an_amount_match_ambiguous(amount):
    alone = match([line(1, amount)], [pay(1, amount, "")], MdrRule(0, 0), WIN)
    assert [m.kind for m in alone.matches] == ["amount"]
    twins = match([line(1, amount)], [pay(1, amount, ""), pay(2, amount, "", 5)], MdrRule(0, 0), WIN)
    assert twins.matches == () and twins.ambiguous[0].payment_ids == (1, 2)


# ---------------------------------------------------------------- presets and rows

@pytest.mark.parametrize("text, unit, fmt, expected", [
    ("12.500", "rupiah", "id", (12_500, False)), ("Rp12.500,00", "rupiah", "id", (12_500, False)),
    ("12500", "rupiah", "id", (12_500, False)), ("1,250,000.00 CR", "rupiah", "en", (1_250_000, False)),
    ("50.000 DB", "rupiah", "id", (50_000, True)), ("-5.000", "rupiah", "id", (5_000, True)),
    ("1250000", "cent", "en", (12_500, False)), (1250000, "cent", "en", (12_500, False)),
    (12500.0, "rupiah", "id", (12_500, False)),
])
def test_amounts(text, unit, fmt, expected):
    assert parse_amount(text, unit, fmt) == expected


@pytest.mark.parametrize("text, unit, fmt", [("12,500", "rupiah", "id"), ("12.500,50", "rupiah", "id"),
                                             ("1250050", "cent", "en"), ("abc", "rupiah", "id"),
                                             ("12.50", "rupiah", "id"), (12.5, "rupiah", "id"), (True, "rupiah", "id")])
def test_bad_amounts(text, unit, fmt):
    with pytest.raises(Exception) as err:
        parse_amount(text, unit, fmt)
    assert type(err.value).__name__ == "_Bad"


def test_mdr_in_cents_rounds_half_up():
    assert parse_amount("3750", "cent", "en", whole=False) == (38, False)


def test_builtins_round_trip_and_bad_configs_list_every_problem():
    for preset in BUILTIN.values():
        assert preset_from_config(preset.name, preset.config()) == preset
    with pytest.raises(DomainError) as err:
        preset_from_config("??", {"columns": {"amount": "A", "zzz": "B"}, "delimiter": "|", "amount_unit": "sen",
                                  "date_formats": ["MM/YYYY"], "reference_regex": "(", "amount_is_net": 1})
    assert err.value.code == "bad_preset" and len(err.value.details) == 7, err.value.details


def test_columns_found_by_any_title_and_missing_ones_named():
    preset = BUILTIN["settlement-acquirer"]
    assert column_positions(preset, ["Transaction ID", "Amount", "settlement  date"]) == {
        "reference": 0, "amount": 1, "settled_on": 2}
    with pytest.raises(DomainError) as err:
        column_positions(preset, ["RRN", "Settlement Date", "Total"])
    assert "jumlah" in err.value.message and "Total" in str(err.value)


def test_delimiter_must_be_the_presets():
    check_delimiter(BUILTIN["settlement-acquirer"], "RRN;Amount;Settlement Date")
    check_delimiter(BUILTIN["settlement-acquirer"], "RRN")  # one column: reported as missing columns later
    with pytest.raises(DomainError) as err:
        check_delimiter(BUILTIN["settlement-acquirer"], "RRN,Amount,Settlement Date")
    assert "koma" in err.value.message


def test_rows_bank_mutation_filters_and_finds_the_reference():
    header = ["Tanggal", "Keterangan", "Kredit"]
    table = [(2, ["24/11/2026", "QRIS 123456789012 NMID ID1020017611473", "50.000"]),
             (3, ["24/11/2026", "TRF DARI BUDI", "100.000"]),
             (4, ["24/11/2026", "QRIS SETTLEMENT", ""]),
             (5, ["24/11/2026", "QRIS SETTLEMENT", "-2.500"]),
             (6, ["24/11/2026", "QRIS SETTLEMENT", "30.000"])]
    parsed = parse_rows(BUILTIN["mutasi-bank"], header, table, ZONES["WIB"].tzinfo, "m.csv")
    assert parsed.skipped == 3
    assert [(l.line_no, l.reference, l.amount_rp, l.settled_on) for l in parsed.lines] == [
        (2, "123456789012", 50_000, date(2026, 11, 24)), (6, "", 30_000, date(2026, 11, 24))]


def test_rows_times_are_local_and_every_bad_row_is_reported():
    preset = BUILTIN["settlement-acquirer"]
    header = ["RRN", "Transaction Time", "Settlement Date", "Amount", "MDR"]
    good = parse_rows(preset, header, [(2, ["123456789012", "2026-11-23 10:00:30", "2026-11-24", "5000000", "0"])],
                      ZONES["WIB"].tzinfo, "s.csv")
    assert good.lines[0].txn_at == datetime(2026, 11, 23, 3, 0, 30, tzinfo=timezone.utc)
    assert good.lines[0].mdr_rp == 0
    table = [(2, ["A1", "2026-11-23 10:00", "2026-11-24", "x", ""]),
             (3, ["A2", "kemarin", "2026-11-24", "100", ""]),
             (4, ["A3", "", "24-13-2026", "100", ""]),
             (5, ["A4", "", "", "100", "200"]),
             (6, ["A1", "", "", "100", ""]),
             (7, ["A5", "", "", "0", ""]),
             (8, ["A6", "", "", "100", "", "extra"]),
             (9, ["A7", "", "", "100", ""])]
    with pytest.raises(DomainError) as err:
        parse_rows(preset, header, table, ZONES["WIB"].tzinfo, "s.csv")
    assert [d.split(" ")[1] for d in err.value.details] == ["2", "3", "4", "5", "6", "7", "8"]
    assert "7 dari 8 baris" in err.value.message


@given(st.lists(st.integers(1, 10**9), min_size=1, max_size=20))
def test_row_amounts_round_trip_in_both_number_formats(values):
    for fmt, sep in (("id", "."), ("en", ",")):
        preset = preset_from_config("x", {"columns": {"amount": "Jumlah"}, "number_format": fmt})
        table = [(i + 2, [f"{v:,}".replace(",", sep)]) for i, v in enumerate(values)]
        parsed = parse_rows(preset, ["Jumlah"], table, timezone.utc, "x.csv")
        assert [l.amount_rp for l in parsed.lines] == values



@settings(max_examples=300, deadline=None)
@given(worlds())
def test_reference_step_finds_exactly_the_fitting_payments(world):
    """The indexed lookup agrees with the plain rule: exact fits, else suffix fits."""
    lines, payments = world
    result = match(lines, payments, RULE, WIN)
    seen = {m.line_id: (m.payment_id,) for m in result.matches if m.kind == "reference"}
    seen.update({a.line_id: a.payment_ids for a in result.ambiguous if a.kind == "reference"})
    seen.update({c.line_id: (c.payment_id,) for c in result.conflicts})
    for l in lines:
        fits = [(reference_fit(l.reference, p.reference), p.id) for p in sorted(payments, key=lambda p: p.id)]
        expected = tuple(i for f, i in fits if f == "exact") or tuple(i for f, i in fits if f == "suffix")
        assert seen.get(l.id, ()) == expected

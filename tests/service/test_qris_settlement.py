"""QRIS settlement: import the acquirer's file or the bank mutation, match it to captured QRIS
payments, post Kas di Bank + Beban MDR against Piutang QRIS, report what is missing.

The outlet's day (23 Nov 2026, WIB) has seven QRIS payments:
  P1 Rp50.000   ref 123456789012 (full RRN)     -> settled by reference
  P2 Rp75.000   ref 4321 (last digits typed)    -> settled by reference suffix
  P3 Rp20.011 and P4 Rp20.011, 20 minutes apart -> one line of Rp20.011 without reference: ambiguous
  P5 Rp30.013                                   -> a line without reference: settled by amount
  P6 Rp40.000   ref 999988887777                -> never settled (a "paid" that never arrived)
  P7 Rp625.000  ref 777766665555                -> settled by reference, MDR 0,3% = Rp1.875
and the files carry a Rp15.000 settlement (ref 111122223333) of no payment at all.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import openpyxl
import pytest

from app.domain.catalogue import MILLI
from app.domain.errors import DomainError, PermissionDenied
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.sale import PaymentDraft
from app.services import checks, ledger, qris_settlement as qs, returns, sales, settings
from app.services import qris_settlement_report as qs_report
from tests.service.shop_helpers import open_shift, sell

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "qris"
PAYMENTS = [  # minutes after 10:00 WIB, amount, reference
    ("P1", 0, 50_000, "123456789012"),
    ("P2", 30, 75_000, "4321"),
    ("P3", 60, 20_011, "555500001111"),
    ("P4", 80, 20_011, "555500002222"),
    ("P5", 120, 30_013, "555500003333"),
    ("P6", 150, 40_000, "999988887777"),
    ("P7", 210, 625_000, "777766665555"),
]


def qris_sale(ctx, kasir, amount_rp: int, reference: str):
    """A completed sale with a confirmed QRIS payment of `amount_rp` (cash pays the rest of a box of noodles)."""
    boxes = amount_rp // 125_000 + 1
    rest = boxes * 125_000 - amount_rp
    pay = {"qris": amount_rp, **({"cash": rest} if rest else {})}
    payments = tuple(PaymentDraft(m, a, reference if m == "qris" else "") for m, a in pay.items())
    result = sales.record_sale(ctx.uow(), kasir, sales.SaleRequest(
        uuid4(), "KASIR-1", (sales.CartLine("MIE-DUS", boxes * MILLI),), payments))
    assert result.status == "completed", result.status
    return result


@pytest.fixture
def day(demo_ctx, login, clock):
    """The day's QRIS sales; the clock then moves to the next morning (settlement files arrive)."""
    kasir, bendahara = login("kasir"), login("bendahara")
    base = Base(qs.reconcile_report(demo_ctx.reader(), bendahara), balance(demo_ctx, bendahara, "1103"))
    open_shift(demo_ctx, kasir)
    start = clock.now
    sales = {}
    for name, minutes, amount, ref in PAYMENTS:
        clock.now = start + timedelta(minutes=minutes)
        sales[name] = qris_sale(demo_ctx, kasir, amount, ref).number
    clock.now = start + timedelta(days=1)
    return demo_ctx, bendahara, sales, base


@dataclass(frozen=True)
class Base:
    """What the demo outlet (which may have QRIS sales of its own, never settled) had before."""
    report: qs.ReconcileReport
    receivable_rp: int


def mine(report, s) -> list[str]:
    """The test day's unsettled sales, in the report's order."""
    return [p.sale_no for p in report.unsettled if p.sale_no in s.values()]


def balance(ctx, actor, account):
    return next((r.debit_rp - r.credit_rp for r in ledger.trial_balance(ctx.reader(), actor).rows
                 if r.code == account), 0)


def journal_lines(ctx, actor, number):
    return {(l.account, "D" if l.debit_rp else "K"): l.debit_rp or l.credit_rp
            for l in ledger.get_journal(ctx.reader(), actor, number).lines}


def copy_fixture(tmp_path, name):
    target = tmp_path / name
    shutil.copyfile(FIXTURES / name, target)
    return target


def acquirer_xlsx(tmp_path) -> Path:
    """The acquirer's CSV as a spreadsheet: numbers as numbers, times as dates."""
    path = tmp_path / "settlement_acquirer.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for no, row in enumerate((FIXTURES / "settlement_acquirer.csv").read_text().splitlines()):
        cells = row.split(";")
        if no:
            cells[1] = datetime.fromisoformat(cells[1])
            cells[2] = datetime.fromisoformat(cells[2])
            cells[3] = int(cells[3])
            cells[4] = int(cells[4]) if cells[4] else None
            cells[0] = int(cells[0]) if cells[0] else None  # a spreadsheet turns the RRN into a number
        ws.append(cells)
    wb.save(path)
    return path


def by_sale(report):
    return {p.sale_no: p for p in report.unsettled}


# ---------------------------------------------------------------- the acquirer's file

@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_acquirer_file_matches_reference_suffix_and_amount_and_reports_the_rest(day, tmp_path, kind, backend):
    ctx, bendahara, s, base = day
    assert balance(ctx, bendahara, "1103") == base.receivable_rp + 860_035
    path = copy_fixture(tmp_path, "settlement_acquirer.csv") if kind == "csv" else acquirer_xlsx(tmp_path)
    result = qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert result.lines == 6 and result.skipped == 0 and result.already_imported == 0
    matched = {m.sale_no: (m.kind, m.gross_rp, m.mdr_rp) for m in result.matched}
    assert matched == {s["P1"]: ("reference", 50_000, 0), s["P2"]: ("reference", 75_000, 0),
                       s["P5"]: ("amount", 30_013, 0), s["P7"]: ("reference", 625_000, 1_875)}
    assert (result.gross_rp, result.mdr_rp, result.net_rp) == (780_013, 1_875, 778_138)
    assert result.journal_number.startswith("SQ-20261124-")
    assert journal_lines(ctx, bendahara, result.journal_number) == {
        ("1102", "D"): 778_138, ("5207", "D"): 1_875, ("1103", "K"): 780_013}

    report = result.report
    assert mine(report, s) == [s["P3"], s["P4"], s["P6"]]
    old = [p.sale_no for p in base.report.unsettled]
    assert [p.sale_no for p in report.unsettled] == old + mine(report, s)  # oldest first
    assert all(by_sale(report)[s[p]].age_days == 1 for p in ("P3", "P4", "P6"))
    assert by_sale(report)[s["P6"]].reference == "999988887777"
    assert sorted(l.amount_rp for l in report.unmatched_lines) == [15_000, 20_011]
    unknown = next(l for l in report.unmatched_lines if l.amount_rp == 15_000)
    assert unknown.reference == "111122223333" and unknown.line_no == 6 and not unknown.net
    [ambiguous] = report.ambiguous
    assert ambiguous.kind == "amount" and ambiguous.amount_rp == 20_011
    assert sorted(c.sale_no for c in ambiguous.candidates) == [s["P3"], s["P4"]]
    assert report.mismatches == () and report.suggestions == ()
    sm, b = report.summary, base.report.summary
    assert (sm.unsettled_count - b.unsettled_count, sm.unsettled_rp - b.unsettled_rp) == (3, 80_022)
    assert sm.oldest_unsettled_days == (1 if b.oldest_unsettled_days is None else b.oldest_unsettled_days + 1)
    assert (sm.unmatched_lines_count, sm.unmatched_lines_rp, sm.ambiguous_count) == (2, 35_011, 1)
    assert (sm.settled_count, sm.settled_gross_rp, sm.settled_mdr_rp) == (4, 780_013, 1_875)
    assert sm.receivable_rp == base.receivable_rp + 80_022 == balance(ctx, bendahara, "1103")
    assert checks.run_checks(ctx.reader()).ok
    assert qs.reconcile_report(ctx.reader(), bendahara) == report


def test_manual_match_posts_its_own_journal_and_unmatch_reverses_it(day, tmp_path, login, backend):
    ctx, bendahara, s, base = day
    result = qs.import_settlement(ctx.uow(), bendahara, copy_fixture(tmp_path, "settlement_acquirer.csv"),
                                  "settlement-acquirer")
    line = result.report.ambiguous[0].line_id
    unknown = next(l.line_id for l in result.report.unmatched_lines if l.amount_rp == 15_000)

    with pytest.raises(DomainError) as err:  # Rp15.000 is not P6's Rp40.000
        qs.match_payment(ctx.uow(), bendahara, unknown, s["P6"])
    assert err.value.code == "amount_mismatch"
    with pytest.raises(DomainError) as err:  # already settled
        qs.match_payment(ctx.uow(), bendahara, line, s["P1"])
    assert err.value.code == "no_open_payment"
    with pytest.raises(PermissionDenied):
        qs.match_payment(ctx.uow(), login("kasir"), line, s["P3"])

    done = qs.match_payment(ctx.uow(), bendahara, line, s["P3"])
    assert done.match.kind == "manual" and done.match.gross_rp == 20_011 and done.match.mdr_rp == 0
    assert journal_lines(ctx, bendahara, done.journal_number) == {("1102", "D"): 20_011, ("1103", "K"): 20_011}
    assert mine(done.report, s) == [s["P4"], s["P6"]]
    assert done.report.ambiguous == ()
    assert balance(ctx, bendahara, "1103") == base.receivable_rp + 60_011
    assert checks.run_checks(ctx.reader()).ok
    with pytest.raises(DomainError) as err:
        qs.match_payment(ctx.uow(), bendahara, line, s["P4"])
    assert err.value.code == "line_matched"

    with pytest.raises(DomainError):
        qs.unmatch(ctx.uow(), bendahara, line, "  ")
    undone = qs.unmatch(ctx.uow(), bendahara, line, "salah pilih, seharusnya P4")
    assert undone.sale_no == s["P3"]
    assert journal_lines(ctx, bendahara, undone.journal_number) == {("1103", "D"): 20_011, ("1102", "K"): 20_011}
    assert balance(ctx, bendahara, "1103") == base.receivable_rp + 80_022
    assert checks.run_checks(ctx.reader()).ok
    report = qs.reconcile_report(ctx.reader(), bendahara)
    assert mine(report, s) == [s["P3"], s["P4"], s["P6"]]
    assert len(report.ambiguous) == 1  # open again, never matched automatically again
    again = qs.match_payment(ctx.uow(), bendahara, line, s["P4"])
    assert again.match.sale_no == s["P4"] and checks.run_checks(ctx.reader()).ok


def test_a_second_import_is_refused_whole_and_overlapping_lines_are_skipped(day, tmp_path, backend):
    ctx, bendahara, s, base = day
    path = copy_fixture(tmp_path, "settlement_acquirer.csv")
    first = qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    journals = ledger.count_journals(ctx.reader(), bendahara)
    with pytest.raises(DomainError) as err:
        qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert err.value.code == "already_imported" and f"#{first.import_id}" in err.value.message
    # The same rows in another file (a longer period downloaded again): only the new row is taken.
    longer = tmp_path / "settlement_2.csv"
    longer.write_text(path.read_text() + "999988887777;2026-11-23 12:30:10;2026-11-24;4000000;;DANA\r\n")
    second = qs.import_settlement(ctx.uow(), bendahara, longer, "settlement-acquirer")
    assert (second.lines, second.already_imported) == (3, 4)  # two lines without reference come again
    assert [m.sale_no for m in second.matched] == [s["P6"]]
    assert ledger.count_journals(ctx.reader(), bendahara) == journals + 1
    assert checks.run_checks(ctx.reader()).ok
    # Replaying the same import UUID returns the first result.
    uuid = uuid4()
    third_file = tmp_path / "settlement_3.csv"
    third_file.write_text("RRN;Settlement Date;Amount\r\n000000000001;2026-11-24;100000\r\n")
    a = qs.import_settlement(ctx.uow(), bendahara, third_file, "settlement-acquirer", uuid=uuid)
    b = qs.import_settlement(ctx.uow(), bendahara, third_file, "settlement-acquirer", uuid=uuid)
    assert a.import_id == b.import_id and b.matched == ()


BAD_FILES = {
    "bad_amount": ("RRN;Transaction Time;Settlement Date;Amount;MDR\r\n"
                   "123456789012;2026-11-23 10:00:30;2026-11-24;5000000;0\r\n"
                   "000011114321;2026-11-23 10:31:10;2026-11-24;75.000,00;\r\n"
                   "111122223333;2026-11-23 13:00:00;2026-11-24;1500050;\r\n"
                   "777766665555;23/11/2026 13:30;2026-11-24;-62500000;\r\n",
                   ["Baris 3", "Baris 4", "Baris 5"]),
    "missing_column": ("RRN;Transaction Time;Settlement Date;MDR\r\n"
                       "123456789012;2026-11-23 10:00:30;2026-11-24;0\r\n", ["Amount"]),
    "wrong_delimiter": ("RRN,Transaction Time,Settlement Date,Amount\r\n"
                        "123456789012,2026-11-23 10:00:30,2026-11-24,5000000\r\n", ["koma"]),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_corrupt_file_is_refused_whole(day, tmp_path, case, backend):
    ctx, bendahara, s, base = day
    text, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(text)
    journals = ledger.count_journals(ctx.reader(), bendahara)
    with pytest.raises(DomainError) as err:
        qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert err.value.code == "import_refused"
    shown = str(err.value)
    assert all(e in shown for e in expected), shown
    if case == "bad_amount":
        assert "Baris 2" not in shown and len(err.value.details) == 3
    assert qs.list_imports(ctx.reader(), bendahara) == []
    assert ledger.count_journals(ctx.reader(), bendahara) == journals
    assert len(mine(qs.reconcile_report(ctx.reader(), bendahara), s)) == 7
    # The good file afterwards goes in: nothing of the refused one was kept.
    assert qs.import_settlement(ctx.uow(), bendahara, copy_fixture(tmp_path, "settlement_acquirer.csv"),
                                "settlement-acquirer").lines == 6


# ---------------------------------------------------------------- the bank mutation

def mutation_xlsx(tmp_path) -> Path:
    path = tmp_path / "mutasi.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for no, row in enumerate((FIXTURES / "mutasi_bank.csv").read_text().splitlines()):
        cells = row.split(",")
        if no:
            cells[0] = datetime.strptime(cells[0], "%d/%m/%Y")
            cells[2] = int(cells[2].replace(".", "")) if cells[2] else None
        ws.append(cells)
    wb.save(path)
    return path


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_bank_mutation_net_amounts_and_reference_in_description(day, tmp_path, kind, backend):
    ctx, bendahara, s, base = day
    path = copy_fixture(tmp_path, "mutasi_bank.csv") if kind == "csv" else mutation_xlsx(tmp_path)
    result = qs.import_settlement(ctx.uow(), bendahara, path, "mutasi-bank")
    assert (result.lines, result.skipped) == (6, 2)  # a transfer and a debit are not QRIS credits
    matched = {m.sale_no: (m.kind, m.gross_rp, m.mdr_rp, m.net_rp) for m in result.matched}
    assert matched == {s["P1"]: ("reference", 50_000, 0, 50_000), s["P2"]: ("reference", 75_000, 0, 75_000),
                       s["P5"]: ("amount", 30_013, 0, 30_013), s["P7"]: ("reference", 625_000, 1_875, 623_125)}
    assert journal_lines(ctx, bendahara, result.journal_number) == {
        ("1102", "D"): 778_138, ("5207", "D"): 1_875, ("1103", "K"): 780_013}
    assert mine(result.report, s) == [s["P3"], s["P4"], s["P6"]]
    assert result.report.ambiguous[0].kind == "amount"
    assert {(l.amount_rp, l.net) for l in result.report.unmatched_lines} == {(15_000, True), (20_011, True)}
    assert checks.run_checks(ctx.reader()).ok
    # A net line matched by hand: the difference to the payment is the MDR; unmatch gives the net back.
    line = result.report.ambiguous[0].line_id
    done = qs.match_payment(ctx.uow(), bendahara, line, s["P4"])
    assert (done.match.gross_rp, done.match.mdr_rp) == (20_011, 0)
    qs.unmatch(ctx.uow(), bendahara, line, "uji")
    assert next(l for l in qs.reconcile_report(ctx.reader(), bendahara).unmatched_lines
                if l.line_id == line).amount_rp == 20_011
    assert checks.run_checks(ctx.reader()).ok


def test_reference_conflicts_and_ambiguous_suffixes_are_left_for_a_person(day, tmp_path, backend):
    ctx, bendahara, s, base = day
    path = tmp_path / "conflict.csv"
    path.write_text("RRN;Settlement Date;Amount\r\n"
                    "999988887777;2026-11-24;4100000\r\n"  # P6's reference, Rp41.000 instead of Rp40.000
                    "555500001111;2026-11-24;2001100\r\n")  # P3: fine
    result = qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert [m.sale_no for m in result.matched] == [s["P3"]]
    [conflict] = result.report.mismatches
    assert conflict.amount_rp == 41_000 and [c.sale_no for c in conflict.candidates] == [s["P6"]]
    assert s["P6"] in by_sale(result.report)
    with pytest.raises(DomainError) as err:
        qs.match_payment(ctx.uow(), bendahara, conflict.line_id, s["P6"])
    assert err.value.code == "amount_mismatch"
    assert checks.run_checks(ctx.reader()).ok


def test_settings_drive_the_mdr_rule(day, tmp_path, login, backend):
    ctx, bendahara, s, base = day
    settings.change(ctx.uow(), login("admin"), {"qris.mdr_free_up_to_rp": 0, "qris.mdr_bp": 70})
    path = tmp_path / "s.csv"
    path.write_text("RRN;Settlement Date;Amount\r\n123456789012;2026-11-24;5000000\r\n")
    result = qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert (result.gross_rp, result.mdr_rp) == (50_000, 350)


def test_check_fails_when_piutang_qris_and_payments_disagree(day, tmp_path, login, backend):
    ctx, bendahara, s, base = day
    assert checks.run_checks(ctx.reader()).ok
    # A manual journal that moves Piutang QRIS without a settlement breaks the proof.
    ledger.post_journal(ctx.uow(), bendahara, JournalDraft(uuid4(), date(2026, 11, 24), "salah posting", (
        LineDraft("1102", debit_rp=1_000), LineDraft("1103", credit_rp=1_000))))
    report = checks.run_checks(ctx.reader())
    failed = [c for c in report.checks if not c.ok]
    assert [c.name for c in failed] == ["piutang_qris_sama_dengan_belum_settle"]


# ---------------------------------------------------------------- presets

def test_presets_builtin_saved_frozen_and_deleted(day, tmp_path, login, backend):
    ctx, bendahara, s, base = day
    names = [p.name for p in qs.list_presets(ctx.reader(), bendahara)]
    assert names[:2] == ["settlement-acquirer", "mutasi-bank"]
    with pytest.raises(DomainError) as err:
        qs.delete_preset(ctx.uow(), bendahara, "mutasi-bank")
    assert err.value.code == "preset_builtin"
    with pytest.raises(DomainError) as err:
        qs.save_preset(ctx.uow(), bendahara, "Mutasi-Bank", {"columns": {"amount": "Jumlah"}})
    assert err.value.code == "preset_builtin"
    with pytest.raises(DomainError) as err:
        qs.save_preset(ctx.uow(), bendahara, "bri", {"columns": {"amount": "Jumlah", "nope": "x"},
                                                     "delimiter": "|"})
    assert err.value.code == "bad_preset" and len(err.value.details) == 2
    with pytest.raises(PermissionDenied):
        qs.save_preset(ctx.uow(), login("kasir"), "bri", {"columns": {"amount": "Jumlah"}})
    config = {"delimiter": "\t", "columns": {"reference": "No Ref", "txn_at": "Waktu", "amount": "Nominal"},
              "amount_unit": "rupiah", "number_format": "id", "datetime_formats": ["DD/MM/YYYY HH:mm"],
              "timezone": "WIB"}
    saved = qs.save_preset(ctx.uow(), bendahara, "BRI Merchant", config)
    assert saved.name == "bri merchant" and saved.delimiter == "\t"
    assert saved.datetime_formats == ("%d/%m/%Y %H:%M",)
    qs.save_preset(ctx.uow(), bendahara, "bri merchant", {**config, "number_format": "en"})  # unused: may change
    assert [p.name for p in qs.list_presets(ctx.reader(), bendahara)][2:] == ["bri merchant"]
    path = tmp_path / "bri.csv"
    path.write_text("No Ref\tWaktu\tNominal\n123456789012\t23/11/2026 10:01\t50,000\n")
    result = qs.import_settlement(ctx.uow(), bendahara, path, "BRI MERCHANT")
    assert [m.sale_no for m in result.matched] == [s["P1"]]
    with pytest.raises(DomainError) as err:
        qs.save_preset(ctx.uow(), bendahara, "bri merchant", config)
    assert err.value.code == "preset_in_use"
    with pytest.raises(DomainError) as err:
        qs.delete_preset(ctx.uow(), bendahara, "bri merchant")
    assert err.value.code == "preset_in_use"
    qs.save_preset(ctx.uow(), bendahara, "cadangan", config)
    qs.delete_preset(ctx.uow(), bendahara, "cadangan")
    path.write_text("No Ref\tWaktu\tNominal\n123456789013\t23/11/2026 10:01\t50,000\n")
    with pytest.raises(DomainError) as err:
        qs.import_settlement(ctx.uow(), bendahara, path, "cadangan")
    assert err.value.code == "preset_not_found"


def test_pending_cancelled_and_voided_sales_are_not_captured(demo_ctx, login, clock, tmp_path, backend):
    ctx = demo_ctx
    kasir, pengurus, bendahara = login("kasir"), login("pengurus"), login("bendahara")
    open_shift(ctx, kasir)
    pending = sell(ctx, kasir, ("MIE-GRG", 2), pay={"qris": 7_000})
    assert pending.status == "pending"
    voided = qris_sale(ctx, kasir, 10_000, "123412341234")
    returns.void_sale(ctx.uow(), kasir, voided.number, "salah input", approver=pengurus, uuid=uuid4())
    before = qs.reconcile_report(ctx.reader(), bendahara).unsettled
    assert all(p.sale_no not in (pending.number, voided.number) for p in before)
    path = tmp_path / "s.csv"
    path.write_text("RRN;Settlement Date;Amount\r\n123412341234;2026-11-23;1000000\r\n")
    result = qs.import_settlement(ctx.uow(), bendahara, path, "settlement-acquirer")
    assert result.matched == () and len(result.report.unmatched_lines) == 1
    line = result.report.unmatched_lines[0].line_id
    for number in (pending.number, voided.number):
        with pytest.raises(DomainError) as err:
            qs.match_payment(ctx.uow(), bendahara, line, number)
        assert err.value.code == "sale_not_captured"
    assert checks.run_checks(ctx.reader()).ok


# ---------------------------------------------------------------- matched lines (what an unmatch picks from)

def test_matched_lines_latest_match_first_paged_and_searchable(day, tmp_path, login, backend):
    ctx, bendahara, s, _base = day
    assert qs_report.list_matched(ctx.reader(), bendahara) == []
    result = qs.import_settlement(ctx.uow(), bendahara, copy_fixture(tmp_path, "settlement_acquirer.csv"),
                                  "settlement-acquirer")
    manual = qs.match_payment(ctx.uow(), bendahara, result.report.ambiguous[0].line_id, s["P3"])
    rows = qs_report.list_matched(ctx.reader(), login("pengawas"))
    assert rows[0].sale_no == s["P3"] and rows[0].kind == "manual"  # the latest match first
    assert rows[0].journal_number == manual.journal_number and rows[0].gross_rp == 20_011
    assert sorted(r.sale_no for r in rows[1:]) == sorted(s[p] for p in ("P1", "P2", "P5", "P7"))
    p7 = next(r for r in rows if r.sale_no == s["P7"])
    assert (p7.kind, p7.gross_rp, p7.mdr_rp, p7.net_rp) == ("reference", 625_000, 1_875, 623_125)
    assert (p7.reference, p7.payment_reference, p7.file_name) == ("777766665555", "777766665555",
                                                                   "settlement_acquirer.csv")
    assert p7.journal_number == result.journal_number and p7.journal_date == date(2026, 11, 24)
    pages = [qs_report.list_matched(ctx.reader(), bendahara, limit=2, offset=o) for o in (0, 2, 4)]
    assert [r for page in pages for r in page] == rows
    p2 = qs_report.list_matched(ctx.reader(), bendahara, search="4321")
    assert [r.sale_no for r in p2] == [s["P2"]] and p2[0].reference == "000011114321"
    assert [r.sale_no for r in qs_report.list_matched(ctx.reader(), bendahara, search=s["P5"].lower())] == [s["P5"]]
    qs.unmatch(ctx.uow(), bendahara, manual.match.line_id, "salah pilih")
    assert s["P3"] not in {r.sale_no for r in qs_report.list_matched(ctx.reader(), bendahara)}
    with pytest.raises(PermissionDenied):
        qs_report.list_matched(ctx.reader(), login("kasir"))

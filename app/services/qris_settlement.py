"""QRIS settlement and reconciliation: import the acquirer's settlement file (or the bank
mutation), match its lines to captured QRIS payments, post the money from Piutang QRIS
to Kas di Bank (less MDR), and match or unmatch by hand.

- `import_settlement`: a CSV/XLSX read with a preset, all or nothing (any bad row refuses
  the file with a line per bad row; the same file, by SHA-256, is refused the second
  time; lines whose reference an earlier import already holds are skipped, so
  overlapping mutation downloads do no harm). The new lines are matched automatically
  (rules in app/domain/qris_settlement.py; older open lines take part in the ambiguity
  judgement but are never matched automatically again — a line someone unmatched stays
  unmatched). All matches of one import post ONE journal (SQ-…, dated the business day
  of the import): Debit Kas di Bank (net), Debit Beban MDR, Credit Piutang QRIS (gross).
- `match_payment`: a person pairs a line with a sale's QRIS payment; its own journal.
  The amounts must agree as for a reference match: a gross line equal to the payment, a
  net line at most 3% below it (the difference is the MDR). Anything else is refused: a
  real short payment is a matter for the acquirer and a manual journal.
- `unmatch`: undoes a match (with a reason) by a journal in the other direction; the
  line and the payment are open again. Nothing is deleted; the audit log keeps both.
Permissions: importing and matching post journals (journal.post, the bendahara);
reports need report.view.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from uuid import UUID, uuid4

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.exc import IntegrityError

from app.documents import tables
from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError, NotFound
from app.domain.fmt import rupiah
from app.domain.ledger import JournalDraft
from app.domain.qris_settlement import (match, settlement_amounts, settlement_journal_lines, totals,
                                        unsettle_journal_lines)
from app.services import audit, ledger, profile
from app.services.qris_settlement_format import ParsedFile, Preset, check_delimiter, parse_rows
from app.services.qris_settlement_presets import delete_preset, list_presets, load_preset, save_preset
from app.services.qris_settlement_report import (QRIS, ReconcileReport, captured_unsettled, domain_line,
                                                 matching_inputs, mdr_rule, reconcile_report, report_in, window)
from app.store.models import JournalRow, UserRow
from app.store.models_qris import QrisSettlementImportRow, QrisSettlementLineRow
from app.store.models_shop import SalePaymentRow, SaleRow
from app.store.uow import UnitOfWork

__all__ = ["ImportResult", "MatchInfo", "ManualMatchResult", "ImportSummary", "import_settlement",
           "match_payment", "unmatch", "list_imports", "reconcile_report", "list_presets", "save_preset",
           "delete_preset"]

DOC_PREFIX = "SQ"
_LOCK_KEY = 0x51524953  # "QRIS": settlement work runs one at a time on PostgreSQL


@dataclass(frozen=True)
class MatchInfo:
    line_id: int
    line_no: int
    line_reference: str
    sale_no: str
    payment_reference: str
    kind: str  # reference | amount | manual
    gross_rp: int
    mdr_rp: int
    net_rp: int


@dataclass(frozen=True)
class ImportResult:
    import_id: int
    uuid: str
    file_name: str
    preset: str
    lines: int  # stored
    skipped: int  # not QRIS credits (the preset's filters)
    already_imported: int  # their reference is in an earlier import
    matched: tuple[MatchInfo, ...]
    gross_rp: int
    mdr_rp: int
    net_rp: int
    journal_number: str | None
    report: ReconcileReport


@dataclass(frozen=True)
class ManualMatchResult:
    match: MatchInfo
    journal_number: str
    report: ReconcileReport


@dataclass(frozen=True)
class ImportSummary:
    import_id: int
    file_name: str
    preset: str
    imported_at: datetime
    imported_by: str
    lines: int
    matched: int


def _lock(uow: UnitOfWork) -> None:
    if uow.session.get_bind().dialect.name == "postgresql":
        uow.session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _parse(preset: Preset, path: Path, data: bytes, header: list[str], table: list, uow: UnitOfWork) -> ParsedFile:
    if tables.file_kind(path) == "csv":
        check_delimiter(preset, data.decode("utf-8-sig", errors="replace").split("\n", 1)[0])
    return parse_rows(preset, header, table, profile.outlet_zone(uow).tzinfo, path.name)


def _match_info(line: QrisSettlementLineRow, sale_no: str, payment_ref: str, kind: str, gross: int,
                mdr: int) -> MatchInfo:
    return MatchInfo(line.id, line.line_no, line.reference, sale_no, payment_ref, kind, gross, mdr, gross - mdr)


_SET_MATCH = QrisSettlementLineRow.__table__.update().where(
    QrisSettlementLineRow.__table__.c.id == bindparam("line_id")).values(
    payment_id=bindparam("payment_id"), match_kind=bindparam("kind"), amount_rp=bindparam("gross"),
    mdr_rp=bindparam("mdr"), journal_id=bindparam("journal_id"))


def import_settlement(uow: UnitOfWork, actor: Actor, path: Path | str, preset_name: str, *,
                      uuid: UUID | None = None) -> ImportResult:
    actor.require(Permission.JOURNAL_POST)
    path = Path(path)
    uuid = uuid or uuid4()
    header, table = tables.read_table(path)
    data = path.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    try:
        with uow:
            _lock(uow)
            s = uow.session
            earlier = s.execute(select(QrisSettlementImportRow).where(
                QrisSettlementImportRow.uuid == str(uuid))).scalar_one_or_none()
            if earlier is not None:
                return _result_of(uow, earlier)
            _refuse_same_file(uow, sha, path.name)
            preset = load_preset(uow, preset_name)
            parsed = _parse(preset, path, data, header, table, uow)
            lines, already = _new_lines(uow, parsed)
            rule = mdr_rule(uow)
            imp = QrisSettlementImportRow(uuid=str(uuid), file_name=path.name[:255], file_sha256=sha,
                                          preset=preset.name, imported_at=uow.now(), imported_by=actor.user_id,
                                          line_count=len(lines))
            s.add(imp)
            s.flush()
            s.execute(QrisSettlementLineRow.__table__.insert(), [
                {"import_id": imp.id, "line_no": l.line_no, "reference": l.reference, "txn_at": l.txn_at,
                 "settled_on": l.settled_on, "amount_rp": l.amount_rp, "description": l.description,
                 "mdr_rp": 0 if preset.amount_is_net else (l.mdr_rp if l.mdr_rp is not None else rule.mdr(l.amount_rp))}
                for l in lines])
            matched, journal = _auto_match(uow, actor, imp)
            audit.append(uow, actor.username, "qris.settlement.import", path.name[:120], {
                "uuid": str(uuid), "sha256": sha, "preset": preset.name, "lines": len(lines),
                "skipped": parsed.skipped, "already_imported": already, "matched": len(matched),
                "journal": journal})
            t = totals_of(matched)
            result = ImportResult(imp.id, str(uuid), imp.file_name, preset.name, len(lines), parsed.skipped, already,
                                  matched, t[0], t[1], t[0] - t[1], journal, report_in(uow))
            uow.commit()
            return result
    except IntegrityError:
        # Another till imported the same file a moment ago (sha256 is unique).
        with uow:
            _refuse_same_file(uow, sha, path.name)
        raise


def totals_of(matched) -> tuple[int, int]:
    return sum(m.gross_rp for m in matched), sum(m.mdr_rp for m in matched)


def _refuse_same_file(uow: UnitOfWork, sha: str, name: str) -> None:
    row = uow.session.execute(select(QrisSettlementImportRow, UserRow.username)
                              .join(UserRow, UserRow.id == QrisSettlementImportRow.imported_by)
                              .where(QrisSettlementImportRow.file_sha256 == sha)).first()
    if row is not None:
        imp, who = row
        local = imp.imported_at.astimezone(profile.outlet_zone(uow).tzinfo)
        raise DomainError("already_imported", f"Berkas {name} sudah pernah diimpor ({imp.file_name}, impor "
                                              f"#{imp.id}, {local:%d-%m-%Y %H:%M} oleh {who}); tidak diimpor lagi.")


def _new_lines(uow: UnitOfWork, parsed: ParsedFile):
    """The parsed lines minus those whose reference an earlier import holds."""
    refs = sorted({l.reference for l in parsed.lines if l.reference})
    known: set[str] = set()
    for i in range(0, len(refs), 500):
        known.update(uow.session.execute(select(QrisSettlementLineRow.reference).where(
            QrisSettlementLineRow.reference.in_(refs[i:i + 500]))).scalars())
    lines = [l for l in parsed.lines if not l.reference or l.reference not in known]
    if not lines:
        raise DomainError("already_imported", "Semua baris berkas ini sudah ada di impor sebelumnya; "
                                              "tidak ada yang baru.")
    return lines, len(parsed.lines) - len(lines)


def _auto_match(uow: UnitOfWork, actor: Actor, imp: QrisSettlementImportRow) -> tuple[tuple[MatchInfo, ...], str | None]:
    lines, payments, d_lines, d_payments = matching_inputs(uow)
    result = match(d_lines, d_payments, mdr_rule(uow), window(uow))
    rows = {l.id: l for l, i, _ in lines if i.id == imp.id}
    found = [m for m in result.matches if m.line_id in rows]
    if not found:
        return (), None
    by_payment = {p.payment_id: p for p in payments}
    t = totals(found)
    memo = f"Settlement QRIS {imp.file_name}: {len(found)} transaksi"[:200]
    journal = ledger.post_in(uow, actor.user_id, actor.username,
                             JournalDraft(UUID(imp.uuid), profile.business_date(uow), memo,
                                          settlement_journal_lines(t.gross_rp, t.mdr_rp, "Settlement QRIS"),
                                          doc_type=DOC_PREFIX), source=("qris_settlement", imp.uuid))
    uow.session.execute(_SET_MATCH, [{"line_id": m.line_id, "payment_id": m.payment_id, "kind": m.kind,
                                      "gross": m.gross_rp, "mdr": m.mdr_rp, "journal_id": journal.id} for m in found])
    infos = tuple(_match_info(rows[m.line_id], by_payment[m.payment_id].sale_no, by_payment[m.payment_id].reference,
                              m.kind, m.gross_rp, m.mdr_rp) for m in found)
    return infos, journal.number


def _result_of(uow: UnitOfWork, imp: QrisSettlementImportRow) -> ImportResult:
    """An import read back (a retry with the same UUID gets the first result)."""
    s = uow.session
    rows = s.execute(select(QrisSettlementLineRow, SaleRow.number, SalePaymentRow.reference, JournalRow.number)
                     .join(SalePaymentRow, SalePaymentRow.id == QrisSettlementLineRow.payment_id)
                     .join(SaleRow, SaleRow.id == SalePaymentRow.sale_id)
                     .join(JournalRow, JournalRow.id == QrisSettlementLineRow.journal_id)
                     .where(QrisSettlementLineRow.import_id == imp.id, JournalRow.uuid == imp.uuid)
                     .order_by(QrisSettlementLineRow.id)).all()
    matched = tuple(_match_info(l, sale_no, ref, l.match_kind, l.amount_rp, l.mdr_rp) for l, sale_no, ref, _ in rows)
    t = totals_of(matched)
    return ImportResult(imp.id, imp.uuid, imp.file_name, imp.preset, imp.line_count, 0, 0, matched, t[0], t[1],
                        t[0] - t[1], rows[0][3] if rows else None, report_in(uow))


# ---------------------------------------------------------------- by hand

def _line_row(uow: UnitOfWork, line_id: int) -> QrisSettlementLineRow:
    row = uow.session.get(QrisSettlementLineRow, line_id)
    if row is None:
        raise NotFound("line_not_found", f"Baris settlement #{line_id} tidak ada.")
    return row


def _is_net(uow: UnitOfWork, line: QrisSettlementLineRow) -> bool:
    return load_preset(uow, uow.session.get(QrisSettlementImportRow, line.import_id).preset).amount_is_net


def _replayed(uow: UnitOfWork, uuid: UUID) -> JournalRow | None:
    return uow.session.execute(select(JournalRow).where(JournalRow.uuid == str(uuid))).scalar_one_or_none()


def match_payment(uow: UnitOfWork, actor: Actor, line_id: int, sale_no: str, *, uuid: UUID | None = None) -> ManualMatchResult:
    """Pair settlement line `line_id` with the open QRIS payment of sale `sale_no`."""
    actor.require(Permission.JOURNAL_POST)
    uuid = uuid or uuid4()
    with uow:
        _lock(uow)
        s = uow.session
        line = _line_row(uow, line_id)
        done = _replayed(uow, uuid)
        if done is not None and line.journal_id == done.id:
            p = s.get(SalePaymentRow, line.payment_id)
            return ManualMatchResult(_match_info(line, s.get(SaleRow, p.sale_id).number, p.reference, "manual",
                                                 line.amount_rp, line.mdr_rp), done.number, report_in(uow))
        if line.payment_id is not None:
            sale = s.execute(select(SaleRow.number).join(SalePaymentRow, SalePaymentRow.sale_id == SaleRow.id)
                             .where(SalePaymentRow.id == line.payment_id)).scalar_one()
            raise DomainError("line_matched", f"Baris #{line_id} sudah dicocokkan dengan {sale}; "
                                              "batalkan dulu (unmatch) bila salah.")
        sale = s.execute(select(SaleRow).where(SaleRow.number == sale_no.strip().upper())).scalar_one_or_none()
        if sale is None:
            raise NotFound("sale_not_found", f"Penjualan {sale_no} tidak ditemukan.")
        if sale.status != "completed":
            state = {"pending": "masih menunggu konfirmasi QRIS", "cancelled": "dibatalkan sebelum dibayar",
                     "voided": "sudah dibatalkan"}.get(sale.status, sale.status)
            raise DomainError("sale_not_captured", f"{sale.number} {state}: tidak ada pembayaran QRIS yang diterima.")
        open_ids = {p.payment_id for p in captured_unsettled(uow)}
        payments = [p for p in s.execute(select(SalePaymentRow).where(
            SalePaymentRow.sale_id == sale.id, SalePaymentRow.method == QRIS).order_by(SalePaymentRow.id)).scalars()
            if p.id in open_ids]
        if not payments:
            raise DomainError("no_open_payment", f"{sale.number} tidak punya pembayaran QRIS yang belum settle.")
        d_line = domain_line(line, _is_net(uow, line))
        rule = mdr_rule(uow)
        fitting = [(p, a) for p in payments if (a := settlement_amounts(d_line, p.amount_rp, rule, strict=False))]
        if not fitting:
            what = "bersih (setelah MDR) " if d_line.net else ""
            raise DomainError("amount_mismatch",
                              f"Jumlah {what}baris #{line_id} {rupiah(line.amount_rp)} tidak cocok dengan pembayaran "
                              f"QRIS {sale.number} ({', '.join(rupiah(p.amount_rp) for p in payments)}). "
                              "Selisih nyata dibukukan dengan jurnal umum setelah dicek ke acquirer.")
        payment, (gross, mdr) = fitting[0]
        memo = f"Settlement QRIS {sale.number} (cocok manual, baris #{line.id})"
        journal = ledger.post_in(uow, actor.user_id, actor.username,
                                 JournalDraft(uuid, profile.business_date(uow), memo,
                                              settlement_journal_lines(gross, mdr, "Settlement QRIS"),
                                              doc_type=DOC_PREFIX), source=("qris_settlement_line", str(line.id)))
        line.payment_id, line.match_kind, line.amount_rp, line.mdr_rp, line.journal_id = (
            payment.id, "manual", gross, mdr, journal.id)
        audit.append(uow, actor.username, "qris.settlement.match", f"#{line.id}",
                     {"sale": sale.number, "gross_rp": gross, "mdr_rp": mdr, "journal": journal.number})
        s.flush()
        result = ManualMatchResult(_match_info(line, sale.number, payment.reference, "manual", gross, mdr),
                                   journal.number, report_in(uow))
        uow.commit()
        return result


@dataclass(frozen=True)
class UnmatchResult:
    line_id: int
    sale_no: str
    journal_number: str


def unmatch(uow: UnitOfWork, actor: Actor, line_id: int, reason: str, *, uuid: UUID | None = None) -> UnmatchResult:
    """Undo a match: a journal in the other direction (Piutang QRIS back), the line open again."""
    actor.require(Permission.JOURNAL_POST)
    if not reason.strip():
        raise DomainError("reason_required", "Alasan membatalkan pencocokan wajib diisi.")
    uuid = uuid or uuid4()
    with uow:
        _lock(uow)
        s = uow.session
        line = _line_row(uow, line_id)
        done = _replayed(uow, uuid)
        if done is not None:
            return UnmatchResult(line.id, done.memo.split()[3], done.number)  # the memo names the sale
        if line.payment_id is None:
            raise DomainError("line_open", f"Baris #{line_id} belum dicocokkan.")
        sale_no = s.execute(select(SaleRow.number).join(SalePaymentRow, SalePaymentRow.sale_id == SaleRow.id)
                            .where(SalePaymentRow.id == line.payment_id)).scalar_one()
        old = s.get(JournalRow, line.journal_id).number if line.journal_id else None
        memo = f"Batal settlement QRIS {sale_no} (baris #{line.id}): {reason.strip()[:150]}"
        journal = ledger.post_in(uow, actor.user_id, actor.username,
                                 JournalDraft(uuid, profile.business_date(uow), memo,
                                              unsettle_journal_lines(line.amount_rp, line.mdr_rp, "Batal settlement QRIS"),
                                              doc_type=DOC_PREFIX), source=("qris_settlement_line", str(line.id)))
        if _is_net(uow, line):  # back to what the file said: the net, its gross unknown
            line.amount_rp, line.mdr_rp = line.amount_rp - line.mdr_rp, 0
        line.payment_id = line.match_kind = line.journal_id = None
        audit.append(uow, actor.username, "qris.settlement.unmatch", f"#{line.id}",
                     {"sale": sale_no, "reason": reason.strip(), "journal": journal.number, "was": old})
        uow.commit()
        return UnmatchResult(line.id, sale_no, journal.number)


def list_imports(uow: UnitOfWork, actor: Actor, *, limit: int = 100) -> list[ImportSummary]:
    actor.require(Permission.REPORT_VIEW)
    matched = (select(func.count(QrisSettlementLineRow.id))
               .where(QrisSettlementLineRow.import_id == QrisSettlementImportRow.id,
                      QrisSettlementLineRow.payment_id.is_not(None)).scalar_subquery())
    with uow:
        rows = uow.session.execute(
            select(QrisSettlementImportRow, UserRow.username, matched)
            .join(UserRow, UserRow.id == QrisSettlementImportRow.imported_by)
            .order_by(QrisSettlementImportRow.id.desc()).limit(limit)).all()
        return [ImportSummary(i.id, i.file_name, i.preset, i.imported_at, who, i.line_count, int(n))
                for i, who, n in rows]

"""The district report for a month (JSON, PDF, XLSX): one row per registered cooperative
from the latest accepted package covering that month, and the totals."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from app.documents.district_pdf import district_pdf
from app.documents.report_xlsx import report_xlsx
from app.domain.clock import zone
from app.domain.cooperative import CooperativeProfile
from app.domain.district_report import (CooperativeFacts, DistrictReport, PackageRef, check_period, district_row,
                                        district_table)
from app.domain.errors import DomainError
from app.services.hub import current_settings
from app.store.models_hub import HubCooperativeRow, HubPackageRow
from app.store.uow import UnitOfWork

FORMATS = ("json", "pdf", "xlsx")
SIGNERS = (("Mengetahui,", "Kepala Dinas"), ("Disusun oleh,", "Petugas hub"), ("Diperiksa oleh,", "Pengawas"))


def _ref(row) -> PackageRef:
    return PackageRef(row.sequence, row.period_from, row.period_to, row.imported_at)


def district_report(uow: UnitOfWork, period: str) -> DistrictReport:
    period = check_period(period)
    with uow:
        s = uow.session
        hub = current_settings(uow)
        coops = list(s.scalars(select(HubCooperativeRow)))
        # the newest package covering the month, per cooperative (a correction supersedes)
        covering = (select(HubPackageRow.cooperative_id, func.max(HubPackageRow.sequence).label("seq"))
                    .where(HubPackageRow.period_from <= period, HubPackageRow.period_to >= period)
                    .group_by(HubPackageRow.cooperative_id).subquery())
        used = {r.cooperative_id: r for r in s.scalars(
            select(HubPackageRow).join(covering, (covering.c.cooperative_id == HubPackageRow.cooperative_id)
                                       & (covering.c.seq == HubPackageRow.sequence)))}
        newest = (select(HubPackageRow.cooperative_id, func.max(HubPackageRow.sequence).label("seq"))
                  .group_by(HubPackageRow.cooperative_id).subquery())
        last = {r.cooperative_id: _ref(r) for r in s.execute(
            select(HubPackageRow.cooperative_id, HubPackageRow.sequence, HubPackageRow.period_from,
                   HubPackageRow.period_to, HubPackageRow.imported_at)
            .join(newest, (newest.c.cooperative_id == HubPackageRow.cooperative_id)
                  & (newest.c.seq == HubPackageRow.sequence)))}
        facts = []
        for c in coops:
            p = used.get(c.id)
            indicators = None
            if p is not None:
                try:
                    indicators = json.loads(p.indicators_json)
                except ValueError:
                    indicators = None
            facts.append(CooperativeFacts(c.nib, c.name, json.loads(c.region or "{}"),
                                          indicators if isinstance(indicators, dict) else None,
                                          _ref(p) if p is not None else None, last.get(c.id)))
        now = uow.now()
    rows = sorted((district_row(f) for f in facts),
                  key=lambda r: (not r.region, str(r.region.get("kabupaten", "")), str(r.region.get("kecamatan", "")),
                                 str(r.region.get("desa", "")), r.name, r.nib))
    return DistrictReport(period, hub["name"], now, tuple(rows))


def export(uow: UnitOfWork, period: str, fmt: str, out: Path | str, *, compress: bool = True) -> Path:
    """Write the report as PDF or XLSX (atomically) and return the path."""
    if fmt not in ("pdf", "xlsx"):
        raise DomainError("bad_format", f"Format {fmt!r} tidak dikenal; pilih json, pdf atau xlsx.")
    report = district_report(uow, period)
    table = district_table(report)
    with uow:
        hub = current_settings(uow)
    if fmt == "xlsx":
        return report_xlsx(table, out, cooperative_name=hub["name"])
    office = CooperativeProfile(name=hub["name"], nib="", legal_entity_no="", address="", desa="", kecamatan="",
                                kabupaten=hub["place"], provinsi="")
    return district_pdf(table, out, hub=office, place=hub["place"], printed_at=report.generated_at,
                        zone=zone(hub["timezone"]), signers=SIGNERS, compress=compress)

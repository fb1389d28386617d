"""Daftar Pembagian SHU as PDF or XLSX (report.view): of a closed or distributed year
(`shu.compute`), or of a simulation the caller made (`export_plan`, for the RAT). Reads,
leaves the transaction, then writes beside the target and renames (app/documents/shu_list.py):
a refusal or a failure leaves no file. Printing changes nothing in the database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.domain.auth import Actor, Permission
from app.domain.errors import DomainError
from app.domain.shu import ShuListData, ShuPlan
from app.services import profile, shu
from app.store.uow import UnitOfWork

FORMATS = ("pdf", "xlsx")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    year: int
    members: int
    simulated: bool


def _format(fmt: str) -> str:
    fmt = (fmt or "").strip().lower().lstrip(".")
    if fmt not in FORMATS:
        raise DomainError("bad_format", f"Format harus pdf atau xlsx, bukan {fmt!r}.")
    return fmt


def _data(uow: UnitOfWork, actor: Actor, plan: ShuPlan) -> ShuListData:
    with uow:
        return ShuListData(plan, profile.require(uow), uow.now(), profile.outlet_zone(uow),
                           f"{actor.full_name} ({actor.username})")


def export_plan(uow: UnitOfWork, actor: Actor, plan: ShuPlan, path: Path | str, fmt: str = "pdf", *,
                compress: bool = True) -> ExportResult:
    from app.documents import shu_list

    actor.require(Permission.REPORT_VIEW)
    fmt = _format(fmt)
    data = _data(uow, actor, plan)
    written = shu_list.pdf(data, path, compress=compress) if fmt == "pdf" else shu_list.xlsx(data, path)
    return ExportResult(written, fmt, plan.year, len(plan.shares), plan.simulated)


def export(uow: UnitOfWork, actor: Actor, year: int | str, path: Path | str, fmt: str = "pdf", *,
           compress: bool = True) -> ExportResult:
    """The list of a closed year (as computed now) or of a distributed one (as distributed)."""
    fmt = _format(fmt)
    return export_plan(uow, actor, shu.compute(uow, actor, year), path, fmt, compress=compress)

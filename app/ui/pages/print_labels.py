"""Print job kinds and statuses as the user reads them (translated in the GUI; the
services keep their own Indonesian labels for the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.printing import JobInfo

STATUSES = ("pending", "sending", "done", "failed", "cancelled")


def kind_label(kind: str) -> str:
    labels = {
        "receipt": QCoreApplication.translate("PrintLabels", "Struk"),
        "reprint": QCoreApplication.translate("PrintLabels", "Struk salinan"),
        "shift_report": QCoreApplication.translate("PrintLabels", "Laporan shift"),
        "slip": QCoreApplication.translate("PrintLabels", "Slip"),
        "lpg_slip": QCoreApplication.translate("PrintLabels", "Bukti LPG"),
        "test": QCoreApplication.translate("PrintLabels", "Halaman uji"),
    }
    return labels.get(kind, kind)


def status_label(status: str) -> str:
    labels = {
        "pending": QCoreApplication.translate("PrintLabels", "Menunggu"),
        "sending": QCoreApplication.translate("PrintLabels", "Mencetak"),
        "done": QCoreApplication.translate("PrintLabels", "Selesai"),
        "failed": QCoreApplication.translate("PrintLabels", "Gagal"),
        "cancelled": QCoreApplication.translate("PrintLabels", "Dibatalkan"),
    }
    return labels.get(status, status)


def job_status_label(job: JobInfo) -> str:
    if job.status == "failed" and job.next_attempt_at is not None:
        return QCoreApplication.translate("PrintLabels", "Gagal, dicoba lagi")
    return status_label(job.status)

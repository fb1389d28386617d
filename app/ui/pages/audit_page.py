"""Log Audit: the append-only log, newest first, and a check of its hash chain."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from app.domain import fmt
from app.domain.audit import ChainVerdict
from app.services import audit
from app.ui.outlet import outlet_zone
from app.ui.session import Session
from app.ui.table_model import RIGHT, Column, LazyTableModel
from app.ui.table_view import make_table
from app.ui.widgets import MessageLabel, button, hint, page_title

PAGE_SIZE = 200


class AuditPage(QWidget):
    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        zone = outlet_zone(session.ctx)
        columns = [
            Column("seq", self.tr("No."), lambda e: e.seq, RIGHT),
            Column("at", self.tr("Waktu"), lambda e: e.at, fmt=lambda at: fmt.local_datetime(at, zone)),
            Column("user", self.tr("Pengguna"), lambda e: e.username),
            Column("action", self.tr("Tindakan"), lambda e: e.action),
            Column("entity", self.tr("Objek"), lambda e: e.entity),
            Column("detail", self.tr("Rincian"), lambda e: "" if e.detail == "{}" else e.detail),
        ]
        ctx, actor = session.ctx, session.actor
        self.model = LazyTableModel(
            columns, lambda offset, limit: audit.entries(ctx.reader(), actor, limit=limit, offset=offset),
            page_size=PAGE_SIZE, parent=self)
        self.table = make_table(self.model, widths={0: 60, 1: 200, 2: 110, 3: 150, 4: 200}, stretch=5)
        self.verify_button = button(self.tr("Periksa rantai"), primary=True)
        self.refresh_button = button(self.tr("Muat ulang"))
        self.verdict = MessageLabel()
        self.model.load_failed.connect(self.verdict.show_error)

        top = QHBoxLayout()
        top.addWidget(hint(self.tr("Setiap catatan memuat sidik (hash) catatan sebelumnya; mengubah atau "
                                   "menghapus satu catatan memutus rantai.")), 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(page_title(self.tr("Log Audit")))
        layout.addLayout(top)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)

        self.verify_button.clicked.connect(self.verify)
        self.refresh_button.clicked.connect(self.refresh)
        self.model.load_first_page()

    def refresh(self) -> None:
        self.model.reload()
        self.model.load_first_page()

    def verify(self) -> None:
        """Walking the whole chain takes a while on a big log: run it off the GUI thread."""
        self.verify_button.setEnabled(False)
        self.verdict.show_ok(self.tr("Memeriksa rantai audit…"))
        self.session.runner.submit(audit.verify, self.session.ctx.reader(), self.session.actor,
                                   on_done=self._verified, on_error=self._failed)

    def _verified(self, verdict: ChainVerdict) -> None:
        self.verify_button.setEnabled(True)
        if verdict.ok:
            self.verdict.show_ok(self.tr("Rantai audit utuh: {n} catatan diperiksa.").format(
                n=fmt.number(verdict.checked)))
        else:
            self.verdict.show_error(self.tr("Rantai audit RUSAK pada catatan {seq}: {reason}. "
                                            "{n} catatan sebelumnya utuh.").format(
                seq=verdict.first_broken_seq, reason=verdict.reason, n=fmt.number(verdict.checked)))

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verdict.show_error(exc)

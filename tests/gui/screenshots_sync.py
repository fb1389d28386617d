"""Screenshots of the Sinkronisasi page (`make screenshots` calls `sync_screens` after the
treasurer's, on the same demo): September sent and acknowledged by a loopback hub playing
the district, October refused by it (the outlet not registered yet), the Data koperasi tab
and the export dialog."""

from __future__ import annotations

from pathlib import Path

from app.services import auth, demo, sync_export, sync_upload
from app.ui.tasks import TaskRunner
from tests.fake_hub import start_fake_hub
from tests.gui.screenshots import SIZE, _main_window, _save, _settle


def sync_screens(ctx, runner: TaskRunner, out: Path, workdir: Path) -> None:
    bendahara = auth.login(ctx.uow(), "bendahara", demo.DEMO_PIN)
    hub, server = start_fake_hub()
    folder = workdir / "kabupaten"
    folder.mkdir(exist_ok=True)
    try:
        sync_upload.set_hub_url(ctx.uow(), bendahara, hub.url)
        for month in ("2026-09", "2026-10"):
            if month == "2026-10":
                hub.refuse("Koperasi ini belum terdaftar di hub kabupaten.", status=403)
            result = sync_export.export_package(ctx.uow(), bendahara, month, folder)
            sync_upload.after_export(ctx.uow(), bendahara, result)
            sync_upload.process_due(ctx.uows, bendahara)
        # the loopback hub's port changes per run: show the address a district would give
        sync_upload.set_hub_url(ctx.uow(), bendahara, "https://sinkron.dinkop-cianjur.example.go.id")
        window = _main_window(ctx, runner, "bendahara")
        page = window.show_page("sync")
        runner.wait()
        _settle(300)
        _save(window, out, "sync.png", SIZE)
        page.tabs.setCurrentIndex(1)  # Data koperasi: what the packages say about the cooperative
        runner.wait()
        _settle(300)
        _save(window, out, "sync_profile.png", SIZE)
        page.tabs.setCurrentIndex(0)
        dialog = page.open_export(since_last=False)
        dialog.folder.setText("E:\\laporan-kabupaten")  # a flash disk, not this machine's home
        _settle(200)
        _save(dialog, out, "sync_export_dialog.png", (560, 300))
        dialog.reject()
        window.close_now()
    finally:
        server.shutdown()
        server.server_close()

"""Sinkronisasi > Data koperasi on the demo outlet: the bendahara sets the region code, the
business units, the partnerships and the names checkbox through the widgets, saves, and the
next package carries them; a bad region code is refused inline and nothing is saved; who may
not change them sees them read-only."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest

from app.domain.sync_outlet import BUSINESS_UNITS
from app.services import audit, sync_export, sync_profile
from app.ui.pages.sync_page import SyncPage
from app.ui.pages.sync_profile_box import UNIT_LABELS, SyncProfileBox
from app.ui.widgets import to_qdate
from tests.gui.conftest import WAIT_MS


def open_box(session_for, qtbot, username="bendahara") -> SyncProfileBox:
    box = SyncProfileBox(session_for(username))
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.profile is not None, timeout=WAIT_MS)
    return box


def save(box: SyncProfileBox, qtbot) -> None:
    box.save_button.click()
    qtbot.waitUntil(lambda: box.save_button.isEnabled(), timeout=WAIT_MS)


def test_the_ui_labels_are_the_domains():
    assert {k: str(v) for k, v in UNIT_LABELS.items()} == BUSINESS_UNITS


def test_the_page_shows_the_demos_profile_in_its_own_tab(session_for, qtbot):
    page = SyncPage(session_for("bendahara"))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.profile_box.profile is not None and page.view is not None, timeout=WAIT_MS)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Paket", "Data koperasi"]
    box = page.profile_box
    assert box.kode_wilayah.text() == "3203052003"
    assert [k for k, b in box.units.items() if b.isChecked()] == ["sembako", "lpg", "simpan_pinjam", "brilink"]
    assert [r.value() for r in box.rows] == [{"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}]
    assert not box.share_names.isChecked() and box.save_button.isVisibleTo(box)


def test_set_through_the_widgets_and_the_next_package_carries_it(session_for, qtbot, demo_ctx, login, tmp_path):
    box = open_box(session_for, qtbot)
    bendahara = login("bendahara")
    before = sync_profile.get_profile(demo_ctx.reader(), bendahara)

    # A bad region code: the reason inline, nothing saved (not even the other changes).
    box.kode_wilayah.setText("32.03.05")
    box.units["agen_pln"].setChecked(True)
    save(box, qtbot)
    assert box.message.objectName() == "errorText"
    assert box.message.text() == ("Kode wilayah desa (Kemendagri, 10 angka): harus 10 angka kode wilayah desa "
                                  "(Kemendagri), mis. 3203012001, atau kosong.")
    assert sync_profile.get_profile(demo_ctx.reader(), bendahara) == before

    box.kode_wilayah.setText("3203052004")
    box.units["lpg"].setChecked(False)
    row = box.add_partnership()
    row.kind.setCurrentIndex(row.kind.findData("agen_pln"))
    row.partner.setText("PLN UP3 Cianjur")
    row.since.setDate(to_qdate(date(2026, 2, 1)))
    blank = box.add_partnership()  # added, then thought better of
    box.remove_partnership(blank)
    box.share_names.setChecked(True)
    with qtbot.waitSignal(box.saved, timeout=WAIT_MS):
        box.save_button.click()
    assert box.message.objectName() == "okText"
    saved = sync_profile.get_profile(demo_ctx.reader(), bendahara)
    assert saved.kode_wilayah == "3203052004" and saved.share_names is True
    assert saved.business_units == ("sembako", "simpan_pinjam", "brilink", "agen_pln")
    assert [r.value() for r in box.rows] == list(saved.partnerships)  # shown as stored (sorted)
    assert {e.entity for e in audit.entries(demo_ctx.reader(), login("admin"), limit=4,
                                            action="settings.change")} == set(sync_profile.KEYS)

    result = sync_export.export_package(demo_ctx.uow(), bendahara, "2026-10", tmp_path)
    with zipfile.ZipFile(io.BytesIO(result.data)) as zf:
        manifest, ind = json.loads(zf.read("manifest.json")), json.loads(zf.read("indicators.json"))
        members = zf.read("members.csv").decode()
    assert manifest["cooperative"]["region"]["kode_wilayah"] == "3203052004"
    assert ind["business_units"] == ["sembako", "simpan_pinjam", "brilink", "agen_pln"]
    assert ind["partnerships"] == [{"kind": "agen_pln", "partner": "PLN UP3 Cianjur", "since": "2026-02-01"},
                                   {"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}]
    assert members.splitlines()[1].split(",")[-1] != ""  # names go along now

    # A partnership without a partner is refused with its number.
    box.add_partnership()
    save(box, qtbot)
    assert "mitra kemitraan ke-3 wajib diisi" in box.message.text()


@pytest.mark.parametrize("username", ["pengawas"])
def test_read_only_without_the_permission(session_for, qtbot, username):
    box = open_box(session_for, qtbot, username)
    assert box.kode_wilayah.isReadOnly() and not box.units["sembako"].isEnabled()
    assert not box.share_names.isEnabled() and not box.rows[0].partner.isEnabled()
    assert not box.save_button.isVisibleTo(box) and not box.add_button.isVisibleTo(box)

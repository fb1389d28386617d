"""Outlet → hub → outlet on the demo outlet (both engines): the bendahara exports October,
the hub registers the outlet's key, imports the package (and refuses a tampered copy),
reports the district, and the outlet imports the acknowledgement."""

from __future__ import annotations

import pytest

from app.domain.errors import DomainError
from app.services import hub, hub_report
from tests.hub_helpers import dump, flip

sync_export = pytest.importorskip("app.services.sync_export")
sync_keys = pytest.importorskip("app.services.sync_keys")


def test_outlet_to_hub_and_back(demo_ctx, hub_ctx, backend, login, tmp_path):
    bendahara = login("bendahara")
    usb = tmp_path / "usb"
    usb.mkdir()
    key = sync_keys.write_public_key(demo_ctx.uow(), bendahara, usb)
    exported = sync_export.export_package(demo_ctx.uow(), bendahara, "2026-10", usb)
    nib = exported.export.file_name.split("-")[1]

    reg = hub.register(hub_ctx.uow(), nib, key.public_key_file.read_bytes())
    assert reg.fingerprint == key.fingerprint
    data = exported.path.read_bytes()
    before = dump(hub_ctx)
    with pytest.raises(DomainError):
        hub.import_package(hub_ctx.uow(), flip(data, len(data) // 2), exported.path.name)
    assert dump(hub_ctx)["packages"] == before["packages"]

    result = hub.import_package(hub_ctx.uow(), data, exported.path.name)
    assert result.sequence == exported.export.sequence and result.manifest_sha256 == exported.export.manifest_sha256
    for _ in range(2):  # the same package again: the same hub
        snapshot = dump(hub_ctx)
        assert hub.import_package(hub_ctx.uow(), data, exported.path.name).already_imported
        assert dump(hub_ctx) == snapshot

    report = hub_report.district_report(hub_ctx.reader(), "2026-10")
    [row] = report.rows
    assert row.nib == nib and row.reported and row.package.sequence == result.sequence
    assert row.members_total is not None and row.turnover_rp is not None
    assert report.registered == 1 and report.reported == 1

    ack = sync_export.import_ack(demo_ctx.uow(), bendahara, result.ack_json)
    assert not ack.already and ack.export.status == "acknowledged"
    assert sync_export.import_ack(demo_ctx.uow(), bendahara, result.ack_json).already

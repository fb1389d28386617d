"""District export packages on the demo outlet (SQLite and PostgreSQL): the figures agree
with the outlet's own reports and books, re-exports give the same bytes, changed books give
corrections, acknowledged packages need --correction, no NIK leaves the outlet, and the
hub's acknowledgement is imported only when it names one of our packages exactly."""

from __future__ import annotations

import io
import json
import re
import zipfile
from datetime import date, datetime, timezone
from uuid import uuid4

import pytest
from sqlalchemy import select

from app.domain.errors import DomainError, PermissionDenied
from app.domain.ledger import JournalDraft, LineDraft
from app.domain.savings import SavingsType
from app.domain.sync_manifest import Ack, sha256_hex
from app.services import (audit, ledger, loan_reports, reports, reports_sales, savings, settings, sync_export,
                          sync_keys, sync_profile, year_close)
from app.store.models_shop import MemberRow, SaleRow, ShiftRow
from app.sync.package import generate_private_key_pem, public_key_pem, verify_package

DEC_1 = datetime(2026, 12, 1, 3, 0, tzinfo=timezone.utc)
# a 16-digit run that is not part of a longer hex string (hashes are hex and may hold digit runs)
LONG_DIGITS = re.compile(rb"(?<![0-9a-fA-F])[0-9]{16,}(?![0-9a-fA-F])")


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def export(ctx, actor, period, out, **kw):
    out.mkdir(exist_ok=True)
    return sync_export.export_package(ctx.uow(), actor, period, out, **kw)


def own_key(ctx):
    with ctx.reader() as uow:
        return sync_keys.read_in(uow)


def ack_for(ctx, result, **over) -> bytes:
    e = result.export
    fields = {"nib": e.file_name.split("-")[1], "sequence": e.sequence, "manifest_sha256": e.manifest_sha256,
              "accepted_at": "2026-12-02T01:00:00Z", "hub": "Dinas Koperasi Kab. Cianjur"}
    fields.update(over)
    return Ack(**fields).to_json()


def net(rows: dict, code: str) -> int:
    return rows.get(code, 0)


def backdated_journal(ctx, actor, day: date, amount: int = 75_000):
    ledger.post_journal(ctx.uow(), actor, JournalDraft(uuid4(), day, "Fotokopi berkas RAT", (
        LineDraft("5205", debit_rp=amount), LineDraft("1101", credit_rp=amount))))


def test_october_package_agrees_with_the_books(demo_ctx, login, backend, tmp_path):
    b = login("bendahara")
    r = export(demo_ctx, b, "2026-10", tmp_path / "usb")
    assert r.path.name == "kopdes-9120301234567-202610-0001.zip" and r.path.read_bytes() == r.data
    assert not r.reused and r.export.sequence == 1 and r.export.status == "exported"
    keys = own_key(demo_ctx)
    opened = verify_package(r.data, keys.public_key_pem)
    m = opened.manifest
    assert (m.period_from, m.period_to, m.kind, m.sequence, m.correction_of, m.previous_sha256) == (
        "2026-10", "2026-10", "month", 1, None, None)
    assert m.cooperative["nib"] == "9120301234567" and m.cooperative["region"]["desa"] == "Sukamaju"
    assert m.public_key_fingerprint == keys.fingerprint and m.created_at == "2026-11-23T03:00:00Z"
    assert [f.name for f in m.files] == ["indicators.json", "journal_lines.csv", "members.csv", "sales_daily.csv"]
    assert opened.manifest_sha256 == r.export.manifest_sha256 == sha256_hex(opened.manifest_bytes)
    ind = json.loads(opened.files["indicators.json"])
    end = date(2026, 10, 31)
    with demo_ctx.reader() as uow:
        balances = reports.cumulative(uow, end)
        rules = savings.rules_in(uow)
        members = uow.session.execute(select(MemberRow.join_date, MemberRow.exit_date)).all()
    # savings per type = the account that holds it, at the end of October
    for t in SavingsType:
        assert ind["savings"][f"{t.value}_rp"] == -net(balances, rules.account(t)), t
    # loans outstanding = Piutang Pinjaman at the end of October, split over the buckets
    loans = ind["loans"]
    assert loans["outstanding_rp"] == net(balances, "1105") > 0
    assert sum(loans["by_kolektibilitas"].values()) == loans["outstanding_rp"]
    # assets = the Neraca of October; SHU to date = the PHU from January
    neraca = reports.neraca(demo_ctx.reader(), b, "2026-10")
    assert ind["assets"]["total_rp"] == neraca.total_aset_rp
    assert ind["assets"]["kas_rp"] == net(balances, "1101") and ind["assets"]["bank_rp"] == net(balances, "1102")
    assert ind["shu"]["year_to_date_rp"] == reports.phu_range(demo_ctx.reader(), b, date(2026, 1, 1), end).shu_rp
    assert ind["shu"]["last_closed_year"] is None
    joined = [(j, x) for j, x in members if j <= end]
    assert ind["members"] == {
        "total": len(joined), "active": sum(1 for _j, x in joined if x is None or x > end),
        "new": sum(1 for j, _x in joined if j >= date(2026, 10, 1)),
        "exited": sum(1 for _j, x in joined if x is not None and date(2026, 10, 1) <= x <= end)}
    # the files: one journal line per row, one member per row
    lines = opened.files["journal_lines.csv"].decode().splitlines()
    tb = reports.trial_balance(demo_ctx.reader(), b, "2026-10")
    assert len(lines) - 1 == m.counts["journal_lines"] > 0
    debit = sum(int(row.split(",")[5]) for row in lines[1:])
    assert debit == tb.movement_debit_rp
    assert m.counts["members"] == len(joined) == len(opened.files["members.csv"].decode().splitlines()) - 1
    assert audit.entries(demo_ctx.reader(), login("pengawas"), limit=1, action="sync.export")[0].entity == r.path.name


def test_november_sales_lpg_and_loans_agree_with_the_reports(demo_ctx, login, backend, tmp_path, clock):
    b = login("bendahara")
    clock.now = DEC_1
    r = export(demo_ctx, b, "2026-11", tmp_path / "usb")
    files = unzip(r.data)
    ind = json.loads(files["indicators.json"])
    start, end = date(2026, 11, 1), date(2026, 11, 30)
    with demo_ctx.reader() as uow:
        moved = {c: d - cr for c, (d, cr) in reports.movements(uow, start, end).items()}
        days = {d for (d,) in uow.session.execute(select(ShiftRow.business_date).where(
            ShiftRow.business_date >= start, ShiftRow.business_date <= end))}
        days |= {d for (d,) in uow.session.execute(select(SaleRow.business_date).where(
            SaleRow.status == "completed", SaleRow.business_date >= start, SaleRow.business_date <= end))}
    sales = ind["sales"]
    # net sales = Penjualan Anggota + Non-Anggota less Retur, as the ledger has them
    assert sales["total_rp"] == -(moved.get("4101", 0) + moved.get("4102", 0) + moved.get("4103", 0)) > 0
    assert sales["member_rp"] + sales["non_member_rp"] == sales["total_rp"]
    assert sum(sales["by_unit"].values()) == sales["total_rp"] and sales["by_unit"]["lpg"] > 0
    recap = reports_sales.penjualan(demo_ctx.reader(), b, "2026-11")
    assert sales["transactions"] == sum(x.sales for x in recap.by_day) > 0
    assert sales["total_rp"] == sum(x.member_rp + x.non_member_rp for x in recap.by_category) - recap.returns_rp
    lpg = reports_sales.lpg(demo_ctx.reader(), b, "2026-11")
    assert ind["lpg"] == {"cylinders": lpg.qty_milli // 1000, "distinct_buyers": lpg.buyers} and lpg.buyers
    assert ind["operating"] == {"operating": True, "days_open": len(days), "outlet": True} and days
    # loans at the end of November = the aging report on 30 November (nothing happened since)
    aging = loan_reports.aging(demo_ctx.reader(), b, end)
    assert ind["loans"]["outstanding_rp"] == aging.outstanding_rp
    keys = ["lancar", "dpk", "kurang_lancar", "diragukan", "macet"]
    assert [ind["loans"]["by_kolektibilitas"][k] for k in keys] == [o for _b, _n, o in aging.by_bucket()]
    assert float(ind["loans"]["npl_pct"]) == pytest.approx(aging.npl_ratio_pct, abs=0.005)
    # sales_daily.csv adds up to the same net sales
    rows = [line.split(",") for line in files["sales_daily.csv"].decode().splitlines()[1:]]
    assert sum(int(x[-1]) for x in rows) == sales["total_rp"] and len(rows) == r.export.counts["sales_rows"]
    assert rows == sorted(rows, key=lambda x: (x[0], x[1]))


def test_re_export_gives_the_same_bytes_and_sequence(demo_ctx, login, backend, tmp_path, clock):
    b = login("bendahara")
    first = export(demo_ctx, b, "2026-10", tmp_path / "a")
    clock.advance(days=3)  # a later day: created_at must not change the package
    again = export(demo_ctx, b, "2026-10", tmp_path / "b")
    assert again.reused and again.data == first.data and again.export.sequence == 1
    assert (tmp_path / "b" / first.path.name).read_bytes() == first.data
    assert len(sync_export.list_exports(demo_ctx.reader(), b)) == 1
    # the next month chains to it
    clock.now = DEC_1
    nov = export(demo_ctx, b, "2026-11", tmp_path / "a")
    m = verify_package(nov.data, own_key(demo_ctx).public_key_pem).manifest
    assert m.sequence == 2 and m.previous_sha256 == first.export.manifest_sha256 and m.correction_of is None
    assert [e.sequence for e in sync_export.list_exports(demo_ctx.reader(), b)] == [2, 1]


def test_changed_books_make_a_correction_until_acknowledged(demo_ctx, login, backend, tmp_path):
    b = login("bendahara")
    first = export(demo_ctx, b, "2026-10", tmp_path / "usb")
    backdated_journal(demo_ctx, b, date(2026, 10, 20))
    second = export(demo_ctx, b, "2026-10", tmp_path / "usb")
    assert not second.reused and second.export.sequence == 2 and second.export.correction_of == 1
    m = verify_package(second.data, own_key(demo_ctx).public_key_pem).manifest
    assert m.previous_sha256 == first.export.manifest_sha256 and m.correction_of == 1
    assert second.path.name.endswith("-202610-0002.zip") and first.path.exists()
    # the hub acknowledges the correction; then the books change again
    assert sync_export.import_ack(demo_ctx.uow(), b, ack_for(demo_ctx, second)).export.status == "acknowledged"
    backdated_journal(demo_ctx, b, date(2026, 10, 21), 12_000)
    with pytest.raises(DomainError) as err:
        export(demo_ctx, b, "2026-10", tmp_path / "usb")
    assert err.value.code == "export_acknowledged" and "--correction" in err.value.message
    assert len(sync_export.list_exports(demo_ctx.reader(), b)) == 2
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == [first.path.name, second.path.name]
    third = export(demo_ctx, b, "2026-10", tmp_path / "usb", correction=True)
    assert third.export.sequence == 3 and third.export.correction_of == 2
    # the same books again: the correction, not a fourth package
    assert export(demo_ctx, b, "2026-10", tmp_path / "usb", correction=True).export.sequence == 3


def test_no_nik_leaves_the_outlet_and_names_only_when_allowed(demo_ctx, login, backend, tmp_path, clock):
    b = login("bendahara")
    clock.now = DEC_1
    with demo_ctx.reader() as uow:
        niks = {n for (n,) in uow.session.execute(select(MemberRow.nik)) if n}
        niks |= {n for (n,) in uow.session.execute(select(SaleRow.buyer_nik)) if n}
        names = [n for (n,) in uow.session.execute(select(MemberRow.name).order_by(MemberRow.member_no))]
    assert len(niks) > 100
    for share in (False, True):
        with demo_ctx.uow() as uow:
            settings.put(uow, "sync.share_names", share)
            uow.commit()
        # a NIK typed into a journal memo does not leave either
        nik = sorted(niks)[0]
        ledger.post_journal(demo_ctx.uow(), b, JournalDraft(uuid4(), date(2026, 11, 27 + share),
                                                            f"Titipan pembeli LPG NIK {nik}", (
            LineDraft("5299", debit_rp=10_000), LineDraft("1101", credit_rp=10_000))))
        r = export(demo_ctx, b, "2026-11", tmp_path / f"usb{share}")
        files = unzip(r.data)
        for name, data in files.items():
            for n in niks:
                assert n.encode() not in data, (name, n)
            assert not LONG_DIGITS.search(data), (name, LONG_DIGITS.search(data))
        members = files["members.csv"].decode().splitlines()
        shown = [row.rsplit(",", 1)[1] for row in members[1:]]
        journal = files["journal_lines.csv"].decode()
        if share:
            assert shown == names and "Titipan pembeli LPG NIK ****************" in journal
        else:
            assert set(shown) == {""} and "Titipan" not in journal
        keys = [row.split(",")[0] for row in members[1:]]
        assert all(re.fullmatch(r"[0-9a-f]{64}", k) for k in keys) and len(set(keys)) == len(keys)


def test_acknowledgements_only_for_our_own_packages(demo_ctx, login, backend, tmp_path):
    b = login("bendahara")
    r = export(demo_ctx, b, "2026-10", tmp_path / "usb")
    bad = {
        "ack_invalid": b"not json",
        "ack_other_outlet": ack_for(demo_ctx, r, nib="1234567890123"),
        "ack_unknown": ack_for(demo_ctx, r, sequence=9),
        "ack_mismatch": ack_for(demo_ctx, r, manifest_sha256="0" * 64),
    }
    for code, data in bad.items():
        with pytest.raises(DomainError) as err:
            sync_export.import_ack(demo_ctx.uow(), b, data)
        assert err.value.code == code and err.value.message.startswith("Tanda terima ditolak"), code
    assert sync_export.list_exports(demo_ctx.reader(), b)[0].status == "exported"
    with pytest.raises(PermissionDenied):
        sync_export.import_ack(demo_ctx.uow(), login("kasir"), ack_for(demo_ctx, r))
    good = sync_export.import_ack(demo_ctx.uow(), b, ack_for(demo_ctx, r))
    assert not good.already and good.export.status == "acknowledged" and good.export.acknowledged_at is not None
    pengawas = login("pengawas")
    last = audit.entries(demo_ctx.reader(), pengawas, limit=1)[0].seq
    again = sync_export.import_ack(demo_ctx.uow(), b, ack_for(demo_ctx, r))
    assert again.already and again.export == good.export
    assert audit.entries(demo_ctx.reader(), pengawas, limit=1)[0].seq == last  # nothing written


def test_periods_months_not_over_and_since_last(demo_ctx, login, backend, tmp_path, clock):
    b = login("bendahara")
    for period, code in (("2026-11", "period_not_over"), ("2026-12", "period_not_over"), ("2026-13", "bad_month"),
                         ("Oktober", "bad_month")):
        with pytest.raises(DomainError) as err:
            export(demo_ctx, b, period, tmp_path / "usb")
        assert err.value.code == code
    with pytest.raises(DomainError) as err:
        export(demo_ctx, b, "2026-10", tmp_path / "usb", correction=True)
    assert err.value.code == "nothing_to_correct"
    with pytest.raises(DomainError) as err:
        sync_export.export_package(demo_ctx.uow(), b, "2026-10", tmp_path / "missing")
    assert err.value.code == "no_folder"
    assert sync_export.list_exports(demo_ctx.reader(), b) == [] and not list((tmp_path / "usb").iterdir())
    # nothing exported yet: since-last runs from the books' first month (July 2025) to last month
    first = export(demo_ctx, b, None, tmp_path / "usb")
    assert (first.export.period_from, first.export.period_to, first.export.kind) == ("2025-07", "2026-10",
                                                                                     "since_last")
    with pytest.raises(DomainError) as err:
        export(demo_ctx, b, None, tmp_path / "usb")
    assert err.value.code == "nothing_to_export"
    # a retry of the same request gives the first package back
    uuid = uuid4()
    clock.now = DEC_1
    nov = export(demo_ctx, b, None, tmp_path / "usb", uuid=uuid)
    assert (nov.export.period_from, nov.export.period_to, nov.export.sequence) == ("2026-11", "2026-11", 2)
    assert export(demo_ctx, b, None, tmp_path / "usb", uuid=uuid).data == nov.data


def test_who_may_export_and_verify(demo_ctx, login, backend, tmp_path):
    for role in ("kasir", "pengurus", "pengawas", "admin"):
        with pytest.raises(PermissionDenied):
            export(demo_ctx, login(role), "2026-10", tmp_path / "usb")
    r = export(demo_ctx, login("bendahara"), "2026-10", tmp_path / "usb")
    v = sync_export.verify_file(demo_ctx.reader(), login("pengawas"), r.path)
    assert (v.sequence, v.manifest_sha256, v.exported_here) == (1, r.export.manifest_sha256, True)
    with pytest.raises(PermissionDenied):
        sync_export.verify_file(demo_ctx.reader(), login("kasir"), r.path)


def test_verify_refuses_a_tampered_or_foreign_package(demo_ctx, login, backend, tmp_path):
    from app.domain.sync_manifest import Manifest
    from app.sync.package import write_package

    b = login("bendahara")
    r = export(demo_ctx, b, "2026-10", tmp_path / "usb")
    flipped = bytearray(r.data)
    flipped[len(flipped) // 2] ^= 0x01
    (tmp_path / "flipped.zip").write_bytes(bytes(flipped))
    files = unzip(r.data)
    manifest = Manifest.parse(files.pop("manifest.json"))
    files.pop("manifest.sig")
    other = write_package(manifest, files, generate_private_key_pem())
    (tmp_path / "other-key.zip").write_bytes(other)
    renamed = tmp_path / "kopdes-9120301234567-202610-0005.zip"
    renamed.write_bytes(r.data)
    for path in (tmp_path / "flipped.zip", tmp_path / "other-key.zip", renamed, tmp_path / "none.zip"):
        with pytest.raises(DomainError):
            sync_export.verify_file(demo_ctx.reader(), b, path)


def test_keys_made_at_setup_lazily_otherwise_and_kept_secret(demo_ctx, login, backend, tmp_path):
    keys = own_key(demo_ctx)
    assert keys is not None and len(keys.member_salt) == 32
    assert public_key_pem(keys.private_key_pem) == keys.public_key_pem
    values = settings.read_all(demo_ctx.reader())
    assert "sync.private_key_pem" not in values and "sync.member_salt" not in values
    assert values["sync.share_names"] is False and values["sync.kode_wilayah"] == "3203052003"  # the demo's
    with pytest.raises(DomainError):
        settings.change(demo_ctx.uow(), login("admin"), {"sync.private_key_pem": "x"})
    # books from before this version: no keys until they are needed
    from app.store.models import SettingRow
    with demo_ctx.uow() as uow:
        for key in ("sync.private_key_pem", "sync.member_salt"):
            uow.session.delete(uow.session.get(SettingRow, key))
        uow.commit()
    pengawas = login("pengawas")
    made = sync_keys.write_public_key(demo_ctx.uow(), pengawas, tmp_path)
    assert made.public_key_file.name == "kopdes-9120301234567.pub.pem"
    assert made.fingerprint != keys.fingerprint and own_key(demo_ctx).fingerprint == made.fingerprint
    assert audit.entries(demo_ctx.reader(), pengawas, limit=1)[0].action == "sync.keys"
    again = sync_keys.write_public_key(demo_ctx.uow(), login("bendahara"), tmp_path)
    assert again == made and made.public_key_file.read_bytes() == own_key(demo_ctx).public_key_pem


def test_region_units_partnerships_and_last_closed_year(demo_ctx, login, backend, tmp_path, clock):
    admin, b = login("admin"), login("bendahara")
    for key, value in (("sync.kode_wilayah", "32.03"), ("sync.business_units", ["warung"]),
                       ("sync.partnerships", [{"kind": "brilink", "partner": "", "since": ""}])):
        with pytest.raises(DomainError):
            settings.change(demo_ctx.uow(), admin, {key: value})
    settings.change(demo_ctx.uow(), admin, {
        "sync.kode_wilayah": "3203012001", "sync.business_units": ["simpan_pinjam", "brilink", "sembako", "lpg"],
        "sync.partnerships": [{"kind": "brilink", "partner": "BRI", "since": "2025-09-01"},
                              {"kind": "agen_pln", "partner": "PLN", "since": ""}]})
    ledger.close_period(demo_ctx.uow(), b, "2025-12")
    year_close.close_year(demo_ctx.uow(), b, 2025)
    clock.now = DEC_1
    r = export(demo_ctx, b, "2026-11", tmp_path / "usb")
    files = unzip(r.data)
    manifest = json.loads(files["manifest.json"])
    ind = json.loads(files["indicators.json"])
    assert manifest["cooperative"]["region"]["kode_wilayah"] == "3203012001"
    assert ind["business_units"] == ["sembako", "lpg", "simpan_pinjam", "brilink"]
    assert ind["partnerships"] == [{"kind": "agen_pln", "partner": "PLN", "since": ""},
                                   {"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}]
    assert ind["shu"]["last_closed_year"] == {"year": 2025, "shu_rp": reports.phu(demo_ctx.reader(), b, "2025").shu_rp}
    # October ended before the year was closed (23 November): its package does not know it
    oct_ind = json.loads(unzip(export(demo_ctx, b, "2026-10", tmp_path / "usb").data)["indicators.json"])
    assert oct_ind["shu"]["last_closed_year"] is None


def test_the_bendahara_sets_what_the_district_is_told(demo_ctx, login, backend, tmp_path, clock):
    b = login("bendahara")
    demo = sync_profile.get_profile(demo_ctx.reader(), login("pengawas"))  # report.view reads it
    assert demo == sync_profile.SyncProfile("3203052003", ("sembako", "lpg", "simpan_pinjam", "brilink"),
                                            ({"kind": "brilink", "partner": "BRI", "since": "2025-09-01"},), False)
    with pytest.raises(PermissionDenied):
        sync_profile.set_profile(demo_ctx.uow(), login("pengawas"), {"sync.share_names": True})
    with pytest.raises(DomainError) as refused:  # one bad value: nothing written, not even the good one
        sync_profile.set_profile(demo_ctx.uow(), b, {"sync.share_names": True, "sync.kode_wilayah": "32030520"})
    assert "10 angka" in refused.value.message
    with pytest.raises(DomainError):
        sync_profile.set_profile(demo_ctx.uow(), b, {"sync.hub_url": ""})  # not one of the four
    assert sync_profile.get_profile(demo_ctx.reader(), b) == demo

    done = sync_profile.set_profile(demo_ctx.uow(), b, {
        "sync.kode_wilayah": " 3203052004 ", "sync.business_units": ["brilink", "sembako"], "sync.share_names": True,
        "sync.partnerships": [{"kind": "brilink", "partner": " BRI ", "since": ""},
                              {"kind": "agen_pln", "partner": "PLN", "since": "2026-01-02"}]})
    assert done == sync_profile.SyncProfile(
        "3203052004", ("sembako", "brilink"), ({"kind": "agen_pln", "partner": "PLN", "since": "2026-01-02"},
                                               {"kind": "brilink", "partner": "BRI", "since": ""}), True)
    changed = [e.entity for e in audit.entries(demo_ctx.reader(), login("admin"), limit=4, action="settings.change")]
    assert sorted(changed) == sorted(sync_profile.KEYS)
    settings.change(demo_ctx.uow(), login("admin"), {"sync.share_names": False})  # the admin still may
    clock.now = DEC_1
    files = unzip(export(demo_ctx, b, "2026-11", tmp_path / "usb").data)
    assert json.loads(files["manifest.json"])["cooperative"]["region"]["kode_wilayah"] == "3203052004"
    assert json.loads(files["indicators.json"])["business_units"] == ["sembako", "brilink"]

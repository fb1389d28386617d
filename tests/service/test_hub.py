"""The district hub: registration, imports that are idempotent and refused whole, the chain's
gaps and forks as incidents, and the acknowledgement (both engines)."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import DomainError
from app.domain.sync_manifest import Ack, sha256_hex
from app.services import hub
from app.sync import package
from tests.hub_helpers import FakeOutlet, dump, entries, flip, rezip, without


@pytest.fixture
def outlet() -> FakeOutlet:
    return FakeOutlet()


@pytest.fixture
def registered(hub_ctx, outlet):
    hub.register(hub_ctx.uow(), outlet.nib, outlet.public_key)
    return outlet


def refused(ctx, data: bytes, words: str, *, file_name: str = "", incident: str | None = None) -> DomainError:
    """Refused with `words` in the reason; nothing of the package written; the incident if any."""
    before = dump(ctx)
    with pytest.raises(DomainError) as err:
        hub.import_package(ctx.uow(), data, file_name)
    assert words in err.value.message, err.value.message
    after = dump(ctx)
    new_incidents = after.pop("incidents")[len(before["incidents"]):]
    before.pop("incidents")
    assert after == before
    assert [r[3] for r in new_incidents] == ([incident] if incident else [])
    return err.value


# --- registration ----------------------------------------------------------------------------

def test_register_same_key_again_changes_nothing_another_is_refused(hub_ctx, backend, outlet):
    r = hub.register(hub_ctx.uow(), outlet.nib, outlet.public_key, "Kopdes Sukamaju")
    assert r.outcome == "terdaftar" and r.fingerprint == package.public_key_fingerprint(outlet.public_key)
    before = dump(hub_ctx)
    assert hub.register(hub_ctx.uow(), outlet.nib, outlet.public_key).outcome == "tidak_berubah"
    assert dump(hub_ctx) == before
    other = package.public_key_pem(package.generate_private_key_pem())
    with pytest.raises(DomainError) as err:
        hub.register(hub_ctx.uow(), outlet.nib, other)
    assert err.value.code == "key_mismatch" and r.fingerprint in err.value.message
    with pytest.raises(DomainError) as err:
        hub.register(hub_ctx.uow(), outlet.nib, other, replace_key=True)
    assert err.value.code == "reason_required"
    assert dump(hub_ctx) == before
    replaced = hub.register(hub_ctx.uow(), outlet.nib, other, replace_key=True, reason="laptop gerai diganti")
    assert replaced.outcome == "kunci_diganti" and replaced.old_fingerprint == r.fingerprint
    changes = dump(hub_ctx)["key_changes"]
    assert [(c[2], c[4], c[5]) for c in changes] == [
        (None, r.fingerprint, "pendaftaran"), (r.fingerprint, replaced.fingerprint, "laptop gerai diganti")]
    assert changes[1][3] == outlet.public_key.decode().strip() + "\n"  # the old key is kept


@pytest.mark.parametrize("nib,pem,code", [("123", None, "bad_nib"), ("1234567890123", b"not a key", "key_invalid")])
def test_register_refuses_bad_input(hub_ctx, outlet, nib, pem, code):
    before = dump(hub_ctx)
    with pytest.raises(DomainError) as err:
        hub.register(hub_ctx.uow(), nib, pem or outlet.public_key)
    assert err.value.code == code
    assert dump(hub_ctx) == before


# --- importing -------------------------------------------------------------------------------

def test_same_package_three_times_gives_an_identical_hub(hub_ctx, backend, registered, clock):
    data = registered.package("2026-10")
    first = hub.import_package(hub_ctx.uow(), data, registered.file_name(data))
    assert not first.already_imported and first.sequence == 1
    after_first = dump(hub_ctx)
    for _ in range(2):
        clock.advance(hours=1)
        again = hub.import_package(hub_ctx.uow(), data, registered.file_name(data))
        assert again.already_imported and "sudah diimpor" in again.message
        assert again.ack_json == first.ack_json
        assert dump(hub_ctx) == after_first
    assert len(after_first["packages"]) == 1 and len(after_first["package_blobs"]) == 1
    assert after_first["package_blobs"][0][1] == data  # the signed original, as received


def test_the_acknowledgement(hub_ctx, backend, registered):
    data = registered.package("2026-10")
    r = hub.import_package(hub_ctx.uow(), data, "kopdes-1234567890123-202610-0001.zip")
    ack = Ack.parse(r.ack_json)
    assert ack.file_name == "kopdes-ack-1234567890123-0001.json"
    assert (ack.nib, ack.sequence, ack.hub) == (registered.nib, 1, hub.DEFAULT_HUB_NAME)
    assert ack.manifest_sha256 == sha256_hex(entries(data)["manifest.json"])
    assert ack.accepted_at == "2026-11-23T03:00:00Z"
    assert json.loads(r.ack_json)["format"] == "kopdes-ack/1"


def test_a_chain_of_packages_and_the_cooperative_learns_its_region(hub_ctx, backend, registered):
    for period in ("2026-08", "2026-09", "2026-10"):
        r = hub.import_package(hub_ctx.uow(), registered.package(period))
        assert not r.already_imported
    [coop] = hub.cooperatives(hub_ctx.reader())
    assert (coop.last_sequence, coop.name, coop.region["kecamatan"]) == (3, registered.name, "Cibinong")


def test_a_correction_follows_the_chain(hub_ctx, backend, registered):
    hub.import_package(hub_ctx.uow(), registered.package("2026-10"))
    r = hub.import_package(hub_ctx.uow(), registered.package("2026-10", correction_of=1))
    assert r.sequence == 2


def test_unknown_cooperative_is_refused_without_a_trace(hub_ctx, backend, outlet):
    err = refused(hub_ctx, outlet.package(), "belum terdaftar")
    assert err.code == "unknown_cooperative" and outlet.nib in err.message


def test_unsigned_package_is_refused(hub_ctx, backend, registered):
    data = without(registered.package(advance=False), "manifest.sig")
    refused(hub_ctx, data, "tidak ditandatangani", incident="refused")


def test_package_signed_with_another_key_is_refused(hub_ctx, backend, registered):
    data = registered.package(key=package.generate_private_key_pem(), advance=False)
    refused(hub_ctx, data, "tanda tangan tidak cocok", incident="refused")


def test_missing_file_is_refused(hub_ctx, backend, registered):
    data = without(registered.package(advance=False), "members.csv")
    refused(hub_ctx, data, "members.csv tidak ada", incident="refused")


def test_changed_file_is_refused(hub_ctx, backend, registered):
    files = entries(registered.package(advance=False))
    files["sales_daily.csv"] = files["sales_daily.csv"].replace(b"1000", b"9000")
    refused(hub_ctx, rezip(files), "sales_daily.csv", incident="refused")


def test_a_flipped_byte_anywhere_is_refused(hub_ctx, registered):
    data = registered.package(advance=False)
    before = dump(hub_ctx)
    step = max(1, len(data) // 60)
    for at in range(0, len(data), step):
        with pytest.raises(DomainError) as err:
            hub.import_package(hub_ctx.uow(), flip(data, at))
        assert err.value.message.startswith("Paket ditolak"), (at, err.value.message)
    after = dump(hub_ctx)
    assert {k: v for k, v in after.items() if k != "incidents"} == {k: v for k, v in before.items()
                                                                    if k != "incidents"}
    assert {r[3] for r in after["incidents"]} <= {"refused"}
    hub.import_package(hub_ctx.uow(), data)  # the good copy still goes in


def test_a_skipped_sequence_is_refused_as_a_gap(hub_ctx, backend, registered):
    hub.import_package(hub_ctx.uow(), registered.package("2026-08"))
    registered.package("2026-09")  # made, never delivered
    err = refused(hub_ctx, registered.package("2026-10"), "paket 2 belum diterima", incident="gap")
    assert err.code == "gap"
    [incident] = hub.incidents(hub_ctx.reader())
    assert (incident.kind, incident.sequence, incident.nib) == ("gap", 3, registered.nib)


def test_the_first_package_must_be_sequence_one(hub_ctx, backend, registered):
    registered.package("2026-09")
    refused(hub_ctx, registered.package("2026-10"), "paket 1 belum diterima", incident="gap")


def test_a_fork_is_refused_and_recorded(hub_ctx, backend, registered):
    hub.import_package(hub_ctx.uow(), registered.package("2026-10"))
    other = registered.package("2026-10", sequence=1, previous=None, advance=False,
                               ind={"operating": {"operating": False}})
    err = refused(hub_ctx, other, "sudah diterima dengan isi lain", incident="fork")
    assert err.code == "fork"


def test_a_broken_chain_is_a_fork(hub_ctx, backend, registered):
    hub.import_package(hub_ctx.uow(), registered.package("2026-09"))
    data = registered.package("2026-10", previous="ab" * 32, advance=False)
    refused(hub_ctx, data, "rantai paket putus", incident="fork")


def test_a_renamed_file_that_claims_another_package_is_refused(hub_ctx, backend, registered):
    data = registered.package("2026-10", advance=False)
    refused(hub_ctx, data, "tidak cocok dengan isinya", file_name="kopdes-1234567890123-202610-0002.zip")
    hub.import_package(hub_ctx.uow(), data, "salinan paket oktober.zip")  # any other name is fine


def test_not_a_zip_is_refused(hub_ctx, backend, registered):
    refused(hub_ctx, b"PK\x03\x04 bukan zip", "bukan berkas zip", file_name="kopdes-1234567890123-202610-0001.zip",
            incident="refused")
    refused(hub_ctx, b"halo", "bukan berkas zip", file_name="entah.zip")  # whose? no trace


def test_a_replaced_key_takes_over(hub_ctx, backend, registered):
    hub.import_package(hub_ctx.uow(), registered.package("2026-09"))
    new_key = package.generate_private_key_pem()
    old_signed = registered.package("2026-10", advance=False)
    registered.key = new_key
    hub.register(hub_ctx.uow(), registered.nib, registered.public_key, replace_key=True, reason="kunci hilang")
    refused(hub_ctx, old_signed, "tanda tangan tidak cocok", incident="refused")
    assert hub.import_package(hub_ctx.uow(), registered.package("2026-10")).sequence == 2


def test_receive_upload_answers_like_the_contract(hub_ctx, backend, registered):
    data = registered.package("2026-10")
    status, body = hub.receive_upload(hub_ctx.uow(), data)
    assert status == 200 and Ack.parse(body).sequence == 1
    assert hub.receive_upload(hub_ctx.uow(), data) == (200, body)
    status, body = hub.receive_upload(hub_ctx.uow(), flip(data, len(data) // 2))
    assert status == 422 and json.loads(body)["error"].startswith("Paket ditolak")
    assert hub.receive_upload(hub_ctx.uow(), b"")[0] == 400
    assert hub.receive_upload(hub_ctx.uow(), FakeOutlet(nib="9999999999999").package())[0] == 403
    registered.package("2026-11")
    assert hub.receive_upload(hub_ctx.uow(), registered.package("2026-12"))[0] == 409


def test_hub_settings(hub_ctx, backend):
    assert hub.settings(hub_ctx.reader())["name"] == hub.DEFAULT_HUB_NAME
    out = hub.configure(hub_ctx.uow(), name="Dinas Koperasi Kab. Bogor", place="Cibinong", timezone="wib")
    assert out == {"name": "Dinas Koperasi Kab. Bogor", "place": "Cibinong", "timezone": "WIB"}
    with pytest.raises(DomainError):
        hub.configure(hub_ctx.uow(), timezone="GMT")
    assert hub.settings(hub_ctx.reader()) == out


def test_every_flipped_byte_is_refused_by_verification():
    """Every byte of a package, flipped three ways: a DomainError with a reason, never an
    accepted package and never another exception (which would make `hub serve` answer 500)."""
    o = FakeOutlet()
    data = o.package()
    for at in range(len(data)):
        for mask in (0x01, 0x80, 0xFF):
            with pytest.raises(DomainError):
                package.verify_package(data[:at] + bytes([data[at] ^ mask]) + data[at + 1:], o.public_key)

"""District sync packages: names, canonical manifests, zips that verify, and every way one is refused."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.errors import DomainError
from app.domain.sync_manifest import (
    Ack, FileEntry, Manifest, ack_name, canonical_json, fingerprint, package_name, parse_ack_name,
    parse_package_name, sha256_hex,
)
from app.sync import package

KEY = package.generate_private_key_pem()
PUB = package.public_key_pem(KEY)
NIB = "1234567890123"
FILES = {"indicators.json": canonical_json({"members": {"total": 3}}),
         "members.csv": "member_key,member_no\nab12,A-001\n".encode(),
         "sales_daily.csv": "date,sku\n2026-10-01,MIE\n".encode()}


def manifest(seq: int = 1, previous: str | None = None, files=FILES, **kw) -> Manifest:
    fields = dict(
        cooperative={"name": "Koperasi Desa Merah Putih Sukamaju", "nib": NIB,
                     "region": {"provinsi": "Jawa Barat", "desa": "Sukamaju", "kode_wilayah": "3201012001"}},
        period_from="2026-10", period_to="2026-10", kind="month", sequence=seq, correction_of=None,
        created_at="2026-11-23T03:00:00Z", app_version="0.1.0",
        files=tuple(FileEntry.of(n, d) for n, d in files.items()), previous_sha256=previous,
        counts={"members": 1}, public_key_fingerprint=package.public_key_fingerprint(PUB))
    fields.update(kw)
    return Manifest(**fields)


def zip_of(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def refused(data: bytes, words: str, key: bytes = PUB) -> None:
    with pytest.raises(DomainError) as err:
        package.verify_package(data, key)
    assert err.value.code == "package_invalid" and words in err.value.message, err.value.message


def test_names_and_fingerprints():
    assert package_name(NIB, "2026-10", 7) == "kopdes-1234567890123-202610-0007.zip"
    assert parse_package_name("kopdes-1234567890123-202610-0007.zip") == (NIB, "2026-10", 7)
    for bad in ("kopdes-123-202610-0007.zip", "kopdes-1234567890123-202613-0007.zip", "x.zip",
                "kopdes-1234567890123-202610-7.zip"):
        assert parse_package_name(bad) is None
    assert ack_name(NIB, 7) == "kopdes-ack-1234567890123-0007.json"
    assert parse_ack_name(ack_name(NIB, 12)) == (NIB, 12)
    # SHA-256 of 32 zero bytes is 66687aad f862bd77 6c8fc18b 8e9f8e20 089714…
    assert fingerprint(bytes(32)) == "6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20"


def test_a_package_round_trips_and_is_deterministic():
    m = manifest()
    data = package.write_package(m, FILES, KEY)
    opened = package.verify_package(data, PUB)
    assert opened.manifest == m and opened.files == FILES
    assert opened.manifest_bytes == m.to_json() and opened.manifest_sha256 == sha256_hex(m.to_json())
    assert package.write_package(m, FILES, KEY) == data  # Ed25519 is deterministic, so is the zip
    names = [i.filename for i in zipfile.ZipFile(io.BytesIO(data)).infolist()]
    assert names == ["manifest.json", "manifest.sig", *sorted(FILES)]
    # the stored manifest bytes of an earlier export give back the same package
    assert package.write_package(m, FILES, KEY, manifest_bytes=opened.manifest_bytes) == data


def test_the_manifest_is_canonical_json():
    body = manifest().to_json()
    assert body.endswith(b"\n") and b": " not in body and b", " not in body
    raw = json.loads(body)
    assert list(raw) == sorted(raw) and raw["format"] == "kopdes-sync/1"
    assert [f["name"] for f in raw["files"]] == sorted(FILES)
    assert raw["period"] == {"from": "2026-10", "to": "2026-10"} and raw["previous_sha256"] is None
    assert canonical_json({"nama": "Koperasi Sejahtera Ñusa"}) == '{"nama":"Koperasi Sejahtera Ñusa"}\n'.encode()


def test_a_chain_of_two_packages():
    first = package.verify_package(package.write_package(manifest(), FILES, KEY), PUB)
    second = manifest(2, first.manifest_sha256)
    opened = package.verify_package(package.write_package(second, FILES, KEY), PUB)
    assert opened.manifest.previous_sha256 == first.manifest_sha256


@pytest.mark.parametrize("entry", ["manifest.json", "manifest.sig", "indicators.json", "members.csv"])
def test_one_flipped_byte_anywhere_is_refused(entry):
    parts = entries(package.write_package(manifest(), FILES, KEY))
    data = bytearray(parts[entry])
    i = len(data) // 2
    data[i] ^= 0x01
    parts[entry] = bytes(data)
    with pytest.raises(DomainError) as err:
        package.verify_package(zip_of(parts), PUB)
    assert err.value.code == "package_invalid"


def test_a_flipped_byte_in_the_zip_itself_is_refused():
    data = bytearray(package.write_package(manifest(), FILES, KEY))
    for i in range(0, len(data), 97):
        flipped = bytearray(data)
        flipped[i] ^= 0x40
        with pytest.raises(DomainError):
            package.verify_package(bytes(flipped), PUB)


def test_refusals_name_the_problem():
    good = package.write_package(manifest(), FILES, KEY)
    parts = entries(good)
    other = package.generate_private_key_pem()
    refused(package.write_package(manifest(), FILES, other), "tanda tangan tidak cocok")
    refused(good, "tanda tangan tidak cocok", key=package.public_key_pem(other))
    refused(zip_of({k: v for k, v in parts.items() if k != "members.csv"}), "berkas members.csv tidak ada")
    refused(zip_of({k: v for k, v in parts.items() if k != "manifest.sig"}), "tidak ditandatangani")
    refused(zip_of({k: v for k, v in parts.items() if k != "manifest.json"}), "manifest.json tidak ada")
    refused(zip_of({**parts, "extra.csv": b"x\n"}), "extra.csv tidak tercantum")
    refused(zip_of({**parts, "manifest.sig": b"not base64!\n"}), "bukan base64")
    refused(zip_of({**parts, "manifest.sig": base64.b64encode(b"short") + b"\n"}), "bukan tanda tangan Ed25519")
    refused(zip_of({**parts, "manifest.json": b"{not json"}), "bukan JSON")
    refused(zip_of(parts), "tidak baku")  # the right entries in another container
    refused(good[: len(good) // 2], "bukan berkas zip yang utuh")
    refused(b"", "bukan berkas zip yang utuh")
    # a tampered file re-hashed into the manifest but not re-signed
    files = {**FILES, "members.csv": b"member_key,member_no\nff00,A-001\n"}
    resigned_by_nobody = {**parts, "members.csv": files["members.csv"],
                          "manifest.json": manifest(files=files).to_json()}
    refused(zip_of(resigned_by_nobody), "tanda tangan tidak cocok")


def test_bad_manifests_are_refused_with_the_field():
    cases = [
        (dict(cooperative={"name": "K", "nib": "123"}), "NIB"),
        (dict(period_from="2026-13"), "period.from"),
        (dict(period_from="2026-11"), "period.from sesudah"),
        (dict(kind="weekly"), "kind"),
        (dict(sequence=0), "nomor urut"),
        (dict(sequence=2), "previous_sha256 harus"),
        (dict(previous_sha256="ab" * 32), "previous_sha256 harus"),
        (dict(sequence=2, previous_sha256="xyz"), "bukan hash"),
        (dict(sequence=2, previous_sha256="ab" * 32, correction_of=2), "correction_of"),
        (dict(files=(FileEntry("../evil.csv", "00" * 32, 1),)), "tidak sah"),
        (dict(files=(FileEntry("a.csv", "00" * 32, 1), FileEntry("a.csv", "00" * 32, 1))), "ganda"),
    ]
    for change, words in cases:
        with pytest.raises(DomainError) as err:
            replace(manifest(), **change).to_json()
        assert words in err.value.message, (change, err.value.message)
        body = canonical_json(replace(manifest(), **change).as_dict())
        with pytest.raises(DomainError):
            Manifest.parse(body)
    with pytest.raises(DomainError) as err:
        Manifest.parse(canonical_json({**manifest().as_dict(), "format": "kopdes-sync/9"}))
    assert "kopdes-sync/9" in err.value.message
    with pytest.raises(DomainError) as err:
        Manifest.parse(canonical_json({k: v for k, v in manifest().as_dict().items() if k != "files"}))
    assert "tidak lengkap" in err.value.message


def test_write_refuses_files_that_do_not_match_the_manifest():
    with pytest.raises(DomainError):
        package.write_package(manifest(), {**FILES, "members.csv": b"other\n"}, KEY)
    with pytest.raises(DomainError):
        package.write_package(manifest(), {k: v for k, v in FILES.items() if k != "members.csv"}, KEY)


def test_keys():
    with pytest.raises(DomainError) as err:
        package.load_public_key(b"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")
    assert err.value.code == "key_invalid"
    with pytest.raises(DomainError):
        package.load_public_key(b"not a key")
    assert package.public_key_fingerprint(PUB) == manifest().public_key_fingerprint


def test_acknowledgements():
    ack = Ack(NIB, 7, "ab" * 32, "2026-11-23T04:00:00Z", "Dinas Koperasi Kab. Bogor")
    assert Ack.parse(ack.to_json()) == ack and ack.file_name == "kopdes-ack-1234567890123-0007.json"
    for body, words in [(b"{", "bukan JSON"), (canonical_json({"format": "x"}), "format"),
                        (canonical_json({"format": "kopdes-ack/1", "nib": NIB}), "kolom sequence"),
                        (canonical_json({**json.loads(ack.to_json()), "nib": "12"}), "NIB"),
                        (canonical_json({**json.loads(ack.to_json()), "sequence": "7"}), "nomor urut"),
                        (canonical_json({**json.loads(ack.to_json()), "manifest_sha256": "zz"}), "SHA-256")]:
        with pytest.raises(DomainError) as err:
            Ack.parse(body)
        assert err.value.code == "ack_invalid" and words in err.value.message, words


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)
file_sets = st.dictionaries(st.from_regex(r"[a-z0-9_]{1,12}\.(csv|json)", fullmatch=True),
                            st.binary(max_size=300), max_size=4)


@settings(max_examples=40, deadline=None)
@given(name=names, files=file_sets, seq=st.integers(1, 9999),
       region=st.dictionaries(st.sampled_from(["provinsi", "kabupaten", "desa"]), names))
def test_any_manifest_round_trips(name, files, seq, region):
    m = manifest(seq, None if seq == 1 else "cd" * 32, files=files,
                 cooperative={"name": name, "nib": NIB, "region": region})
    assert Manifest.parse(m.to_json()) == m
    opened = package.verify_package(package.write_package(m, files, KEY), PUB)
    assert opened.manifest == m and opened.files == files

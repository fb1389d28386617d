"""Package zips: deterministic writing, reading with every check, Ed25519 keys and signatures.

`verify_package` is the one verification the outlet (`kopdes export verify`) and the hub
share. Any problem raises DomainError("package_invalid") naming the file or field; a
package is either wholly good or refused.
"""

from __future__ import annotations

import base64
import binascii
import io
import zipfile
import zlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.domain.errors import DomainError
from app.domain.sync_manifest import MANIFEST, SIGNATURE, Manifest, fingerprint, refused, sha256_hex

_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same content gives the same zip
MAX_PACKAGE_BYTES = 200 * 1024 * 1024  # far above five years of one outlet; refuses zip bombs early
MAX_ENTRY_BYTES = 500 * 1024 * 1024


@dataclass(frozen=True)
class OpenedPackage:
    manifest: Manifest
    manifest_bytes: bytes
    manifest_sha256: str  # what the next package's previous_sha256 and the ack refer to
    signature: bytes
    files: dict[str, bytes]  # every entry except the manifest and its signature
    signature_line: bytes = b""  # manifest.sig as stored


# --- keys -------------------------------------------------------------------------------------

def generate_private_key_pem() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def _private(private_key_pem: bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(private_key_pem, password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise DomainError("key_invalid", "Kunci privat bukan kunci Ed25519.")
    return key


def public_key_pem(private_key_pem: bytes) -> bytes:
    return _private(private_key_pem).public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(public_key_pem_bytes: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(public_key_pem_bytes)
    except (ValueError, TypeError):
        raise DomainError("key_invalid", "Berkas kunci publik tidak sah (harus PEM Ed25519).") from None
    if not isinstance(key, Ed25519PublicKey):
        raise DomainError("key_invalid", "Kunci publik bukan kunci Ed25519.")
    return key


def public_key_fingerprint(public_key_pem_bytes: bytes) -> str:
    raw = load_public_key(public_key_pem_bytes).public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return fingerprint(raw)


def sign(private_key_pem: bytes, data: bytes) -> bytes:
    return _private(private_key_pem).sign(data)


# --- writing ----------------------------------------------------------------------------------

def write_package(manifest: Manifest, files: dict[str, bytes], private_key_pem: bytes,
                  *, manifest_bytes: bytes | None = None) -> bytes:
    """The zip of a package. `manifest_bytes`: the stored bytes of an earlier export, so a
    re-export is byte for byte the same; otherwise the manifest's canonical JSON."""
    body = manifest.to_json() if manifest_bytes is None else manifest_bytes
    listed = {f.name: f for f in manifest.files}
    if set(listed) != set(files):
        raise DomainError("package_invalid", "Daftar berkas manifest tidak sama dengan berkas paket.")
    for name, data in files.items():
        if listed[name].sha256 != sha256_hex(data) or listed[name].bytes != len(data):
            raise DomainError("package_invalid", f"Hash berkas {name} tidak sama dengan manifest.")
    signature = base64.b64encode(sign(private_key_pem, body)) + b"\n"
    return _zip(body, signature, files)


def _zip(manifest_bytes: bytes, signature_line: bytes, files: dict[str, bytes]) -> bytes:
    """The one byte layout of a package: reading rebuilds it to prove nothing else changed."""
    out = io.BytesIO()
    # Stored, not deflated: deflate's bytes differ between zlib builds (zlib-ng, versions), and
    # the reader rebuilds this layout byte for byte, so a Windows outlet and a Linux hub must
    # agree on every byte without compressing.
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in [(MANIFEST, manifest_bytes), (SIGNATURE, signature_line), *sorted(files.items())]:
            info = zipfile.ZipInfo(name, date_time=_EPOCH)
            info.compress_type = zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            info.create_system = 3  # the same bytes on Windows and Linux
            zf.writestr(info, data)
    return out.getvalue()


# --- reading ----------------------------------------------------------------------------------

def read_package(data: bytes) -> OpenedPackage:
    """Open a package and check its form and every file hash (not the signature's key)."""
    if len(data) > MAX_PACKAGE_BYTES:
        raise refused("berkas terlalu besar.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # e.g. a flipped version field
        raise refused("bukan berkas zip yang utuh (rusak atau terpotong).") from None
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise refused("ada nama berkas ganda di dalam zip.")
    if MANIFEST not in names:
        raise refused("manifest.json tidak ada.")
    if SIGNATURE not in names:
        raise refused("tanda tangan manifest.sig tidak ada (paket tidak ditandatangani).")
    contents: dict[str, bytes] = {}
    for info in infos:
        if info.file_size > MAX_ENTRY_BYTES:
            raise refused(f"berkas {info.filename} terlalu besar.")
        try:
            contents[info.filename] = zf.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, RuntimeError,
                NotImplementedError):
            raise refused(f"berkas {info.filename} di dalam zip rusak.") from None
    manifest_bytes = contents.pop(MANIFEST)
    manifest = Manifest.parse(manifest_bytes)
    signature_line = contents.pop(SIGNATURE)
    try:
        signature = base64.b64decode(signature_line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise refused("manifest.sig bukan base64.") from None
    if len(signature) != 64:
        raise refused("manifest.sig bukan tanda tangan Ed25519.")
    listed = {f.name: f for f in manifest.files}
    for name in sorted(listed):
        if name not in contents:
            raise refused(f"berkas {name} tidak ada di paket.")
        if sha256_hex(contents[name]) != listed[name].sha256 or len(contents[name]) != listed[name].bytes:
            raise refused(f"isi berkas {name} tidak sama dengan hash di manifest (berubah atau rusak).")
    extra = sorted(set(contents) - set(listed))
    if extra:
        raise refused(f"berkas {extra[0]} tidak tercantum di manifest.")
    return OpenedPackage(manifest, manifest_bytes, sha256_hex(manifest_bytes), signature, contents,
                         signature_line)


def verify_package(data: bytes, public_key_pem_bytes: bytes) -> OpenedPackage:
    """read_package, the signature over manifest.json with the given public key, then the
    zip's own bytes: they must be exactly what Kopdes writes for these entries."""
    opened = read_package(data)
    key = load_public_key(public_key_pem_bytes)
    try:
        key.verify(opened.signature, opened.manifest_bytes)
    except InvalidSignature:
        raise refused("tanda tangan tidak cocok dengan kunci publik koperasi ini "
                      "(paket diubah atau ditandatangani kunci lain).") from None
    if _zip(opened.manifest_bytes, opened.signature_line, opened.files) != data:
        # every entry is right, yet the container differs: a changed byte in the zip itself
        raise refused("susunan berkas zip tidak baku (berkas diubah di luar Kopdes).")
    return opened

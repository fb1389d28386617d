"""District sync packages: names, the manifest, the key fingerprint, the acknowledgement.

Pure rules (docs/ARCHITECTURE.md, "District sync"). The manifest is stored and signed as
canonical JSON bytes, so the outlet, the hub and a verifier agree on every byte.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError

FORMAT = "kopdes-sync/1"
ACK_FORMAT = "kopdes-ack/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
KINDS = ("month", "since_last")

_NAME = re.compile(r"^kopdes-(\d{13})-(\d{4})(0[1-9]|1[0-2])-(\d{4})\.zip$")
_ACK_NAME = re.compile(r"^kopdes-ack-(\d{13})-(\d{4})\.json$")
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_FILE = re.compile(r"^[a-z0-9_]+\.(json|csv)$")


def refused(reason: str) -> DomainError:
    return DomainError("package_invalid", f"Paket ditolak: {reason}")


def canonical_json(obj: Any) -> bytes:
    return (json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n").encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fingerprint(raw_public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte key, first 16 bytes, uppercase hex in groups of four."""
    digest = hashlib.sha256(raw_public_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def package_name(nib: str, period_to: str, sequence: int) -> str:
    return f"kopdes-{nib}-{period_to.replace('-', '')}-{sequence:04d}.zip"


def parse_package_name(name: str) -> tuple[str, str, int] | None:
    """(NIB, 'YYYY-MM', sequence) of a package file name, None when it is not one."""
    m = _NAME.match(name)
    return (m.group(1), f"{m.group(2)}-{m.group(3)}", int(m.group(4))) if m else None


def ack_name(nib: str, sequence: int) -> str:
    return f"kopdes-ack-{nib}-{sequence:04d}.json"


@dataclass(frozen=True)
class FileEntry:
    name: str
    sha256: str
    bytes: int

    @classmethod
    def of(cls, name: str, data: bytes) -> "FileEntry":
        return cls(name, sha256_hex(data), len(data))


@dataclass(frozen=True)
class Manifest:
    cooperative: dict  # {"name", "nib", "region": {...}}
    period_from: str  # YYYY-MM
    period_to: str
    kind: str  # month | since_last
    sequence: int
    correction_of: int | None
    created_at: str  # ISO 8601 UTC, "…Z"
    app_version: str
    files: tuple[FileEntry, ...]
    previous_sha256: str | None
    counts: dict = field(default_factory=dict)
    public_key_fingerprint: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "files", tuple(sorted(self.files, key=lambda f: f.name)))

    @property
    def nib(self) -> str:
        return str(self.cooperative.get("nib", ""))

    @property
    def file_name(self) -> str:
        return package_name(self.nib, self.period_to, self.sequence)

    def as_dict(self) -> dict:
        return {
            "format": FORMAT, "cooperative": self.cooperative,
            "period": {"from": self.period_from, "to": self.period_to}, "kind": self.kind,
            "sequence": self.sequence, "correction_of": self.correction_of,
            "created_at": self.created_at, "app_version": self.app_version,
            "files": [{"name": f.name, "sha256": f.sha256, "bytes": f.bytes} for f in self.files],
            "previous_sha256": self.previous_sha256, "counts": self.counts,
            "public_key_fingerprint": self.public_key_fingerprint,
        }

    def to_json(self) -> bytes:
        check_manifest(self)
        return canonical_json(self.as_dict())

    @classmethod
    def parse(cls, data: bytes) -> "Manifest":
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise refused("manifest.json bukan JSON yang sah.") from None
        if not isinstance(raw, dict):
            raise refused("manifest.json bukan objek JSON.")
        if raw.get("format") != FORMAT:
            raise refused(f"format manifest {raw.get('format')!r} tidak dikenal (harus {FORMAT}).")
        try:
            period = raw["period"]
            files = tuple(FileEntry(str(f["name"]), str(f["sha256"]), int(f["bytes"])) for f in raw["files"])
            m = cls(
                cooperative=raw["cooperative"], period_from=period["from"], period_to=period["to"],
                kind=raw["kind"], sequence=raw["sequence"], correction_of=raw.get("correction_of"),
                created_at=raw["created_at"], app_version=raw["app_version"], files=files,
                previous_sha256=raw.get("previous_sha256"), counts=raw.get("counts", {}),
                public_key_fingerprint=raw.get("public_key_fingerprint", ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise refused(f"manifest.json tidak lengkap ({exc}).") from None
        check_manifest(m)
        return m


def check_manifest(m: Manifest) -> None:
    """Every field of a manifest in its form; raises the first problem found."""
    coop = m.cooperative
    if not isinstance(coop, dict) or not isinstance(coop.get("name"), str) or not coop.get("name"):
        raise refused("nama koperasi tidak ada di manifest.")
    if not (isinstance(coop.get("nib"), str) and coop["nib"].isdigit() and len(coop["nib"]) == 13):
        raise refused("NIB di manifest harus 13 angka.")
    for name, value in (("period.from", m.period_from), ("period.to", m.period_to)):
        if not (isinstance(value, str) and _MONTH.match(value)):
            raise refused(f"{name} harus berbentuk YYYY-MM.")
    if m.period_from > m.period_to:
        raise refused("period.from sesudah period.to.")
    if m.kind not in KINDS:
        raise refused(f"kind {m.kind!r} tidak dikenal.")
    if not isinstance(m.sequence, int) or isinstance(m.sequence, bool) or not 1 <= m.sequence <= 9999:
        raise refused("nomor urut (sequence) harus 1 sampai 9999.")
    if m.correction_of is not None and not (isinstance(m.correction_of, int) and 1 <= m.correction_of < m.sequence):
        raise refused("correction_of harus nomor urut paket sebelumnya.")
    if (m.sequence == 1) != (m.previous_sha256 is None):
        raise refused("previous_sha256 harus kosong untuk paket pertama dan terisi untuk paket berikutnya.")
    if m.previous_sha256 is not None and not (isinstance(m.previous_sha256, str) and _HEX64.match(m.previous_sha256)):
        raise refused("previous_sha256 bukan hash SHA-256.")
    names = [f.name for f in m.files]
    if len(set(names)) != len(names):
        raise refused("nama berkas ganda di daftar berkas manifest.")
    for f in m.files:
        if not _FILE.match(f.name) or f.name == MANIFEST:
            raise refused(f"nama berkas {f.name!r} tidak sah di manifest.")
        if not _HEX64.match(f.sha256) or f.bytes < 0:
            raise refused(f"hash atau ukuran berkas {f.name} tidak sah di manifest.")
    if not isinstance(m.counts, dict) or not all(isinstance(v, int) for v in m.counts.values()):
        raise refused("counts di manifest harus angka.")


@dataclass(frozen=True)
class Ack:
    """The hub's word that it accepted one package."""
    nib: str
    sequence: int
    manifest_sha256: str
    accepted_at: str  # ISO 8601 UTC
    hub: str

    @property
    def file_name(self) -> str:
        return ack_name(self.nib, self.sequence)

    def to_json(self) -> bytes:
        return canonical_json({"format": ACK_FORMAT, "nib": self.nib, "sequence": self.sequence,
                               "manifest_sha256": self.manifest_sha256, "accepted_at": self.accepted_at,
                               "hub": self.hub})

    @classmethod
    def parse(cls, data: bytes) -> "Ack":
        def bad(reason: str) -> DomainError:
            return DomainError("ack_invalid", f"Tanda terima ditolak: {reason}")
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad("bukan JSON yang sah.") from None
        if not isinstance(raw, dict) or raw.get("format") != ACK_FORMAT:
            raise bad(f"format harus {ACK_FORMAT}.")
        try:
            ack = cls(str(raw["nib"]), raw["sequence"], str(raw["manifest_sha256"]), str(raw["accepted_at"]),
                      str(raw.get("hub", "")))
        except KeyError as exc:
            raise bad(f"kolom {exc.args[0]} tidak ada.") from None
        if not (ack.nib.isdigit() and len(ack.nib) == 13):
            raise bad("NIB harus 13 angka.")
        if not isinstance(ack.sequence, int) or isinstance(ack.sequence, bool) or ack.sequence < 1:
            raise bad("nomor urut tidak sah.")
        if not _HEX64.match(ack.manifest_sha256):
            raise bad("manifest_sha256 bukan hash SHA-256.")
        return ack


def parse_ack_name(name: str) -> tuple[str, int] | None:
    m = _ACK_NAME.match(name)
    return (m.group(1), int(m.group(2))) if m else None

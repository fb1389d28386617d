"""The text inside a QRIS: EMV Merchant-Presented Mode TLV, and its CRC. Pure.

A payload is a run of data objects, each a 2-digit id, a 2-digit length and the
value. The length counts characters (Unicode code points), not bytes, so
"5904Kopi" and "5904Kopé" are both well formed; the CRC on the other hand covers
the UTF-8 bytes. Templates (merchant account information 26-51, additional data
62, language template 64, unreserved templates 80-99) hold sub-tags in the same
format, one level deep.

Refusals are `DomainError`s with a stable code and a message naming the tag:
qris_empty, qris_truncated, qris_bad_tag, qris_bad_length, qris_length_overrun,
qris_duplicate_tag, qris_value_too_long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from app.domain.errors import DomainError

MAX_VALUE_CHARS = 99  # two length digits
TEMPLATE_IDS = frozenset(f"{i:02d}" for i in (*range(26, 52), 62, 64, *range(80, 100)))
CRC_ID = "63"

_TWO_DIGITS = re.compile(r"[0-9]{2}\Z")  # ASCII digits only: str.isdigit() also takes '٣'


def _label(tag_id: str, parent: str | None) -> str:
    return f"tag {tag_id}" if parent is None else f"sub-tag {tag_id} di tag {parent}"


@dataclass(frozen=True)
class Tag:
    """One data object. For a template read by `parse_tags`, `subtags` are its parsed
    sub-tags and `value` is exactly their serialisation; build one with `Tag.template`."""

    id: str
    value: str
    subtags: tuple[Tag, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not _TWO_DIGITS.match(self.id):
            raise DomainError("qris_bad_tag", f"Id tag QRIS {self.id!r} tidak sah: harus dua angka 00-99.")
        if not isinstance(self.value, str):
            raise TypeError("a tag's value is text")
        if len(self.value) > MAX_VALUE_CHARS:
            raise DomainError(
                "qris_value_too_long",
                f"Isi tag {self.id} {len(self.value)} karakter; paling panjang {MAX_VALUE_CHARS}.")
        if self.subtags and serialize(self.subtags) != self.value:
            raise ValueError(f"tag {self.id}: value is not the serialisation of its sub-tags")

    @classmethod
    def template(cls, tag_id: str, subtags: Iterable[Tag]) -> Tag:
        subs = tuple(subtags)
        _refuse_duplicates(subs, tag_id)
        return cls(tag_id, serialize(subs), subs)

    def sub(self, sub_id: str) -> str | None:
        """The value of a sub-tag, or None."""
        return next((s.value for s in self.subtags if s.id == sub_id), None)


def _refuse_duplicates(tags: Sequence[Tag], parent: str | None) -> None:
    seen: set[str] = set()
    for t in tags:
        if t.id in seen:
            raise DomainError("qris_duplicate_tag", f"QRIS tidak sah: {_label(t.id, parent)} muncul dua kali.")
        seen.add(t.id)


def serialize(tags: Iterable[Tag]) -> str:
    """Tags back to text, in the order given (a `63` tag included as it is)."""
    return "".join(f"{t.id}{len(t.value):02d}{t.value}" for t in tags)


def parse_tags(payload: str) -> tuple[Tag, ...]:
    """Split a payload into its tags, in order, templates with their sub-tags. Only the
    TLV structure is checked here (no order, CRC or QRIS rules): see `app.domain.qris`."""
    if not payload:
        raise DomainError("qris_empty", "Data QRIS kosong.")
    return _parse_level(payload, None)


def _parse_level(text: str, parent: str | None) -> tuple[Tag, ...]:
    tags: list[Tag] = []
    seen: set[str] = set()
    inside = "" if parent is None else f" di dalam tag {parent}"
    pos = 0
    while pos < len(text):
        head = text[pos:pos + 4]
        if len(head) < 4:
            after = f"setelah {_label(tags[-1].id, parent)}" if tags else f"di awal{inside}"
            raise DomainError(
                "qris_truncated",
                f"Data QRIS terpotong {after}: sisa {head!r} kurang dari 4 karakter (id dan panjang tag).")
        tag_id, length = head[:2], head[2:]
        if not _TWO_DIGITS.match(tag_id):
            raise DomainError(
                "qris_bad_tag",
                f"Id tag QRIS tidak sah{inside} di posisi {pos}: {tag_id!r}, seharusnya dua angka.")
        label = _label(tag_id, parent)
        if not _TWO_DIGITS.match(length):
            raise DomainError("qris_bad_length", f"Panjang {label} bukan dua angka: {length!r}.")
        n = int(length)
        start = pos + 4
        remaining = len(text) - start
        if n > remaining:
            raise DomainError(
                "qris_length_overrun",
                f"{label[0].upper()}{label[1:]} menyatakan panjang {n} karakter, tetapi hanya tersisa {remaining}.")
        if tag_id in seen:
            raise DomainError("qris_duplicate_tag", f"QRIS tidak sah: {label} muncul dua kali.")
        seen.add(tag_id)
        value = text[start:start + n]
        subtags = _parse_level(value, tag_id) if parent is None and tag_id in TEMPLATE_IDS and value else ()
        tags.append(Tag(tag_id, value, subtags))
        pos = start + n
    return tuple(tags)


# --- CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, no reflection, no final xor ----------

def _crc_table() -> tuple[int, ...]:
    table = []
    for byte in range(256):
        crc = byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
        table.append(crc)
    return tuple(table)


_CRC_TABLE = _crc_table()


def crc16(data: bytes) -> int:
    crc = 0xFFFF
    for byte in data:
        crc = ((crc << 8) & 0xFFFF) ^ _CRC_TABLE[(crc >> 8) ^ byte]
    return crc


def crc_hex(text: str) -> str:
    """The CRC of `text` (which ends with "6304") as QRIS writes it: four uppercase hex
    digits, leading zeros kept, computed over the UTF-8 bytes."""
    return f"{crc16(text.encode('utf-8')):04X}"


def with_crc(tags: Iterable[Tag]) -> str:
    """Serialise tags (without a 63) and append "6304" and the CRC."""
    body = serialize(tags) + CRC_ID + "04"
    return body + crc_hex(body)

"""Barcodes: EAN-13, EAN-8 and UPC-A check digits; the outlet's own internal codes."""

from __future__ import annotations

import re

from app.domain.errors import DomainError

_INTERNAL = re.compile(r"^[A-Z0-9][A-Z0-9\-_.]{2,31}$", re.ASCII)
GS1_LENGTHS = (8, 12, 13)  # EAN-8, UPC-A, EAN-13


def check_digit(body: str) -> int:
    """GS1 mod-10: weights 3,1,3,1... from the right of the body (without the check digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def normalise_barcode(code: str) -> str:
    """Return the code to store and look up; refuse a GS1 number with a wrong check digit.
    Anything that is not 8, 12 or 13 digits is an internal code (letters, digits, - _ .)."""
    code = code.strip().upper().replace(" ", "")
    if code.isascii() and code.isdigit() and len(code) in GS1_LENGTHS:
        if check_digit(code[:-1]) != int(code[-1]):
            raise DomainError("bad_barcode",
                              f"Barcode {code} salah: angka pemeriksa seharusnya {check_digit(code[:-1])}.")
        return code
    if not _INTERNAL.match(code):
        raise DomainError("bad_barcode",
                          f"Kode {code!r} tidak sah: 3-32 huruf/angka (boleh - _ .), atau EAN/UPC yang benar.")
    return code


def make_ean13(body12: str) -> str:
    """Complete a 12-digit body with its check digit (demo and in-store codes)."""
    if not (body12.isdigit() and len(body12) == 12):
        raise ValueError("EAN-13 body must be 12 digits")
    return body12 + str(check_digit(body12))

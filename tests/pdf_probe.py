"""A tiny look inside the PDFs reportlab writes (no PDF library needed): page count,
page sizes, and the text shown, with compressed streams inflated."""

from __future__ import annotations

import base64
import re
import zlib
from pathlib import Path

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")
_STREAM = re.compile(rb"stream\r?\n(.*?)\s*endstream", re.S)


def raw(path: Path | str) -> bytes:
    data = Path(path).read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), "not a complete PDF"
    return data


def page_count(path: Path | str) -> int:
    return len(_PAGE.findall(raw(path)))


def page_sizes(path: Path | str) -> list[tuple[float, float]]:
    """(width, height) in points of every page's MediaBox."""
    return [(float(x1) - float(x0), float(y1) - float(y0)) for x0, y0, x1, y1 in _MEDIABOX.findall(raw(path))]


def content(path: Path | str) -> bytes:
    """Every stream, inflated when compressed, joined: the page drawing operators with
    their strings (reportlab escapes '(', ')' and '\\' inside strings)."""
    out = []
    for stream in _STREAM.findall(raw(path)):
        data = stream
        if data.rstrip().endswith(b"~>"):  # reportlab's ASCII85 over Flate
            data = base64.a85decode(data.strip().removeprefix(b"<~").removesuffix(b"~>"))
        try:
            out.append(zlib.decompress(data))
        except zlib.error:
            out.append(data)
    return b"\n".join(out)


def shows(path: Path | str, text: str) -> bool:
    """Whether `text` appears in one string drawn on some page (reportlab writes
    '(', ')' and '\\' escaped and bytes outside ASCII as octal escapes)."""
    return pdf_string(text) in content(path)


def pdf_string(text: str) -> bytes:
    out = []
    for b in text.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append(f"\\{b:03o}")
    return "".join(out).encode("ascii")

"""What every Kopdes PDF shares: the colours, text the standard fonts can print, text
fitted into a box, and writing the file beside its target before moving it into place."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Callable

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.errors import DomainError

RED = colors.HexColor("#C8102E")  # merah: the flag's red, a shade deeper for print
RED_DARK = colors.HexColor("#9E0B22")
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#BDBDBD")
SHADE = colors.HexColor("#F3F3F3")
PINK = colors.HexColor("#FBE9EC")


def pdf_text(text: str) -> str:
    """Text the standard PDF fonts (WinAnsi) can show: accents kept where the encoding has
    them, anything else folded (Ṣ -> S) or replaced by '?' rather than a blank box."""
    try:
        text.encode("cp1252")
        return text
    except UnicodeEncodeError:
        pass
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        folded = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        try:
            folded.encode("cp1252")
            out.append(folded or "?")
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def fit_text(text: str, font: str, width: float, max_size: float, min_size: float,
             max_lines: int) -> tuple[float, list[str]]:
    """The largest size (in half points, from max_size down to min_size) at which `text`
    wraps into at most `max_lines` lines no wider than `width`; at min_size what does not
    fit is cut with an ellipsis. Every returned line is at most `width` wide."""
    text = " ".join(pdf_text(text).split())
    size = max_size
    while size >= min_size:
        lines = _wrap(text, font, size, width)
        if len(lines) <= max_lines:
            return size, lines
        size -= 0.5
    size = min_size
    lines = _wrap(text, font, size, width)[:max_lines]
    lines[-1] = _ellipsis(lines[-1], font, size, width)
    return size, lines


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines = []
    for line in simpleSplit(text, font, size, width) or [""]:
        # simpleSplit leaves a single word wider than the box whole: break it by characters.
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = len(line)
            while cut > 1 and stringWidth(line[:cut], font, size) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


def _ellipsis(line: str, font: str, size: float, width: float) -> str:
    line = line.rstrip() + "…"
    while stringWidth(line, font, size) > width and len(line) > 1:
        line = line[:-2].rstrip() + "…"
    return line


def write_atomically(path: Path | str, write: Callable[[str], None]) -> Path:
    """Call `write(temporary name)` and move the finished file onto `path`: a failed or
    interrupted run never leaves a half-written PDF under the real name."""
    target = Path(path)
    if target.is_dir():
        raise DomainError("bad_path", f"{target} adalah folder; beri nama berkas PDF, misalnya {target / 'kartu.pdf'}.")
    if not target.parent.is_dir():
        raise DomainError("bad_path", f"Folder {target.parent} tidak ada.")
    tmp = target.with_name(f".{target.name}.sedang-ditulis")
    try:
        write(str(tmp))
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DomainError("write_failed", f"Berkas {target} tidak bisa ditulis: {exc.strerror or exc}.") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target

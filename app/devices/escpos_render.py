"""A laid-out slip as ESC/POS bytes, built with python-escpos on a `Dummy` printer.

Text arrives already folded to ASCII and padded to the paper's columns
(`app.domain.slip.layout`), so it is printed left-aligned as is. QR codes are a
raster image of the full paper width by default (cheap printers lack `GS ( k`),
or native when the profile says the printer has it.
"""

from __future__ import annotations

import copy
import os
import tempfile
from dataclasses import dataclass

from app.domain.slip import FeedLine, Laid, Line, QRLine, Width

# python-escpos caches its printer database in a fresh temporary folder per process unless told
# where: keep one cache next to the other temporary files instead of littering the disk.
os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", tempfile.gettempdir())

import qrcode  # noqa: E402
from escpos.capabilities import get_profile  # noqa: E402
from escpos.printer import Dummy  # noqa: E402
from PIL import Image  # noqa: E402

TEAR_OFF_FEED = 4  # lines fed after the last line on a printer without a cutter
QR_SHARE_OF_WIDTH = 0.55  # a QR about half the paper wide scans well from a phone


@dataclass(frozen=True)
class PrinterProfile:
    width: Width
    has_cutter: bool = False
    native_qr: bool = False


def _dummy(dots: int) -> Dummy:
    printer = Dummy()
    profile = get_profile("default")
    # Our own copy of the profile data with the paper width, so images are checked against it
    # (the class-level data is shared by every printer in the process).
    profile.profile_data = copy.deepcopy(profile.profile_data)
    profile.profile_data["media"] = {"width": {"pixels": dots, "mm": 0}}
    printer.profile = profile
    return printer


def qr_image(data: str, dots: int) -> Image.Image:
    """A QR code centred on a strip as wide as the paper, in whole modules (sharp when printed)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=2)
    code.add_data(data)
    code.make(fit=True)
    modules = code.modules_count + 2 * code.border
    box = max(2, int(dots * QR_SHARE_OF_WIDTH) // modules)
    code.box_size = box
    img = code.make_image(fill_color="black", back_color="white").get_image().convert("1")
    strip = Image.new("1", (dots, img.height), 1)
    strip.paste(img, ((dots - img.width) // 2, 0))
    return strip


def to_escpos(lines: list[Laid], profile: PrinterProfile) -> bytes:
    p = _dummy(profile.width.dots)
    p.hw("INIT")
    style = None  # styles are sent when they change, not on every line
    for line in lines:
        if isinstance(line, Line):
            if style != (line.bold, line.big, line.invert):
                style = (line.bold, line.big, line.invert)
                p.set_with_default(bold=line.bold, double_width=line.big, double_height=line.big,
                                   invert=line.invert)
            p.text((line.text if line.invert else line.text.rstrip()) + "\n")
        elif isinstance(line, QRLine):
            p.set_with_default(align="center")
            if profile.native_qr:
                p.qr(line.data, native=True, size=6)
            else:
                p.image(qr_image(line.data, profile.width.dots), impl="bitImageRaster")
            p.set_with_default()
            style = (False, False, False)
        elif isinstance(line, FeedLine) and line.lines:
            p.ln(line.lines)
    p.set_with_default()
    if profile.has_cutter:
        p.cut()
    else:
        p.ln(TEAR_OFF_FEED)
    return p.output


def drawer_kick(pin: int) -> bytes:
    p = Dummy()
    p.cashdraw(pin)
    return p.output

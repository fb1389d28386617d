"""Preview and inspect ESC/POS print jobs: `decode(bytes)` says what the printer would print,
`render(bytes, width_dots)` draws it as a picture of the paper.

Used by the GUI to show the cashier each job before or after it is printed, and by tests to
assert what was printed. Pure Python + Pillow (+ qrcode to draw native QR codes). It
understands what python-escpos 3.1 emits (text and its styles, code pages, line spacing,
feeds, GS v 0 / GS ( L / ESC * images, native GS ( k QR codes, GS k barcodes, cuts, drawer
kicks) and never raises on other bytes: they are listed in `Decoded.unknown`.

The modules: `escpos_preview_model` (the frozen records), `escpos_preview_machine` (printer
state and line buffer), `escpos_preview_decode` (control bytes and ESC commands, `decode`),
`escpos_preview_gs` (GS, FS, DLE commands), `escpos_preview_render` (the drawing).
"""

from __future__ import annotations

from app.devices.escpos_preview_decode import decode
from app.devices.escpos_preview_machine import MAX_IMAGE_HEIGHT, MAX_IMAGE_WIDTH
from app.devices.escpos_preview_model import (
    CELL,
    DEFAULT_LINE_SPACING,
    Barcode,
    Block,
    Cut,
    Decoded,
    DrawerKick,
    Feed,
    Line,
    QrCode,
    RasterImage,
    Run,
    Style,
    Unknown,
)
from app.devices.escpos_preview_render import MAX_RENDER_HEIGHT, render

__all__ = [
    "CELL", "DEFAULT_LINE_SPACING", "MAX_IMAGE_HEIGHT", "MAX_IMAGE_WIDTH", "MAX_RENDER_HEIGHT",
    "Barcode", "Block", "Cut", "Decoded", "DrawerKick", "Feed", "Line", "QrCode", "RasterImage",
    "Run", "Style", "Unknown", "decode", "render",
]

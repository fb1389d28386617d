"""Reading the QR codes in a picture: a photo or scan of the outlet's QRIS sticker.

`read_qr_payloads(path_or_bytes)` returns the texts of every QR code found (in the
order zxing-cpp reports them, duplicates dropped). zxing-cpp searches rotated,
inverted and downscaled versions itself; we first look at a copy no larger than
`FAST_SIDE` pixels (a phone photo of a sticker reads fine there, and fast), then, if
nothing was found, at up to `FULL_SIDE` pixels with both binarizers, for a QR that
is small in a big picture. The payload bytes are read as UTF-8 (what QRIS uses)
rather than trusting zxing's guess of the character set.

Refusals: `image_unreadable` (missing file, not an image, damaged, HEIC) and
`no_qr_found`, with Indonesian messages.
"""

from __future__ import annotations

import io
import os
import warnings
from pathlib import Path
from typing import Union

import zxingcpp
from PIL import Image

from app.domain.errors import DomainError

Source = Union[str, os.PathLike, bytes, bytearray]

FAST_SIDE = 1600
FULL_SIDE = 4000
MAX_PIXELS = 100_000_000  # any phone camera; Pillow refuses bombs past ~179 Mpx anyway


def _unreadable(message: str) -> DomainError:
    return DomainError("image_unreadable", message)


def _raw(source: Source) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray)):
        return bytes(source), "gambar"
    path = Path(source)
    try:
        return path.read_bytes(), path.name
    except FileNotFoundError:
        raise _unreadable(f"Berkas gambar {path} tidak ditemukan.") from None
    except IsADirectoryError:
        raise _unreadable(f"{path} adalah folder, bukan berkas gambar.") from None
    except OSError as e:
        raise _unreadable(f"Berkas gambar {path} tidak bisa dibaca: {e.strerror or e}.") from None


def _open(data: bytes, name: str) -> Image.Image:
    if not data:
        raise _unreadable(f"Berkas {name} kosong.")
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"hevc", b"avif"):
        raise _unreadable(f"{name} berformat HEIC/AVIF (foto iPhone) yang belum bisa dibaca; "
                          "simpan atau kirim ulang sebagai JPG atau PNG.")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # MAX_PIXELS decides
            img = Image.open(io.BytesIO(data))
            if img.width * img.height > MAX_PIXELS:
                raise _unreadable(f"Gambar {name} terlalu besar ({img.width}x{img.height} piksel).")
            if img.format == "JPEG":  # decode a big JPEG at a reduced scale: much faster
                img.draft("L", (FULL_SIDE, FULL_SIDE))
            img.load()
    except DomainError:
        raise
    except (Image.UnidentifiedImageError, Image.DecompressionBombError):
        raise _unreadable(f"{name} bukan gambar yang dikenal (JPG, PNG, BMP, GIF, TIFF, WebP) "
                          "atau terlalu besar.") from None
    except (OSError, ValueError, SyntaxError, EOFError) as e:
        raise _unreadable(f"Gambar {name} rusak atau terpotong dan tidak bisa dibuka ({e}).") from None
    return _grey(img)


def _grey(img: Image.Image) -> Image.Image:
    """Grayscale on white: a transparent background would otherwise turn black and hide
    the code."""
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, rgba)
    return img.convert("L")


def _fit(img: Image.Image, side: int) -> Image.Image:
    if max(img.size) <= side:
        return img
    small = img.copy()
    small.thumbnail((side, side), Image.Resampling.LANCZOS)
    return small


def _text(barcode: zxingcpp.Barcode) -> str:
    try:
        return barcode.bytes.decode("utf-8")
    except UnicodeDecodeError:
        return barcode.text


def _scan(img: Image.Image, binarizer: zxingcpp.Binarizer) -> list[str]:
    found = zxingcpp.read_barcodes(
        img, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=True, try_downscale=True,
        try_invert=True, binarizer=binarizer)
    return [_text(b) for b in found if b.valid]


def read_qr_payloads(source: Source) -> list[str]:
    """The texts of the QR codes in an image file (path) or image bytes."""
    data, name = _raw(source)
    img = _open(data, name)
    attempts = [(_fit(img, FAST_SIDE), zxingcpp.Binarizer.LocalAverage)]
    if max(img.size) > FAST_SIDE:
        attempts.append((_fit(img, FULL_SIDE), zxingcpp.Binarizer.LocalAverage))
    attempts += [(picture, zxingcpp.Binarizer.GlobalHistogram) for picture, _ in list(attempts)]
    for picture, binarizer in attempts:
        texts = list(dict.fromkeys(_scan(picture, binarizer)))
        if texts:
            return texts
    raise DomainError("no_qr_found",
                      f"Tidak ada kode QR yang terbaca di {name}. Foto ulang stiker QRIS dari dekat, "
                      "tegak lurus, cukup terang dan tidak buram.")

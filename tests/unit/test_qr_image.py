"""Reading QR codes from pictures of a QRIS sticker. Every picture is made here at test
time with qrcode and Pillow (no stored fixtures): a clean PNG, a photo-like JPEG (big,
rotated, uneven light, noise, blur), a transparent PNG, two codes in one picture, a
picture without a code, and files that are not pictures at all."""

from __future__ import annotations

import io
import random

import pytest
import qrcode
from PIL import Image, ImageDraw, ImageFilter

from app.devices.qr_image import read_qr_payloads
from app.domain.errors import DomainError
from app.domain.qris import build_static, check_static, to_dynamic

STATIC = build_static("Kopdes Merah Putih", "Kab. Demak", "ID1026000000001", postal_code="59567",
                      terminal_label="A01")
UNICODE = build_static("Warung Bu Ṣiti ☕ Kopé", "Sleman", "ID1026000000002")


def qr_image(payload: str, box: int = 8) -> Image.Image:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(payload)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def png(img: Image.Image) -> bytes:
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def photo_like(payload: str, seed: int = 7) -> bytes:
    """A 4000x3000 'phone photo': the sticker rotated 23 degrees on a grey table with
    light falling off to one side, sensor noise, a little blur, JPEG quality 70."""
    rng = random.Random(seed)
    w, h = 4000, 3000
    table = Image.linear_gradient("L").resize((w, h)).point(lambda v: 90 + v // 3)
    sticker = qr_image(payload, box=14).rotate(23, expand=True, fillcolor=235,
                                               resample=Image.Resampling.BICUBIC)
    table.paste(sticker, (1300, 700))
    noise = Image.frombytes("L", (w // 4, h // 4), rng.randbytes(w * h // 16)).resize((w, h))
    photo = Image.blend(table, noise, 0.12).filter(ImageFilter.GaussianBlur(1.5))
    out = io.BytesIO()
    photo.convert("RGB").save(out, "JPEG", quality=70)
    return out.getvalue()


def refused(code: str, source) -> str:
    with pytest.raises(DomainError) as e:
        read_qr_payloads(source)
    assert e.value.code == code, (e.value.code, e.value.message)
    return e.value.message


def test_clean_png_from_a_path_and_from_bytes(tmp_path):
    path = tmp_path / "qris.png"
    path.write_bytes(png(qr_image(STATIC)))
    assert read_qr_payloads(path) == [STATIC]
    assert read_qr_payloads(str(path)) == [STATIC]
    assert read_qr_payloads(path.read_bytes()) == [STATIC]
    assert check_static(read_qr_payloads(path)[0]).merchant_name == "Kopdes Merah Putih"


def test_non_ascii_payload_comes_back_as_utf8_with_a_valid_crc():
    [text] = read_qr_payloads(png(qr_image(UNICODE)))
    assert text == UNICODE and check_static(text).merchant_name == "Warung Bu Ṣiti ☕ Kopé"


def test_photo_like_big_rotated_noisy_jpeg(tmp_path):
    path = tmp_path / "foto_stiker.jpg"
    path.write_bytes(photo_like(STATIC))
    assert read_qr_payloads(path) == [STATIC]


def test_small_code_in_a_big_picture_is_found_at_full_resolution():
    canvas = Image.new("L", (5000, 3500), 200)
    canvas.paste(qr_image(STATIC, box=3), (4100, 2900))  # about 300 px wide in a 5000 px picture
    assert read_qr_payloads(png(canvas)) == [STATIC]


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_quarter_turns(angle):
    assert read_qr_payloads(png(qr_image(STATIC).rotate(angle, expand=True))) == [STATIC]


def test_transparent_background_png():
    code = qr_image(STATIC)
    rgba = Image.new("RGBA", code.size, (0, 0, 0, 0))  # transparent black
    rgba.putalpha(code.point(lambda v: 255 - v))         # only the dark modules are opaque
    assert read_qr_payloads(png(rgba)) == [STATIC]


def test_two_codes_in_one_picture_and_duplicates_dropped():
    dynamic = to_dynamic(STATIC, 12500, "PJ-20261123-0042")
    a, b = qr_image(STATIC), qr_image(dynamic)
    canvas = Image.new("L", (a.width + b.width + a.width + 60, max(a.height, b.height) + 40), 255)
    canvas.paste(a, (20, 20))
    canvas.paste(b, (a.width + 40, 20))
    canvas.paste(a, (a.width + b.width + 50, 20))
    assert sorted(read_qr_payloads(png(canvas))) == sorted([STATIC, dynamic])


def test_picture_without_a_qr_code():
    rng = random.Random(3)
    img = Image.new("RGB", (800, 600), "white")
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y = rng.randrange(800), rng.randrange(600)
        draw.rectangle((x, y, x + rng.randrange(5, 80), y + rng.randrange(5, 80)),
                       fill=tuple(rng.randrange(256) for _ in range(3)))
    draw.text((20, 20), "QRIS", fill="black")
    assert "Tidak ada kode QR" in refused("no_qr_found", png(img))


def test_a_barcode_that_is_not_a_qr_code_is_not_reported():
    import zxingcpp
    ean = zxingcpp.write_barcode_to_image(zxingcpp.create_barcode("8992761111113", zxingcpp.BarcodeFormat.EAN13),
                                          scale=4)
    height, width = memoryview(ean).shape
    picture = Image.frombytes("L", (width, height), memoryview(ean).tobytes())
    assert zxingcpp.read_barcodes(picture)[0].text == "8992761111113"  # it is readable...
    refused("no_qr_found", png(picture))                                 # ...but not a QR code


def test_corrupt_image_file(tmp_path):
    path = tmp_path / "rusak.png"
    path.write_bytes(png(qr_image(STATIC))[:200])
    assert "rusak" in refused("image_unreadable", path)


def test_files_that_are_not_pictures(tmp_path):
    text = tmp_path / "qris.txt"
    text.write_text(STATIC)
    assert "bukan gambar" in refused("image_unreadable", text)
    assert "kosong" in refused("image_unreadable", b"")
    assert "tidak ditemukan" in refused("image_unreadable", tmp_path / "tidak-ada.jpg")
    assert "folder" in refused("image_unreadable", tmp_path)
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)
    assert "HEIC" in refused("image_unreadable", heic)

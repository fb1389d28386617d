"""Reading the outlet's static QRIS from a photo of its sticker without saving it
(`qris.read_static_image`): the check a screen shows before the user presses Simpan.
Pictures are made here with qrcode and Pillow, as in tests/unit/test_qr_image.py."""

from __future__ import annotations

import io

import pytest
import qrcode
from PIL import Image, ImageDraw

from app.domain import qris as codec
from app.domain.errors import DomainError, PermissionDenied
from app.services import audit, qris

STATIC = codec.build_static("KOPERASI MERAH PUTIH", "CIANJUR", "ID1026000000123", postal_code="43253")
OTHER = codec.build_static("KOPDES MEKARSARI", "CIANJUR", "ID1026000000999", merchant_size="UKE",
                           acquirer_guid="ID.CO.BRI.WWW")


def png(payloads: list[str]) -> bytes:
    """One picture with a QR code for each payload, side by side."""
    codes = [qrcode.make(p, box_size=6).get_image().convert("L") for p in payloads]
    canvas = Image.new("L", (sum(c.width for c in codes) + 20 * (len(codes) + 1),
                             max(c.height for c in codes) + 40), 255)
    x = 20
    for c in codes:
        canvas.paste(c, (x, 20))
        x += c.width + 20
    out = io.BytesIO()
    canvas.save(out, "PNG")
    return out.getvalue()


def audit_rows(ctx, actor) -> int:
    return len(audit.entries(ctx.reader(), actor, limit=10_000))


def test_a_good_sticker_is_read_and_checked_but_not_saved(demo_ctx, login, tmp_path, backend):
    pengurus, admin = login("pengurus"), login("admin")
    qris.setup(demo_ctx.uow(), pengurus, STATIC)
    before = audit_rows(demo_ctx, admin)
    path = tmp_path / "stiker.png"
    path.write_bytes(png([OTHER]))
    found = qris.read_static_image(pengurus, path)
    assert found.payload == OTHER
    assert (found.merchant_name, found.nmid, found.acquirer) == ("KOPDES MEKARSARI", "ID1026000000999", "BRI")
    assert qris.read_static_image(pengurus, path.read_bytes()) == found
    assert qris.current(demo_ctx.reader(), pengurus).payload == STATIC  # nothing written
    assert audit_rows(demo_ctx, admin) == before
    # setup_from_image is the same read, then saved
    assert qris.setup_from_image(demo_ctx.uow(), pengurus, path).payload == OTHER
    assert qris.current(demo_ctx.reader(), pengurus).payload == OTHER


def test_the_first_usable_static_qris_among_several_codes(login):
    dynamic = codec.to_dynamic(STATIC, 25_000, bill_number="PJ-20261123-0001")
    assert qris.read_static_image(login("pengurus"), png(["https://example.com/menu", dynamic, OTHER])) \
        .payload == OTHER


def test_a_picture_without_a_qr_code_is_refused(login):
    img = Image.new("RGB", (400, 300), "white")
    ImageDraw.Draw(img).rectangle((40, 40, 200, 160), fill="black")
    out = io.BytesIO()
    img.save(out, "PNG")
    with pytest.raises(DomainError) as e:
        qris.read_static_image(login("pengurus"), out.getvalue())
    assert e.value.code == "no_qr_found"


def test_qr_codes_that_are_not_a_static_qris_are_refused_with_every_reason(login):
    dynamic = codec.to_dynamic(STATIC, 25_000)
    with pytest.raises(DomainError) as e:
        qris.read_static_image(login("pengurus"), png(["https://example.com/bukan-qris", dynamic]))
    assert e.value.code == "no_static_qris"
    assert e.value.message.startswith("Gambar berisi kode QR, tetapi bukan QRIS statis yang bisa dipakai: ")
    assert len(e.value.details) == 2
    with pytest.raises(DomainError) as dyn:
        codec.check_static(dynamic)
    assert dyn.value.message in e.value.details


def test_only_who_sets_up_qris_may_read_a_sticker(login):
    with pytest.raises(PermissionDenied):
        qris.read_static_image(login("kasir"), png([STATIC]))

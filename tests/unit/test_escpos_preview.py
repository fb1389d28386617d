"""The ESC/POS preview decoder and renderer, against the bytes python-escpos really emits."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", tempfile.gettempdir())

import pytest  # noqa: E402
import qrcode  # noqa: E402
import zxingcpp  # noqa: E402
from escpos.printer import Dummy  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from PIL import Image, ImageChops  # noqa: E402

from app.devices.escpos_preview import (  # noqa: E402
    MAX_IMAGE_HEIGHT,
    Cut,
    DrawerKick,
    Feed,
    Line,
    QrCode,
    decode,
    render,
)


def job(build) -> bytes:
    p = Dummy()
    build(p)
    return p.output


def qr_picture(payload: str, box: int = 4) -> Image.Image:
    code = qrcode.QRCode(box_size=box, border=2)
    code.add_data(payload)
    code.make(fit=True)
    return code.make_image().get_image().convert("1")


def read_qr(im: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(im)]


def ink(im: Image.Image, box: tuple[int, int, int, int]) -> bool:
    """True when the region holds any dark pixel."""
    return im.crop(box).getextrema()[0] < 128


# -- text and styles ------------------------------------------------------------------------


def test_plain_text_lines_in_order_with_code_page_selection_ignored():
    data = job(lambda p: (p.textln("Kopdes Merah Putih"), p.text("Jl. Desa 1\n"), p.ln(2),
                          p.control("LF"), p.textln("akhir")))
    assert data.startswith(b"\x1bt\x00")  # python-escpos selects a code page before text
    d = decode(data)
    assert d.text_lines() == ["Kopdes Merah Putih", "Jl. Desa 1", "", "", "", "akhir"]
    assert d.unknown == () and d.notes == ()
    assert [line.lines_before for line in d.lines] == list(range(6))


def test_styles_set_by_set_are_on_the_lines():
    def build(p):
        p.set(align="center", bold=True)
        p.textln("center bold")
        p.set(align="right", bold=False, underline=1)
        p.textln("right u1")
        p.set(align="left", underline=2)
        p.textln("u2")
        p.set(underline=0, double_height=True)
        p.textln("dh")
        p.set(double_width=True)
        p.textln("dw")
        p.set(double_width=True, double_height=True)
        p.textln("2x")
        p.set(custom_size=True, width=3, height=5)
        p.textln("3x5")
        p.set(normal_textsize=True, invert=True, font="b")
        p.textln("inv b")
        p.set_with_default()
        p.textln("default")

    lines = decode(job(build)).lines
    got = {ln.text: ln for ln in lines}
    assert (got["center bold"].align, got["center bold"].bold) == ("center", True)
    assert (got["right u1"].align, got["right u1"].bold, got["right u1"].underline) == (
        "right", False, 1)
    assert got["u2"].underline == 2 and got["u2"].align == "left"
    assert (got["dh"].double_height, got["dh"].double_width) == (True, False)
    assert (got["dw"].double_height, got["dw"].double_width) == (False, True)
    assert (got["2x"].width, got["2x"].height) == (2, 2)
    assert (got["3x5"].width, got["3x5"].height) == (3, 5)
    assert (got["inv b"].invert, got["inv b"].font, got["inv b"].width) == (True, "b", 1)
    plain = got["default"]
    assert (plain.align, plain.bold, plain.underline, plain.width, plain.height, plain.invert,
            plain.font) == ("left", False, 0, 1, 1, False, "a")


def test_size_change_by_esc_bang_clears_bold_as_the_printer_does():
    # set(double_height=True) is sent as ESC ! 0x10, which also resets emphasis/underline/font:
    # bold set by an earlier set() call is gone on a real printer.
    def build(p):
        p.set(bold=True, underline=1)
        p.set(double_height=True)
        p.textln("big")
        p.set(double_height=True, bold=True)  # in one call the bold comes after the size
        p.textln("big bold")

    big, big_bold = decode(job(build)).lines
    assert (big.double_height, big.bold, big.underline) == (True, False, 0)
    assert (big_bold.double_height, big_bold.bold) == (True, True)


def test_style_changes_inside_a_line_are_runs():
    def build(p):
        p.set(bold=True)
        p.text("Total: ")
        p.set(bold=False)
        p.textln("Rp12.500")

    (line,) = decode(job(build)).lines
    assert line.text == "Total: Rp12.500"
    assert [(r.text, r.style.bold) for r in line.runs] == [("Total: ", True), ("Rp12.500", False)]
    assert line.mixed and line.bold  # the line's style is its first run's


def test_alignment_is_taken_when_the_line_starts():
    def build(p):
        p.set(align="center")
        p.text("ab")
        p.set(align="right")
        p.textln("cd")

    (line,) = decode(job(build)).lines
    assert (line.text, line.align) == ("abcd", "center")


def test_bytes_above_0x7f_decode_by_code_page():
    d = decode(job(lambda p: (p.textln("Héllo ü"), p.textln("a€"))))
    assert d.text_lines() == ["Héllo ü", "a€"]  # cp437 and, for €, the page python-escpos picks
    assert decode(b"\x9a\x81\n").text_lines() == ["Üü"]  # no ESC t: cp437


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="ab XZ09áéñüÄÖß€£¥çøÅ", max_size=20), max_size=4))
def test_non_ascii_text_round_trips_through_python_escpos_code_page_switching(lines):
    assert decode(job(lambda p: [p.textln(line) for line in lines])).text_lines() == lines


def test_line_spacing_feeds_and_tabs():
    def build(p):
        p.line_spacing(40)
        p.textln("wide")
        p.line_spacing()
        p.textln("normal")
        p.print_and_feed(3)
        p.control("HT")  # python-escpos sets tab stops (ESC D) but sends no HT
        p._raw(b"a\tb\n")

    d = decode(job(build))
    assert [(ln.text, ln.spacing) for ln in d.lines[:2]] == [("wide", 40), ("normal", 30)]
    (feed,) = d.feeds
    assert (feed.lines, feed.dots, feed.lines_before) == (3, 90, 2)
    assert d.lines[2].text == "a" + " " * 7 + "b"
    assert d.unknown == ()


def test_init_resets_styles_and_drops_text_not_yet_printed():
    def build(p):
        p.set(bold=True, align="right", invert=True)
        p.text("lost")
        p.hw("INIT")
        p.textln("fresh")

    d = decode(job(build))
    (line,) = d.lines
    assert (line.text, line.bold, line.align, line.invert) == ("fresh", False, "left", False)
    assert any("lost" in n for n in d.notes)


def test_text_without_line_feed_at_the_end_is_shown_and_noted():
    d = decode(job(lambda p: p.text("tail")))
    assert d.text_lines() == ["tail"]
    assert any("without a line feed" in n for n in d.notes)


# -- cuts, drawer, feeds ---------------------------------------------------------------------


def test_cuts_and_their_kinds():
    def build(p):
        p.textln("a")
        p.cut()
        p.textln("b")
        p.cut(mode="PART")
        p.cut(feed=False)  # quirk: GS V 66 0, a partial cut whatever the mode

    d = decode(job(build))
    assert [c.kind for c in d.cuts] == ["full", "partial", "partial"]
    assert [c.lines_before for c in d.cuts] == [1, 2, 2]
    assert [type(b) for b in d.blocks] == [Line, Feed, Cut, Line, Feed, Cut, Cut]
    assert d.feeds[0].lines == 6  # cut() feeds six lines first (ESC d 6)


def test_drawer_kicks_on_pin_2_and_5():
    d = decode(job(lambda p: (p.textln("x"), p.cashdraw(2), p.cashdraw(5))))
    assert d.drawer_pins() == [2, 5]
    assert d.drawer_kicks[0] == DrawerKick(2, 100, 100, d.drawer_kicks[0].offset, 1)


def test_realtime_drawer_pulse():
    assert decode(b"\x10\x14\x01\x01\x03").drawer_pins() == [5]


# -- QR codes and images ---------------------------------------------------------------------


def test_native_qr_payload_and_settings():
    def build(p):
        p.set(align="center")
        p.textln("scan")
        p.qr("https://kopdes.example/s/PJ-20261123-0042", native=True, size=6, ec=2)
        p.textln("after")

    d = decode(job(build))
    (qr,) = d.qr_codes
    assert qr.payload == "https://kopdes.example/s/PJ-20261123-0042"
    assert (qr.module_size, qr.ec, qr.model, qr.align, qr.lines_before) == (6, "Q", 2, "center", 1)
    assert d.text_lines() == ["scan", "after"]
    assert read_qr(render(d, 384)) == [qr.payload]


def test_native_qr_defaults_and_unicode_payload():
    data = job(lambda p: p.qr("Rp12.500 — lunas", native=True))
    d = decode(data)
    printed_at = data.rindex(b"\x1d(k")  # the record points at the print function (81)
    assert d.qr_codes[0] == QrCode("Rp12.500 — lunas".encode(), 3, "L", 2, "left", printed_at, 0)
    assert d.qr_payloads() == ["Rp12.500 — lunas"]


@pytest.mark.parametrize("width", [384, 576])
def test_raster_qr_from_qr_native_false_reads_back(width):
    payload = "00020101021126570011ID.DANA.WWW0118936009153000000000"
    d = decode(job(lambda p: p.qr(payload, native=False, size=4)))
    (img,) = d.images
    assert img.kind == "raster" and d.qr_codes == ()
    assert d.text_lines() == ["", "", ""]  # qr() wraps the image in line feeds
    assert read_qr(render(d, width)) == [payload]


@pytest.mark.parametrize("impl,kind", [("bitImageRaster", "raster"), ("graphics", "graphics"),
                                       ("bitImageColumn", "column")])
def test_images_decode_dot_for_dot_and_read_back(impl, kind):
    picture = qr_picture("KOPDES-STRUK-0042")
    d = decode(job(lambda p: (p.textln("logo"), p.image(picture, impl=impl), p.textln("end"))))
    (img,) = d.images
    assert (img.kind, img.lines_before, img.scale_x, img.scale_y) == (kind, 1, 1, 1)
    assert d.text_lines() == ["logo", "end"]
    # raster pads the width to whole bytes, column mode the height to whole 24-dot bands
    assert img.width >= picture.width and img.height >= picture.height
    same = img.image.crop((0, 0, picture.width, picture.height))
    assert ImageChops.difference(same.convert("L"), picture.convert("L")).getbbox() is None
    assert read_qr(render(d, 384)) == ["KOPDES-STRUK-0042"]


def test_images_taller_than_a_fragment_arrive_in_pieces():
    tall = Image.new("1", (64, 100), 0)
    d = decode(job(lambda p: p.image(tall, fragment_height=40)))
    assert [i.height for i in d.images] == [40, 40, 20]


def test_graphics_length_overflow_from_python_escpos_is_recovered():
    # GS ( L carries a 2-byte length: 576 x 960 dots overflow it and python-escpos wraps it.
    picture = Image.new("1", (576, 960), 1)
    picture.paste(0, (0, 0, 576, 10))
    data = job(lambda p: (p.image(picture, impl="graphics"), p.textln("after")))
    d = decode(data)
    (img,) = d.images
    assert img.image.size == (576, 960)
    assert d.text_lines() == ["after"] and d.unknown == ()
    assert any("modulo 65536" in n for n in d.notes)


def test_double_density_raster_is_scaled():
    data = b"\x1dv0\x03\x01\x00\x02\x00\xff\x80"  # quadruple: 8x2 bits -> 16x4 dots
    (img,) = decode(data).images
    assert (img.scale_x, img.scale_y, img.image.size) == (2, 2, (16, 4))


def test_eight_dot_column_image_is_stretched_like_the_printer():
    # ESC * 0: 8-dot single density, each bit about 2 dots wide and 3 high on a 203 dpi head
    (img,) = decode(b"\x1b*\x00\x02\x00\x80\x01\n").images
    assert (img.kind, img.image.size) == ("column", (4, 24))
    assert img.image.getpixel((0, 0)) == 0 and img.image.getpixel((3, 23)) == 0
    assert img.image.getpixel((3, 0)) == 255


def test_hardware_barcode_is_recorded_and_unsupported_2d_symbols_are_unknown():
    d = decode(job(lambda p: (p.barcode("4006381333931", "EAN13"), p.textln("x"))))
    (bc,) = d.barcodes
    assert (bc.symbology, bc.data, bc.hri, bc.align) == ("EAN13", "4006381333931", "below",
                                                         "center")
    pdf417 = decode(b"\x1d(k\x05\x000P0ab\x1d(k\x03\x000Q0")
    assert pdf417.qr_codes == () and "PDF417" in pdf417.unknown[0].reason


def test_image_follows_alignment():
    d = decode(job(lambda p: (p.set(align="center"), p.image(Image.new("1", (80, 8), 0)))))
    assert d.images[0].align == "center"
    im = render(d, 384)
    assert ink(im, (152, 8, 232, 16)) and not ink(im, (0, 0, 150, im.height))


# -- rendering --------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [384, 576])
def test_render_is_paper_width_white_with_black_print(width):
    im = render(job(lambda p: p.textln("Halo")), width)
    assert im.width == width and im.mode == "L"
    assert im.getpixel((width - 1, 0)) == 255 and im.getextrema()[0] == 0


def test_32_columns_fit_58mm_paper_and_33_wrap():
    one = render(job(lambda p: p.textln("W")), 384)
    full = render(job(lambda p: p.textln("8" * 32)), 384)
    over = render(job(lambda p: p.textln("8" * 33)), 384)
    assert full.height == one.height < over.height
    assert ink(full, (372, 0, 384, full.height))  # the 32nd cell is printed
    wide = render(job(lambda p: p.textln("8" * 48)), 576)
    assert wide.height == one.height


def test_alignment_and_scale_and_invert_on_paper():
    def build(p):
        p.set(align="right")
        p.textln("R")
        p.set(align="center", double_width=True, double_height=True)
        p.textln("C")
        p.set_with_default(invert=True)
        p.textln("    ")

    im = render(job(build), 384)
    top = 8  # blank margin above the job
    assert ink(im, (372, top, 384, top + 24)) and not ink(im, (0, top, 370, top + 24))
    big = (top + 30, top + 30 + 48)  # a 24x48 cell in the middle
    assert ink(im, (180, big[0], 204, big[1])) and not ink(im, (0, big[0], 178, big[1]))
    inv = top + 30 + 54
    assert im.crop((0, inv, 48, inv + 24)).getextrema() == (0, 0)  # four inverted spaces


def test_cut_and_drawer_are_marked_in_grey():
    plain = render(job(lambda p: p.textln("a")), 384)
    marked = render(job(lambda p: (p.textln("a"), p.cashdraw(2), p.cut(feed=False))), 384)
    assert marked.height > plain.height
    extra = marked.crop((0, plain.height - 8, 384, marked.height))
    darkest = extra.getextrema()[0]
    assert 0 < darkest < 255  # grey annotations, not black print


# -- robustness -------------------------------------------------------------------------------


def test_unknown_commands_are_listed_and_text_goes_on():
    d = decode(b"ab\x1b\xffcd\n\x1d\xfe\x07ef\n")
    assert d.text_lines() == ["abcd", "ef"]
    assert [(u.offset, u.hex) for u in d.unknown] == [(2, "1b ff"), (7, "1d fe"), (9, "07")]


def test_every_truncation_of_a_real_job_decodes():
    def build(p):
        p.hw("INIT")
        p.set(align="center", bold=True)
        p.textln("KOPDES")
        p.qr("hello", native=True)
        p.image(Image.new("1", (16, 4), 0))
        p.image(Image.new("1", (16, 4), 0), impl="graphics")
        p.image(Image.new("1", (16, 4), 0), impl="bitImageColumn")
        p.cashdraw(2)
        p.cut()

    data = job(build)
    for end in range(len(data) + 1):
        d = decode(data[:end])
        render(d, 384)
    assert decode(data[:-1]).unknown[-1].reason.startswith("GS V (cut): truncated")
    assert decode(data).unknown == ()


def test_empty_and_absurd_images_are_refused_not_allocated():
    empty = decode(b"\x1dv0\x00\x00\x00\x05\x00after\n")
    assert empty.images == () and empty.text_lines() == ["after"]
    tall = MAX_IMAGE_HEIGHT + 1
    huge = b"\x1dv0\x00\x01\x00" + tall.to_bytes(2, "little") + bytes(tall) + b"ok\n"
    d = decode(huge)
    assert d.images == () and d.text_lines() == ["ok"]
    assert "refused" in d.unknown[0].reason
    promised = decode(b"\x1dv0\x00\xff\xff\xff\xff" + bytes(100))  # 4 GB promised, 100 sent
    assert promised.images == () and "truncated" in promised.unknown[0].reason
    wide = decode(job(lambda p: p.image(Image.new("1", (1000, 4), 0))))
    assert render(wide, 384).width == 384  # cropped at the paper's edge


COMMANDS = [b"\x1b", b"\x1d", b"\x1c", b"\x10", b"\x1dv0", b"\x1d(k", b"\x1d(L", b"\x1d8L",
            b"\x1b*", b"\x1bD", b"\x1b&", b"\x1dk", b"\x1dV", b"\x1bp", b"\x1b!", b"\x1d!",
            b"\x10\x14", b"\x1cq", b"\x1b(", b"\n", b"\t", b"A"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.binary(max_size=40), st.sampled_from(COMMANDS)), max_size=30))
def test_decode_never_raises(chunks):
    d = decode(b"".join(chunks))
    assert all(u.offset >= 0 for u in d.unknown)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=300))
def test_render_never_raises(data):
    assert render(data, 384).width == 384


ASCII_LINE = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)


@settings(max_examples=100, deadline=None)
@given(st.lists(ASCII_LINE, max_size=12))
def test_text_round_trips(lines):
    data = job(lambda p: [p.textln(line) for line in lines])
    assert decode(data).text_lines() == lines

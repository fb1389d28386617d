"""QRIS: reading payloads, checking an outlet's static QRIS, making the dynamic one. Pure.

- `parse(payload)` reads any EMV Merchant-Presented Mode payload (a foreign one too,
  then `is_qris` is false) for display and support.
- `check_static(payload)` accepts only a usable static QRIS of an outlet (the
  sticker) and says exactly why anything else is refused.
- `to_dynamic(static, amount_rp, bill_number)` makes the per-sale QRIS as
  REFERENCE.md says: 01 -> "12", 54 right after 53, 55-57 never emitted (Bank Indonesia
  forbids surcharging the buyer), every other tag kept in its order, CRC recomputed.
- `build_static(...)` makes a valid static QRIS for tests and the demo outlet.

Decisions: a CRC written in lowercase hex is accepted (it is the same number; what
we emit is always uppercase). The national-repository template 51 may say
ID.CO.QRIS.WWW or, on older stickers, ID.OR.GPNQR.WWW. Surrounding whitespace
(a scanner's newline) is ignored. Amounts are integer rupiah; "10000.00" reads as
10000, "10000.50" is refused.

Error codes (besides those of `qris_tlv`): qris_order, qris_missing_tag,
qris_bad_value, qris_bad_crc, qris_dynamic, qris_has_amount, qris_bad_amount,
qris_bad_bill_number, qris_too_long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.domain.errors import DomainError
from app.domain.qris_tlv import (
    CRC_ID, TEMPLATE_IDS, Tag, crc16, crc_hex, parse_tags, serialize, with_crc,
)

__all__ = [
    "Parsed", "StaticQris", "Tag", "acquirer_name", "build_static", "check_static", "crc16",
    "crc_hex", "parse", "parse_tags", "serialize", "to_dynamic", "with_crc",
    "MERCHANT_SIZES", "MAX_AMOUNT_RP", "TEMPLATE_IDS",
]

QRIS_GUIDS = ("ID.CO.QRIS.WWW", "ID.OR.GPNQR.WWW")
MERCHANT_SIZES = {
    "UMI": "Usaha Mikro", "UKE": "Usaha Kecil", "UME": "Usaha Menengah",
    "UBE": "Usaha Besar", "URE": "Reguler",
}
MAX_AMOUNT_RP = 9_999_999_999
MAX_BILL_CHARS = 25
MAX_PAYLOAD_CHARS = 512  # EMV MPM
ACCOUNT_IDS = tuple(f"{i:02d}" for i in range(26, 46))  # merchant account templates of PJP/acquirers

# Acquirer (PJP) names by the GUID in sub-tag 00 and by the NNS (first 8 digits of the
# merchant PAN in sub-tag 01) of a merchant account template. PARTIAL on purpose: only
# pairs seen on real stickers are listed; anything else is shown raw (GUID / NNS).
# The NNS of a bank is "9360" + its 4-digit BI bank code (Mandiri 008, BSI 451...).
_ACQUIRER_BY_GUID = {
    "ID.CO.BANKMANDIRI.WWW": "Bank Mandiri",
    "ID.CO.BRI.WWW": "BRI",
    "ID.CO.BNI.WWW": "BNI",
    "ID.CO.BCA.WWW": "BCA",
    "ID.CO.BANKBSI.WWW": "BSI",
    "ID.CO.MANDIRISYARIAH.WWW": "BSI",  # the former Bank Syariah Mandiri, same NNS
    "ID.DANA.WWW": "DANA",
    "ID.CO.SHOPEE.WWW": "ShopeePay",
    "COM.GO-JEK.WWW": "GoPay",
    "ID.LINKAJA.WWW": "LinkAja",
    "COM.TELKOMSEL.WWW": "LinkAja",  # TCASH stickers, same NNS
}
_ACQUIRER_BY_NNS = {
    "93600008": "Bank Mandiri", "93600002": "BRI", "93600009": "BNI", "93600014": "BCA",
    "93600451": "BSI", "93600915": "DANA", "93600918": "ShopeePay", "93600914": "GoPay",
    "93600911": "LinkAja",
}
_NNS_OF_GUID = {"ID.CO.BANKMANDIRI.WWW": "93600008", "ID.CO.BRI.WWW": "93600002",
                "ID.CO.BNI.WWW": "93600009", "ID.CO.BCA.WWW": "93600014",
                "ID.CO.BANKBSI.WWW": "93600451", "ID.DANA.WWW": "93600915",
                "ID.CO.SHOPEE.WWW": "93600918", "COM.GO-JEK.WWW": "93600914",
                "ID.LINKAJA.WWW": "93600911"}

_NMID = re.compile(r"ID[0-9]{10,15}\Z")  # usually ID + 13 digits; older ones differ a little
_MCC = re.compile(r"[0-9]{4}\Z")
_AMOUNT = re.compile(r"([0-9]+)(?:\.([0-9]*))?\Z")
_PAN = re.compile(r"[0-9]{16,19}\Z")


@dataclass(frozen=True)
class Parsed:
    """Any EMV MPM payload, read. `tags` is the nested dict view of `tlv`."""

    payload: str
    tlv: tuple[Tag, ...]
    crc: str               # as written
    crc_expected: str
    crc_ok: bool
    is_qris: bool          # has a template 26-51 whose GUID is the QRIS repository
    dynamic: bool          # 01 = "12"
    merchant_name: str | None
    merchant_city: str | None
    postal_code: str | None
    nmid: str | None
    mcc: str | None
    currency: str | None
    country: str | None
    amount_rp: int | None  # tag 54 in rupiah (only when the currency is 360)
    acquirer: str | None

    @property
    def tags(self) -> dict[str, Any]:
        return {t.id: ({s.id: s.value for s in t.subtags} if t.id in TEMPLATE_IDS else t.value)
                for t in self.tlv}


@dataclass(frozen=True)
class StaticQris:
    """An outlet's static QRIS that `check_static` accepted."""

    payload: str
    merchant_name: str
    city: str
    postal_code: str | None
    nmid: str
    merchant_size: str        # UMI/UKE/UME/UBE/URE
    merchant_size_label: str  # "Usaha Mikro"...
    mcc: str
    acquirer: str | None      # "DANA", or the raw "GUID / NNS" when not in the table
    acquirer_guid: str | None
    acquirer_nns: str | None
    is_dynamic: bool
    crc: str


# --- reading ------------------------------------------------------------------------

def _structure(payload: str) -> tuple[str, tuple[Tag, ...]]:
    """Parse and check what every EMV MPM payload must satisfy: 00 first, a well-formed
    63 last. (Whether 00 says "01" is QRIS's business: foreign samples say "02".)"""
    if not isinstance(payload, str):
        raise TypeError("a QRIS payload is text")
    text = payload.strip()
    if not text:
        raise DomainError("qris_empty", "Data QRIS kosong.")
    tags = parse_tags(text)
    ids = [t.id for t in tags]
    if "00" not in ids:
        raise DomainError("qris_missing_tag", "Tag 00 (versi format) tidak ada: ini bukan data QRIS/EMV.")
    if ids[0] != "00":
        raise DomainError("qris_order", "Tag 00 (versi format) harus paling depan, "
                                        f"tetapi data dimulai dengan tag {ids[0]}.")
    if CRC_ID not in ids:
        raise DomainError("qris_missing_tag", "Tag 63 (CRC) tidak ada; data QRIS mungkin terpotong.")
    if ids[-1] != CRC_ID:
        after = ids[ids.index(CRC_ID) + 1]
        raise DomainError("qris_order", f"Tag 63 (CRC) harus paling akhir, tetapi setelahnya masih ada tag {after}.")
    crc = tags[-1].value
    if not re.fullmatch(r"[0-9A-Fa-f]{4}", crc):
        raise DomainError("qris_bad_crc", f"Tag 63 (CRC) harus 4 digit heksadesimal, tertulis {crc!r}.")
    return text, tags


def _require_format_01(tags: tuple[Tag, ...]) -> None:
    if tags[0].value != "01":
        raise _bad("Tag 00 (versi format)", "\"01\"", tags[0].value)


def _require_crc(text: str, tags: tuple[Tag, ...]) -> str:
    written, expected = tags[-1].value, crc_hex(text[:-4])
    if written.upper() != expected:
        raise DomainError("qris_bad_crc",
                          f"CRC salah: tertulis {written}, seharusnya {expected}. Data QRIS rusak atau diubah.")
    return expected


def _find(tags: tuple[Tag, ...], tag_id: str) -> Tag | None:
    return next((t for t in tags if t.id == tag_id), None)


def _value(tags: tuple[Tag, ...], tag_id: str) -> str | None:
    tag = _find(tags, tag_id)
    return None if tag is None else tag.value


def _qris_template(tags: tuple[Tag, ...]) -> Tag | None:
    """The national repository template: 51 normally, any of 26-51 on odd generators."""
    candidates = [t for t in tags if "26" <= t.id <= "51" and t.sub("00") in QRIS_GUIDS]
    return next((t for t in candidates if t.id == "51"), candidates[0] if candidates else None)


def _amount_rp(value: str) -> int:
    m = _AMOUNT.match(value)
    if not m or not value:
        raise DomainError("qris_bad_amount", f"Nominal di tag 54 tidak sah: {value!r}.")
    if m.group(2) and m.group(2).strip("0"):
        raise DomainError("qris_bad_amount",
                          f"Nominal di tag 54 ({value}) mengandung sen; rupiah harus bilangan bulat.")
    return int(m.group(1))


def acquirer_name(tags: tuple[Tag, ...]) -> tuple[str | None, str | None, str | None]:
    """(name, GUID, NNS) of the first merchant account template 26-45 that is not the QRIS
    repository. The name is from the (partial) table, else the raw GUID / NNS."""
    for t in tags:
        if t.id in ACCOUNT_IDS and t.sub("00") not in QRIS_GUIDS:
            guid = t.sub("00")
            pan = t.sub("01") or ""
            nns = pan[:8] if _PAN.match(pan) else None
            name = _ACQUIRER_BY_GUID.get(guid or "") or _ACQUIRER_BY_NNS.get(nns or "")
            if name is None:
                name = " / ".join(x for x in (guid, f"NNS {nns}" if nns else None) if x) or f"tag {t.id}"
            return name, guid, nns
    return None, None, None


def parse(payload: str) -> Parsed:
    """Read any EMV MPM payload. Structure errors are refused; a wrong CRC is reported
    (`crc_ok`), not refused."""
    text, tags = _structure(payload)
    written, expected = tags[-1].value, crc_hex(text[:-4])
    qris = _qris_template(tags)
    currency = _value(tags, "53")
    amount = _value(tags, "54")
    return Parsed(
        payload=text, tlv=tags, crc=written, crc_expected=expected,
        crc_ok=written.upper() == expected, is_qris=qris is not None,
        dynamic=_value(tags, "01") == "12",
        merchant_name=_value(tags, "59"), merchant_city=_value(tags, "60"),
        postal_code=_value(tags, "61"), nmid=qris.sub("02") if qris else None,
        mcc=_value(tags, "52"), currency=currency, country=_value(tags, "58"),
        amount_rp=_amount_rp(amount) if amount is not None and currency == "360" else None,
        acquirer=acquirer_name(tags)[0],
    )


# --- the outlet's static QRIS --------------------------------------------------------

def _need(tags: tuple[Tag, ...], tag_id: str, what: str) -> str:
    value = _value(tags, tag_id)
    if value is None:
        raise DomainError("qris_missing_tag", f"Tag {tag_id} ({what}) tidak ada di QRIS ini.")
    return value


def _bad(what: str, wanted: str, value: str) -> DomainError:
    return DomainError("qris_bad_value", f"{what} harus {wanted}, tertulis {value!r}.")


def check_static(payload: str) -> StaticQris:
    """Accept an outlet's static QRIS (the sticker) or refuse it with the exact reason."""
    text, tags = _structure(payload)
    _require_format_01(tags)
    crc = _require_crc(text, tags)
    method = _need(tags, "01", "metode: 11 statis, 12 dinamis")
    if method == "12":
        raise DomainError("qris_dynamic",
                          "QRIS ini dinamis (tag 01 = 12), hanya untuk satu transaksi. "
                          "Yang didaftarkan adalah QRIS statis gerai (stiker, tag 01 = 11).")
    if method != "11":
        raise _bad("Tag 01 (metode)", "\"11\" (statis)", method)
    if (amount := _value(tags, "54")) is not None:
        raise DomainError("qris_has_amount",
                          f"QRIS statis ini sudah berisi nominal (tag 54 = {amount}); "
                          "QRIS gerai tidak boleh bernominal tetap.")
    t51 = _find(tags, "51")
    if t51 is None:
        raise DomainError("qris_missing_tag",
                          "Tag 51 (ID.CO.QRIS.WWW dengan NMID) tidak ada: ini bukan QRIS yang terdaftar.")
    if t51.sub("00") not in QRIS_GUIDS:
        raise _bad("Sub-tag 00 di tag 51", "ID.CO.QRIS.WWW", t51.sub("00") or "")
    nmid = t51.sub("02")
    if nmid is None:
        raise DomainError("qris_missing_tag", "NMID (sub-tag 02 di tag 51) tidak ada.")
    if not _NMID.match(nmid):
        raise _bad("NMID (sub-tag 02 di tag 51)", "\"ID\" diikuti 10-15 angka", nmid)
    size = t51.sub("03")
    if size is None:
        raise DomainError("qris_missing_tag", "Kriteria merchant (sub-tag 03 di tag 51) tidak ada.")
    if size not in MERCHANT_SIZES:
        raise _bad("Kriteria merchant (sub-tag 03 di tag 51)", "UMI, UKE, UME, UBE atau URE", size)
    mcc = _need(tags, "52", "kode kategori merchant")
    if not _MCC.match(mcc):
        raise _bad("Tag 52 (kode kategori merchant)", "4 angka", mcc)
    if (currency := _need(tags, "53", "mata uang")) != "360":
        raise _bad("Tag 53 (mata uang)", "360 (Rupiah)", currency)
    if (country := _need(tags, "58", "negara")) != "ID":
        raise _bad("Tag 58 (negara)", "ID", country)
    name = _need(tags, "59", "nama merchant")
    if not name.strip() or len(name) > 25:
        raise _bad("Tag 59 (nama merchant)", "1-25 karakter", name)
    city = _need(tags, "60", "kota")
    if not city.strip() or len(city) > 15:
        raise _bad("Tag 60 (kota)", "1-15 karakter", city)
    acquirer, guid, nns = acquirer_name(tags)
    return StaticQris(
        payload=text, merchant_name=name, city=city, postal_code=_value(tags, "61"), nmid=nmid,
        merchant_size=size, merchant_size_label=MERCHANT_SIZES[size], mcc=mcc,
        acquirer=acquirer, acquirer_guid=guid, acquirer_nns=nns, is_dynamic=False, crc=crc,
    )


# --- the dynamic QRIS of one sale -----------------------------------------------------

def _check_amount(amount_rp: object) -> str:
    if type(amount_rp) is not int:
        raise DomainError("qris_bad_amount",
                          f"Nominal QRIS harus bilangan bulat rupiah, bukan {amount_rp!r}.")
    if not 0 < amount_rp <= MAX_AMOUNT_RP:
        raise DomainError("qris_bad_amount",
                          f"Nominal QRIS harus antara Rp1 dan Rp{MAX_AMOUNT_RP:,}".replace(",", ".")
                          + f"; tertulis {amount_rp}.")
    return str(amount_rp)


def _check_bill(bill: object) -> str:
    if not isinstance(bill, str) or not 1 <= len(bill) <= MAX_BILL_CHARS \
            or not all(" " <= ch <= "~" for ch in bill):
        raise DomainError("qris_bad_bill_number",
                          f"Nomor tagihan untuk QRIS harus 1-{MAX_BILL_CHARS} karakter ASCII yang tercetak, "
                          f"bukan {bill!r}.")
    return bill


def _with_bill(t62: Tag, bill: str) -> Tag:
    subs = [s for s in t62.subtags if s.id != "01"]
    if t62.sub("01") is not None:
        subs.insert(next(i for i, s in enumerate(t62.subtags) if s.id == "01"), Tag("01", bill))
    else:
        subs.insert(next((i for i, s in enumerate(subs) if s.id > "01"), len(subs)), Tag("01", bill))
    if len(serialize(subs)) > 99:
        raise DomainError("qris_bad_bill_number",
                          f"Nomor tagihan {bill!r} tidak muat di tag 62 (data tambahan paling panjang 99 karakter).")
    return Tag.template("62", subs)


def to_dynamic(static_payload: str, amount_rp: int, bill_number: str | None = None) -> str:
    """The QRIS a buyer scans for one sale: the outlet's QRIS with the amount fixed.
    Applied to a dynamic QRIS it replaces the amount (and the bill number, if given)."""
    amount = _check_amount(amount_rp)
    bill = None if bill_number is None else _check_bill(bill_number)
    text, tags = _structure(static_payload)
    _require_format_01(tags)
    _require_crc(text, tags)
    if (currency := _need(tags, "53", "mata uang")) != "360":
        raise _bad("Tag 53 (mata uang)", "360 (Rupiah)", currency)
    has_01 = _find(tags, "01") is not None
    out: list[Tag] = []
    for t in tags:
        if t.id in ("54", "55", "56", "57", CRC_ID):
            continue
        if t.id == "01":
            t = Tag("01", "12")
        elif t.id == "62" and bill is not None:
            t = _with_bill(t, bill)
        out.append(t)
        if t.id == "00" and not has_01:
            out.append(Tag("01", "12"))
        elif t.id == "53":
            out.append(Tag("54", amount))
    if bill is not None and _find(tags, "62") is None:
        at = next((i for i, t in enumerate(out) if t.id > "62"), len(out))
        out.insert(at, Tag.template("62", [Tag("01", bill)]))
    payload = with_crc(out)
    if len(payload) > MAX_PAYLOAD_CHARS:
        raise DomainError("qris_too_long",
                          f"QRIS dinamis menjadi {len(payload)} karakter; paling panjang {MAX_PAYLOAD_CHARS}.")
    return payload


# --- static payloads for tests and the demo outlet ------------------------------------

def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return str(-total % 10)


def build_static(merchant_name: str, city: str, nmid: str, *, merchant_size: str = "UMI",
                 mcc: str = "5411", postal_code: str | None = None,
                 acquirer_guid: str = "ID.CO.BANKMANDIRI.WWW", merchant_pan: str | None = None,
                 terminal_label: str | None = None) -> str:
    """A valid static QRIS: 00, 01 = 11, 26 (acquirer GUID, PAN, merchant id, size),
    51 (ID.CO.QRIS.WWW, NMID, size), 52, 53 = 360, 58 = ID, 59, 60, [61], [62.07], 63.
    The PAN defaults to the acquirer's NNS + the last 9 digits of the NMID + a Luhn digit."""
    digits = nmid[2:] if nmid.startswith("ID") else nmid
    merchant_id = digits[-9:]
    if merchant_pan is None:
        merchant_pan = _NNS_OF_GUID.get(acquirer_guid, "93600000") + merchant_id
        merchant_pan += _luhn_digit(merchant_pan) if merchant_pan.isdigit() else ""
    tags = [
        Tag("00", "01"), Tag("01", "11"),
        Tag.template("26", [Tag("00", acquirer_guid), Tag("01", merchant_pan),
                            Tag("02", merchant_id), Tag("03", merchant_size)]),
        Tag.template("51", [Tag("00", "ID.CO.QRIS.WWW"), Tag("02", nmid), Tag("03", merchant_size)]),
        Tag("52", mcc), Tag("53", "360"), Tag("58", "ID"), Tag("59", merchant_name), Tag("60", city),
    ]
    if postal_code is not None:
        tags.append(Tag("61", postal_code))
    if terminal_label is not None:
        tags.append(Tag.template("62", [Tag("07", terminal_label)]))
    return check_static(with_crc(tags)).payload

"""SHU (Sisa Hasil Usaha): the rules of the division and the arithmetic, pure.

- Only the member part of the year's SHU (from the PHU, member column) is divided by the
  allocation percentages, which must total exactly 100%. The non-member part goes whole to
  the reserves (cadangan), beside the cadangan part.
- Pools: member SHU x percentage per part, as exact fractions; the integer pools are
  the largest-remainder rounding of those fractions (ties by the order of PARTS), so they
  add up to the member SHU exactly.
- Per member: JMA = exact jasa-modal pool x member's savings basis / total; JUA = exact
  jasa-anggota pool x member's transaction share (with both bases: each basis's weight of
  the pool, split by that basis's share; a basis nobody used gives its weight to the
  other). Fractions all the way; each share is rounded once, at the end, by the largest
  remainder (ties by member number) so the shares add up exactly to the integer pool and
  no share is more than Rp1 away from its exact value.
- Jasa modal basis: pokok + wajib at the year's end, or their average daily balance over
  the year (the service measures it; members who joined during the year count from joining).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

from app.domain.clock import OutletZone
from app.domain.cooperative import CooperativeProfile
from app.domain.errors import DomainError

PARTS: tuple[tuple[str, str], ...] = (
    ("cadangan", "Cadangan"),
    ("jasa_modal", "Jasa modal anggota (JMA)"),
    ("jasa_anggota", "Jasa usaha anggota (JUA)"),
    ("dana_pengurus", "Dana pengurus"),
    ("dana_karyawan", "Dana karyawan"),
    ("dana_pendidikan", "Dana pendidikan"),
    ("dana_sosial", "Dana sosial"),
    ("dana_pembangunan", "Dana pembangunan daerah kerja"),
)
PART_KEYS = tuple(k for k, _ in PARTS)
PART_LABELS = dict(PARTS)
FUNDS = tuple(k for k in PART_KEYS if k.startswith("dana_"))
ALIASES = {"jma": "jasa_modal", "jua": "jasa_anggota", "jasa_usaha": "jasa_anggota", "pengurus": "dana_pengurus",
           "karyawan": "dana_karyawan", "pendidikan": "dana_pendidikan", "sosial": "dana_sosial",
           "pembangunan": "dana_pembangunan", "dana_pembangunan_daerah_kerja": "dana_pembangunan"}

# Totals exactly 100% (the often quoted 40/25/20/5/5/5/5 list totals 105%).
DEFAULT_ALLOCATION = {"cadangan": Decimal(30), "jasa_modal": Decimal(20), "jasa_anggota": Decimal(25),
                      "dana_pengurus": Decimal(5), "dana_karyawan": Decimal(5), "dana_pendidikan": Decimal(5),
                      "dana_sosial": Decimal(5), "dana_pembangunan": Decimal(5)}

JUA_BASES = {"pembelian": "Pembelian anggota", "bunga": "Jasa pinjaman yang dibayar",
             "keduanya": "Pembelian dan jasa pinjaman (berbobot)"}
JMA_BASES = {"akhir_tahun": "Simpanan pokok + wajib akhir tahun",
             "rata_rata": "Rata-rata saldo harian simpanan pokok + wajib"}
HUNDRED = Decimal(100)
ACCOUNTS = {"shu": "3105", "cadangan": "3104", "dana": "2105", "anggota": "2106"}


def parse_pct(value: object, what: str = "Persentase") -> Decimal:
    """'25', '2,5', '2.5', '2,5%' or a number -> Decimal; 0-100, at most 4 decimals."""
    if isinstance(value, bool):
        raise DomainError("bad_percent", f"{what} harus angka.")
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        pct = Decimal(text)
    except InvalidOperation:
        raise DomainError("bad_percent", f"{what} harus angka, bukan {value!r}.") from None
    if not pct.is_finite() or pct < 0 or pct > 100:
        raise DomainError("bad_percent", f"{what} harus antara 0 dan 100.")
    if pct != pct.quantize(Decimal("0.0001")):
        raise DomainError("bad_percent", f"{what} paling banyak 4 angka di belakang koma.")
    return Decimal(int(pct)) if pct == pct.to_integral() else pct.normalize()


def pct_text(pct: Decimal) -> str:
    text = format(pct.normalize(), "f")
    return text.replace(".", ",")


def check_allocation(values: Mapping[str, object]) -> dict[str, Decimal]:
    """Every part known, each 0-100, and the total exactly 100 (else refused, saying the total)."""
    out = {k: Decimal(0) for k in PART_KEYS}
    for raw, v in values.items():
        key = ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if key not in out:
            raise DomainError("unknown_part", f"Bagian SHU {raw!r} tidak dikenal (pilihan: {', '.join(PART_KEYS)}).")
        out[key] = parse_pct(v, PART_LABELS[key])
    total = sum(out.values(), Decimal(0))
    if total != HUNDRED:
        raise DomainError("allocation_total", f"Jumlah persentase pembagian SHU harus tepat 100%, "
                                              f"sekarang {pct_text(total)}%.")
    return out


def parse_alloc(text: str) -> dict[str, Decimal]:
    """'cadangan=30,jma=20,...' (a decimal comma is allowed: 'dana_sosial=2,5') -> the allocation."""
    pairs: list[list[str]] = []
    for token in (t.strip() for t in text.split(",")):
        if "=" in token:
            pairs.append(token.split("=", 1))
        elif token and pairs and re.fullmatch(r"\d+%?", token) and "." not in pairs[-1][1]:
            pairs[-1][1] += "," + token
        elif token:
            raise DomainError("bad_alloc", f"Bagian {token!r} harus berbentuk BAGIAN=PERSEN, mis. cadangan=30.")
    if not pairs:
        raise DomainError("bad_alloc", "Sebutkan pembagian, mis. cadangan=30,jasa_modal=20,jasa_anggota=25,…")
    found: dict[str, str] = {}
    for name, pct in pairs:
        key = ALIASES.get(name.strip().lower(), name.strip().lower())
        if key in found:
            raise DomainError("bad_alloc", f"Bagian {name.strip()!r} disebut dua kali.")
        found[key] = pct
    return check_allocation(found)


@dataclass(frozen=True)
class ShuRules:
    allocation: Mapping[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_ALLOCATION))
    jua_basis: str = "keduanya"
    weight_purchases: Decimal = Decimal(50)  # percent of the JUA pool by purchases (with "keduanya")
    weight_interest: Decimal = Decimal(50)
    jma_basis: str = "akhir_tahun"

    def pct(self, part: str) -> Decimal:
        return self.allocation.get(part, Decimal(0))

    def jua_weights(self) -> dict[str, Fraction]:
        if self.jua_basis == "pembelian":
            return {"purchases": Fraction(1)}
        if self.jua_basis == "bunga":
            return {"interest": Fraction(1)}
        return {"purchases": Fraction(self.weight_purchases) / 100, "interest": Fraction(self.weight_interest) / 100}

    def to_config(self) -> dict:
        return {"allocation": {k: pct_text(self.pct(k)).replace(",", ".") for k in PART_KEYS},
                "jua_basis": self.jua_basis,
                "weight_purchases": pct_text(self.weight_purchases).replace(",", "."),
                "weight_interest": pct_text(self.weight_interest).replace(",", "."),
                "jma_basis": self.jma_basis}


def rules_from_config(config: Mapping) -> ShuRules:
    """Checked rules from a stored or typed config (refused with the reason)."""
    if not isinstance(config, Mapping):
        raise DomainError("bad_shu_rules", "Aturan SHU harus berupa objek.")
    alloc = config.get("allocation", {k: str(v) for k, v in DEFAULT_ALLOCATION.items()})
    if not isinstance(alloc, Mapping):
        raise DomainError("bad_shu_rules", "Pembagian SHU harus berupa daftar bagian dan persen.")
    allocation = check_allocation(alloc)
    jua = str(config.get("jua_basis", "keduanya"))
    if jua not in JUA_BASES:
        raise DomainError("bad_jua_basis", f"Dasar jasa anggota harus salah satu dari: {', '.join(JUA_BASES)}.")
    jma = str(config.get("jma_basis", "akhir_tahun"))
    if jma not in JMA_BASES:
        raise DomainError("bad_jma_basis", f"Dasar jasa modal harus salah satu dari: {', '.join(JMA_BASES)}.")
    wp = parse_pct(config.get("weight_purchases", 50), "Bobot pembelian")
    wi = parse_pct(config.get("weight_interest", 50), "Bobot jasa pinjaman")
    if jua == "keduanya" and wp + wi != HUNDRED:
        raise DomainError("weights_total", f"Bobot pembelian dan jasa pinjaman harus berjumlah 100%, "
                                           f"sekarang {pct_text(wp + wi)}%.")
    return ShuRules(allocation, jua, wp, wi, jma)


def check_config(config: object) -> str | None:
    """For the settings registry: None when the config is good, else the reason."""
    try:
        rules_from_config(config)  # type: ignore[arg-type]
    except DomainError as e:
        return e.message
    return None


# ------------------------------------------------------------------ the arithmetic

def largest_remainder(target: int, quotas: Sequence[tuple[object, Fraction]]) -> list[int]:
    """Integers, one per quota, adding up to `target`: each quota's floor, then one more for
    the largest fractional parts, ties in the given order (the caller sorts by its key).
    Needs sum(floors) <= target <= sum(floors) + number of quotas."""
    floors = [q.numerator // q.denominator for _, q in quotas]
    left = target - sum(floors)
    if left < 0 or left > len(quotas):
        raise ValueError("target outside what the quotas allow")
    order = sorted(range(len(quotas)), key=lambda i: (-(quotas[i][1] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def _round_half_up(q: Fraction) -> int:
    return int((q * 2 + 1) // 2)


@dataclass(frozen=True)
class MemberBasis:
    member_no: str
    name: str
    modal: Fraction  # pokok + wajib: at year end, or the average daily balance (may be fractional)
    purchases_rp: int
    interest_rp: int


@dataclass(frozen=True)
class MemberShare:
    member_no: str
    name: str
    modal_rp: int  # the savings basis rounded half-up, for the list (the exact value is used)
    purchases_rp: int
    interest_rp: int
    jma_rp: int
    jua_rp: int

    @property
    def total_rp(self) -> int:
        return self.jma_rp + self.jua_rp


@dataclass(frozen=True)
class Pool:
    part: str
    pct: Decimal
    amount_rp: int

    @property
    def label(self) -> str:
        return PART_LABELS[self.part]


@dataclass(frozen=True)
class ShuPlan:
    year: int
    shu_rp: int  # the year's SHU
    shu_anggota_rp: int  # from business with members: what is divided
    shu_non_anggota_rp: int  # to the reserves whole
    rules: ShuRules
    pools: tuple[Pool, ...]
    shares: tuple[MemberShare, ...]
    total_modal_rp: int
    total_purchases_rp: int
    total_interest_rp: int
    warnings: tuple[str, ...] = ()
    simulated: bool = False

    def pool(self, part: str) -> int:
        return next(p.amount_rp for p in self.pools if p.part == part)

    @property
    def cadangan_total_rp(self) -> int:  # what 3104 Cadangan receives
        return self.pool("cadangan") + self.shu_non_anggota_rp

    @property
    def funds_rp(self) -> int:  # what 2105 Dana-dana SHU receives
        return sum(self.pool(k) for k in FUNDS)

    @property
    def members_rp(self) -> int:  # what 2106 SHU Anggota Belum Dibayar receives
        return self.pool("jasa_modal") + self.pool("jasa_anggota")

    @property
    def jma_rp(self) -> int:
        return sum(s.jma_rp for s in self.shares)

    @property
    def jua_rp(self) -> int:
        return sum(s.jua_rp for s in self.shares)

    @property
    def divided(self) -> bool:
        """Every member pool is divided among members to the rupiah."""
        return self.jma_rp == self.pool("jasa_modal") and self.jua_rp == self.pool("jasa_anggota")


def _member_split(exact_pool: Fraction, pool_rp: int, members: Sequence[MemberBasis],
                  fraction_of: list[Fraction]) -> list[int]:
    quotas = [(m.member_no, exact_pool * f) for m, f in zip(members, fraction_of, strict=True)]
    return largest_remainder(pool_rp, quotas)


def plan(year: int, shu_anggota_rp: int, shu_non_anggota_rp: int, rules: ShuRules,
         members: Iterable[MemberBasis], *, simulated: bool = False) -> ShuPlan:
    """The division. Members are taken in member-number order (the tie rule). A pool whose
    basis is zero for everyone is not divided: a warning says so (compute refuses it)."""
    if isinstance(shu_anggota_rp, bool) or not isinstance(shu_anggota_rp, int):
        raise DomainError("bad_amount", "SHU harus rupiah bulat.")
    if shu_anggota_rp <= 0:
        raise DomainError("no_shu", f"SHU bagian anggota tahun {year} {shu_anggota_rp:,} rupiah: tidak ada yang "
                                    "dibagi (rugi atau nol).".replace(",", "."))
    check_allocation(rules.allocation)
    members = sorted(members, key=lambda m: m.member_no)
    exact = {k: Fraction(shu_anggota_rp) * Fraction(rules.pct(k)) / 100 for k in PART_KEYS}
    pool_rp = dict(zip(PART_KEYS, largest_remainder(shu_anggota_rp, [(k, exact[k]) for k in PART_KEYS]),
                       strict=True))
    warnings: list[str] = []
    total_modal = sum((m.modal for m in members), Fraction(0))
    if total_modal > 0:
        jma = _member_split(exact["jasa_modal"], pool_rp["jasa_modal"], members,
                            [m.modal / total_modal for m in members])
    else:
        jma = [0] * len(members)
        if pool_rp["jasa_modal"]:
            warnings.append("Tidak ada simpanan pokok/wajib anggota: jasa modal tidak bisa dibagi.")
    totals = {"purchases": sum(m.purchases_rp for m in members), "interest": sum(m.interest_rp for m in members)}
    weights = {k: w for k, w in rules.jua_weights().items() if totals[k] > 0 and w > 0}
    if weights and pool_rp["jasa_anggota"]:
        norm = sum(weights.values())
        shares = [sum((w / norm) * Fraction(getattr(m, f"{k}_rp"), totals[k]) for k, w in weights.items())
                  for m in members]
        jua = _member_split(exact["jasa_anggota"], pool_rp["jasa_anggota"], members, shares)
        unused = [k for k, w in rules.jua_weights().items() if w > 0 and k not in weights]
        if unused:
            warnings.append("Tidak ada " + ("pembelian anggota" if unused[0] == "purchases" else
                                            "jasa pinjaman yang dibayar anggota") +
                            " tahun ini: seluruh jasa anggota dibagi menurut dasar yang lain.")
    else:
        jua = [0] * len(members)
        if pool_rp["jasa_anggota"]:
            warnings.append("Tidak ada transaksi anggota menurut dasar jasa anggota: jasa anggota tidak bisa dibagi.")
    shares_out = tuple(MemberShare(m.member_no, m.name, _round_half_up(m.modal), m.purchases_rp, m.interest_rp, a, u)
                       for m, a, u in zip(members, jma, jua, strict=True))
    pools = tuple(Pool(k, rules.pct(k), pool_rp[k]) for k in PART_KEYS)
    return ShuPlan(year, shu_anggota_rp + shu_non_anggota_rp, shu_anggota_rp, shu_non_anggota_rp, rules, pools,
                   shares_out, _round_half_up(total_modal), totals["purchases"], totals["interest"],
                   tuple(warnings), simulated)


def with_allocation(rules: ShuRules, allocation: Mapping[str, Decimal]) -> ShuRules:
    return replace(rules, allocation=check_allocation(allocation))


def distribution_lines(p: ShuPlan) -> list[tuple[str, int, int, str]]:
    """(account, debit, credit, memo) of the distribution journal: SHU Tahun Berjalan to
    Cadangan (cadangan part + non-member SHU), Dana-dana SHU and SHU Anggota Belum Dibayar."""
    lines = [(ACCOUNTS["shu"], p.shu_rp, 0, f"SHU tahun {p.year}")]
    for account, amount, memo in ((ACCOUNTS["cadangan"], p.cadangan_total_rp, "Cadangan + SHU non-anggota"),
                                  (ACCOUNTS["dana"], p.funds_rp, "Dana pengurus, karyawan, pendidikan, sosial, "
                                                                 "pembangunan"),
                                  (ACCOUNTS["anggota"], p.members_rp, "Jasa modal + jasa usaha anggota")):
        if amount:
            lines.append((account, 0, amount, memo))
    return lines


@dataclass(frozen=True)
class ShuListData:
    """What the Daftar Pembagian SHU prints: the plan and who prints it, where, when."""
    plan: ShuPlan
    cooperative: CooperativeProfile
    printed_at: datetime  # aware
    zone: OutletZone
    printed_by: str


def basis_text(rules: ShuRules) -> str:
    jua = JUA_BASES[rules.jua_basis]
    if rules.jua_basis == "keduanya":
        jua = (f"pembelian {pct_text(rules.weight_purchases)}% dan jasa pinjaman yang dibayar "
               f"{pct_text(rules.weight_interest)}%")
    return (f"Jasa modal menurut {JMA_BASES[rules.jma_basis].lower()}; jasa usaha menurut {jua.lower()}. "
            "Dibulatkan sekali di akhir; sisa pembulatan ke pecahan terbesar (sama besar: nomor anggota terkecil).")

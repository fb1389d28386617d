"""Journal templates for common expenses: a memo, the expense (debit) account, paid
from Kas or Bank (credit), and an optional default amount. Built-in templates cover
gaji, listrik, sewa, transport and ATK; the outlet adds its own (stored as a JSON
setting) or overrides a built-in one by its key (e.g. a default amount for gaji).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Mapping
from uuid import UUID

from app.domain.accounts import Account
from app.domain.errors import DomainError
from app.domain.ledger import MAX_LINE_RP, JournalDraft, LineDraft

PAY_FROM = ("1101", "1102")  # Kas, Kas di Bank
MAX_MEMO = 200
MAX_TEMPLATES = 100
_KEY = re.compile(r"^[a-z0-9][a-z0-9_-]{0,29}$")


@dataclass(frozen=True)
class JournalTemplate:
    key: str  # short and stable: gaji, listrik, bbm-motor
    memo: str
    debit: str  # the expense (or other) account
    credit: str = "1101"  # paid from Kas or Bank
    amount_rp: int = 0  # 0: type the amount each time
    builtin: bool = False

    def draft(self, uuid: UUID, on: date, amount_rp: int, *, memo: str | None = None,
              credit: str | None = None) -> JournalDraft:
        """The journal this template fills in; the ledger validates it like any other."""
        text = (memo if memo is not None else self.memo).strip()
        pay = credit or self.credit
        return JournalDraft(uuid, on, text, (LineDraft(self.debit, debit_rp=amount_rp, memo=text[:200]),
                                             LineDraft(pay, credit_rp=amount_rp, memo=text[:200])))

    def config(self) -> dict[str, Any]:
        return {"key": self.key, "memo": self.memo, "debit": self.debit, "credit": self.credit,
                "amount_rp": self.amount_rp}


BUILTIN: tuple[JournalTemplate, ...] = (
    JournalTemplate("gaji", "Gaji pegawai gerai", "5201", builtin=True),
    JournalTemplate("listrik", "Bayar listrik dan air gerai", "5202", builtin=True),
    JournalTemplate("sewa", "Sewa tempat gerai", "5203", builtin=True),
    JournalTemplate("transport", "Biaya transport", "5204", builtin=True),
    JournalTemplate("atk", "Beli alat tulis kantor (ATK)", "5205", builtin=True),
)


def template_problems(t: JournalTemplate, chart: Mapping[str, Account]) -> list[str]:
    problems: list[str] = []
    if not _KEY.match(t.key):
        problems.append("Kode templat: huruf kecil, angka, - atau _ (maks. 30), mis. bbm-motor.")
    if not t.memo.strip():
        problems.append("Keterangan templat wajib diisi.")
    elif len(t.memo) > MAX_MEMO:
        problems.append(f"Keterangan templat terlalu panjang (maks. {MAX_MEMO} karakter).")
    acc = chart.get(t.debit)
    if acc is None:
        problems.append(f"Akun debit {t.debit!r} tidak dikenal.")
    elif not acc.postable or not acc.active:
        problems.append(f"Akun debit {acc.code} {acc.name} tidak bisa dijurnal (akun kepala atau tidak aktif).")
    elif t.debit in PAY_FROM:
        problems.append("Akun debit templat tidak boleh Kas atau Bank; untuk memindah kas pakai jurnal biasa.")
    if t.credit not in PAY_FROM:
        problems.append("Templat dibayar dari Kas (1101) atau Kas di Bank (1102).")
    if isinstance(t.amount_rp, bool) or not isinstance(t.amount_rp, int) or not 0 <= t.amount_rp <= MAX_LINE_RP:
        problems.append("Jumlah bawaan harus rupiah bulat, 0 atau lebih (0 = diisi setiap kali).")
    return problems


def from_config(items: Any) -> list[JournalTemplate]:
    """The outlet's templates from the JSON setting; refuses anything malformed."""
    if not isinstance(items, list) or len(items) > MAX_TEMPLATES:
        raise DomainError("bad_templates", f"Templat jurnal harus daftar (maks. {MAX_TEMPLATES}).")
    out = []
    for item in items:
        if not isinstance(item, dict) or set(item) != {"key", "memo", "debit", "credit", "amount_rp"} \
                or not all(isinstance(item[k], str) for k in ("key", "memo", "debit", "credit")):
            raise DomainError("bad_templates", f"Templat jurnal tidak sah: {item!r}.")
        out.append(JournalTemplate(item["key"], item["memo"], item["debit"], item["credit"], item["amount_rp"]))
    if len({t.key for t in out}) != len(out):
        raise DomainError("bad_templates", "Kode templat jurnal ganda.")
    return out


def merged(own: list[JournalTemplate]) -> list[JournalTemplate]:
    """Built-in templates (or the outlet's override of each), then the outlet's own, by key."""
    by_key = {t.key: t for t in own}
    result = [by_key.pop(b.key, b) for b in BUILTIN]
    return result + sorted(by_key.values(), key=lambda t: t.key)

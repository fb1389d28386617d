"""Test packages for the district hub, made with app/sync/package.py directly: an outlet
with a key pair that writes a valid chain (sequence, previous hash, indicators), and the
ways to spoil one. Also a dump of the hub's tables, to prove that nothing changed."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.sync_manifest import FileEntry, Manifest, canonical_json, sha256_hex
from app.store.models_hub import HubBase
from app.sync import package


def indicators(period: str = "2026-10", *, operating: bool = True, days_open: int = 27, members: int = 120,
               active: int = 100, sales_rp: int = 45_000_000, savings_rp: int = 30_000_000,
               loans_rp: int = 20_000_000, npl: str = "5.00", assets_rp: int = 150_000_000,
               outlet: bool = True) -> dict:
    y, m = period.split("-")
    return {"period": {"from": period, "to": period},
            "operating": {"operating": operating, "days_open": days_open, "outlet": outlet},
            "members": {"total": members, "active": active, "new": 3, "exited": 1},
            "sales": {"total_rp": sales_rp, "member_rp": sales_rp * 3 // 5, "non_member_rp": sales_rp - sales_rp * 3 // 5,
                      "transactions": 900, "by_unit": {"sembako": sales_rp - 5_000_000, "lpg": 5_000_000}},
            "lpg": {"cylinders": 250, "distinct_buyers": 120},
            "savings": {"pokok_rp": savings_rp // 10, "wajib_rp": savings_rp // 2,
                        "sukarela_rp": savings_rp - savings_rp // 10 - savings_rp // 2, "total_rp": savings_rp},
            "loans": {"outstanding_rp": loans_rp, "npl_pct": npl,
                      "by_kolektibilitas": {"lancar": loans_rp, "dpk": 0, "kurang_lancar": 0, "diragukan": 0,
                                            "macet": 0}},
            "shu": {"year_to_date_rp": 1_000_000, "last_closed_year": None},
            "assets": {"total_rp": assets_rp, "kas_rp": 10_000_000, "bank_rp": 20_000_000,
                       "persediaan_rp": 30_000_000, "aset_tetap_rp": assets_rp - 60_000_000},
            "business_units": ["sembako", "lpg", "simpan_pinjam"],
            "partnerships": [{"kind": "brilink", "partner": "BRI", "since": f"{y}-{m}-01"}]}


@dataclass
class FakeOutlet:
    """An outlet's side of the chain, enough to feed a hub."""
    nib: str = "1234567890123"
    name: str = "Koperasi Desa Merah Putih Sukamaju"
    region: dict = field(default_factory=lambda: {"provinsi": "Jawa Barat", "kabupaten": "Bogor",
                                                  "kecamatan": "Cibinong", "desa": "Sukamaju",
                                                  "kode_wilayah": "3201012001"})
    key: bytes = field(default_factory=package.generate_private_key_pem)
    sequence: int = 0
    previous: str | None = None

    @property
    def public_key(self) -> bytes:
        return package.public_key_pem(self.key)

    def manifest(self, files: dict[str, bytes], period: str, sequence: int, previous: str | None,
                 correction_of: int | None = None, period_from: str | None = None) -> Manifest:
        return Manifest(cooperative={"name": self.name, "nib": self.nib, "region": self.region},
                        period_from=period_from or period, period_to=period,
                        kind="month" if not period_from else "since_last", sequence=sequence,
                        correction_of=correction_of, created_at="2026-11-23T03:00:00Z", app_version="0.1.0",
                        files=tuple(FileEntry.of(n, d) for n, d in files.items()), previous_sha256=previous,
                        counts={"members": 1, "sales_rows": 1, "journal_lines": 1},
                        public_key_fingerprint=package.public_key_fingerprint(self.public_key))

    def package(self, period: str = "2026-10", ind: dict | None = None, *, advance: bool = True,
                sequence: int | None = None, previous: str | None | bool = False, key: bytes | None = None,
                correction_of: int | None = None, period_from: str | None = None) -> bytes:
        """The next package of the chain (or, with the keywords, a deliberately wrong one)."""
        seq = self.sequence + 1 if sequence is None else sequence
        prev = self.previous if previous is False else previous
        files = {"indicators.json": canonical_json(ind if ind is not None else indicators(period)),
                 "journal_lines.csv": b"journal_no,date,type,account,account_name,debit_rp,credit_rp,memo\n",
                 "members.csv": b"member_key,member_no,gender,birth_year,desa,status,join_date,exit_date,name\n",
                 "sales_daily.csv": f"date,sku,product,category,unit,qty_milli,member_rp,non_member_rp,total_rp\n"
                                    f"{period}-01,MIE,Mie,sembako,pcs,{seq}000,1000,0,1000\n".encode()}
        m = self.manifest(files, period, seq, prev, correction_of, period_from)
        data = package.write_package(m, files, key or self.key)
        if advance:
            self.sequence, self.previous = seq, sha256_hex(m.to_json())
        return data

    def file_name(self, data: bytes) -> str:
        return package.read_package(data).manifest.file_name


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return out.getvalue()


def without(data: bytes, name: str) -> bytes:
    return rezip({n: d for n, d in entries(data).items() if n != name})


def flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def dump(ctx) -> dict[str, list[tuple]]:
    """Every row of every hub table, in primary-key order."""
    out = {}
    with ctx.uows.engine.connect() as conn:
        for table in HubBase.metadata.sorted_tables:
            out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*table.primary_key.columns))]
    return out

"""The demo outlet: believable data so every screen shows something real.

The demo users all have PIN 123456; they exist only in a database made with
`kopdes init --demo`. Later features add their part (products, members...) here.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from uuid import UUID

from app.domain.cooperative import CooperativeProfile
from app.domain.ledger import JournalDraft, LineDraft
from app.services import audit, auth, demo_loans, demo_members, demo_shop, ledger, profile, setup, sync_profile
from app.services.context import ServiceContext

DEMO_PIN = "123456"
DEMO_PROFILE = CooperativeProfile(
    name="Koperasi Kelurahan Merah Putih Contoh",
    nib="9120301234567",
    legal_entity_no="AHU-0012345.AH.01.29.TAHUN 2025",
    address="Jl. Raya Sukamaju No. 17, RT 003/RW 005",
    desa="Sukamaju",
    kecamatan="Cibeber",
    kabupaten="Kabupaten Cianjur",
    provinsi="Jawa Barat",
    timezone="WIB",
    phone="0263-5551234",
)
DEMO_USERS = [
    ("admin", "Admin Koperasi", ["admin"]),
    ("kasir", "Siti Rahayu", ["kasir"]),
    ("pengurus", "Bambang Sutrisno", ["pengurus"]),
    ("bendahara", "Dewi Lestari", ["bendahara"]),
    ("pengawas", "H. Ahmad Fauzi", ["pengawas"]),
]
# What the district report says about the demo: a Cianjur desa code, its units, BRILink since 2025.
DEMO_SYNC_PROFILE = {
    "sync.kode_wilayah": "3203052003",
    "sync.business_units": ["sembako", "lpg", "simpan_pinjam", "brilink"],
    "sync.partnerships": [{"kind": "brilink", "partner": "BRI", "since": "2025-09-01"}],
}

# Stable UUIDs so rebuilding the demo gives the same documents.
def _uuid(n: int) -> UUID:
    return UUID(int=0xD3A0_0000_0000_0000_0000_0000_0000_0000 + n)


def _opening(on: date) -> JournalDraft:
    return JournalDraft(_uuid(1), on, "Saldo awal pembukuan koperasi", (
        LineDraft("1101", debit_rp=5_000_000, memo="Kas di laci dan brankas"),
        LineDraft("1102", debit_rp=145_000_000, memo="Rekening BRI koperasi"),
        LineDraft("1203", debit_rp=12_500_000, memo="Etalase, timbangan, komputer kasir"),
        LineDraft("3103", credit_rp=50_000_000, memo="Hibah modal dari Dana Desa"),
        LineDraft("2201", credit_rp=112_500_000, memo="Pinjaman bank Himbara (modal usaha dan simpan pinjam)"),
    ), doc_type="JS")


_EXPENSES = [
    ("5202", "Token listrik gerai", 150_000, 350_000),
    ("5204", "Ongkos angkut barang dari distributor", 50_000, 150_000),
    ("5205", "Kertas struk dan alat tulis", 25_000, 90_000),
    ("5299", "Konsumsi rapat pengurus", 75_000, 200_000),
]


def build(ctx: ServiceContext) -> None:
    """Create the demo outlet in an empty database."""
    admin_info = setup.initialise(ctx.uow(), DEMO_PROFILE, "admin", "Admin Koperasi", DEMO_PIN)
    with ctx.uow() as uow:
        for username, name, roles in DEMO_USERS[1:]:
            auth.add_user_in(uow, "admin", username, name, DEMO_PIN, roles)
        uow.commit()
    rng = random.Random(2026)
    with ctx.uow() as uow:
        today = profile.business_date(uow)
        bendahara = auth.user_info(uow, auth.find_user(uow, "bendahara"))
        first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
        # The books open on the founding day, before the first member's pokok and the first loan.
        ledger.post_in(uow, bendahara.id, "bendahara", _opening(demo_members.founding_day(today)))
        n = 10
        day = first + timedelta(days=2)
        while day < today:
            account, memo, lo, hi = _EXPENSES[n % len(_EXPENSES)]
            amount = rng.randrange(lo, hi, 5_000)
            ledger.post_in(uow, bendahara.id, "bendahara", JournalDraft(_uuid(n), day, memo, (
                LineDraft(account, debit_rp=amount), LineDraft("1101", credit_rp=amount))))
            n += 1
            day += timedelta(days=rng.choice((3, 4, 5)))
        audit.append(uow, "setup", "demo.build", DEMO_PROFILE.name, {"admin": admin_info.username})
        uow.commit()
    # One honest correction, so the journal page shows how a reversal looks.
    actor = auth.login(ctx.uow(), "bendahara", DEMO_PIN)
    sync_profile.set_profile(ctx.uow(), actor, DEMO_SYNC_PROFILE)
    wrong = ledger.post_journal(ctx.uow(), actor, JournalDraft(
        _uuid(5), today - timedelta(days=1), "Beli galon air minum kantor",
        (LineDraft("5205", debit_rp=38_000), LineDraft("1101", credit_rp=38_000))))
    ledger.reverse_journal(ctx.uow(), actor, wrong.number, "Salah akun: seharusnya Beban Lain-lain",
                           uuid=_uuid(6))
    demo_shop.build(ctx, today)
    demo_loans.build(ctx, today)

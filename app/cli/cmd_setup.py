"""kopdes init | migrate | check"""

from __future__ import annotations

from app.cli.io import emit_json, read_secret, say
from app.domain.cooperative import CooperativeProfile, ensure_profile
from app.domain.errors import DomainError
from app.services import checks, demo, setup


def register(sub, common) -> None:
    p = sub.add_parser("gui", parents=[common], help="buka aplikasi (bawaan)")
    p = sub.add_parser("init", parents=[common], help="siapkan koperasi baru (atau --demo)")
    p.add_argument("--demo", action="store_true", help="gerai contoh dengan data demo (PIN 123456)")
    p.add_argument("--if-missing", action="store_true", help="diam saja bila sudah disiapkan")
    for flag, helptext in (("--name", "nama koperasi"), ("--nib", "NIB, 13 angka"),
                           ("--legal-entity-no", "nomor badan hukum"), ("--address", "alamat"),
                           ("--desa", "desa/kelurahan"), ("--kecamatan", "kecamatan"),
                           ("--kabupaten", "kabupaten/kota"), ("--provinsi", "provinsi"),
                           ("--phone", "telepon")):
        p.add_argument(flag, default="", help=helptext)
    p.add_argument("--timezone", default="WIB", choices=["WIB", "WITA", "WIT"])
    p.add_argument("--admin-user", default="admin")
    p.add_argument("--admin-name", default="Administrator")
    p.set_defaults(handler=init)

    p = sub.add_parser("migrate", parents=[common], help="perbarui skema basis data")
    p.set_defaults(handler=migrate)

    p = sub.add_parser("check", parents=[common], help="periksa keutuhan buku dan data")
    p.set_defaults(handler=check)


def init(args, ctx) -> int:
    if setup.is_initialised(ctx.reader()):
        if args.if_missing:
            return 0
        raise DomainError("already_initialised", "Koperasi sudah disiapkan di basis data ini.")
    if args.demo:
        demo.build(ctx)
        say(f"Gerai demo '{demo.DEMO_PROFILE.name}' dibuat di {ctx.db_label}.")
        say("Pengguna demo: admin, kasir, pengurus, bendahara, pengawas (PIN 123456).")
        return 0
    profile = CooperativeProfile(name=args.name, nib=args.nib, legal_entity_no=args.legal_entity_no,
                                 address=args.address, desa=args.desa, kecamatan=args.kecamatan,
                                 kabupaten=args.kabupaten, provinsi=args.provinsi,
                                 timezone=args.timezone, phone=args.phone)
    ensure_profile(profile)  # refuse before asking for a PIN
    secret = read_secret("KOPDES_PIN", f"PIN baru untuk {args.admin_user}: ", confirm=True)
    user = setup.initialise(ctx.uow(), profile, args.admin_user, args.admin_name, secret)
    if args.json:
        emit_json({"cooperative": profile, "admin": user.username, "database": ctx.db_label})
    else:
        say(f"Koperasi '{profile.name}' disiapkan di {ctx.db_label}; admin: {user.username}.")
    return 0


def migrate(args, ctx) -> int:
    say(f"Basis data {ctx.db_label} sudah pada skema terbaru.")
    return 0


def check(args, ctx) -> int:
    report = checks.run_checks(ctx.reader())
    if args.json:
        emit_json({"ok": report.ok, "checks": [
            {"name": c.name, "ok": c.ok, "detail": c.detail} for c in report.checks]})
    else:
        for c in report.checks:
            say(f"[{'OK' if c.ok else 'GAGAL'}] {c.name}: {c.detail}")
    return 0 if report.ok else 1  # the data is wrong, not the input

"""The demo's members: about 150 villagers of Desa Sukamaju registered with full data (NIKs
that agree with the birth date and gender, RT/RW, dusun, phones, village occupations),
joining over the sixteen months since the founding meeting, and their savings history:
pokok at joining, wajib every month for most (some pay late in batches, a few in advance,
some stopped 2-5 months ago), sukarela deposits and the odd withdrawal for about a third,
and three exits with payouts (one meninggal). Jasa stays off (the default).

Everything goes through the building blocks the services use: check_form and
`member_registry.add_checked_in` (numbers from the pattern, in joining order), and for each
setoran or penarikan what `savings.post_move_in` writes (its own SS/TS journal through
`ledger.post_in`, the movement through `savings.add_move_in`, the audit row), a month per
transaction; exits through `member_registry.exit_member`. The demo's clock is set to each
movement's moment, so business dates are spread over the months and savings movements are
written in date order. At each month's end the bendahara banks the savings cash above a
small reserve (a JU journal), never more than later withdrawals and payouts leave free.
The generator is its own, so the rest of the demo (sales, expenses) is unchanged.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from itertools import groupby
from typing import Callable
from uuid import UUID

from sqlalchemy import select

from app.domain.auth import Actor
from app.domain.ledger import JournalDraft, LineDraft, PostingRules
from app.domain.members import MemberForm, check_form
from app.domain.savings import CASH_ACCOUNT, SavingsRules, SavingsType, month_end
from app.services import audit, ledger, member_registry, profile, savings
from app.services.context import ServiceContext
from app.store.models_savings import SavingsBalanceRow
from app.store.models_shop import MemberRow
from app.store.uow import UnitOfWork

SEED = 2025_07_21  # the programme's launch day; this module's own generator
OTHERS = 130  # members besides the founders
MONTHS_SINCE_FOUNDING = 16

MALE = ["Aep", "Agus", "Ahmad", "Asep", "Cecep", "Dede", "Deden", "Dodi", "Endang", "Engkos", "Entis", "Iwan",
        "Jajang", "Karna", "Komar", "Maman", "Mamat", "Nana", "Oman", "Otong", "Rahmat", "Saepul", "Sobari", "Tatang",
        "Ujang", "Usep", "Wahyu", "Yana", "Yusuf", "Zaenal", "Hendra", "Ilham", "Ridwan", "Rizki", "Fajar", "Dadan",
        "Encep", "Odang", "Apip", "Ruslan"]
FEMALE = ["Ai", "Atikah", "Cucu", "Dewi", "Elis", "Entin", "Eti", "Heni", "Ida", "Imas", "Ina", "Irma", "Iyah",
          "Kokom", "Lina", "Mimin", "Neneng", "Nia", "Nurul", "Omah", "Rina", "Rini", "Sri", "Titin", "Tuti", "Uum",
          "Wati", "Yani", "Yeti", "Yulia", "Nining", "Enok", "Euis", "Lilis", "Dedeh"]
SURNAMES = ["Suryana", "Hidayat", "Kurniawan", "Permana", "Sopandi", "Nurjaman", "Saputra", "Suganda", "Hermawan",
            "Rusmana", "Mulyana", "Sutisna", "Supardi", "Sunarya", "Ramdani", "Gunawan", "Setiadi", "Kusnadi",
            "Rohendi", "Sumarna", "Wahyudi", "Firmansyah", "Maulana", "Ruhiyat", "Sukmana"]
FEMALE_SURNAMES = ["Rahmawati", "Setiawati", "Kartika", "Hidayah", "Fitriani", "Komariah", "Rohaeti", "Sumiati",
                   "Nurhasanah", "Maryani", "Susilawati", "Rosmiati", "Handayani", "Yuliani", "Mulyani"]
# dusun -> (RW, kampung names)
DUSUN = {"Sukamaju Kaler": ("001", ["Kp. Sukamaju Kaler", "Kp. Pasirjati"]),
         "Sukamaju Kidul": ("002", ["Kp. Sukamaju Kidul", "Kp. Cikupa"]),
         "Babakan": ("003", ["Kp. Babakan", "Kp. Babakan Tonggoh"]),
         "Cibodas": ("004", ["Kp. Cibodas", "Kp. Legok"]),
         "Pasirhuni": ("005", ["Kp. Pasirhuni", "Kp. Sukamaju"])}
# occupation, weight for men, weight for women
OCCUPATIONS = [("Petani", 24, 8), ("Buruh tani", 8, 6), ("Pedagang", 10, 14), ("Buruh", 9, 3),
               ("Ibu rumah tangga", 0, 30), ("Guru", 4, 6), ("Ojek", 9, 0), ("Nelayan", 4, 0),
               ("Wiraswasta", 8, 4), ("Karyawan swasta", 5, 4), ("Peternak", 5, 1), ("Perangkat desa", 3, 1),
               ("Sopir", 4, 0), ("Penjahit", 1, 4), ("Pensiunan", 3, 2)]
BIRTH_PLACES = [("Cianjur", "3203", 80), ("Sukabumi", "3202", 7), ("Bandung", "3204", 5), ("Garut", "3205", 4),
                ("Bogor", "3201", 4)]
PHONE_PREFIXES = ["0812", "0813", "0821", "0822", "0852", "0853", "0857", "0858", "0878", "0877", "0896", "0838"]
SUKARELA_AMOUNTS = [(20_000, 10), (25_000, 10), (50_000, 25), (100_000, 25), (150_000, 8), (200_000, 10),
                    (250_000, 5), (500_000, 5), (1_000_000, 2)]
EXITS = [("keluar", "Pindah domisili ikut keluarga ke Kabupaten Bandung", 190),
         ("meninggal", "Meninggal dunia; simpanan diterima ahli waris ({heir})", 110),
         ("keluar", "Mengundurkan diri atas permintaan sendiri", 50)]  # status, reason, days before today
CASH_RESERVE_RP = 1_000_000  # what stays in the cash box when the month's savings go to the bank


@dataclass
class _Person:
    name: str
    female: bool
    nik: str
    birth_place: str
    occupation: str
    address: str
    rt: str
    rw: str
    dusun: str
    phone: str
    join: date
    habit: str  # rajin | rapel | dimuka | nunggak
    payday: int
    saver: bool
    transfer: bool
    exit: tuple[str, str, date] | None = None
    join_at: datetime | None = None  # the founders sign up in order at the founding meeting
    member_id: int | None = None
    member_no: str = ""


@dataclass(order=True)
class _Event:
    at: datetime
    seq: int
    kind: str = field(compare=False)  # join | setor | tarik | exit | bank
    person: int = field(compare=False)
    stype: SavingsType | None = field(default=None, compare=False)
    amount_rp: int = field(default=0, compare=False)
    memo: str = field(default="", compare=False)


@dataclass(frozen=True)
class DemoMembers:
    founders: list[str]  # the member numbers of the founders, in the order given
    members: int
    movements: int


def _uuid(kind: int, n: int) -> UUID:
    return UUID(int=(0xD3A2 << 112) + (kind << 64) + n)


def founding_day(today: date) -> date:
    """The founding meeting: sixteen months back, on the 26th (the books open that day)."""
    return _add_months(today.replace(day=1), -MONTHS_SINCE_FOUNDING) + timedelta(days=25)


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.year * 12 + day.month - 1 + months, 12)
    return date(y, m + 1, 1)


def _weighted(rng: random.Random, items: list, weights: list[int]):
    return rng.choices(items, weights=weights)[0]


def _nik(rng: random.Random, region: str, female: bool, born: date, used: set[str]) -> str:
    serial = rng.randrange(1, 4)
    while True:
        nik = f"{region}{born.day + (40 if female else 0):02d}{born:%m%y}{serial:04d}"
        if nik not in used:
            used.add(nik)
            return nik
        serial += 1


def _phone(rng: random.Random) -> str:
    digits = f"{rng.randrange(10**7, 10**8)}"
    return f"{rng.choice(PHONE_PREFIXES)}-{digits[:4]}-{digits[4:]}" + (str(rng.randrange(10)) if rng.random() < .5
                                                                         else "")


def _born(rng: random.Random, join: date) -> date:
    age = rng.choices([rng.randrange(19, 30), rng.randrange(30, 45), rng.randrange(45, 60), rng.randrange(60, 72)],
                      weights=[18, 40, 30, 12])[0]
    return date(join.year - age, rng.randrange(1, 13), rng.randrange(1, 29))


def _person(rng: random.Random, name: str, female: bool, nik: str, join: date) -> _Person:
    born = date(int(("19" if int(nik[10:12]) > join.year % 100 else "20") + nik[10:12]), int(nik[8:10]),
                int(nik[6:8]) - (40 if female else 0))
    places = [p for p in BIRTH_PLACES if p[1] == nik[:4]]
    occupation = _weighted(rng, [o[0] for o in OCCUPATIONS], [o[2] if female else o[1] for o in OCCUPATIONS])
    if join.year - born.year >= 60 and rng.random() < .4:
        occupation = "Pensiunan" if occupation in ("Guru", "Perangkat desa", "Karyawan swasta") else occupation
    dusun = rng.choice(list(DUSUN))
    rw, kampung = DUSUN[dusun]
    habit = _weighted(rng, ["rajin", "rapel", "dimuka", "nunggak"], [62, 18, 5, 15])
    return _Person(
        name=name, female=female, nik=nik, birth_place=places[0][0] if places else "Cianjur", occupation=occupation,
        address=f"{rng.choice(kampung)} No. {rng.randrange(1, 120)}", rt=f"{rng.randrange(1, 7):03d}", rw=rw,
        dusun=dusun, phone="" if rng.random() < .08 else _phone(rng), join=join, habit=habit,
        payday=rng.randrange(1, 26), saver=rng.random() < .35,
        transfer=occupation in ("Guru", "Karyawan swasta", "Perangkat desa") and rng.random() < .6)


def _people(rng: random.Random, founding: date, today: date, founders: list[tuple[str, str]]) -> list[_Person]:
    used = {nik for _, nik in founders}
    people = [_person(rng, name, int(nik[6:8]) > 40, nik, founding) for name, nik in founders]
    for n, p in enumerate(people):
        p.join_at = datetime.combine(founding, time(2, 0), timezone.utc) + timedelta(minutes=4 * n)
    names = {p.name for p in people}
    last_join = today - timedelta(days=25)
    span = (last_join - founding).days
    joins = sorted(founding + timedelta(days=1 + int(span * rng.random() ** 1.6)) for _ in range(OTHERS))
    for join in joins:
        female = rng.random() < .48
        while True:
            if female:
                name = f"{rng.choice(FEMALE)} {rng.choice(FEMALE_SURNAMES + SURNAMES[:6])}"
            else:
                name = f"{'H. ' if rng.random() < .06 else ''}{rng.choice(MALE)} {rng.choice(SURNAMES)}"
            if name not in names:
                names.add(name)
                break
        born = _born(rng, join)
        region = _weighted(rng, [p[1] for p in BIRTH_PLACES], [p[2] for p in BIRTH_PLACES])
        region += "01" if region == "3203" and rng.random() < .85 else f"{rng.randrange(2, 30):02d}"
        people.append(_person(rng, name, female, _nik(rng, region, female, born, used), join))
    # Three early members leave: they have a history to pay out.
    early = [i for i, p in enumerate(people) if i >= len(founders) and (today - p.join).days > 240]
    for (status, reason, days_before), i in zip(EXITS, rng.sample(early[:40], len(EXITS)), strict=True):
        people[i].exit = (status, reason.format(heir="suami" if people[i].female else "istri"),
                          today - timedelta(days=days_before))
        people[i].habit = "rajin"
    return people


def _moment(rng: random.Random, day: date) -> datetime:
    """Office hours, 08:00-15:00 WIB, as UTC."""
    return datetime.combine(day, time(1, 0), timezone.utc) + timedelta(minutes=rng.randrange(0, 420))


def _events(rng: random.Random, i: int, p: _Person, today: date, rules: SavingsRules, seq: list[int]) -> list[_Event]:
    out: list[_Event] = []

    def add(kind: str, at: datetime, stype: SavingsType | None = None, amount: int = 0, memo: str = "") -> None:
        seq[0] += 1
        out.append(_Event(at, seq[0], kind, i, stype, amount, memo))

    end = p.exit[2] if p.exit else today  # nothing on or after this day (today is the tests' "now")
    at = p.join_at or _moment(rng, p.join)
    add("join", at)
    add("setor", at + timedelta(minutes=1), SavingsType.POKOK, rules.pokok_rp, "saat masuk")
    covered = 0  # wajib months paid
    months = []
    month = p.join.replace(day=1)
    while month <= end.replace(day=1):
        months.append(month)
        month = _add_months(month, 1)
    if p.habit == "nunggak":
        stop = len(months) - rng.randrange(2, 6)  # the last 2-5 months stay owed
    else:
        stop = len(months)
    batch = rng.choice((2, 3))
    sukarela = 0
    for n, month in enumerate(months):
        if n == 0:
            day = p.join
            pay_at = at + timedelta(minutes=2)
        else:
            day = month + timedelta(days=min(max(p.payday + rng.randrange(-3, 4), 1), 28) - 1)
            if day >= end:  # this month's day has not come yet (or the member left first)
                continue
            pay_at = _moment(rng, day)
        months_paid = 0
        if n < stop:
            if p.habit == "rajin" or (p.habit == "nunggak" and rng.random() < .95):
                months_paid = n + 1 - covered
            elif p.habit == "rapel" and (n % batch == batch - 1 or n == 0 and rng.random() < .5):
                months_paid = n + 1 - covered
            elif p.habit == "dimuka" and covered <= n:
                months_paid = n + 6 - covered  # after the harvest: six months ahead
        if months_paid > 0:
            label = f"wajib {month:%m/%Y}" if months_paid == 1 else f"wajib {months_paid} bulan"
            add("setor", pay_at, SavingsType.WAJIB, months_paid * rules.wajib_rp, label)
            covered += months_paid
        if p.saver and (n > 0 or rng.random() < .5):
            if rng.random() < .55:
                amount = _weighted(rng, [a for a, _ in SUKARELA_AMOUNTS], [w for _, w in SUKARELA_AMOUNTS])
                add("setor", pay_at + timedelta(minutes=3), SavingsType.SUKARELA, amount)
                sukarela += amount
            lebaran = month.month == 3  # Idul Fitri falls in March in 2026 and 2027
            if sukarela >= 50_000 and rng.random() < (.6 if lebaran else .12):
                amount = max(sukarela * rng.randrange(3, 9) // 10 // 10_000 * 10_000, 10_000)
                later = min(day + timedelta(days=rng.randrange(1, 6)), end - timedelta(days=1))
                if later > day:
                    add("tarik", _moment(rng, later), SavingsType.SUKARELA, amount,
                        "keperluan Lebaran" if lebaran else rng.choice(("biaya sekolah", "berobat", "modal dagang",
                                                                       "keperluan keluarga", "")))
                    sukarela -= amount
    if p.exit:
        add("exit", _moment(rng, p.exit[2]))
    return out


def _method(p: _Person, e: _Event) -> str:
    return "transfer" if p.transfer and e.kind == "setor" and e.stype is not SavingsType.POKOK else "tunai"


def _last_weekday(year: int, month: int) -> date:
    day = month_end(year, month)
    return day - timedelta(days=max(day.weekday() - 4, 0))


def _bank_deposits(events: list[_Event], people: list[_Person], today: date, seq: list[int]) -> list[_Event]:
    """At the end of each month the bendahara takes the savings cash to the bank, keeping a
    reserve: never so much that a later withdrawal or payout would leave the box short."""
    held: dict[int, int] = {}  # each member's savings, for the payout at exit
    cash, after = 0, []  # cash from savings after each event
    for e in events:
        if e.kind == "exit":
            cash -= held.pop(e.person, 0)
        elif e.kind in ("setor", "tarik"):
            sign = 1 if e.kind == "setor" else -1
            held[e.person] = held.get(e.person, 0) + sign * e.amount_rp
            if _method(people[e.person], e) == "tunai":
                cash += sign * e.amount_rp
        after.append((e.at, cash))
    lowest_from = [0] * (len(after) + 1)
    lowest_from[-1] = cash
    for i in range(len(after) - 1, -1, -1):
        lowest_from[i] = min(after[i][1], lowest_from[i + 1])
    out, banked, i = [], 0, 0
    month = events[0].at.date().replace(day=1)
    while month < today.replace(day=1):
        at = datetime.combine(_last_weekday(month.year, month.month), time(9, 0), timezone.utc)  # 16:00 WIB
        while i < len(after) and after[i][0] < at:
            i += 1
        now = after[i - 1][1] if i else 0
        target = max(min(now, lowest_from[i]) - CASH_RESERVE_RP, 0) // 500_000 * 500_000
        if target > banked:
            seq[0] += 1
            out.append(_Event(at, seq[0], "bank", -1, amount_rp=target - banked))
            banked = target
        month = _add_months(month, 1)
    return out


def _post(uow: UnitOfWork, actor: Actor, member: MemberRow, e: _Event, method: str, rules: SavingsRules,
          posting: PostingRules) -> None:
    """What `savings.post_move_in` writes for a setoran or penarikan (its own journal, the
    movement, the audit row), without reading back the result and the slip the demo does
    not need; the posting rules are gathered once per transaction."""
    into = e.kind == "setor"
    amount = e.amount_rp if into else -e.amount_rp
    title = f"{'Setoran' if into else 'Penarikan'} {e.stype.label.lower()}"
    memo = f"{title} {member.member_no} {member.name}" + (f": {e.memo}" if e.memo else "")
    journal = ledger.post_in(uow, actor.user_id, actor.username, JournalDraft(
        _uuid(1, e.seq), posting.today, memo[:200], savings.cash_lines(method, e.stype, rules, e.amount_rp, into),
        doc_type=savings.DOC_TYPE[e.kind]), source=("savings", member.member_no), rules=posting)
    row = savings.add_move_in(uow, actor.user_id, member, e.stype, e.kind, method, amount, posting.today,
                              journal.number, journal.id, uuid=str(_uuid(1, e.seq)), memo=e.memo)
    audit.append(uow, actor.username, f"savings.{e.kind}", journal.number,
                 {"member": member.member_no, "type": e.stype.value, "amount_rp": amount, "method": method,
                  "balance_after_rp": row.balance_after_rp, "memo": e.memo})


def build(at: ServiceContext, set_clock: Callable[[datetime], None], today: date,
          founders: list[tuple[str, str]], actors: dict[str, Actor]) -> DemoMembers:
    """Register the founders (name, NIK; numbered first, in this order) and the other
    members, with their savings history up to yesterday."""
    rng = random.Random(SEED)
    founding = founding_day(today)
    with at.reader() as uow:
        rules = savings.rules_in(uow)
    people = _people(rng, founding, today, founders)
    seq = [0]
    events = sorted(e for i, p in enumerate(people) for e in _events(rng, i, p, today, rules, seq))
    events = sorted(events + _bank_deposits(events, people, today, seq))
    pengurus, bendahara = actors["pengurus"], actors["bendahara"]
    moves = 0

    def chunk(e: _Event):  # a month per transaction; an exit is its own service call
        return (e.at.year, e.at.month, e.seq if e.kind == "exit" else 0)

    for (_y, _m, exit_seq), group in groupby(events, key=chunk):
        group = list(group)
        if exit_seq:
            (e,) = group
            p = people[e.person]
            set_clock(e.at)
            member_registry.exit_member(at.uow(), pengurus, p.member_no, p.exit[1], status=p.exit[0],
                                        uuid=_uuid(3, e.seq))
            continue
        with at.uow() as uow:
            rows: dict[int, MemberRow] = {}
            # Held here so the identity map keeps them: add_move_in then finds a member's
            # balance without a SELECT per movement.
            held_rows = uow.session.execute(select(SavingsBalanceRow)).scalars().all()  # noqa: F841
            zone, closed = profile.outlet_zone(uow), ledger.closed_through(uow)
            chart = ledger.load_chart(uow, {rules.account(t) for t in SavingsType}
                                      | set(CASH_ACCOUNT.values()))
            for e in group:
                set_clock(e.at)
                posting = PostingRules(chart, e.at.astimezone(zone.tzinfo).date(), closed)
                if e.kind == "bank":
                    ledger.post_in(uow, bendahara.user_id, bendahara.username, JournalDraft(
                        _uuid(2, e.seq), posting.today, "Setor kas simpanan anggota ke rekening BRI koperasi",
                        (LineDraft(CASH_ACCOUNT["transfer"], debit_rp=e.amount_rp),
                         LineDraft(CASH_ACCOUNT["tunai"], credit_rp=e.amount_rp))), rules=posting)
                    continue
                p = people[e.person]
                if e.kind == "join":
                    form = check_form(MemberForm(
                        name=p.name, nik=p.nik, birth_date=None, address=p.address, birth_place=p.birth_place,
                        gender="P" if p.female else "L", rt=p.rt, rw=p.rw, dusun=p.dusun, desa="Sukamaju",
                        phone=p.phone, occupation=p.occupation, join_date=p.join), today=profile.business_date(uow))
                    row = member_registry.add_checked_in(uow, pengurus.username, form)
                    p.member_id, p.member_no = row.id, row.member_no
                    rows[e.person] = row
                    continue
                row = rows.get(e.person) or rows.setdefault(e.person, uow.session.get(MemberRow, p.member_id))
                actor = pengurus if e.kind == "setor" and e.stype is SavingsType.POKOK else bendahara
                _post(uow, actor, row, e, _method(p, e), rules, posting)
                moves += 1
            uow.commit()
    by_name = {p.name: p.member_no for p in people}
    return DemoMembers([by_name[name] for name, _ in founders], len(people), moves)

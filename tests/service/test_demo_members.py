"""The demo outlet's members and their year of savings: what the screens and the other
tests may count on."""

from collections import Counter
from datetime import date

from sqlalchemy import text

from app.domain.nik import parse_nik
from app.services import checks, demo_shop, member_registry, savings, savings_reports

TODAY = date(2026, 11, 23)


def test_demo_members_are_registered_with_full_data(demo_ctx, login):
    pengurus = login("pengurus")
    listed = member_registry.list_members(demo_ctx.reader(), pengurus, limit=1000)
    assert 140 <= len(listed) <= 160
    # The founders keep their numbers and names (sales and kasbon limits use them).
    assert [(m.member_no, m.name) for m in listed[:20]] == [
        (f"A{i + 1:05d}", name) for i, name in enumerate(demo_shop.MEMBER_NAMES)]
    assert [m.member_no for m in listed] == [f"A{i + 1:05d}" for i in range(len(listed))]
    joins = [m.join_date for m in listed]
    assert joins == sorted(joins)  # numbered in joining order
    assert 365 <= (TODAY - joins[0]).days <= 550 and (TODAY - joins[-1]).days < 60
    occupations = Counter()
    for m in listed:
        p = member_registry.get_profile(demo_ctx.reader(), pengurus, m.member_no)
        nik = parse_nik(p.nik, today=TODAY)
        assert (nik.birth_date, "P" if nik.female else "L") == (p.birth_date, p.gender)
        assert p.rt and p.rw and p.dusun and p.desa == "Sukamaju" and p.address and p.occupation
        occupations[p.occupation] += 1
    assert {"Petani", "Pedagang", "Buruh", "Guru", "Ibu rumah tangga", "Nelayan", "Ojek"} <= set(occupations)


def test_demo_savings_history_arrears_and_exits(demo_ctx, login):
    pengurus = login("pengurus")
    with demo_ctx.reader() as uow:
        s = uow.session
        dates = [d for (d,) in s.execute(text("SELECT business_date FROM savings_moves ORDER BY id"))]
        kinds = Counter(s.execute(text("SELECT kind || '/' || type FROM savings_moves")).scalars())
        exited = dict(s.execute(text("SELECT member_no, status FROM members WHERE status <> 'aktif'")).all())
        months = s.execute(text("SELECT count(DISTINCT substr(CAST(business_date AS TEXT), 1, 7)) "
                                "FROM savings_moves")).scalar_one()
    assert dates == sorted(dates) and months >= 13  # written in date order, spread over the year
    assert kinds["setor/pokok"] == 150 and kinds["setor/wajib"] > 1_000
    assert kinds["setor/sukarela"] > 100 and kinds["tarik/sukarela"] > 20
    assert sorted(exited.values()) == ["keluar", "keluar", "meninggal"]
    assert all(no > "A00020" for no in exited)
    for no in exited:  # paid out in full
        assert savings.balances(demo_ctx.reader(), pengurus, no) == {"pokok": 0, "wajib": 0, "sukarela": 0}
    owed = Counter(r.months_owed for r in savings_reports.arrears(demo_ctx.reader(), pengurus, "2026-11"))
    assert sum(n for months, n in owed.items() if 2 <= months <= 5) >= 10  # some in real arrears
    assert sum(owed.values()) < 75  # most are paid up
    assert savings.get_rules(demo_ctx.reader(), pengurus).jasa_annual_bp == 0  # jasa is not on by default
    assert checks.run_checks(demo_ctx.reader()).ok

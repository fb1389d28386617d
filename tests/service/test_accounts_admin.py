"""Chart of accounts management and journal templates through the services."""

import json
from datetime import date
from uuid import uuid4

import pytest

from app.domain.accounts import AccountType
from app.domain.errors import DomainError, PermissionDenied
from app.domain.journal_templates import BUILTIN, JournalTemplate
from app.domain.ledger import JournalDraft, LineDraft
from app.services import accounts_admin, audit, journal_templates, ledger

TODAY = date(2026, 11, 23)


def pay(account, amount=10_000, on=TODAY):
    return JournalDraft(uuid4(), on, "Uji akun", (LineDraft(account, debit_rp=amount),
                                                  LineDraft("1101", credit_rp=amount)))


def chart(ctx, actor):
    return {a.code: a for a in accounts_admin.list_accounts(ctx.reader(), actor)}


def actions(ctx, login, action):
    return [(e.username, e.entity, json.loads(e.detail) if e.detail else None)
            for e in audit.entries(ctx.reader(), login("admin"), action=action)]


def test_add_a_leaf_account_and_post_to_it(demo_ctx, login, backend):
    b = login("bendahara")
    assert accounts_admin.next_code(demo_ctx.reader(), b, "52") == "5211"
    acc = accounts_admin.add_account(demo_ctx.uow(), b, "52", "5211", "  Beban  Keamanan ")
    assert (acc.code, acc.name, acc.type, acc.parent, acc.normal_side, acc.active) == (
        "5211", "Beban Keamanan", AccountType.BEBAN, "52", "debit", True)
    assert accounts_admin.next_code(demo_ctx.reader(), b, "52") == "5212"
    ledger.post_journal(demo_ctx.uow(), b, pay("5211", 35_000))
    rows = chart(demo_ctx, b)
    assert rows["5211"].balance_rp == 35_000 and rows["5211"].used
    assert rows["52"].balance_rp == sum(r.balance_rp for c, r in rows.items() if r.parent == "52")
    assert rows["5"].balance_rp == rows["51"].balance_rp + rows["52"].balance_rp
    liability = accounts_admin.add_account(demo_ctx.uow(), b, "21", "2111", "Utang Gaji")
    assert liability.type == AccountType.KEWAJIBAN and liability.normal_side == "kredit"
    assert actions(demo_ctx, login, "account.add")[-1][:2] == ("bendahara", "5211")


@pytest.mark.parametrize("parent, code, name, words", [
    ("52", "5311", "Beban Baru", "52 diikuti dua angka"),
    ("52", "52111", "Beban Baru", "52 diikuti dua angka"),
    ("52", "5201", "Beban Baru", "sudah dipakai"),
    ("5", "5999", "Beban Baru", "akun kepala dua angka"),
    ("5201", "520101", "Beban Baru", "akun kepala dua angka"),
    ("77", "7701", "Beban Baru", "tidak dikenal"),
    ("52", "5211", "  ", "wajib diisi"),
    ("52", "5211", "beban gaji", "sudah dipakai akun 5201"),
])
def test_refused_new_accounts_change_nothing(demo_ctx, login, parent, code, name, words):
    b = login("bendahara")
    before = chart(demo_ctx, b)
    with pytest.raises(DomainError) as err:
        accounts_admin.add_account(demo_ctx.uow(), b, parent, code, name)
    assert words in str(err.value)
    assert chart(demo_ctx, b) == before


def test_only_the_bendahara_changes_the_chart(demo_ctx, login):
    for role in ("kasir", "pengurus", "pengawas", "admin"):
        with pytest.raises(PermissionDenied):
            accounts_admin.add_account(demo_ctx.uow(), login(role), "52", "5211", "Beban Keamanan")
    with pytest.raises(PermissionDenied):
        accounts_admin.list_accounts(demo_ctx.reader(), login("kasir"))
    assert accounts_admin.list_accounts(demo_ctx.reader(), login("pengawas"))


def test_rename_is_audited(demo_ctx, login, backend):
    b = login("bendahara")
    info = accounts_admin.rename_account(demo_ctx.uow(), b, "5204", "Beban Transport dan BBM")
    assert info.name == "Beban Transport dan BBM"
    assert ledger.post_journal(demo_ctx.uow(), b, pay("5204")).lines[0].account_name == "Beban Transport dan BBM"
    assert actions(demo_ctx, login, "account.rename")[0] == (
        "bendahara", "5204", {"old": "Beban Transport", "new": "Beban Transport dan BBM"})
    with pytest.raises(DomainError) as err:
        accounts_admin.rename_account(demo_ctx.uow(), b, "5204", "Kas")
    assert "sudah dipakai akun 1101" in str(err.value)


def test_deactivated_account_refuses_postings_until_reactivated(demo_ctx, login, backend):
    b = login("bendahara")
    ledger.post_journal(demo_ctx.uow(), b, pay("5206", 1_000))
    info = accounts_admin.set_active(demo_ctx.uow(), b, "5206", False)
    assert not info.active and info.used
    count = ledger.count_journals(demo_ctx.reader(), b)
    with pytest.raises(DomainError) as err:
        ledger.post_journal(demo_ctx.uow(), b, pay("5206"))
    assert any("tidak aktif" in d for d in err.value.details)
    assert ledger.count_journals(demo_ctx.reader(), b) == count
    with pytest.raises(DomainError):
        accounts_admin.set_active(demo_ctx.uow(), b, "5206", False)
    accounts_admin.set_active(demo_ctx.uow(), b, "5206", True)
    ledger.post_journal(demo_ctx.uow(), b, pay("5206"))
    assert [a[1] for a in actions(demo_ctx, login, "account.deactivate")] == ["5206"]
    assert [a[1] for a in actions(demo_ctx, login, "account.activate")] == ["5206"]


@pytest.mark.parametrize("code, words", [
    ("1101", "dipakai otomatis"),  # the till posts to Kas
    ("52", "akun kepala"),
    ("1203", "masih bersaldo"),  # the demo's equipment
])
def test_deactivation_refusals(demo_ctx, login, code, words):
    b = login("bendahara")
    with pytest.raises(DomainError) as err:
        accounts_admin.set_active(demo_ctx.uow(), b, code, False)
    assert words in str(err.value)
    assert chart(demo_ctx, b)[code].active


def test_only_an_unused_added_account_can_be_deleted(demo_ctx, login, backend):
    b = login("bendahara")
    accounts_admin.add_account(demo_ctx.uow(), b, "52", "5211", "Beban Keamanan")
    accounts_admin.add_account(demo_ctx.uow(), b, "52", "5212", "Beban Salah Ketik")
    ledger.post_journal(demo_ctx.uow(), b, pay("5211"))
    with pytest.raises(DomainError) as err:
        accounts_admin.delete_account(demo_ctx.uow(), b, "5211")
    assert err.value.code == "account_used" and "Nonaktifkan" in err.value.message
    with pytest.raises(DomainError) as err:
        accounts_admin.delete_account(demo_ctx.uow(), b, "5299")
    assert err.value.code == "account_builtin"
    accounts_admin.delete_account(demo_ctx.uow(), b, "5212")
    rows = chart(demo_ctx, b)
    assert "5212" not in rows and "5211" in rows
    assert actions(demo_ctx, login, "account.delete")[0][:2] == ("bendahara", "5212")


def test_builtin_templates_and_a_templated_journal(demo_ctx, login, backend):
    b = login("bendahara")
    templates = journal_templates.list_templates(demo_ctx.reader(), b)
    assert [t.key for t in templates] == ["gaji", "listrik", "sewa", "transport", "atk"]
    assert all(t.builtin and t.credit == "1101" for t in templates)
    uuid = uuid4()
    info = journal_templates.post_from_template(demo_ctx.uow(), b, "listrik", uuid=uuid, on=TODAY,
                                                amount_rp=412_000, credit="1102")
    assert info.doc_type == "JU" and info.memo == "Bayar listrik dan air gerai"
    assert [(l.account, l.debit_rp, l.credit_rp) for l in info.lines] == [("5202", 412_000, 0),
                                                                         ("1102", 0, 412_000)]
    again = journal_templates.post_from_template(demo_ctx.uow(), b, "listrik", uuid=uuid, on=TODAY,
                                                 amount_rp=412_000, credit="1102")
    assert again.number == info.number  # a retry replays
    with pytest.raises(DomainError) as err:
        journal_templates.post_from_template(demo_ctx.uow(), b, "gaji", uuid=uuid4(), on=TODAY)
    assert err.value.code == "amount_required"


def test_the_outlets_own_templates(demo_ctx, login, backend):
    b = login("bendahara")
    own = journal_templates.save_template(demo_ctx.uow(), b, JournalTemplate(
        "bbm-motor", "BBM motor antar barang", "5204", "1101", 50_000))
    override = journal_templates.save_template(demo_ctx.uow(), b, JournalTemplate(
        "gaji", "Gaji 2 pegawai", "5201", "1102", 3_000_000))
    assert not own.builtin and override.builtin
    templates = {t.key: t for t in journal_templates.list_templates(demo_ctx.reader(), b)}
    assert list(templates) == ["gaji", "listrik", "sewa", "transport", "atk", "bbm-motor"]
    assert (templates["gaji"].memo, templates["gaji"].credit, templates["gaji"].amount_rp) == (
        "Gaji 2 pegawai", "1102", 3_000_000)
    info = journal_templates.post_from_template(demo_ctx.uow(), b, "bbm-motor", uuid=uuid4(), on=TODAY)
    assert info.total_rp == 50_000 and info.lines[0].account == "5204"
    # An account a template names cannot be deleted; deleting the override brings the built-in back.
    accounts_admin.add_account(demo_ctx.uow(), b, "52", "5211", "Beban Keamanan")
    journal_templates.save_template(demo_ctx.uow(), b, JournalTemplate("satpam", "Honor satpam", "5211"))
    with pytest.raises(DomainError) as err:
        accounts_admin.delete_account(demo_ctx.uow(), b, "5211")
    assert err.value.code == "account_in_template"
    journal_templates.delete_template(demo_ctx.uow(), b, "gaji")
    assert journal_templates.get_template(demo_ctx.reader(), b, "gaji") == BUILTIN[0]
    with pytest.raises(DomainError):
        journal_templates.delete_template(demo_ctx.uow(), b, "listrik")  # built-in
    assert [a[1] for a in actions(demo_ctx, login, "journal_template.save")] == ["satpam", "gaji", "bbm-motor"]


@pytest.mark.parametrize("template, words", [
    (JournalTemplate("Gaji Besar", "x", "5201"), "Kode templat"),
    (JournalTemplate("x", " ", "5201"), "wajib diisi"),
    (JournalTemplate("x", "Pindah kas", "1102"), "tidak boleh Kas atau Bank"),
    (JournalTemplate("x", "Listrik", "5202", "2101"), "Kas (1101) atau Kas di Bank"),
    (JournalTemplate("x", "Listrik", "52"), "akun kepala"),
    (JournalTemplate("x", "Listrik", "9999"), "tidak dikenal"),
    (JournalTemplate("x", "Listrik", "5202", amount_rp=-5), "0 atau lebih"),
])
def test_bad_templates_are_refused(demo_ctx, login, template, words):
    b = login("bendahara")
    with pytest.raises(DomainError) as err:
        journal_templates.save_template(demo_ctx.uow(), b, template)
    assert words in str(err.value)
    assert len(journal_templates.list_templates(demo_ctx.reader(), b)) == len(BUILTIN)
    with pytest.raises(PermissionDenied):
        journal_templates.save_template(demo_ctx.uow(), login("pengawas"), JournalTemplate("y", "Y", "5202"))

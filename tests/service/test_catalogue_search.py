"""Name search: every word a substring of name, SKU or category, case-insensitive, active
goods only unless asked; the trigram index (migration 0004) may only make it faster.

Each answer is compared with a plain reference: the whole catalogue in the database's
own order, filtered in Python."""

import pytest
from sqlalchemy import event, text

from app.services import catalogue, checks
from app.services.catalogue import ProductDraft, search_key
from tests.service.shop_helpers import open_shift, sell


def draft(sku, name, category="Lain-lain", **kw):
    return ProductDraft(sku, name, "pcs", kw.pop("price_rp", 10_000), category=category, **kw)


@pytest.fixture
def shelf(demo_ctx, login):
    """The demo catalogue plus names that are awkward for a search index."""
    p = login("pengurus")
    for d in (draft("KUE_LAPIS-1", 'Kue "Lapis" Legit 100% Asli', "Kue"),
              draft("KOPI.GAYO", "Kopi Arabika Gayo ÖKO 250 g", "Minuman"),
              draft("SBN-MTI", "Sabun Batang Lama", "Kebersihan", active=False),
              draft("X1", "Ab", "Lain-lain")):
        catalogue.create_product(demo_ctx.uow(), p, d)
    return demo_ctx, p


def found(ctx, actor, q, **kw):
    return [i.product.sku for i in catalogue.search(ctx.reader(), actor, q, limit=1000, **kw)]


def reference(ctx, actor, q, *, active_only=True):
    everything = catalogue.search(ctx.reader(), actor, "", active_only=False, limit=10_000)
    words = q.casefold().split()
    return [i.product.sku for i in everything
            if (i.product.active or not active_only)
            and all(w in search_key(i.product.name, i.product.sku, i.product.category) for w in words)]


QUERIES = ["beras", "inyak", "MINYAK goreng", "mInYaK GoReNg", "rigu", "eng 2", "goreng 2", "1 l", "mi", "a",
           "ab", "520", "kcp-5", "lpg3", "ras s", '"lapis"', "100%", "0%", "e_1", "_", "%", "öko", "ÖKO", "gayo ö",
           'la"', "zzzz", "", "   "]


@pytest.mark.parametrize("q", QUERIES)
def test_search_is_the_plain_substring_search(shelf, backend, q):
    ctx, p = shelf
    assert found(ctx, p, q) == reference(ctx, p, q)
    assert found(ctx, p, q, active_only=False) == reference(ctx, p, q, active_only=False)


def test_words_in_the_middle_and_any_case(shelf, backend):
    ctx, p = shelf
    assert found(ctx, p, "inyak") == found(ctx, p, "INYAK") == ["MNY-1L", "MNY-2L"]
    assert found(ctx, p, "erigu") == ["TPG-1KG"]
    assert found(ctx, p, "ereal") == []
    assert found(ctx, p, '"lapis" 100%') == ["KUE_LAPIS-1"]
    assert found(ctx, p, "arabika öko") == found(ctx, p, "ARABIKA ÖKO") == ["KOPI.GAYO"]


def test_short_words_keep_the_plain_search(shelf, backend):
    ctx, p = shelf
    assert found(ctx, p, "ab") == reference(ctx, p, "ab") and "X1" in found(ctx, p, "ab")
    assert found(ctx, p, "1 l") == reference(ctx, p, "1 l") and "MNY-1L" in found(ctx, p, "1 l")  # no trigram
    assert found(ctx, p, "mi 1") == reference(ctx, p, "mi 1")


def test_inactive_goods_only_when_asked(shelf, backend):
    ctx, p = shelf
    assert found(ctx, p, "sabun") == ["SBN-750"]
    assert found(ctx, p, "sabun", active_only=False) == ["SBN-MTI", "SBN-750"]
    catalogue.update_product(ctx.uow(), p, "SBN-750", draft("SBN-750", "Sabun Cuci Piring 750 ml", "Kebersihan",
                                                            price_rp=14_500, active=False))
    assert found(ctx, p, "sabun") == []
    assert found(ctx, p, "sabun", category="Kebersihan", active_only=False) == ["SBN-MTI", "SBN-750"]


def test_a_renamed_product_is_found_by_its_new_name_only(shelf, backend):
    ctx, p = shelf
    assert found(ctx, p, "kecap") == ["KCP-520"]
    catalogue.update_product(ctx.uow(), p, "KCP-520", draft("KCP-520", "Saus Sambal Pedas 520 ml", "Bumbu",
                                                            price_rp=22_000))
    assert found(ctx, p, "kecap") == [] and found(ctx, p, "ecap manis") == []
    assert found(ctx, p, "sambal") == ["KCP-520"] and found(ctx, p, "mbal ped") == ["KCP-520"]
    assert "KCP-520" in found(ctx, p, "520")


def test_a_deleted_product_leaves_nothing_behind(shelf, backend):
    """Products are normally made inactive, never deleted; if a row does go (by hand), its
    words must not stay in the index, not even for a new product that gets its id."""
    ctx, p = shelf
    catalogue.create_product(ctx.uow(), p, draft("HAPUS-1", "Dodol Garut Istimewa"))
    with ctx.uow() as uow:
        old_id = uow.session.execute(text("SELECT id FROM products WHERE sku = 'HAPUS-1'")).scalar_one()
        uow.session.execute(text("DELETE FROM products WHERE sku = 'HAPUS-1'"))
        uow.commit()
    assert found(ctx, p, "dodol", active_only=False) == []
    catalogue.create_product(ctx.uow(), p, draft("BARU-1", "Keripik Tempe"))
    assert found(ctx, p, "dodol", active_only=False) == []
    assert found(ctx, p, "tempe") == ["BARU-1"]
    with ctx.reader() as uow:
        assert uow.session.execute(text("SELECT id FROM products WHERE sku = 'BARU-1'")).scalar_one() >= old_id
    fts_integrity_check(ctx, backend)


def fts_integrity_check(ctx, backend):
    """SQLite: FTS5 compares its index with the products table (raises when they differ)."""
    if backend == "sqlite":
        with ctx.uow() as uow:
            uow.session.execute(text("INSERT INTO products_fts (products_fts, rank) VALUES ('integrity-check', 1)"))
            uow.rollback()


def test_long_words_use_the_index_short_ones_do_not(shelf, backend):
    ctx, p = shelf
    seen = []
    listen = lambda conn, cur, statement, *a: seen.append(statement)  # noqa: E731
    event.listen(ctx.uows.engine, "before_cursor_execute", listen)
    try:
        found(ctx, p, "goreng 2")
        long_ = [s for s in seen if "FROM products" in s]
        seen.clear()
        found(ctx, p, "mi 2")
        short = [s for s in seen if "FROM products" in s]
    finally:
        event.remove(ctx.uows.engine, "before_cursor_execute", listen)
    assert ("MATCH" in long_[0]) == (backend == "sqlite")
    assert "MATCH" not in short[0]


def test_stock_changes_leave_the_index_alone_and_it_stays_whole(shelf, login, backend):
    """A sale updates product rows (stock) but not their text: search is unchanged, and on
    SQLite FTS5's own integrity check agrees with the products table."""
    ctx, p = shelf
    before = found(ctx, p, "goreng")
    kasir = login("kasir")
    open_shift(ctx, kasir)
    sell(ctx, kasir, ("MIE-GRG", 2), ("MNY-1L", 1))
    assert found(ctx, p, "goreng") == before
    fts_integrity_check(ctx, backend)


@pytest.mark.sqlite_only
def test_kopdes_check_notices_a_search_index_without_its_triggers(shelf, backend):
    ctx, p = shelf
    by_name = {c.name: c for c in checks.run_checks(ctx.reader()).checks}
    assert by_name["indeks_pencarian_barang"].ok
    with ctx.uow() as uow:  # what a later batch migration of `products` would do by accident
        uow.session.execute(text("DROP TRIGGER products_fts_insert"))
        uow.commit()
    catalogue.create_product(ctx.uow(), p, draft("TANPA-1", "Rengginang Ketan"))
    assert found(ctx, p, "rengginang") == []  # not indexed: exactly what the check is for
    bad = {c.name: c for c in checks.run_checks(ctx.reader()).checks}["indeks_pencarian_barang"]
    assert not bad.ok and "products_fts_insert" in bad.detail

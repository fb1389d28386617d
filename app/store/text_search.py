"""Substring search over products.search_text, helped by the trigram index of migration 0004.

The meaning is always the plain one: every word of the query is a substring of the
casefolded search text (LIKE '%word%'). On SQLite, words of 3 characters or more are
also looked up in the FTS5 trigram table `products_fts`, which narrows the rows to
those containing them; the LIKE conditions stay, so the FTS table can only speed the
search up, never change its answer. Shorter words cannot use trigrams and keep the
plain LIKE scan. On PostgreSQL the pg_trgm GIN index serves the LIKE conditions
themselves (when the extension could be created), so the query is the same either way.
"""

from __future__ import annotations

from sqlalchemy import Select, column, literal_column, table

from app.store.migrate import SEARCH_INDEX_TABLE
from app.store.models_shop import ProductRow

TRIGRAM = 3  # shorter words have no trigram to look up

_FTS = table(SEARCH_INDEX_TABLE, column("rowid"))


def query_words(text: str) -> list[str]:
    return text.casefold().split()


def fts_match(words: list[str]) -> str | None:
    """An FTS5 query: each long-enough word as a quoted string (a substring for trigrams)."""
    phrases = ['"' + w.replace('"', '""') + '"' for w in words if len(w) >= TRIGRAM]
    return " AND ".join(phrases) or None


def where_products_contain(q: Select, dialect: str, text: str) -> Select:
    """`q` (a select from products) limited to rows whose search text holds every word."""
    words = query_words(text)
    for word in words:
        q = q.where(ProductRow.search_text.contains(word, autoescape=True))
    match = fts_match(words) if dialect == "sqlite" else None
    if match is not None:
        q = q.join(_FTS, _FTS.c.rowid == ProductRow.id).where(literal_column(SEARCH_INDEX_TABLE).op("MATCH")(match))
    return q

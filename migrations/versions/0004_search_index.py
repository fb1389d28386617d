"""search index: product names by substring; sale_returns.shift_id index

SQLite: an FTS5 table with the trigram tokenizer over products.search_text
(external content: it stores only the index, the text stays in products), kept in
step by triggers. PostgreSQL: pg_trgm and a GIN trigram index, which LIKE
'%…%' uses as it is; without the right to create the extension the migration
still succeeds and search stays a plain LIKE scan.

Neither is in the SQLAlchemy metadata (app/store/migrate.include_name keeps the
comparison of models and migrations away from them). A later migration that
rebuilds `products` in batch mode (SQLite copies the table) drops the triggers
with it and must create them again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 09:00:00
"""
from alembic import op
from sqlalchemy.exc import DBAPIError

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE products_fts USING fts5("
    "search_text, content='products', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN "
    "INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER products_fts_delete AFTER DELETE ON products BEGIN "
    "INSERT INTO products_fts (products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    # Only a change of the text touches the index: the till's stock updates do not.
    "CREATE TRIGGER products_fts_update AFTER UPDATE OF id, search_text ON products BEGIN "
    "INSERT INTO products_fts (products_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO products_fts (rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO products_fts (products_fts) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS products_fts_update",
    "DROP TRIGGER IF EXISTS products_fts_delete",
    "DROP TRIGGER IF EXISTS products_fts_insert",
    "DROP TABLE IF EXISTS products_fts",
)
PG_TRGM_INDEX = "ix_products_search_trgm"


def _try(conn, sql: str) -> bool:
    """Run `sql` inside a SAVEPOINT: a refusal (no privilege, extension not installed)
    rolls back only this statement, not the upgrade."""
    savepoint = conn.begin_nested()
    try:
        conn.exec_driver_sql(sql)
    except DBAPIError:
        savepoint.rollback()
        return False
    savepoint.commit()
    return True


def upgrade() -> None:
    op.create_index(op.f('ix_sale_returns_shift_id'), 'sale_returns', ['shift_id'], unique=False)
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for sql in SQLITE_UP:
            op.execute(sql)
    elif conn.dialect.name == 'postgresql':
        if _try(conn, "CREATE EXTENSION IF NOT EXISTS pg_trgm"):
            _try(conn, f"CREATE INDEX IF NOT EXISTS {PG_TRGM_INDEX} ON products USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == 'sqlite':
        for sql in SQLITE_DOWN:
            op.execute(sql)
    elif conn.dialect.name == 'postgresql':
        op.execute(f"DROP INDEX IF EXISTS {PG_TRGM_INDEX}")  # the extension may serve others: it stays
    op.drop_index(op.f('ix_sale_returns_shift_id'), table_name='sale_returns')

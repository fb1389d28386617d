"""Alembic environment: batch mode for SQLite, the app's own engine when run from code."""

from alembic import context

from app.store.db import make_engine
from app.store.migrate import include_name
from app.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=include_name,  # the search index (0004) is not in the models
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = config.attributes.get("engine") or make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table (copy, drop, rename); with foreign keys on, dropping a
            # table that other rows point at fails. Off for the migration (it only works outside
            # a transaction, hence the raw connection before SQLAlchemy begins one), then proven.
            connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            _run(connection)
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
            connection.commit()
        finally:
            if sqlite:
                connection.rollback()
                connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    raise SystemExit("Kopdes migrations run online only.")
run_online()

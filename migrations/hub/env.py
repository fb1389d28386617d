"""Alembic environment of the district hub's database: its own metadata (app/store/models_hub.py),
batch mode for SQLite, the app's own engine when run from code."""

from alembic import context

from app.store.db import make_engine
from app.store.models_hub import HubBase

config = context.config
target_metadata = HubBase.metadata


def run_online() -> None:
    engine = config.attributes.get("engine") or make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("Kopdes migrations run online only.")
run_online()

"""Persistence adapter: tables, engine, unit of work, migrations, backups."""

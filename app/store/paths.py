"""Where the outlet's data lives: the user data directory, or KOPDES_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

DB_FILENAME = "kopdes.sqlite3"
HUB_DB_FILENAME = "hub.sqlite3"  # the district hub (`kopdes hub …`), a database of its own


def data_dir() -> Path:
    override = os.environ.get("KOPDES_DATA_DIR")
    base = Path(override) if override else Path(user_data_dir("Kopdes", "Kopdes"))
    return base.expanduser()


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def default_hub_db_path() -> Path:
    return data_dir() / HUB_DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit beside the database they protect."""
    return db_path.parent / "backups"

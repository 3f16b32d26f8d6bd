"""What the unlock dialog needs before anything else is loaded: the vault's user names, read
with the standard library only (no SQLAlchemy, pydantic or cryptography), so the dialog can be
on screen while the rest of the program loads."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DB_NAME = "vault.db"


def user_names(folder: Path) -> list[str]:
    """Active users, oldest first; [] if there is no readable vault."""
    path = folder / DB_NAME
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error:
        return []
    try:
        rows = conn.execute("SELECT name FROM vault_user WHERE removed_at IS NULL "
                            "ORDER BY created_at, id").fetchall()
        return [str(r[0]) for r in rows]
    except (sqlite3.Error, UnicodeDecodeError):  # a damaged schema name: storage/database.py
        return []
    finally:
        conn.close()

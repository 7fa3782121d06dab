"""The language of the command line's messages: BRANCHDESK_LANG if set, else the language
chosen in the data folder's settings (设置 → 常规), else the system's (zh → Chinese, anything
else → English). The data folder is only read, through a read-only connection."""

from __future__ import annotations

import locale
import os
import sqlite3
from pathlib import Path

from branchdesk.store.db import sqlite_uri

LANG_ENV = "BRANCHDESK_LANG"
LANGUAGE_SETTING = "language"  # as ui/i18n.py stores it: "zh_CN" or "en"
DATABASE_FILE = "branchdesk.sqlite3"
CHINESE, ENGLISH = "zh_CN", "en"


def _normalised(value: str) -> str | None:
    value = value.strip().lower()
    if not value:
        return None
    return CHINESE if value.startswith("zh") else ENGLISH


def stored_language(data_dir: Path | None) -> str | None:
    """The language saved in the data folder's settings, if it can be read."""
    if data_dir is None:
        return None
    database = data_dir / DATABASE_FILE
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(sqlite_uri(database), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", [LANGUAGE_SETTING]
        ).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _normalised(str(row[0]).strip('"')) if row else None


def system_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return _normalised(value) or ENGLISH
    found = (
        locale.getlocale()[0] or ""
    )  # Windows: the user's locale, e.g. Chinese (Simplified)_China
    return CHINESE if found.lower().startswith(("zh", "chinese")) else ENGLISH


def cli_language(data_dir: Path | None) -> str:
    return (
        _normalised(os.environ.get(LANG_ENV, "")) or stored_language(data_dir) or system_language()
    )

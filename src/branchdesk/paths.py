"""Where BranchDesk keeps its data and logs. Resolved at start-up, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from branchdesk import APP_NAME

DATA_DIR_ENV = "BRANCHDESK_DATA_DIR"
# The database's name in a data folder; the same as store.db.DATABASE_NAME (a test checks),
# repeated here so that the GUI can tell a first run without loading the data layer.
DATABASE_FILE = "branchdesk.sqlite3"


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then `BRANCHDESK_DATA_DIR`, then the platform's user data folder."""
    if option:
        return Path(option).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

"""An open data folder: the repositories and the use cases that span them.

The UI and the CLI hold a `Workspace` and nothing below it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

from sqlite_utils import Database

from branchdesk.core.enums import Post
from branchdesk.store import db as store_db
from branchdesk.store.branch_repo import BranchRepository
from branchdesk.store.members_repo import MemberRepository
from branchdesk.store.record_tables import count_records
from branchdesk.store.settings_repo import SettingsRepository

log = logging.getLogger(__name__)

ATTACHMENTS_DIR = "attachments"


@dataclass(frozen=True)
class WorkspaceInfo:
    data_dir: Path
    database: Path
    schema_version: str
    counts: dict[str, int]


class Workspace:
    def __init__(self, data_dir: Path, db: Database) -> None:
        self.data_dir = data_dir
        self.db = db
        self.members = MemberRepository(db)
        self.branch = BranchRepository(db)
        self.settings = SettingsRepository(db)

    @classmethod
    def open(cls, data_dir: Path) -> Workspace:
        """Open the data folder, creating it and its database on first use."""
        data_dir.mkdir(parents=True, exist_ok=True)
        path = data_dir / store_db.DATABASE_NAME
        db = store_db.open_database(path, data_dir / store_db.BACKUPS_DIR)
        return cls(data_dir, db)

    @property
    def database_path(self) -> Path:
        return self.data_dir / store_db.DATABASE_NAME

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / ATTACHMENTS_DIR

    def counts(self) -> dict[str, int]:
        return count_records(self.db)

    def is_empty(self) -> bool:
        """No branch profile and no record of any type: safe to fill with demo data."""
        return self.branch.get() is None and not any(self.counts().values())

    def info(self) -> WorkspaceInfo:
        return WorkspaceInfo(
            data_dir=self.data_dir,
            database=self.database_path,
            schema_version=store_db.schema_version(self.db),
            counts=self.counts(),
        )

    def secretary_id(self, day: date) -> int | None:
        """The member holding the secretary's post on *day*, if a term covers it."""
        for term in self.branch.terms():
            if term.covers(day):
                return term.holder_of(Post.SECRETARY)
        return None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

"""The list of migrations, with sqlite-utils doing the applying only when one is pending.

`@migrations(name=..., transactional=...)` registers a migration as sqlite-utils'
`Migrations` does, and what was applied is read from the same `_sqlite_migrations` table;
opening a data folder that is up to date therefore never imports sqlite-utils (~0.1 s).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from branchdesk.store.connection import Database

if TYPE_CHECKING:
    import sqlite_utils

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' name: files already have it

MigrationFunction = Callable[[Database], None]


@dataclass(frozen=True)
class Migration:
    name: str
    fn: MigrationFunction
    transactional: bool = True


class MigrationSet:
    def __init__(self, name: str) -> None:
        self.name = name
        self._migrations: list[Migration] = []

    def __call__(
        self, *, name: str, transactional: bool = True
    ) -> Callable[[MigrationFunction], MigrationFunction]:
        def register(fn: MigrationFunction) -> MigrationFunction:
            if any(m.name == name for m in self._migrations):
                raise ValueError(f"migration {name} is registered twice")
            self._migrations.append(Migration(name, fn, transactional))
            return fn

        return register

    def applied(self, db: Database) -> list[str]:
        """The names applied to *db*, in the order they were."""
        if not db.table_exists(MIGRATIONS_TABLE):
            return []
        rows = db.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [self.name],
        ).fetchall()
        return [str(row[0]) for row in rows]

    def all(self) -> tuple[Migration, ...]:
        """Every migration, in the order they apply."""
        return tuple(self._migrations)

    def pending(self, db: Database) -> list[Migration]:
        done = set(self.applied(db))
        return [m for m in self._migrations if m.name not in done]

    def apply(self, db: Database) -> None:
        """Apply what is pending through sqlite-utils (its table, its bookkeeping), each
        migration with its record in one transaction that takes the write lock first."""
        from sqlite_utils.migrations import Migrations

        runner = Migrations(self.name)
        for migration in self._migrations:
            runner(name=migration.name, transactional=migration.transactional)(
                _calling(migration.fn, db)
            )
        runner.apply(_utils_database(db))


def _calling(fn: MigrationFunction, db: Database) -> Callable[[Any], None]:
    def run(_: Any) -> None:
        fn(db)

    run.__name__ = fn.__name__
    return run


def _utils_database(db: Database) -> sqlite_utils.Database:
    """sqlite-utils' view of the same connection, its transactions as `Database.atomic`."""
    import sqlite_utils

    class _Locked(sqlite_utils.Database):
        @contextmanager
        def atomic(self) -> Iterator[sqlite_utils.Database]:
            with db.atomic():
                yield self

    return _Locked(db.conn, execute_plugins=False, strict=True)


def run_script(db: Database, script: str) -> None:
    """Run each statement of *script* inside the migration's transaction.

    `sqlite3.executescript` would COMMIT first and break the migration's atomicity, so
    statements are split with `sqlite3.complete_statement` (which understands triggers).
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:60]}")

"""The one connection every repository talks through: the standard `sqlite3` module.

Repositories need three things of a connection: `execute`, `atomic()` and, for bulk child
rows, `conn.executemany`. Importing sqlite-utils for them would cost the start ~0.1 s (it
pulls in click, pluggy and more), so the run-time code has only this small class and
sqlite-utils is imported for migrations alone (store/migration_set.py), when one is pending.

The semantics are sqlite-utils' own, so the two can share one `sqlite3.Connection` (the
default, deferred transaction handling): a write outside `atomic()` commits at once; inside,
it joins the transaction; `atomic()` nests with savepoints.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from branchdesk.store.errors import storage_error

Parameters = Sequence[Any] | Mapping[str, Any]

# Statements that open or end a transaction themselves: never committed behind them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


@contextlib.contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn SQLite's errors about the file or the disk into one-line user errors."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        error = storage_error(str(path), exc)
        if error is None:
            raise
        raise error from exc


class Database:
    """A connection whose transactions report a read-only, full or damaged disk clearly.

    Every repository writes inside `atomic()`, so this one place covers every write; the
    transaction is rolled back first, so nothing is partly written.

    The outermost transaction takes the write lock at its start (BEGIN IMMEDIATE). A plain
    BEGIN reads first and asks for the lock at its first write; in WAL mode, if another
    connection (a worker's backup or import, or its closing search-index update) is writing
    then, SQLite refuses at once with "database is locked" instead of waiting the busy
    timeout, since the snapshot already read would be stale.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the failed statement's implicit transaction
            raise
        if (
            not was_in_transaction
            and self.conn.in_transaction
            and cursor.description is None
            and _first_keyword(sql) not in _TRANSACTION_CONTROL
        ):
            self.conn.execute("COMMIT")  # an implicit transaction of a lone write
        return cursor

    def rows(self, sql: str, parameters: Parameters | None = None) -> list[sqlite3.Row]:
        """The rows of a SELECT, each readable by column name (`row["held_on"]`)."""
        cursor = self.conn.execute(sql, () if parameters is None else parameters)
        cursor.row_factory = sqlite3.Row
        return cursor.fetchall()

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        with translated_errors(self.path):
            if self.conn.in_transaction:
                with self._savepoint():
                    yield self
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                self.rollback()  # a no-op if the error already ended the transaction
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"branchdesk_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # A RAISE(ROLLBACK) trigger can end the whole transaction, savepoints included.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        else:
            self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_exists(self, name: str) -> bool:
        found = self.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]
        ).fetchone()
        return found is not None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _first_keyword(sql: str) -> str:
    words = sql.lstrip().split(None, 1)
    return words[0].rstrip(";").upper() if words else ""

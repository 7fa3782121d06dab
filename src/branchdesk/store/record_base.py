"""What the repositories of top-level records share: insert-or-update with stamps, and the
recycle bin (child rows stay with their parent and come back with it)."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from branchdesk.store.connection import Database
from branchdesk.store.convert import now_stamp
from branchdesk.store.errors import NotFoundError
from branchdesk.store.record_checks import require_valid

T = TypeVar("T")


class TrashableRepository(Generic[T]):
    """A repository over one table with `created_at`, `updated_at` and `deleted_at` columns.

    A subclass names its table, its date column and implements `_select`.
    """

    table: str
    date_column: str  # the ISO date that places a record in a year
    what: str  # the record's name in error messages

    def __init__(self, db: Database) -> None:
        self._db = db

    def _select(self, clause: str, params: list[Any]) -> list[T]:
        raise NotImplementedError

    def all(self, year: int | None = None) -> list[T]:
        """Live records, oldest first; only those of *year* when given."""
        where, params = "", []
        if year is not None:
            where, params = f" AND substr({self.date_column}, 1, 4) = ?", [f"{year:04d}"]
        return self._select(
            f"WHERE deleted_at IS NULL{where} ORDER BY {self.date_column}, id", params
        )

    def deleted(self) -> list[T]:
        """The records in the recycle bin, most recently deleted first."""
        return self._select("WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC", [])

    def get(self, record_id: int) -> T:
        """A record by id, in the recycle bin or not."""
        found = self._select("WHERE id = ?", [record_id])
        if not found:
            raise NotFoundError(self.what, record_id)
        return found[0]

    def _upsert(self, record_id: int | None, values: dict[str, Any]) -> int:
        """Insert (when *record_id* is None) or update the row; return its id."""
        require_valid(self.table, values)  # the rules every way in passes (record_schema)
        stamp = now_stamp()
        if record_id is None:
            values = {**values, "created_at": stamp, "updated_at": stamp}
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            cursor = self._db.execute(
                f"INSERT INTO {self.table} ({cols}) VALUES ({marks})", list(values.values())
            )
            return int(cursor.lastrowid or 0)
        values = {**values, "updated_at": stamp}
        assignments = ", ".join(f"{k} = ?" for k in values)
        cursor = self._db.execute(
            f"UPDATE {self.table} SET {assignments} WHERE id = ?", [*values.values(), record_id]
        )
        if cursor.rowcount == 0:
            raise NotFoundError(self.what, record_id)
        return record_id

    def _replace_children(
        self, child_table: str, parent_column: str, parent_id: int, rows: list[dict[str, Any]]
    ) -> None:
        self._db.execute(f"DELETE FROM {child_table} WHERE {parent_column} = ?", [parent_id])
        for row in rows:
            values = {parent_column: parent_id, **row}
            require_valid(child_table, values)
            cols = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            self._db.execute(
                f"INSERT INTO {child_table} ({cols}) VALUES ({marks})", list(values.values())
            )

    def move_to_recycle_bin(self, record_id: int) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE {self.table} SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [now_stamp(), record_id],
            )
        if cursor.rowcount == 0:
            raise NotFoundError(self.what, record_id)

    def restore(self, record_id: int) -> None:
        with self._db.atomic():
            self._db.execute(f"UPDATE {self.table} SET deleted_at = NULL WHERE id = ?", [record_id])

    def purge(self, record_id: int) -> None:
        """Delete for good, only from the recycle bin; child rows cascade."""
        with self._db.atomic():
            self._db.execute(
                f"DELETE FROM {self.table} WHERE id = ? AND deleted_at IS NOT NULL", [record_id]
            )

"""What an export archive must be, beyond a sound zip, before one of its rows is written.

- Every value is a plain value of its column (no list or object where a value belongs, no
  integer SQLite cannot store, no text beyond any column's length, base64 that decodes).
- It holds every record file its own schema has (an archive from before a record type
  existed lacks that file, rightly; one of today's schema lacking talks.json lost them).
- It agrees with its manifest's counts.
- Its rows pass the structural rules (`store.record_checks`), references included.
"""

from __future__ import annotations

import base64
import binascii
import functools
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from branchdesk.core.findings import RECORD
from branchdesk.core.record_schema import LARGEST, LONG_TEXT, SMALLEST
from branchdesk.store.archive_zip import ArchiveError
from branchdesk.store.connection import Database
from branchdesk.store.migrations import migrations
from branchdesk.store.record_checks import structural_findings

BLOB_KEY = "$base64"
SHOWN_FINDINGS = 3


def check_values(path: Path, name: str, rows: Sequence[Any]) -> None:
    """Every value of a table document is one SQLite can hold, whatever its column."""
    for number, row in enumerate(rows, start=1):
        for column, value in row.items():
            reason = _value_reason(value)
            if reason:
                raise ArchiveError(path, f"entry {name!r}, row {number}, {column}: {reason}")


def _value_reason(value: Any) -> str | None:
    if value is None or isinstance(value, bool | float):
        return None
    if isinstance(value, int):
        return None if SMALLEST <= value <= LARGEST else "the number is too large to store"
    if isinstance(value, str):
        return None if len(value) <= LONG_TEXT else f"the text is longer than {LONG_TEXT}"
    if isinstance(value, dict) and set(value) == {BLOB_KEY} and isinstance(value[BLOB_KEY], str):
        try:
            base64.b64decode(value[BLOB_KEY], validate=True)
        except (binascii.Error, ValueError):
            return "its base64 does not decode"
        return None
    return f"a {type(value).__name__} where a single value belongs"


@functools.cache
def tables_of_migrations() -> dict[str, frozenset[str]]:
    """For each migration, the tables that exist once it (and all before it) is applied:
    which record files an archive of a given schema must hold."""
    db = Database(sqlite3.connect(":memory:"), Path(":memory:"))
    result: dict[str, frozenset[str]] = {}
    for migration in migrations.all():
        migration.fn(db)
        tables = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        result[migration.name] = frozenset(str(row[0]) for row in tables)
    db.conn.close()
    return result


def check_complete(
    path: Path, applied: Iterable[str], present: Iterable[str], expected: Mapping[str, str]
) -> None:
    """Refuse an archive lacking a record file its schema has. *expected* maps each entry
    name a complete archive of today holds to its table; *present* is what it holds."""
    by_migration = tables_of_migrations()
    tables: set[str] = set()
    for name in applied:
        tables |= by_migration.get(name, frozenset())
    missing = sorted(
        entry for entry, table in expected.items() if table in tables and entry not in present
    )
    if missing:
        raise ArchiveError(
            path, f"it lacks {', '.join(missing)}, which an archive of its schema holds"
        )


def check_counts(
    path: Path, counts: Any, rows: Mapping[str, Sequence[Any]], trashable: Mapping[str, bool]
) -> None:
    """The manifest's live-record counts against the rows of each record type."""
    if not isinstance(counts, dict):
        raise ArchiveError(path, "its manifest gives no record counts")
    for key, table_rows in rows.items():
        live = sum(
            1
            for row in table_rows
            if not (trashable.get(key) and isinstance(row, dict) and row.get("deleted_at"))
        )
        if counts.get(key) != live:
            raise ArchiveError(
                path,
                f"its manifest counts {counts.get(key)!r} {key} but the archive holds {live}",
            )


def check_records(path: Path, rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Refuse the archive when a row breaks the structural rules; name the first few."""
    findings = [f for f in structural_findings(rows) if f.kind == RECORD]
    if findings:
        shown = "; ".join(str(f) for f in findings[:SHOWN_FINDINGS])
        more = len(findings) - SHOWN_FINDINGS
        suffix = f" (and {more} more)" if more > 0 else ""
        raise ArchiveError(path, f"its records are not valid: {shown}{suffix}")

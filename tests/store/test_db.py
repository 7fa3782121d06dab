import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

import branchdesk
from branchdesk.core.members import Member
from branchdesk.store.db import DATABASE_NAME, SCHEMA_MAJOR, open_database, schema_major
from branchdesk.store.errors import DamagedDatabaseError, NewerSchemaError
from branchdesk.store.migrations import migrations
from branchdesk.workspace import Workspace

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_pragmas_on_every_connection(workspace: Workspace) -> None:
    db = workspace.db
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_a_write_waits_for_another_connections_write(workspace: Workspace) -> None:
    """A save that reads before it writes waits while a worker's connection writes, and
    then goes through; it used to fail at once with "database is locked"."""
    other = Workspace.open(workspace.data_dir)
    writing, release = threading.Event(), threading.Event()

    def worker() -> None:
        with other.db.atomic():
            other.db.execute("INSERT INTO settings (key, value) VALUES ('worker', '1')")
            writing.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    writing.wait(5)
    threading.Timer(0.3, release.set).start()
    try:
        with workspace.db.atomic():
            count = workspace.db.execute("SELECT count(*) FROM settings").fetchone()[0]
            workspace.db.execute("INSERT INTO settings (key, value) VALUES ('gui', ?)", [count])
    finally:
        release.set()
        thread.join()
        other.close()
    keys = {r[0] for r in workspace.db.execute("SELECT key FROM settings").fetchall()}
    assert {"worker", "gui"} <= keys


def test_tables_are_strict(workspace: Workspace) -> None:
    sql = dict(
        workspace.db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' "
            "ESCAPE '\\' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    )
    virtual = [name for name, text in sql.items() if "VIRTUAL" in text]
    # FTS5 keeps its data in shadow tables (<name>_data, _idx, ...) that it creates itself.
    shadow = {name for name in sql for v in virtual if name.startswith(f"{v}_")}
    loose = [
        name
        for name, text in sql.items()
        if "STRICT" not in text and name not in virtual and name not in shadow
    ]
    assert sql and not loose


def test_foreign_keys_are_enforced(workspace: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        workspace.db.execute(
            "INSERT INTO membership_events (member_id, kind, occurred_on) VALUES (999, 'died', "
            "'2020-01-01')"
        )


def _row_counts(path: Path) -> dict[str, int]:
    """Rows per table, leaving out SQLite's own, the migration log and derived search data."""
    conn = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith(("sqlite_", "_sqlite", "search_"))
        ]
        return {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names
        }
    finally:
        conn.close()


def test_every_saved_schema_migrates(tmp_path: Path) -> None:
    """A database saved by every released schema opens, migrates and keeps every row."""
    fixtures = sorted(FIXTURES.glob("schema-*.sqlite3"))
    assert len(fixtures) >= 2, "tests/fixtures must hold a database per released schema"
    for fixture in fixtures:
        work = tmp_path / fixture.stem
        work.mkdir()
        shutil.copy(fixture, work / DATABASE_NAME)
        before = _row_counts(work / DATABASE_NAME)
        with Workspace.open(work) as ws:
            assert migrations.pending(ws.db) == []
            assert schema_major(ws.db) == SCHEMA_MAJOR
            assert len(ws.members.all()) == before["members"] > 0
            ws.members.save(Member(name="新党员", joined_on=date(2020, 1, 1)), date(2026, 1, 1))
        after = _row_counts(work / DATABASE_NAME)
        for table, count in before.items():
            expected = count + (1 if table == "members" else 0)
            # Opening may add bookkeeping (a settings key); it never loses a row.
            assert after[table] >= expected, f"{fixture.name}: {table}"


def test_newer_major_schema_is_refused_untouched(data_dir: Path) -> None:
    Workspace.open(data_dir).close()
    path = data_dir / DATABASE_NAME
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_MAJOR + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer BranchDesk"):
        open_database(path)
    assert path.read_bytes() == before


def test_backup_taken_before_migrating(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    shutil.copy(sorted(FIXTURES.glob("schema-*.sqlite3"))[0], folder / DATABASE_NAME)

    @migrations(name="9999_test_only")
    def _extra(db: object) -> None:
        pass

    try:
        Workspace.open(folder).close()
    finally:
        migrations._migrations.pop()  # keep the real list unchanged for other tests
    assert list((folder / "backups").glob("before-migration-*.sqlite3"))


def test_file_that_is_not_sqlite_is_reported(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(DamagedDatabaseError):
        Workspace.open(data_dir)


def test_an_up_to_date_folder_opens_without_importing_sqlite_utils(data_dir: Path) -> None:
    """sqlite-utils costs ~0.1 s to import: it is for migrations only (docs/development.md)."""
    Workspace.open(data_dir).close()  # created and migrated here
    probe = (
        "import sys; from pathlib import Path; from branchdesk.workspace import Workspace; "
        f"ws = Workspace.open(Path({str(data_dir)!r})); ws.counts(); ws.search('党课'); "
        "ws.close(); print('sqlite_utils' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(branchdesk.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.strip() == "False"


def test_a_lone_write_commits_and_a_failed_one_leaves_no_transaction(workspace: Workspace) -> None:
    db = workspace.db
    db.execute("INSERT INTO settings (key, value) VALUES ('probe', '1')")
    assert not db.conn.in_transaction
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO settings (key, value) VALUES ('probe', '2')")
    assert not db.conn.in_transaction
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("UPDATE settings SET value = '3' WHERE key = 'probe'")
        with db.atomic():  # a savepoint
            db.execute("UPDATE settings SET value = '4' WHERE key = 'probe'")
        raise RuntimeError
    assert db.execute("SELECT value FROM settings WHERE key = 'probe'").fetchone()[0] == "1"


def test_the_last_released_schema_gains_a_tracking_start_and_review_voters(
    tmp_path: Path,
) -> None:
    """Migration 0006: the branch tracks from the month of its earliest record; rounds and
    report texts get their new columns, empty."""
    work = tmp_path / "data"
    work.mkdir()
    shutil.copy(FIXTURES / "schema-1.5.sqlite3", work / DATABASE_NAME)
    earliest = (
        sqlite3.connect(work / DATABASE_NAME)
        .execute("SELECT min(held_on) FROM meetings")
        .fetchone()[0]
    )
    with Workspace.open(work) as ws:
        branch = ws.branch.get()
        assert branch is not None and branch.tracking_from is not None
        assert branch.tracking_from.isoformat() == earliest[:7] + "-01"
        assert all(r.participants is None for r in ws.reviews.all())
        assert (
            ws.db.execute("SELECT count(*) FROM report_texts WHERE basis IS NOT NULL").fetchone()[0]
            == 0
        )

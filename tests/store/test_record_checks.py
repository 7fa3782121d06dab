"""`branchdesk check` names each bad row of an existing database as {kind, where, message};
rule findings are listed but never refuse a restore; an archive of today's schema still
imports once a later version adds a record type."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core import registry
from branchdesk.core.record_schema import TABLES, Column, ColumnKind
from branchdesk.store import archive_checks, record_tables
from branchdesk.store.connection import Database
from branchdesk.store.migration_set import Migration
from branchdesk.store.migrations import migrations, run_script
from branchdesk.workspace import Workspace


def _spoil(ws: Workspace, *statements: str) -> None:
    ws.db.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        ws.db.execute(statement)
    ws.db.conn.commit()


def test_check_names_a_bad_date_a_bad_code_and_invalid_utf8(
    demo_workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--json"]) == 0
    capsys.readouterr()
    _spoil(
        demo_workspace,
        "UPDATE meetings SET held_on = '2019-02-30' WHERE id = 3",
        "UPDATE review_entries SET final_grade = '优秀' WHERE id = 1",
        "UPDATE members SET name = CAST(X'E5BCA0FF' AS TEXT) WHERE id = 2",
    )
    assert main(["check", "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert {
        "kind": "record",
        "where": "meetings #3, held_on",
        "message": "'2019-02-30' is not a real date in YYYY-MM-DD form",
    } in report["problems"]
    assert {
        "kind": "record",
        "where": "review_entries #1, final_grade",
        "message": "'优秀' is not one of the codes excellent, qualified, basic, unqualified",
    } in report["problems"]
    assert {
        "kind": "record",
        "where": "members #2, name",
        "message": "is not valid UTF-8 text",
    } in report["problems"]
    assert main(["check"]) == 1
    assert "record: meetings #3, held_on: '2019-02-30'" in capsys.readouterr().out
    # The commands that read the bad text say so in one line, no longer a traceback.
    assert main(["compliance", "--year", "2026"]) == 1
    assert "holds text that is not valid UTF-8" in capsys.readouterr().err


def test_a_rule_finding_is_listed_but_does_not_stop_a_restore(
    demo_workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _spoil(demo_workspace, "UPDATE meeting_resolutions SET votes_for = 500 WHERE id = 1")
    assert main(["check", "--json"]) == 1
    (problem,) = json.loads(capsys.readouterr().out)["problems"]
    assert problem["kind"] == "rule" and problem["where"] == "meeting_resolutions #1"
    assert "add up to 5" in problem["message"]
    backup = demo_workspace.back_up(tmp_path / "backup.zip")
    assert main(["--data-dir", str(tmp_path / "other"), "restore", str(backup)]) == 0


def test_every_column_of_every_table_has_a_rule(workspace: Workspace) -> None:
    """A migration that adds a column must say what the column may hold."""
    for table, columns in TABLES.items():
        stored = [row[1] for row in workspace.db.execute(f"PRAGMA table_info({table})")]
        assert [c.name for c in columns] == stored, table


@pytest.fixture
def a_newer_version(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This version plus one more record type (its migration, table and rules), as a later
    release would add it."""
    notes = registry.RecordType("notes", "Notes", "笔记", False, False)
    monkeypatch.setitem(registry._REGISTRY, "notes", notes)
    monkeypatch.setitem(
        record_tables._TABLES, "notes", record_tables.RecordTable("notes", "notes", "text")
    )
    key = Column("id", ColumnKind.KEY, True, low=1)
    monkeypatch.setitem(TABLES, "notes", (key, Column("text", ColumnKind.TEXT, True)))

    def create(db: Database) -> None:
        run_script(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;")

    migrations._migrations.append(Migration("9000_notes", create))
    archive_checks.tables_of_migrations.cache_clear()
    yield
    migrations._migrations.pop()
    archive_checks.tables_of_migrations.cache_clear()


def test_an_archive_of_todays_schema_imports_after_a_record_type_is_added(
    demo_workspace: Workspace, tmp_path: Path, a_newer_version: None
) -> None:
    archive = tmp_path / "today.zip"
    # Written by today's version: without the new type's file, migration or count.
    with pytest.MonkeyPatch.context() as today:
        today.delitem(registry._REGISTRY, "notes")
        today.delitem(record_tables._TABLES, "notes")
        today.setattr(migrations, "_migrations", migrations._migrations[:-1])
        demo_workspace.export_archive(archive)
        counts = demo_workspace.counts()
    with Workspace.open(tmp_path / "newer") as newer:
        newer.import_archive(archive)
        assert newer.counts() == {**counts, "notes": 0}


def test_a_form_or_roster_row_passes_the_same_rules(workspace: Workspace) -> None:
    """A repository refuses what an archive would: here text no UTF-8 file can hold (a lone
    surrogate pasted into a form), which `validate_member` does not look for."""
    from datetime import date

    from branchdesk.core.members import Member
    from branchdesk.core.validation import ValidationError

    broken = Member(name="张三", joined_on=date(2020, 1, 1), note="坏\ud800字")
    with pytest.raises(ValidationError, match="note: is not valid UTF-8 text"):
        workspace.members.save(broken, date(2026, 11, 27))
    assert workspace.members.all() == []

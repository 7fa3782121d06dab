"""A data file lost beside backups of records is damage, not a first run; rotation never
deletes the last backup holding records; another program's SQLite file is refused at once,
not changed by a byte."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.store.backup import holds_records, list_backups, rotate, write_backup
from branchdesk.store.db import DATABASE_NAME
from branchdesk.workspace import Workspace, lost_database_backup
from tests.store.test_hostile_archives import _tree


def test_a_new_folder_without_backups_is_a_first_run(data_dir: Path) -> None:
    assert lost_database_backup(data_dir) is None
    Workspace.open(data_dir).close()
    assert lost_database_backup(data_dir) is None


def test_rotation_keeps_the_last_backup_that_holds_records(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backups.mkdir()
    now = datetime(2026, 11, 27, 12, 0, 0)
    good = write_backup(
        demo_workspace.database_path,
        demo_workspace.attachments_dir,
        backups / f"branchdesk-{now - timedelta(days=20):%Y%m%d-%H%M%S}.zip",
    )
    with Workspace.open(tmp_path / "emptied") as emptied:  # what a lost file backs up
        for day in range(12, 0, -1):
            write_backup(
                emptied.database_path,
                emptied.attachments_dir,
                backups / f"branchdesk-{now - timedelta(days=day):%Y%m%d-%H%M%S}.zip",
            )
    assert holds_records(good)
    rotate(backups, now)
    kept = [b.path for b in list_backups(backups)]
    assert good in kept
    assert len(kept) == 11  # the ten newest, and the last one holding records


def _foreign(path: Path) -> bytes:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["check"], ["search", "党"]])
def test_a_foreign_sqlite_file_is_refused_and_not_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    data = tmp_path / "data"
    original = _foreign(data / DATABASE_NAME)
    before = _tree(tmp_path)
    assert main(["--data-dir", str(data), *command]) == 1
    err = capsys.readouterr().err
    assert "another program's database, not BranchDesk's data file" in err
    assert _tree(tmp_path) == before
    assert (data / DATABASE_NAME).read_bytes() == original

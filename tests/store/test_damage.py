"""Damaged files are detected on open, reported in one line, and recoverable from a backup;
a read-only or full disk gives a clear error and no partial write."""

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.store.db import DATABASE_NAME
from branchdesk.store.errors import DamagedDatabaseError, StorageError
from branchdesk.workspace import Workspace, newest_good_backup, recover_damaged

TODAY = date(2026, 11, 27)


@pytest.fixture
def demo_file(demo_workspace: Workspace, data_dir: Path) -> Path:
    demo_workspace.close()
    return data_dir / DATABASE_NAME


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _overwrite_header_region(data: bytes) -> bytes:
    return data[:8192] + os.urandom(8192) + data[16384:]


def _overwrite_middle(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes(4096) + data[middle + 4096 :]


def _not_sqlite(data: bytes) -> bytes:
    return b"PK\x03\x04 an Excel file saved over the database" * 100


@pytest.mark.parametrize(
    "damage", [_truncate, _overwrite_header_region, _overwrite_middle, _not_sqlite]
)
def test_damaged_database_is_detected_on_open(demo_file: Path, damage: object) -> None:
    assert callable(damage)
    demo_file.write_bytes(damage(demo_file.read_bytes()))
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        Workspace.open(demo_file.parent)


def test_recovery_moves_the_damaged_file_aside_and_restores_the_newest_good_backup(
    demo_workspace: Workspace, data_dir: Path
) -> None:
    older = demo_workspace.back_up()
    demo_workspace.members.save(Member(name="最后一位", joined_on=date(2020, 1, 1)), TODAY)
    newest = demo_workspace.back_up()
    counts = demo_workspace.counts()
    demo_workspace.close()
    path = data_dir / DATABASE_NAME
    damaged = _truncate(path.read_bytes())
    path.write_bytes(damaged)

    found = newest_good_backup(data_dir)
    assert found is not None and found.path == newest and older != newest
    result = recover_damaged(data_dir)
    assert result.restored_from == newest
    assert result.damaged_moved_to is not None
    assert result.damaged_moved_to.read_bytes() == damaged  # kept, byte for byte
    with Workspace.open(data_dir) as ws:
        assert ws.counts() == counts

    # A second recovery never overwrites the first damaged copy.
    path.write_bytes(b"garbage again" * 100)
    second = recover_damaged(data_dir)
    assert second.damaged_moved_to != result.damaged_moved_to
    assert result.damaged_moved_to.read_bytes() == damaged


def test_recovery_skips_a_damaged_backup(demo_workspace: Workspace, data_dir: Path) -> None:
    good = demo_workspace.back_up()
    bad = demo_workspace.back_up()
    demo_workspace.close()
    bad.write_bytes(bad.read_bytes()[:500])
    found = newest_good_backup(data_dir)
    assert found is not None and found.path == good


def test_recovery_without_a_backup_starts_empty(demo_file: Path) -> None:
    demo_file.write_bytes(b"nothing useful" * 100)
    result = recover_damaged(demo_file.parent)
    assert result.restored_from is None and result.damaged_moved_to is not None
    with Workspace.open(demo_file.parent) as ws:
        assert ws.is_empty()


def test_check_reports_a_damaged_attachment_and_a_missing_one(
    workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    assert workspace.check() == []
    member = workspace.members.save(Member(name="甲", joined_on=date(2020, 1, 1)), TODAY)
    assert member.id is not None
    kept = workspace.attachments.add_bytes("members", member.id, b"%PDF kept", "申请书.pdf")
    lost = workspace.attachments.add_bytes("members", member.id, b"\xff\xd8 lost", "照片.jpg")
    assert workspace.check() == []
    workspace.attachments.path_of(kept).write_bytes(b"%PDF edited")
    workspace.attachments.path_of(lost).unlink()
    problems = [str(p) for p in workspace.check()]
    assert len(problems) == 2
    assert any(kept.stored_name in p and "does not match" in p for p in problems)
    assert any(lost.stored_name in p and "missing" in p for p in problems)
    assert main(["check"]) == 1
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_check_reports_a_broken_foreign_key(workspace: Workspace) -> None:
    workspace.db.execute("PRAGMA foreign_keys = OFF")
    workspace.db.execute(
        "INSERT INTO membership_events (member_id, kind, occurred_on) VALUES (99, 'died', "
        "'2020-01-01')"
    )
    workspace.db.conn.commit()
    problems = [str(p) for p in workspace.check()]
    assert problems and "membership_events" in problems[0] and "missing" in problems[0]


def test_check_on_a_sound_folder_exits_0(demo_workspace: Workspace) -> None:
    assert main(["check"]) == 0


def _member_with_events(name: str) -> Member:
    return Member(
        name=name,
        joined_on=date(2020, 1, 1),
        events=(MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2021, 3, 1)),),
        note="长" * 1000,
    )


def _row_counts(db_path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db_path)
    try:
        members = conn.execute("SELECT count(*) FROM members").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM membership_events").fetchone()[0]
    finally:
        conn.close()
    return members, events


def test_read_only_database_gives_a_clear_error_and_no_partial_write(
    workspace: Workspace, data_dir: Path
) -> None:
    workspace.members.save(_member_with_events("甲"), TODAY)
    workspace.close()
    path = data_dir / DATABASE_NAME
    before = _row_counts(path)
    # The same failure a read-only disk or folder gives: SQLite opens the file read-only.
    with Workspace.open(data_dir) as ws:
        ws.db.execute("PRAGMA query_only = ON")
        with pytest.raises(StorageError, match="read-only"):
            ws.members.save(_member_with_events("乙"), TODAY)
    assert _row_counts(path) == before


@pytest.mark.skipif(
    os.name == "nt" or os.geteuid() == 0,
    reason="root ignores file permissions; a Windows folder has no such mode",
)
def test_read_only_folder_gives_a_clear_error(workspace: Workspace, data_dir: Path) -> None:
    workspace.close()
    for path in [data_dir, *data_dir.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        with pytest.raises(StorageError), Workspace.open(data_dir) as ws:
            ws.members.save(_member_with_events("乙"), TODAY)
    finally:
        for path in [data_dir, *data_dir.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


def test_a_file_kept_busy_by_another_writer_gives_a_clear_error(
    workspace: Workspace, data_dir: Path
) -> None:
    workspace.members.save(_member_with_events("甲"), TODAY)
    before = _row_counts(workspace.database_path)
    other = sqlite3.connect(data_dir / DATABASE_NAME)
    other.execute("BEGIN IMMEDIATE")  # a writer that does not finish (a command-line import)
    try:
        workspace.db.execute("PRAGMA busy_timeout = 50")  # the real wait is 5 s
        with pytest.raises(StorageError, match="busy"):
            workspace.members.save(_member_with_events("乙"), TODAY)
    finally:
        other.rollback()
        other.close()
    assert _row_counts(workspace.database_path) == before


def test_full_disk_gives_a_clear_error_and_no_partial_write(workspace: Workspace) -> None:
    workspace.members.save(_member_with_events("甲"), TODAY)
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is now "full"
    before = _row_counts(workspace.database_path)
    with pytest.raises(StorageError, match="full"):
        workspace.members.add_many([_member_with_events(f"成员{i}") for i in range(50)], TODAY)
    assert _row_counts(workspace.database_path) == before
    assert workspace.members.all()[-1].name == "甲"

"""Backups, exports, restores, recovery and evidence files on an imitated Windows PC:
fsync refused on read-only handles, files held by other programs, a full disk."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from branchdesk.core.members import Member
from branchdesk.fileops import DiskFull, FileBusy
from branchdesk.store import recovery
from branchdesk.store.archive_zip import iter_files
from branchdesk.store.backup import rotate, verify_backup
from branchdesk.workspace import Workspace, recover_damaged
from tests.windows_imitation import FileLock, FullDisk

LOCK = Callable[[Path], FileLock]


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(".*") if p.is_file()]


def test_backup_export_and_restore_work_when_fsync_needs_a_writable_handle(
    workspace: Workspace, tmp_path: Path, windows_fsync: None
) -> None:
    workspace.attachments.add_bytes("members", 1, b"scan", "scan.png")
    backup = workspace.back_up()
    exported = workspace.export_archive(tmp_path / "导出.zip")
    workspace.restore_backup(backup)
    assert verify_backup(backup) and exported.is_file()
    assert _temps(workspace.data_dir) == []


def test_a_backup_over_a_held_file_says_so_and_keeps_the_old_one(
    workspace: Workspace, tmp_path: Path, locked_file: LOCK
) -> None:
    target = tmp_path / "备份.zip"
    target.write_bytes(b"old backup")
    lock = locked_file(target)
    with pytest.raises(FileBusy) as caught:
        workspace.back_up(target)
    assert caught.value.path == target
    assert target.read_bytes() == b"old backup" and _temps(tmp_path) == []
    lock.release_after(3)  # the antivirus lets go after three tries
    lock.held = True
    workspace.back_up(target)
    assert verify_backup(target)


def test_an_export_whose_replace_fails_leaves_no_part_file(
    workspace: Workspace, tmp_path: Path, locked_file: LOCK
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "export.zip"
    target.write_bytes(b"old")
    locked_file(target)
    with pytest.raises(FileBusy):
        workspace.export_archive(target)
    assert target.read_bytes() == b"old"
    assert [p.name for p in out.iterdir()] == ["export.zip"]


def test_a_full_disk_is_one_clear_error_with_nothing_left(
    workspace: Workspace, tmp_path: Path, disk_full: Callable[..., FullDisk]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    disk_full(out, after=2000)
    with pytest.raises(DiskFull):
        workspace.back_up(out / "b.zip")
    assert list(out.iterdir()) == []


def _old_backups(ws: Workspace, count: int) -> list[Path]:
    """*count* backups from 2020: past the retention rule once ten newer ones exist."""
    start = datetime(2020, 1, 1)
    return [
        ws.back_up(ws.backups_dir / f"branchdesk-{start + timedelta(days=n):%Y%m%d-%H%M%S}.zip")
        for n in range(count)
    ]


def test_a_restore_is_not_undone_by_a_held_old_backup(
    workspace: Workspace, locked_file: LOCK
) -> None:
    """Rotation after a restore may meet a backup held by a sync client: the restore stands
    (before, the error made the window keep showing the data from before the restore)."""
    held = _old_backups(workspace, 11)
    for path in held:
        locked_file(path)
    backup = workspace.back_up()
    workspace.members.save(Member("后来的人", date(2020, 1, 1)), date.today())
    workspace.restore_backup(backup)
    assert [m.name for m in workspace.members.all()] == []
    assert all(path.exists() for path in held)  # they stay for the next rotation


def test_rotation_deletes_once_the_lock_clears(workspace: Workspace, locked_file: LOCK) -> None:
    oldest = _old_backups(workspace, 11)[0]
    locked_file(oldest).release_after(2)
    assert rotate(workspace.backups_dir, datetime.now()) == [oldest]
    assert not oldest.exists()


def test_a_held_evidence_file_is_not_detached(workspace: Workspace, locked_file: LOCK) -> None:
    attachment = workspace.attachments.add_bytes("members", 1, b"photo", "photo.jpg")
    assert attachment.id is not None
    lock = locked_file(workspace.attachments.path_of(attachment))
    with pytest.raises(FileBusy):
        workspace.attachments.remove(attachment.id)
    assert workspace.attachments.get(attachment.id) == attachment
    assert workspace.attachments.path_of(attachment).read_bytes() == b"photo"
    lock.release()
    workspace.attachments.remove(attachment.id)
    assert not workspace.attachments.path_of(attachment).exists()


def test_lock_and_cache_files_never_enter_backups(workspace: Workspace) -> None:
    folder = workspace.attachments_dir
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("~$报告.docx", "Thumbs.db", "desktop.ini", ".x.bdtmp", "kept.pdf"):
        (folder / name).write_bytes(b"x")
    assert [rel for rel, _ in iter_files(folder)] == ["kept.pdf"]
    backup = verify_backup(workspace.back_up())
    assert backup.names("attachments/") == ["attachments/kept.pdf"]


def _damaged_pair(data_dir: Path) -> tuple[Path, bytes, bytes]:
    """A database with committed pages still only in its WAL (a checkpoint never ran)."""
    with Workspace.open(data_dir) as ws:
        ws.back_up()
    db_path = data_dir / "branchdesk.sqlite3"
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE only_in_wal (x)")
    writer.commit()
    wal = db_path.with_name(db_path.name + "-wal")
    db_bytes, wal_bytes = db_path.read_bytes(), wal.read_bytes()
    writer.close()  # closing checkpoints; put the pair back as a crash would leave it
    db_path.write_bytes(db_bytes)
    wal.write_bytes(wal_bytes)
    return db_path, db_bytes, wal_bytes


def test_recovery_never_splits_the_database_from_its_wal(data_dir: Path, locked_file: LOCK) -> None:
    db_path, db_bytes, wal_bytes = _damaged_pair(data_dir)
    wal = db_path.with_name(db_path.name + "-wal")
    lock = locked_file(db_path)  # antivirus holds the database: its rename is the second one
    with pytest.raises(FileBusy):
        recover_damaged(data_dir)
    assert db_path.read_bytes() == db_bytes and wal.read_bytes() == wal_bytes
    assert not list(data_dir.glob("*.damaged-*"))
    lock.release()
    result = recover_damaged(data_dir)
    assert result.damaged_moved_to is not None and result.restored_from is not None
    moved = result.damaged_moved_to
    assert moved.read_bytes() == db_bytes
    assert moved.with_name(moved.name + "-wal").read_bytes() == wal_bytes
    assert not wal.exists() or wal.read_bytes() != wal_bytes


def test_move_aside_retries_a_briefly_held_database(data_dir: Path, locked_file: LOCK) -> None:
    db_path, db_bytes, wal_bytes = _damaged_pair(data_dir)
    locked_file(db_path).release_after(2)
    moved = recovery.move_aside(db_path, datetime.now())
    assert moved is not None and moved.read_bytes() == db_bytes
    assert moved.with_name(moved.name + "-wal").read_bytes() == wal_bytes
    assert not db_path.exists()

import hashlib
import sqlite3
import threading
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from branchdesk.core.members import Member
from branchdesk.store.archive_zip import ArchiveError
from branchdesk.store.backup import list_backups, rotate, verify_backup
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)


def _attach(ws: Workspace, content: bytes) -> str:
    digest = hashlib.sha256(content).hexdigest()
    ws.attachments_dir.mkdir(parents=True, exist_ok=True)
    (ws.attachments_dir / digest).write_bytes(content)
    return digest


def _hashes(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in folder.rglob("*")
        if p.is_file()
    }


def test_backup_then_restore_gives_back_counts_and_attachments(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    _attach(ws, b"sign-in sheet scan")
    counts, files = ws.counts(), _hashes(ws.attachments_dir)
    backup = ws.back_up()
    assert backup.parent == ws.backups_dir and ws.backups()[0].path == backup

    for member in ws.members.all()[:2]:
        assert member.id is not None
        ws.members.move_to_recycle_bin(member.id)
    ws.members.save(Member(name="后来者", joined_on=date(2020, 1, 1)), TODAY)
    for path in ws.attachments_dir.iterdir():
        path.unlink()
    assert ws.counts() != counts

    undo = ws.restore_backup(backup)
    assert ws.counts() == counts
    assert _hashes(ws.attachments_dir) == files
    assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"

    ws.restore_backup(undo)  # the restore itself can be undone
    assert any(m.name == "后来者" for m in ws.members.all())


def test_restore_survives_reopening(demo_workspace: Workspace, data_dir: Path) -> None:
    counts = demo_workspace.counts()
    backup = demo_workspace.back_up()
    demo_workspace.members.save(Member(name="后来者", joined_on=date(2020, 1, 1)), TODAY)
    demo_workspace.restore_backup(backup)
    demo_workspace.close()
    with Workspace.open(data_dir) as again:
        assert again.counts() == counts


def test_backup_is_a_committed_state_while_another_thread_writes(
    workspace: Workspace, data_dir: Path
) -> None:
    """The copy comes from its own connection: it never holds half of a transaction."""
    writer = Workspace.open(data_dir)
    stop = threading.Event()

    def write() -> None:
        while not stop.is_set():
            writer.members.save(
                Member(name="并发", joined_on=date(2020, 1, 1), note="x" * 500), TODAY
            )

    thread = threading.Thread(target=write)
    thread.start()
    try:
        backups = [workspace.back_up(data_dir / f"b{i}.zip") for i in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.close()
    for path in backups:
        verified = verify_backup(path)
        image = verified.read_bytes("branchdesk.sqlite3")
        conn = sqlite3.connect(":memory:")
        conn.deserialize(image)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            verified.manifest["counts"]["members"]
            == (conn.execute("SELECT count(*) FROM members").fetchone()[0])
        )


def test_backup_without_attachments_folder(workspace: Workspace) -> None:
    assert not workspace.attachments_dir.exists()
    path = workspace.back_up()
    names = zipfile.ZipFile(path).namelist()
    assert sorted(names) == ["branchdesk.sqlite3", "manifest.json"]


def test_backup_to_chosen_file_leaves_no_temporary_files(
    workspace: Workspace, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "mine.zip"
    workspace.back_up(target)
    assert [p.name for p in target.parent.iterdir()] == ["mine.zip"]
    assert list_backups(workspace.backups_dir) == []


def test_rotation_deletes_what_the_rule_does_not_keep(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    now = datetime(2026, 11, 27, 12, 0, 0)
    for days in range(40):
        stamp = (now - timedelta(days=days)).strftime("%Y%m%d-%H%M%S")
        (folder / f"branchdesk-{stamp}.zip").write_bytes(b"x")
    (folder / "before-migration-1.1.sqlite3").write_bytes(b"kept: not a rotated backup")
    rotate(folder, now)
    left = list_backups(folder)
    assert len(left) == 10 + 1  # the ten newest (November) and the newest of October
    assert left[-1].created == datetime(2026, 10, 31, 12, 0)
    assert (folder / "before-migration-1.1.sqlite3").exists()


def test_automatic_backup_is_at_most_daily_and_skips_unchanged_data(
    workspace: Workspace,
) -> None:
    first = workspace.backup_if_due()
    assert first is not None
    assert workspace.backup_if_due() is None  # less than a day ago
    later = datetime.now() + timedelta(days=2)
    assert workspace.backup_if_due(now=later) is None  # a day later, but nothing changed
    workspace.members.save(Member(name="新", joined_on=date(2020, 1, 1)), TODAY)
    assert workspace.backup_if_due() is None  # changed, but less than a day ago
    on_exit = workspace.backup_if_due(on_exit=True)
    assert on_exit is not None and on_exit != first
    assert workspace.backup_if_due(on_exit=True) is None


def test_restore_refuses_a_damaged_backup_and_changes_nothing(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    backup = demo_workspace.back_up()
    bad = tmp_path / "bad.zip"
    data = bytearray(backup.read_bytes())
    data[200:260] = b"\xff" * 60
    bad.write_bytes(bytes(data))
    counts = demo_workspace.counts()
    before = sorted(p.name for p in demo_workspace.backups_dir.iterdir())
    with pytest.raises(ArchiveError):
        demo_workspace.restore_backup(bad)
    assert demo_workspace.counts() == counts
    assert sorted(p.name for p in demo_workspace.backups_dir.iterdir()) == before

"""fileops under imitated Windows: read-only fsync, files held by other programs, a full disk."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from branchdesk import fileops
from branchdesk.fileops import AccessDenied, DiskFull, FileBusy
from tests.windows_imitation import FileLock, FullDisk


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_write_is_atomic_and_fsyncs_through_a_writable_handle(
    tmp_path: Path, windows_fsync: None
) -> None:
    target = tmp_path / "报告.pdf"
    fileops.write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_fsync_path_opens_for_writing(tmp_path: Path, windows_fsync: None) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x")
    fileops.fsync_path(path)  # EBADF if it opened read-only
    with path.open("rb") as handle, pytest.raises(OSError):
        os.fsync(handle.fileno())  # the imitation itself works


def test_a_held_target_is_retried_until_released(
    tmp_path: Path, locked_file: Callable[[Path], FileLock], no_retry_waits: list[float]
) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")
    lock = locked_file(target)
    lock.release_after(2)
    fileops.write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert len(no_retry_waits) == 2
    assert _leftovers(tmp_path) == []


def test_a_target_held_for_good_gives_file_busy_and_stays_intact(
    tmp_path: Path, locked_file: Callable[[Path], FileLock]
) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"old")
    locked_file(target)
    with pytest.raises(FileBusy) as caught:
        fileops.write_bytes_atomic(target, b"new")
    assert caught.value.path == target
    assert caught.value.message is not None and "{path}" in caught.value.message.template
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_writer_failing_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), fileops.atomic_path(target) as temp:
        temp.write_bytes(b"half")
        raise RuntimeError("reportlab gave up")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_disk_full_is_one_clear_error(tmp_path: Path, disk_full: Callable[..., FullDisk]) -> None:
    target = tmp_path / "backup.zip"
    target.write_bytes(b"old")
    disk_full(tmp_path, after=10)
    with pytest.raises(DiskFull) as caught:
        fileops.write_bytes_atomic(target, b"x" * 100)
    assert "full" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_a_refused_permission_is_access_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(src: object, dst: object) -> None:
        raise PermissionError(errno.EACCES, "Access is denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    target = tmp_path / "a.docx"
    with pytest.raises(AccessDenied):
        fileops.write_bytes_atomic(target, b"x")
    assert _leftovers(tmp_path) == [] and not target.exists()


def test_remove_retries_and_maps(tmp_path: Path, locked_file: Callable[[Path], FileLock]) -> None:
    path = tmp_path / "evidence.jpg"
    path.write_bytes(b"x")
    lock = locked_file(path)
    with pytest.raises(FileBusy):
        fileops.remove(path)
    assert path.exists()
    lock.release_after(1)  # held again for one more try, then let go
    lock.held = True
    fileops.remove(path)
    assert not path.exists()
    fileops.remove(path)  # missing is fine
    with pytest.raises(FileNotFoundError):
        fileops.remove(path, missing_ok=False)


def test_replace_keeps_the_source_when_refused(
    tmp_path: Path, locked_file: Callable[[Path], FileLock]
) -> None:
    src, dst = tmp_path / "a", tmp_path / "b"
    src.write_bytes(b"a")
    dst.write_bytes(b"b")
    locked_file(dst)
    with pytest.raises(FileBusy):
        fileops.replace(src, dst)
    assert src.read_bytes() == b"a" and dst.read_bytes() == b"b"


def test_clean_stale_temps_removes_only_ours(tmp_path: Path) -> None:
    (tmp_path / "backups").mkdir()
    stale = [
        tmp_path / f".db.abcd{fileops.TEMP_SUFFIX}",
        tmp_path / "backups" / ".b.zip.x1.part",
    ]
    kept = [tmp_path / "notes.part", tmp_path / "a.bdtmp.txt", tmp_path / "report.pdf"]
    for path in stale + kept:
        path.write_bytes(b"")
    assert sorted(fileops.clean_stale_temps(tmp_path)) == sorted(stale)
    assert all(p.exists() for p in kept) and not any(p.exists() for p in stale)
    assert fileops.clean_stale_temps(tmp_path / "missing") == []

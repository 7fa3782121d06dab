"""How Windows treats files, imitated on Linux so that tests see what a Windows PC does.

- `windows_fsync`: `os.fsync` on a descriptor opened read-only raises EBADF, as on Windows.
- `locked_file(path)`: another program (WPS, Word, antivirus) holds *path*: replacing,
  renaming or deleting it, or opening it for writing, raises PermissionError with winerror
  32, until `release()` (or after `release_after(n)` refusals, to prove retries succeed).
- `disk_full(folder)`: files opened for writing below *folder* raise ENOSPC once *after*
  bytes were written.
- `fake_winreg`: the registry's font list and Windows' font folders, in tmp_path.
- `fake_msvcrt`: `msvcrt.locking` for the instance lock, with Windows' locked-region rules.

The fixtures are imported by tests/conftest.py, so every test can ask for them.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from branchdesk import fileops

SHARING_VIOLATION = 32
_WRITE_MODES = set("wax+")


def _key(path: Any) -> str:
    return os.path.abspath(os.fspath(path))  # noqa: PTH100  (never resolve a mapped drive)


def sharing_violation(path: Any) -> PermissionError:
    exc = PermissionError(
        errno.EACCES,
        "The process cannot access the file because it is being used by another process",
        os.fspath(path),
    )
    exc.winerror = SHARING_VIOLATION  # type: ignore[attr-defined]
    return exc


@dataclass
class FileLock:
    """One file held open by another program."""

    path: Path
    held: bool = True
    refusals: int = 0
    _release_after: int | None = None

    def release(self) -> None:
        self.held = False

    def release_after(self, refusals: int) -> None:
        """Let go after *refusals* more refused operations (the antivirus finished)."""
        self._release_after = self.refusals + refusals

    def check(self, *paths: Any) -> None:
        if not self.held or _key(self.path) not in {_key(p) for p in paths}:
            return
        self.refusals += 1
        if self._release_after is not None and self.refusals >= self._release_after:
            self.held = False
        raise sharing_violation(self.path)


@dataclass
class _Locks:
    locks: list[FileLock] = field(default_factory=list)

    def check(self, *paths: Any) -> None:
        for lock in self.locks:
            lock.check(*paths)


def _is_write_mode(mode: str) -> bool:
    return bool(_WRITE_MODES & set(mode))


@pytest.fixture
def windows_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    if os.name == "nt":
        return  # the real thing
    import fcntl

    real_fsync = os.fsync

    def fsync(fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        if fcntl.fcntl(number, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
            raise OSError(errno.EBADF, "Bad file descriptor")
        real_fsync(number)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.fixture
def no_retry_waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """fileops' retry waits, recorded instead of slept."""
    waits: list[float] = []
    monkeypatch.setattr(fileops, "sleep", waits.append)
    return waits


@pytest.fixture
def locked_file(
    monkeypatch: pytest.MonkeyPatch, no_retry_waits: list[float]
) -> Callable[[Path], FileLock]:
    locks = _Locks()
    real_replace, real_rename = os.replace, os.rename
    real_unlink, real_remove = os.unlink, os.remove
    real_open = builtins.open

    def replace(src: Any, dst: Any, **kwargs: Any) -> None:
        locks.check(src, dst)
        real_replace(src, dst, **kwargs)

    def rename(src: Any, dst: Any, **kwargs: Any) -> None:
        locks.check(src, dst)
        real_rename(src, dst, **kwargs)

    def unlink(path: Any, **kwargs: Any) -> None:
        locks.check(path)
        real_unlink(path, **kwargs)

    def remove(path: Any, **kwargs: Any) -> None:
        locks.check(path)
        real_remove(path, **kwargs)

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if not isinstance(file, int) and _is_write_mode(mode):
            locks.check(file)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    monkeypatch.setattr(os, "unlink", unlink)
    monkeypatch.setattr(os, "remove", remove)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)

    def lock(path: Path) -> FileLock:
        held = FileLock(Path(path))
        locks.locks.append(held)
        return held

    return lock


class _FullDiskFile:
    """A file object whose writes fail with ENOSPC once the disk's room is used up."""

    def __init__(self, handle: Any, room: list[int]) -> None:
        self._handle = handle
        self._room = room

    def write(self, data: Any) -> int:
        if len(data) > self._room[0]:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room[0] -= len(data)
        written: int = self._handle.write(data)
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDiskFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()

    def __iter__(self) -> Iterator[Any]:
        return iter(self._handle)


@dataclass
class FullDisk:
    folder: Path
    room: list[int]
    full: bool = True

    def release(self) -> None:
        self.full = False


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[..., FullDisk]:
    """`disk_full(folder, after=0)`: writes below *folder* fail with ENOSPC past *after*
    bytes (all files together)."""
    disks: list[FullDisk] = []
    real_open = builtins.open

    def open_(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        if isinstance(file, int) or not _is_write_mode(mode):
            return handle
        for disk in disks:
            if disk.full and Path(_key(file)).is_relative_to(_key(disk.folder)):
                return _FullDiskFile(handle, disk.room)
        return handle

    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)

    def make(folder: Path, after: int = 0) -> FullDisk:
        disk = FullDisk(Path(folder), [after])
        disks.append(disk)
        return disk

    return make


# -- the registry's font list (winreg) and the instance lock (msvcrt) ------------------------


class FakeWinreg(types.ModuleType):
    """`winreg` with only what reading the font list needs: values per (hive, key)."""

    HKEY_LOCAL_MACHINE = 0x80000002
    HKEY_CURRENT_USER = 0x80000001
    REG_SZ = 1

    def __init__(self) -> None:
        super().__init__("winreg")
        self.values: dict[tuple[int, str], list[tuple[str, str]]] = {}

    def OpenKey(self, hive: int, path: str) -> _FakeKey:
        if (hive, path) not in self.values:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        return _FakeKey(self.values[(hive, path)])

    def EnumValue(self, key: _FakeKey, index: int) -> tuple[str, str, int]:
        if index >= len(key.values):
            raise OSError(259, "No more data is available")
        name, value = key.values[index]
        return name, value, self.REG_SZ


@dataclass
class _FakeKey:
    values: list[tuple[str, str]]

    def __enter__(self) -> _FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


@pytest.fixture
def fake_winreg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[FakeWinreg]:
    """Windows' font lookup, imitated: a fake `winreg`, WINDIR and LOCALAPPDATA in tmp_path
    (fonts in `<tmp>/Windows/Fonts` and the user's `<tmp>/Local/Microsoft/Windows/Fonts`)."""
    from branchdesk.reports import fonts, windows_fonts

    registry = FakeWinreg()
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(windows_fonts, "PLATFORM", "win32")
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    for folder in windows_fonts.font_folders():
        folder.mkdir(parents=True, exist_ok=True)
    fonts._resolve.cache_clear()
    yield registry
    fonts._resolve.cache_clear()


class FakeMsvcrt(types.ModuleType):
    """`msvcrt.locking` as Windows does it: byte-range locks per open handle, refused to
    any other handle (for locking, reading and writing), dropped when the handle closes."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        super().__init__("msvcrt")
        self.held: dict[tuple[int, int, int], int] = {}  # (device, inode, offset) -> fd

    def _region(self, fd: int, nbytes: int) -> list[tuple[int, int, int]]:
        info = os.fstat(fd)
        start = os.lseek(fd, 0, os.SEEK_CUR)
        return [(info.st_dev, info.st_ino, start + n) for n in range(nbytes)]

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        region = self._region(fd, nbytes)
        if mode == self.LK_UNLCK:
            if any(self.held.get(byte) != fd for byte in region):
                raise PermissionError(errno.EACCES, "Permission denied")
            for byte in region:
                del self.held[byte]
            return
        if any(byte in self.held for byte in region):
            raise PermissionError(errno.EACCES, "Permission denied")
        for byte in region:
            self.held[byte] = fd

    def refuses(self, fd: int, nbytes: int) -> bool:
        """Whether another handle holds part of the next *nbytes* of *fd*."""
        return any(self.held.get(b, fd) != fd for b in self._region(fd, max(nbytes, 1)))

    def closed(self, fd: int) -> None:
        for byte in [b for b, holder in self.held.items() if holder == fd]:
            del self.held[byte]


@pytest.fixture
def fake_msvcrt(monkeypatch: pytest.MonkeyPatch) -> FakeMsvcrt:
    """The instance lock on imitated Windows: a fake `msvcrt`, and os.read/os.write/os.close
    behaving as Windows does with a locked region."""
    from branchdesk import instance_lock

    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(instance_lock, "PLATFORM", "win32")
    real_read, real_write, real_close = os.read, os.write, os.close

    def read(fd: int, n: int) -> bytes:
        if fake.refuses(fd, n):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_read(fd, n)

    def write(fd: int, data: bytes) -> int:
        if fake.refuses(fd, len(data)):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_write(fd, data)

    def close(fd: int) -> None:
        fake.closed(fd)
        real_close(fd)

    monkeypatch.setattr(os, "read", read)
    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "close", close)
    return fake

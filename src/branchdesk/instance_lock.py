"""One running BranchDesk per data folder.

The lock is an OS file lock on `branchdesk.lock`, not the file's existence: when a process
crashes the OS releases its lock, so a stale file never locks the user out.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from branchdesk.core.errors import UserError
from branchdesk.paths import make_data_dir

LOCK_NAME = "branchdesk.lock"


class AlreadyRunningError(UserError):
    def __init__(self, data_dir: Path, pid: str) -> None:
        who = f" (process {pid})" if pid else ""
        super().__init__(f"BranchDesk is already running for {data_dir}{who}.")
        self.data_dir = data_dir


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        make_data_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            try:
                pid = os.read(fd, 32).decode("ascii", "replace").strip()
            except OSError:  # Windows refuses to read a locked region
                pid = ""
            os.close(fd)
            raise AlreadyRunningError(self.path.parent, pid)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


# Read when a lock is taken, not at import: a test imitates Windows with a fake msvcrt.
PLATFORM = sys.platform


def _try_lock(fd: int) -> bool:
    if PLATFORM == "win32":
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if PLATFORM == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)  # type: ignore[attr-defined,unused-ignore]

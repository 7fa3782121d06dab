"""Writing, replacing and deleting files so that they survive Windows.

On a Windows office PC a file is often held open by another program: WPS or Word keeps the
report it shows, antivirus opens every new file for a moment, a sync client locks what it
uploads. Replacing or deleting such a file fails with a sharing violation (winerror 32, 33,
or 5 for a file open without delete sharing) that clears a moment later, or only when the
user closes the program. And `os.fsync` there needs a handle opened for writing.

So every writer here: writes a temporary file beside the target, fsyncs it through a
writable handle, replaces the target with a few retries, and on failure removes the
temporary file, leaves the old target intact and raises one clear `UserError` (FileBusy,
DiskFull, AccessDenied). Plain stdlib: every layer above core may use it.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from branchdesk.core.errors import Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".bdtmp"
PART_SUFFIX = ".part"  # the suffix of older temporaries (archives before this module)
# ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION
SHARING_WINERRORS = frozenset({5, 32, 33})
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.4, 0.8)  # seconds: antivirus lets go within about one
_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})

# Tests replace this to count the waits instead of sleeping.
sleep: Callable[[float], None] = time.sleep

_T = TypeVar("_T")


class FileProblemError(UserError):
    """A file that could not be written, replaced or deleted; *path* names it."""

    template = ""

    def __init__(self, path: Path | str) -> None:
        super().__init__(Message(self.template, {"path": str(path)}))
        self.path = Path(path)


class FileBusy(FileProblemError):  # noqa: N818  (the API other modules use)
    """The file is open in another program (WPS, Word, Excel, antivirus) and stayed so."""

    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The file is open in another program: {path}. Close it there and try "
        "again; the file was not changed.",
    )


class DiskFull(FileProblemError):  # noqa: N818  (the API other modules use)
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "The disk is full: {path} could not be written. Free some space and try "
        "again; the old file was not changed.",
    )


class AccessDenied(FileProblemError):  # noqa: N818  (the API other modules use)
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "No permission to write {path}. Choose another folder, or ask whoever "
        "manages this computer.",
    )


def is_sharing_violation(exc: BaseException) -> bool:
    """True for the errors that another program holding the file gives on Windows."""
    return isinstance(exc, PermissionError) and getattr(exc, "winerror", None) in (
        SHARING_WINERRORS
    )


def user_error_of(exc: OSError, path: Path) -> UserError | None:
    """The UserError for an OSError about *path*, or None when it is not the user's to fix."""
    if exc.errno in _FULL_ERRNOS:
        return DiskFull(path)
    if isinstance(exc, PermissionError):
        winerror = getattr(exc, "winerror", None)
        if winerror in (32, 33):
            return FileBusy(path)
        # winerror 5 on an existing writable file is a program holding it without delete
        # sharing (Word); on a read-only file or folder it is a real refusal.
        if winerror == 5 and path.exists() and os.access(path, os.W_OK):
            return FileBusy(path)
        return AccessDenied(path)
    return None


def _with_retries(action: Callable[[], _T], path: Path) -> _T:
    """Run *action*, retrying while another program holds *path*; map the final failure."""
    for delay in (*RETRY_DELAYS, None):
        try:
            return action()
        except OSError as exc:
            if delay is not None and is_sharing_violation(exc):
                log.info("%s is held by another program, retrying in %.2fs", path, delay)
                sleep(delay)
                continue
            mapped = user_error_of(exc, path)
            if mapped is None:
                raise
            raise mapped from exc
    raise AssertionError("unreachable")  # the loop returns or raises


def fsync_path(path: Path) -> None:
    """Flush a written file to disk through a writable handle (a read-only one is EBADF on
    Windows)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_directory(folder: Path) -> None:
    """Make a rename in *folder* durable where the system allows it (not on Windows)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is still done
    finally:
        os.close(fd)


def replace(src: Path, dst: Path) -> None:
    """`os.replace` with retries while *dst* (or *src*) is held; FileBusy/AccessDenied/
    DiskFull when it stays refused. *src* is left in place on failure."""
    _with_retries(lambda: Path(src).replace(dst), Path(dst))


def remove(path: Path, missing_ok: bool = True) -> None:
    """Delete a file with retries while another program holds it."""

    def unlink() -> None:
        try:
            Path(path).unlink()
        except FileNotFoundError:
            if not missing_ok:
                raise

    _with_retries(unlink, Path(path))


def temp_path_for(target: Path) -> Path:
    """A hidden temporary name beside *target* (same folder, so the replace is a rename)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside *target* for the caller to write; on a clean exit it is
    fsynced and replaces *target*. On any failure the temporary file is removed and
    *target* is left as it was; disk-full and permission errors become UserErrors."""
    target = Path(target)
    temp = temp_path_for(target)
    try:
        yield temp
        fsync_path(temp)
        replace(temp, target)
    except BaseException as exc:
        _discard(temp)
        if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
            mapped = user_error_of(exc, target)
            if mapped is not None:
                raise mapped from exc
        raise
    fsync_directory(target.parent)


def _discard(temp: Path) -> None:
    try:
        remove(temp)
    except (OSError, UserError):
        log.warning("could not remove the temporary file %s", temp, exc_info=True)


def write_bytes_atomic(target: Path, data: bytes) -> None:
    """Write *data* to *target* atomically (see `atomic_path`)."""
    with atomic_path(target) as temp, temp.open("wb") as handle:
        handle.write(data)


def clean_stale_temps(folder: Path, older_than: float = 0.0) -> list[Path]:
    """Remove the temporary files (``.*.bdtmp``, ``.*.part``) that operations killed half-way
    left below *folder*, if last written more than *older_than* seconds ago (a command-line
    backup may be writing one right now); the ones that cannot be removed now are skipped.
    Returns those removed."""
    removed: list[Path] = []
    if not Path(folder).is_dir():
        return removed
    cutoff = time.time() - older_than
    for path in sorted(Path(folder).rglob(".*")):
        if path.suffix not in (TEMP_SUFFIX, PART_SUFFIX) or not path.is_file():
            continue
        if older_than and path.stat().st_mtime > cutoff:
            continue
        try:
            remove(path)
        except (OSError, UserError):
            log.warning("could not remove the stale temporary file %s", path, exc_info=True)
            continue
        removed.append(path)
    if removed:
        log.info("removed %d temporary files left by interrupted operations", len(removed))
    return removed

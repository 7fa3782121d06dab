"""A log file in the platform's log folder, set up when the GUI starts (and by the command
line when something unexpected happens, to keep the traceback).

The file is rotated when the app starts (over 1 MB: kept as .1 … .3), not while it runs:
that needs only a plain FileHandler, not `logging.handlers` and the socket, pickle and
queue modules it imports before the window can paint.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from types import TracebackType

from branchdesk.paths import log_dir

LOG_NAME = "branchdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3  # older files: branchdesk.log.1 (newest) … .3

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _LogFile(logging.FileHandler):
    """Our file handler, told apart from others (pytest's) when looking for the log path."""


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    root.setLevel(level)
    if current_log_path() is not None:
        return  # once per process
    folder = log_dir()
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        with contextlib.suppress(OSError):  # another BranchDesk holds it: append instead
            rotate(path)
        handler = _LogFile(path, encoding="utf-8")
    except OSError:  # a read-only profile must not stop the app
        # A windowed build has no stderr at all (sys.stderr is None).
        handler = logging.StreamHandler() if sys.stderr is not None else logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def current_log_path() -> Path | None:
    """The log file this process writes, once `setup_logging` opened one."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return Path(handler.baseFilename)
    return None


def log_unexpected(what: str, exc_info: ExcInfo) -> Path | None:
    """Log an unexpected error with its traceback (opening the log file if need be) and
    return the file it went to, to name it to the user."""
    if current_log_path() is None:
        setup_logging(logging.getLogger().level or logging.INFO)
    logging.getLogger("branchdesk").critical("%s", what, exc_info=exc_info)
    for handler in logging.getLogger().handlers:
        handler.flush()
    return current_log_path()


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Move *path* to *path*.1 (and .1 to .2 …, dropping the oldest) once it is too big."""
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))

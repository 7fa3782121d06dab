"""A log file in the platform's log folder, set up when the GUI starts.

The file is rotated when the app starts (over 1 MB: kept as .1 … .3), not while it runs:
that needs only a plain FileHandler, not `logging.handlers` and the socket, pickle and
queue modules it imports before the window can paint.
"""

from __future__ import annotations

import logging
from pathlib import Path

from branchdesk.paths import log_dir

LOG_NAME = "branchdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3  # older files: branchdesk.log.1 (newest) … .3


def setup_logging(level: int = logging.INFO) -> None:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        rotate(path)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:  # a read-only profile must not stop the app
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)


def rotate(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """Move *path* to *path*.1 (and .1 to .2 …, dropping the oldest) once it is too big."""
    if not path.exists() or path.stat().st_size < max_bytes:
        return
    for number in range(keep - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))

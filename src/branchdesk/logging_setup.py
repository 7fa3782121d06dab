"""A rotating log file in the platform's log folder, set up when the GUI starts."""

from __future__ import annotations

import logging
import logging.handlers

from branchdesk.paths import log_dir

LOG_NAME = "branchdesk.log"


def setup_logging(level: int = logging.INFO) -> None:
    folder = log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:  # a read-only profile must not stop the app
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)

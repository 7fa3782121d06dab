"""Tidying after a start, once the window has painted: the temporary files that operations
killed half-way left in the data folder (a backup cut off by a power cut), and report
previews of earlier runs, which hold members' names, from the temp folder."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from branchdesk import fileops
from branchdesk.core.errors import UserError

log = logging.getLogger(__name__)

PREVIEW_FOLDER = "BranchDesk-previews"
# A temporary file younger than this may belong to a command-line run working right now.
STALE_AFTER_SECONDS = 120.0


def preview_dir() -> Path:
    """Where report previews are built: a folder of our own in the user's temp folder."""
    return Path(tempfile.gettempdir()) / PREVIEW_FOLDER


def new_preview_path(prefix: str) -> Path:
    folder = preview_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=".pdf", dir=folder)
    os.close(handle)
    return Path(name)


def discard(path: Path | None) -> None:
    """Delete a preview; one still held (by a viewer) goes at the next start."""
    if path is None:
        return
    try:
        fileops.remove(path)
    except UserError as exc:
        log.info("preview %s not deleted now: %s", path, exc)


def clean_previews() -> list[Path]:
    removed: list[Path] = []
    folder = preview_dir()
    if not folder.is_dir():
        return removed
    for path in folder.iterdir():
        try:
            fileops.remove(path)
        except (OSError, UserError) as exc:
            log.info("preview %s not deleted now: %s", path, exc)
            continue
        removed.append(path)
    return removed


def tidy_after_start(data_dir: Path) -> None:
    """Remove what killed operations and earlier runs left; never fails the start."""
    try:
        fileops.clean_stale_temps(data_dir, older_than=STALE_AFTER_SECONDS)
        clean_previews()
        from branchdesk.ui.widgets.evidence_copies import clean_evidence_copies

        clean_evidence_copies()
    except OSError:
        log.warning("tidying after the start failed", exc_info=True)

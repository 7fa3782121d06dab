"""未保存的内容: typing not saved yet, written every few seconds to `<data>/unsaved/`, so a
crash or a power cut does not lose it; the next start offers it back (ui/unsaved_keeper.py).

Not "drafts": core/compliance/drafts.py means the 立即登记 pre-fill. The folder lies outside
the database and the attachments, so backups and archives leave it out, `demo` and `import`
judge a folder empty by its records, and a restore keeps it. Plain files, no Qt."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

UNSAVED_DIR = "unsaved"


class UnsavedWork:
    """One JSON file per place holding typing (`<key>.json`), written atomically."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / UNSAVED_DIR

    def keep(self, key: str, content: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps(content, ensure_ascii=False, sort_keys=True)
        target = self.folder / f"{key}.json"
        if target.exists() and target.read_text(encoding="utf-8") == text:
            return  # unchanged since the last write: spare the disk
        handle, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            Path(temp).replace(target)
        finally:
            Path(temp).unlink(missing_ok=True)

    def drop(self, key: str) -> None:
        (self.folder / f"{key}.json").unlink(missing_ok=True)

    def kept(self) -> dict[str, dict[str, Any]]:
        """Every place's typing kept, by key; a file that cannot be read is left alone."""
        found: dict[str, dict[str, Any]] = {}
        if not self.folder.is_dir():
            return found
        for path in sorted(self.folder.glob("*.json")):
            try:
                content = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                log.warning("unsaved work in %s cannot be read", path)
                continue
            if isinstance(content, dict):
                found[path.stem] = content
        return found

"""The second backup place (a USB stick, a network folder): backups outlive the PC's disk
only if a copy is somewhere else, and recently."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

STALE_AFTER = timedelta(days=31)  # "older than a month": the overview says so


@dataclass(frozen=True)
class SecondPlace:
    folder: Path | None  # None: none chosen
    reachable: bool  # the folder is there and writable now (the stick is plugged in)
    last_copy: datetime | None  # when a backup was last copied there (local time)

    def stale(self, now: datetime) -> bool:
        """A place is chosen, but no copy there is as recent as a month."""
        if self.folder is None:
            return False
        return self.last_copy is None or now - self.last_copy > STALE_AFTER

"""Evidence opened from a read-only temporary copy, never from the data folder.

Stored evidence is named by its SHA-256: opened in place, a photo or scan saved in WPS would
change under its hash (and WPS leaves its ~$ lock file beside it, which then ends up in
backups). So `open_copy` copies the file into a folder of its own in the temp folder, marks
it read-only, and opens that. If she edits and saves it there anyway (after "save as", or
clearing read-only), `changed_copies` finds the new or changed file and the evidence list
offers to keep it as a new evidence file beside the original.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from branchdesk.fileops import TEMP_SUFFIX

EVIDENCE_FOLDER = "BranchDesk-evidence"
# Left by the programs that open a file, not saved by her: never offered back.
_NOT_SAVED = ("~$", ".~", "~")


def evidence_dir() -> Path:
    return Path(tempfile.gettempdir()) / EVIDENCE_FOLDER


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class OpenedCopy:
    owner_type: str
    owner_id: int
    folder: Path
    seen: dict[str, str] = field(default_factory=dict)  # file name -> sha256 as last seen


@dataclass(frozen=True)
class ChangedCopy:
    owner_type: str
    owner_id: int
    path: Path


class EvidenceCopies:
    """The copies opened in this session, and what became of them."""

    def __init__(self) -> None:
        self.opened: list[OpenedCopy] = []

    def open_copy(self, owner_type: str, owner_id: int, stored: Path, name: str) -> Path:
        """A read-only copy of *stored* named *name* in a fresh folder; the path to open."""
        evidence_dir().mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="open-", dir=evidence_dir()))
        copy = folder / (Path(name).name or stored.name)
        shutil.copyfile(stored, copy)
        copy.chmod(stat.S_IREAD)  # read-only: WPS asks to save under another name
        self.opened.append(OpenedCopy(owner_type, owner_id, folder, {copy.name: _digest(copy)}))
        return copy

    def changed_copies(self) -> list[ChangedCopy]:
        """Files saved into the copies' folders since they were last looked at (each is
        reported once)."""
        changed: list[ChangedCopy] = []
        for opened in self.opened:
            if not opened.folder.is_dir():
                continue
            for path in sorted(opened.folder.iterdir()):
                if not path.is_file() or _not_saved_by_her(path.name):
                    continue
                try:
                    digest = _digest(path)
                except OSError:  # still being written, or held: next time
                    continue
                if opened.seen.get(path.name) != digest:
                    opened.seen[path.name] = digest
                    changed.append(ChangedCopy(opened.owner_type, opened.owner_id, path))
        return changed


def _not_saved_by_her(name: str) -> bool:
    return name.startswith(_NOT_SAVED) or name.endswith((TEMP_SUFFIX, ".tmp"))


def clean_evidence_copies() -> None:
    """At the next start: the copies of the last session (they may hold members' photos)."""
    folder = evidence_dir()
    if folder.is_dir():
        shutil.rmtree(folder, onerror=_make_writable_and_retry)


def _make_writable_and_retry(function: object, path: str, _exc: object) -> None:
    try:
        Path(path).chmod(stat.S_IWRITE | stat.S_IREAD)  # Windows won't delete read-only files
        if callable(function):
            function(path)
    except OSError:
        pass  # held by a viewer still open: next time

"""Evidence files of any record: copied into the data folder, named by their SHA-256.

The file is written (durably, via a temporary name) before its row is inserted, so a row
never points at a missing file; a crash in between leaves at worst an unreferenced file,
which `collect_garbage` removes. Identical content is stored once.
"""

from __future__ import annotations

import hashlib
import logging
import mimetypes
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from branchdesk import fileops
from branchdesk.core.attachments import CAPTION_LIMIT, Attachment
from branchdesk.core.errors import FILE_MISSING, Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.registry import record_type
from branchdesk.store.convert import now_stamp
from branchdesk.store.errors import NotFoundError

log = logging.getLogger(__name__)

_COLUMNS = "id, owner_type, owner_id, sha256, original_name, caption, size, mime, added_at"


CANNOT_ATTACH = QT_TRANSLATE_NOOP("UserError", "{file} cannot be attached: {reason}.")
CANNOT_READ = QT_TRANSLATE_NOOP("UserError", "it cannot be read ({detail})")


class AttachmentFileError(UserError):
    """A file that could not be read to attach it (moved away, locked, a folder)."""

    def __init__(self, path: Path, error: OSError) -> None:
        reason = (
            Message(FILE_MISSING)
            if isinstance(error, FileNotFoundError)
            else Message(CANNOT_READ, {"detail": error.strerror or error})
        )
        super().__init__(Message(CANNOT_ATTACH, {"file": path.name, "reason": reason}))


class AttachmentStore:
    def __init__(self, db: Database, root: Path) -> None:
        self._db = db
        self.root = root

    def path_of(self, attachment: Attachment) -> Path:
        return self.root / attachment.stored_name

    def for_owner(self, owner_type: str, owner_id: int) -> list[Attachment]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE owner_type = ? AND owner_id = ? ORDER BY id",
            [owner_type, owner_id],
        ).fetchall()
        return [_attachment(row) for row in rows]

    def get(self, attachment_id: int) -> Attachment:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM attachments WHERE id = ?", [attachment_id]
        ).fetchone()
        if row is None:
            raise NotFoundError("attachment", attachment_id)
        return _attachment(row)

    def add_file(
        self, owner_type: str, owner_id: int, source: Path, caption: str = ""
    ) -> Attachment:
        """Copy *source* in and attach it to the owner."""
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise AttachmentFileError(source, exc) from exc
        return self.add_bytes(owner_type, owner_id, data, source.name, caption)

    def add_bytes(
        self, owner_type: str, owner_id: int, data: bytes, original_name: str, caption: str = ""
    ) -> Attachment:
        record_type(owner_type)  # raises KeyError for an unknown owner type
        sha = hashlib.sha256(data).hexdigest()
        mime = mimetypes.guess_type(original_name)[0] or "application/octet-stream"
        attachment = Attachment(
            owner_type=owner_type,
            owner_id=owner_id,
            sha256=sha,
            original_name=original_name,
            caption=caption.strip()[:CAPTION_LIMIT],
            size=len(data),
            mime=mime,
            added_at=now_stamp(),
        )
        self._write_file(self.path_of(attachment), data)
        with self._db.atomic():
            cursor = self._db.execute(
                "INSERT INTO attachments (owner_type, owner_id, sha256, original_name, caption, "
                "size, mime, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    owner_type,
                    owner_id,
                    sha,
                    original_name,
                    attachment.caption,
                    attachment.size,
                    mime,
                    attachment.added_at,
                ],
            )
        return self.get(int(cursor.lastrowid or 0))

    def set_caption(self, attachment_id: int, caption: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE attachments SET caption = ? WHERE id = ?",
                [caption.strip()[:CAPTION_LIMIT], attachment_id],
            )

    def remove(self, attachment_id: int) -> None:
        """Detach for good; the file goes too unless another attachment shares it. When
        another program holds the file, FileBusy is raised and the row stays with it."""
        attachment = self.get(attachment_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM attachments WHERE id = ?", [attachment_id])
            if not self._still_used(attachment):
                fileops.remove(self.path_of(attachment))  # raising rolls the DELETE back

    def remove_for_owner(self, owner_type: str, owner_id: int) -> None:
        """Called when the owner is purged from the recycle bin (already gone for good): a
        file another program holds is left for `collect_garbage`."""
        attachments = self.for_owner(owner_type, owner_id)
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM attachments WHERE owner_type = ? AND owner_id = ?",
                [owner_type, owner_id],
            )
        for attachment in attachments:
            if not self._still_used(attachment):
                self._remove_if_free(self.path_of(attachment))

    def collect_garbage(self) -> int:
        """Delete files no attachment refers to; returns how many."""
        if not self.root.is_dir():
            return 0
        used = {
            Attachment("", 0, row[0], row[1]).stored_name
            for row in self._db.execute("SELECT sha256, original_name FROM attachments")
        }
        removed = 0
        for path in self.root.iterdir():
            if path.is_file() and path.name not in used and self._remove_if_free(path):
                removed += 1
        return removed

    def _still_used(self, attachment: Attachment) -> bool:
        return any(
            Attachment("", 0, row[0], row[1]).stored_name == attachment.stored_name
            for row in self._db.execute(
                "SELECT sha256, original_name FROM attachments WHERE sha256 = ?",
                [attachment.sha256],
            )
        )

    @staticmethod
    def _remove_if_free(path: Path) -> bool:
        try:
            fileops.remove(path)
        except UserError as exc:
            log.warning("unused evidence file %s not deleted now: %s", path, exc)
            return False
        return True

    def _write_file(self, target: Path, data: bytes) -> None:
        if target.exists() and target.stat().st_size == len(data):
            return  # same content already stored
        self.root.mkdir(parents=True, exist_ok=True)
        fileops.write_bytes_atomic(target, data)


def _attachment(row: Any) -> Attachment:
    return Attachment(
        id=row[0],
        owner_type=row[1],
        owner_id=row[2],
        sha256=row[3],
        original_name=row[4],
        caption=row[5],
        size=row[6],
        mime=row[7],
        added_at=row[8],
    )

"""Evidence attached to any record: sign-in sheet scans, photos, notices, minutes files.

One generic mechanism for every record type: an attachment names its owner by the owner's
registry key and id. The file itself lives in the data folder under its SHA-256, so the
record never depends on the user's original file staying where it was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CAPTION_LIMIT = 200

# `Attachment.stored_name`: 64 lower-case hex digits, then the original name's last suffix
# (from its last dot, so holding no other dot, and never a slash or a backslash). A colon or
# a control character is refused too: Windows cannot name a file with either, so no backup
# written there holds one, and a colon would address an alternate data stream.
_STORED_NAME = re.compile(r"[0-9a-f]{64}(?:\.[^./\\:\x00-\x1f]+)?")


def is_stored_name(name: str) -> bool:
    """Whether *name* is a name `Attachment.stored_name` gives: the only files a restore or an
    import writes into the attachments folder."""
    return _STORED_NAME.fullmatch(name) is not None


@dataclass(frozen=True)
class Attachment:
    owner_type: str  # a key of core.registry, e.g. "meetings"
    owner_id: int
    sha256: str
    original_name: str
    caption: str = ""
    size: int = 0
    mime: str = ""
    added_at: str = ""  # UTC stamp
    id: int | None = None

    @property
    def suffix(self) -> str:
        """The original file's extension, lower case with its dot ('' if none)."""
        name = self.original_name
        dot = name.rfind(".")
        if dot <= 0 or dot == len(name) - 1 or "/" in name[dot:] or "\\" in name[dot:]:
            return ""
        return name[dot:].lower()

    @property
    def stored_name(self) -> str:
        """The file's name inside the attachments folder: content hash plus extension, so the
        system viewer knows what to open it with and identical files are stored once."""
        return f"{self.sha256}{self.suffix}"

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")

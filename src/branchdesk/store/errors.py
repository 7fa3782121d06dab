"""Errors the store raises, each with a message fit to show a user."""

import sqlite3

from branchdesk.core.errors import Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP


class StoreError(UserError):
    """A problem with the data file that the user must be told about."""


class NewerSchemaError(StoreError):
    def __init__(self, path: str, found: int, supported: int) -> None:
        super().__init__(
            f"{path} was written by a newer BranchDesk (data format {found}; this version reads "
            f"up to {supported}). Install the newer version to open it; the file was not changed."
        )
        self.found = found
        self.supported = supported


class DamagedDatabaseError(StoreError):
    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path} is damaged or is not a BranchDesk data file ({detail}).")
        self.detail = detail


class ForeignDatabaseError(StoreError):
    """An SQLite file of another program where BranchDesk's data file belongs."""

    def __init__(self, path: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} is another program's database, not BranchDesk's data file; it "
                    "was not changed. Move it elsewhere, or choose another data folder.",
                ),
                {"path": path},
            )
        )


class NotFoundError(StoreError):
    def __init__(self, what: str, record_id: int | str) -> None:
        super().__init__(f"{what} {record_id} does not exist")


class FolderNotFileError(StoreError):
    """A file was to be written where a folder already is (`-o D:/备份/`)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError", "{path} is a folder; give the name of the file to write in it."
                ),
                {"path": path},
            )
        )


class StorageError(StoreError):
    """The disk refused a read or write: read-only, full, or failing."""


def storage_error(path: str, exc: sqlite3.Error) -> StoreError | None:
    """The user's version of an SQLite error about the file or the disk, or None for an
    error that is a bug (bad SQL, a broken rule), which must keep its traceback."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} cannot be written: the disk or folder is read-only. Nothing was saved.",
                ),
                {"path": path},
            )
        )
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "The disk holding {path} is full. Nothing was saved; free some space "
                    "and retry.",
                ),
                {"path": path},
            )
        )
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        # Another writer held the file past the busy timeout: another BranchDesk task, or a
        # command-line run beside the window. Waiting a moment is all the user can do.
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} is busy: another BranchDesk task or program is writing to it. "
                    "Nothing was saved; try again in a moment.",
                ),
                {"path": path},
            )
        )
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN")) or "disk I/O error" in text:
        return StorageError(f"{path} cannot be read or written ({text}). Nothing was saved.")
    if name in {"SQLITE_CORRUPT", "SQLITE_NOTADB"} or "malformed" in text:
        return DamagedDatabaseError(path, text)
    if "Could not decode to UTF-8" in text:  # written by another tool: `check` says where
        return StorageError(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError",
                    "{path} holds text that is not valid UTF-8, so it cannot be read; "
                    "`branchdesk check` (Settings → Data and backups → Check the data) names the "
                    "records.",
                ),
                {"path": path},
            )
        )
    return None

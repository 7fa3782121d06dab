"""Where BranchDesk keeps its data and logs. Resolved at start-up, never at import time."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from branchdesk import APP_NAME
from branchdesk.core.errors import Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

DATA_DIR_ENV = "BRANCHDESK_DATA_DIR"
# The database's name in a data folder; the same as store.db.DATABASE_NAME (a test checks),
# repeated here so that the GUI can tell a first run without loading the data layer.
DATABASE_FILE = "branchdesk.sqlite3"


def absolute_path(path: str | os.PathLike[str]) -> Path:
    """*path* made absolute as typed, never `resolve()`d: on Windows that turns a mapped
    drive (Z: on the office server) into its UNC share name, which the user does not
    recognise and which SQLite's URIs mishandle."""
    return Path(os.path.normpath(Path(path).expanduser().absolute()))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins, then `BRANCHDESK_DATA_DIR`, then the platform's user data folder;
    a folder the data was moved out of (设置 → 数据与备份) leads to where it went."""
    from branchdesk.data_location import follow_moved

    if option:
        return follow_moved(absolute_path(option))
    env = os.environ.get(DATA_DIR_ENV, "").strip()
    if env:
        return follow_moved(absolute_path(env))
    return follow_moved(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


class DataFolderError(UserError):
    """The data folder cannot be made: a file of its name is in the way, the drive is gone
    (a USB stick taken out), or the folder above it may not be written."""

    def __init__(self, folder: Path, reason: str | Message) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError", "{folder} cannot be used as the data folder: {reason}."
                ),
                {"folder": folder, "reason": reason},
            )
        )


A_FILE_IN_THE_WAY = QT_TRANSLATE_NOOP("UserError", "a file stands where the folder would be")
NOT_ALLOWED = QT_TRANSLATE_NOOP("UserError", "you may not create or write a folder there")
NOT_THERE = QT_TRANSLATE_NOOP("UserError", "the drive or the folder above it is not there")


def make_data_dir(folder: Path) -> None:
    """Create *folder* (and the folders above it) unless it is there; a user's error if not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise DataFolderError(folder, Message(A_FILE_IN_THE_WAY)) from None
    except PermissionError:
        raise DataFolderError(folder, Message(NOT_ALLOWED)) from None
    except FileNotFoundError:
        raise DataFolderError(folder, Message(NOT_THERE)) from None
    except OSError as exc:
        raise DataFolderError(folder, exc.strerror or str(exc)) from None


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def folder_listing(folder: Path) -> set[Path] | None:
    """Every file and folder below *folder*; None when it does not exist."""
    if not folder.is_dir():
        return None
    return set(folder.rglob("*"))


def remove_created(folder: Path, before: set[Path] | None) -> None:
    """Undo what was created in *folder* since `folder_listing` gave *before*: the folder
    itself if it did not exist, else each file and folder that is new (deepest first)."""
    import shutil

    if before is None:
        shutil.rmtree(folder, ignore_errors=True)
        return
    if not folder.is_dir():
        return
    for path in sorted(set(folder.rglob("*")) - before, key=lambda p: len(p.parts), reverse=True):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

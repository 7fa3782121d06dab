"""Where the data folder lives, and whether that place suits SQLite.

SQLite's WAL needs shared memory and byte-range locks that SMB shares and cloud-synced
folders (OneDrive, 坚果云, 百度网盘 …) do not honour: records can be lost or the file damaged,
and a sync client may upload a half-written database. `storage_risk` says so (a network
drive or share, or a synced folder); 设置 → 数据与备份 then offers to move the folder.

A moved folder leaves `MOVED_MARKER` behind, naming the new place; `follow_moved` reads it,
so a shortcut or `BRANCHDESK_DATA_DIR` that names the old folder opens the new one.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path

from branchdesk.core.i18n import QT_TRANSLATE_NOOP

MOVED_MARKER = "branchdesk-moved-to.txt"
# Folder names of sync clients (compared case-insensitively, whole path parts).
CLOUD_FOLDERS = (
    "onedrive", "dropbox", "icloud drive", "iclouddrive", "google drive", "googledrive",
    "坚果云", "nutstore", "百度网盘", "baidunetdisk", "baiduyunguanjia", "wps网盘", "wpsdrive",
    "阿里云盘", "腾讯微云", "weiyun",
)  # fmt: skip
ONEDRIVE_ENV = ("OneDrive", "OneDriveConsumer", "OneDriveCommercial")
NETWORK_FILE_SYSTEMS = ("cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "davfs", "9p")
PLATFORM = sys.platform


class StorageRisk(StrEnum):
    NETWORK = QT_TRANSLATE_NOOP(
        "DataLocation",
        "it is on a network drive or share, where SQLite's locking does not work reliably",
    )
    CLOUD = QT_TRANSLATE_NOOP(
        "DataLocation",
        "it is in a folder a sync client (OneDrive, 坚果云, 百度网盘 …) uploads, which can copy "
        "the database half-written",
    )


def storage_risk(folder: Path) -> StorageRisk | None:
    """Why *folder* is a poor place for the database, or None for a local disk."""
    text = os.fspath(folder)
    if text.startswith(("\\\\", "//")):
        return StorageRisk.NETWORK
    if _in_cloud_folder(folder):
        return StorageRisk.CLOUD
    if is_remote_drive(folder):
        return StorageRisk.NETWORK
    return None


def _in_cloud_folder(folder: Path) -> bool:
    for name in ONEDRIVE_ENV:
        root = os.environ.get(name)
        if root and _is_within(folder, Path(root)):
            return True
    return any(part.casefold() in CLOUD_FOLDERS for part in folder.parts) or any(
        part.casefold().startswith("onedrive - ") for part in folder.parts
    )


def _is_within(folder: Path, root: Path) -> bool:
    try:
        folder.relative_to(root)
    except ValueError:
        return False
    return True


def is_remote_drive(folder: Path) -> bool:
    """A mapped network drive (Windows) or a network file system mount (elsewhere)."""
    if PLATFORM == "win32":
        import ctypes

        root = os.path.splitdrive(os.fspath(folder))[0] + "\\"
        drive_remote = 4
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return bool(kernel32.GetDriveTypeW(root) == drive_remote)
    return _mount_type(folder) in NETWORK_FILE_SYSTEMS


def _mount_type(folder: Path) -> str:
    """The file system type of the mount holding *folder*, from /proc/mounts ("" if unknown)."""
    try:
        lines = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    target = str(folder.resolve())
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) > len(
            best
        ):
            best, kind = mount, fields[2]
    return kind


def follow_moved(folder: Path) -> Path:
    """The folder the data was moved to, when *folder* holds the marker; else *folder*."""
    marker = folder / MOVED_MARKER
    try:
        text = marker.read_text(encoding="utf-8").strip()
    except OSError:
        return folder
    return Path(text) if text else folder

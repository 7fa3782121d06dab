"""The zip files BranchDesk writes (backups, export archives) and how it reads them safely.

Every archive carries `manifest.json`: its kind, format version, and the name, size and
SHA-256 of every other entry. A reader calls `verify_archive` first; it reads the whole file
and refuses it — before anything is written anywhere — when an entry could escape the
folder, is a link, appears twice, disagrees with the manifest, would expand beyond the
limits (a decompression bomb), or comes from a newer format. Entries are read again when
written out, and checked again against the verified hash.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import stat
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from branchdesk import fileops
from branchdesk.core.attachments import is_stored_name
from branchdesk.core.errors import FILE_MISSING, Message
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.store.errors import FolderNotFileError, StoreError

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
CHUNK = 1024 * 1024
MIB = 1024 * 1024
GIB = 1024 * MIB


@dataclass(frozen=True)
class Limits:
    """How far an archive may expand when read. Generous for real data, fatal for bombs."""

    max_entries: int = 500_000
    max_entry_size: int = 4 * GIB
    max_total_size: int = 32 * GIB
    max_ratio: int = 200  # expanded size / compressed size
    ratio_floor: int = MIB  # smaller entries may compress better (JSON, empty pages)
    max_manifest_size: int = 256 * MIB


DEFAULT_LIMITS = Limits()


class ArchiveError(StoreError):
    """An archive refused as damaged, hostile or unreadable; nothing was written. The
    reasons a secretary meets (a wrong file chosen) are `Message`s, shown translated."""

    def __init__(self, archive: Path, reason: str | Message) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP("UserError", "{file}: refused, {reason}; nothing was changed."),
                {"file": archive.name, "reason": reason},
            )
        )
        self.reason = str(reason)


NOT_A_ZIP = QT_TRANSLATE_NOOP("UserError", "it is not a readable zip archive ({detail})")
NOT_A_ZIP_NAME = QT_TRANSLATE_NOOP("UserError", "its name does not end in .zip")
NOT_OURS = QT_TRANSLATE_NOOP("UserError", "it is not an archive written by BranchDesk")
# Keyed by the format a file must have: the one most often chosen instead is the other.
_WRONG_KIND = {
    "branchdesk-backup": QT_TRANSLATE_NOOP(
        "UserError", "it is not a backup (an export archive is imported, not restored)"
    ),
    "branchdesk-export": QT_TRANSLATE_NOOP(
        "UserError", "it is not an export archive (a backup is restored, not imported)"
    ),
}


# The refusals a secretary meets with a real file (copied badly, or from a newer version),
# as opposed to a hostile one, are said in Chinese in the window.
NEWER_FORMAT = QT_TRANSLATE_NOOP(
    "UserError",
    "it was written by a newer BranchDesk (archive format {found}; this version reads up to "
    "{supported}); install the newer version to read it",
)
NEWER_RECORDS = QT_TRANSLATE_NOOP(
    "UserError",
    "it was written by a newer BranchDesk (its records); install the newer version to read it",
)
DAMAGED_ENTRY = QT_TRANSLATE_NOOP(
    "UserError", "its {name} is damaged ({detail}); the file may have been copied incompletely"
)
DAMAGED_DATABASE = QT_TRANSLATE_NOOP("UserError", "its database is damaged ({detail})")


class NewerArchiveError(ArchiveError):
    def __init__(self, archive: Path, found: int, supported: int) -> None:
        super().__init__(archive, Message(NEWER_FORMAT, {"found": found, "supported": supported}))


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    sha256: str


def _hash_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def hash_file(path: Path) -> tuple[str, int]:
    """SHA-256 and size of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


# -- writing ---------------------------------------------------------------------------


class ArchiveWriter:
    """Writes `target` atomically (`fileops.atomic_path`): a hidden temporary file, fsynced
    and put in place only when complete, removed on any failure."""

    def __init__(self, target: Path, kind: str, format_version: int, meta: dict[str, Any]):
        self.target = target
        self._header = {"format": kind, "format_version": format_version, **meta}
        self._entries: list[Entry] = []
        if target.is_dir():  # else the finished archive fails to replace it, with a traceback
            raise FolderNotFileError(str(target))
        target.parent.mkdir(parents=True, exist_ok=True)
        self._output = ExitStack()
        self._temp = self._output.enter_context(fileops.atomic_path(target))
        try:
            self._zip = zipfile.ZipFile(self._temp, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        except BaseException:
            self._output.__exit__(*sys.exc_info())
            raise

    def add_bytes(self, name: str, data: bytes, *, compress: bool = True) -> None:
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(_zip_info(name, method), data)
        self._entries.append(Entry(name, len(data), _hash_bytes(data)))

    def add_file(self, name: str, source: Path, *, compress: bool = False) -> None:
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as src, self._zip.open(_zip_info(name, method), "w") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        self._entries.append(Entry(name, size, digest.hexdigest()))

    def finish(self) -> Path:
        manifest = {
            **self._header,
            "entries": [e.__dict__ for e in self._entries],
        }
        text = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        try:
            self._zip.writestr(_zip_info(MANIFEST_NAME, zipfile.ZIP_DEFLATED), text)
            self._zip.close()
        except BaseException:
            self.abort(*sys.exc_info())
            raise
        self._output.close()  # fsync, replace with retries; the temporary goes on failure
        return self.target

    def abort(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Drop the temporary file after *exc*; a full disk or a refused folder is raised
        again as the user error it is."""
        try:
            self._zip.close()
        except (OSError, ValueError, zipfile.BadZipFile):
            log.debug("closing an abandoned archive failed", exc_info=True)
        self._output.__exit__(exc_type, exc, tb)

    def __enter__(self) -> ArchiveWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.finish()
        else:
            self.abort(exc_type, exc, tb)


def _zip_info(name: str, method: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


# -- verifying -------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f]")


def unsafe_name_reason(name: str) -> str | None:
    """Why *name* could land outside the folder it is extracted into, or None if safe.

    Each segment is judged, not the whole name: `attachments//etc/x` joins to an absolute
    path, and `attachments/C:x` is drive-relative on Windows."""
    if not name or _CONTROL.search(name):
        return "has an empty or invalid name"
    if "\\" in name:
        return f"entry {name!r} uses backslashes, which could escape the folder"
    if name.startswith("/") or _DRIVE.match(name):
        return f"entry {name!r} has an absolute path, which would escape the folder"
    segments = name.removesuffix("/").split("/")  # a trailing slash marks a folder entry
    if ".." in segments:
        return f"entry {name!r} contains '..', which would escape the folder"
    if any(segment in ("", ".") for segment in segments):
        return f"entry {name!r} has an empty path segment, which could escape the folder"
    if ":" in name:
        return f"entry {name!r} names a drive or a stream (':'), which could escape the folder"
    return None


def is_inside(target: Path, folder: Path) -> bool:
    """Whether *target*, links and '..' resolved, lies within *folder*."""
    resolved_folder = folder.resolve()
    return target.resolve().is_relative_to(resolved_folder)


def _is_link(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


@dataclass(frozen=True)
class VerifiedArchive:
    path: Path
    manifest: dict[str, Any]
    entries: dict[str, Entry]
    # Entries left out: harmless files no BranchDesk wrote (Thumbs.db, `~$` lock files).
    skipped: tuple[str, ...] = ()

    def names(self, prefix: str = "") -> list[str]:
        return sorted(name for name in self.entries if name.startswith(prefix))

    def read_bytes(self, name: str) -> bytes:
        entry = self.entries[name]
        with zipfile.ZipFile(self.path) as archive:
            chunks: list[bytes] = []
            _copy_counted(self.path, archive, name, entry.size, chunks.append)
        data = b"".join(chunks)
        if len(data) != entry.size or _hash_bytes(data) != entry.sha256:
            raise ArchiveError(self.path, f"entry {name!r} changed while it was being read")
        return data

    def read_json(self, name: str) -> Any:
        try:
            return json.loads(self.read_bytes(name).decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:  # a 5,000-digit number too
            raise ArchiveError(self.path, f"entry {name!r} is not valid JSON ({exc})") from exc
        except RecursionError as exc:
            raise ArchiveError(self.path, f"entry {name!r} is nested too deeply") from exc

    def extract_to(self, name: str, target: Path, within: Path | None = None) -> None:
        """Write one entry to *target* atomically, checking its hash again as it is written.
        With *within*, a target that would resolve outside that folder is refused."""
        entry = self.entries[name]
        if within is not None and not is_inside(target, within):
            raise ArchiveError(self.path, f"entry {name!r} would be written outside {within}")
        target.parent.mkdir(parents=True, exist_ok=True)
        with (
            fileops.atomic_path(target) as temp,
            temp.open("wb") as out,
            zipfile.ZipFile(self.path) as archive,
        ):
            digest, size = _copy_counted(self.path, archive, name, entry.size, out.write)
            if digest != entry.sha256 or size != entry.size:
                raise ArchiveError(self.path, f"entry {name!r} changed while it was being read")


def _copy_counted(
    path: Path,
    archive: zipfile.ZipFile,
    name: str,
    limit: int,
    out: Callable[[bytes], object] | None,
) -> tuple[str, int]:
    """Hash (and optionally copy) an entry, reading at most *limit* + 1 bytes of it: the
    sizes in the zip's own headers are not trusted."""
    digest = hashlib.sha256()
    size = 0
    try:
        with archive.open(name) as handle:
            while size <= limit:
                chunk = handle.read(min(CHUNK, limit + 1 - size))
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
                if out is not None and size <= limit:
                    out(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise ArchiveError(path, Message(DAMAGED_ENTRY, {"name": name, "detail": exc})) from exc
    return digest.hexdigest(), size


def verify_archive(
    path: Path, kind: str, supported_version: int, limits: Limits = DEFAULT_LIMITS
) -> VerifiedArchive:
    """Read the whole archive and check it; raise ArchiveError on the first problem."""
    if path.suffix.lower() != ".zip":  # BranchDesk writes .zip; a .txt was never one
        raise ArchiveError(path, Message(NOT_A_ZIP_NAME))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = _check_listing(path, archive, limits)
            manifest = _read_manifest(path, archive, infos, kind, supported_version, limits)
            entries = _check_manifest_entries(path, manifest, infos)
            for entry in entries.values():
                digest, size = _copy_counted(path, archive, entry.name, entry.size, None)
                if size != entry.size:
                    raise ArchiveError(
                        path, f"entry {entry.name!r} does not have the size the manifest gives"
                    )
                if digest != entry.sha256:
                    raise ArchiveError(
                        path, f"entry {entry.name!r} does not match its checksum in the manifest"
                    )
    except FileNotFoundError as exc:
        raise ArchiveError(path, Message(FILE_MISSING)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
        raise ArchiveError(path, Message(NOT_A_ZIP, {"detail": exc})) from exc
    return VerifiedArchive(path, manifest, entries)


def peek_manifest(path: Path, kind: str, supported_version: int) -> dict[str, Any] | None:
    """The manifest of one of our own archives without verifying the entries (None if the
    file is unreadable) — for listing, not for restoring."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = {info.filename: info for info in archive.infolist()}
            return _read_manifest(path, archive, infos, kind, supported_version, DEFAULT_LIMITS)
    except (ArchiveError, zipfile.BadZipFile, OSError, EOFError):
        return None


def _check_listing(
    path: Path, archive: zipfile.ZipFile, limits: Limits
) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_entries:
        raise ArchiveError(path, f"it holds more than {limits.max_entries} entries")
    seen: dict[str, zipfile.ZipInfo] = {}
    folded: set[str] = set()
    total = compressed = 0
    for info in infos:
        reason = unsafe_name_reason(info.filename)
        if reason:
            raise ArchiveError(path, reason)
        if _is_link(info):
            raise ArchiveError(path, f"entry {info.filename!r} is a link")
        key = info.filename.rstrip("/").casefold()
        if key in folded:
            raise ArchiveError(path, f"entry {info.filename!r} appears more than once")
        folded.add(key)
        if info.flag_bits & 0x1:
            raise ArchiveError(path, f"entry {info.filename!r} is encrypted")
        _check_expansion(path, info, limits)
        total += info.file_size
        compressed += info.compress_size
        if total > limits.max_total_size:
            raise ArchiveError(
                path, f"it would expand to more than {limits.max_total_size // MIB} MiB in all"
            )
        seen[info.filename] = info
    # Many entries each under the floor (a thousand 1 MiB runs of zeros) escape the check of
    # each entry; the archive as a whole may not expand more than an entry may.
    if total > limits.ratio_floor and total > limits.max_ratio * max(compressed, 1):
        raise ArchiveError(
            path,
            f"its entries expand {total // max(compressed, 1)} times in all "
            f"(limit {limits.max_ratio}), like a decompression bomb",
        )
    return seen


def _check_expansion(path: Path, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_entry_size:
        raise ArchiveError(
            path,
            f"entry {info.filename!r} would expand to {info.file_size // MIB} MiB "
            f"(limit {limits.max_entry_size // MIB} MiB)",
        )
    if info.file_size > limits.ratio_floor and (
        info.file_size > limits.max_ratio * max(info.compress_size, 1)
    ):
        raise ArchiveError(
            path,
            f"entry {info.filename!r} expands {info.file_size // max(info.compress_size, 1)} "
            f"times (limit {limits.max_ratio}), like a decompression bomb",
        )


def _read_manifest(
    path: Path,
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    kind: str,
    supported_version: int,
    limits: Limits,
) -> dict[str, Any]:
    if MANIFEST_NAME not in infos:
        raise ArchiveError(path, Message(NOT_OURS))
    limit = min(limits.max_manifest_size, limits.max_entry_size)
    with archive.open(MANIFEST_NAME) as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise ArchiveError(path, f"its {MANIFEST_NAME} is larger than {limit // MIB} MiB")
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ArchiveError(path, f"its {MANIFEST_NAME} is not valid JSON") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != kind:
        raise ArchiveError(path, Message(_WRONG_KIND.get(kind, NOT_OURS)))
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ArchiveError(path, f"its format version {version!r} is not valid")
    if version > supported_version:
        raise NewerArchiveError(path, version, supported_version)
    return manifest


def _check_manifest_entries(
    path: Path, manifest: dict[str, Any], infos: dict[str, zipfile.ZipInfo]
) -> dict[str, Entry]:
    listed = manifest.get("entries")
    if not isinstance(listed, list):
        raise ArchiveError(path, f"its {MANIFEST_NAME} lists no entries")
    entries: dict[str, Entry] = {}
    for item in listed:
        entry = _entry_of(path, item)
        if entry.name in entries or entry.name == MANIFEST_NAME:
            raise ArchiveError(path, f"entry {entry.name!r} is listed twice in the manifest")
        info = infos.get(entry.name)
        if info is None:
            raise ArchiveError(path, f"entry {entry.name!r} is in the manifest but missing")
        if info.file_size != entry.size:
            raise ArchiveError(
                path,
                f"entry {entry.name!r} is {info.file_size} bytes but the manifest says "
                f"{entry.size}",
            )
        entries[entry.name] = entry
    for name in infos:
        if name != MANIFEST_NAME and not name.endswith("/") and name not in entries:
            raise ArchiveError(path, f"entry {name!r} is not listed in the manifest")
    return entries


def _entry_of(path: Path, item: Any) -> Entry:
    if not isinstance(item, dict):
        raise ArchiveError(path, "a manifest entry is not an object")
    name, size, sha = item.get("name"), item.get("size"), item.get("sha256")
    if not isinstance(name, str) or not isinstance(size, int) or not isinstance(sha, str):
        raise ArchiveError(path, f"manifest entry {item!r} lacks a name, size or sha256")
    reason = unsafe_name_reason(name)
    if reason:
        raise ArchiveError(path, reason)
    return Entry(name, size, sha.lower())


def without_foreign_attachments(verified: VerifiedArchive, prefix: str) -> VerifiedArchive:
    """Mark as `skipped` the entries below *prefix* not named as BranchDesk names attachments
    (`core.attachments`): their names are already proven unable to escape, and a restore or
    an import leaves them out, so that a backup holding a Thumbs.db stays restorable."""
    skipped = sorted(
        name
        for name in verified.entries
        if name.startswith(prefix) and not is_stored_name(name[len(prefix) :])
    )
    if skipped:
        log.warning("%s: skipped files BranchDesk did not write: %s", verified.path, skipped)
    return VerifiedArchive(verified.path, verified.manifest, verified.entries, tuple(skipped))


# Files other programs leave beside the ones they open: WPS/Word's "~$name.docx" owner files,
# Explorer's thumbnail caches. They are not ours and never go into a backup or an archive.
_FOREIGN_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store"})


def is_foreign_file(name: str) -> bool:
    """A lock, cache or temporary file, not data: never archived."""
    return (
        name.startswith((".", "~$"))
        or name.casefold() in _FOREIGN_NAMES
        or name.endswith((fileops.TEMP_SUFFIX, fileops.PART_SUFFIX))
    )


def iter_files(folder: Path) -> Iterator[tuple[str, Path]]:
    """Regular files below *folder* (links, locks and temporaries skipped) as (posix relative
    path, path), sorted."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink() and not is_foreign_file(path.name):
            yield path.relative_to(folder).as_posix(), path

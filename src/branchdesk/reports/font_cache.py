"""TrueType fonts parsed once, not at every report: reportlab's parse kept in the user cache.

reportlab reads a whole font's tables (cmap, widths) each time a TTFont is built — about a
tenth of a second for each shipped CJK font, three of them per report process. What it keeps
from the parse is plain data (numbers, strings, dicts of them), so it is stored with
`marshal` (plain values only: loading an entry cannot run code) in the user cache folder,
keyed by the font file's path, face index, size and mtime. An entry that does not match the
file, was written by another reportlab or Python, or cannot be read is ignored and replaced:
the cache is never trusted over the file.

The font file's bytes (15 MB for a CJK font) are what reportlab subsets the glyphs from: a
face from here maps the file into memory while it cuts a subset, rather than holding all the
fonts' files in memory for the session (anything else that asks for the bytes reads them,
until `let_go_of_file_data`).
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import mmap
import os
import sys
from collections.abc import Iterable
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, BinaryIO
from weakref import WeakKeyDictionary

import platformdirs
import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFError, TTFNameBytes, TTFont, TTFontFace

from branchdesk import APP_NAME

log = logging.getLogger(__name__)

FORMAT = 1
_NAME_FIELDS = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_NOT_STORED = {"_ttf_data", "_pdfScale"}  # the file's bytes; a lambda from unitsPerEm


def fonts_cache_dir() -> Path:
    """In the user cache folder: rebuilt at will, safe to delete at any time."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "fonts"


def load_ttfont(name: str, path: Path, index: int = 0) -> TTFont:
    """reportlab's TTFont of *path*'s face *index*, from the cache when it still matches.

    Raises what TTFont raises for a file reportlab cannot use (nothing is cached then)."""
    stat = path.stat()
    stamp = _stamp(path, index, stat.st_size, stat.st_mtime_ns)
    entry = _entry_path(path, index)
    state = _read(entry, stamp)
    if state is None:
        state = _write(entry, stamp, _parse(name, path, index))
    return _rebuild(name, state, (path, stat.st_size, stat.st_mtime_ns))


def _parse(name: str, path: Path, index: int) -> TTFont:
    return TTFont(name, str(path), subfontIndex=index)


def _stamp(path: Path, index: int, size: int, mtime_ns: int) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "python": sys.version_info[:2],
        "reportlab": reportlab.Version,
        "path": str(path.resolve()),
        "index": index,
        "size": size,
        "mtime_ns": mtime_ns,
    }


def _entry_path(path: Path, index: int) -> Path:
    key = hashlib.sha1(f"{path.resolve()}#{index}".encode()).hexdigest()[:20]
    return fonts_cache_dir() / f"{key}.marshal"


def _read(entry: Path, stamp: dict[str, Any]) -> dict[str, Any] | None:
    try:
        stored = marshal.loads(entry.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, EOFError, ValueError, TypeError) as exc:
        log.info("ignoring the unreadable font cache entry %s: %s", entry, exc)
        return None
    if not isinstance(stored, dict) or stored.get("stamp") != _marshalable(stamp):
        return None
    state = stored.get("face")
    if not isinstance(state, dict) or not isinstance(state.get("charToGlyph"), dict):
        return None
    return state


def _write(entry: Path, stamp: dict[str, Any], font: TTFont) -> dict[str, Any]:
    face = font.face.__dict__
    state = {
        key: bytes(value) if key in _NAME_FIELDS else value
        for key, value in face.items()
        if key not in _NOT_STORED
    }
    try:
        blob = marshal.dumps({"stamp": _marshalable(stamp), "face": state})
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(blob)
        partial.replace(entry)  # whole or not at all, even with two processes writing
    except (OSError, ValueError) as exc:  # a read-only cache folder only costs the speed-up
        log.info("font cache not written for %s: %s", entry, exc)
    return state


def _marshalable(stamp: dict[str, Any]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in stamp.items()}


FileStamp = tuple[Path, int, int]  # the font file, its size and mtime (ns) when parsed


class _FileBackedFace(TTFontFace):  # type: ignore[misc]
    """A parsed face that reads its file's bytes when a PDF needs them (to subset glyphs)."""

    _branchdesk_file: FileStamp

    def __getattr__(self, name: str) -> Any:
        if name != "_ttf_data":
            raise AttributeError(name)
        with self._branchdesk_file[0].open("rb") as file:
            self._check_unchanged(file)
            data = file.read()
        self._ttf_data = data
        return data

    def makeSubset(self, subset: list[int]) -> bytes:
        """The glyphs of *subset* cut from the file mapped into memory, not read: only the
        pages of the glyphs used become resident, and none stay once it is written."""
        if "_ttf_data" in self.__dict__:
            return bytes(super().makeSubset(subset))
        with self._branchdesk_file[0].open("rb") as file:
            self._check_unchanged(file)
            with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
                self._ttf_data = data  # type: ignore[assignment]  # read as bytes are
                try:
                    return bytes(super().makeSubset(subset))
                finally:
                    del self.__dict__["_ttf_data"]

    def _check_unchanged(self, file: BinaryIO) -> None:
        path, size, mtime_ns = self._branchdesk_file
        stat = os.fstat(file.fileno())
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):
            # Glyphs cut from another file would print as garbage: say so instead.
            raise TTFError(f"the font file {path} changed while BranchDesk was running")


def let_go_of_file_data(fonts: Iterable[object]) -> None:
    """Drop the file bytes the faces of *fonts* read when asked (read again when needed)."""
    for font in fonts:
        face = getattr(font, "face", None)
        if isinstance(face, _FileBackedFace):
            face.__dict__.pop("_ttf_data", None)


def _rebuild(name: str, state: dict[str, Any], file: FileStamp) -> TTFont:
    """The TTFont reportlab builds, without its parse: the face's attributes restored and
    the font's own set as TTFont.__init__ sets them (checked against it in the tests)."""
    face = _FileBackedFace.__new__(_FileBackedFace)
    face.__dict__.update(state)
    for key in _NAME_FIELDS:
        if isinstance(state.get(key), bytes):
            setattr(face, key, TTFNameBytes(state[key]))
    face._branchdesk_file = file
    scale = 1000 / face.unitsPerEm
    face._pdfScale = (lambda x: x) if face.unitsPerEm == 1000 else (lambda x: x * scale)
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font

"""Whether a font file the user picks can draw the report, checked before it is saved.

reportlab embeds TrueType (glyf) outlines only, and a report needs every common Chinese
character, so a chosen file must load with reportlab and cover GB 2312 level 1 (the 3,755
common hanzi); rarer characters still come from the fallback fonts. The faces of a
collection (.ttc) are listed from the file's own name table, so that a collection of CFF
faces, which reportlab will not open, is still named in the picker and refused for its
outlines rather than as garbage.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

from branchdesk.core.errors import UserError
from branchdesk.reports.fonts import LoadedFont, Source, try_load

_TRUETYPE = (b"\x00\x01\x00\x00", b"true")
_POSTSCRIPT = b"OTTO"
_COLLECTION = b"ttcf"
# Windows platform names: Simplified Chinese first, then US English.
_LANGUAGES = (0x0804, 0x0409)
_FULL_NAME, _FAMILY_NAME = 4, 1


class FontProblem(StrEnum):
    MISSING_FILE = "missing_file"
    NOT_A_FONT = "not_a_font"
    POSTSCRIPT_OUTLINES = "postscript_outlines"  # CFF: reportlab cannot embed it
    NOT_LOADABLE = "not_loadable"  # reportlab refused it for another reason
    MISSING_CHARACTERS = "missing_characters"


class UnusableFontError(UserError):
    def __init__(
        self, path: Path, problem: FontProblem, detail: str = "", missing: str = ""
    ) -> None:
        self.path = path
        self.problem = problem
        self.detail = detail
        self.missing = missing  # the required characters the face lacks
        shown = f": {detail}" if detail else ""
        lacking = f" ({len(missing)} common characters missing: {missing[:10]})" if missing else ""
        super().__init__(f"{path} cannot draw the report: {problem.value}{shown}{lacking}")


@dataclass(frozen=True)
class FontFace:
    index: int
    name: str  # the face's full name, Chinese and English when it has both
    postscript_outlines: bool


@cache
def required_characters() -> str:
    """GB 2312 level 1: rows 16–55 of the standard, the hanzi every report may use."""
    chars = []
    for high in range(0xB0, 0xD8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue  # the five unassigned cells at the end of row 55
    return "".join(chars)


def font_faces(path: Path) -> list[FontFace]:
    """The faces in *path*: one for a .ttf/.otf, each face of a .ttc collection."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnusableFontError(path, FontProblem.MISSING_FILE) from None
    except OSError as exc:
        raise UnusableFontError(path, FontProblem.NOT_A_FONT, str(exc)) from exc
    try:
        if data[:4] == _COLLECTION:
            count = struct.unpack_from(">I", data, 8)[0]
            offsets = struct.unpack_from(f">{count}I", data, 12)
        else:
            offsets = (0,)
        faces = [_face(data, index, offset) for index, offset in enumerate(offsets)]
    except struct.error:
        faces = []
    if not faces or any(face is None for face in faces):
        raise UnusableFontError(path, FontProblem.NOT_A_FONT)
    return [face for face in faces if face is not None]


def check_font_file(path: Path, index: int = 0) -> LoadedFont:
    """The face loaded for the report, or UnusableFontError saying why it cannot be."""
    faces = font_faces(path)
    if not 0 <= index < len(faces):
        raise UnusableFontError(path, FontProblem.NOT_A_FONT, f"no face {index}")
    if faces[index].postscript_outlines:
        raise UnusableFontError(path, FontProblem.POSTSCRIPT_OUTLINES)
    font = try_load(path, index, Source.USER)
    if isinstance(font, str):
        raise UnusableFontError(path, FontProblem.NOT_LOADABLE, font)
    missing = "".join(char for char in required_characters() if not font.has(char))
    if missing:
        raise UnusableFontError(path, FontProblem.MISSING_CHARACTERS, missing=missing)
    return font


def _face(data: bytes, index: int, offset: int) -> FontFace | None:
    version = data[offset : offset + 4]
    if version not in (*_TRUETYPE, _POSTSCRIPT):
        return None
    count = struct.unpack_from(">H", data, offset + 4)[0]
    tables = {}
    for n in range(count):
        tag, _checksum, start, length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * n)
        tables[tag] = (start, length)
    postscript = version == _POSTSCRIPT or b"CFF " in tables or b"CFF2" in tables
    name = _name(data, *tables[b"name"]) if b"name" in tables else ""
    return FontFace(index, name or f"#{index}", postscript)


def _name(data: bytes, start: int, length: int) -> str:
    """The full name (else the family) in Chinese and English, from the 'name' table."""
    _format, count, strings = struct.unpack_from(">HHH", data, start)
    found: dict[tuple[int, int], str] = {}
    for n in range(count):
        platform, _encoding, language, name_id, size, at = struct.unpack_from(
            ">6H", data, start + 6 + 12 * n
        )
        if platform == 3 and language in _LANGUAGES and name_id in (_FULL_NAME, _FAMILY_NAME):
            raw = data[start + strings + at : start + strings + at + size]
            found[(name_id, language)] = raw.decode("utf-16-be", errors="replace")
    for name_id in (_FULL_NAME, _FAMILY_NAME):
        names = [found[(name_id, lang)] for lang in _LANGUAGES if (name_id, lang) in found]
        if names:
            return " / ".join(dict.fromkeys(names))
    return ""

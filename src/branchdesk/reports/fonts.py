"""Which font draws each part of the report, and whether every character can be drawn.

Resolution order for each role (report.md, "Fonts"):

1. the font file the user chose in settings for that role;
2. the official font installed on the PC (Windows font folders, or fontconfig elsewhere);
3. the free TrueType font shipped in ``resources/fonts/`` (see its README.md).

reportlab embeds TrueType (glyf) outlines only, so a candidate it cannot load (a CFF-based
OpenType font, say) is skipped with a log line rather than failing the report. Each role
gets a *chain*: its own font first, then the other available fonts as fallbacks for the odd
character the first lacks. A character that no font in the chain has is reported by name and
place (`check_text`), never silently dropped.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from branchdesk.core.errors import Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.reports import windows_fonts
from branchdesk.reports.font_cache import load_ttfont
from branchdesk.resources import fonts_dir

log = logging.getLogger(__name__)

SETTINGS_KEY = "report.fonts"  # {role value: "path" or "path#index"}


class FontRole(StrEnum):
    BODY = "body"  # 仿宋: body text, "1." and "（1）" headings, tables
    HEI = "hei"  # 黑体: "一、" headings
    KAI = "kai"  # 楷体: "（一）" headings
    TITLE = "title"  # 小标宋: the title
    SONG = "song"  # 宋体: page numbers


ROLE_NAMES_ZH = {
    FontRole.BODY: "仿宋",
    FontRole.HEI: "黑体",
    FontRole.KAI: "楷体",
    FontRole.TITLE: "小标宋",
    FontRole.SONG: "宋体",
}

# The official fonts: Windows file names, then fontconfig family names (first match wins).
_OFFICIAL_FILES: dict[FontRole, tuple[str, ...]] = {
    FontRole.BODY: ("仿宋_GB2312.ttf", "FS_GB2312.ttf", "simfang.ttf"),
    FontRole.HEI: ("simhei.ttf",),
    FontRole.KAI: ("楷体_GB2312.ttf", "KAI_GB2312.ttf", "simkai.ttf"),
    FontRole.TITLE: ("方正小标宋简体.ttf", "FZXBSJW.TTF", "FZXBSK.TTF"),
    FontRole.SONG: ("simsun.ttc", "simsun.ttf"),
}
_OFFICIAL_FAMILIES: dict[FontRole, tuple[str, ...]] = {
    FontRole.BODY: ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK"),
    FontRole.HEI: ("黑体", "SimHei", "方正黑体_GBK"),
    FontRole.KAI: ("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK"),
    FontRole.TITLE: ("方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK"),
    FontRole.SONG: ("宋体", "SimSun", "NSimSun"),
}

# The shipped substitutes (resources/fonts/README.md says why each was chosen).
_SHIPPED: dict[FontRole, str] = {
    FontRole.BODY: "ARPLUMingCN-GBK.ttf",
    FontRole.HEI: "WenQuanYiMicroHei-GBK.ttf",
    FontRole.KAI: "ARPLUKaiCN-GBK.ttf",
    FontRole.TITLE: "ARPLUMingCN-GBK.ttf",
    FontRole.SONG: "ARPLUMingCN-GBK.ttf",
}
# Widest coverage first: the shipped 黑体 has almost all of GBK.
_FALLBACK_ORDER = ("WenQuanYiMicroHei-GBK.ttf", "ARPLUMingCN-GBK.ttf", "ARPLUKaiCN-GBK.ttf")


class Source(StrEnum):
    USER = "user"
    SYSTEM = "system"
    SHIPPED = "shipped"


SOURCE_NAMES_ZH = {Source.USER: "设置中选择", Source.SYSTEM: "本机字体", Source.SHIPPED: "随附字体"}


@dataclass(frozen=True)
class LoadedFont:
    """A TrueType face registered with reportlab under `name`."""

    name: str  # the reportlab font name
    family: str  # the face's own name, for messages
    path: Path
    index: int
    source: Source
    glyphs: frozenset[int] = field(repr=False, compare=False)

    def has(self, char: str) -> bool:
        return ord(char) in self.glyphs


@dataclass(frozen=True)
class FontChain:
    """The fonts that draw one role: the role's own font, then fallbacks."""

    role: FontRole
    fonts: tuple[LoadedFont, ...]
    # The title falls back to a light Song face; drawing it with a stroke approximates 小标宋.
    embolden: bool = False
    _found: dict[str, LoadedFont | None] = field(default_factory=dict, compare=False, repr=False)

    @property
    def primary(self) -> LoadedFont:
        return self.fonts[0]

    def font_for(self, char: str) -> LoadedFont | None:
        """The first font of the chain that has *char* (remembered: asked for every glyph)."""
        try:
            return self._found[char]
        except KeyError:
            pass
        found: LoadedFont | None = None
        if char in "\n\t " or unicodedata.category(char) == "Cc":
            found = self.primary
        else:
            found = next((font for font in self.fonts if font.has(char)), None)
        self._found[char] = found
        return found


@dataclass(frozen=True)
class FontSet:
    chains: Mapping[FontRole, FontChain]

    def chain(self, role: FontRole) -> FontChain:
        return self.chains[role]

    def describe(self) -> list[str]:
        """One line per role, e.g. '仿宋: AR PL UMing CN（随附字体，…/ARPLUMingCN-GBK.ttf）'."""
        return [f"{ROLE_NAMES_ZH[role]}: {self.describe_role(role)}" for role in FontRole]

    def summary(self) -> list[str]:
        """describe() without the file paths, for a status line: '仿宋: UMingCN（随附字体）'."""
        return [
            f"{ROLE_NAMES_ZH[role]}: {self.describe_role(role, with_path=False)}"
            for role in FontRole
        ]

    def describe_role(self, role: FontRole, *, with_path: bool = True) -> str:
        """The font drawing *role* and where it comes from: 'UMingCN（随附字体，加粗模拟）'."""
        font = self.chains[role].primary
        note = "，加粗模拟" if self.chains[role].embolden else ""
        where = f"，{font.path}" if with_path else ""
        return f"{font.family}（{SOURCE_NAMES_ZH[font.source]}{note}{where}）"

    def used_fonts(self) -> list[LoadedFont]:
        seen: dict[str, LoadedFont] = {}
        for chain in self.chains.values():
            for font in chain.fonts:
                seen.setdefault(font.name, font)
        return list(seen.values())


@dataclass(frozen=True)
class MissingChar:
    char: str
    place: str

    @property
    def description(self) -> str:
        return str(self.message)

    @property
    def message(self) -> Message:
        return Message(
            QT_TRANSLATE_NOOP("UserError", "“{char}” (U+{code} {name}) in {place}"),
            {
                "char": self.char,
                "code": f"{ord(self.char):04X}",
                "name": unicodedata.name(self.char, "UNKNOWN"),
                "place": self.place,
            },
        )


class MissingGlyphsError(UserError):
    def __init__(self, missing: list[MissingChar]) -> None:
        shown = tuple(m.message for m in missing[:10])
        template = (
            QT_TRANSLATE_NOOP(
                "UserError",
                "No available font can draw {count} character(s): {chars}; and {more} more. "
                "Choose a font that has them in Settings → Report fonts, or change the text.",
            )
            if len(missing) > 10
            else QT_TRANSLATE_NOOP(
                "UserError",
                "No available font can draw {count} character(s): {chars}. "
                "Choose a font that has them in Settings → Report fonts, or change the text.",
            )
        )
        params = {"count": len(missing), "chars": shown, "more": len(missing) - 10}
        super().__init__(Message(template, params))
        self.missing = missing


def shipped_fonts_dir() -> Path:
    """The fonts BranchDesk ships: in the installed package, the bundle or the source tree."""
    return fonts_dir()


def resolve_fonts(
    user_choice: Mapping[str, str] | None = None,
    *,
    use_system: bool = True,
    shipped_dir: Path | None = None,
) -> FontSet:
    """The chain of fonts for every role, in the order report.md gives.

    The same choice gives the same FontSet, so what its chains have learnt (which font draws
    which character) carries over from one report to the next.
    """
    choice = tuple(sorted((user_choice or {}).items()))
    return _resolve(choice, use_system, shipped_dir or shipped_fonts_dir())


@lru_cache(maxsize=8)
def _resolve(choice: tuple[tuple[str, str], ...], use_system: bool, shipped_dir: Path) -> FontSet:
    user_choice = dict(choice)
    fallbacks = [
        f for f in (_load(shipped_dir / n, 0, Source.SHIPPED) for n in _FALLBACK_ORDER) if f
    ]
    if use_system:  # 宋体 and SimSun-ExtB on Windows, for rare characters in names
        rare = (_load(p, i, Source.SYSTEM) for p, i in windows_fonts.rare_character_fallbacks())
        fallbacks += [f for f in rare if f and f.name not in {g.name for g in fallbacks}]
    chains: dict[FontRole, FontChain] = {}
    for role in FontRole:
        primary = _user_font(user_choice.get(role.value)) or (
            _system_font(role) if use_system else None
        )
        official_title = role == FontRole.TITLE and primary is not None
        if primary is None and role == FontRole.TITLE and use_system:
            primary = _system_font(FontRole.SONG)  # 宋体, emboldened, beats the shipped Song
        if primary is None:
            primary = _load(shipped_dir / _SHIPPED[role], 0, Source.SHIPPED)
        if primary is None:
            raise UserError(
                f"No font found for {ROLE_NAMES_ZH[role]}: the shipped fonts are missing from "
                f"{shipped_dir}. Reinstall BranchDesk or choose a font in the settings."
            )
        rest = tuple(f for f in fallbacks if f.name != primary.name)
        chains[role] = FontChain(
            role, (primary, *rest), embolden=role == FontRole.TITLE and not official_title
        )
    return FontSet(chains)


def check_text(fonts: FontChain, text: str, place: str) -> list[MissingChar]:
    """Every character of *text* that no font of the chain can draw, with its place."""
    seen: set[str] = set()
    missing = []
    for char in text:
        if char not in seen and fonts.font_for(char) is None:
            seen.add(char)
            missing.append(MissingChar(char, place))
    return missing


def require_drawable(problems: Iterable[MissingChar]) -> None:
    problems = list(problems)
    if problems:
        raise MissingGlyphsError(problems)


# -- finding and loading -------------------------------------------------------------------


def choice_spec(path: Path, index: int = 0) -> str:
    """How the settings store a chosen font: "path", or "path#index" for a face of a .ttc."""
    return f"{path}#{index}" if index else str(path)


def parse_choice(spec: str) -> tuple[Path, int]:
    """The file and face of a stored choice ("#" may also occur in the path itself)."""
    path, sep, index = spec.rpartition("#")
    if sep and index.isdigit():
        return Path(path), int(index)
    return Path(spec), 0


def _user_font(spec: str | None) -> LoadedFont | None:
    if not spec:
        return None
    font = _load(*parse_choice(spec), Source.USER)
    if font is None:
        log.warning("the font chosen in settings cannot be used: %s", spec)
    return font


def _system_font(role: FontRole) -> LoadedFont | None:
    for path, index in _windows_candidates(role) + _fontconfig_candidates(role):
        font = _load(path, index, Source.SYSTEM)
        if font is not None:
            return font
    return None


def _windows_candidates(role: FontRole) -> list[tuple[Path, int]]:
    """By the registry's font list (any file name) and by file name, case and Windows'
    renaming aside (reports/windows_fonts.py)."""
    return windows_fonts.candidates(_OFFICIAL_FAMILIES[role], _OFFICIAL_FILES[role])


def _fontconfig_candidates(role: FontRole) -> list[tuple[Path, int]]:
    found: list[tuple[Path, int]] = []
    for family in _OFFICIAL_FAMILIES[role]:
        for line in _fc_list(family):
            path, _, index = line.partition("\t")
            found.append((Path(path), int(index or 0)))
    return found


def _fc_list(family: str) -> tuple[str, ...]:
    """Files whose family is exactly *family* (fc-match would return the closest anything),
    as "file<TAB>index" lines, from the one fc-list of this process (_fontconfig_faces)."""
    return _fontconfig_faces().get(_family_key(family), ())


@cache
def _fontconfig_faces() -> dict[str, tuple[str, ...]]:
    """Every installed face by each of its family names (_family_key), from one fc-list:
    asking once per family ran fc-list some twenty times, a tenth of a second a report."""
    exe = shutil.which("fc-list")
    if exe is None or sys.platform == "win32":
        return {}
    try:
        out = subprocess.run(
            [exe, "--format", "%{family}\t%{file}\t%{index}\n"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    faces: dict[str, set[str]] = {}
    for line in out.splitlines():
        families, _, face = line.partition("\t")
        if face.strip():
            for family in families.split(","):  # a face has a name per language
                faces.setdefault(_family_key(family), set()).add(face)
    return {family: tuple(sorted(found)) for family, found in faces.items()}


def _family_key(family: str) -> str:
    """Family names compared as fontconfig compares them: case and blanks aside."""
    return "".join(family.split()).casefold()


def _load(path: Path, index: int, source: Source) -> LoadedFont | None:
    """*path* registered with reportlab; None when it is missing or not TrueType."""
    font = try_load(path, index, source)
    return font if isinstance(font, LoadedFont) else None


@cache
def try_load(path: Path, index: int = 0, source: Source = Source.USER) -> LoadedFont | str:
    """Register *path* with reportlab once: the font, or why reportlab cannot use it."""
    if not path.is_file():
        return f"no such file: {path}"
    name = "BD" + hashlib.sha1(f"{path.resolve()}#{index}".encode()).hexdigest()[:12]
    try:
        font = load_ttfont(name, path, index)
    except (TTFError, OSError, ValueError) as exc:
        log.info("skipping font %s#%d: %s", path, index, exc)
        return str(exc)
    pdfmetrics.registerFont(font)
    face = font.face
    family = str(getattr(face, "name", b"") or path.stem)
    if isinstance(getattr(face, "name", None), bytes):
        family = face.name.decode("latin-1")
    return LoadedFont(name, family, path, index, source, frozenset(face.charToGlyph))

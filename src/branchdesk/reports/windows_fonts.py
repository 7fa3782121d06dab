"""The fonts installed on a Windows PC, as Windows lists them.

Looking for exact file names misses most of them: a font installed from a vendor's download
keeps the vendor's name (FZXBSJW--GB1-0.ttf for 方正小标宋简体), one installed over an existing
file is renamed (simfang_0.ttf), Explorer may upper-case it (SIMFANG.TTF), and a font
installed without administrator rights lives in the user's own folder. The registry's font
list names every installed file with its faces ("SimSun & NSimSun (TrueType)" →
simsun.ttc, faces 0 and 1), so a family is found whatever its file is called.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# Read when fonts are looked up, not at import: a test imitates Windows with a fake winreg.
PLATFORM = sys.platform
FONTS_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"
_KIND = re.compile(r"\s*\((TrueType|OpenType|All res)\)\s*$", re.IGNORECASE)
# For the odd character the role's own font lacks: 宋体 (GBK and CJK Extension A), then
# SimSun-ExtB (Extension B: rare names such as 𠀀).
RARE_FALLBACKS = (("SimSun", "simsun.ttc"), ("SimSun-ExtB", "simsunb.ttf"))


@dataclass(frozen=True)
class InstalledFont:
    path: Path
    faces: tuple[str, ...]  # the face names the registry gives, in the file's face order


def font_folders() -> list[Path]:
    """The system font folder and the per-user one (fonts installed without admin rights)."""
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def file_key(name: str) -> str:
    """A font file's name reduced to what identifies it: case, suffix, Windows' `_0`
    renaming and a vendor's `--GB1-0` tail dropped ("FZXBSJW--GB1-0.ttf" → "fzxbsjw")."""
    stem = Path(name).stem.casefold()
    stem = stem.split("--")[0]
    return re.sub(r"_\d+$", "", stem)


def registry_fonts() -> list[InstalledFont]:
    """Every font file the registry lists (machine-wide and the user's own); none off Windows."""
    if PLATFORM != "win32":
        return []
    import winreg

    found: list[InstalledFont] = []
    system_folder = font_folders()[0]
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):  # type: ignore[attr-defined,unused-ignore]
        try:
            key = winreg.OpenKey(hive, FONTS_KEY)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            continue
        with key:
            index = 0
            while True:
                try:
                    name, value, _kind = winreg.EnumValue(key, index)  # type: ignore[attr-defined,unused-ignore]
                except OSError:
                    break
                index += 1
                if not isinstance(value, str) or not value:
                    continue
                path = Path(value) if Path(value).is_absolute() else system_folder / value
                faces = tuple(face.strip() for face in _KIND.sub("", str(name)).split("&"))
                found.append(InstalledFont(path, faces))
    return found


def folder_files() -> list[Path]:
    files: list[Path] = []
    for folder in font_folders():
        try:
            files.extend(sorted(p for p in folder.iterdir() if p.is_file()))
        except OSError:
            continue
    return files


def candidates(families: Iterable[str], file_names: Iterable[str]) -> list[tuple[Path, int]]:
    """The installed (file, face) pairs that may be one of *families* or *file_names*:
    first those the registry names by family, then files whose name matches."""
    if PLATFORM != "win32":
        return []
    wanted_families = [family.casefold() for family in families]
    wanted_files = {file_key(name) for name in file_names}
    found: list[tuple[Path, int]] = []
    installed = registry_fonts()
    for family in wanted_families:
        for font in installed:
            faces = [face.casefold() for face in font.faces]
            if family in faces:
                found.append((font.path, faces.index(family)))
    listed = [font.path for font in installed] + folder_files()
    for path in listed:
        if file_key(path.name) in wanted_files and (path, 0) not in found:
            found.append((path, 0))
    return [(path, face) for path, face in found if path.is_file()]


def rare_character_fallbacks() -> list[tuple[Path, int]]:
    """宋体 (face 0 of simsun.ttc) and SimSun-ExtB, where installed."""
    found: list[tuple[Path, int]] = []
    for family, file_name in RARE_FALLBACKS:
        found.extend(candidates([family], [file_name])[:1])
    return found

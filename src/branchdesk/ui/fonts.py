"""Make sure Chinese never shows as boxes, even on a PC without a CJK font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from branchdesk.resources import fonts_dir

log = logging.getLogger(__name__)

FONT_SUFFIXES = {".ttf", ".ttc", ".otf"}


def register_bundled_fonts() -> list[str]:
    """Register every font shipped in resources/fonts; return the families added."""
    families: list[str] = []
    folder = fonts_dir()
    if not folder.is_dir():
        return families
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.extend(QFontDatabase.applicationFontFamilies(font_id))
            else:
                log.warning("could not load font %s", path)
    return families


# Chinese UI families in the order an office PC most likely has them.
PREFERRED_SYSTEM_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "SimSun",
)


def ensure_cjk_font(app: QApplication) -> None:
    """Use a UI font that draws Chinese: the system's if it does, else a known system
    family, else one shipped in resources/fonts (registered only then: loading tens of MB
    of fonts would slow every start on the PCs that do not need them)."""
    if _draws_chinese(QFontInfo(app.font()).family()):
        return
    installed = set(QFontDatabase.families())
    candidates = [f for f in PREFERRED_SYSTEM_FAMILIES if f in installed]
    if not candidates:
        candidates = register_bundled_fonts()
    for family in candidates:
        if _draws_chinese(family):
            font = QFont(family, app.font().pointSize())
            app.setFont(font)
            log.info("UI font set to %s", family)
            return
    log.warning("no font that draws Chinese was found")


def _draws_chinese(family: str) -> bool:
    systems = QFontDatabase.writingSystems(family)
    return QFontDatabase.WritingSystem.SimplifiedChinese in systems

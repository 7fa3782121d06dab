"""Where the read-only resources (fonts, translations, icons) are.

From source they sit in the repository's `resources/`; in a PyInstaller bundle they are
unpacked beside the executable (`sys._MEIPASS`). `BRANCHDESK_RESOURCES` overrides both.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "BRANCHDESK_RESOURCES"


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"

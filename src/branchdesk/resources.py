"""Where the read-only resources (fonts, translations, icons) are.

One source, `resources/` at the repository's root, reaches each way of running:

- an installed wheel: `setup.py` copies it into the package as `branchdesk/_resources/`,
  found through `importlib.resources`;
- a PyInstaller bundle: unpacked beside the executable (`sys._MEIPASS`);
- the source tree (`./dev.sh`, an editable install): the repository's `resources/`.

`BRANCHDESK_RESOURCES` overrides them all. Standard library only: every layer may ask.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

RESOURCES_ENV = "BRANCHDESK_RESOURCES"
PACKAGED = "_resources"  # the folder inside the installed package (setup.py)


def resources_dir() -> Path:
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    packaged = Path(str(files("branchdesk").joinpath(PACKAGED)))
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def i18n_dir() -> Path:
    return resources_dir() / "i18n"


def icons_dir() -> Path:
    return resources_dir() / "icons"

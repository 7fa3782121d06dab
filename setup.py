"""The one build step pyproject.toml cannot declare: the resources into the wheel.

`resources/` stays at the repository's root, the one source the source tree, PyInstaller and
the tools read; a wheel gets a copy as package data in `branchdesk/_resources/`
(`branchdesk.resources` finds it with importlib.resources). Only what runs is copied: the
fonts with their licences, the compiled translations, the icons.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
WANTED = {"fonts": "*", "i18n": "*.qm", "icons": "*"}


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "branchdesk" / "_resources"
        for folder, pattern in WANTED.items():
            (target / folder).mkdir(parents=True, exist_ok=True)
            for source in sorted((ROOT / "resources" / folder).glob(pattern)):
                shutil.copy2(source, target / folder / source.name)


setup(cmdclass={"build_py": BuildPyWithResources})

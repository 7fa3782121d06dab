"""Compile Designer forms (forms/*.ui) into src/branchdesk/ui/forms/, or check they match.

    python tools/forms.py compile     # after editing a .ui file
    python tools/forms.py check       # exit 1 if a compiled form is missing or stale

Forms are compiled without `QMetaObject.connectSlotsByName`: pages connect their signals
explicitly (style.md), and name-based auto-connection would hide typos.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "forms"
TARGET = ROOT / "src" / "branchdesk" / "ui" / "forms"
HEADER = "# Generated from forms/{name} by tools/forms.py: edit the .ui file, not this one.\n"


def _uic() -> str:
    here = Path(sys.executable).parent / "pyside6-uic"
    return str(here) if here.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def compiled_text(ui_file: Path) -> str:
    result = subprocess.run(
        [_uic(), "--no-autoconnection", str(ui_file)],
        capture_output=True,
        text=True,
        check=True,
    )
    return HEADER.format(name=ui_file.name) + result.stdout


def target_for(ui_file: Path) -> Path:
    return TARGET / f"ui_{ui_file.stem}.py"


def compile_all() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    init = TARGET / "__init__.py"
    if not init.exists():
        init.write_text('"""Python compiled from forms/*.ui by tools/forms.py."""\n')
    for ui_file in sorted(SOURCES.glob("*.ui")):
        target_for(ui_file).write_text(compiled_text(ui_file), encoding="utf-8")
        print(f"compiled {ui_file.name}")


def stale_forms() -> list[str]:
    problems = []
    for ui_file in sorted(SOURCES.glob("*.ui")):
        target = target_for(ui_file)
        if not target.exists():
            problems.append(f"{target.name} is missing")
        elif target.read_text(encoding="utf-8") != compiled_text(ui_file):
            problems.append(f"{target.name} does not match {ui_file.name}")
    sources = {target_for(u).name for u in SOURCES.glob("*.ui")}
    for orphan in TARGET.glob("ui_*.py"):
        if orphan.name not in sources:
            problems.append(f"{orphan.name} has no source in forms/")
    return problems


def main(argv: list[str]) -> int:
    if argv[1:] == ["compile"]:
        compile_all()
        return 0
    if argv[1:] == ["check"]:
        problems = stale_forms()
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

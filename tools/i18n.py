"""Translations: extract, fill, compile and check the zh_CN catalogue.

    python tools/i18n.py update        # lupdate: add new source strings to the .ts
    python tools/i18n.py missing       # list entries still without a translation
    python tools/i18n.py fill F.tsv    # fill entries from "source<TAB>translation" lines
    python tools/i18n.py compile       # lrelease: .ts -> .qm
    python tools/i18n.py check         # exit 1 if the .ts is stale, unfinished or the .qm old

Locations are not written into the .ts (-locations none) so that moving code does not
change the catalogue and parallel branches merge cleanly.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "branchdesk_zh_CN.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def source_files() -> list[str]:
    package = ROOT / "src" / "branchdesk"
    files = [p for p in package.rglob("*.py") if "ui/forms" not in p.as_posix()]
    files += list((ROOT / "forms").glob("*.ui"))
    return sorted(str(p) for p in files)


def run_lupdate(ts: Path) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-locations",
            "none",
            "-no-obsolete",
            *source_files(),
            "-ts",
            str(ts),
        ],
        capture_output=True,
        check=True,
    )


def run_lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        capture_output=True,
        check=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation text, or None while unfinished or empty."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = None
            if translation is not None and translation.get("type") not in {
                "unfinished",
                "obsolete",
                "vanished",
            }:
                forms = [f.text or "" for f in translation.findall("numerusform")]
                text = (forms[0] if forms else translation.text or "").strip() or None
            result[(name, source)] = text
    return result


def problems() -> list[str]:
    found: list[str] = []
    if not TS.exists():
        return [f"{TS.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / TS.name
        shutil.copy(TS, fresh)
        run_lupdate(fresh)
        current, wanted = messages(TS), messages(fresh)
        for key in sorted(set(wanted) - set(current)):
            found.append(f"not in the .ts (run tools/i18n.py update): {key[0]}: {key[1]!r}")
        for key in sorted(set(current) - set(wanted)):
            found.append(f"obsolete in the .ts (run tools/i18n.py update): {key[0]}: {key[1]!r}")
        for key, text in sorted(current.items()):
            if text is None:
                found.append(f"no zh_CN translation: {key[0]}: {key[1]!r}")
        qm = Path(tmp) / QM.name
        run_lrelease(TS, qm)
        if not QM.exists() or QM.read_bytes() != qm.read_bytes():
            found.append(f"{QM.name} is older than the .ts (run tools/i18n.py compile)")
    return found


def fill(tsv: Path) -> int:
    """Lines are "source<TAB>translation", or "context<TAB>source<TAB>translation" where one
    English word needs different Chinese in different places; \\n stands for a newline."""
    general: dict[str, str] = {}
    specific: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        parts = [part.replace("\\n", "\n") for part in line.split("\t")]
        if len(parts) == 2:
            general[parts[0]] = parts[1]
        elif len(parts) == 3:
            specific[(parts[0], parts[1])] = parts[2]
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = specific.get((name, source), general.get(source))
            if text is not None and _set_translation(message, text):
                filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled


def _set_translation(message: ET.Element, text: str) -> bool:
    translation = message.find("translation")
    if translation is None:
        return False
    if message.get("numerus") == "yes":  # Chinese has a single plural form
        forms = translation.findall("numerusform")
        for extra in forms[1:]:
            translation.remove(extra)
        form = forms[0] if forms else ET.SubElement(translation, "numerusform")
        form.text = text
    else:
        translation.text = text
    translation.attrib.pop("type", None)
    return True


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        TS.parent.mkdir(parents=True, exist_ok=True)
        run_lupdate(TS)
    elif command == "missing":
        for (context, source), text in sorted(messages(TS).items()):
            if text is None:
                print(f"{source}\t  # {context}")
    elif command == "fill" and len(argv) == 3:
        print(f"filled {fill(Path(argv[2]))} entries")
    elif command == "compile":
        run_lrelease(TS, QM)
    elif command == "check":
        found = problems()
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Write src/branchdesk/core/data/total_strokes.txt from Unihan's kTotalStrokes.

    apt-get install unicode-data && python tools/stroke_counts.py

Unihan (Unicode's Han database, Debian's unicode-data) gives each character's total strokes;
where it gives two counts the first is the one for China (the mainland's standard forms).
Only the BMP's ideographs are kept: names are written with them.
"""

from __future__ import annotations

import bz2
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = Path("/usr/share/unicode/Unihan_IRGSources.txt.bz2")
TARGET = ROOT / "src" / "branchdesk" / "core" / "data" / "total_strokes.txt"


def main() -> int:
    lines = []
    with bz2.open(SOURCE, "rt", encoding="utf-8") as source:
        for line in source:
            if "\tkTotalStrokes\t" not in line:
                continue
            code, _field, value = line.rstrip("\n").split("\t")
            point = int(code[2:], 16)
            if point > 0xFFFF:
                continue
            lines.append(f"{chr(point)}{value.split()[0]}")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        f"# kTotalStrokes from Unihan {SOURCE.name} (tools/stroke_counts.py)\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {len(lines)} characters to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Write the generated reference of docs/data-format.md: every record type's columns and codes.

python tools/data_format.py          # rewrite the generated section
python tools/data_format.py --check  # exit 1 if the document is not current
"""

from __future__ import annotations

import sys
from pathlib import Path

from branchdesk.core.record_docs import with_reference

DOC = Path(__file__).resolve().parents[1] / "docs" / "data-format.md"


def main(argv: list[str]) -> int:
    current = DOC.read_text(encoding="utf-8")
    wanted = with_reference(current)
    if "--check" in argv:
        if wanted != current:
            print(f"{DOC} is not current: run python tools/data_format.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(wanted, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Write src/branchdesk/core/data/stroke_kinds.txt: each character's strokes in writing
order, as the five kinds 横1 竖2 撇3 点4 折5 that 姓氏笔画 order breaks ties by.

    npm pack cnchar-order@3.2.6        # the npm registry's tarball, MIT licence
    python tools/stroke_kinds.py cnchar-order-3.2.6.tgz

Source: cnchar-order (https://github.com/theajack/cnchar, MIT, © 2017-present theajack), a
maintained library whose stroke-order table covers 6,939 characters. Unihan records no
stroke kinds and ICU's zh "stroke" collation breaks equal counts by radical, not by kind, so
neither can be used; the table is checked against the State Council's 通用规范汉字表 (2013),
whose characters are listed by strokes and then stroke kinds in order (Unihan kTGH), in
tests/core/test_stroke_order.py. The app reads only the file this writes: no network.
"""

from __future__ import annotations

import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "branchdesk" / "core" / "data" / "stroke_kinds.txt"
PACKAGE = "cnchar-order"
VERSION = "3.2.6"

# cnchar's stroke letters → GB 13000.1's five kinds: 提 is read as 横, 竖钩 as 竖, 捺 and
# cnchar's second dot (the short rising dot of 氵, 冫, 火) as 点, every bent stroke as 折.
KINDS = {"j": 1, "i": 1, "f": 2, "g": 2, "s": 3, "k": 4, "l": 4, "d": 4}
TURNS = set("abcehmnopqrtuvwxyz")  # 横折, 竖弯, 撇折, 弯钩, 斜钩 …: all 折

LICENCE = """\
The MIT License (MIT)
Copyright (c) 2017 - present theajack <theajack@qq.com>
Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:
The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.
THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE."""


def stroke_letters(tarball: Path) -> dict[str, str]:
    """The character → stroke letters table inside the package's bundle."""
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/cnchar.order.min.js")
        assert member is not None, f"{tarball} has no package/cnchar.order.min.js"
        bundle = member.read().decode("utf-8")
    found = re.search(r"JSON\.parse\('(\{\"一\":.*?\})'\)", bundle)
    assert found, "the stroke-order table was not found in the bundle"
    table: dict[str, str] = json.loads(found.group(1))
    return table


def kinds(letters: str) -> str:
    unknown = set(letters) - set(KINDS) - TURNS
    assert not unknown, f"stroke letters not mapped: {sorted(unknown)}"
    return "".join(str(KINDS.get(letter, 5)) for letter in letters)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    tarball = Path(argv[0])
    assert f"{PACKAGE}-{VERSION}" in tarball.name, f"expected {PACKAGE}-{VERSION}.tgz"
    table = stroke_letters(tarball)
    rows = sorted(
        (c, kinds(s)) for c, s in table.items() if len(c) == 1 and "\u3400" <= c <= "\u9fff"
    )
    header = [
        f"# Stroke kinds in writing order (横1 竖2 撇3 点4 折5), from {PACKAGE} {VERSION}",
        "# (npm; https://github.com/theajack/cnchar), written by tools/stroke_kinds.py.",
        "# Licence of the source data:",
        *(f"#   {line}" for line in LICENCE.splitlines()),
    ]
    TARGET.write_text(
        "\n".join(header + [c + k for c, k in rows]) + "\n", encoding="utf-8", newline="\n"
    )
    print(f"wrote {len(rows)} characters to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""姓氏笔画 order: Unihan's stroke counts, ties by the stroke kinds in writing order, checked
against a list the Party published in that order and against the State Council's
通用规范汉字表, which lists its characters by strokes and then by stroke kinds."""

from __future__ import annotations

import bz2
import itertools
import re
from importlib import resources
from pathlib import Path

from branchdesk.core.stroke_order import in_stroke_order, stroke_kinds, strokes

UNIHAN = Path("/usr/share/unicode")  # Debian's unicode-data (dev.sh installs it)

# 中国共产党第二十届中央政治局委员（按姓氏笔画为序）, elected 23 Oct 2022 (新华社, 二十届一中全会
# 公报), copied as reproduced at https://zhwiki.pedia.workers.dev/wiki/中央政治局委员
POLITBURO_20 = [
    *("丁薛祥", "习近平", "马兴瑞", "王毅", "王沪宁", "尹力", "石泰峰", "刘国中", "李希", "李强"),
    *("李干杰", "李书磊", "李鸿忠", "何卫东", "何立峰", "张又侠", "张国清", "陈文清", "陈吉宁"),
    *("陈敏尔", "赵乐际", "袁家军", "黄坤明", "蔡奇"),
]


def test_counts_come_from_unihan() -> None:
    assert [strokes(c) for c in "丁万王曾蔡"] == [2, 3, 4, 12, 14]


def test_the_published_list_is_in_the_order_the_rule_gives() -> None:
    """It needs every part of the rule: 习 (折点提) before 马 (折折提) and 王 (横…) before 尹
    (折…) by stroke kinds; 李 横, 何 撇, 张 折横, 陈 折竖 among the 7-stroke surnames; 王毅
    before 王沪宁 and 李希, 李强 before 李干杰 (single given names first, then by strokes);
    何卫东 before 何立峰 by the given name's strokes. By code point, as before, 尹 came
    before 王 and 李干杰 before 李希."""
    assert in_stroke_order(list(reversed(POLITBURO_20))) == POLITBURO_20
    assert in_stroke_order(sorted(POLITBURO_20)) == POLITBURO_20


def test_equal_counts_go_by_the_first_stroke_then_the_next() -> None:
    # 3 strokes: 于 横, 山 竖, 千 撇, 门 点, 马 折 — 横竖撇点折.
    assert in_stroke_order(["马英", "门英", "千英", "山英", "于英"]) == [
        "于英",
        "山英",
        "千英",
        "门英",
        "马英",
    ]
    assert stroke_kinds("张")[:2] == (5, 1) and stroke_kinds("陈")[:2] == (5, 2)
    assert in_stroke_order(["陈一", "张一"]) == ["张一", "陈一"]


def _data_lines() -> list[str]:
    path = resources.files("branchdesk.core").joinpath("data/stroke_kinds.txt")
    return path.read_text("utf-8").splitlines()


def test_the_stroke_kinds_file_names_its_source_and_licence_and_is_well_formed() -> None:
    lines = _data_lines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    assert "cnchar-order 3.2.6" in header and "tools/stroke_kinds.py" in header
    assert "MIT License" in header and "theajack" in header
    rows = [line for line in lines if not line.startswith("#")]
    assert len(rows) > 6900
    assert all(re.fullmatch(r"[\u3400-\u9fff][1-5]+", row) for row in rows)
    assert len({row[0] for row in rows}) == len(rows)
    # Its stroke kinds and Unihan's count agree (皙: cnchar writes 白 under 析 in 15 strokes).
    differ = [row[0] for row in rows if len(row) - 1 != strokes(row[0])]
    assert len(differ) <= 3, differ


def _general_standard_table() -> dict[str, int]:
    """通用规范汉字表 (国务院, 2013): each character's number in it, from Unihan's kTGH."""
    numbers = {}
    with bz2.open(UNIHAN / "Unihan_OtherMappings.txt.bz2", "rt", encoding="utf-8") as source:
        for line in source:
            if "\tkTGH\t" in line:
                code, _field, value = line.rstrip("\n").split("\t")
                numbers[chr(int(code[2:], 16))] = int(value.split()[0].split(":")[1])
    return numbers


def test_stroke_kinds_put_the_general_standard_table_in_its_own_order() -> None:
    """Each of the table's three levels (1–3500, 3501–6500, 6501–8105) lists its characters by
    strokes, then by the kinds of their strokes in writing order; the data must agree with every
    neighbouring pair it has kinds for, and have kinds for every character of level 1."""
    numbers = _general_standard_table()
    assert len(numbers) == 8105
    level_one = [c for c, n in numbers.items() if n <= 3500]
    assert [c for c in level_one if not stroke_kinds(c)] == []
    out_of_order = []
    for first, last in ((1, 3500), (3501, 6500), (6501, 8105)):
        level = sorted((n, c) for c, n in numbers.items() if first <= n <= last)
        known = [c for _n, c in level if stroke_kinds(c)]
        for a, b in itertools.pairwise(known):
            if (strokes(a), stroke_kinds(a)) > (strokes(b), stroke_kinds(b)):
                out_of_order.append(a + b)
    assert out_of_order == []

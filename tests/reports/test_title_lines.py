"""A long branch name breaks the title only between words, in a trapezoid or diamond.

Each name below is written with "|" where a reader accepts a line break, marked by hand
(not taken from the word list the code uses): between a place and the next place, between
words of the organisation's kind, before the party organisation.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pdfplumber
import pytest

from branchdesk.reports.document import ReportDocument, Title
from branchdesk.reports.fonts import resolve_fonts
from branchdesk.reports.pdf.annual import build_pdf
from branchdesk.reports.title_lines import report_title, title_lines

# 20–40 characters each; "|": an acceptable break.
MARKED_NAMES = [
    "中国共产党|广州市|天河区|社会组织|联合会|第一支部委员会",
    "中共|深圳市|南山区|科技|创新|促进会|企业家|联合党支部",
    "北京市|朝阳区|社会工作|服务中心|党支部委员会",
    "上海市|浦东新区|青年|企业家|协会|秘书处|党支部",
    "中国共产党|成都市|武侯区|律师|行业|协会|第二支部委员会",
    "杭州市|西湖区|残疾人|福利|基金会|志愿服务队|联合党支部",
    "广东省|民营|科技|企业|商会|电子信息|专业委员会|党支部",
    "中共|广州市|海珠区|琶洲|互联网|创新|集聚区|企业|联合支部委员会",
    "内蒙古自治区|呼和浩特市|回民区|慈善总会|党支部",
    "广州市|天河区|石牌街道|华南理工大学|后勤|服务|有限公司|党支部",
    "苏州工业园区|独墅湖科教创新区|社会组织|党委",
    "中共|北京市|海淀区|中关村科技园区|民营|企业|联合会|委员会",
    "中共|成都市|高新区|新经济|企业家|联合会|党支部委员会",
]
# The rest of the title, marked the same way.
TAIL = "|书记|2025年度|抓|基层|党建|工作|述职报告"


def _acceptable_breaks(marked_title: str) -> set[int]:
    """Offsets into the unmarked text where a line may end."""
    offsets, position = set(), 0
    for char in marked_title:
        if char == "|":
            offsets.add(position)
        else:
            position += 1
    return offsets


def _width(line: str) -> float:
    return sum(0.5 if c.isascii() else 1.0 for c in line)


def _is_trapezoid_or_diamond(widths: list[float]) -> bool:
    growing = [a <= b for a, b in itertools.pairwise(widths)]
    if all(growing):
        return True  # 梯形: each line at least as long as the one above
    # 菱形: longer to a line in the middle, then shorter
    peak = growing.index(False)
    return peak > 0 and not any(growing[peak:])


@pytest.mark.parametrize("marked", MARKED_NAMES)
def test_a_long_name_breaks_only_between_words_in_a_trapezoid_or_diamond(marked: str) -> None:
    name = marked.replace("|", "")
    assert 20 <= len(name) <= 40
    stem = name.removesuffix("委员会") if name.endswith("支部委员会") else name
    marked_stem = marked.removesuffix("委员会") if name.endswith("支部委员会") else marked
    lines = report_title(name, 2025).split("\n")
    assert "".join(lines) == stem + "书记2025年度抓基层党建工作述职报告"
    assert len(lines) >= 3, "a 20-character name and the report's name need three lines"
    ends = {sum(len(line) for line in lines[: i + 1]) for i in range(len(lines) - 1)}
    assert ends <= _acceptable_breaks(marked_stem + TAIL), lines
    widths = [_width(line) for line in lines]
    assert _is_trapezoid_or_diamond(widths), lines
    assert max(widths) <= 20  # 20 characters of 2号 fill the type area


def test_a_name_of_any_length_keeps_its_words_whole() -> None:
    marked = (
        "中国共产党|广东省|广州市|天河区|新一代|信息技术|产业|促进会|人工智能|产业|联盟|"
        "联合支部委员会"
    )
    lines = report_title(marked.replace("|", ""), 2025).split("\n")
    ends = {sum(len(line) for line in lines[: i + 1]) for i in range(len(lines) - 1)}
    assert ends <= _acceptable_breaks(marked.removesuffix("委员会") + TAIL), lines
    assert _is_trapezoid_or_diamond([_width(line) for line in lines]), lines


def test_a_short_name_keeps_the_usual_two_lines() -> None:
    title = report_title("第一党支部委员会", 2025)
    assert title == "第一党支部书记\n2025年度抓基层党建工作述职报告"


def test_an_unknown_run_of_characters_is_never_broken() -> None:
    # Twelve characters no word list knows, then words: the run stays on one line.
    lines = title_lines(["甲乙丙丁戊己庚辛壬癸子丑", "联合会", "党支部", "书记"], width=16)
    assert any("甲乙丙丁戊己庚辛壬癸子丑" in line for line in lines)


def test_the_pdf_title_keeps_the_lines_it_was_given(tmp_path: Path) -> None:
    name = MARKED_NAMES[0].replace("|", "")
    title = report_title(name, 2025)
    path = tmp_path / "title.pdf"
    build_pdf(ReportDocument(Title(title), ()), resolve_fonts(use_system=False), path)
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if abs(c["size"] - 22) < 0.2]
    rows: dict[int, str] = {}
    for char in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        rows[round(char["top"])] = rows.get(round(char["top"]), "") + char["text"]
    assert list(rows.values()) == title.split("\n")

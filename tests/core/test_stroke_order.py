"""姓氏笔画 order from Unihan's stroke counts."""

from __future__ import annotations

from branchdesk.core.stroke_order import in_stroke_order, strokes

# Surnames as a 姓氏笔画 list prints them (丁 2, 万 3, 王 4, 石 5, 刘 6, 李 7, 周 8, 赵 9,
# 徐 10, 黄 11, 曾 12, 蔡 14): the order a committee's name list takes in official documents.
PUBLISHED = [
    "丁一",
    "万里",
    "王芳",
    "石磊",
    "刘洋",
    "李明",
    "周伟",
    "赵敏",
    "徐静",
    "黄强",
    "曾华",
    "蔡军",
]


def test_counts_come_from_unihan() -> None:
    assert [strokes(c) for c in "丁万王曾蔡"] == [2, 3, 4, 12, 14]


def test_names_follow_the_surnames_strokes_then_the_given_names() -> None:
    assert in_stroke_order(list(reversed(PUBLISHED))) == PUBLISHED
    # Same surname: the given name's first character decides (一 1 before 大 3).
    assert in_stroke_order(["王大", "王一"]) == ["王一", "王大"]

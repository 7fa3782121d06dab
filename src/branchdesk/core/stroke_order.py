"""姓氏笔画 order, as official documents list people: the surname by its strokes, equal counts
by the kinds of its strokes in writing order (横 竖 撇 点 折: the first stroke's kind, then the
second's …); then, within one surname, single given names before double ones (王毅 before
王沪宁, as the published lists do), and the given name's characters in turn, the same way.

Counts are Unihan's kTotalStrokes (core/data/total_strokes.txt, tools/stroke_counts.py);
stroke kinds come from cnchar-order, MIT (core/data/stroke_kinds.txt, tools/stroke_kinds.py),
whose kinds put the 通用规范汉字表's characters in the table's own order. A character without
kinds sorts after the known ones of its count, then by code point.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

UNKNOWN = 99  # a character without a count sorts after every known one
NO_KINDS = (9,)  # …and one without stroke kinds after every known one of its count

CharKey = tuple[int, tuple[int, ...]]


def _data(name: str) -> dict[str, str]:
    text = resources.files("branchdesk.core").joinpath(f"data/{name}").read_text("utf-8")
    return {line[0]: line[1:] for line in text.splitlines() if line and line[0] != "#"}


@cache
def _strokes() -> dict[str, int]:
    return {c: int(count) for c, count in _data("total_strokes.txt").items()}


@cache
def _kinds() -> dict[str, tuple[int, ...]]:
    return {c: tuple(int(k) for k in kinds) for c, kinds in _data("stroke_kinds.txt").items()}


def strokes(character: str) -> int:
    return _strokes().get(character, UNKNOWN)


def stroke_kinds(character: str) -> tuple[int, ...]:
    """The kinds of *character*'s strokes in writing order: 1 横 2 竖 3 撇 4 点 5 折."""
    return _kinds().get(character, ())


def character_key(character: str) -> CharKey:
    return strokes(character), stroke_kinds(character) or NO_KINDS


def stroke_order_key(name: str) -> tuple[CharKey, str, int, tuple[CharKey, ...], str]:
    """Sorts *name* in 姓氏笔画 order (see the module's docstring)."""
    name = name.strip()
    surname, given = name[:1], name[1:]
    return (
        character_key(surname) if surname else (0, ()),
        surname,  # two surnames alike in strokes and kinds stay apart
        len(given),
        tuple(character_key(c) for c in given),
        name,
    )


def in_stroke_order(names: list[str]) -> list[str]:
    return sorted(names, key=stroke_order_key)

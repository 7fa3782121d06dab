"""姓氏笔画 order, as official documents list people: by the surname's strokes, then the
strokes of the given name's characters in turn.

The counts are Unihan's kTotalStrokes (core/data/total_strokes.txt, written by
tools/stroke_counts.py). Not yet done: GB's tie-break between surnames of equal strokes by the
kind of their first stroke (横竖撇点折) — Unihan does not record it; such ties fall back to
the characters' code order.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

UNKNOWN = 99  # a character without a count sorts after every known one


@cache
def _strokes() -> dict[str, int]:
    text = resources.files("branchdesk.core").joinpath("data/total_strokes.txt").read_text("utf-8")
    return {line[0]: int(line[1:]) for line in text.splitlines() if line and line[0] != "#"}


def strokes(character: str) -> int:
    return _strokes().get(character, UNKNOWN)


def stroke_order_key(name: str) -> tuple[tuple[int, ...], str]:
    """Sorts *name* in 姓氏笔画 order: each character's strokes in turn, then the name."""
    return tuple(strokes(c) for c in name.strip()), name


def in_stroke_order(names: list[str]) -> list[str]:
    return sorted(names, key=stroke_order_key)

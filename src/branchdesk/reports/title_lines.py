"""The report's title broken into lines as GB/T 9704 7.3.3 asks.

"回行时要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形": a line
ends only between words, and the lines form a trapezoid (each line at least as long as the
one above) or a diamond (longer towards the middle, shorter above and below). Widths are in
em of the title size: a Chinese character is 1, a digit or Latin letter 1/2.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterator, Sequence

from branchdesk.reports.org_words import segment

# The type area (156 mm) holds 20 characters of 2号 (22 pt) type.
TITLE_LINE_EM = 20.0
_MAX_EXTRA_LINES = 1  # lines beyond the fewest possible that are worth trying for shape


def report_title(branch: str, year: int) -> str:
    """《…党支部书记YYYY年度抓基层党建工作述职报告》 with "\\n" between its lines.

    "…支部委员会书记" reads "…支部书记" (the secretary is the branch's, not the committee's).
    """
    branch = (branch or "党支部").strip()
    if branch.endswith("支部委员会"):
        branch = branch.removesuffix("委员会")
    who = [*segment(branch), "书记"]
    what = [f"{year}年度", "抓基层党建工作", "述职报告"]
    return "\n".join(title_lines([*who, *what], prefer_break_after=len(who)))


def em_width(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in ("W", "F") else 0.5 for c in text)


def is_trapezoid_or_diamond(widths: Sequence[float]) -> bool:
    """Each line no shorter than the one above; or growing to a peak, then shrinking."""
    if all(a <= b for a, b in itertools.pairwise(widths)):
        return True
    peak = widths.index(max(widths))
    rising = widths[: peak + 1]
    falling = widths[peak:]
    return (
        0 < peak < len(widths) - 1
        and all(a <= b for a, b in itertools.pairwise(rising))
        and all(a >= b for a, b in itertools.pairwise(falling))
    )


def title_lines(
    words: Sequence[str], width: float = TITLE_LINE_EM, prefer_break_after: int | None = None
) -> list[str]:
    """*words* in lines no wider than *width*, broken only between words.

    Of every way to break them, the best is: in a trapezoid or diamond; breaking after
    word *prefer_break_after* (whose report / what report) if asked; in the fewest lines;
    the lines as even as the shape allows. A word wider than a line (a 25-character proper
    name) is cut where the line ends, the only case that cuts a word.
    """
    units = [piece for word in words for piece in _fitting(word, width)]
    if not units:
        return [""]
    widths = [em_width(u) for u in units]
    fewest = _fewest_lines(widths, width)

    def rank(breaks: tuple[int, ...]) -> tuple[bool, bool, int, float]:
        lines = _line_widths(widths, breaks)
        mean = sum(lines) / len(lines)
        return (
            not is_trapezoid_or_diamond(lines),
            prefer_break_after is not None
            and 0 < prefer_break_after < len(units)
            and prefer_break_after not in breaks,
            len(lines),
            sum((w - mean) ** 2 for w in lines),
        )

    candidates = _breakings(widths, width, fewest + _MAX_EXTRA_LINES)
    best = min(candidates, key=rank)
    bounds = [0, *best, len(units)]
    return ["".join(units[a:b]) for a, b in itertools.pairwise(bounds)]


def _fitting(word: str, width: float) -> list[str]:
    if em_width(word) <= width:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and em_width(current + char) > width:
            pieces.append(current)
            current = ""
        current += char
    return [*pieces, current]


def _line_widths(widths: Sequence[float], breaks: tuple[int, ...]) -> list[float]:
    bounds = [0, *breaks, len(widths)]
    return [sum(widths[a:b]) for a, b in itertools.pairwise(bounds)]


def _fewest_lines(widths: Sequence[float], width: float) -> int:
    lines, used = 1, 0.0
    for w in widths:
        if used and used + w > width:
            lines, used = lines + 1, 0.0
        used += w
    return lines


def _breakings(widths: Sequence[float], width: float, most: int) -> Iterator[tuple[int, ...]]:
    """Every set of break positions giving at most *most* lines, each no wider than *width*."""

    def extend(start: int, breaks: tuple[int, ...]) -> Iterator[tuple[int, ...]]:
        used = 0.0
        for end in range(start + 1, len(widths) + 1):
            used += widths[end - 1]
            if used > width:
                return
            if end == len(widths):
                yield breaks
            elif len(breaks) + 2 <= most:
                yield from extend(end, (*breaks, end))

    return extend(0, ())

"""Calendar spans the rules count in: a month, a quarter or a year, with exact edges.

Every span is inclusive at both ends (1 October to 31 December), so a meeting held on
the last day of a quarter or on 31 December counts in it; month lengths and leap years
come from `calendar`, never from arithmetic on 30 or 365.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class RulePeriod(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def months(self) -> int:
        return _MONTHS[self]


_MONTHS = {RulePeriod.MONTH: 1, RulePeriod.QUARTER: 3, RulePeriod.YEAR: 12}
_QUARTERS_ZH = ("一", "二", "三", "四")


@dataclass(frozen=True, order=True)
class Span:
    """One calendar month, quarter or year. `index` is the month (1–12) or quarter (1–4)."""

    year: int
    kind: RulePeriod
    index: int = 1

    def __post_init__(self) -> None:
        top = {RulePeriod.MONTH: 12, RulePeriod.QUARTER: 4, RulePeriod.YEAR: 1}[self.kind]
        if not 1 <= self.index <= top:
            raise ValueError(f"{self.kind} index {self.index} out of range")

    @property
    def first_month(self) -> int:
        return (self.index - 1) * self.kind.months + 1

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        last_month = self.first_month + self.kind.months - 1
        return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def key(self) -> str:
        """Stable text for JSON and tests: `2026`, `2026-Q4`, `2026-10`."""
        if self.kind == RulePeriod.YEAR:
            return str(self.year)
        if self.kind == RulePeriod.QUARTER:
            return f"{self.year}-Q{self.index}"
        return f"{self.year}-{self.index:02d}"

    def label(self, language: str = "zh") -> str:
        if language == "zh":
            if self.kind == RulePeriod.YEAR:
                return f"{self.year}年度"
            if self.kind == RulePeriod.QUARTER:
                return f"{self.year}年第{_QUARTERS_ZH[self.index - 1]}季度"
            return f"{self.year}年{self.index}月"
        if self.kind == RulePeriod.YEAR:
            return str(self.year)
        if self.kind == RulePeriod.QUARTER:
            return f"Q{self.index} {self.year}"
        return f"{calendar.month_abbr[self.index]} {self.year}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def has_ended(self, today: date) -> bool:
        return today > self.end

    def parts(self, kind: RulePeriod) -> list[Span]:
        """The spans of *kind* inside this one; the enclosing span when *kind* is coarser."""
        if kind.months >= self.kind.months:
            return [span_of(kind, self.start)]
        step = kind.months
        count = self.kind.months // step
        first = (self.first_month - 1) // step + 1
        return [Span(self.year, kind, first + i) for i in range(count)]


def span_of(kind: RulePeriod, day: date) -> Span:
    """The span of *kind* containing *day*."""
    if kind == RulePeriod.YEAR:
        return Span(day.year, kind)
    if kind == RulePeriod.QUARTER:
        return Span(day.year, kind, (day.month - 1) // 3 + 1)
    return Span(day.year, kind, day.month)


def window(year: int, quarter: int | None = None, month: int | None = None) -> Span:
    """The span a user asks about: a year, one of its quarters, or one of its months."""
    if quarter is not None and month is not None:
        raise ValueError("give a quarter or a month, not both")
    if quarter is not None:
        return Span(year, RulePeriod.QUARTER, quarter)
    if month is not None:
        return Span(year, RulePeriod.MONTH, month)
    return Span(year, RulePeriod.YEAR)


def add_months(day: date, months: int) -> date:
    """The same day *months* later, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def overlap_days(span: Span, start: date, end_exclusive: date | None) -> int:
    """Days of *span* inside the half-open interval [start, end_exclusive)."""
    first = max(span.start, start)
    last = span.end if end_exclusive is None else min(span.end, end_exclusive - timedelta(days=1))
    return max(0, (last - first).days + 1)


def clamp(day: date, span: Span) -> date:
    return min(max(day, span.start), span.end)

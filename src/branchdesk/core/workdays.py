"""Working days by China's official holiday calendar (国务院办公厅 annual notice).

A weekday is a working day unless the year's notice makes it a holiday; a Saturday or
Sunday is a rest day unless the notice makes it a make-up working day (调休上班). The
calendar is data: the store seeds it from a maintained library and the secretary adds the
next year's notice when it is published, so no year is baked into code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from branchdesk.core.labels import register_labels


class DayKind(StrEnum):
    HOLIDAY = "official_holiday"  # a weekday off (法定节假日及调休放假)
    WORKDAY = "makeup_workday"  # a weekend day worked (调休上班)


register_labels(
    {
        DayKind.HOLIDAY: ("Holiday", "放假"),
        DayKind.WORKDAY: ("Make-up working day", "调休上班"),
    }
)


@dataclass(frozen=True)
class OfficialDay:
    day: date
    kind: DayKind
    name: str = ""  # the festival: 国庆节, 春节 …


class WorkCalendar:
    def __init__(self, days: Iterable[OfficialDay] = ()) -> None:
        self._kinds = {d.day: d.kind for d in days}
        self.years = frozenset(d.year for d in self._kinds)

    def is_workday(self, day: date) -> bool:
        kind = self._kinds.get(day)
        if kind is not None:
            return kind == DayKind.WORKDAY
        return day.weekday() < 5

    def knows_year(self, year: int) -> bool:
        """Whether the year's notice is in the calendar (else weekends alone are assumed)."""
        return year in self.years

    def unknown_years(self, first: date, last: date) -> tuple[int, ...]:
        """Years from *first* to *last* whose notice is not in the calendar: days there are
        counted by weekends alone, which a holiday or a make-up working day would change."""
        return tuple(y for y in range(first.year, last.year + 1) if not self.knows_year(y))

    def workdays_between(self, first: date, last: date) -> int:
        """Working days from *first* to *last*, both included (0 when last < first)."""
        count = 0
        day = first
        while day <= last:
            count += self.is_workday(day)
            day += timedelta(days=1)
        return count

    def nth_workday_from(self, first: date, n: int) -> date:
        """The *n*-th working day counting *first* itself as the first when it is one."""
        day, seen = first, 0
        while True:
            if self.is_workday(day):
                seen += 1
                if seen >= n:
                    return day
            day += timedelta(days=1)

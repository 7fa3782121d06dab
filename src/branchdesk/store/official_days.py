"""China's official holiday calendar as rows the secretary can correct and extend.

Seeded from `chinese_calendar` (a maintained library that follows the 国务院办公厅 notice
each year); rows the secretary typed (`source = 'user'`) always win, so next year's notice
can be entered before the library knows it, and a library update only adds days.
"""

from __future__ import annotations

from datetime import date

from branchdesk.core.workdays import DayKind, OfficialDay, WorkCalendar
from branchdesk.store.connection import Database

_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利纪念日",
}


def library_days() -> list[OfficialDay]:
    """The weekday holidays and weekend workdays the library knows (weekends are implied)."""
    from chinese_calendar import constants

    found: list[OfficialDay] = []
    for day, name in constants.holidays.items():
        if day.weekday() < 5:
            found.append(OfficialDay(day, DayKind.HOLIDAY, _NAMES_ZH.get(str(name), str(name))))
    for day, name in constants.workdays.items():
        if day.weekday() >= 5:
            found.append(OfficialDay(day, DayKind.WORKDAY, _NAMES_ZH.get(str(name), str(name))))
    return found


def seed_official_days(db: Database) -> int:
    """Add the library's days not yet stored; never overwrite a row. Returns how many."""
    rows = [(d.day.isoformat(), d.kind.value, d.name, "library") for d in library_days()]
    before = db.execute("SELECT count(*) FROM official_days").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO official_days (day, kind, name, source) VALUES (?, ?, ?, ?)", rows
    )
    return int(db.execute("SELECT count(*) FROM official_days").fetchone()[0]) - int(before)


class OfficialDayRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[OfficialDay]:
        return [
            OfficialDay(date.fromisoformat(r[0]), DayKind(r[1]), r[2])
            for r in self._db.execute("SELECT day, kind, name FROM official_days ORDER BY day")
        ]

    def calendar(self) -> WorkCalendar:
        return WorkCalendar(self.all())

    def save(self, day: OfficialDay) -> None:
        """The secretary's entry from the year's notice (replaces the library's row)."""
        with self._db.atomic():
            self._db.execute(
                "INSERT OR REPLACE INTO official_days (day, kind, name, source) "
                "VALUES (?, ?, ?, 'user')",
                [day.day.isoformat(), day.kind.value, day.name.strip()],
            )

    def remove(self, day: date) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM official_days WHERE day = ?", [day.isoformat()])

    def refresh_from_library(self) -> int:
        with self._db.atomic():
            return seed_official_days(self._db)

    def add_years_the_library_learned(self) -> int:
        """On opening: a newer BranchDesk ships a newer calendar; add the years it knows and
        the folder has not had from it (a day the secretary entered is kept as entered)."""
        from chinese_calendar import constants

        stored = {
            int(row[0])
            for row in self._db.execute(
                "SELECT DISTINCT substr(day, 1, 4) FROM official_days WHERE source = 'library'"
            )
        }
        known = {day.year for day in constants.holidays}
        if known <= stored:
            return 0  # the usual case, without building the library's days
        new = [d for d in library_days() if d.day.year not in stored]
        if not new:
            return 0
        with self._db.atomic():
            self._db.conn.executemany(
                "INSERT OR IGNORE INTO official_days (day, kind, name, source) "
                "VALUES (?, ?, ?, 'library')",
                [(d.day.isoformat(), d.kind.value, d.name) for d in new],
            )
        return len(new)

"""The secretary's edits of the annual report, one row per year and section."""

from __future__ import annotations

from datetime import date

from branchdesk.core.report_texts import ReportSection, ReportTexts
from branchdesk.store.connection import Database
from branchdesk.store.convert import now_stamp

_SIGNED_ON = "signed_on"  # a pseudo-section holding the signing date as ISO text


class ReportTextsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_year(self, year: int) -> ReportTexts:
        rows = self._db.execute(
            "SELECT section, text FROM report_texts WHERE year = ?", [year]
        ).fetchall()
        sections = {ReportSection(s): t for s, t in rows if s != _SIGNED_ON}
        signed = next((t for s, t in rows if s == _SIGNED_ON), None)
        return ReportTexts(year, sections, date.fromisoformat(signed) if signed else None)

    def save_section(self, year: int, section: ReportSection, text: str) -> None:
        """Keep the secretary's *text* for *section*; it is used as written from now on."""
        self._put(year, section.value, text)

    def revert_section(self, year: int, section: ReportSection) -> None:
        """Forget the edit: the section follows the drafted text again."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM report_texts WHERE year = ? AND section = ?", [year, section.value]
            )

    def set_signed_on(self, year: int, day: date) -> None:
        self._put(year, _SIGNED_ON, day.isoformat())

    def _put(self, year: int, section: str, text: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO report_texts (year, section, text, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(year, section) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [year, section, text, now_stamp()],
            )

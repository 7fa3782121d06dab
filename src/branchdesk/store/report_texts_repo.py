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
            "SELECT section, text, basis FROM report_texts WHERE year = ?", [year]
        ).fetchall()
        sections = {ReportSection(s): t for s, t, _ in rows if s != _SIGNED_ON}
        bases = {ReportSection(s): b for s, _, b in rows if s != _SIGNED_ON and b is not None}
        signed = next((t for s, t, _ in rows if s == _SIGNED_ON), None)
        return ReportTexts(year, sections, date.fromisoformat(signed) if signed else None, bases)

    def save_section(self, year: int, section: ReportSection, text: str, basis: str) -> None:
        """Keep the secretary's *text* for *section*; it is used as written from now on.

        *basis* is the draft she wrote it against; a section saved before keeps its own
        basis, so typing over a section whose figures changed does not hide the change.
        """
        self._put(year, section.value, text, basis)

    def keep_text(self, year: int, section: ReportSection, basis: str) -> None:
        """保留我的文字: her text stands against the figures of *basis* (today's draft)."""
        with self._db.atomic():
            self._db.execute(
                "UPDATE report_texts SET basis = ?, updated_at = ? WHERE year = ? AND section = ?",
                [basis, now_stamp(), year, section.value],
            )

    def take_figures(self, year: int, section: ReportSection, text: str, basis: str) -> None:
        """采用新数据: her *text* with the new figures, now written against *basis*."""
        with self._db.atomic():
            self._put(year, section.value, text, basis)
            self.keep_text(year, section, basis)

    def revert_section(self, year: int, section: ReportSection) -> None:
        """Forget the edit: the section follows the drafted text again."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM report_texts WHERE year = ? AND section = ?", [year, section.value]
            )

    def set_signed_on(self, year: int, day: date) -> None:
        self._put(year, _SIGNED_ON, day.isoformat(), None)

    def _put(self, year: int, section: str, text: str, basis: str | None) -> None:
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO report_texts (year, section, text, updated_at, basis) "
                "VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(year, section) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at, "
                "basis = coalesce(report_texts.basis, excluded.basis)",
                [year, section, text, now_stamp(), basis],
            )

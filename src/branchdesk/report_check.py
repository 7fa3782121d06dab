"""送审前检查 for a year, run on an open Workspace and saved with the year.

The detectors live in reports/check.py; this module gathers what they read (the year's
records, figures, sections and composed document) and keeps the last list in the settings
(`report.check.<year>`), so the 年度报告 page shows it again and it travels with backups.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from branchdesk.reports.annual import ReportFormat, ReportResult, report_document, write_report
from branchdesk.reports.check import CheckInput, Problem, ProblemKind, run_detectors
from branchdesk.reports.facts import gather_facts
from branchdesk.reports.narrative import sections
from branchdesk.workspace import Workspace

SETTING_PREFIX = "report.check."


@dataclass(frozen=True)
class ReportCheck:
    year: int
    checked_on: date
    problems: tuple[Problem, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"year": self.year, "problems": [p.to_dict() for p in self.problems]}


def check_report(ws: Workspace, year: int, today: date) -> ReportCheck:
    """Run every detector on the year's report as it would be exported today, and save it."""
    return _check(ws, _gather(ws, year, today))


def build_checked_report(
    ws: Workspace, year: int, target: Path, fmt: ReportFormat, today: date
) -> tuple[ReportResult, ReportCheck]:
    """Write the year's report and check it: the document checked is the one written,
    composed once (the command line's `report -o`)."""
    ws.refuse_own_file(target)
    check = _gather(ws, year, today)
    fonts = ws.report_fonts() if fmt == ReportFormat.PDF else None
    result = write_report(check.document, check.facts, fonts, target, fmt)
    return result, _check(ws, check)


def _gather(ws: Workspace, year: int, today: date) -> CheckInput:
    records = ws.year_records(year, today)
    texts = ws.report_texts.for_year(year)
    facts = gather_facts(records)
    return CheckInput(
        records, facts, sections(facts, texts), report_document(records, texts, facts)
    )


def _check(ws: Workspace, check: CheckInput) -> ReportCheck:
    result = ReportCheck(check.records.year, check.records.today, tuple(run_detectors(check)))
    ws.settings.set(
        SETTING_PREFIX + str(result.year),
        {"checked_on": result.checked_on.isoformat(), **result.to_dict()},
    )
    return result


def saved_check(ws: Workspace, year: int) -> ReportCheck | None:
    """The list saved by the last check of *year*, if it was checked."""
    saved = ws.settings.get(SETTING_PREFIX + str(year))
    if not isinstance(saved, dict):
        return None
    problems = tuple(
        Problem(ProblemKind(p["kind"]), p["where"], p["message"]) for p in saved["problems"]
    )
    return ReportCheck(year, date.fromisoformat(saved["checked_on"]), problems)

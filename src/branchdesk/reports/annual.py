"""Build the annual duty report (PDF or DOCX) and the ledgers (XLSX) from a year's records."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from branchdesk.core.report_texts import ReportTexts
from branchdesk.reports.document import MonthlySeries, ReportDocument
from branchdesk.reports.facts import AnnualFacts, YearRecords, gather_facts
from branchdesk.reports.fonts import FontSet
from branchdesk.reports.ledgers import Ledger, all_ledgers, appendix_tables
from branchdesk.reports.narrative import compose
from branchdesk.reports.pdf.annual import build_pdf

log = logging.getLogger(__name__)


class ReportFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


@dataclass(frozen=True)
class ReportResult:
    format: ReportFormat
    pages: int | None  # PDF only
    fonts: tuple[str, ...]  # which font drew (or, in DOCX, is named for) each role
    missing_parts: tuple[str, ...]  # parts of the report with no records in BranchDesk yet


def report_document(
    records: YearRecords, texts: ReportTexts, facts: AnnualFacts | None = None
) -> ReportDocument:
    facts = facts or gather_facts(records)
    charts = None
    if facts.meetings is not None and any(facts.meetings.monthly_held):
        m = facts.meetings
        charts = MonthlySeries(m.monthly_due, m.monthly_held, m.monthly_attendance, m.monthly_rules)
    # Signed today unless the secretary set the date (ReportTexts.signed_on).
    return compose(facts, texts, records.today, appendix_tables(records), charts)


def build_report(
    records: YearRecords,
    texts: ReportTexts,
    fonts: FontSet | None,
    target: Path | io.BytesIO,
    fmt: ReportFormat = ReportFormat.PDF,
    preview: bool = False,
) -> ReportResult:
    """*preview*: the PDF for the app's preview, with 【…】 prompts highlighted."""
    facts = gather_facts(records)
    return write_report(report_document(records, texts, facts), facts, fonts, target, fmt, preview)


def write_report(
    document: ReportDocument,
    facts: AnnualFacts,
    fonts: FontSet | None,
    target: Path | io.BytesIO,
    fmt: ReportFormat = ReportFormat.PDF,
    preview: bool = False,
) -> ReportResult:
    """Write a composed *document*: the one the 送审前检查 read, when it ran first."""
    if fmt == ReportFormat.DOCX:
        # Imported here: python-docx (and openpyxl below) cost a PDF a tenth of a second.
        from branchdesk.reports.docx_writer import build_docx

        docx = build_docx(document, target)
        return ReportResult(fmt, None, docx.fonts, facts.missing)
    if fonts is None:
        raise ValueError("a PDF needs a resolved FontSet")
    pdf = build_pdf(document, fonts, target, preview)
    return ReportResult(fmt, pdf.pages, pdf.fonts, facts.missing)


def build_ledgers(records: YearRecords, target: Path | io.BytesIO) -> list[str]:
    from branchdesk.reports.xlsx_writer import build_xlsx

    ledgers: list[Ledger] = all_ledgers(records)
    return build_xlsx(ledgers, records.year, target)


def facts_of(records: YearRecords) -> AnnualFacts:
    return gather_facts(records)

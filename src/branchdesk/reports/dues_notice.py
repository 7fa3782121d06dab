"""The yearly public notice of dues collection (党费收缴情况公示, issue 18), derived from the
records, never typed: an official document (GB/T 9704 layout) in PDF or DOCX, built by the
duty report's own writers so the two look alike.

Members' pay is not published: the table gives each member's monthly amount, what the year
owed, what was paid and the months in arrears, not the base.
"""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from branchdesk.core.dues import DUES_RULES, yuan
from branchdesk.core.dues_summary import DuesYear, dues_sentence
from branchdesk.reports.document import (
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
    Title,
    chinese_date,
)
from branchdesk.reports.docx_writer import build_docx
from branchdesk.reports.fonts import FontSet
from branchdesk.reports.pdf.annual import build_pdf

NOTICE_WORKING_DAYS = 5  # common practice for a 公示


def notice_title(year: int) -> str:
    return f"关于{year}年度党费收缴情况的公示"


def notice_table(dues: DuesYear) -> LedgerTable:
    rows = [
        (
            str(number),
            m.name,
            yuan(m.monthly.amount_fen) if m.monthly else "",
            str(m.owed_months),
            yuan(m.due_fen),
            yuan(m.paid_fen),
            str(m.arrears_months) if m.arrears_months else "",
        )
        for number, m in enumerate(dues.members, start=1)
    ]
    if rows:
        rows.append(
            ("", "合计", "", str(sum(m.owed_months for m in dues.members)), yuan(dues.due_fen),
             yuan(dues.paid_fen), str(sum(m.arrears_months for m in dues.members) or ""))
        )  # fmt: skip
    return LedgerTable(
        f"{dues.year}年度党费收缴明细",
        ("序号", "姓名", "月交纳额（元）", "应交月数", "应交（元）", "实交（元）", "欠交月数"),
        tuple(rows),
        (2, 4, 5, 3, 5, 5, 3),
    )


def notice_document(branch: str, dues: DuesYear, published_on: date) -> ReportDocument:
    ends = _working_days_after(published_on, NOTICE_WORKING_DAYS)
    period = (
        "全年"
        if dues.as_of.month == 12 and dues.as_of.day == 31
        else (f"1月至{dues.as_of.month}月")
    )
    blocks = (
        Paragraph(
            f"根据{DUES_RULES}和党务公开的有关要求，现将本支部{dues.year}年度{period}"
            "党费收缴情况公示如下。"
        ),
        Paragraph(dues_sentence(dues) or "本年度未记录党费收缴。"),
        Paragraph(
            f"截至{chinese_date(dues.as_of)}，本年度收到党费{yuan(dues.collected_fen)}元，"
            f"已上缴{yuan(dues.handed_over_fen)}元，支部尚存{yuan(dues.held_fen)}元，"
            "将按规定及时上缴。"
        ),
        Paragraph(
            f"公示期为{chinese_date(published_on)}至{chinese_date(ends)}。党员对公示内容有"
            "疑问的，请在公示期内向支部委员会反映。"
        ),
        Paragraph(f"附件：{dues.year}年度党费收缴明细"),
        Signature((branch,), published_on),
    )
    title = notice_title(dues.year)
    return ReportDocument(
        Title(title), blocks, (notice_table(dues),), None, {"title": title, "author": branch}
    )


def build_notice(
    document: ReportDocument, fonts: FontSet | None, target: Path | io.BytesIO, fmt: str
) -> int | None:
    """Write the notice as "pdf" (needs *fonts*; returns the pages) or "docx"."""
    if fmt == "docx":
        build_docx(document, target)
        return None
    if fonts is None:
        raise ValueError("a PDF needs a resolved FontSet")
    return build_pdf(document, fonts, target).pages


def _working_days_after(day: date, count: int) -> date:
    """The *count*-th working day counting *day* itself (weekends skipped, holidays not)."""
    found = 0
    while True:
        if day.weekday() < 5:
            found += 1
            if found == count:
                return day
        day += timedelta(days=1)

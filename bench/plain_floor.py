"""The floor the annual report is measured against: plain reportlab pages of the same text.

Issue #6 asks for the report "within 2.5× of reportlab building the same number of pages of
plain text in the same run". Both benchmarks (bench/report.py, bench/session.py) use this one
floor, so they cannot disagree again:

- the text is the report's own characters (title, sections, appendix cells) in order, so the
  floor embeds a font subset of the same glyphs — a floor of one sentence repeated embeds
  some thirty glyphs, a real report five hundred, and subsetting is a fair share of the work;
- it is set in the report's body font, already registered (the report's fonts are loaded
  once per process too), as 3号 paragraphs: 11 paragraphs of two 28-character lines a page;
- reportlab's own platypus lays it out (`SimpleDocTemplate`, `Paragraph` with CJK wrapping),
  with the same page count as the report.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate

from branchdesk.reports.document import Heading, ReportDocument, Signature
from branchdesk.reports.document import Paragraph as Section

CHARS_A_PARAGRAPH = 56  # two lines of 28
PARAGRAPHS_A_PAGE = 11  # 22 lines


def report_text(document: ReportDocument) -> str:
    """Every character the report sets, in reading order, without white space."""
    parts = [document.title.text]
    for block in document.blocks:
        if isinstance(block, Heading | Section):
            parts.append(block.text)
        elif isinstance(block, Signature):
            parts.extend(block.lines)
    for table in document.appendices:
        parts.append(table.title)
        parts.extend(table.headers)
        parts.extend(cell for row in table.rows for cell in row)
    return "".join(ch for ch in "".join(parts) if not ch.isspace())


def plain_pages(font: str, text: str, pages: int) -> bytes:
    """*pages* A4 pages of *text* (repeated as needed) as plain reportlab paragraphs."""
    style = ParagraphStyle("body", fontName=font, fontSize=16, leading=29, wordWrap="CJK")
    needed = pages * PARAGRAPHS_A_PAGE * CHARS_A_PARAGRAPH
    source = (text or "党") * (needed // max(len(text), 1) + 1)
    story: list[Flowable] = []
    for page in range(pages):
        for number in range(PARAGRAPHS_A_PAGE):
            start = (page * PARAGRAPHS_A_PAGE + number) * CHARS_A_PARAGRAPH
            story.append(Paragraph(escape(source[start : start + CHARS_A_PARAGRAPH]), style))
        story.append(PageBreak())
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, topMargin=37 * mm, leftMargin=28 * mm)
    doc.build(story[:-1])
    return out.getvalue()


def main() -> None:
    """As a process of its own (bench/report_process.py): `plain_floor.py FONT TEXT PAGES OUT`
    registers FONT (a TrueType file, parsed as reportlab parses it) and writes the pages."""
    import sys
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font, text, pages, out = sys.argv[1:5]
    pdfmetrics.registerFont(TTFont("Body", font))
    Path(out).write_bytes(plain_pages("Body", Path(text).read_text("utf-8"), int(pages)))


if __name__ == "__main__":
    main()

"""The annual duty report as a GB/T 9704-2012 PDF (reportlab, no Qt)."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Spacer

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    MonthlySeries,
    Paragraph,
    ReportDocument,
    Signature,
)
from branchdesk.reports.font_cache import let_go_of_file_data
from branchdesk.reports.fonts import (
    FontChain,
    FontRole,
    FontSet,
    MissingChar,
    check_text,
    require_drawable,
)
from branchdesk.reports.output import output_to
from branchdesk.reports.pdf.grid import GridStyle, GridText
from branchdesk.reports.pdf.keep import RoomForHeading, SignedEnding
from branchdesk.reports.pdf.ledger_grid import LedgerGrid, Padding
from branchdesk.reports.pdf.official import (
    CELL,
    PITCH,
    SIZE_3,
    SIZE_SMALL_4,
    TYPE_HEIGHT,
    TYPE_WIDTH,
    OfficialDocTemplate,
    OfficialStyles,
)
from branchdesk.reports.shared_layout import (
    CELL_PADDING,
    ledger_column_widths,
    signature_lines,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfResult:
    pages: int
    fonts: tuple[str, ...]  # FontSet.describe()


def build_pdf(
    document: ReportDocument, fonts: FontSet, target: Path | io.BytesIO, preview: bool = False
) -> PdfResult:
    """Check every character against its font, then write the PDF to *target*.

    *preview*: for the app's preview only, 【…】 prompts left in the text are highlighted;
    an exported PDF prints them plainly (the 送审前检查 lists them before export)."""
    styles = OfficialStyles(fonts, preview)
    require_drawable(_missing(document, fonts))
    story = _story(document, styles)
    with output_to(target) as out:
        doc = OfficialDocTemplate(
            out, fonts, document.meta.get("title", ""), document.meta.get("author", "")
        )
        try:
            doc.build(story)
        finally:  # the fonts' files, read to subset them, are not kept for the session
            let_go_of_file_data(pdfmetrics.getFont(font.name) for font in fonts.used_fonts())
    log.info("report PDF: %d pages", doc.page)
    return PdfResult(doc.page, tuple(fonts.describe()))


def _missing(document: ReportDocument, fonts: FontSet) -> list[MissingChar]:
    body = fonts.chain(FontRole.BODY)
    missing = check_text(fonts.chain(FontRole.TITLE), document.title.text, "标题")
    section = "正文"
    for block in document.blocks:
        if isinstance(block, Heading):
            section = block.text
            role = FontRole.HEI if block.level == 1 else FontRole.KAI
            missing += check_text(fonts.chain(role), block.text, "标题“" + block.text + "”")
        elif isinstance(block, Paragraph):
            place = "“" + section + "”一节"
            kai = fonts.chain(FontRole.KAI)
            missing += check_text(kai, block.text[: block.run_in], place)
            missing += check_text(body, block.text[block.run_in :], place)
        elif isinstance(block, Signature):
            missing += [m for line in block.lines for m in check_text(body, line, "落款")]
    for table in document.appendices:
        hei = fonts.chain(FontRole.HEI)
        missing += check_text(hei, table.title + "".join(table.headers), f"附件“{table.title}”")
        for number, row in enumerate(table.rows, start=1):
            place = f"附件“{table.title}”第{number}行"
            missing += [m for cell in row for m in check_text(body, cell, place)]
    return missing


def _story(document: ReportDocument, styles: OfficialStyles) -> list[Flowable]:
    story: list[Flowable] = [GridText(document.title.text, styles.title, "标题")]
    for block in document.blocks:
        if isinstance(block, Heading):
            style = styles.heading1 if block.level == 1 else styles.heading2
            heading = GridText(block.text, style, block.text)
            # A heading never ends a page: room for itself, a sub-heading below a heading,
            # and two lines of text. (keepWithNext would instead carry a long paragraph
            # whole to the next page and leave a gap.)
            story.append(RoomForHeading(heading, 3 if block.level == 1 else 2))
            story.append(heading)
        elif isinstance(block, Paragraph):
            story.append(GridText(block.text, styles.body, "", block.run_in, styles.heading2))
        elif isinstance(block, Signature):
            last = story[-1] if story and _is_body(story[-1], styles) else None
            if last is not None:
                story.pop()
            story.append(SignedEnding(last, _signature(block, styles), gap=2))
    for number, table in enumerate(document.appendices, start=1):
        story.append(PageBreak())
        story.extend(_appendix(number, table, styles))
    if document.charts is not None:
        story.append(PageBreak())
        story.extend(_charts(document.charts, styles))
    return story


def _is_body(flowable: Flowable, styles: OfficialStyles) -> bool:
    return isinstance(flowable, GridText) and flowable.style is styles.body


def _signature(block: Signature, styles: OfficialStyles) -> list[GridText]:
    chain = styles.body.chain

    def width(text: str) -> float:
        return sum(CELL if ord(c) > 0x2E7F else _natural(chain, c) for c in text)

    lines: list[GridText] = []
    for line, indent in signature_lines(block.lines, block.signed_on, width, CELL):
        style = GridStyle(chain, SIZE_3, PITCH, CELL, align="right", right_indent=indent / CELL)
        lines.append(GridText(line, style, "落款"))
    return lines


def _natural(chain: FontChain, char: str, size: float = SIZE_3) -> float:
    font = chain.font_for(char) or chain.primary
    return float(stringWidth(char, font.name, size))


def _appendix(number: int, table: LedgerTable, styles: OfficialStyles) -> list[Flowable]:
    label = GridText(f"附件{number}", styles.appendix_title, f"附件{number}")
    title = GridText(table.title, styles.title, table.title)
    # The DOCX's widths too: Word shows the columns the PDF prints.
    widths = ledger_column_widths(table, SIZE_SMALL_4, TYPE_WIDTH)
    grid = LedgerGrid(
        table.headers,
        table.rows,
        widths,
        styles.table_head,
        [styles.table_cell] * len(table.headers),
        f"附件“{table.title}”",
        TYPE_HEIGHT,
        padding=Padding(CELL_PADDING),
        min_rows=3,  # report.md: tables keep at least three rows on a page
    )
    return [label, title, grid]


def _charts(series: MonthlySeries, styles: OfficialStyles) -> list[Flowable]:
    font = styles.body.chain.primary.name
    hei = styles.heading1.chain.primary.name
    months = [f"{m}月" for m in range(1, 13)]
    width, height = TYPE_WIDTH, 95 * mm

    # initialFontName: the renderer's starting font; else Helvetica enters the file unembedded.
    bars = Drawing(width, height, initialFontName=font)
    kinds = f"（{'、'.join(series.kinds)}）" if series.kinds else ""
    bars.add(String(0, height - 14, f"每月例会应开与已开次数{kinds}", fontName=hei, fontSize=14))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 40, width - 50, height - 80
    chart.data = [list(series.due), list(series.held)]
    chart.categoryAxis.categoryNames = months
    chart.categoryAxis.labels.fontName = font
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = colors.HexColor("#bbbbbb")
    chart.bars[1].fillColor = colors.HexColor("#b22222")
    bars.add(chart)
    bars.add(_legend(font, 30, 12, [("应开", "#bbbbbb"), ("已开", "#b22222")]))

    lines = Drawing(width, height, initialFontName=font)
    lines.add(String(0, height - 14, "各月平均出席率（%）", fontName=hei, fontSize=14))
    trend = HorizontalLineChart()
    trend.x, trend.y, trend.width, trend.height = 30, 40, width - 50, height - 80
    trend.data = [[None if r is None else round(r * 100, 1) for r in series.attendance]]
    trend.categoryAxis.categoryNames = months
    trend.categoryAxis.labels.fontName = font
    trend.valueAxis.labels.fontName = font
    trend.valueAxis.valueMin = 0
    trend.valueAxis.valueMax = 100
    trend.lines[0].strokeColor = colors.HexColor("#b22222")
    trend.lines[0].strokeWidth = 1.5
    lines.add(trend)
    return [bars, Spacer(1, 10 * mm), lines]


def _legend(font: str, x: float, y: float, items: list[tuple[str, str]]) -> Group:
    group = Group()
    for index, (text, colour) in enumerate(items):
        left = x + index * 70
        group.add(Rect(left, y, 10, 10, fillColor=colors.HexColor(colour), strokeColor=None))
        group.add(String(left + 14, y + 1, text, fontName=font, fontSize=10))
    return group

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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    MonthlySeries,
    Paragraph,
    ReportDocument,
    Signature,
    chinese_date,
)
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
from branchdesk.reports.pdf.ledger_grid import LedgerGrid
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

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PdfResult:
    pages: int
    fonts: tuple[str, ...]  # FontSet.describe()


def build_pdf(document: ReportDocument, fonts: FontSet, target: Path | io.BytesIO) -> PdfResult:
    """Check every character against its font, then write the PDF to *target*."""
    styles = OfficialStyles(fonts)
    require_drawable(_missing(document, fonts))
    story = _story(document, styles)
    with output_to(target) as out:
        doc = OfficialDocTemplate(
            out, fonts, document.meta.get("title", ""), document.meta.get("author", "")
        )
        doc.build(story)
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
            missing += check_text(body, block.text, "“" + section + "”一节")
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
            # A heading never ends a page: it needs room for itself and two lines after it
            # (a sub-heading below a heading, too). keepWithNext would instead carry a long
            # paragraph whole to the next page and leave a gap.
            story.append(CondPageBreak((5 if block.level == 1 else 3) * PITCH))
            story.append(GridText(block.text, style, block.text))
        elif isinstance(block, Paragraph):
            story.append(GridText(block.text, styles.body))
        elif isinstance(block, Signature):
            story.extend(_signature(block, styles))
    for number, table in enumerate(document.appendices, start=1):
        story.append(PageBreak())
        story.extend(_appendix(number, table, styles))
    if document.charts is not None:
        story.append(PageBreak())
        story.extend(_charts(document.charts, styles))
    return story


def _signature(block: Signature, styles: OfficialStyles) -> list[Flowable]:
    """GB/T 9704 7.3.5.2: the date 4 characters in from the right, each signer centred on it.

    A signer wider than the date is kept 2 characters in, and the date moves left to stay
    centred under it.
    """
    date_text = chinese_date(block.signed_on)
    chain = styles.body.chain

    def width(text: str) -> float:
        return sum(CELL if ord(c) > 0x2E7F else _natural(chain, c) for c in text)

    date_width = width(date_text)
    widest = max((width(line) for line in block.lines), default=0.0)
    centre_from_right = max(4 * CELL + date_width / 2, 2 * CELL + widest / 2)
    flowables: list[Flowable] = [Spacer(1, 2 * PITCH)]
    for line in (*block.lines, date_text):
        indent = (centre_from_right - width(line) / 2) / CELL
        style = GridStyle(chain, SIZE_3, PITCH, CELL, align="right", right_indent=indent)
        flowables.append(GridText(line, style, "落款"))
    return flowables


def _natural(chain: FontChain, char: str, size: float = SIZE_3) -> float:
    font = chain.font_for(char) or chain.primary
    return float(stringWidth(char, font.name, size))


def _appendix(number: int, table: LedgerTable, styles: OfficialStyles) -> list[Flowable]:
    label = GridText(f"附件{number}", styles.appendix_title, f"附件{number}")
    title = GridText(table.title, styles.title, table.title)
    widths = column_widths(table, styles.table_cell.chain, TYPE_WIDTH)
    grid = LedgerGrid(
        table.headers,
        table.rows,
        widths,
        styles.table_head,
        [styles.table_cell] * len(table.headers),
        f"附件“{table.title}”",
        TYPE_HEIGHT,
    )
    return [label, title, grid]


def column_widths(table: LedgerTable, chain: FontChain, total: float) -> list[float]:
    """Widths that fill *total*: every column fits its header (up to 4 characters) and its
    widest cell up to 7 characters (a date stays on one line); the space left goes to the
    columns whose text would still wrap (the topics), in proportion to what they lack."""
    pad = 6 + 1  # cell padding, and a point of slack

    def width(text: str) -> float:
        return sum(
            SIZE_SMALL_4 if ord(c) > 0x2E7F else _natural(chain, c, SIZE_SMALL_4) for c in text
        )

    widest = [
        max((width(row[i]) for row in table.rows), default=0.0) for i in range(len(table.headers))
    ]
    least = [
        max(min(width(h), 4 * SIZE_SMALL_4), min(w, 7 * SIZE_SMALL_4)) + pad
        for h, w in zip(table.headers, widest, strict=True)
    ]
    if sum(least) >= total:
        return [w * total / sum(least) for w in least]
    lacking = [max(0.0, w + pad - low) for w, low in zip(widest, least, strict=True)]
    spare = total - sum(least)
    if sum(lacking) > spare:
        return [low + spare * lack / sum(lacking) for low, lack in zip(least, lacking, strict=True)]
    rest = spare - sum(lacking)
    weights = table.widths if sum(table.widths) else tuple(1.0 for _ in least)
    return [
        low + lack + rest * weight / sum(weights)
        for low, lack, weight in zip(least, lacking, weights, strict=True)
    ]


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

"""The duty report as a Word document with named styles in the official fonts.

For units that edit before submitting. The styles name the official fonts (仿宋_GB2312,
黑体, 楷体_GB2312, 方正小标宋简体) with the East-Asian font set through ``w:eastAsia``, so
Word or WPS on an office PC shows them; the page setup matches GB/T 9704's margins and the
document grid of 22 lines × 28 characters.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
    chinese_date,
)
from branchdesk.reports.output import output_to

BODY_FONT = "仿宋_GB2312"
HEI_FONT = "黑体"
KAI_FONT = "楷体_GB2312"
TITLE_FONT = "方正小标宋简体"
SONG_FONT = "宋体"

# Style name -> (font, size in points, alignment, first-line indent in characters)
STYLES: dict[str, tuple[str, float, Any, int]] = {
    "公文标题": (TITLE_FONT, 22, WD_ALIGN_PARAGRAPH.CENTER, 0),
    "公文正文": (BODY_FONT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    "一级标题": (HEI_FONT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    "二级标题": (KAI_FONT, 16, WD_ALIGN_PARAGRAPH.JUSTIFY, 2),
    "落款": (BODY_FONT, 16, WD_ALIGN_PARAGRAPH.RIGHT, 0),
    "附件标题": (HEI_FONT, 16, WD_ALIGN_PARAGRAPH.LEFT, 0),
    "表格文字": (BODY_FONT, 12, WD_ALIGN_PARAGRAPH.LEFT, 0),
}
LINE_PITCH = 28.95  # points: 225 mm / 22 lines


@dataclass(frozen=True)
class DocxResult:
    fonts: tuple[str, ...]


def build_docx(document: ReportDocument, target: Path | io.BytesIO) -> DocxResult:
    doc = Document()
    _page_setup(doc)
    for name, spec in STYLES.items():
        _add_style(doc, name, *spec)
    for line in document.title.text.split("\n"):
        doc.add_paragraph(line, style="公文标题")
    doc.add_paragraph("", style="公文正文")
    for block in document.blocks:
        if isinstance(block, Heading):
            doc.add_paragraph(block.text, style="一级标题" if block.level == 1 else "二级标题")
        elif isinstance(block, Paragraph):
            doc.add_paragraph(block.text, style="公文正文")
        elif isinstance(block, Signature):
            _signature(doc, block)
    for number, table in enumerate(document.appendices, start=1):
        _appendix(doc, number, table)
    doc.core_properties.title = document.meta.get("title", "")
    doc.core_properties.author = document.meta.get("author", "")
    with output_to(target) as out:
        doc.save(out)
    return DocxResult((BODY_FONT, HEI_FONT, KAI_FONT, TITLE_FONT, SONG_FONT))


def _page_setup(doc: Any) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.left_margin = Mm(37), Mm(28)
    section.right_margin = Mm(210 - 28 - 156)
    section.bottom_margin = Mm(297 - 37 - 225)
    section.footer_distance = Mm(297 - 37 - 225 - 7 - 5)
    # The document grid: 22 lines of 28 characters, as Word's "文档网格" sets it.
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH * 20)))
    grid.set(qn("w:charSpace"), "-849")  # 156 mm / 28 characters at 16 pt
    section._sectPr.append(grid)
    _page_numbers(section)


def _page_numbers(section: Any) -> None:
    """ "— N —" in 4号 宋体, odd pages right and even pages left (different odd/even footers)."""
    section.even_page_footer.is_linked_to_previous = False
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        paragraph.paragraph_format.left_indent = Pt(14)
        paragraph.paragraph_format.right_indent = Pt(14)
        _run(paragraph, "— ")
        _field(paragraph, "PAGE")
        _run(paragraph, " —")
    settings = section.part.document.settings.element
    even_odd = OxmlElement("w:evenAndOddHeaders")
    settings.append(even_odd)


def _run(paragraph: Any, text: str) -> Any:
    run = paragraph.add_run(text)
    run.font.size = Pt(14)
    _east_asian(run._element, SONG_FONT)
    return run


def _field(paragraph: Any, code: str) -> None:
    run = _run(paragraph, "")
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind is not None:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._element.append(element)


def _east_asian(element: Any, font: str) -> None:
    """Name *font* for every script, East-Asian included (python-docx sets only w:ascii)."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _add_style(doc: Any, name: str, font: str, size: float, align: Any, indent: int) -> None:
    style = doc.styles.add_style(name, 1)  # WD_STYLE_TYPE.PARAGRAPH
    style.base_style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    _east_asian(style.element, font)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = fmt.space_after = Pt(0)
    if name != "表格文字":
        fmt.line_spacing = Pt(LINE_PITCH)
    if indent:
        fmt.first_line_indent = Pt(size * indent)


def _signature(doc: Any, block: Signature) -> None:
    doc.add_paragraph("", style="公文正文")
    doc.add_paragraph("", style="公文正文")
    for line in (*block.lines, chinese_date(block.signed_on)):
        paragraph = doc.add_paragraph(line, style="落款")
        paragraph.paragraph_format.right_indent = Pt(16 * 4)


def _appendix(doc: Any, number: int, table: LedgerTable) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph(f"附件{number}", style="附件标题")
    doc.add_paragraph(table.title, style="公文标题")
    grid = doc.add_table(rows=1, cols=len(table.headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = sum(table.widths) or 1.0
    for cell, header, width in zip(grid.rows[0].cells, table.headers, table.widths, strict=True):
        cell.width = Mm(156 * width / total)
        cell.paragraphs[0].style = doc.styles["表格文字"]
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.paragraphs[0].add_run(header).bold = True
    _repeat_header(grid.rows[0])
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.paragraphs[0].style = doc.styles["表格文字"]
            cell.paragraphs[0].add_run(text)


def _repeat_header(row: Any) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)

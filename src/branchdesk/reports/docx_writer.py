"""The duty report as a Word document with named styles in the official fonts.

For units that edit before submitting. The styles name the official fonts (仿宋_GB2312,
黑体, 楷体_GB2312, 方正小标宋简体) with the East-Asian font set through ``w:eastAsia`` (and
no theme font left to override it), so Word or WPS on an office PC shows them; the page
setup matches GB/T 9704's margins and the document grid of 22 lines × 28 characters; the
ledgers are fixed-layout tables with the PDF's column widths (docx_tables). Rendered by
LibreOffice with the PDF's fonts it takes about as many pages as the PDF
(tests/reports/test_docx_render.py).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
)
from branchdesk.reports.docx_tables import add_ledger, table_paragraph_format
from branchdesk.reports.output import output_to
from branchdesk.reports.shared_layout import em_measure, signature_lines

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
    "表头文字": (HEI_FONT, 12, WD_ALIGN_PARAGRAPH.CENTER, 0),
}
TABLE_STYLES = ("表格文字", "表头文字")
KEEP_WITH_NEXT = ("公文标题", "一级标题", "二级标题", "附件标题")
LINE_PITCH = 28.95  # points: 225 mm / 22 lines
CELL = 156 / 25.4 * 72 / 28  # points: 28 characters a line
CONDENSED = -5  # twentieths of a point between 3号 characters: 16 pt - 0.25 pt fits 28 a line
# What may follow w:autoSpaceDN in a w:pPr (ECMA-376 order).
_AFTER_AUTO_SPACE = ("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:jc")
# What may follow w:spacing in a w:rPr (ECMA-376 order).
_AFTER_RUN_SPACING = (
    *("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect"),
    *("w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang"),
    *("w:eastAsianLayout", "w:specVanish", "w:oMath"),
)


@dataclass(frozen=True)
class DocxResult:
    fonts: tuple[str, ...]


def build_docx(document: ReportDocument, target: Path | io.BytesIO) -> DocxResult:
    doc = Document()
    _defaults(doc)
    _page_setup(doc)
    for name, spec in STYLES.items():
        _add_style(doc, name, *spec)
    for line in document.title.text.split("\n"):
        doc.add_paragraph(line, style="公文标题")
    doc.add_paragraph("", style="公文正文")
    blocks = document.blocks
    for number, block in enumerate(blocks):
        if isinstance(block, Heading):
            doc.add_paragraph(block.text, style="一级标题" if block.level == 1 else "二级标题")
        elif isinstance(block, Paragraph):
            paragraph = doc.add_paragraph(style="公文正文")
            if block.run_in:  # a "（一）…。" heading run in: 楷体, then the body font
                east_asian(paragraph.add_run(block.text[: block.run_in])._element, KAI_FONT)
            paragraph.add_run(block.text[block.run_in :])
            if number + 1 < len(blocks) and isinstance(blocks[number + 1], Signature):
                # The signature never starts a page alone: the last lines go with it.
                paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, Signature):
            _signature(doc, block)
    for number, table in enumerate(document.appendices, start=1):
        _appendix(doc, number, table)
    doc.core_properties.title = document.meta.get("title", "")
    doc.core_properties.author = document.meta.get("author", "")
    with output_to(target) as out:
        doc.save(out)
    return DocxResult((BODY_FONT, HEI_FONT, KAI_FONT, TITLE_FONT, SONG_FONT))


def _defaults(doc: Any) -> None:
    """Document defaults and Normal in 3号 仿宋, Chinese: the template's theme fonts
    (w:eastAsiaTheme) would otherwise win over every named East-Asian font."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    set_fonts(fonts, BODY_FONT)
    for size in (rpr.find(qn("w:sz")), rpr.find(qn("w:szCs"))):
        size.set(qn("w:val"), "32")  # the grid's characters are measured from this size
    lang = rpr.find(qn("w:lang"))
    lang.set(qn("w:val"), "en-US")  # digits and Latin words: broken as words, not per digit
    lang.set(qn("w:eastAsia"), "zh-CN")
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    ppr.find(qn("w:spacing")).set(qn("w:after"), "0")
    _no_auto_space(ppr)
    normal = doc.styles["Normal"]
    normal.font.size = Pt(16)
    east_asian(normal.element, BODY_FONT)
    _no_auto_space(normal.element.get_or_add_pPr())


def _no_auto_space(ppr: Any) -> None:
    """No extra space between Chinese and digits or Latin, as the PDF sets them: with it a
    date no longer fits the column sized for it. (LibreOffice reads it from a style only.)"""
    for name in ("w:autoSpaceDE", "w:autoSpaceDN"):
        element = OxmlElement(name)
        element.set(qn("w:val"), "0")
        ppr.insert_element_before(element, *_AFTER_AUTO_SPACE)


def _page_setup(doc: Any) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.left_margin = Mm(37), Mm(28)
    section.right_margin = Mm(210 - 28 - 156)
    section.bottom_margin = Mm(297 - 37 - 225)
    section.footer_distance = Mm(297 - 37 - 225 - 7 - 5)
    # The document grid of 22 lines. Not a character grid ("linesAndChars"): LibreOffice
    # spaces every character over two cells of it, and 2号 or 小四 text does not fit it; the
    # 3号 styles are condensed instead (CONDENSED), so a line holds 28 characters anywhere.
    grid = section._sectPr.find(qn("w:docGrid"))
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(round(LINE_PITCH * 20)))
    grid.attrib.pop(qn("w:charSpace"), None)
    _page_numbers(doc, section)


def _page_numbers(doc: Any, section: Any) -> None:
    """ "— N —" in 4号 宋体, odd pages right and even pages left (different odd/even footers)."""
    doc.settings.odd_and_even_pages_header_footer = True
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


def _run(paragraph: Any, text: str) -> Any:
    run = paragraph.add_run(text)
    run.font.size = Pt(14)
    east_asian(run._element, SONG_FONT)
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


def east_asian(element: Any, font: str) -> None:
    """Name *font* for every script, East-Asian included (python-docx sets only w:ascii)."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    set_fonts(fonts, font)


def set_fonts(fonts: Any, font: str) -> None:
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)


def _add_style(doc: Any, name: str, font: str, size: float, align: Any, indent: int) -> None:
    style = doc.styles.add_style(name, 1)  # WD_STYLE_TYPE.PARAGRAPH
    style.base_style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    east_asian(style.element, font)
    fmt = style.paragraph_format
    fmt.alignment = align
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.keep_with_next = name in KEEP_WITH_NEXT
    _no_auto_space(style.element.get_or_add_pPr())
    if name in TABLE_STYLES:
        table_paragraph_format(style)
        return
    if size == 16:
        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(CONDENSED))
        style.element.get_or_add_rPr().insert_element_before(spacing, *_AFTER_RUN_SPACING)
    fmt.line_spacing = Pt(LINE_PITCH)
    if indent:
        fmt.first_line_indent = Pt(size * indent)


def _signature(doc: Any, block: Signature) -> None:
    """Two blank lines, then the signer's lines and the date placed as the PDF places them,
    all kept with the text before them."""
    for _ in range(2):
        doc.add_paragraph("", style="公文正文").paragraph_format.keep_with_next = True
    lines = signature_lines(block.lines, block.signed_on, em_measure(16), CELL)
    for number, (line, indent) in enumerate(lines):
        paragraph = doc.add_paragraph(line, style="落款")
        paragraph.paragraph_format.right_indent = Pt(indent)
        paragraph.paragraph_format.keep_with_next = number < len(lines) - 1


def _appendix(doc: Any, number: int, table: LedgerTable) -> None:
    label = doc.add_paragraph(f"附件{number}", style="附件标题")
    label.paragraph_format.page_break_before = True
    title = doc.add_paragraph(table.title, style="公文标题")
    title.paragraph_format.space_after = Pt(LINE_PITCH)  # a blank line, as in the PDF
    add_ledger(doc, table, "表格文字", "表头文字")

"""The appendix ledgers as Word tables that lay out as the PDF's do.

Word, WPS and LibreOffice size an autofit table from its contents, which for Chinese text
(breakable after every character) gave every column the same width and, in LibreOffice,
one character per line. Here the table has a fixed layout: its width, each grid column and
every cell carry the PDF's column widths; the header row repeats on each page; the cell text
is 小四 on exact line spacing, off the body's document grid.
"""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from branchdesk.reports.document import LedgerTable
from branchdesk.reports.shared_layout import CELL_PADDING, ledger_column_widths

TABLE_SIZE = 12.0  # 小四
TABLE_PITCH = TABLE_SIZE * 1.45  # as the PDF's table lines
TYPE_WIDTH_PT = 156 / 25.4 * 72
# What may follow w:snapToGrid in a w:pPr (ECMA-376 order; Word refuses others).
_AFTER_SNAP_TO_GRID = (
    *("w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap"),
    *("w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl"),
    *("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
)
# What may follow w:tblCellMar in a w:tblPr.
_AFTER_CELL_MARGINS = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def twips(points: float) -> int:
    return round(points * 20)


def add_ledger(doc: Any, table: LedgerTable, cell_style: str, head_style: str) -> Any:
    widths = [twips(w) for w in ledger_column_widths(table, TABLE_SIZE, TYPE_WIDTH_PT)]
    rows = table.rows or (("本年度无记录",) + ("",) * (len(table.headers) - 1),)
    grid = doc.add_table(rows=1 + len(rows), cols=len(table.headers))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    _fixed_layout(grid, widths)
    count = len(rows)
    for row_number, (row, texts) in enumerate(zip(grid.rows, (table.headers, *rows), strict=True)):
        _row_properties(row, header=row_number == 0)
        # The first three rows go with the header, and the last three stay together: no
        # page holds fewer than three rows of the table (as in the PDF).
        keep = row_number < min(3, count) or count - 2 <= row_number < count
        for cell, text, width in zip(row.cells, texts, widths, strict=True):
            cell.width = Twips(width)
            paragraph = cell.paragraphs[0]
            paragraph.style = doc.styles[head_style if row_number == 0 else cell_style]
            if row_number == 0 or _is_number(text):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = keep
            if text:
                paragraph.add_run(text)
    if not table.rows:
        first = grid.rows[1].cells
        first[0].merge(first[-1])
    return grid


def _fixed_layout(grid: Any, widths: list[int]) -> None:
    """tblW, cell margins and the grid columns' widths (`autofit = False` has set the
    fixed layout)."""
    properties = grid._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    if width is None:
        width = OxmlElement("w:tblW")
        properties.append(width)
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(widths)))
    margins = OxmlElement("w:tblCellMar")
    for side, points in (("top", 2.0), ("left", CELL_PADDING), ("bottom", 2.0),
                         ("right", CELL_PADDING)):  # fmt: skip
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(twips(points)))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties.insert_element_before(margins, *_AFTER_CELL_MARGINS)
    for column, value in zip(grid._tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        column.set(qn("w:w"), str(value))


def _row_properties(row: Any, *, header: bool) -> None:
    """The header row repeats on every page; a row is not broken across pages."""
    properties = row._tr.get_or_add_trPr()
    if header:
        element = OxmlElement("w:tblHeader")
        element.set(qn("w:val"), "true")
        properties.append(element)
    keep = OxmlElement("w:cantSplit")
    keep.set(qn("w:val"), "true")
    properties.append(keep)


def table_paragraph_format(style: Any) -> None:
    """Exact 小四 lines, off the body's document grid (which would space each line as a
    line of body text and each character as a body character)."""
    fmt = style.paragraph_format
    fmt.line_spacing = Pt(TABLE_PITCH)
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(0)
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    style.element.get_or_add_pPr().insert_element_before(snap, *_AFTER_SNAP_TO_GRID)


def _is_number(text: str) -> bool:
    return bool(text) and text.replace(".", "", 1).isdigit()

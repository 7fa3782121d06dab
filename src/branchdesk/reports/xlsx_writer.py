"""The year's ledgers as an Excel workbook: one sheet per record type, dates as real dates."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from branchdesk.reports.ledgers import Ledger
from branchdesk.reports.output import output_to

HEADER_FILL = PatternFill("solid", fgColor="F2DCDB")
THIN = Side(style="thin", color="999999")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DATE_FORMAT = "yyyy-mm-dd"
SHEET_NAME_LIMIT = 31  # Excel's limit
# A cell starting with one of these is a formula to Excel (and to openpyxl for "="): a
# roster's =HYPERLINK("http://…") would become a live link, =cmd|… worse.
FORMULA_STARTS = ("=", "+", "-", "@")


def as_text(cell: Any, value: str) -> None:
    """Store *value* as text, marked so (Excel's leading apostrophe) that editing the cell in
    Excel keeps it text."""
    cell.value = value
    cell.data_type = "s"
    cell.quotePrefix = True


def build_xlsx(ledgers: list[Ledger], year: int, target: Path | io.BytesIO) -> list[str]:
    """Write one sheet per ledger; return the sheet names in order."""
    book = Workbook()
    book.remove(book.active)
    for ledger in ledgers:
        _sheet(book, ledger, year)
    book.properties.title = f"{year}年度台账"
    book.properties.creator = "BranchDesk"
    with output_to(target) as out:
        book.save(out)
    return list(book.sheetnames)


def _sheet(book: Any, ledger: Ledger, year: int) -> None:
    sheet = book.create_sheet(ledger.title[:SHEET_NAME_LIMIT])
    sheet.append([f"{year}年度{ledger.title}"])
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(ledger.headers))
    sheet.append(list(ledger.headers))
    for column, _ in enumerate(ledger.headers, start=1):
        cell = sheet.cell(2, column)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.border = BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in ledger.rows:
        sheet.append(list(row))
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(sheet.max_row, column)
            cell.border = BORDER
            cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str))
            if isinstance(value, date):
                cell.number_format = DATE_FORMAT
            elif isinstance(value, str) and value.lstrip().startswith(FORMULA_STARTS):
                as_text(cell, value)
    for column, width in enumerate(ledger.widths, start=1):
        # Widths are in characters; a Chinese character is two Excel width units.
        sheet.column_dimensions[get_column_letter(column)].width = max(6, width * 2.2)
    sheet.freeze_panes = "A3"  # title and header rows stay in view
    sheet.print_title_rows = "2:2"

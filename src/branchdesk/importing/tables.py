"""A spreadsheet's cells, from .xlsx (openpyxl) or .csv/.txt text in UTF-8 (BOM or not),
UTF-16 with a BOM (Excel's "Unicode text") or GBK/GB18030.

Whatever the file holds, the result is either cells or one `UnreadableFileError`: a damaged
workbook, a file that is no text, or one beyond the limits never surfaces as a traceback.
The sheet is bounded by the cells it really holds, not by the size it declares (one stray
cell at XFD1048576 would otherwise ask for billions of cells), and a merged cell's value
fills every cell it covers (a party group merged down its members' rows).
"""

from __future__ import annotations

import csv
import io
import logging
import re
from pathlib import Path

from branchdesk.core.errors import FILE_MISSING, Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Cells = list[list[object]]
MAX_ROWS = 100_000  # far beyond any branch; stops a runaway sheet from eating memory
MAX_EMPTY_RUN = 1_000  # empty rows after which the table has ended
MAX_CELLS = 5_000_000  # up to the last filled cell of each row, all rows together
MAX_FILE_SIZE = 64 * 1024 * 1024  # a roster of 100,000 rows is a few MB
MAX_MERGED_CELLS = 1_000_000  # cells filled from merged ranges, all ranges together


OLD_FORMAT = QT_TRANSLATE_NOOP("UserError", "old Excel/WPS format; save it as .xlsx or .csv")
NOT_A_TABLE = QT_TRANSLATE_NOOP("UserError", "use an .xlsx or .csv file")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "UserError", "it is not text in UTF-8, UTF-16 or GBK; save it again as CSV UTF-8"
)
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "UserError", "it is not a readable .xlsx workbook (damaged, or another format)"
)
TOO_LARGE = QT_TRANSLATE_NOOP("UserError", "it is larger than {limit} MB")
TOO_MANY_ROWS = QT_TRANSLATE_NOOP("UserError", "it has more than {limit} rows")
TOO_MANY_CELLS = QT_TRANSLATE_NOOP("UserError", "it has more than {limit} cells")
NOT_CSV = QT_TRANSLATE_NOOP("UserError", "it is not a readable CSV table ({detail})")


class UnreadableFileError(UserError):
    def __init__(self, path: Path, detail: str | Message) -> None:
        super().__init__(
            Message(
                QT_TRANSLATE_NOOP(
                    "UserError", "Cannot read {file}: {detail}. Nothing was imported."
                ),
                {"file": path.name, "detail": detail},
            )
        )


def read_cells(path: Path) -> Cells:
    """Every row of the first sheet (or of the CSV), as cell values, trailing blanks cut."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UnreadableFileError(path, Message(FILE_MISSING))
    if suffix in {".xls", ".et", ".wps"}:
        raise UnreadableFileError(path, Message(OLD_FORMAT))
    if suffix not in {".xlsx", ".xlsm", ".csv", ".txt"}:
        raise UnreadableFileError(path, Message(NOT_A_TABLE))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UnreadableFileError(path, str(exc)) from exc
    if size > MAX_FILE_SIZE:
        raise UnreadableFileError(path, Message(TOO_LARGE, {"limit": MAX_FILE_SIZE >> 20}))
    rows = _read_xlsx(path) if suffix in {".xlsx", ".xlsm"} else _read_csv(path)
    return _trimmed(path, rows)


def _trimmed(path: Path, rows: Cells) -> Cells:
    """Rows without their trailing empty cells, and no empty rows at the end. The table
    ends at the first run of more than MAX_EMPTY_RUN empty rows: a cell far below it (one
    typed at row 1048576 by mistake) is not part of the roster."""
    result: Cells = []
    cells = empty_run = 0
    for row in rows:
        empty_run = 0 if any(not _blank(v) for v in row) else empty_run + 1
        if empty_run > MAX_EMPTY_RUN:
            break
        end = len(row)
        while end and _blank(row[end - 1]):
            end -= 1
        cells += end
        if cells > MAX_CELLS:
            raise UnreadableFileError(path, Message(TOO_MANY_CELLS, {"limit": MAX_CELLS}))
        result.append(row[:end] if end < len(row) else row)
    while result and not result[-1]:
        result.pop()
    return result


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def decode_text(data: bytes) -> str:
    """UTF-8 with or without a BOM, UTF-16 with a BOM, else GB18030 (a superset of GBK, as
    Excel saves it on a Chinese Windows). ValueError for anything else."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding, data = "utf-8", data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"  # the BOM says which byte order
    else:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            encoding = "gb18030"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError("neither UTF-8, UTF-16 nor GBK text") from exc
    if "\x00" in text:  # UTF-16 without a BOM, or a binary file, decodes to NULs
        raise ValueError("not text")
    return text


def _read_csv(path: Path) -> Cells:
    try:
        text = decode_text(path.read_bytes())
    except OSError as exc:
        raise UnreadableFileError(path, str(exc)) from exc
    except ValueError as exc:
        raise UnreadableFileError(path, Message(NOT_TEXT)) from exc
    # Excel for Mac ends lines with CR alone, which the csv module refuses.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",\t;"
        )
    except csv.Error:
        dialect = csv.excel
    rows: Cells = []
    limit = csv.field_size_limit()
    try:
        csv.field_size_limit(MAX_FILE_SIZE)  # a long cell is the row's problem, not the file's
        for row in csv.reader(io.StringIO(text), dialect):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise UnreadableFileError(path, Message(TOO_MANY_ROWS, {"limit": MAX_ROWS}))
    except csv.Error as exc:
        raise UnreadableFileError(path, Message(NOT_CSV, {"detail": exc})) from exc
    finally:
        csv.field_size_limit(limit)
    return rows


def _read_xlsx(path: Path) -> Cells:
    import openpyxl  # only when a workbook is read: it is slow to import

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        log.info("%s is not a readable workbook: %r", path, exc)
        raise UnreadableFileError(path, Message(NOT_A_WORKBOOK)) from exc
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # the declared size may be a lie (A1:XFD1048576)
        rows = _sheet_rows(path, sheet)
        _fill_merged(rows, _merged_ranges(book, sheet))
        return rows
    except UnreadableFileError:
        raise
    except Exception as exc:
        log.info("%s: sheet not readable: %r", path, exc)
        raise UnreadableFileError(path, Message(NOT_A_WORKBOOK)) from exc
    finally:
        book.close()


def _sheet_rows(path: Path, sheet: object) -> Cells:
    rows: Cells = []
    filled = empty_run = 0
    for row in sheet.iter_rows(min_row=1, min_col=1, values_only=True):  # type: ignore[attr-defined]
        if any(not _blank(value) for value in row):
            filled += 1
            if filled > MAX_ROWS:
                raise UnreadableFileError(path, Message(TOO_MANY_ROWS, {"limit": MAX_ROWS}))
            rows.append(list(row))
            empty_run = 0
        else:
            rows.append([])  # kept: the rows below keep their numbers
            empty_run += 1
            if empty_run > MAX_EMPTY_RUN:
                log.info("%s: content ends before %d empty rows; the rest is not read", path,
                         empty_run)  # fmt: skip
                break
    return rows


_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\"")


def _merged_ranges(book: object, sheet: object) -> list[tuple[int, int, int, int]]:
    """The merged ranges of the sheet as (first row, first column, last row, last column),
    0-based, read from its XML (openpyxl's read-only mode does not give them)."""
    from openpyxl.utils import column_index_from_string

    archive = book._archive  # type: ignore[attr-defined]
    source = archive.read(sheet._worksheet_path)  # type: ignore[attr-defined]
    ranges = []
    for col1, row1, col2, row2 in _MERGE.findall(source):
        first_col = column_index_from_string(col1.decode()) - 1
        last_col = column_index_from_string(col2.decode()) - 1
        ranges.append((int(row1) - 1, first_col, int(row2) - 1, last_col))
    return ranges


def _fill_merged(rows: Cells, ranges: list[tuple[int, int, int, int]]) -> None:
    """Give the cells below a merged range's top-left cell its value, in the rows the range
    covers that hold anything else: a group merged down its members' rows, a header merged
    over both rows of a two-row header. Across columns nothing is filled (a title spans the
    table, a note spans a row's remaining cells)."""
    budget = MAX_MERGED_CELLS
    for first_row, column, last_row, _ in ranges:
        if first_row >= len(rows) or column >= len(rows[first_row]):
            continue
        value = rows[first_row][column]
        if _blank(value):
            continue
        for row in rows[first_row + 1 : last_row + 1]:
            budget -= 1
            if budget < 0:
                return
            if not row:
                continue  # an empty row stays empty
            if column >= len(row):
                row.extend([None] * (column + 1 - len(row)))
            if _blank(row[column]):
                row[column] = value

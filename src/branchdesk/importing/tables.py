"""A spreadsheet's cells, from .xlsx (openpyxl) or .csv in UTF-8 (BOM or not) or GBK/GB18030."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from branchdesk.core.errors import FILE_MISSING, Message, UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP

Cells = list[list[object]]
MAX_ROWS = 100_000  # far beyond any branch; stops a runaway sheet from eating memory


OLD_FORMAT = QT_TRANSLATE_NOOP("UserError", "old Excel/WPS format; save it as .xlsx or .csv")
NOT_A_TABLE = QT_TRANSLATE_NOOP("UserError", "use an .xlsx or .csv file")


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
    """Every row of the first sheet (or of the CSV), as cell values."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UnreadableFileError(path, Message(FILE_MISSING))
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path)
    if suffix in {".csv", ".txt"}:
        return _read_csv(path)
    if suffix in {".xls", ".et", ".wps"}:
        raise UnreadableFileError(path, Message(OLD_FORMAT))
    raise UnreadableFileError(path, Message(NOT_A_TABLE))


def decode_text(data: bytes) -> str:
    """UTF-8 with or without a BOM, else GB18030 (a superset of GBK, as Excel saves it on a
    Chinese Windows)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValueError("neither UTF-8 nor GBK text") from exc


def _read_csv(path: Path) -> Cells:
    try:
        text = decode_text(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise UnreadableFileError(path, str(exc)) from exc
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",\t;"
        )
    except csv.Error:
        dialect = csv.excel
    rows: Cells = []
    for row in csv.reader(io.StringIO(text), dialect):
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise UnreadableFileError(path, f"more than {MAX_ROWS} rows")
    return rows


def _read_xlsx(path: Path) -> Cells:
    import openpyxl  # only when a workbook is read: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise UnreadableFileError(path, f"not a readable .xlsx workbook ({exc})") from exc
    try:
        sheet = book.worksheets[0]
        rows: Cells = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise UnreadableFileError(path, f"more than {MAX_ROWS} rows")
        return rows
    finally:
        book.close()

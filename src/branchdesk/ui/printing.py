"""Printing a PDF (the report) through the system's printer dialog.

Each page is rendered at no more than PRINT_DPI (a 600 dpi printer would otherwise get a
139 MB image per page) and drawn over the whole sheet: the PDF carries the document's own
margins, so the painter starts at the paper's corner (full page), not at the corner of the
printer's printable area, which would shift the page by the printer's margin and clip it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300


def prepare_printer(printer: QPrinter, pdf: QPdfDocument) -> None:
    """Before the dialog: the document's paper (A4) and orientation, and full-page painting."""
    if pdf.pageCount() > 0:
        points = pdf.pagePointSize(0)
        size = QPageSize(
            QSizeF(min(points.width(), points.height()), max(points.width(), points.height())),
            QPageSize.Unit.Point,
            "",
            QPageSize.SizeMatchPolicy.FuzzyMatch,
        )
        printer.setPageSize(size)
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape
            if points.width() > points.height()
            else QPageLayout.Orientation.Portrait
        )
    printer.setFullPage(True)


def render_dpi(printer: QPrinter) -> int:
    return min(printer.resolution(), PRINT_DPI)


def print_pdf(pdf: QPdfDocument, printer: QPrinter) -> None:
    """Each page at its real size over the whole sheet (A4 stays A4, margins its own)."""
    printer.setFullPage(True)
    dpi = render_dpi(printer)
    painter = QPainter(printer)
    try:
        for index in range(pdf.pageCount()):
            if index:
                printer.newPage()
            points = pdf.pagePointSize(index)
            image = pdf.render(index, (points * dpi / 72).toSize())
            device = points * printer.resolution() / 72
            painter.drawImage(QRectF(QPointF(0, 0), device), image)
    finally:
        painter.end()

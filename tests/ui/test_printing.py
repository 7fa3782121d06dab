"""Printing through QPrinter (to a PDF file, imitating a 600 dpi printer with 10 mm
unprintable margins): A4, the document's own margins, rendered at 300 dpi or less."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from branchdesk.ui.printing import PRINT_DPI, prepare_printer, print_pdf

MARGIN_MM = 28  # the report's left margin (GB/T 9704)


def _document(path: Path) -> None:
    """One A4 page with a black box whose left edge is at the document's margin."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.rect(MARGIN_MM * mm, 37 * mm, 40 * mm, 20 * mm, fill=1)
    page.showPage()
    page.save()


def test_printing_keeps_a4_the_documents_margins_and_at_most_300_dpi(qapp, tmp_path: Path) -> None:
    source, printed = tmp_path / "report.pdf", tmp_path / "printed.pdf"
    _document(source)
    pdf = QPdfDocument()
    pdf.load(str(source))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setResolution(600)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))  # the printer's default
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter)
    prepare_printer(printer, pdf)
    print_pdf(pdf, printer)
    pdf.close()
    with pdfplumber.open(printed) as out:
        page = out.pages[0]
        assert (round(page.width), round(page.height)) == (595, 842)  # A4, not Letter
        (image,) = page.images
        assert abs(image["x0"]) < 1 and abs(image["top"]) < 1  # from the paper's corner
        assert abs(image["x1"] - page.width) < 1 and abs(image["bottom"] - page.height) < 1
        pixels_wide = image["srcsize"][0]
        assert pixels_wide <= round(A4[0] / 72 * PRINT_DPI) + 1
        assert pixels_wide >= round(A4[0] / 72 * 150)  # still sharp

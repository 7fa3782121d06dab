"""The DOCX lays out like the PDF: fixed table columns, official fonts, and, rendered by
LibreOffice with the PDF's fonts, about as many pages.

LibreOffice (writer, headless) is installed by ./dev.sh. Without it the rendering tests skip
on a developer's machine and fail in CI (CI=true), so CI never passes without rendering.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from branchdesk.demo import DemoSize, fill_demo
from branchdesk.reports.annual import ReportFormat, build_report
from branchdesk.reports.docx_writer import BODY_FONT, HEI_FONT, KAI_FONT, TITLE_FONT
from branchdesk.reports.fonts import resolve_fonts
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

FONTS_CONF = Path(__file__).parent / "fontconfig" / "fonts.conf"
TYPE_WIDTH_TWIPS = round(156 / 25.4 * 72 * 20)
YEAR = 2025  # the last full year of the demo branches


def _build(ws: Workspace, folder: Path, fmt: ReportFormat) -> Path:
    target = folder / f"report.{fmt.value}"
    records = ws.year_records(YEAR, DEMO_TODAY)
    texts = ws.report_texts.for_year(YEAR)
    fonts = resolve_fonts(use_system=False) if fmt == ReportFormat.PDF else None
    build_report(records, texts, fonts, target, fmt)
    return target


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    folder = tmp_path_factory.mktemp("demo-report")
    ws = Workspace.open(folder / "data")
    fill_demo(ws, today=DEMO_TODAY)
    yield _build(ws, folder, ReportFormat.PDF), _build(ws, folder, ReportFormat.DOCX)
    ws.close()


def _soffice() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        message = "LibreOffice (soffice) is not installed: ./dev.sh installs it"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return exe


def render_with_libreoffice(document: Path, folder: Path) -> Path:
    """*document* as a PDF by LibreOffice, measuring with the shipped fonts under the
    official names (fontconfig/fonts.conf), in a profile of its own."""
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}
    folder = folder / "libreoffice"  # not beside the PDF of the same name
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(folder), str(document)],
        env=env, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return folder / (document.stem + ".pdf")


def _pages(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def _fonts(path: Path) -> set[str]:
    with pdfplumber.open(path) as pdf:
        return {c["fontname"].split("+")[-1] for page in pdf.pages for c in page.chars}


def _assert_pages_close(pdf: Path, document: Path, folder: Path) -> None:
    rendered = render_with_libreoffice(document, folder)
    assert rendered != pdf
    # LibreOffice measured with the shipped fonts, found through the official names.
    assert _fonts(rendered) <= {"UMingCN", "UKaiCN", "WenQuanYiMicroHei"}, _fonts(rendered)
    expected, got = _pages(pdf), _pages(rendered)
    assert abs(got - expected) <= 0.15 * expected, f"PDF {expected} pages, DOCX {got}"


@pytest.mark.slow
def test_the_demo_docx_renders_to_about_as_many_pages_as_the_pdf(
    demo_reports: tuple[Path, Path], tmp_path: Path
) -> None:
    pdf, document = demo_reports
    _assert_pages_close(pdf, document, tmp_path)


@pytest.mark.slow
def test_the_heavy_year_docx_renders_to_about_as_many_pages_as_the_pdf(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    _soffice()  # before the ten seconds of the heavy demo
    folder = tmp_path_factory.mktemp("heavy-report")
    ws = Workspace.open(folder / "data")
    try:
        fill_demo(ws, size=DemoSize.HEAVY, today=DEMO_TODAY)
        pdf = _build(ws, folder, ReportFormat.PDF)
        document = _build(ws, folder, ReportFormat.DOCX)
    finally:
        ws.close()
    assert _pages(pdf) >= 25  # the year that rendered as 181 pages of one-character lines
    _assert_pages_close(pdf, document, folder)


def test_every_table_has_a_fixed_layout_and_every_cell_its_columns_width(
    demo_reports: tuple[Path, Path],
) -> None:
    document = docx.Document(str(demo_reports[1]))
    # the five ledgers of the appendices, the dues' and the 发展党员工作台账
    assert len(document.tables) == 7
    for table in document.tables:
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert abs(sum(grid) - TYPE_WIDTH_TWIPS) <= len(grid), "the columns fill the type area"
        assert len(set(grid)) > 2, f"columns sized by their contents, not equal: {grid}"
        width = tbl.tblPr.find(qn("w:tblW"))
        assert width.get(qn("w:type")) == "dxa" and int(width.get(qn("w:w"))) == sum(grid)
        header = tbl.tr_lst[0].trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"
        for tr in tbl.tr_lst:
            column = 0
            for tc in tr.tc_lst:
                tcw = tc.tcPr.find(qn("w:tcW"))
                span = tc.grid_span
                assert tcw.get(qn("w:type")) == "dxa"
                assert int(tcw.get(qn("w:w"))) == sum(grid[column : column + span])
                column += span
            assert column == len(grid)


def test_the_official_fonts_are_named_for_east_asian_text(demo_reports: tuple[Path, Path]) -> None:
    document = docx.Document(str(demo_reports[1]))
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    default_fonts = defaults.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert default_fonts.get(qn("w:eastAsiaTheme")) is None, "a theme font would win"
    assert default_fonts.get(qn("w:eastAsia")) == BODY_FONT
    for name, font in (
        ("Normal", BODY_FONT),
        ("公文正文", BODY_FONT),
        ("一级标题", HEI_FONT),
        ("二级标题", KAI_FONT),
        ("公文标题", TITLE_FONT),
        ("落款", BODY_FONT),
        ("表格文字", BODY_FONT),
        ("表头文字", HEI_FONT),
    ):
        fonts = styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == font, name
        assert fonts.get(qn("w:ascii")) == font, name
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            fonts = run._element.rPr.find(qn("w:rFonts")) if run._element.rPr is not None else None
            assert fonts is None or fonts.get(qn("w:eastAsiaTheme")) is None


def test_page_set_up_and_page_numbers_match_the_pdf(demo_reports: tuple[Path, Path]) -> None:
    document = docx.Document(str(demo_reports[1]))
    section = document.sections[0]
    assert [round(v.mm) for v in (section.top_margin, section.left_margin)] == [37, 28]
    assert round(section.page_width.mm - section.left_margin.mm - section.right_margin.mm) == 156
    assert round(section.page_height.mm - section.top_margin.mm - section.bottom_margin.mm) == 225
    assert document.settings.odd_and_even_pages_header_footer
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        [paragraph] = footer.paragraphs
        assert paragraph.alignment.name.lower() == side
        assert "PAGE" in paragraph._p.xml and paragraph.text == "—  —"

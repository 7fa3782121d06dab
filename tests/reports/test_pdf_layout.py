"""The PDF's geometry against GB/T 9704-2012, on a synthetic document."""

from datetime import date
from pathlib import Path

import pytest

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
    Title,
)
from branchdesk.reports.fonts import FontRole, MissingGlyphsError, resolve_fonts
from branchdesk.reports.pdf.annual import build_pdf
from tests.reports import pdf_checks

SENTENCE = "我支部全年召开支部党员大会4次、支委会12次，党员王赟、李喆、张堃、陈旻、刘玥按时参加。"


def _document(paragraphs: int = 12, rows: int = 60) -> ReportDocument:
    blocks = [Heading(1, "一、基本情况"), Heading(2, "（一）组织建设")]
    blocks += [Paragraph(SENTENCE * 3) for _ in range(paragraphs)]
    blocks.append(Signature(("中共某某社会组织支部委员会", "书记：周建国"), date(2026, 1, 5)))
    table = LedgerTable(
        "会议台账",
        ("序号", "日期", "主题"),
        tuple((str(i), "2025年3月5日", "学习王赟同志事迹") for i in range(rows)),
        (1, 2, 5),
    )
    return ReportDocument(Title("某某党支部书记\n2025年度述职报告"), tuple(blocks), (table,))


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "layout.pdf"
    build_pdf(_document(), resolve_fonts(use_system=False), path)
    return path


def test_pages_are_a4_with_text_inside_the_type_area(pdf: Path) -> None:
    pages = pdf_checks.read_pages(pdf)
    assert len(pages) >= 4
    for page in pages:
        assert page.size == pytest.approx(pdf_checks.A4, abs=0.5)
        assert pdf_checks.outside_type_area(page) == []


def test_body_is_16pt_on_22_lines_and_the_title_22pt(pdf: Path) -> None:
    first, second = pdf_checks.read_pages(pdf)[:2]
    assert any(abs(c["size"] - 22) < 0.2 for c in first.text_chars)
    assert len(second.lines_of(16)) == 22
    baseline = second.lines_of(16)[3]
    full_line = [
        c for c in second.text_chars if abs(second.size[1] - c["matrix"][5] - baseline) < 0.2
    ]
    assert len(full_line) >= 26  # 28 cells; digits are half width


def test_first_line_is_indented_two_characters(pdf: Path) -> None:
    first = pdf_checks.read_pages(pdf)[0]
    heading = next(c for c in first.text_chars if c["text"] == "一")
    assert heading["x0"] == pytest.approx(pdf_checks.LEFT + 2 * pdf_checks.WIDTH / 28, abs=0.5)


def test_page_numbers_alternate_sides_7mm_below_the_type_area(pdf: Path) -> None:
    pages = pdf_checks.read_pages(pdf)
    for page in pages:
        assert pdf_checks.page_number_text(page) == f"—{page.number}—"
        expected = "right" if page.number % 2 else "left"
        assert pdf_checks.page_number_side(page) == expected
        assert pdf_checks.page_number_gap_mm(page) == pytest.approx(7, abs=0.6)


def test_every_font_is_embedded_as_a_subset(pdf: Path) -> None:
    fonts = pdf_checks.pdffonts(pdf)
    assert fonts
    assert all(f["emb"] == "yes" and f["sub"] == "yes" for f in fonts), fonts
    with pdf_checks.pdfplumber.open(pdf) as doc:
        names = {c["fontname"] for page in doc.pages for c in page.chars}
    assert all("+" in name for name in names), names


def test_appendix_tables_repeat_their_header_row(pdf: Path) -> None:
    pages = pdf_checks.read_pages(pdf)
    table_pages = [p for p in pages if any(c["text"] == "序" for c in p.text_chars)]
    assert len(table_pages) >= 2


def test_rare_name_characters_are_drawn_with_glyphs_of_the_embedded_font(pdf: Path) -> None:
    fonts = resolve_fonts(use_system=False)
    with pdf_checks.pdfplumber.open(pdf) as doc:
        chars = [c for page in doc.pages for c in page.chars if c["text"] in "赟喆堃旻玥"]
    assert {c["text"] for c in chars} == set("赟喆堃旻玥")
    body = fonts.chain(FontRole.BODY)
    for char in "赟喆堃旻玥":
        assert body.primary.has(char)
    assert all(c["fontname"].endswith(body.primary.family) for c in chars)


def test_a_character_no_font_has_stops_the_build_with_its_place(tmp_path: Path) -> None:
    document = ReportDocument(Title("报告"), (Heading(1, "一、基本情况"), Paragraph("党员𠀀")))
    with pytest.raises(MissingGlyphsError, match="基本情况"):
        build_pdf(document, resolve_fonts(use_system=False), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def _table_pages(table: LedgerTable, path: Path) -> list[pdf_checks.PageFacts]:
    """The pages of a document holding just *table* (its first page is the title's)."""
    build_pdf(ReportDocument(Title("台账"), (), (table,)), resolve_fonts(use_system=False), path)
    return pdf_checks.read_pages(path)[1:]


def test_every_appendix_page_starts_with_the_header_and_long_cells_wrap_inside(
    tmp_path: Path,
) -> None:
    topic = "学习王赟同志事迹，围绕社会组织党建工作如何与业务工作深度融合开展专题讨论交流"
    rows = tuple((str(i), "2025年3月5日", topic if i == 7 else "学习") for i in range(1, 80))
    pages = _table_pages(
        LedgerTable("会议台账", ("序号", "日期", "主题"), rows, (1, 2, 5)), tmp_path / "l.pdf"
    )
    assert len(pages) >= 3
    for page in pages:
        assert pdf_checks.outside_type_area(page) == []
        cells = sorted(
            (c for c in page.text_chars if abs(c["size"] - 12) < 0.2),
            key=lambda c: (round(c["top"]), c["x0"]),
        )
        assert "".join(c["text"] for c in cells[:6]) == "序号日期主题", page.number
    # Row 7's long topic wraps onto a second line within the type area, and its number is
    # centred between those two lines.
    first = pages[0]
    marks = [c for c in first.text_chars if c["text"] in "赟讨"]
    assert len({round(c["top"]) for c in marks}) == 2
    seven = next(c for c in first.text_chars if c["text"] == "7" and c["x0"] < pdf_checks.LEFT + 30)
    middle = (seven["top"] + seven["bottom"]) / 2
    tops = sorted(c["top"] for c in marks)
    bottoms = sorted(c["bottom"] for c in marks)
    assert tops[0] < middle < bottoms[-1]


def test_an_empty_appendix_says_so_across_the_table(tmp_path: Path) -> None:
    table = LedgerTable("谈心谈话台账", ("序号", "日期", "对象"), (), (1, 2, 3))
    [page] = _table_pages(table, tmp_path / "empty.pdf")
    note = [c for c in page.text_chars if c["text"] in "本年度无记录"]
    assert "".join(c["text"] for c in sorted(note, key=lambda c: c["x0"])) == "本年度无记录"
    middle = (min(c["x0"] for c in note) + max(c["x1"] for c in note)) / 2
    assert middle == pytest.approx(pdf_checks.LEFT + pdf_checks.WIDTH / 2, abs=2)


def test_a_ledger_row_longer_than_a_page_is_broken_between_its_lines(tmp_path: Path) -> None:
    """A topic pasted with pages of text still prints, every character of it, on the grid."""
    topic = "学习王赟同志事迹" * 200  # 1600 characters: about two pages of one cell
    rows = (("1", "2025年3月5日", topic), ("2", "2025年3月6日", "学习"))
    table = LedgerTable("会议台账", ("序号", "日期", "主题"), rows, (1, 2, 5))
    pages = _table_pages(table, tmp_path / "tall.pdf")
    assert len(pages) >= 2
    for page in pages:
        assert pdf_checks.outside_type_area(page) == []
    cells = [c for page in pages for c in page.text_chars if abs(c["size"] - 12) < 0.2]
    assert sum(1 for c in cells if c["text"] == "赟") == 200
    assert "".join(c["text"] for c in cells).count("序号日期主题") == len(pages)


def test_a_latin_word_longer_than_a_line_breaks_inside_the_type_area(tmp_path: Path) -> None:
    """A pasted web address (or any Latin run without spaces) was one unbreakable word: it ran
    off the right edge of the page, and out of its column in an appendix table."""
    url = "https://www.12371.cn/2026/03/05/ARTI1709625461234567/index.shtml?source=xuexiqiangguo"
    document = ReportDocument(
        Title("报告"),
        (Heading(1, "一、基本情况"), Paragraph("学习材料见" + url + "。")),
        (LedgerTable("学习台账", ("序号", "链接", "日期"), (("1", url, "3月5日"),), (1, 3, 2)),),
    )
    path = tmp_path / "url.pdf"
    build_pdf(document, resolve_fonts(use_system=False), path)
    pages = pdf_checks.read_pages(path)
    for page in pages:
        assert pdf_checks.outside_type_area(page) == []
    drawn = "".join(c["text"] for page in pages for c in page.text_chars)
    assert all(drawn.count(char) >= 2 * url.count(char) for char in set(url))  # none lost
    table = pages[-1]
    dates = [c for c in table.text_chars if c["text"] == "月"]
    link = [c for c in table.text_chars if c["text"] == "w" and abs(c["size"] - 12) < 0.2]
    assert link and dates and max(c["x1"] for c in link) < min(c["x0"] for c in dates)

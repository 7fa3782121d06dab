"""What stays together across a page break, read from the built PDF (GB/T 9704).

The signature never starts a page; no page ends with a heading; no page holds fewer than
three rows of a ledger; a table of fewer than four rows is never split.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from branchdesk.reports.document import (
    Block,
    Heading,
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
    Title,
)
from branchdesk.reports.fonts import FontSet, resolve_fonts
from branchdesk.reports.pdf.annual import build_pdf
from branchdesk.reports.pdf.ledger_grid import LedgerGrid
from branchdesk.reports.pdf.official import TYPE_HEIGHT, TYPE_WIDTH, OfficialStyles

ONE_LINE = "支部按计划召开支委会，研究部署下一阶段工作。"  # 22 characters: one line
LAST = "全年工作表明，支部书记抓党建工作责任落实到位，" * 3  # three lines
SIGNER = ("中共某某社会组织支部委员会", "书记：周建国")
SIGNED = "2026年1月5日"
HEADINGS = ("一、基本情况", "（一）组织建设", "二、履职情况", "（二）教育培训")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return resolve_fonts(use_system=False)


def _page_lines(path: Path) -> list[list[str]]:
    """Each page's lines of text, without the page number."""
    with pdfplumber.open(path) as pdf:
        pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    return [[line.replace(" ", "") for line in page if "—" not in line] for page in pages]


def _report(before: int, between: int) -> ReportDocument:
    blocks: list[Block] = [Heading(1, HEADINGS[0]), Heading(2, HEADINGS[1])]
    blocks += [Paragraph(ONE_LINE)] * before
    blocks += [Heading(1, HEADINGS[2]), Heading(2, HEADINGS[3])]
    blocks += [Paragraph(ONE_LINE)] * between
    blocks += [Paragraph(LAST), Signature(SIGNER, date(2026, 1, 5))]
    return ReportDocument(Title("某某党支部书记\n2025年度述职报告"), tuple(blocks))


@pytest.mark.slow
@pytest.mark.parametrize("before", [12, 13, 14, 15, 16, 17])
def test_the_signature_never_starts_a_page_and_no_page_ends_with_a_heading(
    before: int, fonts: FontSet, tmp_path: Path
) -> None:
    # Every position of the headings and of the signature against the page end is tried.
    for between in range(0, 23):
        path = tmp_path / f"r{before}-{between}.pdf"
        build_pdf(_report(before, between), fonts, path)
        pages = _page_lines(path)
        [signed_page] = [page for page in pages if SIGNED in page]
        assert all(line in signed_page for line in SIGNER), (before, between, pages)
        first_signer = signed_page.index(SIGNER[0])
        assert first_signer > 0, f"the signature starts a page ({before}, {between})"
        assert signed_page[first_signer - 1] in LAST, "the last lines of text go with it"
        for number, page in enumerate(pages[:-1], start=1):
            assert page[-1] not in HEADINGS, f"page {number} ends with {page[-1]}"


def _ledger_pdf(rows: int, fonts: FontSet, path: Path) -> list[list[int]]:
    table = LedgerTable(
        "会议台账",
        ("行", "日期", "主题"),
        tuple((f"第{i}行", "2025年3月5日", "学习党的二十届三中全会精神") for i in range(rows)),
        (1, 2, 5),
    )
    build_pdf(ReportDocument(Title("台账"), (), (table,)), fonts, path)
    with pdfplumber.open(path) as pdf:
        found = [re.findall(r"第(\d+)行", page.extract_text() or "") for page in pdf.pages]
    return [[int(n) for n in numbers] for numbers in found if numbers]


def test_no_ledger_page_holds_fewer_than_three_rows(fonts: FontSet, tmp_path: Path) -> None:
    first, second = (len(page) for page in _ledger_pdf(100, fonts, tmp_path / "full.pdf")[:2])
    # Row counts that would leave one or two rows alone on the next page or the one after.
    for rows in (first + 1, first + 2, first + 3, first + second + 1, first + second + 2):
        pages = _ledger_pdf(rows, fonts, tmp_path / f"{rows}.pdf")
        assert [n for page in pages for n in page] == list(range(rows)), "every row, in order"
        assert len(pages) > 1
        assert min(len(page) for page in pages) >= 3, (rows, [len(p) for p in pages])


def test_a_table_of_fewer_than_four_rows_moves_whole(fonts: FontSet) -> None:
    styles = OfficialStyles(fonts)
    row = ("1", "2025年3月5日", "学习")
    widths = (TYPE_WIDTH / 4, TYPE_WIDTH / 4, TYPE_WIDTH / 2)
    cells = [styles.table_cell] * 3

    def grid(rows: int) -> LedgerGrid:
        return LedgerGrid(
            ("序号", "日期", "主题"), [row] * rows, widths, styles.table_head, cells, "台账",
            TYPE_HEIGHT, min_rows=3,
        )  # fmt: skip

    room_for_two_rows = grid(2).height + 1
    assert grid(3).split(TYPE_WIDTH, room_for_two_rows) == []
    assert grid(5).split(TYPE_WIDTH, room_for_two_rows) == []
    assert [len(part._rows) for part in grid(6).split(TYPE_WIDTH, grid(4).height + 1)] == [3, 3]

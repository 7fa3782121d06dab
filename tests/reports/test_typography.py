"""Nested quotes, run-in headings, prompts left in, and the layout entries of the check."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn

from branchdesk.reports.document import (
    Heading,
    LedgerTable,
    Paragraph,
    ReportDocument,
    Signature,
    Title,
)
from branchdesk.reports.docx_writer import KAI_FONT, build_docx
from branchdesk.reports.fonts import FontSet, resolve_fonts
from branchdesk.reports.layout_check import layout_entries, placeholders
from branchdesk.reports.narrative import text_blocks
from branchdesk.reports.pdf.annual import build_pdf
from branchdesk.reports.pdf.grid import PROMPT_HIGHLIGHT
from branchdesk.reports.typography import nest_quotes

TITLE = Title("某某党支部书记\n2025年度抓基层党建工作述职报告")


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return resolve_fonts(use_system=False)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("参加“学习“七一”重要讲话”专题培训", "参加“学习‘七一’重要讲话”专题培训"),
        ("“一‘二“三”二’一”", "“一‘二“三”二’一”"),
        ("“三会一课”和“主题党日”", "“三会一课”和“主题党日”"),
        ("‘单引号’开头", "“单引号”开头"),
    ],
)
def test_quotes_alternate_by_depth(typed: str, printed: str) -> None:
    assert nest_quotes(typed) == printed


def test_the_report_prints_a_quote_inside_a_quote_with_single_marks(
    fonts: FontSet, tmp_path: Path
) -> None:
    blocks = text_blocks("本人参加上级集中培训1次（“2025年“七一”专题党课”）。")
    path = tmp_path / "q.pdf"
    build_pdf(ReportDocument(TITLE, tuple(blocks)), fonts, path)
    with pdfplumber.open(path) as pdf:
        text = (pdf.pages[0].extract_text() or "").replace("\n", "")
    assert "“2025年‘七一’专题党课”" in text


def test_a_run_in_heading_is_kai_and_the_text_after_it_the_body_font(
    fonts: FontSet, tmp_path: Path
) -> None:
    [block] = text_blocks("（一）加强组织建设。全年召开支委会12次，研究党员发展等事项。")
    assert block == Paragraph(block.text, run_in=len("（一）加强组织建设。"))
    assert text_blocks("（二）严格开展民主评议党员") == [Heading(2, "（二）严格开展民主评议党员")]
    path = tmp_path / "r.pdf"
    build_pdf(ReportDocument(TITLE, (block,)), fonts, path)
    with pdfplumber.open(path) as pdf:
        chars = [c for c in pdf.pages[0].chars if abs(c["size"] - 16) < 0.2]
    fonts_of = {c["text"]: c["fontname"].split("+")[-1] for c in chars}
    assert fonts_of["加"] == fonts_of["设"] == "UKaiCN"  # the heading words
    assert fonts_of["全"] == fonts_of["研"] == "UMingCN"  # the body after them

    target = tmp_path / "r.docx"
    build_docx(ReportDocument(TITLE, (block,)), target)
    [paragraph] = [p for p in docx.Document(str(target)).paragraphs if "支委会" in p.text]
    heading, body = paragraph.runs
    assert heading.text == "（一）加强组织建设。"
    assert heading._element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == KAI_FONT
    assert body.text.startswith("全年") and body._element.rPr is None  # the style's 仿宋


def _highlighted(path: Path) -> str:
    """The characters drawn over a highlight, in reading order."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        marks = [
            r
            for r in page.rects
            if tuple(round(v, 2) for v in r.get("non_stroking_color") or ()) == PROMPT_HIGHLIGHT
        ]
        return "".join(
            c["text"]
            for c in page.chars
            if any(
                m["x0"] <= (c["x0"] + c["x1"]) / 2 <= m["x1"]
                and m["top"] <= (c["top"] + c["bottom"]) / 2 <= m["bottom"]
                for m in marks
            )
        )


def test_a_prompt_is_highlighted_in_the_preview_only(fonts: FontSet, tmp_path: Path) -> None:
    text = "对照年度党建工作要求，支部工作还存在一些差距：【请结合实际填写】，另有【请填写】。"
    document = ReportDocument(TITLE, (Paragraph(text),))
    preview, export = tmp_path / "preview.pdf", tmp_path / "export.pdf"
    build_pdf(document, fonts, preview, preview=True)
    build_pdf(document, fonts, export)
    # The first prompt runs over the end of the first line: both parts are marked.
    assert _highlighted(preview) == "【请结合实际填写】【请填写】"
    assert _highlighted(export) == ""


def test_the_check_lists_prompts_and_layout_problems() -> None:
    long_row = ("1", "2025年3月5日", "很长的会议纪要" * 400)
    document = ReportDocument(
        Title("某某党支部书记2025年度抓基层党建工作\n述职报告"),  # wider line on top
        (
            Heading(1, "四、存在问题及原因分析"),
            Paragraph("支部工作还存在一些差距：【请结合实际填写】。"),
            Paragraph("学习“七一”讲话精神“。"),
            Signature(("书记：【请填写】",), date(2026, 1, 5)),
        ),
        (LedgerTable("会议台账", ("序号", "日期", "纪要"), (long_row,), (1, 2, 5)),),
    )
    problems, signature = placeholders(document)
    assert problems == (
        "placeholder",
        "section:problems",
        "“四、存在问题及原因分析”中仍有待填写的提示：【请结合实际填写】",
    )
    assert signature == ("placeholder", "section:signature", "“落款”中仍有待填写的提示：【请填写】")
    kinds = [(kind, where) for kind, where, _ in layout_entries(document)]
    assert kinds == [
        ("placeholder", "section:problems"),
        ("placeholder", "section:signature"),
        ("layout", "report"),  # the title is not a trapezoid or diamond
        ("layout", "section:problems"),  # the unpaired quote
        ("layout", "report"),  # the row longer than a page
    ]


def test_a_report_without_problems_lists_none() -> None:
    document = ReportDocument(
        TITLE,
        (Heading(1, "一、基本情况"), Paragraph("全年召开“三会一课”24次。")),
        (LedgerTable("会议台账", ("序号", "日期"), (("1", "2025年3月5日"),), (1, 2)),),
    )
    assert layout_entries(document) == []

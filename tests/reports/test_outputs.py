"""DOCX and XLSX outputs open with python-docx and openpyxl, with the expected contents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import openpyxl
from docx.oxml.ns import qn

from branchdesk.core.membership import headcount_on
from branchdesk.core.registry import record_types
from branchdesk.reports.annual import ReportFormat
from branchdesk.reports.ledgers import LEDGER_BUILDERS, NOT_LEDGERS
from branchdesk.workspace import Workspace
from tests.reports.conftest import YEAR

SECTION_HEADINGS = [
    "一、基本情况",
    "二、履职情况及成效",
    "三、上年度问题整改情况",
    "四、存在问题及原因分析",
    "五、下一步工作思路和措施",
]


def test_docx_has_the_sections_in_named_official_styles(
    report_ws: Workspace, today: date, tmp_path: Path
) -> None:
    target = tmp_path / "r.docx"
    result = report_ws.build_report(YEAR, target, ReportFormat.DOCX, today)
    assert "仿宋_GB2312" in result.fonts
    document = docx.Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name == "一级标题"]
    assert headings == SECTION_HEADINGS
    title = [p.text for p in document.paragraphs if p.style.name == "公文标题"]
    # The demo's 21-character name takes two lines, broken between words.
    assert title[:3] == [
        "中共广州市天河区",
        "启明社会组织联合支部书记",
        f"{YEAR}年度抓基层党建工作述职报告",
    ]
    for name, font in (
        ("公文正文", "仿宋_GB2312"),
        ("一级标题", "黑体"),
        ("二级标题", "楷体_GB2312"),
        ("公文标题", "方正小标宋简体"),
    ):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == font, name
    assert document.styles["公文正文"].font.size.pt == 16
    assert document.styles["公文标题"].font.size.pt == 22
    section = document.sections[0]
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    # The appendices: meetings (none here: one row says so, as in the PDF), review (every
    # member on the vote day), talks, volunteer service, training, dues (none recorded);
    # no 发展党员工作台账: no one in the pipeline here.
    on_vote_day = headcount_on(report_ws.members.all(), date(YEAR, 12, 10)).total
    assert [len(t.rows) - 1 for t in document.tables] == [1, on_vote_day, 3, 2, 2, 1]
    assert document.tables[0].rows[1].cells[0].text == "本年度无记录"
    graded = [r.cells[3].text for r in document.tables[1].rows[1:]]
    assert graded.count("优秀") == 2 and graded.count("基本合格") == 1


def test_xlsx_has_a_sheet_per_record_type_with_real_dates(
    report_ws: Workspace, today: date, tmp_path: Path
) -> None:
    target = tmp_path / "l.xlsx"
    sheets = report_ws.build_ledgers(YEAR, target, today)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == sheets
    assert {"党员名册", "谈心谈话台账", "志愿服务台账", "教育培训台账", "民主评议党员结果"} <= set(
        sheets
    )
    talks = book["谈心谈话台账"]
    assert talks.freeze_panes == "A3"
    assert [c.value for c in talks[2]] == ["序号", "日期", "谈话人", "谈话对象", "类型", "主题"]
    assert talks.max_row - 2 == 3
    assert isinstance(talks.cell(3, 2).value, date)
    assert talks.cell(3, 2).value.date() == date(YEAR, 3, 2)
    assert talks.column_dimensions["F"].width > talks.column_dimensions["A"].width
    members = book["党员名册"]
    assert members.max_row - 2 == len(
        [m for m in report_ws.members.all() if m.joined_on <= date(YEAR, 12, 31)]
    )
    assert book["教育培训台账"].max_row - 2 == 2


def test_every_record_type_has_a_ledger_or_a_reason() -> None:
    covered = set(LEDGER_BUILDERS) | NOT_LEDGERS
    for record_type in record_types():
        assert record_type.key in covered or record_type.parent in covered, record_type.key

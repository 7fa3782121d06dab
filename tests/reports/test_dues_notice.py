"""The yearly 党费收缴情况公示 (issue 18): an official document from the records, PDF and DOCX."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pdfplumber

from branchdesk.core.dues import yuan
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

MM = 72 / 25.4


def test_the_notice_pdf_is_an_official_document_with_the_years_figures(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    dues = ws.dues.year(2026, DEMO_TODAY)
    target = tmp_path / "公示.pdf"
    pages = ws.dues.build_notice(2026, target, "pdf", DEMO_TODAY)
    assert pages is not None and pages >= 2
    with pdfplumber.open(target) as pdf:
        first = pdf.pages[0]
        assert round(first.width / MM) == 210 and round(first.height / MM) == 297
        text = "\n".join(page.extract_text() for page in pdf.pages).replace("\n", "")
        title = [c for c in first.chars if c["text"] == "公" and c["size"] > 20]
        assert title, "the title is set in 2号 (22 pt)"
        body = [c for c in first.chars if c["text"] == "根"]
        assert body and round(body[0]["size"]) == 16  # 3号 body
        assert round(min(c["top"] for c in first.chars) / MM) >= 36  # 天头 37 mm
    assert "关于2026年度党费收缴情况的公示" in text
    assert f"1月至11月应交党费{yuan(dues.due_fen)}元" in text
    assert f"党员实交{yuan(dues.paid_fen)}元" in text
    assert f"支部尚存{yuan(dues.held_fen)}元" in text
    assert "潘国栋欠交5个月" in text
    assert "2026年11月27日" in text and "— 1 —" in text
    assert "中共广州市天河区启明社会组织联合支部委员会" in text
    for member in dues.members:  # each member's line, and no base (pay is not published)
        assert member.name in text and yuan(member.paid_fen) in text
        assert (
            member.base is None
            or member.base.base_fen == 0
            or (yuan(member.base.base_fen) not in text)
        )


def test_the_notice_docx_has_the_official_styles_and_a_line_per_member(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    target = tmp_path / "公示.docx"
    assert ws.dues.build_notice(2026, target, "docx", DEMO_TODAY) is None
    document = docx.Document(str(target))
    titles = [p.text for p in document.paragraphs if p.style.name == "公文标题"]
    assert titles[0] == "关于2026年度党费收缴情况的公示"
    (table,) = document.tables
    members = ws.dues.year(2026, DEMO_TODAY).members
    assert len(table.rows) == 1 + len(members) + 1  # header, a row each, 合计
    assert table.rows[-1].cells[1].text == "合计"


def test_an_empty_year_still_gives_a_notice(workspace: Workspace, tmp_path: Path) -> None:
    assert workspace.dues.build_notice(2026, tmp_path / "n.docx", "docx", date(2026, 3, 1)) is None
    document = docx.Document(str(tmp_path / "n.docx"))
    assert any("本年度未记录党费收缴" in p.text for p in document.paragraphs)

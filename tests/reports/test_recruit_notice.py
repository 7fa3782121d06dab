"""The 公示 notice of a candidate: GB/T 9704 layout as PDF and DOCX, filled from the pipeline."""

from __future__ import annotations

from pathlib import Path

import docx
import pdfplumber

from branchdesk.core.recruiting import Stage, StepKind
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.reports.pdf_checks import outside_type_area, read_pages


def _candidate(ws: Workspace) -> int:
    return next(r.id or 0 for r in ws.recruiting.all() if r.stage == Stage.CANDIDATE)


def test_the_notice_pdf_is_an_official_document_with_the_persons_facts(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    recruit = ws.recruiting.get(_candidate(ws))
    notice = recruit.last(StepKind.NOTICE)
    assert notice is not None and notice.ends_on is not None
    target = ws.recruit_notice(recruit.id or 0, tmp_path / "公示.pdf", "pdf", DEMO_TODAY)
    pages = read_pages(target)
    assert len(pages) == 1 and outside_type_area(pages[0]) == []
    with pdfplumber.open(target) as pdf:
        text = pdf.pages[0].extract_text().replace("\n", "")
    assert "关于拟接收中共预备党员的公示" in text
    assert f"拟接收{recruit.name}同志为中共预备党员" in text
    start, end = notice.on, notice.ends_on
    assert (
        f"{start.year}年{start.month}月{start.day}日至{end.year}年{end.month}月{end.day}日" in text
    )
    assert "（5个工作日）" in text
    assert "入党介绍人为李秀兰、王海涛" in text


def test_the_notice_docx_uses_the_official_styles(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    target = ws.recruit_notice(_candidate(ws), tmp_path / "公示.docx", "docx", DEMO_TODAY)
    document = docx.Document(str(target))
    title = [p.text for p in document.paragraphs if p.style.name == "公文标题"]
    assert title == ["关于拟接收中共预备党员的公示"]
    body = [p.text for p in document.paragraphs if p.style.name == "公文正文"]
    assert any("公示时间" in line and "个工作日" in line for line in body)
    assert round(document.sections[0].top_margin.mm) == 37

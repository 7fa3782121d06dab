"""年度报告: a section she edited is marked 数据已变化 when the records change its figures,
with old and new side by side; 采用新数据 and 保留我的文字; the 送审前检查 tab."""

from __future__ import annotations

import re
from datetime import date

from branchdesk.core.report_texts import ReportSection
from branchdesk.core.talks import Counterpart, Talk
from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

YEAR = DEMO_TODAY.year - 1
PERFORMANCE_ROW = 1
MINE = "（我补充的一句话，数字之外都是我写的。）"


def _page(qtbot, ws: Workspace, opened: list[str] | None = None) -> ReportPage:
    page = ReportPage(
        ws, lambda: DEMO_TODAY, open_place=opened.append if opened is not None else None
    )
    qtbot.addWidget(page)
    page.resize(1280, 860)
    page.show()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=20000)
    return page


def _talks(text: str) -> int:
    found = re.search(r"全年开展谈心谈话(\d+)次", text)
    assert found is not None
    return int(found.group(1))


def _add_talk(ws: Workspace, day: date) -> None:
    member = ws.members.all()[5]
    talk = Talk(day, member.id or 0, (Counterpart(None, "黄伟雄"),), topic="沟通思想")
    ws.talks.save(talk, DEMO_TODAY)


def _edit_performance(page: ReportPage) -> str:
    page.ui.sectionList.setCurrentRow(PERFORMANCE_ROW)
    mine = page.ui.sectionEdit.toPlainText() + "\n" + MINE
    page.ui.sectionEdit.setPlainText(mine)
    page.save_section()
    return mine


def test_a_changed_figure_is_flagged_with_old_and_new_and_taken_into_her_text(
    qtbot, demo_workspace: Workspace
) -> None:
    ws = demo_workspace
    page = _page(qtbot, ws)
    mine = _edit_performance(page)
    before = _talks(mine)
    assert not page.ui.staleBox.isVisibleTo(page)
    _add_talk(ws, date(YEAR, 11, 2))
    page.refresh()
    item = page.ui.sectionList.item(PERFORMANCE_ROW)
    assert item.text().endswith("（数据已变化）")
    assert page.ui.staleBox.isVisibleTo(page)
    table = page.ui.figuresTable
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert ("全年开展谈心谈话×次", str(before), str(before + 1)) in rows
    page.take_new_figures()
    text = ws.report_texts.for_year(YEAR).edited(ReportSection.PERFORMANCE)
    assert text is not None and MINE in text  # her words stay
    assert _talks(text) == before + 1
    # Exactly the changed numbers: the rest of her text is as it was.
    assert text == mine.replace(f"谈心谈话{before}次", f"谈心谈话{before + 1}次")
    assert not page.ui.staleBox.isVisibleTo(page)
    assert page.ui.sectionList.item(PERFORMANCE_ROW).text().endswith("（已修改）")


def test_keeping_her_text_clears_the_flag_until_the_next_change(
    qtbot, demo_workspace: Workspace
) -> None:
    ws = demo_workspace
    page = _page(qtbot, ws)
    mine = _edit_performance(page)
    _add_talk(ws, date(YEAR, 11, 2))
    page.refresh()
    assert page.ui.staleBox.isVisibleTo(page)
    page.keep_my_text()
    assert not page.ui.staleBox.isVisibleTo(page)
    assert ws.report_texts.for_year(YEAR).edited(ReportSection.PERFORMANCE) == mine
    page.refresh()
    assert not page.ui.staleBox.isVisibleTo(page)  # kept knowingly: not asked again
    _add_talk(ws, date(YEAR, 11, 3))  # the next change flags it again
    page.refresh()
    assert page.ui.staleBox.isVisibleTo(page)
    assert page.ui.sectionList.item(PERFORMANCE_ROW).text().endswith("（数据已变化）")


def test_the_check_lists_the_stale_section_and_opens_it(qtbot, demo_workspace: Workspace) -> None:
    ws = demo_workspace
    opened: list[str] = []
    page = _page(qtbot, ws, opened)
    _edit_performance(page)
    _add_talk(ws, date(YEAR, 11, 2))
    page.refresh()
    page.ui.sectionList.setCurrentRow(0)
    check = page.checks.run(YEAR)
    kinds = {p.kind.value for p in check.problems}
    assert {"stale_text", "placeholder", "missing"} <= kinds
    entries = [page.ui.checkList.item(i).text() for i in range(page.ui.checkList.count())]
    assert entries[0].startswith("【数据已变化】“二、履职情况及成效”的数据已变化")
    page.ui.checkList.setCurrentRow(0)
    page.checks.open_selected()
    assert page.ui.sectionList.currentRow() == PERFORMANCE_ROW  # opened in the page
    missing = next(i for i, e in enumerate(entries) if e.startswith("【未完成】"))
    page.ui.checkList.setCurrentRow(missing)
    page.checks.open_selected()
    assert opened and opened[0].startswith("rule:")  # the 概览 is another page's business
    # Saved with the year: a new page shows the same list before any check runs.
    again = _page(qtbot, ws)
    assert again.ui.checkList.count() == len(check.problems)


def test_an_export_asks_first_when_the_check_lists_something(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:
    page = _page(qtbot, demo_workspace)
    asked: list[int] = []
    monkeypatch.setattr(
        page.checks, "ask_despite_problems", lambda check, _text: asked.append(len(check.problems))
    )  # declined: nothing is exported
    chosen: list[str] = []
    monkeypatch.setattr(
        "branchdesk.ui.pages.report_page.QFileDialog.getSaveFileName",
        lambda *_a, **_k: chosen.append("asked") or ("", ""),
    )
    page.export("pdf")
    assert asked and asked[0] > 0
    assert chosen == []  # no file was asked for


def test_an_edit_saved_before_figures_were_kept_is_checked_once(
    qtbot, demo_workspace: Workspace
) -> None:
    ws = demo_workspace
    page = _page(qtbot, ws)
    mine = _edit_performance(page)
    with ws.db.atomic():
        ws.db.execute("UPDATE report_texts SET basis = NULL")  # as migration 0006 leaves it
    page.refresh()
    page.ui.sectionList.setCurrentRow(PERFORMANCE_ROW)
    assert page.ui.staleBox.isVisibleTo(page)
    assert "快照之前" in page.ui.staleLabel.text()
    assert not page.ui.takeFiguresButton.isEnabled()  # nothing to compare with
    page.keep_my_text()
    assert not page.ui.staleBox.isVisibleTo(page)
    assert ws.report_texts.for_year(YEAR).edited(ReportSection.PERFORMANCE) == mine


def test_in_the_window_an_entry_opens_its_record_or_the_overview(
    demo_window, demo_workspace: Workspace, qtbot
) -> None:
    from branchdesk.ui.pages.dashboard_page import DashboardPage
    from branchdesk.ui.pages.review_page import ReviewPage

    page = demo_window.show_page("report")
    assert isinstance(page, ReportPage)
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=20000)
    ws = demo_workspace
    review = ws.reviews.for_year(YEAR)
    assert review is not None
    with ws.db.atomic():
        ws.db.execute("UPDATE review_rounds SET feedback_on = NULL WHERE id = ?", [review.id])
    page.checks.run(YEAR)
    entries = [page.ui.checkList.item(i).text() for i in range(page.ui.checkList.count())]
    page.ui.checkList.setCurrentRow(
        next(i for i, e in enumerate(entries) if e.startswith("【未完成】"))
    )
    page.checks.open_selected()
    assert isinstance(demo_window.stack.currentWidget(), DashboardPage)
    demo_window.show_page("report")
    page.ui.checkList.setCurrentRow(next(i for i, e in enumerate(entries) if "民主评议未完成" in e))
    page.checks.open_selected()
    shown = demo_window.stack.currentWidget()
    assert isinstance(shown, ReviewPage) and shown.round is not None
    assert shown.round.id == review.id

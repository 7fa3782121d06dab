"""年度报告 page: sections with drafts, edits kept on refresh, figures, the PDF preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from branchdesk.core.report_texts import ReportSection
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions

YEAR = DEMO_TODAY.year - 1


def _page(qtbot, ws: Workspace) -> ReportPage:
    page = ReportPage(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=20000)
    return page


def test_opens_on_last_year_with_every_section_figures_and_a_preview(
    qtbot, demo_workspace: Workspace
) -> None:
    page = _page(qtbot, demo_workspace)
    assert page.year == YEAR
    titles = [page.ui.sectionList.item(i).text() for i in range(page.ui.sectionList.count())]
    assert titles[0] == "一、基本情况" and titles[4] == "五、下一步工作思路和措施"
    assert len(titles) == 6
    assert "现有党员" in page.ui.sectionEdit.toPlainText()
    assert "支部党员大会" in page.ui.figuresView.toPlainText()
    assert page.pdf.pageCount() >= 5
    assert page.preview_path is not None and page.preview_path.is_file()
    assert "仿宋" in page.ui.fontsLabel.text()


def test_an_edit_is_saved_for_the_year_and_survives_refresh_and_revert_restores_the_draft(
    qtbot, demo_workspace: Workspace
) -> None:
    page = _page(qtbot, demo_workspace)
    page.ui.sectionList.setCurrentRow(3)  # 四、存在问题及原因分析
    page.ui.sectionEdit.setPlainText("我的问题分析。")
    page.save_section()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=20000)
    texts = demo_workspace.report_texts.for_year(YEAR)
    assert texts.edited(ReportSection.PROBLEMS) == "我的问题分析。"
    page.refresh()
    assert page.ui.sectionList.currentRow() == 3
    assert page.ui.sectionEdit.toPlainText() == "我的问题分析。"
    assert page.ui.sectionList.item(3).text().endswith("（已修改）")
    assert page.ui.revertSectionButton.isEnabled()
    page.revert_section()
    assert demo_workspace.report_texts.for_year(YEAR).edited(ReportSection.PROBLEMS) is None
    assert "对照年度党建工作要求" in page.ui.sectionEdit.toPlainText()


def test_changing_the_year_redrafts(qtbot, demo_workspace: Workspace) -> None:
    page = _page(qtbot, demo_workspace)
    page.ui.yearSpin.setValue(YEAR - 3)
    assert f"{YEAR - 3}年初" in page.ui.sectionEdit.toPlainText()


def test_the_page_is_in_the_navigation(demo_window: MainWindow, tmp_path: Path) -> None:
    titles = [demo_window.nav.item(i).text() for i in range(demo_window.nav.count())]
    assert "年度报告" in titles


def test_text_typed_into_a_section_is_asked_about_when_moving_on(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:
    """Clicking another section (or 刷新数据, or another year) used to throw away what had
    been typed since the last 保存 — a morning's writing, without a word; then it was saved
    without a word. Now it asks, as every form does: 取消 stays, 保存 saves."""
    page = _page(qtbot, demo_workspace)
    page.ui.sectionList.setCurrentRow(3)
    page.ui.sectionEdit.setPlainText("我的问题分析，写了一上午。")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.sectionList.setCurrentRow(4)
    assert len(asked) == 1 and page.ui.sectionList.currentRow() == 3
    assert page.ui.sectionEdit.toPlainText() == "我的问题分析，写了一上午。"
    page.ui.yearSpin.setValue(YEAR - 1)
    assert len(asked) == 2 and page.ui.yearSpin.value() == YEAR
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.ui.sectionList.setCurrentRow(4)  # on to 五、下一步工作思路和措施
    assert page.ui.sectionList.currentRow() == 4
    texts = demo_workspace.report_texts.for_year(YEAR)
    assert texts.edited(ReportSection.PROBLEMS) == "我的问题分析，写了一上午。"
    assert page.ui.sectionList.item(3).text().endswith("（已修改）")
    page.ui.sectionEdit.setPlainText("明年的打算。")
    page.ui.yearSpin.setValue(YEAR - 1)  # another year: this year's typing is kept for YEAR
    assert demo_workspace.report_texts.for_year(YEAR).edited(ReportSection.PLANS) == "明年的打算。"
    assert demo_workspace.report_texts.for_year(YEAR - 1).edited(ReportSection.PLANS) is None
    page.ui.yearSpin.setValue(YEAR)
    page.ui.sectionList.setCurrentRow(3)
    page.ui.sectionEdit.setPlainText("不要了")
    page.revert_section()  # 恢复草稿 wins over the typing
    assert demo_workspace.report_texts.for_year(YEAR).edited(ReportSection.PROBLEMS) is None


def test_printing_right_after_typing_prints_the_typed_text(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:
    """打印 printed the preview as it was before the typing (not even saved)."""
    page = _page(qtbot, demo_workspace)
    printed: list[int] = []
    monkeypatch.setattr(page.checks, "ask_despite_problems", lambda _check, _text: True)
    monkeypatch.setattr(
        "branchdesk.ui.pages.report_page.QPrintDialog.exec",
        lambda _self: printed.append(page.pdf.pageCount()) or 0,  # cancelled: nothing printed
    )
    page.ui.sectionList.setCurrentRow(3)
    page.ui.sectionEdit.setPlainText("打印前刚写的一段话。")
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.print_report()
    assert demo_workspace.report_texts.for_year(YEAR).edited(ReportSection.PROBLEMS) == (
        "打印前刚写的一段话。"
    )
    qtbot.waitUntil(lambda: printed != [], timeout=20000)
    text = "".join(page.pdf.getAllText(i).text() for i in range(page.pdf.pageCount()))
    assert "打印前刚写的一段话" in text.replace("\n", "")


def test_a_character_no_font_can_draw_is_named_in_chinese_in_the_window(qapp) -> None:
    """The report's refusal of a character reached the GUI in English; the CLI keeps it."""
    from branchdesk.reports.fonts import MissingChar, MissingGlyphsError
    from branchdesk.ui.i18n import user_error_text

    error = MissingGlyphsError([MissingChar("𠀀", "“基本情况”一节"), MissingChar("𠀁", "落款")])
    shown = user_error_text(error)
    assert shown.startswith("没有可用的字体能显示以下 2 个字：")
    assert "“𠀀”（U+20000，位于“基本情况”一节）；“𠀁”（U+20001，位于落款）" in shown
    assert "设置 → 报告字体" in shown
    assert str(error).startswith("No available font can draw 2 character(s): “𠀀” (U+20000 CJK")

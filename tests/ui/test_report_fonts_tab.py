"""设置 → 报告字体: a font file is checked before it is saved; 自动 clears the choice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton

from branchdesk.reports.fonts import FontRole
from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.ui.pages.settings.report_fonts_tab import ReportFontsTab
from branchdesk.ui.pages.settings_page import SettingsPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.reports.font_samples import (
    LATIN_ONLY,
    UKAI,
    UMING,
    make_cff_otf,
    make_text_file_named_ttf,
    make_ttc,
)

CHOSEN = "（设置中选择）"


def _page(qtbot, ws: Workspace) -> SettingsPage:
    """The 设置 page on its 报告字体 tab (the page owns the tab: keep the page)."""
    page = SettingsPage(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.report_fonts.settled, timeout=20000):  # found off the GUI thread
        page.tabs.setCurrentWidget(page.report_fonts)
    assert page.tabs.tabText(page.tabs.currentIndex()) == "报告字体(&7)"
    return page


def _click(qtbot, tab: ReportFontsTab, button: QPushButton) -> None:
    """Click and wait until the tab has checked the file and shown the outcome."""
    with qtbot.waitSignal(tab.settled, timeout=20000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def test_every_role_shows_its_font_and_where_it_comes_from(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    summary = workspace.report_fonts().summary()
    for role, line in zip(FontRole, summary, strict=True):
        assert line.endswith(tab.rows[role].font.text())
        assert "（" in tab.rows[role].font.text()
        assert not tab.rows[role].automatic.isEnabled()  # nothing chosen yet


def test_a_valid_file_is_saved_and_shown_as_chosen(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    _pick(monkeypatch, UKAI)
    _click(qtbot, tab, tab.rows[FontRole.BODY].choose)
    assert workspace.report_font_choice() == {"body": str(UKAI)}
    assert tab.rows[FontRole.BODY].font.text() == "UKaiCN" + CHOSEN
    assert tab.rows[FontRole.BODY].font.toolTip() == str(UKAI)
    assert tab.rows[FontRole.BODY].automatic.isEnabled()
    assert tab.error_text(FontRole.BODY) == ""
    assert CHOSEN not in tab.rows[FontRole.HEI].font.text()


def test_a_text_file_named_ttf_is_refused_beside_its_row(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workspace.set_report_fonts({"hei": str(UMING)})
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    _pick(monkeypatch, make_text_file_named_ttf(tmp_path / "假字体.ttf"))
    _click(qtbot, tab, tab.rows[FontRole.BODY].choose)
    assert tab.error_text(FontRole.BODY) == "假字体.ttf 不是字体文件。"
    assert tab.rows[FontRole.BODY].error.isVisibleTo(tab)
    assert tab.error_text(FontRole.HEI) == ""
    assert workspace.report_font_choice() == {"hei": str(UMING)}  # nothing saved
    assert CHOSEN not in tab.rows[FontRole.BODY].font.text()


def test_a_cff_font_is_refused_saying_the_pdf_cannot_embed_it(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    _pick(monkeypatch, make_cff_otf(tmp_path / "SourceHanSerif.otf"))
    _click(qtbot, tab, tab.rows[FontRole.TITLE].choose)
    message = tab.error_text(FontRole.TITLE)
    assert "PostScript（CFF）" in message and "无法嵌入" in message
    assert workspace.report_font_choice() == {}


def test_a_font_without_chinese_is_refused_naming_what_it_lacks(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    _pick(monkeypatch, LATIN_ONLY)
    _click(qtbot, tab, tab.rows[FontRole.SONG].choose)
    assert tab.error_text(FontRole.SONG).startswith(
        "Vera.ttf 缺少 3755 个常用汉字中的 3755 个，例如 啊、阿、埃"
    )
    assert workspace.report_font_choice() == {}


def test_a_face_of_a_collection_is_picked_and_saved_with_its_index(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ttc = make_ttc([UMING, UKAI], tmp_path / "pair.ttc")
    offered: list[list[str]] = []

    def get_item(_parent, _title, _label, items, *_args):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return items[1], True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    _pick(monkeypatch, ttc)
    _click(qtbot, tab, tab.rows[FontRole.KAI].choose)
    assert offered == [["AR PL UMing CN", "AR PL UKai CN"]]
    assert workspace.report_font_choice() == {"kai": f"{ttc}#1"}
    assert tab.rows[FontRole.KAI].font.text() == "UKaiCN" + CHOSEN


def test_automatic_clears_the_role_from_the_setting(qtbot, workspace: Workspace) -> None:
    workspace.set_report_fonts({"body": str(UKAI), "hei": str(UMING)})
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    assert tab.rows[FontRole.BODY].font.text() == "UKaiCN" + CHOSEN
    _click(qtbot, tab, tab.rows[FontRole.BODY].automatic)
    assert workspace.report_font_choice() == {"hei": str(UMING)}
    assert CHOSEN not in tab.rows[FontRole.BODY].font.text()
    assert not tab.rows[FontRole.BODY].automatic.isEnabled()


def test_a_chosen_file_that_went_away_is_flagged(
    qtbot, workspace: Workspace, tmp_path: Path
) -> None:
    gone = tmp_path / "gone.ttf"
    workspace.set_report_fonts({"body": str(gone)})
    page = _page(qtbot, workspace)
    tab: ReportFontsTab = page.report_fonts
    assert str(gone) in tab.error_text(FontRole.BODY)
    assert CHOSEN not in tab.rows[FontRole.BODY].font.text()


def test_the_report_page_rebuilds_with_the_new_fonts_when_shown_again(
    qtbot, demo_workspace: Workspace
) -> None:
    page = ReportPage(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "仿宋" in page.ui.fontsLabel.text(), timeout=20000)
    assert "仿宋: UKaiCN" not in page.ui.fontsLabel.text()
    page.hide()
    demo_workspace.set_report_fonts({"body": str(UKAI)})
    page.show()
    qtbot.waitUntil(lambda: "仿宋: UKaiCN" + CHOSEN in page.ui.fontsLabel.text(), timeout=20000)

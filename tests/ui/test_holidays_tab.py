"""设置 → 法定节假日: the secretary enters next year's notice; working days follow it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from branchdesk.core.recruiting_limits import RecruitingLimits, notice_end_needed
from branchdesk.core.workdays import DayKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.settings_page import SettingsPage
from branchdesk.workspace import Workspace


def test_next_years_holiday_typed_in_settings_moves_a_notices_end(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = demo_window.show_page("settings")
    assert isinstance(page, SettingsPage)
    tab = page.holidays
    page.tabs.setCurrentWidget(tab)
    tab.ui.yearSpin.setValue(2025)
    assert tab.model.rowCount() > 20  # seeded from the library: 2025's notice is known
    tab.ui.yearSpin.setValue(2031)
    assert tab.model.rowCount() == 0 and "2031" in tab.ui.yearStatus.text()
    limits = RecruitingLimits()
    start = date(2031, 1, 6)  # a Monday
    assert notice_end_needed(start, limits, demo_workspace.work_calendar()) == date(2031, 1, 10)
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    row = tab.model.rowCount() - 1
    tab.model.setData(tab.model.index(row, tab.model.column_of("day")), "2031-01-08")
    tab.model.setData(tab.model.index(row, tab.model.column_of("name")), "某节")
    assert [d for d in demo_workspace.official_days.all() if d.day.year == 2031] == []
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)  # held until 保存
    days = [d for d in demo_workspace.official_days.all() if d.day.year == 2031]
    assert [(d.day, d.kind, d.name) for d in days] == [(date(2031, 1, 8), DayKind.HOLIDAY, "某节")]
    assert notice_end_needed(start, limits, demo_workspace.work_calendar()) == date(2031, 1, 13)

"""A save on one page reaches every page that shows figures derived from it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.operations import Operations
from branchdesk.ui.pages.dashboard_page import DashboardPage
from branchdesk.ui.pages.meetings_page import MeetingsPage
from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.ui.records_changed import EVERYTHING, RecordsChanged, touches
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)


def test_a_meeting_saved_updates_the_report_and_the_overview_without_reopening(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    report = demo_window.show_page("report")
    assert isinstance(report, ReportPage)
    report.ui.yearSpin.setValue(DEMO_TODAY.year)
    _settle(qtbot)
    figures_before = report.ui.figuresView.toPlainText()
    dashboard = demo_window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    board_before = dashboard.board

    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.new_record()
    page.form.load(Meeting(MeetingKind.GENERAL, date(2026, 11, 20), "学习全会精神"), DEMO_TODAY)
    qtbot.mouseClick(page.meeting_form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert page.selected() is not None and page.selected().id is not None  # type: ignore[union-attr]

    assert demo_window.show_page("dashboard") is dashboard
    qtbot.waitUntil(lambda: dashboard.board != board_before)
    assert dashboard.board == demo_workspace.dashboard(DEMO_TODAY)

    assert demo_window.show_page("report") is report
    expected = report._figures_text(demo_workspace.annual_facts(DEMO_TODAY.year, DEMO_TODAY))
    assert expected != figures_before
    qtbot.waitUntil(lambda: report.ui.figuresView.toPlainText() == expected)
    _settle(qtbot)


def test_work_on_a_worker_thread_is_announced_when_done(
    qtbot: QtBot, demo_workspace: Workspace
) -> None:
    changes = RecordsChanged()
    ops = Operations(demo_workspace.data_dir, changes)
    talk_id = demo_workspace.talks.all(2026)[0].id or 0
    with qtbot.waitSignal(changes.records_changed, timeout=10_000) as heard:
        ops.run(None, "", lambda ws, _progress: ws.move_to_bin("talks", talk_id))
    assert heard.args == [frozenset({"talks"})]
    with qtbot.waitSignal(changes.records_changed, timeout=10_000) as heard:
        ops.run(None, "", lambda ws, _progress: ws.counts(), replaces_records=True)
    assert heard.args == [frozenset({EVERYTHING})]


def test_writes_of_one_turn_are_announced_once(qtbot: QtBot, workspace: Workspace) -> None:
    changes = RecordsChanged()
    changes.watch(workspace.on_records_changed)
    heard: list[frozenset[str]] = []
    changes.records_changed.connect(heard.append)
    workspace.settings.set("a", 1)
    workspace.settings.set("b", 2)
    assert heard == []  # not inside the writing code
    qtbot.waitUntil(lambda: heard == [frozenset({"settings"})])


def test_touches() -> None:
    assert touches({"meetings"}, "meetings", "members")
    assert not touches({"talks"}, "meetings")
    assert touches({EVERYTHING}, "meetings")
    assert touches({"talks"})

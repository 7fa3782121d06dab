"""开始使用本软件记录的日期: asked by the wizard (today by default), editable in 设置 →
支部信息; a branch set up in December sees nothing overdue for the months before."""

from __future__ import annotations

from datetime import date

from branchdesk.core.report_texts import ReportSection
from branchdesk.reports.narrative import draft_of
from branchdesk.ui.first_run import SetupWizard
from branchdesk.ui.pages.settings.profile_tab import ProfileTab
from branchdesk.workspace import Workspace
from tests.ui.test_first_run import _fill_all

SET_UP_ON = date(2026, 12, 5)


def _set_up(qtbot, ws: Workspace) -> SetupWizard:
    wizard = SetupWizard(ws, SET_UP_ON)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.branch_page.ui.trackingEdit.date_value() == SET_UP_ON  # the default
    _fill_all(qtbot, wizard)
    wizard.accept()
    return wizard


def test_a_branch_set_up_in_december_has_nothing_overdue_before_that_day(
    qtbot, workspace: Workspace
) -> None:
    _set_up(qtbot, workspace)
    branch = workspace.branch.get()
    assert branch is not None and branch.tracking_from == SET_UP_ON
    board = workspace.dashboard(SET_UP_ON)
    for result in (board.month, board.quarter, board.year, board.last_year):
        assert result.overdue() == [], [o.gap_zh for o in result.overdue()]
    assert board.tracking_from == SET_UP_ON
    # A month later, at the year's edge: December began before the day and owes nothing
    # either; the year owes study hours in proportion (27 of 365 days → 3), nothing else.
    later = workspace.dashboard(date(2027, 1, 2))
    overdue = later.last_year.overdue()
    assert {o.rule_id for o in overdue} == {"study_hours"}
    assert {o.due for o in overdue} == {3}
    assert not [o for o in later.last_year if o.span.end < SET_UP_ON and o.overdue]


def test_the_first_judged_month_is_the_one_starting_after_the_day(
    qtbot, workspace: Workspace
) -> None:
    _set_up(qtbot, workspace)
    board = workspace.dashboard(date(2027, 2, 1))  # January 2027 has ended
    months = {o.span.key for o in board.year.overdue() if o.rule_id == "theme_day"}
    assert months == {"2027-01"}


def test_the_report_of_the_partly_tracked_year_says_from_when(qtbot, workspace: Workspace) -> None:
    _set_up(qtbot, workspace)
    facts = workspace.annual_facts(2026, date(2027, 1, 10))
    assert facts.partly_tracked
    text = draft_of(ReportSection.PERFORMANCE, facts)
    assert text.startswith("本支部自2026年12月5日开始使用本软件记录")
    assert not workspace.annual_facts(2027, date(2027, 3, 1)).partly_tracked


def test_the_date_is_edited_in_the_branch_profile(qtbot, workspace: Workspace) -> None:
    _set_up(qtbot, workspace)
    tab = ProfileTab(workspace.branch, lambda: SET_UP_ON)
    qtbot.addWidget(tab)
    assert tab.ui.trackingFromEdit.date_value() == SET_UP_ON
    tab.ui.trackingFromEdit.setText("2026.1.1")
    assert tab.save()
    branch = workspace.branch.get()
    assert branch is not None and branch.tracking_from == date(2026, 1, 1)
    tab.ui.trackingFromEdit.setText("2027.1.1")  # after today: a typo, refused
    assert not tab.save()
    assert tab.ui.trackingFromError.isVisibleTo(tab)

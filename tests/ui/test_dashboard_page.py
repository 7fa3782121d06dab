"""概览: what is missing, the action that opens a prefilled meeting, and the result."""

from datetime import date

from PySide6.QtCore import Qt

from branchdesk.core.compliance import ObligationStatus
from branchdesk.core.compliance.drafts import RecordDraft
from branchdesk.core.compliance.export import attention_rank
from branchdesk.core.compliance.rules import RuleSubject
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.models.obligation_table import RUN_SUBJECTS, ObligationRow, ObligationTableModel
from branchdesk.ui.models.record_table import RECORD_ROLE
from branchdesk.ui.pages.dashboard_page import DashboardPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(qtbot, ws: Workspace, opened: list[RecordDraft]) -> DashboardPage:
    page = DashboardPage(ws.dashboard, ws.record_draft, lambda: DEMO_TODAY, opened.append)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_app_opens_on_the_dashboard_with_the_overdue_notice(demo_window: MainWindow) -> None:
    assert demo_window.nav.currentRow() == 0 and demo_window.nav.item(0).text() == "概览"
    page = demo_window.page("dashboard")
    assert isinstance(page, DashboardPage)
    assert page.board is not None
    soon = sum(1 for o in page.board.year if o.due_soon)
    # The demo is up to date this year but for a probation ending, one member five
    # months behind with his dues (a warning of 党章 第九条) and an applicant's talk.
    assert page.board.year.overdue() == [] and soon == 3
    assert page.ui.noticeLabel.text() == "没有逾期事项；3 项即将到期"
    assert page.ui.periodTabs.tabText(0).startswith("本月")


def test_missing_committee_month_opens_a_prefilled_meeting_and_saving_meets_it(
    qtbot, demo_workspace: Workspace
) -> None:
    ws = demo_workspace
    october = ws.meetings.all(start=date(2026, 10, 1), end=date(2026, 10, 31),
                              kinds=[MeetingKind.COMMITTEE])  # fmt: skip
    for meeting in october:  # the secretary forgot to record October's committee meeting
        ws.meetings.move_to_recycle_bin(meeting.id or 0)
    opened: list[RecordDraft] = []
    page = _page(qtbot, ws, opened)
    assert page.board is not None
    missing = [
        o for o in page.board.year.for_rule("committee_meeting")
        if o.status == ObligationStatus.MISSING
    ]  # fmt: skip
    [target] = missing
    assert target.span.key == "2026-10"
    assert page.select("year", "committee_meeting", target.span.key)
    row = page.current_table().currentIndex().data(RECORD_ROLE)
    assert row.status_text == "未完成" and "尚未召开" in row.gap
    assert page.ui.recordButton.isEnabled()
    qtbot.mouseClick(page.ui.recordButton, Qt.MouseButton.LeftButton)
    [found] = opened
    draft = found.record
    assert isinstance(draft, Meeting)
    assert draft.kind == MeetingKind.COMMITTEE and draft.held_on == target.span.end
    committee = {s.member_id for s in ws.branch.terms()[-1].seats} | {
        s.member_id for t in ws.branch.terms() if t.covers(draft.held_on) for s in t.seats
    }
    assert {a.member_id for a in draft.attendance} <= committee and draft.attendance
    ws.save_meeting(draft, DEMO_TODAY)
    page.refresh()
    [after] = [
        o for o in page.board.year.for_rule("committee_meeting") if o.span == target.span
    ]  # fmt: skip
    assert after.status == ObligationStatus.MET


def test_met_rows_are_hidden_until_asked_for(qtbot, demo_workspace: Workspace) -> None:
    page = _page(qtbot, demo_workspace, [])
    _, model, proxy = page.tables["year"]
    shown = proxy.rowCount()
    page.ui.showAllCheck.setChecked(True)
    assert proxy.rowCount() == model.rowCount() > shown


def test_no_action_without_a_meetings_form(qtbot, demo_workspace: Workspace) -> None:
    page = DashboardPage(demo_workspace.dashboard, demo_workspace.record_draft,
                         lambda: DEMO_TODAY)  # fmt: skip
    qtbot.addWidget(page)
    assert page.ui.recordButton.isHidden()


def test_obligation_model_colours_and_orders_without_widgets(demo_workspace: Workspace) -> None:
    result = demo_workspace.compliance(2025, today=DEMO_TODAY)
    rules = {r.id: r for r in result.rules}
    model = ObligationTableModel()
    model.set_records([ObligationRow(o, rules[o.rule_id], "zh") for o in result.obligations])
    assert model.headerData(0, Qt.Orientation.Horizontal) == "状态"
    status = model.column_of("status")
    colours = {
        row.obligation.status: model.data(model.index(i, status), Qt.ItemDataRole.ForegroundRole)
        for i, row in enumerate(model.records())
    }
    assert colours[ObligationStatus.MISSING] != colours[ObligationStatus.MET]
    progress = model.column_of("progress")
    assert all("/" in model.data(model.index(i, progress)) for i, r in enumerate(model.records())
               if r.obligation.status == ObligationStatus.MET
               and r.rule.subject not in RUN_SUBJECTS)  # fmt: skip


def test_a_run_of_unpaid_months_reads_as_months_in_a_row_not_as_done(
    demo_workspace: Workspace,
) -> None:
    """潘国栋 has paid nothing from June: beside 未完成 his row said "5 / 6", read as five done."""
    result = demo_workspace.compliance(2026, today=DEMO_TODAY)
    rules = {r.id: r for r in result.rules}
    model = ObligationTableModel()
    model.set_records([ObligationRow(o, rules[o.rule_id], "zh") for o in result.obligations])
    progress = model.column_of("progress")
    shown = {
        (r.rule.subject, r.obligation.subject_name, r.obligation.status):
            model.data(model.index(i, progress))
        for i, r in enumerate(model.records())
        if r.rule.subject in RUN_SUBJECTS
    }  # fmt: skip
    [(status, text)] = [
        (k[2], v) for k, v in shown.items() if k[:2] == (RuleSubject.DUES_UNPAID, "潘国栋")
    ]
    assert status != ObligationStatus.MET and text.startswith("连续") and text.endswith("个月")
    assert "/" not in text
    assert all(v == "" for k, v in shown.items() if k[2] == ObligationStatus.MET)


def test_rows_sort_overdue_then_due_soon_then_open(qtbot, demo_workspace: Workspace) -> None:
    page = _page(qtbot, demo_workspace, [])
    _, _, proxy = page.tables["year"]
    ranks = [
        attention_rank(proxy.index(row, 0).data(RECORD_ROLE).obligation)
        for row in range(proxy.rowCount())
    ]
    assert ranks == sorted(ranks) and ranks[0] == 1  # the due-soon probation comes first


def test_acceptance_missing_committee_meeting_opens_the_form_prefilled_and_saving_meets_it(
    qtbot, demo_workspace: Workspace
) -> None:
    """Issue 5, acceptance 3: the dashboard shows a missing committee meeting for a month;
    its action opens a prefilled committee-meeting form; saving it turns the item to met."""
    from branchdesk.ui.app import create_main_window
    from branchdesk.ui.pages.meetings_page import MeetingsPage

    ws = demo_workspace
    for meeting in ws.meetings.all(start=date(2026, 10, 1), end=date(2026, 10, 31),
                                   kinds=[MeetingKind.COMMITTEE]):  # fmt: skip
        ws.meetings.move_to_recycle_bin(meeting.id or 0)
    window = create_main_window(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage) and dashboard.board is not None
    assert dashboard.select("year", "committee_meeting", "2026-10")
    row = dashboard.current_table().currentIndex().data(RECORD_ROLE)
    assert (row.status_text, row.gap) == ("未完成", "支委会：2026年10月尚未召开")

    qtbot.mouseClick(dashboard.ui.recordButton, Qt.MouseButton.LeftButton)
    meetings = window.stack.currentWidget()
    assert isinstance(meetings, MeetingsPage) and window.nav.currentItem().text() == "组织生活"
    form = meetings.meeting_form.ui
    assert form.kindCombo.currentData() == MeetingKind.COMMITTEE.value
    assert form.heldOnEdit.date_value() == date(2026, 10, 31)
    assert form.titleEdit.text() == "2026年10月支部委员会会议"
    committee = {s.member_id for s in ws.branch.terms()[0].seats}
    committee |= {s.member_id for t in ws.branch.terms() if t.covers(date(2026, 10, 31))
                  for s in t.seats}  # fmt: skip
    draft, errors = meetings.form.collect()
    assert errors == [] and draft is not None and draft.attendance
    assert {a.member_id for a in draft.attendance} <= committee

    qtbot.mouseClick(form.saveButton, Qt.MouseButton.LeftButton)
    assert len(ws.meetings.all(start=date(2026, 10, 1), end=date(2026, 10, 31),
                               kinds=[MeetingKind.COMMITTEE])) == 1  # fmt: skip
    window.show_page("dashboard")
    [after] = [o for o in dashboard.board.year.for_rule("committee_meeting")
               if o.span.key == "2026-10"]  # fmt: skip
    assert after.status == ObligationStatus.MET


def test_a_member_without_a_talk_opens_the_talk_form_prefilled(
    qtbot, demo_workspace: Workspace
) -> None:
    from branchdesk.ui.app import create_main_window
    from branchdesk.ui.pages.talks_page import TalksPage

    window = create_main_window(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.page("dashboard")
    assert isinstance(dashboard, DashboardPage) and dashboard.board is not None
    no_talk = next(o for o in dashboard.board.year.for_rule("talk_each_member")
                   if o.status == ObligationStatus.NOT_YET_DUE)  # fmt: skip
    view, _, proxy = dashboard.tables["year"]
    dashboard.ui.periodTabs.setCurrentIndex(2)
    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, 0).data(RECORD_ROLE).obligation == no_talk)  # fmt: skip
    view.setCurrentIndex(proxy.index(row, 0))
    qtbot.mouseClick(dashboard.ui.recordButton, Qt.MouseButton.LeftButton)
    talks = window.stack.currentWidget()
    assert isinstance(talks, TalksPage)
    talk, _ = talks.form.collect()
    assert talk is not None and [c.member_id for c in talk.counterparts] == [no_talk.subject_id]


def test_early_in_the_year_the_notice_names_what_last_year_left(
    qtbot, demo_workspace: Workspace
) -> None:
    january = date(2026, 1, 15)
    page = DashboardPage(demo_workspace.dashboard, demo_workspace.record_draft, lambda: january)
    qtbot.addWidget(page)
    assert page.board is not None
    left = len(page.board.last_year.overdue())
    assert left == 6  # the demo's deliberate gaps of 2025
    assert page.ui.noticeLabel.text().endswith(f"上年度还有 {left} 项未完成")
    assert page.ui.periodTabs.tabText(3) == f"上年度(&4) ({left})"
    assert page.select("lastYear", "committee_meeting", "2025-07")

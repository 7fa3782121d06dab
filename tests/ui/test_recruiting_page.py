"""发展党员: the page lists the demo pipeline as `recruits` does, a step added and saved moves
the person on, and the 概览's 立即登记 opens the person or the 转正 meeting."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from branchdesk.core.compliance import ObligationStatus
from branchdesk.core.recruiting import Stage, StepKind
from branchdesk.core.recruiting_limits import probation_ends
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.dashboard_page import DashboardPage
from branchdesk.ui.pages.meetings_page import MeetingsPage
from branchdesk.ui.pages.recruiting_page import RecruitingPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(window: MainWindow) -> RecruitingPage:
    page = window.show_page("recruiting")
    assert isinstance(page, RecruitingPage)
    return page


def test_the_page_lists_everyone_by_stage_as_recruits_does(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(demo_window)
    expected = demo_workspace.recruit_statuses(DEMO_TODAY)
    shown = [page.model.record(r) for r in range(page.model.rowCount())]
    assert [(s.recruit.name, s.stage, s.deadline) for s in shown] == [
        (s.recruit.name, s.stage, s.deadline) for s in expected
    ]
    page.ui.stageCombo.setCurrentIndex(page.ui.stageCombo.findData(Stage.ACTIVIST.value))
    visible = [
        page.proxy.index(r, 0).data()
        for r in range(page.proxy.rowCount())
        if not page.ui.table.isRowHidden(r)
    ]
    assert visible == [s.recruit.name for s in expected if s.stage == Stage.ACTIVIST]
    assert "计划发展3名" in page.ui.planActual.text()
    note = page.ui.planNoteEdit  # the whole note, however narrow the box
    assert note.toolTip() == note.text() == "吴磊、周雨婷等，报街道社会组织党委"


def test_a_talk_added_and_saved_clears_the_applicants_deadline(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    dashboard = demo_window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    # 概览: the applicant's talk is due, and 立即登记 opens the person on 发展党员.
    assert dashboard.select("year", "recruit_talk", str(DEMO_TODAY.year))
    assert dashboard.ui.recordButton.isEnabled()
    qtbot.mouseClick(dashboard.ui.recordButton, Qt.MouseButton.LeftButton)
    page = demo_window.stack.currentWidget()
    assert isinstance(page, RecruitingPage)
    assert page.ui.nameEdit.text() == "陈思远"
    page.ui.stepKindCombo.setCurrentIndex(page.ui.stepKindCombo.findData(StepKind.TALK.value))
    qtbot.mouseClick(page.ui.stepAddButton, Qt.MouseButton.LeftButton)
    assert page.has_unsaved_changes()
    assert page.save(), page.ui.stepsError.text()
    recruit = next(r for r in demo_workspace.recruiting.all() if r.name == "陈思远")
    assert [s.kind for s in recruit.steps] == [StepKind.TALK]
    items = demo_workspace.dashboard(DEMO_TODAY).year.for_rule("recruit_talk")
    assert all(o.subject_name != "陈思远" for o in items)


def test_an_ended_probation_opens_the_conversion_meeting_with_its_resolution(
    qtbot, demo_workspace: Workspace, demo_window: MainWindow
) -> None:
    recruit = min(
        (r for r in demo_workspace.recruiting.all() if r.stage == Stage.PROBATIONARY_RECRUIT),
        key=lambda r: r.admitted_on or DEMO_TODAY,
    )
    item = next(
        o
        for o in demo_workspace.dashboard(DEMO_TODAY + timedelta(days=40)).year.for_rule(
            "probation_end"
        )
        if o.subject_id == recruit.member_id
    )
    assert "尚未讨论转正" in item.gap_zh
    board = demo_window.show_page("dashboard")
    assert isinstance(board, DashboardPage) and board.board is not None

    def on_the_board() -> list[ObligationStatus]:
        assert board.board is not None
        found = board.board.year.for_rule("probation_end")
        return [o.status for o in found if o.subject_id == recruit.member_id]

    assert on_the_board() == [ObligationStatus.NOT_YET_DUE]  # due soon: 概览 lists it
    draft = demo_workspace.record_draft(item, DEMO_TODAY)
    assert draft is not None
    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    assert page.new_record()
    page.form.load(draft.record, DEMO_TODAY)
    (resolution,) = page.meeting_form.resolutions.records()
    assert (resolution.recruit_id, resolution.recruit_step) == (recruit.id, StepKind.CONVERTED)
    column = page.meeting_form.resolutions.column_of("recruit")
    shown = page.meeting_form.resolutions.index(0, column).data()
    assert shown == f"转正：{recruit.name}"
    # Voted in place and saved on 组织生活: the step is recorded and the roster follows.
    model = page.meeting_form.resolutions
    voters = page.meeting_form._summary.voters_due  # type: ignore[union-attr]
    assert model.setData(model.index(0, model.column_of("for")), voters)
    assert model.index(0, model.column_of("outcome")).data() == "通过：已记入发展程序"
    assert page.save()
    after = demo_workspace.recruiting.get(recruit.id or 0)
    assert after.stage == Stage.FULL_RECRUIT
    member = demo_workspace.members.get(recruit.member_id or 0)
    assert member.full_on == probation_ends(recruit)
    # The save is announced (records_changed): the 概览 and 发展党员 follow, unasked.
    demo_window.show_page("dashboard")
    qtbot.waitUntil(lambda: ObligationStatus.NOT_YET_DUE not in on_the_board())
    assert on_the_board() in ([], [ObligationStatus.MET])  # the 概览 item is gone
    listed = _page(demo_window)
    qtbot.waitUntil(
        lambda: any(
            s.recruit.id == recruit.id and s.stage == Stage.FULL_RECRUIT
            for s in listed.model.records()
        )
    )


def test_a_member_who_came_through_the_pipeline_has_its_dates_read_only(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    from branchdesk.ui.pages.members_page import MembersPage

    page = demo_window.show_page("members")
    assert isinstance(page, MembersPage)
    linked = demo_workspace.pipeline_member_ids()
    members = {m.id: m for m in demo_workspace.members.all()}
    form = page.member_form
    form.load(members[min(linked)], DEMO_TODAY)
    assert form.ui.joinedOnEdit.isReadOnly() and form.ui.fullOnEdit.isReadOnly()
    assert "发展党员" in form.ui.joinedOnEdit.toolTip()
    other = next(i for i in members if i not in linked)
    form.load(members[other], DEMO_TODAY)
    assert not form.ui.joinedOnEdit.isReadOnly()


def test_a_person_s_added_step_and_plan_year_come_back_from_unsaved_work_intact(
    qtbot, demo_window: MainWindow, data_dir, monkeypatch
) -> None:
    """未保存的内容 of the person form keeps the 发展历程 rows edited before 保存 and the
    列入发展计划年度, through the file, as a new start after a crash reads it."""
    from PySide6.QtWidgets import QMessageBox

    from branchdesk.ui.unsaved_keeper import UnsavedKeeper
    from branchdesk.unsaved_work import UnsavedWork
    from tests.ui.conftest import answer_questions

    page = _page(demo_window)
    recruit = next(s.recruit for s in page.model.records() if s.recruit.name == "刘佳怡")
    page.select_record(recruit.id or 0)
    ui = page.ui
    ui.stepKindCombo.setCurrentIndex(ui.stepKindCombo.findData(StepKind.ACTIVIST.value))
    qtbot.mouseClick(ui.stepAddButton, Qt.MouseButton.LeftButton)
    steps = page.fields.steps
    row = steps.rowCount() - 1
    steps.setData(steps.index(row, steps.column_of("note")), "党员推荐，支委会研究确定")
    ui.planInSpin.setValue(DEMO_TODAY.year + 1)
    typed, _errors = page.fields.collect()
    assert typed is not None and len(typed.steps) == len(recruit.steps) + 1
    keeper = UnsavedKeeper(demo_window, data_dir)
    keeper.keep_now()
    assert "recruiting" in UnsavedWork(data_dir).kept()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.may_close()
    assert page.fields.collect()[0] != typed  # as a new start would show the person
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    keeper.offer_kept()
    back, _errors = page.fields.collect()
    assert back == typed  # the added step, its note and the plan year, intact
    assert back is not None and back.steps[-1].note == "党员推荐，支委会研究确定"
    assert back.plan_year == DEMO_TODAY.year + 1
    assert page.has_unsaved_changes()

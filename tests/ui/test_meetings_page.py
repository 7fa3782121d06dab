"""组织生活 end to end: record a general meeting through the form and find it by search."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from branchdesk.core.attendance import summarise
from branchdesk.core.meeting_validation import validate_meeting
from branchdesk.core.meetings import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    ThemeDayForm,
)
from branchdesk.core.members import Member
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.meetings_page import MeetingsPage
from branchdesk.ui.widgets.evidence_list import EvidenceList
from branchdesk.ui.widgets.search_results import SearchResults
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions

TITLE = "2026年第4季度党员大会：讨论年度工作计划"


def _page(window: MainWindow) -> MeetingsPage:
    page = window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    return page


def _type_into_editor(qtbot: QtBot, text: str) -> None:
    """Type into the cell editor that the view just opened (Chinese goes in by insert)."""
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    view = editor.parent().parent()
    assert isinstance(view, QAbstractItemView)
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits and closes the editor from the event loop.
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _drop(widget: EvidenceList, path: Path) -> None:
    """What the list receives when a file is dropped on it (Qt delivers Drop events only
    during a real drag, so the handler is called as the drag machinery would)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)
    assert event.isAccepted()


def test_record_a_general_meeting_end_to_end_and_find_it(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    page = _page(demo_window)
    form = page.meeting_form
    ui = form.ui
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert ui.kindCombo.currentData() == MeetingKind.GENERAL.value
    assert ui.heldOnEdit.date_value() == DEMO_TODAY
    ui.titleEdit.insert(TITLE)
    qtbot.keyClicks(ui.startTimeEdit, "15:00")
    qtbot.keyClicks(ui.endTimeEdit, "17:00")

    # Attendance: everyone expected is present until marked; L asks for the reason.
    ui.tabs.setCurrentWidget(ui.attendanceTab)
    grid = ui.attendanceGrid
    rows = grid.rows()
    assert len(rows) == 25 and {r.status for r in rows} == {AttendanceStatus.PRESENT}
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(0, 2))
    qtbot.keyClick(grid, Qt.Key.Key_L)
    _type_into_editor(qtbot, "外出培训")
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(1, 2))
    qtbot.keyClick(grid, Qt.Key.Key_A)  # marks absent and moves down
    assert grid.currentIndex().row() == 2
    marked = grid.rows()
    assert (marked[0].status, marked[0].reason) == (AttendanceStatus.LEAVE, "外出培训")
    assert marked[1].status == AttendanceStatus.ABSENT
    assert "实到 23 人" in ui.attendanceSummary.text()
    assert "达到法定人数" in ui.attendanceSummary.text()

    # One resolution, voted in place.
    ui.tabs.setCurrentWidget(ui.decisionsTab)
    qtbot.mouseClick(ui.resolutionAddButton, Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    _type_into_editor(qtbot, "通过支部2027年度工作计划")
    model = form.resolutions
    assert model.setData(model.index(0, 1), 18)
    assert model.setData(model.index(0, 3), 1)
    assert model.data(model.index(0, 4)) == "通过"

    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    record, _ = form.collect()
    assert record is not None
    assert validate_meeting(record, DEMO_TODAY, demo_workspace.roster()) == []
    assert saved is not None and saved.id is not None
    stored = demo_workspace.meetings.get(saved.id)
    assert stored.title == TITLE and (stored.start_time, stored.end_time) == ("15:00", "17:00")
    assert [(r.votes_for, r.votes_against, r.abstentions) for r in stored.resolutions] == [
        (18, 0, 1)
    ]
    summary = summarise(stored, demo_workspace.roster())
    assert (summary.expected, summary.present, summary.on_leave, summary.absent) == (25, 23, 1, 1)
    assert summary.quorate and summary.passes(stored.resolutions[0])

    # Evidence, dropped onto the list like a file from the file manager.
    photo = tmp_path / "党员大会签到表.png"
    photo.write_bytes(
        Path(demo_workspace.attachments.path_of(_any_png(demo_workspace))).read_bytes()
    )
    ui.tabs.setCurrentWidget(ui.evidenceTab)
    _drop(ui.evidenceList, photo)
    evidence = demo_workspace.attachments.for_owner("meetings", saved.id)
    assert [a.original_name for a in evidence] == ["党员大会签到表.png"]
    assert ui.evidenceList.list.count() == 1
    assert not ui.evidenceList.list.item(0).icon().isNull()  # a thumbnail

    # Found again through search (Ctrl+F), and the hit opens the meeting.
    page.select_record(demo_workspace.meetings.all()[0].id)
    assert ui.titleEdit.text() != TITLE
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _search(demo_window).edit.hasFocus()  # the window's box, from any page
    _search(demo_window).edit.insert("党员大会签到表")  # the attachment's name
    hits = _search(demo_window).hits()
    assert [h.record_id for h in hits if h.record_type == "meetings"] == [saved.id]
    _search(demo_window).edit.clear()
    _search(demo_window).edit.insert("年度工作计划")
    hits = _search(demo_window).hits()
    row = next(i for i, h in enumerate(hits) if h.record_id == saved.id)
    _search(demo_window).list.itemActivated.emit(_search(demo_window).list.item(row))
    assert ui.titleEdit.text() == TITLE
    assert page.selected() == stored


def _search(window: MainWindow) -> SearchResults:
    assert window.search is not None
    return window.search


def _any_png(ws: Workspace):  # type: ignore[no-untyped-def]
    for meeting in ws.meetings.all():
        found = ws.attachments.for_owner("meetings", meeting.id or 0)
        if found:
            return found[0]
    raise AssertionError("the demo has evidence")


def test_quarter_and_kind_filters(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    page.ui.yearFilter.setCurrentIndex(page.ui.yearFilter.findData(DEMO_TODAY.year - 1))
    page.ui.kindFilter.setCurrentIndex(page.ui.kindFilter.findData(MeetingKind.LESSON.value))
    assert page.proxy.rowCount() == 3  # no lesson in Q3 last year, on purpose
    page.quarter_filter.setCurrentIndex(page.quarter_filter.findData(3))
    assert page.proxy.rowCount() == 0
    page.quarter_filter.setCurrentIndex(page.quarter_filter.findData(4))
    assert page.proxy.rowCount() == 1


def test_delete_and_restore_keep_attendance(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(demo_window)
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    page.open_meeting(meeting.id)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert meeting.id not in [m.id for m in demo_workspace.meetings.all()]
    page.ui.recycleBinCheck.setChecked(True)
    page.select_record(meeting.id)
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert demo_workspace.meetings.get(meeting.id) == meeting
    assert page.selected() == meeting


def test_a_search_hit_of_another_type_opens_its_page(demo_window: MainWindow) -> None:
    demo_window.show_page("talks")  # the box is the window's, above every page
    _search(demo_window).edit.insert("王赟")
    hit = next(h for h in _search(demo_window).hits() if h.record_type == "members")
    _search(demo_window).list.itemActivated.emit(
        _search(demo_window).list.item(_search(demo_window).hits().index(hit))
    )
    assert demo_window.stack.currentWidget() is demo_window.page("members")


def test_a_prefilled_draft_opens_as_a_new_meeting_everyone_present(
    demo_window: MainWindow,
) -> None:
    page = _page(demo_window)
    draft = Meeting(MeetingKind.COMMITTEE, DEMO_TODAY, "研究发展党员工作")
    page.new_record()
    page.form.load(draft, DEMO_TODAY)  # as the overview's record action does
    ui = page.meeting_form.ui
    assert ui.kindCombo.currentData() == MeetingKind.COMMITTEE.value
    assert ui.titleEdit.text() == "研究发展党员工作"
    rows = ui.attendanceGrid.rows()
    assert len(rows) == 5 and {r.status for r in rows} == {AttendanceStatus.PRESENT}
    record, _ = page.meeting_form.collect()
    assert record is not None and record.id is None


def test_the_overview_opens_a_missing_meeting_in_this_form_and_it_saves(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    from datetime import date

    from branchdesk.ui.pages.dashboard_page import DashboardPage

    october = demo_workspace.meetings.all(
        start=date(2026, 10, 1), end=date(2026, 10, 31), kinds=[MeetingKind.COMMITTEE]
    )
    for meeting in october:
        demo_workspace.meetings.move_to_recycle_bin(meeting.id or 0)
    dashboard = demo_window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    dashboard.refresh()
    assert dashboard.select("year", "committee_meeting", "2026-10")
    qtbot.mouseClick(dashboard.ui.recordButton, Qt.MouseButton.LeftButton)
    page = demo_window.page("meetings")
    assert isinstance(page, MeetingsPage)
    assert demo_window.stack.currentWidget() is page
    ui = page.meeting_form.ui
    assert ui.kindCombo.currentData() == MeetingKind.COMMITTEE.value
    ui.titleEdit.insert("研究十月工作")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    saved = page.selected()
    assert saved is not None and saved.kind == MeetingKind.COMMITTEE
    assert saved.held_on.month == 10 and len(saved.attendance) == 5


def test_looking_into_the_recycle_bin_keeps_the_host_and_recorder(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """Ticking 回收站 and back (any refresh) blanked the host, recorder, lecturer and group
    of the meeting in the form; a save then stored the meeting without them."""
    page = _page(demo_window)
    meeting = next(m for m in demo_workspace.meetings.all(kinds=[MeetingKind.GROUP]) if m.host_id)
    assert meeting.id is not None and meeting.group_id
    page.open_meeting(meeting.id)
    page.ui.recycleBinCheck.setChecked(True)
    page.ui.recycleBinCheck.setChecked(False)
    assert page.form.ui.hostCombo.currentText() == meeting.host_name
    page.form.ui.summaryEdit.setPlainText("补充主持人小结")
    assert page.save()
    saved = demo_workspace.meetings.get(meeting.id)
    assert (saved.host_id, saved.recorder_id, saved.group_id) == (
        meeting.host_id,
        meeting.recorder_id,
        meeting.group_id,
    )


def test_times_typed_as_9_30_or_with_a_chinese_colon_are_saved(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """The meeting form refused 9:30 and 14：30 (a Chinese input method's colon) with 'use a
    24-hour time such as 09:30'; the talk form already took them."""
    page = _page(demo_window)
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.THEME_DAY])[-1]
    assert meeting.id is not None
    page.open_meeting(meeting.id)
    page.form.ui.startTimeEdit.setText("9:30")
    page.form.ui.endTimeEdit.setText("11：00")
    assert page.save()
    saved = demo_workspace.meetings.get(meeting.id)
    assert (saved.start_time, saved.end_time) == ("09:30", "11:00")


def _edit_cell(qtbot: QtBot, view: QTableView, index: QModelIndex, text: str) -> None:
    """Open the cell's editor as a double click would, type *text* over it, press Enter."""
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.parent() is view.viewport()
    editor.selectAll()
    _type_into_editor(qtbot, text)


def test_a_deadline_typed_as_secretaries_write_dates_is_kept(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A rectification item's 时限 typed as 2026年12月31日 (or 完成日期 as 2026.11.1) vanished
    from its cell without a word; unreadable text now keeps the date there and says why."""
    page = _page(demo_window)
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    page.open_meeting(meeting.id)
    ui = page.meeting_form.ui
    ui.tabs.setCurrentWidget(ui.decisionsTab)
    qtbot.mouseClick(ui.actionAddButton, Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, "整改会前学习不深入的问题")
    items = page.meeting_form.action_items
    deadline = items.index(0, items.column_of("deadline"))
    _edit_cell(qtbot, ui.actionsTable, deadline, "2026年12月31日")
    _edit_cell(qtbot, ui.actionsTable, items.index(0, items.column_of("done_on")), "2026.11.1")
    assert items.records()[0].deadline == date(2026, 12, 31)
    assert items.records()[0].done_on == date(2026, 11, 1)
    assert not page.meeting_form.errors.is_shown("actions")

    _edit_cell(qtbot, ui.actionsTable, deadline, "年底前")
    assert items.records()[0].deadline == date(2026, 12, 31)
    assert page.meeting_form.errors.message("actions") == "日期无效，请按“2019-07-01”的格式填写。"
    assert page.save()
    saved = demo_workspace.meetings.get(meeting.id)
    assert saved.actions[-1].deadline == date(2026, 12, 31)


def test_text_pasted_with_line_breaks_and_tabs_stays_on_one_line(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A title, place or host pasted from a Word table or a spreadsheet cell kept its line
    breaks and tabs: the meeting list row, the record sheet's header and every search snippet
    broke in two. One-line fields (and a resolution's or rectification item's cells) now read
    them as one space; the minutes keep their lines."""
    page = _page(demo_window)
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    page.open_meeting(meeting.id)
    ui = page.meeting_form.ui
    ui.titleEdit.setText("第四季度\n党员大会\t（扩大）")
    ui.placeEdit.setText("启明社工中心\r\n活动室")
    ui.hostCombo.setEditText("区委组织部\n李赟")
    ui.upperEdit.setText("区社会组织党委\t王喆")
    ui.minutesEdit.setPlainText("第一项\n第二项")
    ui.tabs.setCurrentWidget(ui.decisionsTab)
    qtbot.mouseClick(ui.resolutionAddButton, Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, "同意\n通过")
    qtbot.mouseClick(ui.actionAddButton, Qt.MouseButton.LeftButton)
    _type_into_editor(qtbot, "学习\t不深入")
    assert page.save()
    saved = demo_workspace.meetings.get(meeting.id)
    assert saved.title == "第四季度 党员大会 （扩大）"
    assert saved.place == "启明社工中心 活动室"
    assert (saved.host_id, saved.host_name) == (None, "区委组织部 李赟")
    assert saved.upper_attendees == "区社会组织党委 王喆"
    assert saved.minutes == "第一项\n第二项"
    assert saved.resolutions[-1].text == "同意 通过"
    assert saved.actions[-1].item == "学习 不深入"


def test_sorting_by_attendance_puts_the_worst_attended_first(demo_window: MainWindow) -> None:
    """实到/应到 sorted as text: 3/5 came after 24/25 and 18/23 before 7/8, so a secretary
    looking for the poorly attended meetings did not find them at the top."""
    page = _page(demo_window)
    page.ui.yearFilter.setCurrentIndex(0)
    column = page.model.column_of("attendance")
    page.ui.recordTable.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    shown = [page.proxy.index(row, column).data() for row in range(page.proxy.rowCount())]
    rates = [int(p) / int(e) for p, e in (text.split("/") for text in shown)]
    assert rates == sorted(rates)


def test_the_second_of_two_members_with_one_name_is_saved_as_chosen(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """Two members named 周建国 (重名 happens in a branch of 50): choosing the second as the
    lesson's lecturer saved the first (the secretary), who was then credited with the lesson."""
    ws = demo_workspace
    secretary = ws.members.all()[0]
    twin = ws.members.save(
        Member(name=secretary.name, joined_on=date(2015, 7, 1), full_on=date(2016, 7, 1)),
        DEMO_TODAY,
    )
    page = _page(demo_window)
    page.refresh()
    ui = page.meeting_form.ui
    page.new_record()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.LESSON.value))
    ui.titleEdit.insert("重名测试党课")
    ui.topicEdit.insert("学习贯彻党的二十届四中全会精神")
    for combo in (ui.lecturerCombo, ui.hostCombo):
        combo.setCurrentIndex(combo.findData(twin.id))
    assert page.save()
    saved = next(m for m in ws.meetings.all() if m.title == "重名测试党课")
    assert (saved.lecturer_id, saved.host_id) == (twin.id, twin.id)
    assert saved.id is not None
    page.open_meeting(saved.id)
    assert ui.lecturerCombo.currentData() == twin.id


def test_a_new_committee_or_group_meeting_lists_only_who_is_due(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """新建会议 opens as a 支部党员大会 with everyone presumed present; choosing 支部委员会会议
    (or 党小组会 and a group) then kept all 25 in the grid as '出席', and the meeting was saved
    with 20 members who are not on the committee marked present."""
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.COMMITTEE.value))
    committee = [r.member_id for r in ui.attendanceGrid.rows()]
    assert len(committee) == 5 and all(r.expected for r in ui.attendanceGrid.rows())
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.GROUP.value))
    ui.groupCombo.setCurrentIndex(1)
    group = ui.attendanceGrid.rows()
    assert 0 < len(group) < 10 and all(r.expected for r in group)
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.COMMITTEE.value))
    ui.titleEdit.insert("研究发展党员工作")
    assert page.save()
    saved = next(m for m in demo_workspace.meetings.all() if m.title == "研究发展党员工作")
    assert sorted(a.member_id for a in saved.attendance) == sorted(committee)


def test_a_member_recorded_present_without_being_due_keeps_the_row(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A member invited to a committee meeting (列席) stays in its grid, marked not due."""
    ws = demo_workspace
    meeting = ws.meetings.all(kinds=[MeetingKind.COMMITTEE])[-1]
    assert meeting.id is not None
    due = {a.member_id for a in meeting.attendance}
    guest = next(m.id for m in ws.members.all() if m.id not in due)
    assert guest is not None
    roster = _page(demo_window)._load_roster()
    invited = Attendance(guest, AttendanceStatus.PRESENT)
    ws.meetings.save(
        replace(meeting, attendance=(*meeting.attendance, invited)), DEMO_TODAY, roster
    )
    page = _page(demo_window)
    page.refresh()
    page.open_meeting(meeting.id)
    ui = page.meeting_form.ui
    ui.heldOnEdit.editingFinished.emit()  # the grid is rebuilt for the date
    rows = {r.member_id: r for r in ui.attendanceGrid.rows()}
    assert guest in rows and not rows[guest].expected
    assert page.save()
    assert invited in ws.meetings.get(meeting.id).attendance


def test_a_save_refused_shows_the_tab_with_the_message(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """Ctrl+S on 会议记录 with no title: nothing was saved and nothing seemed to happen (the
    message sat on the hidden 基本信息 tab, and typing went into its hidden title field)."""
    page = _page(demo_window)
    ui = page.meeting_form.ui
    count = len(demo_workspace.meetings.all())
    page.new_record()
    ui.tabs.setCurrentWidget(ui.recordTab)
    ui.minutesEdit.setFocus()
    ui.minutesEdit.insertPlainText("大家围绕年度计划发言")
    qtbot.keyClick(ui.minutesEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(demo_workspace.meetings.all()) == count
    assert ui.tabs.currentWidget() is ui.basicsTab
    assert ui.titleError.isVisible() and ui.titleError.text() == "必填。"
    assert QApplication.focusWidget() is ui.titleEdit


def test_the_host_field_is_wide_enough_for_a_name_from_the_upper_level(
    demo_window: MainWindow,
) -> None:
    """The 主持人 box was squeezed to three characters beside a wide 职务 box: a host from the
    upper level (区委组织部 李赟喆) could not be read."""
    demo_window.resize(1280, 800)
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.hostCombo.setEditText("区委组织部 李赟喆")
    text_width = ui.hostCombo.fontMetrics().horizontalAdvance("区委组织部 李赟喆")
    assert ui.hostCombo.lineEdit().width() > text_width
    assert ui.hostCombo.width() > ui.hostPostEdit.width()


def test_attendance_of_a_member_in_the_recycle_bin_is_kept_out_of_sight(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A member moved to the recycle bin showed in the grids of the meetings he attended as
    a row named '?'; the row is gone, and his attendance is still there when he is restored
    (a save of the meeting meanwhile does not drop it)."""
    ws = demo_workspace
    meeting = ws.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    binned = next(a for a in meeting.attendance if a.status == AttendanceStatus.PRESENT)
    ws.members.move_to_recycle_bin(binned.member_id)
    page = _page(demo_window)
    page.refresh()
    page.open_meeting(meeting.id)
    ui = page.meeting_form.ui
    assert "?" not in [r.name for r in ui.attendanceGrid.rows()]
    assert binned.member_id not in [r.member_id for r in ui.attendanceGrid.rows()]
    ui.summaryEdit.setPlainText("会议圆满完成各项议程。")
    assert page.save()
    assert binned in ws.meetings.get(meeting.id).attendance


def test_removing_evidence_asks_first(
    qtbot: QtBot,
    demo_window: MainWindow,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """佐证材料 → 删除 deleted the file for good at one click, with no question and no recycle
    bin: a misclick lost the only scan of a sign-in sheet. It now asks; 取消 keeps it."""
    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all() if ws.attachments.for_owner("meetings", m.id))
    assert meeting.id is not None
    page = _page(demo_window)
    page.open_meeting(meeting.id)
    evidence = page.meeting_form.ui.evidenceList
    before = ws.attachments.for_owner("meetings", meeting.id)
    evidence.list.setCurrentRow(0)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "无法恢复" in asked[0]
    assert ws.attachments.for_owner("meetings", meeting.id) == before
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(evidence.remove_button, Qt.MouseButton.LeftButton)
    assert len(ws.attachments.for_owner("meetings", meeting.id)) == len(before) - 1


def test_a_committee_meeting_on_a_day_without_a_committee_says_why_nobody_is_due(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A 支部委员会会议 dated before the first committee term (or with no term entered in 设置)
    showed an empty grid and '应到 0 人 … 未达到法定人数' with no hint why; likewise a 党小组会
    before its group is chosen."""
    first_term = min(t.starts_on for t in demo_workspace.branch.terms())
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.COMMITTEE.value))
    ui.heldOnEdit.setText(date(first_term.year - 1, 3, 1).isoformat())
    ui.heldOnEdit.editingFinished.emit()
    assert ui.attendanceGrid.rows() == []
    assert "没有在任的支部委员会" in ui.attendanceSummary.text()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.GROUP.value))
    assert "请在“基本信息”中选择党小组" in ui.attendanceSummary.text()
    ui.groupCombo.setCurrentIndex(1)
    assert "基本信息" not in ui.attendanceSummary.text()


def _activate_hit(window: MainWindow, text: str, record_type: str) -> None:
    search = _search(window)
    search.edit.clear()
    search.edit.insert(text)
    hits = search.hits()
    hit = next(h for h in hits if h.record_type == record_type)
    search.list.itemActivated.emit(search.list.item(hits.index(hit)))


def test_search_hits_of_review_rounds_organisations_and_groups_open_where_they_are(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A hit on a review round opened 民主评议 at whatever year was shown (2026, empty), and a
    hit on a social organisation or a party group did nothing at all."""
    review = demo_window.show_page("review")
    review.ui.yearCombo.setCurrentIndex(review.ui.yearCombo.findData(2026))  # type: ignore[attr-defined]
    _page(demo_window)
    _activate_hit(demo_window, "2025年度民主评议", "review_rounds")
    assert demo_window.stack.currentWidget() is review
    assert review.round is not None and review.round.year == 2025  # type: ignore[attr-defined]

    organisation = demo_workspace.branch.organisations()[0]
    _page(demo_window)
    _activate_hit(demo_window, organisation.name, "organisations")
    settings = demo_window.page("settings")
    assert demo_window.stack.currentWidget() is settings
    assert settings.tabs.currentWidget() is settings.organisations  # type: ignore[attr-defined]

    group = demo_workspace.branch.groups()[0]
    _page(demo_window)
    _activate_hit(demo_window, group.name, "party_groups")
    assert settings.tabs.currentWidget() is settings.groups  # type: ignore[attr-defined]


def test_enter_in_the_host_box_saves_like_every_other_field(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """Enter after typing a host who is not a member (区委组织部 李明) added the name to the
    drop-down list and saved nothing, while Enter in every other one-line field saves."""
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.titleEdit.insert("上级领导参加的党员大会")
    for combo in (ui.recorderCombo, ui.hostCombo):
        items = combo.count()
        combo.setFocus()
        combo.lineEdit().insert("区委组织部 李明")
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
        assert combo.count() == items
    saved = next(m for m in demo_workspace.meetings.all() if m.title == "上级领导参加的党员大会")
    assert (saved.host_id, saved.host_name) == (None, "区委组织部 李明")


def test_a_leave_reason_pasted_with_a_line_break_stays_on_one_line(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.titleEdit.insert("请假事由测试")
    ui.tabs.setCurrentWidget(ui.attendanceTab)
    grid = ui.attendanceGrid
    grid.setFocus()
    grid.setCurrentIndex(grid.grid_model.index(0, grid.grid_model.column_of("status")))
    qtbot.keyClick(grid, Qt.Key.Key_L)
    _type_into_editor(qtbot, "外出\n培训")
    assert page.save()
    saved = next(m for m in demo_workspace.meetings.all() if m.title == "请假事由测试")
    assert [a.reason for a in saved.attendance if a.status == AttendanceStatus.LEAVE] == [
        "外出 培训"
    ]


def test_a_lecturer_in_the_recycle_bin_stays_the_lecturer_of_a_meeting_saved_meanwhile(
    demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """With the lecturer moved to the recycle bin (by mistake), saving his lesson (a typo in
    the summary) dropped the link to him: restored, he no longer had given the lesson and the
    secretary's yearly lesson went missing from 概览 and the report."""
    ws = demo_workspace
    lesson = next(m for m in ws.meetings.all(kinds=[MeetingKind.LESSON]) if m.lecturer_id)
    assert lesson.id is not None and lesson.lecturer_id is not None
    ws.members.move_to_recycle_bin(lesson.lecturer_id)
    page = _page(demo_window)
    page.refresh()
    page.open_meeting(lesson.id)
    page.meeting_form.ui.summaryEdit.setPlainText("党课内容丰富，联系实际。")
    assert page.save()
    ws.members.restore(lesson.lecturer_id)
    saved = ws.meetings.get(lesson.id)
    assert (saved.lecturer_id, saved.lecturer_name) == (lesson.lecturer_id, lesson.lecturer_name)
    assert (saved.host_id, saved.host_name) == (lesson.host_id, lesson.host_name)


def test_a_file_that_cannot_be_attached_is_refused_in_chinese(
    demo_window: MainWindow, demo_workspace: Workspace, tmp_path: Path
) -> None:
    """A scan moved away (or still locked by the scanner's program) was refused beside the
    evidence list in English: 'Cannot attach /home/…/签到表.jpg: No such file or directory'."""
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    page = _page(demo_window)
    page.open_meeting(meeting.id)
    evidence = page.meeting_form.ui.evidenceList
    evidence.add_paths([tmp_path / "签到表.jpg"])
    assert evidence.hint.text() == "签到表.jpg 无法添加为佐证材料：文件不存在。"
    evidence.add_paths([tmp_path])
    assert evidence.hint.text().startswith(f"{tmp_path.name} 无法添加为佐证材料：无法读取")


def test_an_added_resolution_left_empty_is_not_saved_as_new_resolution(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """添加 under 决议 put the words 新决议 (新事项 under 整改) into the row; left as they were
    (Esc, or the secretary meant to come back), they were saved and printed on the record
    sheet as a resolution '新决议（赞成0票…未通过）'. The row now starts empty and a save
    asks for its text."""
    meeting = demo_workspace.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    page = _page(demo_window)
    page.open_meeting(meeting.id)
    ui = page.meeting_form.ui
    ui.tabs.setCurrentWidget(ui.decisionsTab)
    for button, model in (
        (ui.resolutionAddButton, page.meeting_form.resolutions),
        (ui.actionAddButton, page.meeting_form.action_items),
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit) and editor.text() == ""
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
        assert "新决议" not in str(model.records()) and "新事项" not in str(model.records())
    assert not page.save()
    assert page.meeting_form.errors.message("resolutions") == "每项决议须填写内容。"
    assert demo_workspace.meetings.get(meeting.id) == meeting


def test_a_restore_in_the_recycle_bin_keeps_a_meeting_being_typed(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """Typing the minutes, then 回收站 → 还原 of the member deleted by mistake (to name him
    host): the 组织生活 page was rebuilt and the minutes were gone without a word. A page
    holding unsaved changes is kept; the others are rebuilt as before."""
    ws = demo_workspace
    member = ws.members.all()[-1]
    assert member.id is not None
    ws.members.move_to_recycle_bin(member.id)
    meetings = _page(demo_window)
    meeting = ws.meetings.all(kinds=[MeetingKind.GENERAL])[-1]
    assert meeting.id is not None
    meetings.open_meeting(meeting.id)
    meetings.meeting_form.ui.minutesEdit.setPlainText("同志们踊跃发言。")
    talks = demo_window.show_page("talks")
    bin_page = demo_window.show_page("recycle_bin")
    bin_page.ui.binView.selectRow(0)  # type: ignore[attr-defined]
    with qtbot.waitSignal(bin_page.data_replaced):  # type: ignore[attr-defined]
        bin_page.ui.restoreButton.click()  # type: ignore[attr-defined]
    assert demo_window.page("talks") is not talks  # rebuilt from the records as they are
    assert demo_window.page("meetings") is meetings
    assert meetings.meeting_form.ui.minutesEdit.toPlainText() == "同志们踊跃发言。"
    assert meetings.save()
    assert ws.meetings.get(meeting.id).minutes == "同志们踊跃发言。"


def test_a_new_theme_day_asks_for_its_form_instead_of_presuming_study(
    qtbot: QtBot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    """A new 主题党日 came with 形式 already set to 学习: a volunteer-service theme day saved
    without a glance at that box was counted as a study day. The box starts empty, and a
    theme day saved without its form is refused beside the theme."""
    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.THEME_DAY.value))
    assert ui.formCombo.currentText() == ""
    ui.themeEdit.insert("社区志愿服务")
    assert not page.save()
    assert page.meeting_form.errors.message("theme") == "主题党日须填写主题和形式。"
    ui.formCombo.setCurrentIndex(ui.formCombo.findData(ThemeDayForm.VOLUNTEER.value))
    assert page.save()
    saved = next(m for m in demo_workspace.meetings.all() if m.theme == "社区志愿服务")
    assert saved.form == ThemeDayForm.VOLUNTEER


def test_after_a_reason_enter_goes_to_the_next_status_and_status_keys_never_type_a_reason(
    qtbot: QtBot,
) -> None:
    """After L and a reason, Enter left the cursor in the reason column: the next L or A was
    typed into the reason ('l身体不适…') instead of marking the next member, and 实到 and
    the quorum line were then wrong."""
    from branchdesk.ui.widgets.attendance_grid import AttendanceGrid, AttendanceRow

    grid = AttendanceGrid()
    qtbot.addWidget(grid)
    grid.show()
    grid.set_rows(AttendanceRow(i, f"党员{i}", True) for i in range(1, 5))
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_L)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.insert("身体不适")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState)
    status = grid.grid_model.column_of("status")
    assert (grid.currentIndex().row(), grid.currentIndex().column()) == (1, status)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    rows = grid.rows()
    assert (rows[0].status, rows[0].reason) == (AttendanceStatus.LEAVE, "身体不适")
    assert (rows[1].status, rows[1].reason) == (AttendanceStatus.ABSENT, "")
    # On the reason column (not typing), a status key still marks the status.
    grid.setCurrentIndex(grid.grid_model.index(2, grid.grid_model.column_of("reason")))
    qtbot.keyClick(grid, Qt.Key.Key_A)
    assert grid.rows()[2].status == AttendanceStatus.ABSENT and grid.rows()[2].reason == ""


def test_a_vote_at_a_meeting_that_is_not_quorate_asks_before_saving(
    demo_window: MainWindow, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A vote at a meeting short of its quorum saved without a word; in the report it then
    counted as a meeting that decided nothing."""
    from branchdesk.core.meetings import Resolution

    page = _page(demo_window)
    ui = page.meeting_form.ui
    page.new_record()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(MeetingKind.GENERAL.value))
    ui.titleEdit.insert("表决测试")
    grid = ui.attendanceGrid
    for row in range(len(grid.rows()) // 2 + 1):
        grid.mark(row, AttendanceStatus.ABSENT)
    page.meeting_form.resolutions.append(Resolution("通过年度计划", 3))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.save()
    assert len(asked) == 1 and "法定人数" in asked[0]
    assert not [m for m in demo_workspace.meetings.all() if m.title == "表决测试"]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.save()
    saved = next(m for m in demo_workspace.meetings.all() if m.title == "表决测试")
    grid.mark(0, AttendanceStatus.PRESENT)  # a quorate meeting's vote asks nothing
    for row in range(len(grid.rows())):
        grid.mark(row, AttendanceStatus.PRESENT)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert page.save() and asked == []
    assert saved.id is not None

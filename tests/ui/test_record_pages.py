"""Acceptance 2 of issue 4: each page enters one record through its form and shows it."""

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from branchdesk.core.review import Grade
from branchdesk.core.talks import TalkKind
from branchdesk.ui.models.record_table import RECORD_ROLE
from branchdesk.ui.pages.activity_pages import TrainingPage, VolunteerPage
from branchdesk.ui.pages.review_page import ReviewPage
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions


def _today() -> date:
    return DEMO_TODAY


def _type_people(qtbot, editor, *names: str) -> None:  # type: ignore[no-untyped-def]
    """Names typed as a user does; a name of no member is confirmed as a non-member."""
    from unittest import mock

    yes = mock.patch.object(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    for name in names:  # Chinese is inserted whole (as an input method does), then Enter
        editor.entry.insert(name)
        with yes:
            qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
            if editor._with_hours:  # Enter on the name went on to the hours: Enter adds
                qtbot.keyClick(editor.hours, Qt.Key.Key_Return)


def _talks_page(ws: Workspace) -> TalksPage:
    return TalksPage(ws.talks, ws.members, ws.branch, _today, ws.talk_coverage)


def test_talk_entered_through_the_form(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    page = _talks_page(demo_workspace)
    qtbot.addWidget(page)
    page.show()
    before = page.proxy.rowCount()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N
    form = page.talk_form.ui
    assert form.talkerCombo.currentText() == "周建国"  # the secretary by default
    assert form.talkerPostEdit.text() == "书记"
    form.kindCombo.setCurrentIndex(form.kindCombo.findData(TalkKind.WARNING.value))
    _type_people(qtbot, form.counterpartsEditor, "梁思琪", "黄伟雄")
    assert [r.member_id is None for r in form.counterpartsEditor.rows()] == [False, True]
    qtbot.keyClicks(form.startsAtEdit, "15:30")
    form.topicEdit.insert("提醒按时参加组织生活")
    qtbot.keyClick(form.topicEdit, Qt.Key.Key_Return)  # Enter saves
    assert page.proxy.rowCount() == before + 1
    shown = page.selected()
    assert shown is not None and shown.topic == "提醒按时参加组织生活"
    assert shown.kind == TalkKind.WARNING and [c.name for c in shown.counterparts] == ["", "黄伟雄"]
    assert "梁思琪" not in page.ui.summaryLabel.text()  # she has had a talk now


def test_talk_without_counterpart_is_refused_beside_the_field(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    from branchdesk.core.members import Member

    workspace.members.save(Member("周建国", date(2010, 7, 1)), DEMO_TODAY)
    page = TalksPage(
        workspace.talks, workspace.members, workspace.branch, _today, workspace.talk_coverage
    )
    qtbot.addWidget(page)
    page.refresh()
    form = page.talk_form.ui
    form.talkerCombo.setCurrentIndex(1)
    form.topicEdit.insert("交流")
    page.save()
    assert workspace.talks.all() == []
    assert page.talk_form.errors.is_shown("counterparts")
    assert "谈话对象" in page.talk_form.errors.message("counterparts")


def test_volunteer_activity_entered_through_the_form(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    page = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    form = page.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("敬老院义务理发")
    form.participantsEditor.hours.setValue(3)
    _type_people(qtbot, form.participantsEditor, "周建国", "林晓燕", "社区志愿者张三")
    qtbot.keyClick(form.titleEdit, Qt.Key.Key_Return)
    saved = [a for a in ws.volunteering.all(2026) if a.title == "敬老院义务理发"]
    assert len(saved) == 1 and [p.hours for p in saved[0].participants] == [3.0, 3.0, 3.0]
    assert page.selected() == saved[0]
    assert form.evidenceList.add_button.isEnabled()  # photos can be added once saved


def test_training_entered_through_the_form(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    page = TrainingPage(ws.trainings, ws.members, ws.branch, ws.attachments, _today)
    qtbot.addWidget(page)
    page.show()
    page.new_record()
    form = page.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("学习强国专题学习")
    form.hoursSpin.setValue(6)
    _type_people(qtbot, form.participantsEditor, "郭一鸣")
    qtbot.keyClick(form.titleEdit, Qt.Key.Key_Return)
    shown = page.selected()
    assert shown is not None and shown.title == "学习强国专题学习"
    assert [p.hours for p in shown.participants] == [6.0]
    hours = {h.member_id: h.hours for h in ws.study_hours(2026)}
    assert hours[shown.participants[0].member_id] >= 6.0


@pytest.fixture
def review_page(qtbot, demo_workspace: Workspace) -> ReviewPage:  # type: ignore[no-untyped-def]
    page = ReviewPage(demo_workspace.reviews, demo_workspace.members, _today)
    qtbot.addWidget(page)
    page.show()
    return page


def test_review_grid_shows_last_years_round(review_page: ReviewPage) -> None:
    assert review_page.ui.yearCombo.currentText() == "2025"
    assert review_page.model.rowCount() == 22
    assert "基本合格 1" in review_page.ui.summaryLabel.text()


def test_review_round_entered_row_after_row(
    qtbot, review_page: ReviewPage, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    page = review_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    assert page.round is None and page.ui.newRoundButton.isVisible()
    qtbot.mouseClick(page.ui.newRoundButton, Qt.MouseButton.LeftButton)
    assert page.round is not None and page.model.rowCount() > 20
    grid = page.ui.reviewGrid
    column = page.model.column_of("excellent")
    grid.setFocus()
    grid.setCurrentIndex(page.model.index(0, column))
    for votes in ("15", "3"):  # type, Enter: saved, and the next row is current
        qtbot.keyClick(grid, votes[0])  # the first key opens the cell's editor
        editor = grid.focusWidget()
        qtbot.keyClicks(editor, votes[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: grid.state() == QAbstractItemView.State.NoState)
    assert grid.currentIndex().row() == 2
    saved = demo_workspace.reviews.for_year(2026)
    assert saved is not None
    assert [e.tally.excellent for e in saved.entries] == [15, 3]
    page.model.setData(page.model.index(0, page.model.column_of("final")), Grade.UNQUALIFIED.value)
    qtbot.mouseClick(page.ui.closeButton, Qt.MouseButton.LeftButton)
    assert "不合格" in page.ui.roundError.text()  # refused, with the reason
    assert demo_workspace.reviews.for_year(2026).closed_on is None  # type: ignore[union-attr]


def test_a_step_dated_two_years_back_is_refused_and_an_open_round_reads_in_progress(
    qtbot, review_page: ReviewPage, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    """The 2026 round took 民主测评 2024-12-01 (a slip of the year) and then listed the branch
    of 2024; and an open round's state read 打开 (the verb, as on a file button)."""
    page = review_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    qtbot.mouseClick(page.ui.newRoundButton, Qt.MouseButton.LeftButton)
    assert page.ui.stateLabel.text() == "进行中"
    rows = page.model.rowCount()
    page.ui.voteOnEdit.setText("2024-12-01")
    page.ui.verdictOnEdit.setText("2024-12-10")
    qtbot.mouseClick(page.ui.saveRoundButton, Qt.MouseButton.LeftButton)
    assert page.ui.roundError.text().splitlines() == [  # each line names its step
        "民主测评：2026年度评议的步骤日期应在2026年内或2027年初。",
        "组织评定：2026年度评议的步骤日期应在2026年内或2027年初。",
    ]
    saved = demo_workspace.reviews.for_year(2026)
    assert saved is not None and saved.vote_on is None
    assert page.model.rowCount() == rows


def test_a_round_note_pasted_with_line_breaks_is_kept_on_one_line(
    qtbot, review_page: ReviewPage, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    page = review_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    qtbot.mouseClick(page.ui.newRoundButton, Qt.MouseButton.LeftButton)
    page.ui.noteEdit.setText("结合组织生活会开展\n到会党员参加民主测评\t")
    assert page.save_round()
    saved = demo_workspace.reviews.for_year(2026)
    assert saved is not None and saved.note == "结合组织生活会开展 到会党员参加民主测评"


def test_add_all_members_follows_the_records_date(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    page = TrainingPage(ws.trainings, ws.members, ws.branch, ws.attachments, _today)
    qtbot.addWidget(page)
    page.new_record()
    form = page.form.ui  # type: ignore[attr-defined]
    form.startsOnEdit.set_date_value(date(2025, 3, 1))
    qtbot.mouseClick(form.participantsEditor.add_all_button, Qt.MouseButton.LeftButton)
    names = {r.name for r in form.participantsEditor.rows()}
    assert "谢婉婷" in names  # transferred out in September 2025
    assert "郭一鸣" not in names  # joined in July 2026


@pytest.fixture
def talks_page(qtbot, demo_workspace: Workspace) -> TalksPage:  # type: ignore[no-untyped-def]
    page = _talks_page(demo_workspace)
    qtbot.addWidget(page)
    page.show()
    page.ui.recordTable.selectRow(0)
    return page


@pytest.mark.parametrize(
    "answer",
    [
        QMessageBox.StandardButton.Save,
        QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Cancel,
    ],
)
def test_choosing_another_record_asks_about_unsaved_changes(
    talks_page: TalksPage,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    """Clicking another row used to drop what was typed into the form without a word."""
    page = talks_page
    edited = page.selected()
    assert edited is not None and edited.id is not None
    page.talk_form.ui.contentEdit.setPlainText("谈话内容，写了半个小时")
    asked = answer_questions(monkeypatch, answer)
    page.ui.recordTable.selectRow(1)
    assert asked == ["表单中的记录有尚未保存的修改。要保存吗？"]
    stored = {t.id: t for t in demo_workspace.talks.all()}[edited.id]
    shown = page.selected()
    assert shown is not None
    if answer == QMessageBox.StandardButton.Save:
        assert stored.content == "谈话内容，写了半个小时"
        assert shown.id != edited.id and page.talk_form.ui.topicEdit.text() == shown.topic
    elif answer == QMessageBox.StandardButton.Discard:
        assert stored.content == edited.content
        assert shown.id != edited.id and page.talk_form.ui.topicEdit.text() == shown.topic
    else:  # Cancel: still on the edited record, with what was typed
        assert stored.content == edited.content
        assert shown.id == edited.id
        assert page.talk_form.ui.contentEdit.toPlainText() == "谈话内容，写了半个小时"


def test_no_question_without_changes_and_after_a_save(
    talks_page: TalksPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = talks_page
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.recordTable.selectRow(1)
    page.talk_form.ui.topicEdit.setText("改过的主题")
    assert page.save()
    page.ui.recordTable.selectRow(2)
    page.new_record()
    assert asked == []


def test_new_record_asks_and_an_invalid_save_stays_on_the_form(
    talks_page: TalksPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = talks_page
    edited = page.selected()
    assert edited is not None
    page.talk_form.ui.startsAtEdit.setText("25:99")  # not a time
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.new_record()
    assert len(asked) == 1
    assert page.talk_form.errors.is_shown("starts_at")  # not saved, not thrown away
    assert page.talk_form.ui.startsAtEdit.text() == "25:99"
    shown = page.selected()
    assert shown is not None and shown.id == edited.id


@pytest.mark.parametrize("key", ["members", "meetings", "talks", "volunteering", "training"])
def test_browsing_records_asks_nothing(
    demo_window, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:  # type: ignore[no-untyped-def]
    """Loading a record must not count as changing it (no question while only browsing)."""
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page = demo_window.show_page(key)
    for row in range(min(page.proxy.rowCount(), 6)):
        page.ui.recordTable.selectRow(row)
        assert page.selected() is not None
    page.new_record()
    page.ui.recordTable.selectRow(0)
    assert asked == []


def test_looking_into_the_recycle_bin_asks_about_unsaved_changes(
    talks_page: TalksPage, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ticking 回收站 disabled the form, and choosing a deleted talk then replaced the typed
    text without a question (the form being disabled counted as nothing to lose)."""
    page = talks_page
    edited = page.selected()
    assert edited is not None
    page.talk_form.ui.followUpEdit.setPlainText("下月回访")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.recycleBinCheck.setChecked(True)
    assert len(asked) == 1 and not page.ui.recycleBinCheck.isChecked()
    assert page.talk_form.ui.followUpEdit.toPlainText() == "下月回访"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.ui.recycleBinCheck.setChecked(True)
    stored = {t.id: t for t in demo_workspace.talks.all()}[edited.id]
    assert stored.follow_up == "下月回访" and page.ui.recycleBinCheck.isChecked()


def test_discarding_on_the_way_into_the_recycle_bin_shows_the_record_as_saved(
    talks_page: TalksPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = talks_page
    edited = page.selected()
    assert edited is not None
    page.talk_form.ui.followUpEdit.setPlainText("不要了")
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page.ui.recycleBinCheck.setChecked(True)
    assert page.talk_form.ui.followUpEdit.toPlainText() == edited.follow_up


def test_switching_the_review_year_asks_about_unsaved_dates(
    review_page: ReviewPage, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A round's step dates and note typed but not saved were dropped when another year was
    chosen, and 结束评议 closed the round without them."""
    page = review_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    page.new_round()
    page.ui.noteEdit.setText("11月集中开展")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2025))
    assert len(asked) == 1 and page.ui.yearCombo.currentData() == 2026
    assert page.ui.noteEdit.text() == "11月集中开展"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2025))
    assert demo_workspace.reviews.for_year(2026).note == "11月集中开展"  # type: ignore[union-attr]
    assert page.ui.yearCombo.currentData() == 2025


def test_the_talks_filter_finds_what_the_search_finds(
    talks_page: TalksPage, demo_workspace: Workspace
) -> None:
    """提醒谈话 was found by the search box (the index reads the kind) and not by the page's
    filter: both now read core.found_by."""
    page = talks_page
    page.ui.yearFilter.setCurrentIndex(0)  # all years
    page.ui.searchEdit.insert("提醒谈话")
    shown = {page.proxy.index(r, 0).data(RECORD_ROLE).id for r in range(page.proxy.rowCount())}
    found = {h.record_id for h in demo_workspace.search("提醒谈话") if h.record_type == "talks"}
    assert shown and shown == found


def test_a_save_validates_the_record_once(
    talks_page: TalksPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page validated with core, then the repository again with the same function."""
    import branchdesk.store.talks_repo
    import branchdesk.ui.pages.talks_page
    from branchdesk.core.talks import validate_talk

    calls: list[int] = []

    def counted(*args: Any) -> Any:
        calls.append(1)
        return validate_talk(*args)

    monkeypatch.setattr(branchdesk.store.talks_repo, "validate_talk", counted)
    monkeypatch.setattr(branchdesk.ui.pages.talks_page, "validate_talk", counted, raising=False)
    talks_page.talk_form.ui.topicEdit.insert("（续）")
    assert talks_page.save()
    assert calls == [1]


def test_a_delete_says_where_the_record_went_and_can_be_undone(
    qtbot, talks_page: TalksPage, demo_workspace: Workspace
) -> None:
    """Del (or 移入回收站) gave no sign that the record went to the 回收站, and no way back
    but to find it there."""
    page = talks_page
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    deleted = page.selected()
    assert deleted is not None and not page.undo_bar.isVisible()
    page.ui.recordTable.setFocus()
    qtbot.keyClick(page.ui.recordTable, Qt.Key.Key_Delete)
    assert deleted.id not in {t.id for t in demo_workspace.talks.all()}
    assert page.undo_bar.isVisible() and page.undo_bar.label.text() == "已移入回收站。"
    assert page.undo_bar.undo_button.text() == "撤销(&U)"
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert deleted.id in {t.id for t in demo_workspace.talks.all()}
    assert page.selected() is not None and page.selected().id == deleted.id
    assert not page.undo_bar.isVisible()
    page.undo_bar.shown_ms = 50  # then it goes by itself
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert page.undo_bar.isVisible()
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible(), timeout=2000)


def test_a_review_step_date_error_names_its_step_and_says_what_is_wrong(
    qtbot, review_page: ReviewPage
) -> None:  # type: ignore[no-untyped-def]
    """Review-step date errors did not say which step; 2026-11-31 was called a format
    problem."""
    page = review_page
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    qtbot.mouseClick(page.ui.newRoundButton, Qt.MouseButton.LeftButton)
    page.ui.peerReviewOnEdit.setText("2026-11-31")
    page.ui.feedbackOnEdit.setText("2026年12月")
    assert not page.save_round()
    assert page.ui.roundError.text().splitlines() == [
        "党员互评：没有这一天：2026-11 只有 30 天。",
        "反馈结果：日期无效，请按“2019-07-01”的格式填写。",
    ]

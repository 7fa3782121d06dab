"""What a secretary types into the talk, volunteer and training forms is kept as meant."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from branchdesk.core.compliance.drafts import RecordDraft
from branchdesk.core.participation import Participant
from branchdesk.core.talks import Counterpart, Talk
from branchdesk.core.training import Training
from branchdesk.ui.navigation import PageRouter, _record_opener
from branchdesk.ui.pages.activity_pages import TrainingPage, VolunteerPage
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

PASTED = "社区\n服务\t活动"  # a spreadsheet cell typed with Alt+Enter, then a tab


def _today() -> date:
    return DEMO_TODAY


def _open_draft(window, draft: RecordDraft) -> None:  # type: ignore[no-untyped-def]
    """As 立即登记 on 概览 does: the record's page with the draft as a new record."""
    router = PageRouter()
    router.show = window.show_page
    _record_opener(router, _today)(draft)


def _paste(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.paste()


def test_talk_lines_pasted_with_breaks_stay_one_line(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    page = TalksPage(ws.talks, ws.members, ws.branch, _today, ws.talk_coverage)
    qtbot.addWidget(page)
    page.show()
    form = page.talk_form.ui
    for edit in (form.topicEdit, form.placeEdit, form.othersPresentEdit, form.talkerPostEdit):
        edit.clear()
        _paste(edit, PASTED)
    editor = form.counterpartsEditor
    _paste(editor.entry, "黄伟\n雄")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    if editor._with_hours:
        qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert page.save()
    talk = page.selected()
    assert talk is not None
    assert [talk.topic, talk.place, talk.others_present, talk.talker_post] == ["社区 服务 活动"] * 4
    assert [c.name for c in talk.counterparts] == ["黄伟 雄"]


def test_activity_lines_pasted_with_breaks_stay_one_line(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    volunteer = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(volunteer)
    form = volunteer.form.ui  # type: ignore[attr-defined]
    for edit in (form.titleEdit, form.placeEdit, form.organiserEdit):
        _paste(edit, PASTED)
    form.formCombo.setEditText(PASTED)
    _paste(form.participantsEditor.entry, "周建国")
    qtbot.keyClick(form.participantsEditor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(form.participantsEditor.hours, Qt.Key.Key_Return)
    assert volunteer.save()
    activity = volunteer.selected()
    assert activity is not None
    assert [activity.title, activity.place, activity.organiser, activity.form] == [
        "社区 服务 活动"
    ] * 4

    training = TrainingPage(ws.trainings, ws.members, ws.branch, ws.attachments, _today)
    qtbot.addWidget(training)
    form = training.form.ui  # type: ignore[attr-defined]
    _paste(form.titleEdit, PASTED)
    form.organiserCombo.setEditText("区委\n党校")
    form.participantsEditor.entry.insert("周建国")
    qtbot.keyClick(form.participantsEditor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(form.participantsEditor.hours, Qt.Key.Key_Return)
    assert training.save()
    saved = training.selected()
    assert saved is not None and (saved.title, saved.organiser) == ("社区 服务 活动", "区委 党校")


def test_volunteer_hours_over_a_day_are_refused(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """80 typed for 8.0 on a one-day activity was saved, and the year's total grew by 72."""
    ws = demo_workspace
    page = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(page)
    before = len(ws.volunteering.all())
    form = page.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("敬老院义务理发")
    form.participantsEditor.entry.insert("周建国")
    qtbot.keyClick(form.participantsEditor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(form.participantsEditor.hours, Qt.Key.Key_Return)
    model = form.participantsEditor.model
    assert model.setData(model.index(0, model.column_of("hours")), "80")
    assert not page.save()
    assert len(ws.volunteering.all()) == before
    assert page.form.errors.message("participants") == "一天的活动每人至多 24 小时，请检查时长。"
    assert model.setData(model.index(0, model.column_of("hours")), "8")
    assert page.save() and len(ws.volunteering.all()) == before + 1


def test_study_hours_typed_after_the_people_follow(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Before, 学时 changed from 4 to 8 after 添加全体党员 left everyone at 4 hours, so
    each member's study hours counted half of the training without a word."""
    ws = demo_workspace
    page = TrainingPage(ws.trainings, ws.members, ws.branch, ws.attachments, _today)
    qtbot.addWidget(page)
    form = page.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("全天集中轮训")
    form.participantsEditor.add_all()
    form.participantsEditor.entry.insert("郭一鸣")  # already listed: no second row
    qtbot.keyClick(form.participantsEditor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(form.participantsEditor.hours, Qt.Key.Key_Return)
    model = form.participantsEditor.model
    assert model.setData(model.index(0, model.column_of("hours")), "2")  # left at noon
    form.hoursSpin.setValue(8)
    assert page.save()
    saved = page.selected()
    assert saved is not None and saved.hours == 8.0
    hours = [p.hours for p in saved.participants]
    assert hours[0] == 2.0 and set(hours[1:]) == {8.0} and len(hours) > 10


def test_a_talk_drafted_on_the_dashboard_names_the_talkers_post(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Before, the post (书记) a new talk fills in was left empty in a 立即登记 draft."""
    page = demo_window.show_page("talks")
    secretary = page.talk_form.ui.talkerCombo.currentData()
    _open_draft(demo_window, RecordDraft("talks", Talk(DEMO_TODAY, secretary, (Counterpart(12),))))
    assert page.talk_form.ui.talkerPostEdit.text() == "书记"


def test_a_drafted_training_gives_its_hours(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """A 立即登记 draft lists the secretary with 0 hours; typing 学时 now gives them to her."""
    page = demo_window.show_page("training")
    _open_draft(demo_window, RecordDraft("trainings", Training(DEMO_TODAY, "", (Participant(1),))))
    form = page.form.ui
    form.titleEdit.insert("社会组织党组织书记示范培训")
    form.hoursSpin.setValue(16)
    assert page.save()
    [saved] = [t for t in page._trainings.all() if t.title == "社会组织党组织书记示范培训"]
    assert [(p.member_id, p.hours) for p in saved.participants] == [(1, 16.0)]


def test_add_all_to_a_talk_leaves_out_the_talker(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Before, 添加全体党员 listed the talker too, and 保存 then said 谈话人不能同时是谈话对象."""
    ws = demo_workspace
    page = TalksPage(ws.talks, ws.members, ws.branch, _today, ws.talk_coverage)
    qtbot.addWidget(page)
    form = page.talk_form.ui
    talker = form.talkerCombo.currentData()
    form.topicEdit.insert("集体谈心")
    form.counterpartsEditor.add_all()
    people = [r.member_id for r in form.counterpartsEditor.rows()]
    assert talker not in people and len(people) > 10
    assert page.save()


def test_two_members_of_one_name_can_both_take_part(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """重名: before, typing 郭一鸣 always added the first; the second could not be added at
    all (typing the name again was taken as 'already listed'), and the list did not say
    which 郭一鸣 it held."""
    from branchdesk.core.members import Member

    ws = demo_workspace
    first = next(m for m in ws.members.all() if m.name == "郭一鸣")
    second = ws.members.save(
        Member("郭一鸣", date(2019, 7, 1), birth_date=date(1995, 3, 8)), DEMO_TODAY
    )
    page = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(page)
    form = page.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("社区义诊")
    editor = form.participantsEditor
    completions = editor.entry.completer().model().stringList()
    assert "郭一鸣（1995年生）" in completions and "郭一鸣" not in completions
    editor.entry.insert("郭一鸣（1995年生）")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    if editor._with_hours:
        qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    editor.entry.insert("郭一鸣")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    if editor._with_hours:
        qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert [r.member_id for r in editor.rows()] == [second.id, first.id]
    assert editor.rows()[0].name == "郭一鸣（1995年生）"
    assert page.save()
    saved = page.selected()
    assert saved is not None and [p.member_id for p in saved.participants] == [second.id, first.id]


def test_enter_in_hours_organiser_and_form_boxes_saves(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    """Enter saves in every one-line field; before, not in 学时, 主办单位, 服务形式 or 服务人数."""
    ws = demo_workspace
    training = TrainingPage(ws.trainings, ws.members, ws.branch, ws.attachments, _today)
    qtbot.addWidget(training)
    training.show()
    form = training.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("专题学习")
    editor = form.participantsEditor
    editor.entry.insert("郭一鸣")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)  # adds the person, does not save
    if editor._with_hours:
        qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    before = len(ws.trainings.all())
    assert len(ws.trainings.all()) == before and len(editor.rows()) == 1
    form.hoursSpin.setFocus()
    qtbot.keyClick(form.hoursSpin, Qt.Key.Key_Return)
    assert len(ws.trainings.all()) == before + 1
    form.organiserCombo.setFocus()
    form.organiserCombo.setEditText("区委党校")
    qtbot.keyClick(form.organiserCombo, Qt.Key.Key_Return)
    assert training.selected().organiser == "区委党校"  # type: ignore[union-attr]

    volunteer = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(volunteer)
    volunteer.show()
    form = volunteer.form.ui  # type: ignore[attr-defined]
    form.titleEdit.insert("社区义诊")
    form.participantsEditor.add_all()
    form.peopleServedSpin.setFocus()
    form.peopleServedSpin.setValue(120)
    qtbot.keyClick(form.peopleServedSpin, Qt.Key.Key_Return)
    saved = volunteer.selected()
    assert saved is not None and saved.people_served == 120


def test_enter_on_a_name_goes_to_its_hours_and_a_name_of_no_member_is_asked_about(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Enter on a name added the person with the default hours before she reached the hours
    box; a mistyped member's name silently became a 非党员."""
    ws = demo_workspace
    page = VolunteerPage(ws.volunteering, ws.members, ws.attachments, _today)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    editor = page.form.ui.participantsEditor  # type: ignore[attr-defined]
    editor.entry.setFocus()
    editor.entry.insert("周建国")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    assert editor.rows() == [] and editor.hours.hasFocus()
    editor.hours.setValue(3.5)
    qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert [(r.name, r.hours, r.member_id is not None) for r in editor.rows()] == [
        ("周建国", 3.5, True)
    ]
    assert editor.entry.hasFocus() and editor.entry.text() == ""
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    editor.entry.insert("周建")  # a slip: no member of that name
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert len(asked) == 1 and "周建" in asked[0] and len(editor.rows()) == 1
    assert editor.entry.text() == "周建"  # kept, to be corrected
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
    qtbot.keyClick(editor.hours, Qt.Key.Key_Return)
    assert [(r.name, r.member_id) for r in editor.rows()][1] == ("周建", None)

"""What a secretary types into the talk, volunteer and training forms is kept as meant."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from branchdesk.ui.pages.activity_pages import TrainingPage, VolunteerPage
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

PASTED = "社区\n服务\t活动"  # a spreadsheet cell typed with Alt+Enter, then a tab


def _today() -> date:
    return DEMO_TODAY


def _paste(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.paste()


def test_talk_lines_pasted_with_breaks_stay_one_line(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    ws = demo_workspace
    page = TalksPage(ws.talks, ws.members, ws.branch, _today)
    qtbot.addWidget(page)
    page.show()
    form = page.talk_form.ui
    for edit in (form.topicEdit, form.placeEdit, form.othersPresentEdit, form.talkerPostEdit):
        edit.clear()
        _paste(edit, PASTED)
    editor = form.counterpartsEditor
    _paste(editor.entry, "黄伟\n雄")
    qtbot.keyClick(editor.entry, Qt.Key.Key_Return)
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
    model = form.participantsEditor.model
    assert model.setData(model.index(0, model.column_of("hours")), "80")
    assert not page.save()
    assert len(ws.volunteering.all()) == before
    assert page.form.errors.message("participants") == "一天的活动每人至多 24 小时，请检查时长。"
    assert model.setData(model.index(0, model.column_of("hours")), "8")
    assert page.save() and len(ws.volunteering.all()) == before + 1

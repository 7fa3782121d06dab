"""发展党员 by keyboard, as a secretary enters a new applicant: 新增 (Alt+W or Ctrl+N), the
fields, 保存 by Ctrl+S; a wrong date said as the other forms say it; a step removed by Del."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from branchdesk.core.recruiting import StepKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.recruiting_page import RecruitingPage
from branchdesk.workspace import Workspace


def _active_page(qtbot, window: MainWindow) -> RecruitingPage:
    page = window.show_page("recruiting")
    assert isinstance(page, RecruitingPage)
    window.activateWindow()  # keys reach a shortcut only in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return page


def test_a_new_applicant_typed_and_saved_by_keyboard(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _active_page(qtbot, demo_window)
    ui = page.ui
    ui.table.setFocus()
    qtbot.keyClick(ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert ui.nameEdit.hasFocus() and ui.nameEdit.text() == ""
    ui.nameEdit.insert("王晓梅\n")  # pasted from a spreadsheet cell
    ui.birthEdit.setText("1998.3.5")
    ui.appliedEdit.setText("20261107")
    qtbot.keyClick(ui.appliedEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not page.has_unsaved_changes(), ui.appliedError.text()
    saved = next(r for r in demo_workspace.recruiting.all() if r.name == "王晓梅")
    assert (saved.birth_date.isoformat(), saved.applied_on.isoformat()) == (  # type: ignore[union-attr]
        "1998-03-05",
        "2026-11-07",
    )


def test_a_day_the_month_does_not_have_is_said_as_the_other_forms_say_it(
    qtbot, demo_window: MainWindow
) -> None:
    page = _active_page(qtbot, demo_window)
    ui = page.ui
    page.new_person()
    ui.nameEdit.setText("王晓梅")
    ui.birthEdit.setText("1998-03-05")
    ui.appliedEdit.setText("2026-02-30")
    assert not page.save()
    assert ui.appliedError.text() == "没有这一天：2026-02 只有 28 天。"


def test_del_in_the_timeline_removes_the_step_chosen(qtbot, demo_window: MainWindow) -> None:
    page = _active_page(qtbot, demo_window)
    ui = page.ui
    applicant = next(s for s in page.model.records() if s.recruit.name == "陈思远")
    page.select_record(applicant.recruit.id or 0)
    ui.stepKindCombo.setCurrentIndex(ui.stepKindCombo.findData(StepKind.TALK.value))
    qtbot.keyClick(ui.stepAddButton, Qt.Key.Key_Space)
    assert [s.kind for s in page.fields.steps.records()] == [StepKind.TALK]
    ui.stepsTable.setFocus()
    qtbot.keyClick(ui.stepsTable, Qt.Key.Key_Delete)
    assert page.fields.steps.records() == []
    assert not page.has_unsaved_changes()  # added and removed: nothing left to save


def test_closing_with_the_person_and_the_plan_typed_asks_once(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import DEMO_TODAY
    from tests.ui.conftest import answer_questions

    page = _active_page(qtbot, demo_window)
    ui = page.ui
    person = page.model.record(0).recruit
    page.select_record(person.id or 0)
    ui.jobEdit.setText("某社会组织 项目主管")
    ui.planNoteEdit.setText("计划发展三名")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.may_close()
    assert len(asked) == 1 and "发展计划" in asked[0] and "此人" in asked[0]
    assert ui.jobEdit.text() == "某社会组织 项目主管" and ui.planNoteEdit.text() == "计划发展三名"
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    assert page.may_close() and len(asked) == 1
    assert demo_workspace.recruiting.get(person.id or 0).job == "某社会组织 项目主管"
    plan = demo_workspace.recruiting_plan(DEMO_TODAY.year)
    assert plan is not None and plan.note == "计划发展三名"


def test_del_on_the_list_asks_about_typing_then_offers_undo(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_questions

    page = _active_page(qtbot, demo_window)
    ui = page.ui
    person = next(s.recruit for s in page.model.records() if s.recruit.name == "刘佳怡")
    page.select_record(person.id or 0)
    ui.jobEdit.setText("街道志愿者")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    ui.table.setFocus()
    qtbot.keyClick(ui.table, Qt.Key.Key_Delete)
    assert len(asked) == 1  # 取消: the typing stays, the person stays
    assert ui.jobEdit.text() == "街道志愿者"
    assert any(r.id == person.id for r in demo_workspace.recruiting.all())
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(ui.table, Qt.Key.Key_Delete)
    assert all(r.id != person.id for r in demo_workspace.recruiting.all())
    assert page.undo_bar.isVisible() and page.undo_bar.label.text() == "已移入回收站。"
    page.undo_bar.undo_button.click()
    assert any(r.id == person.id for r in demo_workspace.recruiting.all())
    assert ui.nameEdit.text() == "刘佳怡" and ui.jobEdit.text() == person.job


def test_a_pasted_name_and_phone_are_tidied_and_a_wrong_phone_is_said(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = _active_page(qtbot, demo_window)
    ui = page.ui
    page.new_person()
    ui.nameEdit.insert(" 王晓梅\r\n")  # a spreadsheet cell
    ui.birthEdit.setText("1998-03-05")
    ui.appliedEdit.setText("2026-11-07")
    ui.phoneEdit.insert("王晓梅")  # pasted into the wrong box
    assert not page.save()
    assert ui.phoneError.text() == "请填写数字，可包含“-”或以“+”开头。"
    ui.phoneEdit.setText("")
    ui.phoneEdit.insert("１３８－１２３４－５６７８\n")  # a full-width input method
    assert page.save(), ui.phoneError.text()
    saved = next(r for r in demo_workspace.recruiting.all() if r.name == "王晓梅")
    assert saved.phone == "138-1234-5678"


def test_tab_walks_the_form_and_an_added_step_takes_its_date_typed(
    qtbot, demo_window: MainWindow
) -> None:
    page = _active_page(qtbot, demo_window)
    ui = page.ui
    person = next(s.recruit for s in page.model.records() if s.recruit.name == "孙浩然")
    page.select_record(person.id or 0)
    ui.noteEdit.setFocus()
    qtbot.keyClick(ui.noteEdit, Qt.Key.Key_Tab)  # 备注 passes Tab on, types no tab
    assert ui.stepsTable.hasFocus() and "\t" not in ui.noteEdit.toPlainText()
    qtbot.keyClick(ui.stepsTable, Qt.Key.Key_Tab)  # out of a long timeline at once
    assert ui.stepKindCombo.hasFocus()
    ui.stepKindCombo.setCurrentIndex(ui.stepKindCombo.findData(StepKind.ASSESSMENT.value))
    qtbot.keyClick(ui.stepKindCombo, Qt.Key.Key_Tab)
    assert ui.stepAddButton.hasFocus()
    qtbot.keyClick(ui.stepAddButton, Qt.Key.Key_Space)
    assert ui.stepsTable.hasFocus()  # on the new step's date
    qtbot.keyClick(ui.stepsTable, Qt.Key.Key_2)  # the first key opens the cell with it
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not ui.stepsTable
    qtbot.keyClicks(editor, "026-11-20")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # committed through the event loop
    steps = page.fields.steps
    qtbot.waitUntil(lambda: steps.records()[-1].on.isoformat() == "2026-11-20")
    assert steps.records()[-1].kind == StepKind.ASSESSMENT


def test_a_step_dated_earlier_moves_to_its_place_in_the_timeline(
    qtbot, demo_window: MainWindow
) -> None:
    page = _active_page(qtbot, demo_window)
    ui, steps = page.ui, page.fields.steps
    person = next(s.recruit for s in page.model.records() if s.recruit.name == "孙浩然")
    page.select_record(person.id or 0)
    ui.stepKindCombo.setCurrentIndex(ui.stepKindCombo.findData(StepKind.THOUGHT_REPORT.value))
    ui.stepAddButton.click()  # dated today, the last row
    new_row = steps.rowCount() - 1
    assert steps.setData(steps.index(new_row, steps.column_of("on")), "2026-02-15")
    qtbot.waitUntil(
        lambda: [s.on for s in steps.records()] == sorted(s.on for s in steps.records())
    )
    current = ui.stepsTable.currentIndex()
    assert steps.record(current.row()).kind == StepKind.THOUGHT_REPORT  # the cursor went along
    assert steps.record(current.row()).on.isoformat() == "2026-02-15"

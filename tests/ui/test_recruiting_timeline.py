"""A person's 发展历程 starts with the application (2026-11-07 入党申请), shown from the
申请入党时间 field: not a stored step, not edited or removed in the table."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchdesk.core.recruiting import StepKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.recruiting_page import RecruitingPage
from branchdesk.workspace import Workspace


def _row(page: RecruitingPage, row: int) -> tuple[str, str]:
    steps = page.fields.steps
    return (
        steps.index(row, steps.column_of("on")).data(),
        steps.index(row, steps.column_of("kind")).data(),
    )


def test_an_applicant_s_timeline_starts_with_the_application(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    page = demo_window.show_page("recruiting")
    assert isinstance(page, RecruitingPage)
    ui, steps = page.ui, page.fields.steps
    applicant = next(s.recruit for s in page.model.records() if s.recruit.name == "陈思远")
    page.select_record(applicant.id or 0)
    assert steps.rowCount() == 1 and steps.records() == []
    assert _row(page, 0) == (applicant.applied_on.isoformat(), "入党申请")
    first = steps.index(0, steps.column_of("on"))
    assert not steps.flags(first) & Qt.ItemFlag.ItemIsEditable
    assert not steps.setData(first, "2026-11-01")
    # Removing it says where the date lives; the person keeps it.
    ui.stepsTable.setCurrentIndex(first)
    ui.stepRemoveButton.click()
    assert "申请入党时间" in ui.stepsError.text() and steps.rowCount() == 1
    assert not page.has_unsaved_changes()
    # A step added comes after it; the row follows the field as typed.
    ui.stepKindCombo.setCurrentIndex(ui.stepKindCombo.findData(StepKind.TALK.value))
    ui.stepAddButton.click()
    assert steps.rowCount() == 2 and steps.record(1).kind == StepKind.TALK
    ui.appliedEdit.setText("2026-11-06")
    assert _row(page, 0) == ("2026-11-06", "入党申请")
    assert page.save(), ui.stepsError.text()
    saved = demo_workspace.recruiting.get(applicant.id or 0)
    assert [s.kind for s in saved.steps] == [StepKind.TALK]  # the application is no step
    assert saved.applied_on.isoformat() == "2026-11-06"
    page.new_person()
    assert steps.rowCount() == 0  # no application typed yet

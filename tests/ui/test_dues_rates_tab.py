"""设置 → 党费标准 (issue 18): the dues rates edited in place and saved with 保存, as every
other tab of 设置 (ui/unsaved_changes.py); leave excusing org life."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from branchdesk.core.dues import DEFAULT_DUES_RATES
from branchdesk.ui.pages.settings.dues_rates_tab import DuesRatesTab
from branchdesk.workspace import Workspace
from tests.ui.conftest import answer_questions


def _tab(qtbot: QtBot, ws: Workspace) -> DuesRatesTab:
    d = ws.dues
    tab = DuesRatesTab(
        d.rate_table, d.save_rates, d.restore_rates, d.leave_excused, d.set_leave_excused
    )
    qtbot.addWidget(tab)
    return tab


def _row(tab: DuesRatesTab, rate_id: str) -> int:
    return next(i for i, r in enumerate(tab.model.records()) if r.id == rate_id)


def _saved(ws: Workspace) -> dict[str, object]:
    return {r.id: r for r in ws.dues.rate_table()}


def test_rates_are_edited_in_place_and_saved_with_save(qtbot: QtBot, workspace: Workspace) -> None:
    tab = _tab(qtbot, workspace)
    model = tab.model
    assert model.rowCount() == len(DEFAULT_DUES_RATES)
    assert "四舍五入" in tab.ui.roundingLabel.text()
    assert tab.ui.saveButton.text() == "保存(&S)"
    first = model.index(_row(tab, "salary_1"), model.column_of("rate"))
    assert model.data(first) == "0.5%"
    assert model.setData(first, "0.6")
    student = model.index(_row(tab, "student"), model.column_of("fixed"))
    assert model.setData(student, "0.50")
    assert tab.has_unsaved_changes()
    assert workspace.dues.rate_table() == DEFAULT_DUES_RATES  # nothing stored per cell
    tab.ui.saveButton.click()
    saved = _saved(workspace)
    assert saved["salary_1"].rate_bp == 60 and saved["student"].fixed_fen == 50  # type: ignore[attr-defined]
    assert not tab.has_unsaved_changes()
    tab.restore_defaults()
    assert workspace.dues.rate_table() == DEFAULT_DUES_RATES


def test_a_refused_value_is_said_beside_the_table_naming_its_band(
    qtbot: QtBot, workspace: Workspace
) -> None:
    tab = _tab(qtbot, workspace)
    model = tab.model
    rate = model.index(_row(tab, "salary_2"), model.column_of("rate"))
    assert not model.setData(rate, "abc")
    assert tab.ui.errorLabel.text().startswith("在职第2档")
    assert "百分比" in tab.ui.errorLabel.text()
    fixed = model.index(_row(tab, "student"), model.column_of("fixed"))
    assert not model.setData(fixed, "-1")
    assert "元" in tab.ui.errorLabel.text()
    top = model.index(_row(tab, "salary_4"), model.column_of("up_to"))
    assert model.setData(top, "20000")  # held: the table as a whole is judged on 保存
    assert not tab.save()
    assert tab.ui.errorLabel.text() == "在职第4档：同一类别的档次上限应逐档递增，最后一档不设上限。"
    assert tab.ui.rateTable.currentIndex() == top  # the cell at fault is shown
    assert tab.has_unsaved_changes()  # the typing stays, to be put right
    assert _saved(workspace)["salary_4"].up_to_fen is None  # type: ignore[attr-defined]
    assert model.setData(model.index(_row(tab, "salary_1"), model.column_of("rate")), "101")
    assert model.setData(top, "")
    assert not tab.save()
    assert tab.ui.errorLabel.text() == "在职第1档：比例应在0%至100%之间。"


def test_esc_and_restore_ask_before_the_typing_goes(
    qtbot: QtBot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(qtbot, workspace)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    model = tab.model
    first = model.index(_row(tab, "salary_1"), model.column_of("rate"))
    model.setData(first, "0.6")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    tab.ui.rateTable.setFocus()
    qtbot.keyClick(tab.ui.rateTable, Qt.Key.Key_Escape)
    assert len(asked) == 1 and model.data(first) == "0.6%"  # 取消: stays with the typing
    tab.restore_defaults()
    assert len(asked) == 2 and model.data(first) == "0.6%"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(tab.ui.rateTable, Qt.Key.Key_Escape)
    assert model.data(first) == "0.5%" and not tab.has_unsaved_changes()
    model.setData(first, "0.7")
    qtbot.keyClick(tab.ui.rateTable, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _saved(workspace)["salary_1"].rate_bp == 70  # type: ignore[attr-defined]


def test_leave_with_a_reason_can_be_counted_as_absence(qtbot: QtBot, workspace: Workspace) -> None:
    tab = _tab(qtbot, workspace)
    assert tab.ui.leaveExcusedCheck.isChecked() and workspace.dues.leave_excused()
    tab.ui.leaveExcusedCheck.setChecked(False)
    assert tab.has_unsaved_changes() and workspace.dues.leave_excused() is True
    assert tab.save()
    assert workspace.dues.leave_excused() is False

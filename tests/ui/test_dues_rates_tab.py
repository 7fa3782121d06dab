"""设置 → 党费标准 (issue 18): the dues rates edited in place; leave excusing org life."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from branchdesk.core.dues import DEFAULT_DUES_RATES
from branchdesk.ui.pages.settings.dues_rates_tab import DuesRatesTab
from branchdesk.workspace import Workspace


def _tab(qtbot: QtBot, ws: Workspace) -> DuesRatesTab:
    d = ws.dues
    tab = DuesRatesTab(
        d.rate_table, d.save_rates, d.restore_rates, d.leave_excused, d.set_leave_excused
    )
    qtbot.addWidget(tab)
    return tab


def _row(tab: DuesRatesTab, rate_id: str) -> int:
    return next(i for i, r in enumerate(tab.model.records()) if r.id == rate_id)


def test_rates_are_edited_in_place_and_saved(qtbot: QtBot, workspace: Workspace) -> None:
    tab = _tab(qtbot, workspace)
    model = tab.model
    assert model.rowCount() == len(DEFAULT_DUES_RATES)
    assert "四舍五入" in tab.ui.roundingLabel.text()
    first = model.index(_row(tab, "salary_1"), model.column_of("rate"))
    assert model.data(first) == "0.5%"
    assert model.setData(first, "0.6")
    student = model.index(_row(tab, "student"), model.column_of("fixed"))
    assert model.setData(student, "0.50")
    saved = {r.id: r for r in workspace.dues.rate_table()}
    assert saved["salary_1"].rate_bp == 60 and saved["student"].fixed_fen == 50
    assert not model.setData(first, "abc")
    assert tab.ui.errorLabel.text()  # said beside the table, in Chinese
    top = model.index(_row(tab, "salary_4"), model.column_of("up_to"))
    assert model.setData(top, "20000")  # the last band would get a ceiling: refused
    assert "最后一档不设上限" in tab.ui.errorLabel.text()
    assert {r.id: r for r in workspace.dues.rate_table()}["salary_4"].up_to_fen is None
    tab.restore_defaults()
    assert workspace.dues.rate_table() == DEFAULT_DUES_RATES


def test_leave_with_a_reason_can_be_counted_as_absence(qtbot: QtBot, workspace: Workspace) -> None:
    tab = _tab(qtbot, workspace)
    assert tab.ui.leaveExcusedCheck.isChecked() and workspace.dues.leave_excused()
    tab.ui.leaveExcusedCheck.setChecked(False)
    assert workspace.dues.leave_excused() is False

"""设置 → 规则: the rule set is edited in place, and the dashboard follows it."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from branchdesk.core.compliance import DEFAULT_RULES, RulePeriod, RuleScope
from branchdesk.core.meetings import MeetingKind
from branchdesk.ui.pages.settings_page import SettingsPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(qtbot, ws: Workspace) -> SettingsPage:
    page = SettingsPage(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.rules)
    return page


def _row(tab, rule_id: str) -> int:
    return next(i for i, r in enumerate(tab.model.records()) if r.id == rule_id)


def test_defaults_are_listed_and_switched_off_or_changed(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab = page.rules
    model = tab.model
    assert model.rowCount() == len(DEFAULT_RULES)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "启用"
    row = _row(tab, "theme_day")
    assert model.data(model.index(row, model.column_of("name"))) == "主题党日"
    model.setData(model.index(row, model.column_of("enabled")), False)
    model.setData(
        model.index(_row(tab, "theme_day"), model.column_of("period")), RulePeriod.QUARTER
    )
    model.setData(model.index(_row(tab, "study_hours"), model.column_of("threshold")), "40")
    assert workspace.rules.get("theme_day").enabled  # held until 保存
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    theme = workspace.rules.get("theme_day")
    assert (theme.enabled, theme.period) == (False, RulePeriod.QUARTER)
    assert workspace.rules.get("study_hours").threshold == 40
    # The shape of a default rule is not editable.
    name = model.index(_row(tab, "theme_day"), model.column_of("name"))
    assert not model.flags(name) & Qt.ItemFlag.ItemIsEditable
    qtbot.mouseClick(tab.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert workspace.rules.all() == list(DEFAULT_RULES)


def test_bad_threshold_is_refused_with_a_message(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab = page.rules
    model = tab.model
    model.setData(model.index(_row(tab, "lesson"), model.column_of("threshold")), "0")
    assert not tab.table.save()
    assert workspace.rules.get("lesson").threshold == 1
    assert "1" in tab.ui.errorLabel.text() and tab.ui.errorLabel.text()


def test_a_local_rule_is_added_shaped_and_deleted(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab = page.rules
    qtbot.mouseClick(tab.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    [local] = [r for r in workspace.rules.all() if not r.is_default]
    assert local.id == "local_1" and local.meeting_kind == MeetingKind.THEME_DAY
    model = tab.model
    row = _row(tab, "local_1")
    tab.ui.ruleTable.setCurrentIndex(model.index(row, model.column_of("scope")))
    editor = tab._delegates["scope"].createEditor(
        tab.ui.ruleTable, QStyleOptionViewItem(), model.index(row, model.column_of("scope"))
    )
    assert isinstance(editor, QComboBox) and editor.count() == len(RuleScope)
    model.setData(model.index(row, model.column_of("scope")), RuleScope.EACH_MEMBER)
    model.setData(model.index(_row(tab, "local_1"), model.column_of("threshold")), "6")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    stored = workspace.rules.get("local_1")
    assert (stored.scope, stored.threshold) == (RuleScope.EACH_MEMBER, 6)
    tab.ui.ruleTable.setCurrentIndex(model.index(_row(tab, "local_1"), 0))
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert [r.id for r in workspace.rules.all()] == [r.id for r in DEFAULT_RULES]


def test_default_rules_cannot_be_deleted(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    tab = page.rules
    tab.ui.ruleTable.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(workspace.rules.all()) == len(DEFAULT_RULES)
    assert tab.ui.errorLabel.text()

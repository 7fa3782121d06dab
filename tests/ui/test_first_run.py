"""The first run: the welcome dialog, the set-up wizard, and the separate demo folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWizard

from branchdesk.core.committee import holder_on
from branchdesk.core.enums import BranchKind, Post
from branchdesk.ui import first_run as first_run_module
from branchdesk.ui.app import create_main_window
from branchdesk.ui.first_run import (
    Choice,
    SetupWizard,
    WelcomeDialog,
    demo_data_dir,
    first_run,
    is_demo,
)
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions


@pytest.mark.parametrize(
    ("button", "choice", "result"),
    [
        ("setupButton", Choice.SET_UP, QDialog.DialogCode.Accepted),
        ("demoButton", Choice.DEMO, QDialog.DialogCode.Accepted),
        ("quitButton", Choice.QUIT, QDialog.DialogCode.Rejected),
    ],
)
def test_the_welcome_dialog_offers_set_up_demo_or_quit(
    qtbot, button: str, choice: Choice, result: QDialog.DialogCode
) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "演示数据" in dialog.ui.demoButton.text()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(getattr(dialog.ui, button), Qt.MouseButton.LeftButton)
    assert dialog.choice == choice
    assert dialog.result() == result


def _wizard(qtbot, ws: Workspace) -> SetupWizard:
    wizard = SetupWizard(ws, DEMO_TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_all(qtbot, wizard: SetupWizard) -> None:
    branch = wizard.branch_page.ui
    branch.nameEdit.insert("中共示例社会组织联合支部委员会")
    branch.kindCombo.setCurrentIndex(branch.kindCombo.findData(BranchKind.JOINT.value))
    branch.upperEdit.insert("中共示例区社会组织委员会")
    wizard.next()
    orgs = wizard.organisations_page
    orgs.ui.orgTable.setItem(0, orgs.NAME, QTableWidgetItem("示例行业协会"))
    orgs.add_row()
    orgs.ui.orgTable.setItem(1, orgs.NAME, QTableWidgetItem("示例社工服务中心"))
    wizard.next()
    secretary = wizard.secretary_page.ui
    secretary.nameEdit.insert("王赟")
    qtbot.keyClicks(secretary.joinedEdit, "2008.7.1")
    qtbot.keyClicks(secretary.fullEdit, "2009.7.1")
    wizard.next()
    qtbot.keyClicks(wizard.term_page.ui.startsEdit, "2024.6.18")
    wizard.next()
    wizard.groups_page.ui.groupsEdit.setPlainText("第一党小组\n第二党小组\n\n第一党小组\n")
    wizard.next()


def test_the_wizard_writes_the_branch_secretary_term_and_groups(
    qtbot, workspace: Workspace
) -> None:
    wizard = _wizard(qtbot, workspace)
    _fill_all(qtbot, wizard)
    assert wizard.currentPage() is wizard.import_page
    assert workspace.is_empty()  # nothing is written before Finish
    wizard.accept()
    branch = workspace.branch.get()
    assert branch is not None and branch.kind == BranchKind.JOINT
    assert branch.upper_committee == "中共示例区社会组织委员会"
    organisations = [o.name for o in workspace.branch.organisations()]
    assert organisations == ["示例行业协会", "示例社工服务中心"]
    assert [g.name for g in workspace.branch.groups()] == ["第一党小组", "第二党小组"]
    [secretary] = workspace.members.all()
    assert secretary.name == "王赟" and secretary.joined_on == date(2008, 7, 1)
    [term] = workspace.branch.terms()
    assert term.starts_on == date(2024, 6, 18) and term.ends_on == date(2027, 6, 17)
    assert term.holder_of(Post.SECRETARY) == secretary.id
    assert holder_on(workspace.branch.terms(), Post.SECRETARY, DEMO_TODAY) == secretary.id


def test_the_wizard_stays_on_a_page_until_it_is_valid(qtbot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    wizard.next()
    assert wizard.currentPage() is wizard.branch_page
    assert wizard.branch_page.errors.is_shown("name")
    wizard.branch_page.ui.nameEdit.insert("中共示例支部委员会")
    wizard.next()
    assert wizard.currentPage() is wizard.organisations_page
    wizard.next()  # no organisation named yet
    assert wizard.currentPage() is wizard.organisations_page
    assert wizard.organisations_page.ui.orgError.text()
    page = wizard.organisations_page
    page.ui.orgTable.setItem(0, page.NAME, QTableWidgetItem("示例协会"))
    wizard.next()
    secretary = wizard.secretary_page
    secretary.ui.nameEdit.insert("周建国")
    qtbot.keyClicks(secretary.ui.joinedEdit, "2030.1.1")  # later than today
    wizard.next()
    assert wizard.currentPage() is secretary
    assert secretary.errors.is_shown("joined_on")


def test_cancelling_the_wizard_writes_nothing(qtbot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    _fill_all(qtbot, wizard)
    wizard.reject()
    assert workspace.is_empty()


def test_the_demo_folder_is_separate_and_marked(
    qtbot, workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_demo(dialog: WelcomeDialog) -> int:
        dialog.choice = Choice.DEMO
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(WelcomeDialog, "exec", choose_demo)
    shown: list[tuple[Path, str, int]] = []

    def show(ws: Workspace) -> int:
        window = create_main_window(ws)
        qtbot.addWidget(window)
        shown.append((ws.data_dir, window.windowTitle(), len(ws.members.all())))
        return 0

    assert first_run(workspace, data_dir, show) == 0
    [(folder, title, members)] = shown
    assert folder == demo_data_dir(data_dir)
    assert folder != data_dir and data_dir not in folder.parents
    assert "演示数据" in title and members > 0
    assert workspace.is_empty() and not is_demo(workspace)  # the real folder is untouched
    assert "演示数据" not in create_main_window(workspace).windowTitle()


def test_choosing_set_up_opens_the_wizard_in_the_real_folder(
    qtbot, workspace: Workspace, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_set_up(dialog: WelcomeDialog) -> int:
        dialog.choice = Choice.SET_UP
        return QDialog.DialogCode.Accepted.value

    def finish(wizard: SetupWizard) -> int:
        _fill_all(qtbot, wizard)
        wizard.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(WelcomeDialog, "exec", choose_set_up)
    monkeypatch.setattr(first_run_module.SetupWizard, "exec", finish)
    shown: list[Path] = []
    assert first_run(workspace, data_dir, lambda ws: shown.append(ws.data_dir) or 0) == 0
    assert shown == [data_dir]
    assert not workspace.is_empty() and not demo_data_dir(data_dir).exists()


def test_the_roster_chosen_on_the_last_page_is_imported(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roster = tmp_path / "名册.csv"
    roster.write_text(
        "姓名,性别,入党时间,党小组\n李喆,男,2015-07-01,第二党小组\n张堃,男,2018.6.30,\n,女,2019-01-01,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(first_run_module.QMessageBox, "information", lambda *args: None)
    wizard = _wizard(qtbot, workspace)
    _fill_all(qtbot, wizard)
    wizard.import_page.set_file(roster)
    wizard.accept()
    assert wizard.imported == 2
    names = {m.name: m for m in workspace.members.all()}
    assert set(names) == {"王赟", "李喆", "张堃"}
    groups = {g.id: g.name for g in workspace.branch.groups()}
    assert groups[names["李喆"].group_id] == "第二党小组"


def test_the_wizard_tidies_a_credit_code_and_keeps_pasted_names_on_one_line(
    qtbot, workspace: Workspace
) -> None:
    """Before, a credit code typed in lower case or full width (accepted in 设置) was
    refused on the wizard's page, and names pasted with a line break were kept with it."""
    wizard = _wizard(qtbot, workspace)
    _fill_all(qtbot, wizard)
    orgs = wizard.organisations_page
    while wizard.currentPage() is not orgs:  # back through the pages, as a user would
        wizard.back()
    orgs.ui.orgTable.setItem(0, orgs.CODE, QTableWidgetItem("91440106ma5abcde1x"))
    orgs.ui.orgTable.setItem(1, orgs.CODE, QTableWidgetItem("９１４４０１０６ＭＡ５ＡＢＣＤＥ２Ｘ"))
    orgs.ui.orgTable.setItem(1, orgs.NAME, QTableWidgetItem("示例社工\n服务中心"))
    wizard.next()
    assert wizard.currentPage() is wizard.secretary_page, orgs.ui.orgError.text()
    wizard.secretary_page.ui.nameEdit.setText("王\n赟")
    wizard.branch_page.ui.nameEdit.setText("中共示例社会组织\n联合支部委员会")
    while wizard.currentPage() is not wizard.import_page:
        wizard.next()
    wizard.accept()
    codes = [(o.name, o.credit_code) for o in workspace.branch.organisations()]
    assert codes == [
        ("示例行业协会", "91440106MA5ABCDE1X"),
        ("示例社工 服务中心", "91440106MA5ABCDE2X"),
    ]
    assert workspace.members.all()[0].name == "王 赟"
    assert workspace.branch.get().name == "中共示例社会组织 联合支部委员会"  # type: ignore[union-attr]


def test_a_founding_date_later_than_today_is_refused(qtbot, workspace: Workspace) -> None:
    wizard = _wizard(qtbot, workspace)
    page = wizard.branch_page
    page.ui.nameEdit.insert("中共示例支部委员会")
    qtbot.keyClicks(page.ui.foundedEdit, "2030.7.1")
    wizard.next()
    assert wizard.currentPage() is page
    assert page.errors.message("founded_on") == "不能晚于今天（2026-11-27）。"


def test_two_organisations_of_one_name_are_refused_on_their_page_in_chinese(
    qtbot, workspace: Workspace
) -> None:
    wizard = _wizard(qtbot, workspace)
    wizard.branch_page.ui.nameEdit.insert("中共示例支部委员会")
    wizard.next()
    orgs = wizard.organisations_page
    orgs.ui.orgTable.setItem(0, orgs.NAME, QTableWidgetItem("示例行业协会"))
    orgs.add_row()
    orgs.ui.orgTable.setItem(1, orgs.NAME, QTableWidgetItem("示例行业协会 "))
    wizard.next()
    assert wizard.currentPage() is orgs
    assert orgs.ui.orgError.text() == "示例行业协会: 已有同名的社会组织。"


UNREADABLE_CELLS = "姓名,性别,出生日期,入党时间\n李喆,未知,1990－13－01,2015-07-01\n".encode()


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        # An unreadable 性别 and 出生日期 crashed the wizard's import with a KeyError.
        ("名册.csv", UNREADABLE_CELLS, "已导入 0 名党员；1 行无效"),
        ("名册.xlsx", b"PK\x03\x04 a damaged workbook", "无法读取 名册.xlsx"),
        ("名册.csv", "姓名\r入党时间\r".encode("utf-16"), "无法读取 名册.csv"),
    ],
)
def test_the_wizards_import_takes_the_same_path_and_never_crashes(
    qtbot,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    content: bytes,
    said: str,
) -> None:
    roster = tmp_path / name
    roster.write_bytes(content)
    shown: list[str] = []
    for box in ("information", "warning"):
        monkeypatch.setattr(
            first_run_module.QMessageBox, box, lambda _p, _t, text, *a: shown.append(text)
        )
    wizard = _wizard(qtbot, workspace)
    _fill_all(qtbot, wizard)
    wizard.import_page.set_file(roster)
    wizard.accept()
    assert wizard.imported == 0
    assert said in shown[-1]
    assert {m.name for m in workspace.members.all()} == {"王赟"}  # the secretary alone


@pytest.mark.parametrize("leave", ["esc", "cancel", "close"])
def test_leaving_the_wizard_with_typing_asks_save_discard_or_cancel(
    qtbot, workspace: Workspace, monkeypatch: pytest.MonkeyPatch, leave: str
) -> None:
    """Esc, 取消 or the window's close button dropped everything typed in the set-up, without
    a word. Now: 取消 stays, 保存 goes on to the end and sets the branch up, 不保存 leaves."""
    wizard = _wizard(qtbot, workspace)

    def go() -> None:
        if leave == "esc":
            qtbot.keyClick(wizard, Qt.Key.Key_Escape)
        elif leave == "cancel":
            wizard.button(QWizard.WizardButton.CancelButton).click()
        else:
            wizard.close()

    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    go()  # nothing typed: no question
    assert asked == [] and not wizard.isVisible()
    wizard = _wizard(qtbot, workspace)
    wizard.branch_page.ui.nameEdit.insert("中共示例支部")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    go()
    assert len(asked) == 1 and wizard.isVisible()
    assert wizard.branch_page.ui.nameEdit.text() == "中共示例支部"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    go()  # 保存: the next page has nothing typed that is required: the wizard stays there
    assert wizard.isVisible() and workspace.is_empty()
    wizard.restart()
    _fill_all(qtbot, wizard)
    wizard.back()
    go()
    assert not wizard.isVisible() and not workspace.is_empty()
    assert wizard.result() == QDialog.DialogCode.Accepted

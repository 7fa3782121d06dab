from datetime import date

from PySide6.QtCore import Qt

from branchdesk.core.enums import Post
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm
from branchdesk.ui.pages.settings_page import SettingsPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(qtbot, ws: Workspace) -> SettingsPage:
    page = SettingsPage(ws, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def test_branch_profile_is_saved_and_an_empty_name_refused(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    ui = page.profile.ui
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.branch.get() is None
    assert page.profile.errors.is_shown("name")
    ui.nameEdit.insert("中共示例协会支部委员会")
    qtbot.keyClicks(ui.foundedOnEdit, "2018.7.1")
    qtbot.keyClick(ui.foundedOnEdit, Qt.Key.Key_Return)
    branch = workspace.branch.get()
    assert branch is not None and branch.founded_on == date(2018, 7, 1)
    assert not page.profile.errors.is_shown("name")


def test_organisations_and_groups_are_edited_in_place(qtbot, workspace: Workspace) -> None:
    page = _page(qtbot, workspace)
    qtbot.mouseClick(page.organisations.ui.addButton, Qt.MouseButton.LeftButton)
    model = page.organisations.model
    model.setData(model.index(0, model.column_of("credit_code")), "BAD")
    # Refused at 保存 by the repository's validation (the one a save runs), said under the table.
    assert not page.organisations.table.save() and workspace.branch.organisations() == []
    assert "18" in page.organisations.ui.errorLabel.text()
    model.setData(model.index(0, model.column_of("credit_code")), "")
    model.setData(model.index(0, model.column_of("name")), "广州市示例协会")
    assert workspace.branch.organisations() == []  # held until 保存
    qtbot.mouseClick(page.organisations.ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.branch.organisations()[0].name == "广州市示例协会"
    qtbot.mouseClick(page.groups.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.groups.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(workspace.branch.groups()) == 1


def test_committee_term_with_posts(qtbot, workspace: Workspace) -> None:
    a = workspace.members.save(Member(name="周建国", joined_on=date(2001, 7, 1)), DEMO_TODAY)
    b = workspace.members.save(Member(name="林晓燕", joined_on=date(2005, 7, 1)), DEMO_TODAY)
    page = _page(qtbot, workspace)
    tab = page.committee
    assert "尚未登记" in tab.ui.termNotice.text()
    qtbot.mouseClick(tab.ui.newTermButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.addSeatButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.addSeatButton, Qt.MouseButton.LeftButton)
    tab.seats.setData(tab.seats.index(0, 1), Post.SECRETARY.value)
    tab.seats.setData(tab.seats.index(1, 1), Post.SECRETARY.value)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.branch.terms() == []
    assert "只能有一名书记" in tab.errors.message("seats")
    tab.seats.setData(tab.seats.index(1, 1), Post.ORGANISATION.value)
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    (term,) = workspace.branch.terms()
    assert term.starts_on == DEMO_TODAY and term.holder_of(Post.SECRETARY) == a.id
    assert {s.member_id for s in term.seats} == {a.id, b.id}


def test_term_ending_soon_is_announced(qtbot, workspace: Workspace) -> None:
    a = workspace.members.save(Member(name="周建国", joined_on=date(2001, 7, 1)), DEMO_TODAY)
    assert a.id is not None
    workspace.branch.save_term(
        CommitteeTerm(date(2024, 3, 1), date(2027, 2, 28), (CommitteeSeat(a.id, Post.SECRETARY),))
    )
    page = _page(qtbot, workspace)
    assert "2027-02-28" in page.committee.ui.termNotice.text()


def test_choosing_another_committee_term_asks_about_unsaved_seats(
    qtbot, demo_workspace: Workspace, monkeypatch
) -> None:
    """Choosing another term in the list (or 新建届次) dropped the seats just edited."""
    from PySide6.QtWidgets import QMessageBox

    from branchdesk.ui import unsaved_changes

    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(unsaved_changes, "ask", question)
    page = _page(qtbot, demo_workspace)
    tab = page.committee
    assert tab.ui.termCombo.count() == 2
    shown = tab.ui.termCombo.currentIndex()
    other = 1 - shown
    tab.ui.termCombo.setCurrentIndex(other)  # nothing changed: no question
    tab.ui.termCombo.setCurrentIndex(shown)
    assert asked == []
    seats = len(tab.seats.records())
    tab.seats.remove(0)
    tab.ui.termCombo.setCurrentIndex(other)
    assert len(asked) == 1 and "尚未保存" in asked[0]
    assert tab.ui.termCombo.currentIndex() == shown and len(tab.seats.records()) == seats - 1
    tab.new_term()
    assert len(asked) == 2 and len(tab.seats.records()) == seats - 1
    answer[0] = QMessageBox.StandardButton.Discard
    tab.ui.termCombo.setCurrentIndex(other)
    tab.ui.termCombo.setCurrentIndex(shown)
    assert len(tab.seats.records()) == seats  # as saved


def test_a_credit_code_typed_in_lower_case_or_full_width_is_kept_tidied(
    qtbot, workspace: Workspace
) -> None:
    page = _page(qtbot, workspace)
    qtbot.mouseClick(page.organisations.ui.addButton, Qt.MouseButton.LeftButton)
    model = page.organisations.model
    model.setData(model.index(0, model.column_of("credit_code")), "９１３５０１００m000100y43")
    assert page.organisations.table.save()
    assert workspace.branch.organisations()[0].credit_code == "91350100M000100Y43"


def test_a_restore_shows_the_restored_profile_groups_and_language_in_every_tab(
    qtbot, demo_workspace: Workspace, tmp_path, monkeypatch
) -> None:
    """Before, the other tabs kept showing the data from before the restore, and 保存 on
    支部信息 wrote the old profile over the restored one."""
    import dataclasses

    from PySide6.QtWidgets import QMessageBox

    ws = demo_workspace
    backup = ws.back_up(tmp_path / "备份 一.zip")
    restored_name = ws.branch.get().name  # type: ignore[union-attr]
    ws.branch.save(dataclasses.replace(ws.branch.get(), name="改过的支部名称"))  # type: ignore[type-var]
    group = ws.branch.groups()[0]
    ws.branch.save_group(dataclasses.replace(group, name="改过的党小组"))
    ws.settings.set("language", "en")
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *args: None))
    page = _page(qtbot, ws)
    assert page.profile.ui.nameEdit.text() == "改过的支部名称"
    with qtbot.waitSignal(page.data_replaced, timeout=20_000):
        page.backups.restore(backup, confirm=False)
    assert page.profile.ui.nameEdit.text() == restored_name
    assert page.groups.model.record(0).name == group.name
    assert page.general.ui.languageCombo.currentData() == "zh_CN"
    qtbot.mouseClick(page.profile.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ws.branch.get().name == restored_name  # type: ignore[union-attr]
    assert ws.settings.get("language", "zh_CN") == "zh_CN"


def test_a_profile_founded_later_than_today_is_refused_and_pasted_lines_joined(
    qtbot, workspace: Workspace
) -> None:
    page = _page(qtbot, workspace)
    ui = page.profile.ui
    ui.nameEdit.insert("中共示例协会\n支部委员会")
    ui.addressEdit.insert("广州市\t天河区")
    ui.foundedOnEdit.insert("2027-01-01")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.branch.get() is None
    assert page.profile.errors.message("founded_on") == "不能晚于今天（2026-11-27）。"
    ui.foundedOnEdit.setText("2018-07-01")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    branch = workspace.branch.get()
    assert branch is not None
    assert (branch.name, branch.address) == ("中共示例协会 支部委员会", "广州市 天河区")


def test_a_groups_set_up_date_unreadable_or_later_than_today_is_said_under_the_table(
    qtbot, demo_workspace: Workspace
) -> None:
    """Before, 明天 or 2026.13.1 left the cell as it was without a word, and 2030 was saved."""
    ws = demo_workspace
    page = _page(qtbot, ws)
    model, label = page.groups.model, page.groups.ui.errorLabel
    cell = model.index(0, model.column_of("created_on"))
    before = ws.branch.groups()[0].created_on
    assert not model.setData(cell, "明天")
    assert label.text() == "日期无效，请按“2019-07-01”的格式填写。"
    assert ws.branch.groups()[0].created_on == before
    model.setData(cell, "2030-01-01")
    assert not page.groups.table.save()  # held until 保存, where the repository refuses it
    assert label.text() == "不能晚于今天（2026-11-27）。"
    assert ws.branch.groups()[0].created_on == before
    assert model.setData(cell, "２０２０年３月１日")
    assert page.groups.table.save()
    assert label.text() == "" and ws.branch.groups()[0].created_on == date(2020, 3, 1)


def test_a_second_group_or_organisation_of_the_same_name_is_refused(
    qtbot, demo_workspace: Workspace
) -> None:
    """Before, two groups named 第一党小组 could be kept, and a member's group, a meeting's
    group and a roster's 党小组 column could not tell them apart."""
    ws = demo_workspace
    page = _page(qtbot, ws)
    groups = ws.branch.groups()
    model = page.groups.model
    model.setData(model.index(1, model.column_of("name")), groups[0].name)
    assert not page.groups.table.save()
    assert ws.branch.groups()[1].name == groups[1].name
    assert page.groups.ui.errorLabel.text() == "已有同名的党小组。"
    model.setData(model.index(1, model.column_of("name")), "第二\n党小组")
    assert page.groups.table.save()
    assert ws.branch.groups()[1].name == "第二 党小组"
    organisations = ws.branch.organisations()
    model = page.organisations.model
    model.setData(model.index(1, model.column_of("name")), organisations[0].name + " ")
    assert not page.organisations.table.save()
    assert ws.branch.organisations()[1].name == organisations[1].name
    assert page.organisations.ui.errorLabel.text() == "已有同名的社会组织。"


def test_a_committee_member_or_group_leader_who_left_is_still_named(
    qtbot, demo_workspace: Workspace
) -> None:
    """Before, a seat or a group leader whose member had since transferred out showed an
    empty name: the committee of 2024 seemed to have a secretary with no name."""
    import dataclasses

    from branchdesk.core.enums import MembershipEventKind
    from branchdesk.core.members import MembershipEvent

    ws = demo_workspace
    leader = next(m for m in ws.members.all() if m.id == ws.branch.groups()[0].leader_id)
    seat_holder = next(m for m in ws.members.all() if m.name == "黄志强")
    for member in (leader, seat_holder):
        moved = MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2026, 3, 1))
        ws.members.save(dataclasses.replace(member, events=(*member.events, moved)), DEMO_TODAY)
    page = _page(qtbot, ws)
    seats = page.committee.seats
    assert "黄志强" in [seats.index(r, 0).data() for r in range(seats.rowCount())]
    assert page.groups.model.index(0, page.groups.model.column_of("leader")).data() == leader.name
    choices = [name for name, _ in page.committee.ui.seatTable.itemDelegateForColumn(0)._choices()]
    assert "黄志强" not in choices  # a new seat is for a member of today


def test_opening_and_closing_a_departed_leaders_cell_keeps_the_leader(
    qtbot, demo_workspace: Workspace
) -> None:
    """Before, the choice box opened on the first member (the one who left was no choice),
    and closing it made that member the leader without a word."""
    import dataclasses

    from branchdesk.core.enums import MembershipEventKind
    from branchdesk.core.members import MembershipEvent

    ws = demo_workspace
    group = ws.branch.groups()[0]
    leader = next(m for m in ws.members.all() if m.id == group.leader_id)
    moved = MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2026, 3, 1))
    ws.members.save(dataclasses.replace(leader, events=(moved,)), DEMO_TODAY)
    page = _page(qtbot, ws)
    model = page.groups.model
    index = model.index(0, model.column_of("leader"))
    view = page.groups.ui.groupTable
    delegate = view.itemDelegateForColumn(index.column())
    editor = delegate.createEditor(view.viewport(), None, index)
    delegate.setEditorData(editor, index)
    assert editor.currentText() == leader.name
    delegate.setModelData(editor, model, index)
    assert ws.branch.groups()[0].leader_id == leader.id


def test_esc_puts_back_the_saved_profile_and_committee_term(
    qtbot, demo_workspace: Workspace
) -> None:
    """Esc cancels (architecture.md); before, it did nothing on these two tabs."""
    page = _page(qtbot, demo_workspace)
    page.activateWindow()  # keys reach a shortcut only in the active window
    qtbot.waitUntil(page.isActiveWindow)
    ui = page.profile.ui
    saved = ui.addressEdit.text()
    ui.addressEdit.setFocus()
    ui.addressEdit.setText("打错的地址")
    qtbot.keyClick(ui.addressEdit, Qt.Key.Key_Escape)
    assert ui.addressEdit.text() == saved and not page.profile.has_unsaved_changes()
    page.tabs.setCurrentWidget(page.committee)
    committee = page.committee.ui
    ends = committee.endsOnEdit.text()
    committee.endsOnEdit.setFocus()
    committee.endsOnEdit.setText("2030-01-01")
    qtbot.keyClick(committee.endsOnEdit, Qt.Key.Key_Escape)
    assert committee.endsOnEdit.text() == ends and not page.committee.has_unsaved_changes()


def test_a_term_overlapping_the_last_is_refused_beside_its_first_day(
    qtbot, workspace: Workspace
) -> None:
    """Two terms sharing a day gave two committees (and secretaries) for that day."""
    workspace.branch.save_term(CommitteeTerm(date(2021, 6, 18), date(2024, 6, 17)))
    page = _page(qtbot, workspace)
    tab = page.committee
    qtbot.mouseClick(tab.ui.newTermButton, Qt.MouseButton.LeftButton)
    tab.ui.startsOnEdit.setText("2024-06-10")
    tab.ui.endsOnEdit.setText("2027-06-09")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(workspace.branch.terms()) == 1
    assert "任期不得重叠：2021-06-18 至 2024-06-17" in tab.errors.message("starts_on")
    tab.ui.startsOnEdit.setText("2024-06-18")
    tab.ui.endsOnEdit.setText("2027-06-17")
    qtbot.mouseClick(tab.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(workspace.branch.terms()) == 2

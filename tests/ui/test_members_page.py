from datetime import date

import pytest
from PySide6.QtCore import Qt

from branchdesk.core import idcard
from branchdesk.core.members import Member
from branchdesk.core.membership import status_on
from branchdesk.ui.pages.members_page import MembersPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture
def page(qtbot, workspace: Workspace) -> MembersPage:
    widget = MembersPage(workspace.members, workspace.branch, lambda: DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _valid_id(birth: date) -> str:
    first17 = f"440106{birth:%Y%m%d}123"
    return first17 + idcard.check_character(first17)


def _fill(qtbot, page: MembersPage, **fields: str) -> None:
    ui = page.form.ui
    edits = {
        "name": ui.nameEdit,
        "birth": ui.birthDateEdit,
        "id": ui.idNumberEdit,
        "joined": ui.joinedOnEdit,
        "full": ui.fullOnEdit,
        "phone": ui.phoneEdit,
    }
    for key, text in fields.items():
        edits[key].clear()
        if text.isascii():
            qtbot.keyClicks(edits[key], text)
        else:  # QTest cannot type Chinese key by key; an input method inserts it whole
            edits[key].insert(text)


def test_add_a_member_through_the_form(qtbot, page: MembersPage, workspace: Workspace) -> None:
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    _fill(
        qtbot,
        page,
        name="王赟",
        birth="1985年3月9日",
        id=_valid_id(date(1985, 3, 9)),
        joined="2010.7.1",
        full="2011-07-01",
    )
    qtbot.keyClick(page.form.ui.nameEdit, Qt.Key.Key_Return)  # Enter saves
    (saved,) = workspace.members.all()
    assert saved.name == "王赟"
    assert saved.birth_date == date(1985, 3, 9) and saved.joined_on == date(2010, 7, 1)
    assert page.proxy.rowCount() == 1
    assert page.selected_row() is not None and page.selected_row().member.id == saved.id
    # The ID number is masked on screen once saved.
    assert page.form.ui.idNumberEdit.text() == idcard.mask(saved.id_number)
    assert page.form.ui.idNumberEdit.isReadOnly()


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"name": "", "joined": "2010-07-01"}, "name", "必填"),
        (
            {"name": "李喆", "joined": "2010-07-01", "id": "11010519491231002" + "1"},
            "id_number",
            "校验码应为 X",
        ),
        (
            {
                "name": "李喆",
                "birth": "1985-03-10",
                "joined": "2010-07-01",
                "id": _valid_id(date(1985, 3, 9)),
            },
            "id_number",
            "1985-03-09",
        ),
        (
            {"name": "李喆", "joined": "2010-07-01", "full": "2009-07-01"},
            "full_on",
            "应晚于入党时间",
        ),
        ({"name": "李喆", "joined": "2010-02-30"}, "joined_on", "没有这一天：2010-02 只有 28 天"),
    ],
)
def test_invalid_input_is_refused_beside_its_field(
    qtbot, page: MembersPage, workspace: Workspace, fields: dict[str, str], field: str, words: str
) -> None:
    page.new_record()
    _fill(qtbot, page, **fields)
    qtbot.mouseClick(page.form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert workspace.members.all() == []
    assert page.form.errors.is_shown(field)
    assert words in page.form.errors.message(field)
    shown = [
        name
        for name in ("name", "id_number", "full_on", "joined_on")
        if page.form.errors.is_shown(name)
    ]
    assert shown == [field]


def test_escape_asks_then_discards_changes(
    qtbot, page: MembersPage, workspace: Workspace, monkeypatch
) -> None:
    """Esc used to discard the typing without a word; it asks, and 不保存 discards."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import answer_questions

    workspace.members.save(Member(name="周建国", joined_on=date(2001, 7, 1)), DEMO_TODAY)
    page.refresh()
    page.ui.recordTable.selectRow(0)
    page.form.ui.nameEdit.setText("改了名字")
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(page.form.ui.nameEdit, Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert page.form.ui.nameEdit.text() == "周建国"
    assert workspace.members.all()[0].name == "周建国"


def test_filters_by_status_group_and_text(qtbot, demo_workspace: Workspace) -> None:
    page = MembersPage(demo_workspace.members, demo_workspace.branch, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    current = page.proxy.rowCount()
    assert current >= 20
    ui = page.ui
    page.status_filter.setCurrentIndex(page.status_filter.findData("probationary"))
    probationary = page.proxy.rowCount()
    assert 3 <= probationary <= 4
    page.status_filter.setCurrentIndex(page.status_filter.findData("left"))
    assert page.proxy.rowCount() == 1  # transferred out last year
    page.status_filter.setCurrentIndex(0)
    page.group_filter.setCurrentIndex(1)
    in_group = page.proxy.rowCount()
    assert 0 < in_group < current
    page.group_filter.setCurrentIndex(0)
    ui.searchEdit.insert("赟")
    assert page.proxy.rowCount() == 1
    assert "1 名" in ui.countLabel.text()


def test_recycle_bin_and_restore(qtbot, page: MembersPage, workspace: Workspace) -> None:
    saved = workspace.members.save(Member(name="张堃", joined_on=date(2012, 5, 1)), DEMO_TODAY)
    page.refresh()
    page.ui.recordTable.selectRow(0)
    qtbot.mouseClick(page.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert workspace.members.all() == [] and page.proxy.rowCount() == 0
    page.ui.recycleBinCheck.setChecked(True)
    assert page.proxy.rowCount() == 1
    page.ui.recordTable.selectRow(0)
    qtbot.mouseClick(page.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert [m.id for m in workspace.members.all()] == [saved.id]
    assert not page.ui.recycleBinCheck.isChecked() and page.proxy.rowCount() == 1


def test_a_member_hidden_by_the_filters_is_shown_when_selected(
    qtbot, demo_workspace: Workspace
) -> None:
    """A search hit naming a member who left opens on the roster with the status widened."""
    page = MembersPage(demo_workspace.members, demo_workspace.branch, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    left = next(m for m in demo_workspace.members.all() if status_on(m, DEMO_TODAY) is None)
    assert page.proxy.rowCount() > 0 and left.id is not None
    page.select_record(left.id)
    assert page.status_filter.currentData() == "everyone"
    assert page.selected() == left
    assert page.form.ui.nameEdit.text() == left.name


def test_filters_come_in_tab_order(qtbot, page: MembersPage) -> None:
    chain = []
    widget = page.ui.searchEdit.nextInFocusChain()
    while len(chain) < 4:
        if widget.isVisibleTo(page) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert chain == ["statusFilter", "groupFilter", "recycleBinCheck", "newButton"]


def test_a_phone_typed_in_full_width_is_saved_in_ordinary_digits(
    qtbot, page: MembersPage, workspace: Workspace
) -> None:
    page.new_record()
    _fill(qtbot, page, name="王赟", joined="2010-07-01", phone="１３８００１３８０００")
    page.save()
    (saved,) = workspace.members.all()
    assert saved.phone == "13800138000"


def test_a_name_pasted_with_a_tab_is_saved_on_one_line(
    qtbot, page: MembersPage, workspace: Workspace
) -> None:
    page.new_record()
    _fill(qtbot, page, name="王\t赟  ", joined="2010-07-01")
    page.save()
    (saved,) = workspace.members.all()
    assert saved.name == "王 赟"

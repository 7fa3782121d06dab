"""The roster model and its filter, without widgets."""

from datetime import date

from branchdesk.core import registry
from branchdesk.core.enums import MemberStatus
from branchdesk.core.found_by import found_by
from branchdesk.core.members import Member
from branchdesk.ui.models.member_table import (
    CONTEXT,
    EVERYONE,
    LEFT,
    MemberFilterProxy,
    MemberRow,
    member_columns,
)
from branchdesk.ui.models.record_table import RECORD_ROLE, SORT_ROLE, RecordTableModel


def _model() -> RecordTableModel[MemberRow]:
    """The roster's model as the 党员 page builds it."""
    return RecordTableModel(member_columns("zh"), CONTEXT)


def _rows() -> list[MemberRow]:
    return [
        MemberRow(
            Member(name="周建国", joined_on=date(2001, 7, 1), id_number="11010519491231002X", id=1),
            MemberStatus.FULL,
            "第一党小组",
            "甲协会",
        ),
        MemberRow(
            Member(name="刘玥", joined_on=date(2026, 3, 1), id=2),
            MemberStatus.PROBATIONARY,
            "第二党小组",
            "乙中心",
        ),
        MemberRow(
            Member(name="谢婉婷", joined_on=date(2010, 3, 1), id=3), None, "第二党小组", "乙中心"
        ),
    ]


def test_columns_show_masked_id_and_chinese_status(qapp) -> None:
    model = _model()
    model.set_records(_rows())
    assert model.rowCount() == 3
    assert model.data(model.index(0, model.column_of("id_number"))) == "110105********002X"
    assert model.data(model.index(1, model.column_of("status"))) == "预备党员"
    assert model.data(model.index(0, model.column_of("joined_on")), SORT_ROLE) == date(2001, 7, 1)
    assert model.data(model.index(2, 0), RECORD_ROLE).member.name == "谢婉婷"


def test_filters(qapp) -> None:
    model = _model()
    model.set_records(_rows())
    proxy = MemberFilterProxy(
        lambda row: found_by(registry.MEMBERS.key, row.member, {}, masked=True)
    )
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 2  # current members only
    proxy.set_status(LEFT)
    assert proxy.rowCount() == 1
    proxy.set_status(EVERYONE)
    assert proxy.rowCount() == 3
    proxy.set_group("第二党小组")
    assert proxy.rowCount() == 2
    proxy.set_text("玥")
    assert proxy.rowCount() == 1
    proxy.set_status(MemberStatus.FULL.value)
    assert proxy.rowCount() == 0
    proxy.set_status(EVERYONE)
    proxy.set_group("")
    proxy.set_text("0519491231")  # part of 周建国's ID number
    assert proxy.rowCount() == 1

from datetime import date

import pytest

from branchdesk.core.enums import Gender, MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.validation import ValidationError
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)


def test_save_and_read_back_with_events(workspace: Workspace) -> None:
    member = Member(
        name="王赟",
        gender=Gender.MALE,
        joined_on=date(2015, 7, 1),
        full_on=date(2016, 7, 1),
        events=(MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2019, 5, 6), "转入"),),
    )
    saved = workspace.members.save(member, TODAY)
    assert saved.id is not None
    again = workspace.members.get(saved.id)
    assert again.name == "王赟" and again.gender == Gender.MALE
    assert [e.kind for e in again.events] == [MembershipEventKind.TRANSFERRED_IN]
    edited = workspace.members.save(
        Member(name="王赟", joined_on=date(2015, 7, 1), id=saved.id), TODAY
    )
    assert edited.events == ()


def test_invalid_member_is_not_saved(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as raised:
        workspace.members.save(Member(name="", joined_on=date(2015, 7, 1)), TODAY)
    assert [e.field for e in raised.value.errors] == ["name"]
    assert workspace.members.all() == []


def test_recycle_bin_round_trip(workspace: Workspace) -> None:
    saved = workspace.members.save(Member(name="李喆", joined_on=date(2015, 7, 1)), TODAY)
    assert saved.id is not None
    workspace.members.move_to_recycle_bin(saved.id)
    assert workspace.members.all() == []
    assert [m.name for m in workspace.members.deleted()] == ["李喆"]
    assert workspace.counts()["members"] == 0
    workspace.members.restore(saved.id)
    assert [m.id for m in workspace.members.all()] == [saved.id]


def test_purge_only_from_recycle_bin(workspace: Workspace) -> None:
    saved = workspace.members.save(Member(name="张堃", joined_on=date(2015, 7, 1)), TODAY)
    assert saved.id is not None
    workspace.members.purge(saved.id)  # not in the bin: nothing happens
    assert len(workspace.members.all()) == 1
    workspace.members.move_to_recycle_bin(saved.id)
    workspace.members.purge(saved.id)
    assert workspace.members.all(include_deleted=True) == []


def test_add_many_is_all_or_nothing(workspace: Workspace) -> None:
    good = Member(name="陈旻", joined_on=date(2015, 7, 1))
    bad = Member(name="", joined_on=date(2015, 7, 1))
    with pytest.raises(ValidationError):
        workspace.members.add_many([good, bad], TODAY)
    assert workspace.members.all() == []

from datetime import date

from branchdesk.core import idcard
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import Member, MembershipEvent, validate_member

TODAY = date(2026, 11, 27)


def _fields(member: Member) -> set[str]:
    return {e.field for e in validate_member(member, TODAY)}


def _valid_id(birth: date) -> str:
    first17 = f"440106{birth:%Y%m%d}123"
    return first17 + idcard.check_character(first17)


def test_a_complete_member_is_valid() -> None:
    birth = date(1985, 3, 9)
    member = Member(
        name="王赟",
        joined_on=date(2010, 7, 1),
        full_on=date(2011, 7, 1),
        birth_date=birth,
        id_number=_valid_id(birth),
        phone="13800138000",
    )
    assert validate_member(member, TODAY) == []


def test_name_is_required() -> None:
    assert _fields(Member(name="  ", joined_on=date(2010, 7, 1))) == {"name"}


def test_full_member_date_must_follow_joining() -> None:
    same_day = Member(name="李喆", joined_on=date(2010, 7, 1), full_on=date(2010, 7, 1))
    before = Member(name="李喆", joined_on=date(2010, 7, 1), full_on=date(2009, 7, 1))
    assert _fields(same_day) == {"full_on"}
    assert _fields(before) == {"full_on"}


def test_dates_cannot_be_in_the_future() -> None:
    member = Member(name="张堃", joined_on=date(2027, 1, 1), birth_date=date(2030, 1, 1))
    assert {"joined_on", "birth_date"} <= _fields(member)


def test_joining_under_eighteen_is_refused() -> None:
    member = Member(name="陈旻", birth_date=date(2000, 5, 2), joined_on=date(2018, 5, 1))
    assert _fields(member) == {"joined_on"}
    assert (
        _fields(Member(name="陈旻", birth_date=date(2000, 5, 2), joined_on=date(2018, 5, 2)))
        == set()
    )


def test_id_number_must_agree_with_birth_date() -> None:
    member = Member(
        name="刘玥",
        joined_on=date(2015, 1, 1),
        birth_date=date(1990, 1, 2),
        id_number=_valid_id(date(1990, 1, 1)),
    )
    assert _fields(member) == {"id_number"}


def test_events_cannot_precede_joining_except_transfer_in() -> None:
    joined = date(2015, 1, 1)
    moved = MembershipEvent(MembershipEventKind.GROUP_MOVED, date(2014, 1, 1))
    transfer = MembershipEvent(MembershipEventKind.TRANSFERRED_IN, date(2016, 1, 1))
    assert _fields(Member(name="甲", joined_on=joined, events=(moved,))) == {"events"}
    assert _fields(Member(name="甲", joined_on=joined, events=(transfer,))) == set()


def test_bad_phone_is_refused() -> None:
    assert _fields(Member(name="乙", joined_on=date(2015, 1, 1), phone="call me")) == {"phone"}


def test_a_year_before_the_party_was_founded_is_a_typo() -> None:
    """入党时间 1899 (for 1999) was accepted when no birth date was given."""
    assert _fields(Member(name="王赟", joined_on=date(1899, 7, 1))) == {"joined_on"}
    assert _fields(Member(name="王赟", joined_on=date(1921, 7, 1))) == set()
    member = Member(name="王赟", joined_on=date(1921, 7, 1), full_on=date(1901, 7, 1))
    assert "full_on" in _fields(member)

from datetime import date

from branchdesk.core.enums import MembershipEventKind as K
from branchdesk.core.enums import MemberStatus
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.membership import (
    group_on,
    has_vote_on,
    headcount_on,
    is_member_on,
    presence_periods,
    status_on,
)


def ev(kind: K, day: date, group: int | None = None) -> MembershipEvent:
    return MembershipEvent(kind, day, group_id=group)


def test_admitted_here_belongs_from_joining_and_votes_after_conversion() -> None:
    m = Member(name="甲", joined_on=date(2020, 7, 1), full_on=date(2021, 7, 1))
    assert status_on(m, date(2020, 6, 30)) is None
    assert status_on(m, date(2020, 7, 1)) == MemberStatus.PROBATIONARY
    assert not has_vote_on(m, date(2021, 6, 30))
    assert status_on(m, date(2021, 7, 1)) == MemberStatus.FULL
    assert has_vote_on(m, date(2021, 7, 1))


def test_probationary_member_without_conversion_never_votes() -> None:
    m = Member(name="乙", joined_on=date(2026, 1, 10))
    assert status_on(m, date(2026, 11, 1)) == MemberStatus.PROBATIONARY
    assert not has_vote_on(m, date(2026, 11, 1))


def test_transferred_in_belongs_only_from_the_transfer() -> None:
    m = Member(
        name="丙",
        joined_on=date(2010, 7, 1),
        full_on=date(2011, 7, 1),
        events=(ev(K.TRANSFERRED_IN, date(2019, 3, 15)),),
    )
    assert not is_member_on(m, date(2019, 3, 14))
    assert status_on(m, date(2019, 3, 15)) == MemberStatus.FULL


def test_transfer_out_and_back_in_gives_two_periods() -> None:
    m = Member(
        name="丁",
        joined_on=date(2012, 7, 1),
        full_on=date(2013, 7, 1),
        events=(ev(K.TRANSFERRED_OUT, date(2018, 1, 1)), ev(K.TRANSFERRED_IN, date(2020, 6, 1))),
    )
    assert presence_periods(m) == [
        (date(2012, 7, 1), date(2018, 1, 1)),
        (date(2020, 6, 1), None),
    ]
    assert is_member_on(m, date(2017, 12, 31))
    assert not is_member_on(m, date(2018, 1, 1))  # the day of leaving is the first day away
    assert not is_member_on(m, date(2020, 5, 31))
    assert is_member_on(m, date(2020, 6, 1))


def test_death_ends_membership() -> None:
    m = Member(
        name="戊",
        joined_on=date(1980, 1, 1),
        full_on=date(1981, 1, 1),
        events=(ev(K.DIED, date(2025, 2, 2)),),
    )
    assert is_member_on(m, date(2025, 2, 1)) and not is_member_on(m, date(2025, 2, 2))


def test_group_on_a_date_follows_moves() -> None:
    m = Member(
        name="己",
        joined_on=date(2015, 1, 1),
        group_id=1,
        events=(ev(K.GROUP_MOVED, date(2025, 4, 1), 2),),
    )
    assert group_on(m, date(2025, 3, 31)) == 1
    assert group_on(m, date(2025, 4, 1)) == 2


def test_headcount_across_events() -> None:
    members = [
        Member(name="A", joined_on=date(2015, 1, 1), full_on=date(2016, 1, 1)),
        Member(name="B", joined_on=date(2025, 6, 1)),
        Member(
            name="C",
            joined_on=date(2010, 1, 1),
            full_on=date(2011, 1, 1),
            events=(ev(K.TRANSFERRED_OUT, date(2025, 9, 30)),),
        ),
        Member(
            name="D",
            joined_on=date(2009, 1, 1),
            full_on=date(2010, 1, 1),
            events=(ev(K.TRANSFERRED_IN, date(2025, 10, 8)),),
        ),
    ]
    start = headcount_on(members, date(2025, 1, 1))
    assert (start.full, start.probationary, start.total) == (2, 0, 2)
    mid = headcount_on(members, date(2025, 7, 1))
    assert (mid.full, mid.probationary) == (2, 1)
    end = headcount_on(members, date(2025, 12, 31))
    assert (end.full, end.probationary) == (2, 1)
    assert headcount_on(members, date(2025, 10, 1)).total == 2


def test_part_of_a_span_owes_in_proportion_rounded_up() -> None:
    from branchdesk.core.membership import in_proportion

    assert in_proportion(32, 365, 365) == 32
    assert in_proportion(32, 400, 365) == 32
    assert in_proportion(32, 183, 365) == 17  # 16.04… rounds up
    assert in_proportion(32, 0, 365) == 0

from datetime import date, time

from branchdesk.core.enums import Post
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm
from branchdesk.core.talks import (
    TALKS_TO_SELF,
    Counterpart,
    PairType,
    Talk,
    TalkKind,
    talk_coverage,
    validate_talk,
)
from tests.core.records_helpers import full

TODAY = date(2026, 11, 27)
MEMBERS = [full(i) for i in range(1, 8)]
# Members 1–3 are the committee of the term covering 2025; member 4 joins it in 2026's term.
TERMS = [
    CommitteeTerm(
        date(2023, 6, 1),
        date(2026, 5, 31),
        (
            CommitteeSeat(1, Post.SECRETARY),
            CommitteeSeat(2, Post.ORGANISATION),
            CommitteeSeat(3, Post.PUBLICITY),
        ),
    ),
    CommitteeTerm(
        date(2026, 6, 1),
        date(2029, 5, 31),
        (CommitteeSeat(1, Post.SECRETARY), CommitteeSeat(4, Post.ORGANISATION)),
    ),
]


def _talk(day: date, talker: int, *others: int, non_member: str = "") -> Talk:
    counterparts = tuple(Counterpart(m) for m in others)
    if non_member:
        counterparts += (Counterpart(name=non_member, role="协会会长"),)
    return Talk(day, talker, counterparts, TalkKind.ROUTINE, time(15, 0), topic="工作交流")


def test_coverage_per_pair_type_and_members_without_talk() -> None:
    talks = [
        _talk(date(2025, 3, 2), 1, 2),  # committee ↔ committee
        _talk(date(2025, 4, 9), 1, 5, 6),  # committee ↔ member, twice
        _talk(date(2025, 5, 1), 2, non_member="黄伟雄"),  # a non-member: no pair
        _talk(date(2024, 5, 1), 6, 7),  # another year
    ]
    coverage = talk_coverage(talks, MEMBERS, TERMS, 2025, TODAY)
    assert coverage.talks == 3
    assert coverage.pairs == {
        PairType.COMMITTEE_COMMITTEE: 1,
        PairType.COMMITTEE_MEMBER: 2,
        PairType.MEMBER_MEMBER: 0,
    }
    assert coverage.missing_pair_types == [PairType.MEMBER_MEMBER]
    assert coverage.members_without_talk == (3, 4, 7)


def test_committee_is_the_one_of_the_talks_date() -> None:
    # 4 ↔ 5 is member↔member under the old term and committee↔member under the new one.
    before = talk_coverage([_talk(date(2026, 5, 20), 4, 5)], MEMBERS, TERMS, 2026, TODAY)
    after = talk_coverage([_talk(date(2026, 6, 20), 4, 5)], MEMBERS, TERMS, 2026, TODAY)
    assert before.pairs[PairType.MEMBER_MEMBER] == 1
    assert after.pairs[PairType.COMMITTEE_MEMBER] == 1


def test_current_year_counts_up_to_today_and_lists_todays_members() -> None:
    newcomer = full(8, joined=date(2026, 9, 1))
    coverage = talk_coverage(
        [_talk(date(2026, 2, 1), 1, 2, 3, 4, 5, 6, 7)], [*MEMBERS, newcomer], TERMS, 2026, TODAY
    )
    assert coverage.as_of == TODAY
    assert coverage.members_without_talk == (8,)


def test_talk_validation() -> None:
    ok = _talk(date(2026, 3, 1), 1, 2, non_member="黄伟雄")
    assert validate_talk(ok, MEMBERS, TODAY) == []
    to_self = _talk(date(2026, 3, 1), 1, 1)
    assert [e.message for e in validate_talk(to_self, MEMBERS, TODAY)] == [TALKS_TO_SELF]
    empty = Talk(date(2026, 3, 1), 1, ())
    assert {e.field for e in validate_talk(empty, MEMBERS, TODAY)} == {"counterparts", "topic"}

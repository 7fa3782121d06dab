from dataclasses import replace
from datetime import date

from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.members import MembershipEvent
from branchdesk.core.review import (
    EXCELLENT_UNCONFIRMED,
    NOT_A_MEMBER,
    PROBATIONARY_GRADED,
    STEP_OUTSIDE_YEAR,
    UNQUALIFIED_WITHOUT_FOLLOW_UP,
    Grade,
    ReviewEntry,
    ReviewFollowUp,
    ReviewRound,
    VoteTally,
    closing_problems,
    grade_summary,
    roster_entries,
    validate_round,
)
from tests.core.records_helpers import full, probationary

TODAY = date(2026, 11, 27)
VOTE = date(2025, 12, 10)
MEMBERS = [full(i) for i in range(1, 7)] + [probationary(7, date(2025, 6, 1))]


def _round(
    grades: dict[int, Grade], *, confirmed: bool = False, closed_on: date | None = None
) -> ReviewRound:
    entries = tuple(ReviewEntry(mid, final_grade=g) for mid, g in grades.items())
    return ReviewRound(
        2025,
        vote_on=VOTE,
        verdict_on=VOTE,
        entries=entries,
        excellent_share_confirmed=confirmed,
        closed_on=closed_on,
    )


def _qualified_all() -> dict[int, Grade]:
    return dict.fromkeys(range(1, 7), Grade.QUALIFIED)


def test_two_of_six_excellent_is_within_the_cap() -> None:
    grades = _qualified_all() | {1: Grade.EXCELLENT, 2: Grade.EXCELLENT}
    summary = grade_summary(_round(grades), MEMBERS)
    assert summary.graded == 6 and summary.counts[Grade.EXCELLENT] == 2
    assert not summary.excellent_over_cap
    assert closing_problems(_round(grades), MEMBERS) == []


def test_three_of_six_excellent_is_flagged_and_needs_confirmation() -> None:
    grades = _qualified_all() | {1: Grade.EXCELLENT, 2: Grade.EXCELLENT, 3: Grade.EXCELLENT}
    assert grade_summary(_round(grades), MEMBERS).excellent_over_cap
    problems = closing_problems(_round(grades), MEMBERS)
    assert [(p.field, p.message) for p in problems] == [
        ("excellent_share_confirmed", EXCELLENT_UNCONFIRMED)
    ]
    assert problems[0].params == {"excellent": "3", "graded": "6"}
    assert closing_problems(_round(grades, confirmed=True), MEMBERS) == []


def test_probationary_member_is_listed_but_not_graded() -> None:
    review = _round(_qualified_all())
    listed = [e.member_id for e in roster_entries(review, MEMBERS)]
    assert listed == [1, 2, 3, 4, 5, 6, 7]
    summary = grade_summary(review, MEMBERS)
    assert summary.probationary == 1 and summary.graded == 6
    # Closing does not ask for the probationary member's grade.
    assert closing_problems(review, MEMBERS) == []
    graded_probationer = _round(_qualified_all() | {7: Grade.QUALIFIED})
    errors = validate_round(graded_probationer, MEMBERS, TODAY)
    assert [(e.field, e.message) for e in errors] == [("entries", PROBATIONARY_GRADED)]


def test_member_converted_to_full_before_the_vote_is_graded() -> None:
    converted = full(8, joined=date(2024, 9, 1))  # full on 2025-09-01, before the vote
    assert grade_summary(_round({8: Grade.QUALIFIED}), [converted]).graded == 1


def test_closing_with_unresolved_unqualified_is_refused() -> None:
    grades = _qualified_all() | {4: Grade.UNQUALIFIED}
    closed = _round(grades, closed_on=date(2025, 12, 20))
    errors = validate_round(closed, MEMBERS, TODAY)
    assert [(e.field, e.message) for e in errors] == [("entries", UNQUALIFIED_WITHOUT_FOLLOW_UP)]
    assert "党员4" in errors[0].text() and "不合格" in errors[0].text()
    resolved = tuple(
        ReviewEntry(e.member_id, final_grade=e.final_grade, follow_up=ReviewFollowUp.CORRECTION)
        if e.member_id == 4
        else e
        for e in closed.entries
    )
    fixed = replace(closed, entries=resolved)
    assert validate_round(fixed, MEMBERS, TODAY) == []


def test_open_round_may_be_saved_half_entered() -> None:
    review = _round({1: Grade.EXCELLENT, 4: Grade.UNQUALIFIED})
    assert validate_round(review, MEMBERS, TODAY) == []
    assert closing_problems(review, MEMBERS)  # but it cannot be closed like this


def test_steps_must_be_in_order() -> None:
    review = ReviewRound(2025, study_on=date(2025, 11, 1), self_assessment_on=date(2025, 10, 1))
    assert [e.field for e in validate_round(review, MEMBERS, TODAY)] == ["self_assessment_on"]


def test_tally_leading_grade() -> None:
    assert VoteTally(3, 5, 1, 0).leading() == Grade.QUALIFIED
    assert VoteTally(4, 4).leading() == Grade.EXCELLENT
    assert VoteTally().leading() is None
    assert VoteTally(1, 2, 3, 4).total == 10


def test_a_step_dated_outside_the_round_year_or_the_next_is_refused() -> None:
    """A 2026 round saved with its vote on 2024-12-01 (a slip of the year) was accepted, and
    its grid then listed the branch of 2024: members who joined since were missing. A round's
    steps fall in its year, or early in the next (reviews are often held in January)."""
    typo = ReviewRound(2026, vote_on=date(2024, 12, 1), verdict_on=date(2024, 12, 10))
    errors = validate_round(typo, MEMBERS, TODAY)
    assert [(e.field, e.message) for e in errors] == [
        ("evaluation_vote_on", STEP_OUTSIDE_YEAR),
        ("verdict_on", STEP_OUTSIDE_YEAR),
    ]
    assert errors[0].params == {"year": "2026", "next": "2027"}
    in_january = ReviewRound(2025, vote_on=date(2026, 1, 8), verdict_on=date(2026, 1, 15))
    assert validate_round(in_january, MEMBERS, TODAY) == []


def test_an_entry_of_a_member_in_the_recycle_bin_blocks_nothing() -> None:
    """A member with an entry moved to the recycle bin made every edit of the round fail with
    '4 在评议日…不是本支部党员' (an id, not a name, of someone the grid no longer shows). The
    entry is kept for a restore and left out of the checks, as the member is of the grid."""
    binned = 4
    members = [m for m in MEMBERS if m.id != binned]
    entries = (
        ReviewEntry(binned, final_grade=Grade.UNQUALIFIED),
        *(ReviewEntry(m, final_grade=Grade.QUALIFIED) for m in (1, 2, 3, 5, 6)),
    )
    review = ReviewRound(2025, vote_on=VOTE, verdict_on=VOTE, entries=entries)
    assert validate_round(review, members, TODAY) == []
    assert closing_problems(review, members) == []
    assert grade_summary(review, members).graded == 5


def test_an_entry_of_someone_who_had_left_by_the_review_date_is_refused() -> None:
    left = replace(
        full(8), events=(MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2025, 3, 1)),)
    )
    review = ReviewRound(2025, vote_on=VOTE, entries=(ReviewEntry(8, opinion="已转出"),))
    errors = validate_round(review, [*MEMBERS, left], TODAY)
    assert [e.message for e in errors] == [NOT_A_MEMBER]

"""Each recruiting time limit at its edges: the day before, the day itself, the day after."""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.core.compliance import (
    DEFAULT_RULES,
    ComplianceFacts,
    FactKind,
    ObligationStatus,
    evaluate,
    window,
)
from branchdesk.core.members import Member
from branchdesk.core.recruiting import LeaveReason, Recruit, RecruitStep, Stage, StepKind
from branchdesk.core.recruiting_limits import (
    RecruitingLimits,
    next_step,
    notice_end_needed,
    probation_ends,
)
from branchdesk.core.recruiting_validation import breaches, validate_recruit
from branchdesk.core.workdays import DayKind, OfficialDay, WorkCalendar

LIMITS = RecruitingLimits.from_rules(DEFAULT_RULES)
# 国务院办公厅 2025 notice: 国庆节、中秋节 10月1日至8日放假，9月28日（周日）、10月11日（周六）上班.
NATIONAL_DAY_2025 = [
    *(OfficialDay(date(2025, 10, d), DayKind.HOLIDAY, "国庆节") for d in range(1, 9)),
    OfficialDay(date(2025, 9, 28), DayKind.WORKDAY, "国庆节"),
    OfficialDay(date(2025, 10, 11), DayKind.WORKDAY, "国庆节"),
]
CALENDAR = WorkCalendar(NATIONAL_DAY_2025)
BORN = date(1995, 4, 1)


def person(applied: date, *steps: RecruitStep, rid: int = 1, member: int | None = None) -> Recruit:
    return Recruit("王芳", applied, BORN, steps=steps, id=rid, member_id=member)


def step(kind: StepKind, on: date, **kw: object) -> RecruitStep:
    return RecruitStep(kind, on, **kw)  # type: ignore[arg-type]


def status(recruit: Recruit, rule_id: str, today: date, **kw: object) -> ObligationStatus:
    facts = ComplianceFacts(
        recruits=[recruit], available=frozenset(FactKind), official_days=NATIONAL_DAY_2025, **kw
    )  # type: ignore[arg-type]
    result = evaluate(facts, DEFAULT_RULES, window(today.year), today)
    found = [o for o in result.for_rule(rule_id) if o.subject_id == recruit.id]
    return found[0].status if found else ObligationStatus.MET


def test_the_limits_come_from_the_editable_rule_set_with_citations() -> None:
    assert (LIMITS.talk_months, LIMITS.activist_months, LIMITS.assessment_months) == (1, 12, 6)
    assert (LIMITS.training_hours, LIMITS.notice_workdays, LIMITS.approval_months) == (24, 5, 3)
    recruit_rules = [r for r in DEFAULT_RULES if r.id.startswith("recruit_")]
    assert len(recruit_rules) == 6 and all(r.basis for r in recruit_rules)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 2, 27), ObligationStatus.NOT_YET_DUE),
        (date(2026, 2, 28), ObligationStatus.NOT_YET_DUE),
        (date(2026, 3, 1), ObligationStatus.MISSING),
    ],
)
def test_talk_within_a_month_of_the_application(today: date, expected: ObligationStatus) -> None:
    applicant = person(date(2026, 1, 31))
    assert next_step(applicant, LIMITS, CALENDAR).deadline == date(2026, 2, 28)  # type: ignore[union-attr]
    assert status(applicant, "recruit_talk", today) == expected


@pytest.mark.parametrize(
    ("talked", "late"),
    [(date(2026, 2, 27), False), (date(2026, 2, 28), False), (date(2026, 3, 1), True)],
)
def test_a_late_talk_is_recorded_and_named_as_a_breach(talked: date, late: bool) -> None:
    applicant = person(date(2026, 1, 31), step(StepKind.TALK, talked))
    assert validate_recruit(applicant, date(2026, 6, 1), LIMITS) == []
    found = [b.limit for b in breaches(applicant, LIMITS, CALENDAR, date(2026, 6, 1))]
    assert found == (["talk"] if late else [])
    assert status(applicant, "recruit_talk", date(2026, 6, 1)) == ObligationStatus.MET


@pytest.mark.parametrize(
    ("decided", "refused"),
    [(date(2026, 3, 9), True), (date(2026, 3, 10), False), (date(2026, 3, 11), False)],
)
def test_a_candidate_after_at_least_a_year_as_an_activist(decided: date, refused: bool) -> None:
    recruit = person(
        date(2025, 1, 5),
        step(StepKind.TALK, date(2025, 1, 20)),
        step(StepKind.ACTIVIST, date(2025, 3, 10)),
        step(StepKind.CANDIDATE, decided),
    )
    errors = validate_recruit(recruit, date(2026, 6, 1), LIMITS)
    assert bool(errors) == refused
    if refused:
        assert errors[0].params["earliest"] == "2026-03-10"


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 9, 9), ObligationStatus.NOT_YET_DUE),
        (date(2025, 9, 10), ObligationStatus.NOT_YET_DUE),
        (date(2025, 9, 11), ObligationStatus.MISSING),
    ],
)
def test_an_activist_is_assessed_every_six_months(today: date, expected: ObligationStatus) -> None:
    activist = person(
        date(2025, 1, 5),
        step(StepKind.TALK, date(2025, 1, 20)),
        step(StepKind.ACTIVIST, date(2025, 3, 10)),
        step(StepKind.MENTORS, date(2025, 3, 10), people="李明、赵丽"),
    )
    assert status(activist, "recruit_assessment", today) == expected
    assessed = person(
        activist.applied_on, *activist.steps, step(StepKind.ASSESSMENT, date(2025, 9, 10))
    )
    nxt = next_step(assessed, LIMITS, CALENDAR)
    assert nxt is not None and nxt.deadline == date(2026, 3, 10)


def _candidate(*more: RecruitStep, member: int | None = None) -> Recruit:
    return person(
        date(2024, 1, 5),
        step(StepKind.TALK, date(2024, 1, 20)),
        step(StepKind.ACTIVIST, date(2024, 3, 10)),
        step(StepKind.MENTORS, date(2024, 3, 10)),
        step(StepKind.CANDIDATE, date(2025, 4, 1)),
        step(StepKind.INTRODUCERS, date(2025, 4, 1), people="李明、赵丽"),
        step(StepKind.POLITICAL_CHECK, date(2025, 5, 1), note="合格"),
        *more,
        member=member,
    )


@pytest.mark.parametrize(("hours", "done"), [(23, False), (24, True), (25, True)])
def test_candidate_training_of_24_study_hours(hours: float, done: bool) -> None:
    recruit = _candidate(step(StepKind.TRAINING, date(2025, 6, 1), hours=hours))
    nxt = next_step(recruit, LIMITS, CALENDAR)
    assert nxt is not None and (nxt.kind == StepKind.NOTICE) == done
    assert (status(recruit, "recruit_training", date(2025, 7, 1)) == ObligationStatus.MET) == done


@pytest.mark.parametrize(("days", "done"), [(2.5, False), (3, True), (3.5, True)])
def test_or_of_three_days(days: float, done: bool) -> None:
    recruit = _candidate(step(StepKind.TRAINING, date(2025, 6, 1), days=days))
    nxt = next_step(recruit, LIMITS, CALENDAR)
    assert nxt is not None and (nxt.kind != StepKind.TRAINING) == done


@pytest.mark.parametrize(
    ("ends", "long_enough"),
    [(date(2025, 10, 8), False), (date(2025, 10, 9), True), (date(2025, 10, 10), True)],
)
def test_a_notice_over_national_day_counts_working_days_with_make_up_days(
    ends: date, long_enough: bool
) -> None:
    # Fri 26 Sep, Sun 28 Sep (worked), Mon 29, Tue 30, then the holiday to 8 Oct: Thu 9 Oct
    # is the fifth working day. Counting weekends alone would have ended it on 2 Oct.
    assert notice_end_needed(date(2025, 9, 26), LIMITS, CALENDAR) == date(2025, 10, 9)
    assert notice_end_needed(date(2025, 9, 26), LIMITS, WorkCalendar()) == date(2025, 10, 2)
    recruit = _candidate(
        step(StepKind.TRAINING, date(2025, 6, 1), days=3),
        step(StepKind.NOTICE, date(2025, 9, 26), ends_on=ends),
    )
    nxt = next_step(recruit, LIMITS, CALENDAR)
    assert nxt is not None and (nxt.kind == StepKind.PRE_REVIEW) == long_enough
    short = [b.limit for b in breaches(recruit, LIMITS, CALENDAR, date(2025, 11, 1))]
    assert short == ([] if long_enough else ["notice"])


def _admitted(admitted: date, *more: RecruitStep, member: int | None = None) -> Recruit:
    return _candidate(
        step(StepKind.TRAINING, date(2025, 6, 1), days=3),
        step(StepKind.NOTICE, date(2025, 9, 26), ends_on=date(2025, 10, 9)),
        step(StepKind.PRE_REVIEW, date(2025, 10, 20)),
        step(StepKind.ADMITTED, admitted, meeting_id=7),
        *more,
        member=member,
    )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 2, 9), ObligationStatus.NOT_YET_DUE),
        (date(2026, 2, 10), ObligationStatus.NOT_YET_DUE),
        (date(2026, 2, 11), ObligationStatus.MISSING),
    ],
)
def test_upper_level_approval_within_three_months_of_the_vote(
    today: date, expected: ObligationStatus
) -> None:
    recruit = _admitted(date(2025, 11, 10))
    assert status(recruit, "recruit_approval", today) == expected


def test_a_tracking_from_date_spares_deadlines_before_it() -> None:
    recruit = _admitted(date(2025, 11, 10))
    today = date(2026, 3, 1)
    assert status(recruit, "recruit_approval", today) == ObligationStatus.MISSING
    spared = status(recruit, "recruit_approval", today, tracking_from=date(2026, 3, 1))
    assert spared == ObligationStatus.NOT_YET_DUE


def _probationer(*more: RecruitStep) -> Recruit:
    return _admitted(
        date(2025, 11, 10),
        step(StepKind.APPROVED, date(2025, 12, 20)),
        step(StepKind.OATH, date(2026, 1, 1)),
        *more,
        member=5,
    )


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 9), ObligationStatus.NOT_YET_DUE),
        (date(2026, 11, 10), ObligationStatus.NOT_YET_DUE),
        (date(2026, 11, 11), ObligationStatus.MISSING),
    ],
)
def test_conversion_is_discussed_when_the_probation_year_ends(
    today: date, expected: ObligationStatus
) -> None:
    recruit = _probationer()
    roster = Member("王芳", date(2025, 11, 10), id=5)
    facts = ComplianceFacts(members=[roster], recruits=[recruit], available=frozenset(FactKind))
    result = evaluate(facts, DEFAULT_RULES, window(today.year), today)
    (found,) = [o for o in result.for_rule("probation_end") if o.subject_id == 5]
    assert found.status == expected and found.deadline == date(2026, 11, 10)


@pytest.mark.parametrize(("months", "valid"), [(5, False), (6, True), (12, True), (13, False)])
def test_an_extension_lasts_six_to_twelve_months(months: int, valid: bool) -> None:
    recruit = _probationer(step(StepKind.EXTENDED, date(2026, 11, 10), months=months))
    assert (validate_recruit(recruit, date(2026, 12, 1), LIMITS) == []) == valid
    if valid:
        expected = {6: date(2027, 5, 10), 12: date(2027, 11, 10)}[months]
        assert probation_ends(recruit) == expected


def test_probation_is_extended_only_once() -> None:
    once = _probationer(step(StepKind.EXTENDED, date(2026, 11, 10), months=6))
    twice = _probationer(
        step(StepKind.EXTENDED, date(2026, 11, 10), months=6),
        step(StepKind.EXTENDED, date(2027, 5, 10), months=6),
    )
    assert validate_recruit(once, date(2027, 6, 1), LIMITS) == []
    assert [e.message for e in validate_recruit(twice, date(2027, 6, 1), LIMITS)] == [
        "Probation can be extended only once."
    ]


@pytest.mark.parametrize(
    ("applied", "refused"),
    [(date(2013, 5, 19), True), (date(2013, 5, 20), False), (date(2013, 5, 21), False)],
)
def test_an_applicant_is_eighteen_on_the_application_date(applied: date, refused: bool) -> None:
    applicant = Recruit("李想", applied, date(1995, 5, 20))
    errors = validate_recruit(applicant, date(2026, 1, 1), LIMITS)
    assert [e.field for e in errors] == (["applied_on"] if refused else [])


def test_leaving_needs_its_reason_and_ends_the_pipeline() -> None:
    left = person(date(2026, 1, 5), step(StepKind.LEFT, date(2026, 3, 1)))
    assert [e.field for e in validate_recruit(left, date(2026, 6, 1), LIMITS)] == ["steps"]
    gone = person(
        date(2026, 1, 5), step(StepKind.LEFT, date(2026, 3, 1), reason=LeaveReason.MOVED_AWAY)
    )
    assert validate_recruit(gone, date(2026, 6, 1), LIMITS) == []
    assert gone.stage == Stage.LEFT and next_step(gone, LIMITS, CALENDAR) is None


def test_a_month_lists_only_deadlines_falling_in_it_or_soon_the_year_lists_all() -> None:
    from branchdesk.core.compliance import span_of
    from branchdesk.core.compliance.periods import RulePeriod

    activist = person(
        date(2025, 1, 5),
        step(StepKind.TALK, date(2025, 1, 20)),
        step(StepKind.ACTIVIST, date(2025, 3, 10)),
        step(StepKind.MENTORS, date(2025, 3, 10)),
    )  # the assessment is due on 10 September 2025
    facts = ComplianceFacts(recruits=[activist], available=frozenset(FactKind))

    def listed(today: date, period: RulePeriod) -> bool:
        result = evaluate(facts, DEFAULT_RULES, span_of(period, today), today)
        return any(o.subject_id == 1 for o in result.for_rule("recruit_assessment"))

    assert listed(date(2025, 4, 1), RulePeriod.YEAR)
    assert not listed(date(2025, 4, 1), RulePeriod.MONTH)
    assert listed(date(2025, 8, 11), RulePeriod.MONTH)  # within a month of it
    assert listed(date(2025, 7, 1), RulePeriod.QUARTER)  # falls in Q3


def test_a_notice_in_a_year_without_its_holiday_notice_says_so_until_it_is_entered() -> None:
    """1.11.0 of the calendar library knows 2026 at most: a notice over New Year 2027 counted
    by weekends alone would take 1 January for a working day, without a word."""
    recruit = _candidate(
        step(StepKind.TRAINING, date(2025, 6, 1), days=3),
        step(StepKind.NOTICE, date(2026, 12, 28), ends_on=date(2027, 1, 4)),
    )
    [caution] = breaches(recruit, LIMITS, CALENDAR, date(2027, 1, 10))
    assert "2026年、2027年的法定节假日安排尚未录入" in caution.text_zh
    known = WorkCalendar(
        [
            *NATIONAL_DAY_2025,
            OfficialDay(date(2026, 1, 1), DayKind.HOLIDAY, "元旦"),
            OfficialDay(date(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
        ]
    )
    assert known.unknown_years(date(2026, 12, 28), date(2027, 1, 4)) == ()
    # Entered, the count is trusted: 28–31 Dec and 4 Jan are the five working days.
    assert breaches(recruit, LIMITS, known, date(2027, 1, 10)) == []

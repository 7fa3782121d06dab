"""The meeting rules: general, committee, group, lesson, theme day, organisational life."""

from datetime import date

from branchdesk.core.compliance import ObligationStatus, RulePeriod, RuleScope
from branchdesk.core.meetings import MeetingKind
from tests.core.compliance_kit import (
    by_span,
    by_subject,
    facts,
    group,
    meeting,
    rule,
    run,
    term,
)

S = ObligationStatus
GEN, COM, GRP = MeetingKind.GENERAL, MeetingKind.COMMITTEE, MeetingKind.GROUP


def test_general_meeting_on_the_last_day_of_a_quarter_counts_in_that_quarter() -> None:
    f = facts(meetings=[meeting(7, GEN, date(2025, 3, 31)), meeting(8, GEN, date(2025, 7, 1))])
    spans = by_span(run(f, "general_meeting"), "general_meeting")
    assert spans["2025-Q1"].status == S.MET and spans["2025-Q1"].evidence == (7,)
    assert spans["2025-Q2"].status == S.MISSING and spans["2025-Q2"].overdue
    assert spans["2025-Q2"].gap_zh == "支部党员大会：2025年第二季度尚未召开"
    assert spans["2025-Q2"].gap_en == "General meeting: none held in Q2 2025"
    assert spans["2025-Q3"].status == S.MET
    assert spans["2025-Q4"].status == S.MISSING


def test_a_quarter_is_not_overdue_on_its_last_day_only_from_the_next() -> None:
    f = facts()
    on_last_day = by_span(run(f, "general_meeting", today=date(2025, 3, 31)), "general_meeting")
    assert on_last_day["2025-Q1"].status == S.NOT_YET_DUE
    assert not on_last_day["2025-Q1"].overdue
    assert on_last_day["2025-Q3"].status == S.NOT_YET_DUE  # ahead
    next_day = by_span(run(f, "general_meeting", today=date(2025, 4, 1)), "general_meeting")
    assert next_day["2025-Q1"].status == S.MISSING and next_day["2025-Q1"].overdue


def test_meeting_on_31_december_counts_for_the_year_and_q4_not_the_next_year() -> None:
    f = facts(meetings=[meeting(1, MeetingKind.ORG_LIFE, date(2025, 12, 31))])
    assert run(f, "org_life_meeting").for_rule("org_life_meeting")[0].status == S.MET
    nxt = run(f, "org_life_meeting", year=2026, today=date(2027, 1, 1))
    assert nxt.for_rule("org_life_meeting")[0].status == S.MISSING
    f = facts(meetings=[meeting(2, GEN, date(2025, 12, 31))])
    assert by_span(run(f, "general_meeting"), "general_meeting")["2025-Q4"].status == S.MET


def test_a_year_without_its_meeting_turns_missing_on_1_january() -> None:
    f = facts()
    dec31 = run(f, "org_life_meeting", today=date(2025, 12, 31)).for_rule("org_life_meeting")
    jan1 = run(f, "org_life_meeting", today=date(2026, 1, 1)).for_rule("org_life_meeting")
    assert dec31[0].status == S.NOT_YET_DUE
    assert jan1[0].status == S.MISSING and jan1[0].overdue


def test_leap_day_meeting_counts_in_february() -> None:
    f = facts(
        meetings=[meeting(1, COM, date(2024, 2, 29))],
        terms=(term(date(2023, 1, 1), date(2025, 12, 31), (1, 2, 3)),),
    )
    spans = by_span(run(f, "committee_meeting", year=2024), "committee_meeting")
    assert spans["2024-02"].status == S.MET and spans["2024-02"].evidence == (1,)
    assert spans["2024-03"].status == S.MISSING
    assert spans["2024-03"].gap_zh == "支委会：2024年3月尚未召开"


def test_meetings_dated_after_today_are_plans_and_do_not_count() -> None:
    f = facts(meetings=[meeting(1, GEN, date(2025, 11, 28))])
    spans = by_span(run(f, "general_meeting", today=date(2025, 11, 27)), "general_meeting")
    assert spans["2025-Q4"].status == S.NOT_YET_DUE and spans["2025-Q4"].done == 0


def test_branch_without_a_committee_owes_no_committee_meeting() -> None:
    secretary_only = term(date(2024, 1, 1), date(2026, 12, 31), (1,))
    result = run(facts(terms=(secretary_only,)), "committee_meeting")
    [only] = result.for_rule("committee_meeting")
    assert only.status == S.NOT_APPLICABLE and only.span.key == "2025"
    assert only.gap_zh == "支委会：未设立支委会，不适用"
    assert result.overdue() == []
    assert run(facts(terms=()), "committee_meeting").for_rule("committee_meeting")[0].status == (
        S.NOT_APPLICABLE
    )


def test_committee_elected_mid_year_owes_from_its_first_month() -> None:
    f = facts(terms=(term(date(2025, 6, 18), date(2028, 6, 17), (1, 2, 3)),))
    spans = by_span(run(f, "committee_meeting"), "committee_meeting")
    assert sorted(spans) == [f"2025-{m:02d}" for m in range(6, 13)]


def test_each_group_is_checked_separately_and_a_new_group_owes_from_its_creation() -> None:
    f = facts(
        groups=(group(1), group(2, created=date(2025, 7, 15))),
        meetings=[
            meeting(10, GRP, date(2025, 8, 5), group_id=1),
            meeting(11, GRP, date(2025, 9, 5), group_id=2),
        ],
    )
    result = run(f, "group_meeting")
    first = {o.span.key: o for o in result.for_rule("group_meeting") if o.subject_id == 1}
    second = {o.span.key: o for o in result.for_rule("group_meeting") if o.subject_id == 2}
    assert len(first) == 12 and first["2025-08"].status == S.MET
    assert first["2025-09"].status == S.MISSING  # group 2's meeting is not group 1's
    assert sorted(second) == [f"2025-{m:02d}" for m in range(7, 13)]
    assert second["2025-09"].status == S.MET and second["2025-08"].status == S.MISSING
    assert second["2025-08"].gap_zh == "党小组会（第2党小组）：2025年8月尚未召开"


def test_no_group_at_all_is_not_applicable() -> None:
    [only] = run(facts(groups=()), "group_meeting").for_rule("group_meeting")
    assert only.status == S.NOT_APPLICABLE


def test_secretary_lesson_counts_only_lessons_given_by_the_secretary_of_the_day() -> None:
    first = term(date(2022, 1, 1), date(2025, 6, 30), (1, 2, 3), tid=1)
    second = term(date(2025, 7, 1), date(2028, 6, 30), (2, 1, 3), tid=2)
    by_deputy = meeting(1, MeetingKind.LESSON, date(2025, 3, 1), lecturer_id=2)
    f = facts(terms=(first, second), meetings=[by_deputy])
    [ob] = run(f, "secretary_lesson").for_rule("secretary_lesson")
    # Member 2 gave it in March as deputy; from July member 2 is the secretary.
    assert ob.status == S.MISSING and ob.subject_id == 2
    by_secretary = meeting(2, MeetingKind.LESSON, date(2025, 8, 1), lecturer_id=2)
    f = facts(terms=(first, second), meetings=[by_deputy, by_secretary])
    [ob] = run(f, "secretary_lesson").for_rule("secretary_lesson")
    assert ob.status == S.MET and ob.evidence == (2,)
    lessons = by_span(run(f, "lesson"), "lesson")
    assert lessons["2025-Q1"].status == S.MET and lessons["2025-Q2"].status == S.MISSING


def test_raised_threshold_gives_partly_met_with_counts_in_words() -> None:
    twice = rule("theme_day", threshold=2)
    f = facts(meetings=[meeting(1, MeetingKind.THEME_DAY, date(2025, 5, 20))])
    spans = by_span(run(f, [twice]), "theme_day")
    assert spans["2025-05"].status == S.PARTLY_MET and spans["2025-05"].overdue
    assert spans["2025-05"].gap_zh == "主题党日：2025年5月应开展2次，已开展1次"
    assert spans["2025-05"].gap_en == "Theme day: 1 of 2 held in May 2025"
    assert spans["2025-06"].status == S.MISSING


def test_changed_period_and_disabled_rule() -> None:
    quarterly = rule("theme_day", period=RulePeriod.QUARTER)
    f = facts(meetings=[meeting(1, MeetingKind.THEME_DAY, date(2025, 5, 20))])
    spans = by_span(run(f, [quarterly]), "theme_day")
    assert sorted(spans) == ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]
    assert spans["2025-Q2"].status == S.MET
    off = rule("theme_day", enabled=False)
    result = run(f, [off, rule("general_meeting")])
    assert result.for_rule("theme_day") == [] and [r.id for r in result.rules] == [
        "general_meeting"
    ]


def test_local_rule_each_member_attends_theme_days() -> None:
    attend = rule(
        "theme_day",
        id="local_1",
        period=RulePeriod.YEAR,
        threshold=2,
        scope=RuleScope.EACH_MEMBER,
        name_zh="参加主题党日",
        is_default=False,
    )
    days = [
        meeting(1, MeetingKind.THEME_DAY, date(2025, 3, 1), attendee_ids=frozenset({1, 2})),
        meeting(2, MeetingKind.THEME_DAY, date(2025, 4, 1), attendee_ids=frozenset({1})),
    ]
    result = by_subject(run(facts(meetings=days), [attend]), "local_1")
    assert result[1].status == S.MET and result[1].evidence == (1, 2)
    assert result[2].status == S.PARTLY_MET
    assert result[2].gap_zh == "参加主题党日（党员2）：2025年度应参加2次，已参加1次"
    assert result[3].status == S.MISSING


def test_month_window_shows_the_month_and_the_enclosing_quarter_and_year() -> None:
    f = facts(meetings=[meeting(1, COM, date(2025, 10, 9))])
    result = run(f, [rule("committee_meeting"), rule("general_meeting"), rule("org_life_meeting")],
                 month=10, today=date(2025, 10, 20))  # fmt: skip
    assert [o.span.key for o in result] == ["2025-10", "2025-Q4", "2025"]
    assert result.obligations[0].status == S.MET
    assert result.obligations[1].status == S.NOT_YET_DUE


def test_held_vs_due_sums_the_months_of_a_quarter() -> None:
    f = facts(meetings=[meeting(1, COM, date(2025, 7, 9)), meeting(2, COM, date(2025, 7, 19)),
                        meeting(3, COM, date(2025, 9, 1))])  # fmt: skip
    result = run(f, "committee_meeting")
    assert result.held_vs_due("committee_meeting", date(2025, 7, 1), date(2025, 9, 30)) == (3, 3)
    [summary] = result.summaries()
    assert (summary.met, summary.overdue, summary.done, summary.due) == (2, 10, 3, 12)

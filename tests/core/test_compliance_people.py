"""Rules about people: talks, study hours, the secretary's training, the review round."""

from datetime import date

from branchdesk.core.compliance import ObligationStatus, ReviewFact, TalkFact, TrainingFact
from branchdesk.core.enums import MembershipEventKind as K
from branchdesk.core.members import MembershipEvent
from branchdesk.core.training import TrainingForm
from tests.core.compliance_kit import (
    STANDARD_MEMBERS,
    by_span,
    by_subject,
    facts,
    member,
    run,
)

S = ObligationStatus
CENTRAL, ONLINE = TrainingForm.CENTRALISED, TrainingForm.ONLINE


def test_talk_pair_types_follow_committee_seats_on_the_talk_date() -> None:
    # Committee: members 1–5. 1↔2 committee pair; 1→6 committee-member; 6↔7 member pair.
    talks = [
        TalkFact(1, date(2025, 3, 1), 1, (2,)),
        TalkFact(2, date(2025, 4, 1), 1, (6,)),
    ]
    result = run(facts(talks=talks))
    assert result.for_rule("talk_committee_committee")[0].evidence == (1,)
    assert result.for_rule("talk_committee_member")[0].evidence == (2,)
    mm = result.for_rule("talk_member_member")[0]
    assert mm.status == S.MISSING
    assert mm.gap_zh == "谈心谈话（党员之间）：2025年度尚未开展"
    with_mm = run(facts(talks=[*talks, TalkFact(3, date(2025, 12, 31), 7, (6,))]))
    assert with_mm.for_rule("talk_member_member")[0].status == S.MET


def test_members_with_no_talk_are_named_and_leavers_are_not() -> None:
    left = member(8, events=[MembershipEvent(K.TRANSFERRED_OUT, date(2025, 9, 30))])
    talks = [TalkFact(1, date(2025, 3, 1), 1, (2, 3)), TalkFact(2, date(2025, 5, 1), None, (4,))]
    result = by_subject(run(facts(members=(*STANDARD_MEMBERS, left), talks=talks)),
                        "talk_each_member")  # fmt: skip
    assert {mid for mid, o in result.items() if o.status == S.MET} == {1, 2, 3, 4}
    assert {mid for mid, o in result.items() if o.status == S.MISSING} == {5, 6, 7}
    assert 8 not in result
    assert result[5].gap_zh == "谈心谈话（党员5）：2025年度尚未参加"


def test_study_hours_full_year_and_fractional_hours() -> None:
    trainings = [
        TrainingFact(1, date(2025, 3, 1), CENTRAL, ((1, 24.0), (2, 8.0))),
        TrainingFact(2, date(2025, 12, 31), ONLINE, ((1, 8.0), (2, 3.5))),
    ]
    result = by_subject(run(facts(trainings=trainings)), "study_hours")
    assert result[1].status == S.MET and result[1].done == 32 and result[1].evidence == (1, 2)
    assert result[2].status == S.PARTLY_MET and result[2].done == 11.5
    assert result[2].gap_zh == "学时（党员2）：2025年度应完成32学时，已完成11.5学时，差20.5学时"
    assert result[3].status == S.MISSING and result[3].due == 32


def test_part_year_members_owe_hours_in_proportion_rounded_up_and_are_named_so() -> None:
    joined = member(8, date(2025, 7, 1), full=None)  # 184 of 365 days: 32×184/365 = 16.1 → 17
    left = member(9, events=[MembershipEvent(K.TRANSFERRED_OUT, date(2025, 9, 30))])  # 272 days
    result = by_subject(run(facts(members=(joined, left))), "study_hours")
    assert result[8].due == 17
    assert "在册184天，按比例应完成17学时" in result[8].gap_zh
    assert "184 of 365 days: 17 hours due in proportion" in result[8].gap_en
    assert result[9].due == 24  # 32×272/365 = 23.8 → 24


def test_part_year_hours_in_a_leap_year_use_366_days() -> None:
    joined = member(8, date(2024, 7, 1), full=None)  # 184 of 366 days: 16.09 → 17
    late = member(9, date(2024, 12, 31), full=None)  # 1 day: 0.09 → 1
    result = by_subject(run(facts(members=(joined, late)), year=2024), "study_hours")
    assert result[8].due == 17 and "184 of 366 days" in result[8].gap_en
    assert result[9].due == 1


def test_member_who_joined_after_the_year_owes_nothing() -> None:
    result = by_subject(run(facts(members=(member(8, date(2026, 2, 1), full=None),))),
                        "study_hours")  # fmt: skip
    assert result == {None: result[None]} and result[None].status == S.NOT_APPLICABLE


def test_secretary_training_counts_centralised_training_only() -> None:
    online = TrainingFact(1, date(2025, 3, 1), ONLINE, ((1, 8.0),))
    [ob] = run(facts(trainings=[online]), "secretary_training").for_rule("secretary_training")
    assert ob.status == S.MISSING and ob.subject_id == 1
    assert ob.gap_zh == "书记集中培训（党员1）：2025年度尚未参加"
    central = TrainingFact(2, date(2025, 6, 1), CENTRAL, ((1, 16.0), (2, 16.0)))
    [ob] = run(facts(trainings=[online, central]), "secretary_training").for_rule(
        "secretary_training"
    )
    assert ob.status == S.MET and ob.evidence == (2,)


def test_secretary_rules_without_a_recorded_secretary_are_not_applicable() -> None:
    [ob] = run(facts(terms=()), "secretary_training").for_rule("secretary_training")
    assert ob.status == S.NOT_APPLICABLE


def test_review_round_counts_for_the_year_reviewed_even_when_held_next_january() -> None:
    late_round = ReviewFact(1, 2025, date(2026, 1, 20))
    [ob] = run(facts(reviews=[late_round]), "democratic_review").for_rule("democratic_review")
    assert ob.status == S.MET and ob.evidence == (1,)
    [ob] = run(facts(reviews=[late_round]), "democratic_review", year=2026).for_rule(
        "democratic_review"
    )
    assert ob.status == S.NOT_YET_DUE  # 2026 is still running on 2026-11-27


def test_record_families_not_kept_yet_are_not_evaluable_never_guessed() -> None:
    only_people = facts(available=frozenset())
    result = run(only_people)
    for rule_id in ("general_meeting", "talk_each_member", "study_hours", "democratic_review"):
        [ob] = result.for_rule(rule_id)
        assert ob.status == S.NOT_EVALUABLE and ob.span.key == "2025"
        assert "无法评估" in ob.gap_zh
    assert by_span(result, "theme_day")["2025"].done == 0

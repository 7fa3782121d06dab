"""The look-ahead rules: committee term ending, probation ending."""

from datetime import date

from branchdesk.core.compliance import ObligationStatus
from branchdesk.core.compliance.warnings import conversion_due
from branchdesk.core.enums import MembershipEventKind as K
from branchdesk.core.members import MembershipEvent
from tests.core.compliance_kit import STANDARD_MEMBERS, by_subject, facts, member, run, term

S = ObligationStatus
T1 = term(date(2023, 6, 18), date(2026, 6, 17), (1, 2, 3), tid=1)


def test_term_far_from_its_end_is_met() -> None:
    [ob] = run(facts(terms=(T1,)), "committee_term", today=date(2025, 11, 1)).for_rule(
        "committee_term"
    )
    assert ob.status == S.MET and not ob.due_soon and ob.deadline == date(2026, 6, 17)


def test_term_ending_within_six_months_warns_from_the_exact_day() -> None:
    before = run(facts(terms=(T1,)), "committee_term", year=2025, today=date(2025, 12, 16))
    assert before.for_rule("committee_term")[0].status == S.MET
    [ob] = run(facts(terms=(T1,)), "committee_term", year=2025, today=date(2025, 12, 17)).for_rule(
        "committee_term"
    )
    assert ob.status == S.NOT_YET_DUE and ob.due_soon and not ob.overdue
    assert ob.gap_zh == "支委会任期将于2026年6月17日届满，请做好换届准备"


def test_ended_term_without_a_successor_is_overdue_and_a_successor_clears_it() -> None:
    [ob] = run(facts(terms=(T1,)), "committee_term", year=2026).for_rule("committee_term")
    assert ob.status == S.MISSING and ob.overdue
    assert ob.gap_zh == "支委会任期已于2026年6月17日届满，尚未换届"
    t2 = term(date(2026, 6, 18), date(2029, 6, 17), (1, 2, 3), tid=2)
    [ob] = run(facts(terms=(T1, t2)), "committee_term", year=2026).for_rule("committee_term")
    assert ob.status == S.MET and ob.evidence == (2,)
    upcoming = run(facts(terms=(T1, t2)), "committee_term", year=2026, today=date(2026, 3, 1))
    assert upcoming.for_rule("committee_term")[0].status == S.MET  # the election is recorded


def test_no_term_at_all_is_not_applicable() -> None:
    [ob] = run(facts(terms=()), "committee_term").for_rule("committee_term")
    assert ob.status == S.NOT_APPLICABLE


def test_past_year_is_judged_as_of_its_last_day() -> None:
    # Seen in 2026, the 2024 view still says "ends within six months" as of 2024-12-31.
    [ob] = run(facts(terms=(T1,)), "committee_term", year=2024).for_rule("committee_term")
    assert ob.status == S.MET
    [ob] = run(facts(terms=(T1,)), "committee_term", year=2025).for_rule("committee_term")
    assert ob.due_soon


def test_conversion_due_one_year_after_joining_plus_six_months_per_extension() -> None:
    assert conversion_due(member(1, date(2024, 2, 29), full=None)) == date(2025, 2, 28)
    extended = member(
        2, date(2025, 1, 10), full=None,
        events=[MembershipEvent(K.PROBATION_EXTENDED, date(2026, 1, 10))],
    )  # fmt: skip
    assert conversion_due(extended) == date(2026, 7, 10)


def test_probation_ending_within_a_month_or_overdue_is_named() -> None:
    due_soon = member(8, date(2025, 12, 15), full=None)  # ends 2026-12-15
    overdue = member(9, date(2025, 10, 1), full=None)  # ended 2026-10-01
    far = member(10, date(2026, 6, 1), full=None)  # ends 2027-06-01
    converted = member(11, date(2025, 10, 1), full=date(2026, 10, 2))
    f = facts(members=(*STANDARD_MEMBERS, due_soon, overdue, far, converted))
    result = by_subject(run(f, "probation_end", year=2026), "probation_end")
    assert set(result) == {8, 9}
    assert result[8].status == S.NOT_YET_DUE and result[8].due_soon
    assert result[8].deadline == date(2026, 12, 15)
    assert result[8].gap_zh == "预备党员党员8预备期将于2026年12月15日届满，请准备讨论转正"
    assert result[9].status == S.MISSING and result[9].overdue
    assert "已于2026年10月1日届满，尚未讨论转正" in result[9].gap_zh


def test_no_probation_due_is_one_met_obligation() -> None:
    [ob] = run(facts(), "probation_end").for_rule("probation_end")
    assert ob.status == S.MET and ob.subject_id is None

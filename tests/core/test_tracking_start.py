"""The start of tracking (开始使用本软件记录的日期): no span before it is judged; a yearly
study-hours rule straddling it is owed in proportion, a yearly count not at all."""

from datetime import date

from branchdesk.core.compliance import ObligationStatus, TrainingFact
from branchdesk.core.training import TrainingForm
from tests.core.compliance_kit import by_span, by_subject, facts, run

S = ObligationStatus


def test_a_month_starting_on_the_day_is_judged_the_month_before_is_not() -> None:
    f = facts(tracking_from=date(2025, 11, 1))
    result = run(f, "theme_day", year=2025, today=date(2026, 1, 2))
    spans = by_span(result, "theme_day")
    assert set(spans) == {"2025-11", "2025-12"}  # January to October owe nothing
    assert spans["2025-11"].status == S.MISSING
    assert spans["2025-12"].status == S.MISSING  # 31 December is inside the judged span


def test_a_month_that_straddles_the_start_is_not_judged() -> None:
    f = facts(tracking_from=date(2026, 12, 5))
    spans = by_span(run(f, "theme_day", year=2026, today=date(2027, 1, 1)), "theme_day")
    assert spans == {"2026": spans["2026"]}  # nothing owed in the whole window: one item
    assert spans["2026"].status == S.NOT_APPLICABLE
    assert "开始使用本软件记录之前" in spans["2026"].gap_zh


def test_the_quarter_and_year_starting_on_the_day_are_judged() -> None:
    f = facts(tracking_from=date(2026, 1, 1))
    quarter = by_span(run(f, "general_meeting", year=2026, today=date(2026, 4, 1)),
                      "general_meeting")  # fmt: skip
    assert quarter["2026-Q1"].status == S.MISSING
    year = by_span(run(f, "org_life_meeting", year=2026, today=date(2027, 1, 1)),
                   "org_life_meeting")  # fmt: skip
    assert year["2026"].status == S.MISSING
    before = by_span(run(f, "org_life_meeting", year=2025, today=date(2027, 1, 1)),
                     "org_life_meeting")  # fmt: skip
    assert before["2025"].status == S.NOT_APPLICABLE


def test_a_year_straddling_the_start_owes_study_hours_in_proportion_and_no_review() -> None:
    f = facts(tracking_from=date(2026, 12, 5))  # 27 days of 2026 left: 32 × 27 / 365 → 3
    hours = by_subject(run(f, "study_hours", year=2026, today=date(2027, 1, 1)), "study_hours")
    assert {o.due for o in hours.values()} == {3}
    assert all(o.status == S.MISSING for o in hours.values())
    assert "自2026年12月5日开始使用本软件记录" in hours[1].gap_zh
    review = by_span(run(f, "democratic_review", year=2026, today=date(2027, 1, 1)),
                     "democratic_review")  # fmt: skip
    assert review["2026"].status == S.NOT_APPLICABLE


def test_hours_trained_after_the_start_meet_the_proportion() -> None:
    training = TrainingFact(1, date(2026, 12, 10), TrainingForm.CENTRALISED, ((1, 3.0),))
    f = facts(tracking_from=date(2026, 12, 5), trainings=(training,))
    hours = by_subject(run(f, "study_hours", year=2026, today=date(2027, 1, 1)), "study_hours")
    assert hours[1].status == S.MET and hours[2].status == S.MISSING


def test_without_a_start_every_span_is_judged_as_before() -> None:
    spans = by_span(run(facts(), "theme_day", year=2025, today=date(2026, 1, 2)), "theme_day")
    assert len(spans) == 12 and all(o.status == S.MISSING for o in spans.values())


def test_the_reports_study_hours_owe_the_same_proportion() -> None:
    from branchdesk.core.participation import Participant
    from branchdesk.core.training import Training, study_hours
    from tests.core.compliance_kit import member

    training = Training(date(2026, 12, 10), "学习", (Participant(1, hours=3.0),))
    rows = study_hours([member(1), member(2)], [training], 2026, 32, since=date(2026, 12, 5))
    assert [(r.required, r.met) for r in rows] == [(3, True), (3, False)]
    whole = study_hours([member(1)], [training], 2026, 32)
    assert whole[0].required == 32

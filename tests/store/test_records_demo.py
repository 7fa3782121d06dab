"""The demo data of issue 4 holds what the other features need to show, gaps included."""

from datetime import date

from branchdesk.core.review import Grade, ReviewFollowUp, closing_problems, grade_summary
from branchdesk.core.talks import PairType, TalkKind
from branchdesk.workspace import Workspace


def test_last_years_round_is_complete(demo_workspace: Workspace, today: date) -> None:
    review = demo_workspace.reviews.for_year(today.year - 1)
    assert review is not None and review.is_closed
    members = demo_workspace.members.all()
    summary = grade_summary(review, members)
    assert summary.probationary >= 1 and summary.ungraded_full == 0
    assert summary.counts[Grade.BASIC] == 1 and not summary.excellent_over_cap
    basic = next(e for e in review.entries if e.final_grade == Grade.BASIC)
    assert basic.follow_up == ReviewFollowUp.EDUCATION
    assert closing_problems(review, members) == []


def test_talks_cover_every_kind_and_pair_with_gaps_this_year(
    demo_workspace: Workspace, today: date
) -> None:
    for year in (today.year - 1, today.year):
        assert {t.kind for t in demo_workspace.talks.all(year)} == set(TalkKind)
        coverage = demo_workspace.talk_coverage(year, today)
        assert all(coverage.pairs[p] > 0 for p in PairType)
    assert demo_workspace.talk_coverage(today.year - 1, today).members_without_talk == ()
    assert len(demo_workspace.talk_coverage(today.year, today).members_without_talk) == 2


def test_monthly_volunteering_and_training_gaps(demo_workspace: Workspace, today: date) -> None:
    last_year = demo_workspace.volunteering.all(today.year - 1)
    assert sorted({a.held_on.month for a in last_year}) == list(range(1, 13))
    below = [h for h in demo_workspace.study_hours(today.year - 1) if not h.met]
    assert len(below) >= 3
    trainings = demo_workspace.trainings.all(today.year - 1)
    assert any(t.form.value == "online" for t in trainings)
    assert demo_workspace.secretary_trainings(today.year - 1)


def test_latest_activities_and_trainings_carry_evidence(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    latest = ws.volunteering.all()[-1]
    (photo,) = ws.attachments.for_owner("volunteer_activities", latest.id or 0)
    assert photo.is_image and ws.attachments.path_of(photo).is_file()
    trained = [t for t in ws.trainings.all() if ws.attachments.for_owner("trainings", t.id or 0)]
    assert trained and all(t.form.value == "centralised" for t in trained)

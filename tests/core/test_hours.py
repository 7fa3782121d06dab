from datetime import date

from branchdesk.core.enums import MembershipEventKind, Post
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm
from branchdesk.core.participation import LISTED_TWICE, MemberHours, Participant
from branchdesk.core.training import (
    Training,
    TrainingForm,
    secretary_trainings,
    study_hours,
    validate_training,
)
from branchdesk.core.volunteer import VolunteerActivity, validate_activity, volunteer_hours
from tests.core.records_helpers import full, probationary

TODAY = date(2026, 11, 27)
OLD = full(1, "周建国")
MID_YEAR = probationary(2, date(2025, 7, 1))  # joined mid-year
LEFT = Member(
    "谢婉婷",
    date(2010, 7, 1),
    full_on=date(2011, 7, 1),
    events=(MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, date(2024, 9, 30)),),
    id=3,
)
MEMBERS = [OLD, MID_YEAR, LEFT]


def _activity(day: date, *hours: tuple[int | None, float]) -> VolunteerActivity:
    return VolunteerActivity(
        day,
        "社区义诊",
        tuple(Participant(mid, "" if mid else "群众志愿者", h) for mid, h in hours),
    )


def test_volunteer_hours_per_member_with_mid_year_joiner() -> None:
    activities = [
        _activity(date(2025, 3, 5), (1, 3.0), (None, 4.0)),
        _activity(date(2025, 8, 10), (1, 2.5), (2, 2.5)),
        _activity(date(2024, 8, 10), (1, 8.0), (3, 8.0)),  # another year
    ]
    assert volunteer_hours(MEMBERS, activities, 2025) == [MemberHours(1, 5.5), MemberHours(2, 2.5)]
    # The member who left in 2024 is listed for 2024, and the one who joined in 2025 is not.
    assert volunteer_hours(MEMBERS, activities, 2024) == [MemberHours(1, 8.0), MemberHours(3, 8.0)]


def test_members_with_no_hours_are_listed_with_zero() -> None:
    assert volunteer_hours(MEMBERS, [], 2025) == [MemberHours(1, 0.0), MemberHours(2, 0.0)]


def _training(day: date, form: TrainingForm, *hours: tuple[int, float]) -> Training:
    return Training(
        day, "党的二十届四中全会精神专题培训", tuple(Participant(m, "", h) for m, h in hours), form
    )


def test_study_hours_against_threshold_with_mid_year_joiner() -> None:
    trainings = [
        _training(date(2025, 4, 1), TrainingForm.CENTRALISED, (1, 16.0)),
        _training(date(2025, 9, 1), TrainingForm.ONLINE, (1, 20.0), (2, 12.0)),
        _training(date(2025, 12, 30), TrainingForm.SELF_STUDY, (2, 4.0)),
    ]
    rows = {r.member_id: r for r in study_hours(MEMBERS, trainings, 2025)}
    assert set(rows) == {1, 2}
    assert rows[1].hours == 36.0 and rows[1].met and rows[1].shortfall == 0
    # Joined on 1 July: owes 32 × 184/365 hours, rounded up to 17.
    assert rows[2].hours == 16.0 and rows[2].required == 17 and rows[2].shortfall == 1.0
    flat = {
        r.member_id: r.required for r in study_hours(MEMBERS, trainings, 2025, in_proportion=False)
    }
    assert flat == {1: 32.0, 2: 32.0}
    stricter = {r.member_id: r.met for r in study_hours(MEMBERS, trainings, 2025, required=40)}
    assert stricter == {1: False, 2: False}


def test_secretary_centralised_trainings_follow_the_post_on_the_date() -> None:
    terms = [
        CommitteeTerm(date(2023, 6, 1), date(2025, 6, 30), (CommitteeSeat(1, Post.SECRETARY),)),
        CommitteeTerm(date(2025, 7, 1), date(2028, 6, 30), (CommitteeSeat(2, Post.SECRETARY),)),
    ]
    trainings = [
        _training(date(2025, 3, 1), TrainingForm.CENTRALISED, (1, 8.0)),  # 1 was secretary
        _training(date(2025, 8, 1), TrainingForm.CENTRALISED, (1, 8.0)),  # 1 no longer was
        _training(date(2025, 9, 1), TrainingForm.ONLINE, (2, 8.0)),  # not centralised
        _training(date(2025, 10, 1), TrainingForm.CENTRALISED, (2, 8.0)),
    ]
    found = secretary_trainings(trainings, terms, 2025)
    assert [t.starts_on for t in found] == [date(2025, 3, 1), date(2025, 10, 1)]


def test_validation_of_activities_and_trainings() -> None:
    twice = _activity(date(2025, 3, 5), (1, 3.0), (1, 2.0))
    assert [e.message for e in validate_activity(twice, TODAY)] == [LISTED_TWICE]
    reversed_days = Training(
        date(2025, 3, 5), "培训", (Participant(1, "", 8),), ends_on=date(2025, 3, 1)
    )
    assert [e.field for e in validate_training(reversed_days, TODAY)] == ["ends_on"]
    assert {e.field for e in validate_activity(_activity(date(2027, 1, 1)), TODAY)} == {
        "held_on",
        "participants",
    }


def test_a_one_day_volunteer_activity_gives_at_most_24_hours_a_person() -> None:
    from branchdesk.core.participation import Participant
    from branchdesk.core.volunteer import MORE_THAN_A_DAY, VolunteerActivity, validate_activity

    day = date(2026, 5, 1)

    def errors(hours: float) -> list[str]:
        activity = VolunteerActivity(day, "义诊", (Participant(None, "张三", hours),))
        return [e.message for e in validate_activity(activity, day)]

    assert errors(24) == [] and errors(8.5) == []
    assert errors(80) == [MORE_THAN_A_DAY]

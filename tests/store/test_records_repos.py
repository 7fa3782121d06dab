"""Repositories of issue 4: round trips, children, recycle bin, refusals."""

from dataclasses import replace
from datetime import date, time

import pytest

from branchdesk.core.members import Member
from branchdesk.core.participation import Participant
from branchdesk.core.review import (
    Grade,
    ReviewEntry,
    ReviewFollowUp,
    ReviewRound,
    VoteTally,
)
from branchdesk.core.talks import Counterpart, Talk, TalkKind
from branchdesk.core.training import Training, TrainingForm
from branchdesk.core.validation import ValidationError
from branchdesk.core.volunteer import VolunteerActivity
from branchdesk.store.errors import NotFoundError
from branchdesk.store.review_repo import YearTakenError
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)


def _members(ws: Workspace) -> list[int]:
    people = [
        Member("周建国", date(2010, 7, 1), full_on=date(2011, 7, 1)),
        Member("林晓燕", date(2012, 7, 1), full_on=date(2013, 7, 1)),
        Member("刘玥", date(2025, 6, 1)),  # probationary during the 2025 round
    ]
    return [ws.members.save(m, TODAY).id or 0 for m in people]


def test_volunteer_activity_round_trip_and_recycle_bin(workspace: Workspace) -> None:
    a, b, _ = _members(workspace)
    saved = workspace.volunteering.save(
        VolunteerActivity(
            date(2026, 3, 5),
            "学雷锋社区义诊",
            (Participant(a, "", 3.0), Participant(b, "", 2.5), Participant(None, "黄伟雄", 3)),
            place="天河区石牌街",
            people_served=120,
        ),
        TODAY,
    )
    assert saved.id is not None
    assert [(p.member_id, p.name, p.hours) for p in saved.participants] == [
        (a, "", 3.0),
        (b, "", 2.5),
        (None, "黄伟雄", 3.0),
    ]
    assert workspace.counts()["volunteer_participants"] == 3
    workspace.volunteering.move_to_recycle_bin(saved.id)
    assert workspace.volunteering.all() == [] and workspace.counts()["volunteer_activities"] == 0
    assert [x.title for x in workspace.volunteering.deleted()] == ["学雷锋社区义诊"]
    workspace.volunteering.restore(saved.id)
    assert workspace.volunteering.all(2026)[0].participants == saved.participants
    workspace.volunteering.move_to_recycle_bin(saved.id)
    workspace.volunteering.purge(saved.id)
    assert workspace.counts()["volunteer_participants"] == 0


def test_training_round_trip_and_hours(workspace: Workspace) -> None:
    a, b, _ = _members(workspace)
    saved = workspace.trainings.save(
        Training(
            date(2026, 4, 8),
            "学习贯彻党的二十届四中全会精神专题培训",
            (Participant(a, "", 16.0), Participant(b, "", 8.0)),
            TrainingForm.CENTRALISED,
            ends_on=date(2026, 4, 9),
            organiser="区委党校",
            hours=16,
        ),
        TODAY,
    )
    assert saved.ends_on == date(2026, 4, 9) and saved.form == TrainingForm.CENTRALISED
    hours = {h.member_id: h.hours for h in workspace.study_hours(2026)}
    assert hours[a] == 16.0 and hours[b] == 8.0
    edited = workspace.trainings.save(
        Training(saved.starts_on, saved.title, (Participant(a, "", 4),), id=saved.id), TODAY
    )
    assert [p.hours for p in edited.participants] == [4.0]
    assert workspace.counts()["training_participants"] == 1


def test_talk_round_trip(workspace: Workspace) -> None:
    a, b, _ = _members(workspace)
    saved = workspace.talks.save(
        Talk(
            date(2026, 5, 12),
            a,
            (Counterpart(b), Counterpart(None, "黄伟雄", "协会会长")),
            TalkKind.WARNING,
            time(15, 30),
            place="支部活动室",
            talker_post="支部书记",
            topic="提醒按时参加组织生活",
        ),
        TODAY,
    )
    again = workspace.talks.get(saved.id or 0)
    assert again.starts_at == time(15, 30) and again.kind == TalkKind.WARNING
    assert [(c.member_id, c.name, c.role) for c in again.counterparts] == [
        (b, "", ""),
        (None, "黄伟雄", "协会会长"),
    ]
    with pytest.raises(ValidationError):
        workspace.talks.save(Talk(date(2026, 5, 12), a, (), topic="x"), TODAY)


def _round(a: int, b: int, c: int) -> ReviewRound:
    return ReviewRound(
        2025,
        vote_on=date(2025, 12, 10),
        verdict_on=date(2025, 12, 15),
        entries=(
            ReviewEntry(a, tally=VoteTally(2, 1), final_grade=Grade.EXCELLENT),
            ReviewEntry(b, final_grade=Grade.UNQUALIFIED),
            ReviewEntry(c, self_assessment="认真学习"),
        ),
    )


def test_review_round_close_refused_then_allowed(workspace: Workspace) -> None:
    a, b, c = _members(workspace)
    saved = workspace.reviews.save(_round(a, b, c), TODAY)
    assert saved.id is not None and saved.entry_for(a) is not None
    assert saved.entry_for(a).tally == VoteTally(2, 1)  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as refused:
        workspace.reviews.close(saved.id, date(2025, 12, 20), TODAY)
    fields = [e.field for e in refused.value.errors]
    assert fields == ["excellent_share_confirmed", "entries"]
    assert workspace.reviews.get(saved.id).closed_on is None
    workspace.reviews.save_entry(
        saved.id,
        ReviewEntry(b, final_grade=Grade.UNQUALIFIED, follow_up=ReviewFollowUp.CORRECTION),
        TODAY,
    )
    workspace.reviews.save(
        replace(workspace.reviews.get(saved.id), excellent_share_confirmed=True), TODAY
    )
    closed = workspace.reviews.close(saved.id, date(2025, 12, 20), TODAY)
    assert closed.closed_on == date(2025, 12, 20)
    assert workspace.reviews.for_year(2025) == closed


def test_one_live_round_per_year(workspace: Workspace) -> None:
    a, b, c = _members(workspace)
    first = workspace.reviews.save(ReviewRound(2025), TODAY)
    with pytest.raises(ValidationError, match="already a review round"):
        workspace.reviews.save(ReviewRound(2025), TODAY)
    workspace.reviews.move_to_recycle_bin(first.id or 0)
    second = workspace.reviews.save(_round(a, b, c), TODAY)
    with pytest.raises(YearTakenError):
        workspace.reviews.restore(first.id or 0)
    workspace.reviews.move_to_recycle_bin(second.id or 0)
    workspace.reviews.restore(first.id or 0)
    assert workspace.reviews.for_year(2025) == workspace.reviews.get(first.id or 0)
    # The trashed round keeps its entries and gets them back on restore.
    assert len(workspace.reviews.get(second.id or 0).entries) == 3


def test_purge_removes_evidence_only_from_the_recycle_bin(workspace: Workspace) -> None:
    a, _, _ = _members(workspace)
    saved = workspace.volunteering.save(
        VolunteerActivity(date(2026, 3, 5), "义诊", (Participant(a, "", 2.0),)), TODAY
    )
    activity_id = saved.id or 0
    photo = workspace.attachments.add_bytes("volunteer_activities", activity_id, b"x", "a.png")
    with pytest.raises(NotFoundError):  # live: refused, its evidence kept
        workspace.purge_from_bin("volunteer_activities", activity_id)
    assert workspace.attachments.for_owner("volunteer_activities", activity_id) == [photo]
    workspace.volunteering.move_to_recycle_bin(activity_id)
    workspace.purge_from_bin("volunteer_activities", activity_id)
    assert workspace.attachments.for_owner("volunteer_activities", activity_id) == []
    assert workspace.volunteering.deleted() == []


def test_study_hours_required_follows_the_rule_set(workspace: Workspace) -> None:
    assert workspace.study_hours_required() == 32.0
    rule = workspace.rules.get("study_hours")
    workspace.rules.save(rule.with_changes(threshold=40))
    assert workspace.study_hours_required() == 40.0
    workspace.rules.save(rule.with_changes(enabled=False))
    assert workspace.study_hours_required() == 32.0


def test_a_round_stays_editable_after_a_member_with_an_entry_is_binned(
    demo_workspace: Workspace,
) -> None:
    """Moving a member with an entry to the recycle bin made every later edit of the round
    fail ('4 在评议日…不是本支部党员'); the entry is kept and comes back with the member."""
    ws = demo_workspace
    first, binned = ws.members.all()[0], ws.members.all()[3]
    assert first.id is not None and binned.id is not None
    review = ws.reviews.save(ReviewRound(2026), TODAY)
    assert review.id is not None
    ws.reviews.save_entry(review.id, ReviewEntry(binned.id, peer_remarks="积极"), TODAY)
    ws.members.move_to_recycle_bin(binned.id)
    saved = ws.reviews.save_entry(review.id, ReviewEntry(first.id, opinion="表现良好"), TODAY)
    assert saved.entry_for(first.id) is not None
    ws.members.restore(binned.id)
    entry = ws.reviews.get(review.id).entry_for(binned.id)
    assert entry is not None and entry.peer_remarks == "积极"

"""The adapter from stored records to the engine's facts, on the demo branch."""

from datetime import date

from branchdesk.core.attendance import expected_members
from branchdesk.core.compliance import FactKind, ObligationStatus
from branchdesk.core.enums import Post
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm
from branchdesk.core.review import ReviewRound
from branchdesk.store.compliance_facts import load_facts, review_fact
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

LAST_YEAR = DEMO_TODAY.year - 1
POSTS = (Post.SECRETARY, Post.ORGANISATION, Post.PUBLICITY)


def test_every_record_family_on_main_is_mapped(demo_workspace: Workspace) -> None:
    facts = load_facts(demo_workspace.db)
    assert facts.available == frozenset(FactKind)
    assert len(facts.members) == len(demo_workspace.members.all())
    assert len(facts.talks) == len(demo_workspace.talks.all())
    assert len(facts.trainings) == len(demo_workspace.trainings.all())
    training = demo_workspace.trainings.all()[0]
    [fact] = [t for t in facts.trainings if t.record_id == training.id]
    assert dict(fact.hours) == {
        p.member_id: p.hours for p in training.participants if p.member_id is not None
    }


def test_a_round_counts_once_held_not_while_only_opened() -> None:
    assert review_fact(ReviewRound(2025, study_on=date(2025, 11, 1), id=1), []) is None
    held = review_fact(ReviewRound(2025, vote_on=date(2026, 1, 10), id=2), [])
    assert held is not None and (held.year, held.held_on) == (2025, date(2026, 1, 10))


def test_a_saved_committee_meeting_turns_its_month_to_met(workspace: Workspace) -> None:
    ws = workspace
    ids = [
        ws.members.save(Member(name, date(2010, 7, 1), full_on=date(2011, 7, 1)), DEMO_TODAY).id
        for name in ("甲", "乙", "丙")
    ]
    seats = tuple(CommitteeSeat(i or 0, p) for i, p in zip(ids, POSTS, strict=True))
    ws.branch.save_term(CommitteeTerm(date(2024, 6, 18), date(2027, 6, 17), seats))
    key = f"{LAST_YEAR}-10"
    before = {o.span.key: o for o in ws.compliance(LAST_YEAR, today=DEMO_TODAY).for_rule(
        "committee_meeting")}  # fmt: skip
    assert before[key].status == ObligationStatus.MISSING
    saved = ws.save_meeting(
        Meeting(MeetingKind.COMMITTEE, date(LAST_YEAR, 10, 31), "支委会"), DEMO_TODAY
    )
    after = {o.span.key: o for o in ws.compliance(LAST_YEAR, today=DEMO_TODAY).for_rule(
        "committee_meeting")}  # fmt: skip
    assert after[key].status == ObligationStatus.MET and after[key].evidence == (saved.id,)


def test_edited_rules_reach_the_workspace_result(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    ws.rules.save(ws.rules.get("theme_day").with_changes(enabled=False))
    ws.rules.save(ws.rules.get("study_hours").with_changes(threshold=10))
    result = ws.compliance(LAST_YEAR, today=DEMO_TODAY)
    assert result.for_rule("theme_day") == []
    assert all(o.due <= 10 for o in result.for_rule("study_hours"))


def test_fast_expected_lists_equal_core_attendance(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    roster = ws.roster()
    facts = {f.record_id: f for f in load_facts(ws.db).meetings}
    facts |= {f.record_id: f for f in load_facts(ws.db, DEMO_TODAY.year - 1).meetings}
    meetings = ws.meetings.all()
    assert meetings
    for m in meetings:
        core = expected_members(roster, m.kind, m.held_on, m.group_id)
        assert facts[m.id or 0].expected_ids == {e.id for e in core}, m

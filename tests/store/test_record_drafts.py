from datetime import date

from branchdesk.core.committee import holder_on
from branchdesk.core.compliance import ObligationStatus
from branchdesk.core.enums import Post
from branchdesk.core.meetings import AttendanceStatus, Meeting, MeetingKind
from branchdesk.core.talks import Talk
from branchdesk.core.training import Training, TrainingForm
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_draft_for_a_missing_group_meeting_is_prefilled_and_saves_as_met(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    result = ws.compliance(DEMO_TODAY.year - 1, today=DEMO_TODAY)
    missing = [o for o in result.for_rule("group_meeting") if o.status != ObligationStatus.MET]
    assert missing, "the demo leaves some group meeting of last year missing"
    target = missing[0]
    found = ws.record_draft(target, DEMO_TODAY)
    assert found is not None and found.record_type == "meetings"
    draft = found.record
    assert isinstance(draft, Meeting) and draft.id is None
    assert draft.kind == MeetingKind.GROUP and draft.group_id == target.subject_id
    assert draft.held_on == min(target.span.end, DEMO_TODAY)
    assert draft.title.endswith("党小组会")
    assert draft.attendance and all(a.status == AttendanceStatus.PRESENT for a in draft.attendance)
    ws.save_meeting(draft, DEMO_TODAY)
    after = ws.compliance(DEMO_TODAY.year - 1, today=DEMO_TODAY).for_rule("group_meeting")
    same = next(o for o in after if (o.span, o.subject_id) == (target.span, target.subject_id))
    assert same.status == ObligationStatus.MET


def test_no_draft_for_a_review_round_nor_for_months_ahead(
    demo_workspace: Workspace,
) -> None:
    result = demo_workspace.compliance(DEMO_TODAY.year, today=DEMO_TODAY)
    [review] = result.for_rule("democratic_review")
    assert demo_workspace.record_draft(review, DEMO_TODAY) is None
    december = next(o for o in result.for_rule("committee_meeting") if o.span.index == 12)
    assert december.status == ObligationStatus.NOT_YET_DUE
    assert demo_workspace.record_draft(december, DEMO_TODAY) is None


def test_dashboard_of_the_demo(demo_workspace: Workspace) -> None:
    board = demo_workspace.dashboard(DEMO_TODAY)
    assert board.headline.members > 20 and board.headline.volunteer_hours > 0
    assert board.month.window.key == "2026-11"
    assert (
        len(board.months) == 12 and board.months[11].meetings_due == 3
    )  # Q4 and the year fall due in December
    assert date(2026, 11, 27) == board.today


def test_talk_and_training_drafts_for_a_member_without_a_talk_and_the_secretary(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    result = ws.compliance(DEMO_TODAY.year, today=DEMO_TODAY)
    no_talk = next(
        o for o in result.for_rule("talk_each_member") if o.status != ObligationStatus.MET
    )
    found = ws.record_draft(no_talk, DEMO_TODAY)
    assert found is not None and found.record_type == "talks"
    talk = found.record
    assert isinstance(talk, Talk) and talk.held_on == DEMO_TODAY
    assert [c.member_id for c in talk.counterparts] == [no_talk.subject_id]
    assert talk.talker_id == holder_on(ws.branch.terms(), Post.SECRETARY, DEMO_TODAY)
    [training] = result.for_rule("secretary_training")
    found = ws.record_draft(training, DEMO_TODAY)
    assert found is not None and found.record_type == "trainings"
    assert isinstance(found.record, Training)
    assert [p.member_id for p in found.record.participants] == [
        holder_on(ws.branch.terms(), Post.SECRETARY, DEMO_TODAY)
    ]
    assert found.record.form == TrainingForm.CENTRALISED


def test_a_talk_draft_for_a_pair_rule_pairs_the_people_the_rule_asks_for(
    demo_workspace: Workspace,
) -> None:
    """Before, every talk draft had the secretary as talker: a 党员之间 draft, once saved,
    was a talk of the committee with a member, and 党员之间 stayed missing."""
    from branchdesk.core.committee import committee_on
    from branchdesk.core.talks import PairType, talk_pairs

    ws = demo_workspace
    result = ws.compliance(DEMO_TODAY.year, today=DEMO_TODAY)
    terms = ws.branch.terms()
    for pair in PairType:
        [obligation] = result.for_rule(f"talk_{pair.value}")
        found = ws.record_draft(obligation, DEMO_TODAY)
        assert found is not None and isinstance(found.record, Talk)
        talk = found.record
        assert talk_pairs(talk, terms) == [pair], pair
        if pair == PairType.MEMBER_MEMBER:
            assert talk.talker_id not in committee_on(terms, DEMO_TODAY)

"""A committee handover: one answer to "who sat on the committee that day" everywhere.

Terms saved before overlaps were refused may still share days. Before, on such a day the
talks page and the report took the later term while the 概览 (compliance) and the ledger's
expected lists took the earlier, so a talk was 支委之间 in one and 党员之间 in the other, and
a committee meeting's 应到 differed. Now `core.committee.term_on` answers for all of them,
`check` names the overlap, and a new overlap is refused.
"""

from __future__ import annotations

from datetime import date

import pytest

from branchdesk.core.committee import holder_on
from branchdesk.core.enums import Post
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeTerm, overlapping_terms
from branchdesk.core.talks import Counterpart, PairType, Talk, talk_pairs
from branchdesk.core.validation import ValidationError
from branchdesk.reports.facts import gather_facts
from branchdesk.reports.ledgers import meetings_ledger
from branchdesk.store.compliance_facts import load_facts
from branchdesk.workspace import Workspace

DAY = date(2024, 6, 18)  # the old term's last-but-one day and the new term's first
TODAY = date(2026, 11, 27)
OLD, NEW = 0, 1


def _legacy_terms(ws: Workspace, ids: dict[str, int]) -> None:
    """Two overlapping terms written as an older version could: past the validation."""
    terms = (
        ("2021-06-20", "2024-06-19", (("甲", Post.SECRETARY), ("丙", Post.ORGANISATION),
                                      ("丁", Post.PUBLICITY))),
        ("2024-06-18", "2027-06-17", (("乙", Post.SECRETARY), ("丙", Post.ORGANISATION),
                                      ("戊", Post.PUBLICITY), ("己", Post.DISCIPLINE))),
    )  # fmt: skip
    with ws.db.atomic():
        for starts, ends, seats in terms:
            term_id = ws.db.execute(
                "INSERT INTO committee_terms (starts_on, ends_on) VALUES (?, ?)", [starts, ends]
            ).lastrowid
            for name, post in seats:
                ws.db.execute(
                    "INSERT INTO committee_posts (term_id, member_id, post) VALUES (?, ?, ?)",
                    [term_id, ids[name], post.value],
                )


@pytest.fixture
def handover(workspace: Workspace) -> tuple[Workspace, dict[str, int]]:
    ws = workspace
    ids = {
        name: ws.members.save(Member(name, date(2010, 7, 1), full_on=date(2011, 7, 1)), TODAY).id
        or 0
        for name in ("甲", "乙", "丙", "丁", "戊", "己", "庚")
    }
    _legacy_terms(ws, ids)
    return ws, ids


def test_page_overview_report_and_ledger_agree_on_the_handover_day(
    handover: tuple[Workspace, dict[str, int]],
) -> None:
    ws, ids = handover
    new_committee = {ids[n] for n in ("乙", "丙", "戊", "己")}
    talk = ws.talks.save(Talk(DAY, ids["乙"], (Counterpart(ids["戊"]),), topic="交接"), TODAY)
    lesson = ws.save_meeting(
        Meeting(MeetingKind.LESSON, DAY, "党课", topic="交接", lecturer_id=ids["乙"]), TODAY
    )
    committee_meeting = ws.save_meeting(Meeting(MeetingKind.COMMITTEE, DAY, "支委会"), TODAY)

    # The talks page classifies a talk with core.talks on the branch's terms.
    assert talk_pairs(talk, ws.branch.terms()) == [PairType.COMMITTEE_COMMITTEE]
    assert holder_on(ws.branch.terms(), Post.SECRETARY, DAY) == ids["乙"]

    # The 概览: the same pair, the same secretary, the same committee due at the meeting.
    result = ws.compliance(2024, today=TODAY)
    [pair_year] = result.for_rule("talk_committee_committee")
    assert pair_year.evidence == (talk.id,)
    assert result.for_rule("talk_member_member")[0].evidence == ()
    assert result.for_rule("secretary_lesson")[0].evidence == (lesson.id,)
    [fact] = [f for f in load_facts(ws.db, 2024).meetings if f.record_id == committee_meeting.id]
    assert fact.expected_ids == new_committee

    # The report and the ledger.
    records = ws.year_records(2024, TODAY)
    assert gather_facts(records).talks.pairs[PairType.COMMITTEE_COMMITTEE] == 1
    [row] = [r for r in meetings_ledger(records).rows if r[2] == "支部委员会会议"]
    assert row[5] == len(new_committee)  # 应到


def test_check_names_the_overlap(handover: tuple[Workspace, dict[str, int]]) -> None:
    ws, _ = handover
    [finding] = ws.check()
    assert (finding.kind, finding.table) == ("rule", "committee_terms")
    assert str(finding.message) == (
        "overlaps committee term #2 (2024-06-18 to 2027-06-17): correct the dates in "
        "Settings → Committee (a new term starts the day after the old one ends)"
    )


def test_correcting_the_old_terms_end_clears_the_check(
    handover: tuple[Workspace, dict[str, int]],
) -> None:
    ws, _ = handover
    old = ws.branch.terms()[OLD]
    ws.branch.save_term(CommitteeTerm(old.starts_on, date(2024, 6, 17), old.seats, old.id))
    assert ws.check() == []


def test_a_new_overlapping_term_is_refused(workspace: Workspace) -> None:
    ws = workspace
    ws.branch.save_term(CommitteeTerm(date(2021, 6, 18), date(2024, 6, 17)))
    with pytest.raises(ValidationError) as refused:
        ws.branch.save_term(CommitteeTerm(date(2024, 6, 17), date(2027, 6, 16)))
    [error] = refused.value.errors
    assert error.field == "starts_on" and error.params == {
        "starts": "2021-06-18",
        "ends": "2024-06-17",
    }
    ws.branch.save_term(CommitteeTerm(date(2024, 6, 18), date(2027, 6, 17)))  # the day after
    assert [t.starts_on for t in ws.branch.terms()] == [date(2021, 6, 18), date(2024, 6, 18)]


def test_the_demo_terms_hand_over_without_a_shared_day(demo_workspace: Workspace) -> None:
    terms = demo_workspace.branch.terms()
    assert len(terms) > 1 and overlapping_terms(terms) == []
    assert demo_workspace.check() == []

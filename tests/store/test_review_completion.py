"""Reviews done only when done: a round with members still ungraded is partly met, says so
in the report's words, labels them 未评定 in 附件2, and refuses more votes than voters."""

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.report_texts import ReportSection
from branchdesk.core.review import (
    Grade,
    ReviewEntry,
    ReviewRound,
    VoteTally,
    is_graded,
    roster_entries,
)
from branchdesk.core.validation import ValidationError
from branchdesk.reports.ledgers import review_ledger
from branchdesk.reports.narrative import draft_of, sections
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

YEAR = DEMO_TODAY.year - 1


def _leave_one_graded(ws: Workspace) -> tuple[int, int]:
    """Strip the grades of every full member but one; returns (graded, to_grade)."""
    review = ws.reviews.for_year(YEAR)
    assert review is not None and review.id is not None
    members = ws.members.all()
    by_id = {m.id: m for m in members}
    full = [
        e
        for e in roster_entries(review, members)
        if is_graded(by_id[e.member_id], review.review_date)
    ]
    kept = full[0]
    entries = tuple(
        e if e.member_id == kept.member_id or e not in full
        else replace(e, proposed_grade=None, final_grade=None, follow_up=None)
        for e in review.entries
    )  # fmt: skip
    ws.reviews.save(replace(review, entries=entries, closed_on=None), DEMO_TODAY)
    return 1, len(full)


def test_a_round_with_members_ungraded_is_partly_met_in_compliance_json(
    demo_workspace: Workspace, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    item = next(
        o for o in demo_workspace.compliance(YEAR, today=DEMO_TODAY)
        if o.rule_id == "democratic_review"
    )  # fmt: skip
    assert item.status.value == "met"  # the demo's round is complete
    graded, to_grade = _leave_one_graded(demo_workspace)
    demo_workspace.close()
    args = ["--data-dir", str(data_dir), "compliance", "--year", str(YEAR), "--json"]
    assert main([*args, "--today", DEMO_TODAY.isoformat()]) == 0
    out = json.loads(capsys.readouterr().out)
    [review] = [i for i in out["items"] if i["rule_id"] == "democratic_review"]
    assert review["status"] == "partly_met" and review["overdue"] is True
    assert review["progress"] == {"graded": graded, "to_grade": to_grade}
    assert f"应评定{to_grade}名、已评定{graded}名" in review["gap_zh"]


def test_the_report_says_how_many_are_graded_and_the_ledger_says_unrated(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    graded, to_grade = _leave_one_graded(ws)
    facts = ws.annual_facts(YEAR, DEMO_TODAY)
    text = next(s.text for s in sections(facts, ws.report_texts.for_year(YEAR))
                if s.section.value == "performance")  # fmt: skip
    assert f"应评定{to_grade}名、已评定{graded}名" in text
    assert f"评定等次{graded}名" not in text
    ledger = review_ledger(ws.year_records(YEAR, DEMO_TODAY))
    grades = [row[3] for row in ledger.rows]
    assert grades.count("未评定") == to_grade - graded
    members = {m.name: m for m in ws.members.all()}
    review = ws.reviews.for_year(YEAR)
    assert review is not None
    for row in ledger.rows:
        if row[3] == "不评定等次":  # only for probationary members
            assert not is_graded(members[str(row[1])], review.review_date)


def test_votes_above_the_number_who_voted_are_refused(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    review = ws.reviews.for_year(YEAR)
    assert review is not None and review.id is not None
    review = ws.reviews.save(replace(review, participants=21, closed_on=None), DEMO_TODAY)
    assert review.participants == 21
    member_id = review.entries[0].member_id
    too_many = ReviewEntry(member_id, tally=VoteTally(excellent=30, qualified=12))
    with pytest.raises(ValidationError) as refused:
        ws.reviews.save_entry(review.id, too_many, DEMO_TODAY)
    [error] = refused.value.errors
    assert error.field == "entries" and error.params["participants"] == "21"
    fits = ReviewEntry(member_id, tally=VoteTally(excellent=9, qualified=12))
    saved = ws.reviews.save_entry(review.id, fits, DEMO_TODAY)
    assert saved.entry_for(member_id) is not None


def test_the_dashboard_keeps_the_reminder_while_the_round_is_unfinished(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    year = DEMO_TODAY.year
    members = ws.members.all()
    review = ws.reviews.save(ReviewRound(year, vote_on=DEMO_TODAY, participants=20), DEMO_TODAY)
    assert review.id is not None
    first = next(m for m in members if is_graded(m, DEMO_TODAY))
    ws.reviews.save_entry(review.id, ReviewEntry(first.id or 0, final_grade=Grade.QUALIFIED),
                          DEMO_TODAY)  # fmt: skip
    [item] = [o for o in ws.dashboard(DEMO_TODAY).year if o.rule_id == "democratic_review"]
    assert item.status.value == "not_yet_due" and item.needs_attention
    assert item.progress is not None and item.progress[0] == 1
    assert "已评定1名" in item.gap_zh


def test_prose_states_quarters_in_words_never_as_a_tally(demo_workspace: Workspace) -> None:
    facts = demo_workspace.annual_facts(YEAR, DEMO_TODAY)
    text = draft_of(ReportSection.PERFORMANCE, facts)
    assert "未达到要求的季度为" in text  # the demo's 2025 misses some quarters
    assert re.search(r"季度\d", text) is None and re.search(r"\d/\d", text) is None
    assert re.search(r"第[一二三四]季度应开\d+次、(未开|已开\d+次)", text)


def test_an_imported_archive_without_a_tracking_start_gets_its_earliest_month(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    ws = demo_workspace
    with ws.db.atomic():
        ws.db.execute("UPDATE branch SET tracking_from = NULL")
    archive = ws.export_archive(tmp_path / "all.zip")
    earliest = min(m.held_on for m in ws.meetings.all())
    with Workspace.open(tmp_path / "copy") as copy:
        copy.import_archive(archive)
        branch = copy.branch.get()
        assert branch is not None and branch.tracking_from == earliest.replace(day=1)

"""The pipeline in the store: migration from the current schema, the roster it feeds, the
meeting that is the step, the archive round trip."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from branchdesk.core.attendance import summarise
from branchdesk.core.compliance import ObligationStatus
from branchdesk.core.recruiting import Recruit, RecruitStep, Stage, StepKind
from branchdesk.core.recruiting_limits import probation_ends
from branchdesk.core.recruiting_meetings import RECORDED, VOTE_FAILED
from branchdesk.core.validation import ValidationError
from branchdesk.core.workdays import DayKind, OfficialDay
from branchdesk.store.db import DATABASE_NAME
from branchdesk.workspace import Workspace

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.mark.parametrize("schema", ["1.5", "1.7"])
def test_todays_probationary_members_enter_the_pipeline_when_migrating(
    tmp_path: Path, schema: str
) -> None:
    """schema-1.7 (0007_dues) is the schema before the pipeline existed; 1.5 that of 0.1.0."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / f"schema-{schema}.sqlite3", folder / DATABASE_NAME)
    with Workspace.open(folder) as ws:
        assert (
            ws.db.execute(
                "SELECT count(*) FROM _sqlite_migrations WHERE name = '0008_recruiting'"
            ).fetchone()[0]
            == 1
        )
        probationary = [m for m in ws.members.all() if m.full_on is None]
        recruits = {r.member_id: r for r in ws.recruiting.all()}
        assert probationary and set(recruits) == {m.id for m in probationary}
        for member in probationary:
            recruit = recruits[member.id]
            assert recruit.stage == Stage.PROBATIONARY_RECRUIT and recruit.earlier_unknown
            assert recruit.admitted_on == member.joined_on
        assert ws.official_days.calendar().knows_year(2025)
        # Editing a migrated person (no earlier steps known) is allowed.
        some = next(iter(recruits.values()))
        ws.save_recruit(replace(some, note="补录"), date(2026, 11, 27))


def _probationer(ws: Workspace) -> Recruit:
    linked = [r for r in ws.recruiting.all() if r.member_id and r.admitted_on]
    return min(linked, key=lambda r: r.admitted_on or date.max)


def _conversion_item(ws: Workspace, member_id: int, today: date) -> list[ObligationStatus]:
    return [
        o.status
        for o in ws.dashboard(today).year.for_rule("probation_end")
        if o.subject_id == member_id
    ]


@pytest.mark.parametrize("passed", [True, False])
def test_a_general_meeting_passing_the_conversion_records_it_a_failed_vote_does_not(
    demo_workspace: Workspace, passed: bool
) -> None:
    ws = demo_workspace
    recruit = _probationer(ws)
    assert recruit.member_id is not None
    ends = probation_ends(recruit)
    assert ends is not None
    day, today = ends + timedelta(days=3), ends + timedelta(days=5)
    # Before: 预备期已满，尚未讨论转正, and 立即登记 drafts the meeting with the resolution.
    assert _conversion_item(ws, recruit.member_id, today) == [ObligationStatus.MISSING]
    (item,) = [
        o for o in ws.dashboard(today).year.for_rule("probation_end")
        if o.subject_id == recruit.member_id
    ]  # fmt: skip
    assert "尚未讨论转正" in item.gap_zh
    draft = ws.record_draft(item, day)
    assert draft is not None and draft.record_type == "meetings"
    meeting = draft.record
    due = summarise(meeting, ws.roster()).voters_due  # type: ignore[arg-type]
    (resolution,) = meeting.resolutions  # type: ignore[union-attr]
    votes = due if passed else due // 2
    meeting = replace(meeting, resolutions=(replace(resolution, votes_for=votes),))  # type: ignore[type-var]
    saved = ws.save_meeting(meeting, today)  # type: ignore[arg-type]
    assert saved.id is not None
    (outcome,) = ws.meeting_outcomes(saved.id)
    after = ws.recruiting.get(recruit.id or 0)
    member = ws.members.get(recruit.member_id)
    if passed:
        assert outcome.message == RECORDED
        assert after.stage == Stage.FULL_RECRUIT
        assert after.last(StepKind.CONVERTED).meeting_id == saved.id  # type: ignore[union-attr]
        assert member.full_on == ends  # 转正时间: the day probation ends
        assert _conversion_item(ws, recruit.member_id, today) == [ObligationStatus.MET] or (
            _conversion_item(ws, recruit.member_id, today) == []
        )
        # The step is derived from the meeting: binning the meeting removes it.
        ws.move_to_bin("meetings", saved.id)
        assert ws.recruiting.get(recruit.id or 0).stage == Stage.PROBATIONARY_RECRUIT
        assert ws.members.get(recruit.member_id).full_on is None
        ws.restore_from_bin("meetings", saved.id)
        assert ws.members.get(recruit.member_id).full_on == ends
    else:
        assert outcome.message == VOTE_FAILED and outcome.step is None
        assert "no step recorded" in outcome.text()
        assert after.stage == Stage.PROBATIONARY_RECRUIT and member.full_on is None
        assert _conversion_item(ws, recruit.member_id, today) == [ObligationStatus.MISSING]


def test_admission_creates_the_roster_member_entered_once(demo_workspace: Workspace) -> None:
    ws = demo_workspace
    today = date(2026, 11, 27)
    candidate = next(r for r in ws.recruiting.all() if r.stage == Stage.CANDIDATE)
    before = len(ws.members.all())
    admitted = replace(candidate, steps=(*candidate.steps, RecruitStep(StepKind.ADMITTED, today)))
    saved = ws.save_recruit(admitted, today)
    assert saved.member_id is not None and len(ws.members.all()) == before + 1
    member = ws.members.get(saved.member_id)
    assert (member.name, member.joined_on, member.full_on) == (candidate.name, today, None)
    assert member.birth_date == candidate.birth_date


def test_an_under_age_applicant_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        workspace.save_recruit(
            Recruit("李想", date(2026, 5, 19), date(2008, 5, 20)), date(2026, 6, 1)
        )
    assert refused.value.errors[0].field == "applied_on"


def test_archive_round_trip_keeps_the_pipeline(demo_workspace: Workspace, tmp_path: Path) -> None:
    ws = demo_workspace
    typed = OfficialDay(date(2031, 1, 8), DayKind.HOLIDAY, "某节")  # a year the library lacks
    ws.official_days.save(typed)
    archive = ws.export_archive(tmp_path / "export.zip")
    target = tmp_path / "copy"
    target.mkdir()
    with Workspace.open(target) as copy:
        copy.import_archive(archive)
        assert copy.recruiting.all() == ws.recruiting.all()
        assert copy.recruiting.plans() == ws.recruiting.plans()
        assert typed in copy.official_days.all()
        assert copy.official_days.all() == ws.official_days.all()
        assert copy.check() == []  # every row passes core/record_schema.py
        hits = copy.search("吴磊")
        assert any(h.record_type == "recruits" for h in hits)


def test_a_member_the_secretary_binned_stays_in_the_bin_after_a_sync(
    demo_workspace: Workspace,
) -> None:
    ws = demo_workspace
    recruit = _probationer(ws)
    assert recruit.member_id is not None and not recruit.earlier_unknown
    ws.move_to_bin("members", recruit.member_id)
    ws.recruiting.sync_all(date(2026, 11, 27))
    assert recruit.member_id not in {m.id for m in ws.members.all()}
    # Undone by the pipeline (the person binned), then restored with it.
    ws.restore_from_bin("members", recruit.member_id)
    ws.move_to_bin("recruits", recruit.id or 0)
    assert recruit.member_id not in {m.id for m in ws.members.all()}
    ws.restore_from_bin("recruits", recruit.id or 0)
    assert recruit.member_id in {m.id for m in ws.members.all()}


def test_a_year_the_library_knows_is_added_on_opening_one_typed_is_kept(
    workspace: Workspace, data_dir: Path
) -> None:
    from branchdesk.core.workdays import DayKind, OfficialDay

    days = workspace.official_days
    workspace.db.execute("DELETE FROM official_days WHERE day LIKE '2026-%'")
    days.save(OfficialDay(date(2025, 10, 2), DayKind.HOLIDAY, "国庆节（改）"))
    days.save(OfficialDay(date(2026, 10, 9), DayKind.HOLIDAY, "本地补休"))  # typed first
    workspace.close()
    with Workspace.open(data_dir) as again:
        stored = {d.day: d for d in again.official_days.all()}
        assert date(2026, 10, 1) in stored  # back from the library, beside the typed day
        assert stored[date(2026, 10, 9)].name == "本地补休"
        assert stored[date(2025, 10, 2)].name == "国庆节（改）"


def test_no_deadline_before_the_branchs_tracking_start_is_overdue(workspace: Workspace) -> None:
    """`recruits` and the 概览 judge nothing the branch kept before BranchDesk."""
    from branchdesk.core.organisation import Branch

    ws = workspace
    today = date(2026, 11, 27)
    ws.branch.save(Branch("测试支部"), today)
    late = ws.save_recruit(Recruit("李想", date(2026, 8, 3), date(1998, 5, 6)), today)
    (status,) = ws.recruit_statuses(today)
    assert status.overdue and status.deadline == date(2026, 9, 3)  # the talk, a month on
    talk = [o for o in ws.dashboard(today).year.for_rule("recruit_talk") if o.subject_id]
    assert [o.status for o in talk] == [ObligationStatus.MISSING]
    branch = ws.branch.get()
    assert branch is not None
    ws.branch.save(replace(branch, tracking_from=date(2026, 10, 1)), today)
    (status,) = ws.recruit_statuses(today)
    assert status.recruit.id == late.id and not status.overdue
    talk = [o for o in ws.dashboard(today).year.for_rule("recruit_talk") if o.subject_id]
    assert ObligationStatus.MISSING not in [o.status for o in talk]


def test_the_members_the_pipeline_made_are_read_in_one_query_as_the_people_say(
    demo_workspace: Workspace,
) -> None:
    def from_people() -> frozenset[int]:
        return frozenset(
            r.member_id for r in demo_workspace.recruiting.all() if r.member_id is not None
        )

    made = demo_workspace.recruiting.member_ids()
    assert made and made == from_people()
    admitted = next(r for r in demo_workspace.recruiting.all() if r.member_id is not None)
    assert admitted.id is not None
    demo_workspace.move_to_bin("recruits", admitted.id)  # a person binned is not counted
    assert admitted.member_id not in demo_workspace.recruiting.member_ids()
    assert demo_workspace.recruiting.member_ids() == from_people()

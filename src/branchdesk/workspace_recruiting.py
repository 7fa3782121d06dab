"""The recruiting pipeline's use cases, mixed into `Workspace`.

Kept in their own module so the workspace stays small and other families add theirs beside
it without conflict.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from branchdesk.core import registry
from branchdesk.core.meetings import Meeting
from branchdesk.core.recruiting import Recruit, RecruitingPlan, Stage
from branchdesk.core.recruiting_limits import RecruitingLimits
from branchdesk.core.recruiting_meetings import ResolutionOutcome
from branchdesk.core.recruiting_status import (
    RecruitStatus,
    YearRecruiting,
    statuses,
    year_recruiting,
)
from branchdesk.core.workdays import WorkCalendar
from branchdesk.store.connection import Database
from branchdesk.store.official_days import OfficialDayRepository
from branchdesk.store.recruiting_facts import with_recruiting
from branchdesk.store.recruiting_repo import RecruitRepository

if TYPE_CHECKING:
    from branchdesk.core.attendance import Roster
    from branchdesk.core.compliance import ComplianceFacts, Obligation
    from branchdesk.core.compliance.drafts import RecordDraft
    from branchdesk.store.branch_repo import BranchRepository
    from branchdesk.store.meetings_repo import MeetingRepository
    from branchdesk.store.rules_repo import RuleSetRepository


class PipelineOfYear(TypedDict):
    recruits: tuple[Recruit, ...]
    recruiting_planned: int | None


class RecruitingUseCases:
    db: Database
    recruiting: RecruitRepository
    official_days: OfficialDayRepository
    rules: RuleSetRepository
    branch: BranchRepository
    meetings: MeetingRepository

    def roster(self) -> Roster:
        raise NotImplementedError  # Workspace's

    def _open_pipeline(self, db: Database) -> None:
        self.recruiting = RecruitRepository(db)
        self.official_days = OfficialDayRepository(db)
        self.official_days.add_years_the_library_learned()  # a newer library's years

    def save_meeting(self, meeting: Meeting, today: date) -> Meeting:
        saved = self.meetings.save(meeting, today, self.roster())
        if any(r.recruit_id is not None for r in meeting.resolutions + saved.resolutions):
            self.recruiting.sync_all(today)  # the meeting is the step: the roster follows
        return saved

    def _follow_pipeline(self, key: str) -> None:
        """A meeting or a person of the pipeline binned or restored moves the roster dates."""
        if key in (registry.MEETINGS.key, registry.RECRUITS.key):
            self.recruiting.sync_all(date.today())

    def tracking_from(self) -> date | None:
        """开始使用本软件记录的日期: a deadline before it is not reported as overdue."""
        branch = self.branch.get()
        return branch.tracking_from if branch is not None else None

    def recruiting_limits(self) -> RecruitingLimits:
        return RecruitingLimits.from_rules(self.rules.all())

    def work_calendar(self) -> WorkCalendar:
        return self.official_days.calendar()

    def save_recruit(self, recruit: Recruit, today: date) -> Recruit:
        return self.recruiting.save(recruit, today, self.recruiting_limits())

    def follow_the_meetings(self, today: date) -> None:
        """After meetings were saved, binned or restored: the steps their resolutions
        decide, and the roster dates, as the meetings now say."""
        self.recruiting.sync_all(today)

    def recruit_statuses(self, today: date) -> list[RecruitStatus]:
        """Everyone in the pipeline with stage, last step, next step, deadline, overdue."""
        return statuses(
            self.recruiting.all(),
            self.recruiting_limits(),
            self.work_calendar(),
            today,
            self.tracking_from(),
        )

    def year_recruiting(self, year: int) -> YearRecruiting:
        plan = self.recruiting_plan(year)
        return year_recruiting(self.recruiting.all(), year, plan.planned if plan else None)

    def with_pipeline(self, facts: ComplianceFacts) -> ComplianceFacts:
        """*facts* with the pipeline and the official calendar the recruiting rules read."""
        return with_recruiting(facts, self.db)

    def pipeline_of_year(self, year: int) -> PipelineOfYear:
        """The `YearRecords` fields of the pipeline: everyone, and the year's planned number."""
        plan = self.recruiting_plan(year)
        return PipelineOfYear(
            recruits=tuple(self.recruiting.all()),
            recruiting_planned=plan.planned if plan else None,
        )

    def pipeline_member_ids(self) -> frozenset[int]:
        """Roster members whose joining and conversion dates come from the pipeline."""
        return self.recruiting.member_ids()

    def recruiting_plan(self, year: int) -> RecruitingPlan | None:
        return next((p for p in self.recruiting.plans() if p.year == year), None)

    def meeting_outcomes(self, meeting_id: int) -> list[ResolutionOutcome]:
        """What a saved meeting's resolutions on people of the pipeline recorded, or why not."""
        return self.recruiting.meeting_outcomes([meeting_id])

    def recruiting_draft(self, obligation: Obligation, today: date) -> RecordDraft | None:
        """立即登记 on a recruiting item: the conversion vote is a 支部党员大会 with the 转正
        resolution naming the person; any other step opens the person on 发展党员."""
        from branchdesk.core.compliance.drafts import RecordDraft
        from branchdesk.core.recruiting_drafts import conversion_meeting

        if obligation.rule_id == "probation_end" and obligation.subject_id is not None:
            recruit = next(
                (r for r in self.recruiting.all() if r.member_id == obligation.subject_id), None
            )
            if recruit is None:
                return None
            return RecordDraft("meetings", conversion_meeting(recruit, self.roster(), today))
        if obligation.rule_id.startswith("recruit_") and obligation.subject_id is not None:
            return RecordDraft("recruits", self.recruiting.get(obligation.subject_id))
        return None

    def resolution_choices(self, today: date) -> list[tuple[str, str]]:
        """What a 支部党员大会 resolution may decide: admit a candidate, convert or extend a
        probationary member; (label, "recruit_id:step"). A decision already voted stays a
        choice, so its meeting can be edited."""
        from branchdesk.core.recruiting import StepKind

        choices: list[tuple[str, str]] = []
        for recruit in self.recruiting.all():
            typed = replace(recruit, steps=tuple(s for s in recruit.steps if not s.from_meeting))
            offered: list[tuple[StepKind, str]] = []
            if typed.stage == Stage.CANDIDATE:
                offered.append((StepKind.ADMITTED, "接收预备党员"))
            if recruit.admitted_on is not None and typed.stage in _ADMITTED_STAGES:
                offered += [(StepKind.CONVERTED, "转正"), (StepKind.EXTENDED, "延长预备期")]
            for kind, text in offered:
                choices.append((f"{text}：{recruit.name}", f"{recruit.id}:{kind.value}"))
        return choices


# Typed steps stop at these when the admission (and any conversion) came from meetings.
_ADMITTED_STAGES = (Stage.CANDIDATE, Stage.PROBATIONARY_RECRUIT)


class RecruitingDocuments:
    """The 公示 notice and the plan, mixed into `Workspace` beside `RecruitingUseCases`."""

    recruiting: RecruitRepository

    def save_recruiting_plan(self, plan: RecruitingPlan) -> None:
        self.recruiting.save_plan(plan)

    def recruit_notice(self, recruit_id: int, target: Path, fmt: str, today: date) -> Path:
        """The 公示 of the person as PDF or DOCX (GB/T 9704) at *target*."""
        from branchdesk.core.committee import holder_on
        from branchdesk.core.enums import Post
        from branchdesk.reports.recruit_notice import build_notice, notice_document, notice_facts

        ws: Any = self  # the Workspace this is mixed into
        ws.refuse_own_file(target)
        branch = ws.branch.get()
        secretary_id = holder_on(ws.branch.terms(), Post.SECRETARY, today)
        secretary = ws.members.get(secretary_id) if secretary_id is not None else None
        facts = notice_facts(
            ws.recruiting.get(recruit_id),
            branch.name if branch else "",
            secretary.name if secretary else "",
            (branch.phone if branch else "") or (secretary.phone if secretary else ""),
            ws.recruiting_limits(),
            ws.work_calendar(),
            today,
        )
        fonts = ws.report_fonts() if fmt == "pdf" else None
        return build_notice(notice_document(facts), fmt, fonts, target)

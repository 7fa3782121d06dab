"""The demo's admissions, extensions and conversions, voted at 支部党员大会 as in real use.

A person's 接收预备党员 / 延长预备期 / 转正 within the demo's meeting years is not typed:
it is a resolution naming the person at a general meeting on that day, quorate and
passed, so the step is derived from the meeting (deleting the meeting removes it).

The person is saved in three goes, because a resolution needs the person's id and the
steps after a vote (审批, 入党宣誓) need the vote: first the steps before the first vote,
without the roster link (so no roster member is touched); then the meetings; then every
typed step, linked to the roster member again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from branchdesk.core.attendance import expected_members
from branchdesk.core.enums import Post
from branchdesk.core.meetings import Attendance, AttendanceStatus, Meeting, MeetingKind, Resolution
from branchdesk.core.membership import has_vote_on
from branchdesk.core.recruiting import MEETING_STEPS, Recruit, RecruitStep, StepKind

if TYPE_CHECKING:
    from branchdesk.workspace import Workspace

_TITLES = {
    StepKind.ADMITTED: "讨论接收{name}同志为预备党员",
    StepKind.EXTENDED: "讨论{name}同志延长预备期",
    StepKind.CONVERTED: "讨论{name}同志预备党员转正",
}
_TEXTS = {
    StepKind.ADMITTED: "同意接收{name}同志为中共预备党员，报上级党组织审批",
    StepKind.EXTENDED: "同意延长{name}同志预备期{months}个月",
    StepKind.CONVERTED: "同意{name}同志按期转为中共正式党员，报上级党组织审批",
}
_AGENDA = {
    StepKind.ADMITTED: ("发展对象汇报对党的认识和入党动机", "入党介绍人介绍情况", "党员讨论并表决"),
    StepKind.EXTENDED: ("预备党员汇报预备期表现", "入党介绍人介绍考察情况", "党员讨论并表决"),
    StepKind.CONVERTED: ("预备党员汇报预备期表现", "入党介绍人介绍考察情况", "党员讨论并表决"),
}


@dataclass
class _Pending:
    recruit: Recruit  # every step, the voted ones included
    voted: list[RecruitStep]
    saved_id: int = 0


class Votes:
    """Collects the people whose decisions are voted, then holds the meetings."""

    def __init__(self, ws: Workspace, rng: random.Random, today: date, years: int) -> None:
        self.ws, self.rng, self.today = ws, rng, today
        self.first_day = date(today.year - years + 1, 1, 1)  # the demo's meetings begin
        self.pending: list[_Pending] = []

    def save(self, recruit: Recruit) -> None:
        """Save *recruit* now if none of its decisions falls in the meeting years; else its
        steps before the first vote, the rest after the meetings are held."""
        voted = [
            s
            for s in recruit.steps
            if s.kind in MEETING_STEPS and self.first_day <= s.on <= self.today
        ]
        if not voted:
            self.ws.save_recruit(recruit, self.today)
            return
        first_vote = min(s.on for s in voted)
        before = tuple(s for s in recruit.steps if s.on < first_vote)
        admitted = any(s.kind == StepKind.ADMITTED for s in before)
        link = recruit.member_id if admitted else None  # not admitted yet: leave the roster be
        saved = self.ws.save_recruit(replace(recruit, steps=before, member_id=link), self.today)
        assert saved.id is not None
        self.pending.append(_Pending(recruit, voted, saved.id))

    def hold_meetings(self) -> None:
        """One general meeting a day of decisions, then every person's remaining steps."""
        by_day: dict[date, list[tuple[_Pending, RecruitStep]]] = {}
        for person in self.pending:
            for step in person.voted:
                by_day.setdefault(step.on, []).append((person, step))
        roster = self.ws.roster()
        for day in sorted(by_day):
            self.ws.meetings.save(self._meeting(day, by_day[day]), self.today, roster)
        for person in self.pending:
            typed = tuple(s for s in person.recruit.steps if s not in person.voted)
            self.ws.save_recruit(
                replace(person.recruit, id=person.saved_id, steps=typed), self.today
            )

    def _meeting(self, day: date, decisions: list[tuple[_Pending, RecruitStep]]) -> Meeting:
        roster = self.ws.roster()
        names = {m.id: m.name for m in roster.members}
        expected = [m for m in expected_members(roster, MeetingKind.GENERAL, day) if m.id]
        attendance: list[Attendance] = []
        for member in expected:
            assert member.id is not None
            away = self.rng.random() < 0.08
            status = AttendanceStatus.LEAVE if away else AttendanceStatus.PRESENT
            attendance.append(Attendance(member.id, status, "因公出差" if away else ""))
        present = {a.member_id for a in attendance if a.status == AttendanceStatus.PRESENT}
        voters = sum(1 for m in expected if m.id in present and has_vote_on(m, day))
        resolutions = tuple(
            Resolution(
                _TEXTS[step.kind].format(name=person.recruit.name, months=step.months),
                votes_for=voters,
                recruit_id=person.saved_id,
                recruit_step=step.kind,
                extension_months=step.months,
            )
            for person, step in decisions
        )
        first_person, first_step = decisions[0]
        term = roster.term_on(day)
        secretary = term.holder_of(Post.SECRETARY) if term is not None else None
        organiser = term.holder_of(Post.ORGANISATION) if term is not None else None
        return Meeting(
            MeetingKind.GENERAL,
            day,
            "支部党员大会：" + _TITLES[first_step.kind].format(name=first_person.recruit.name),
            start_time="15:00",
            end_time="16:30",
            place="党员活动室",
            host_id=secretary,
            host_name=names.get(secretary, "") if secretary else "",
            host_post="书记",
            recorder_id=organiser,
            recorder_name=names.get(organiser, "") if organiser else "",
            agenda=_AGENDA[first_step.kind],
            resolutions=resolutions,
            summary="会议程序完备，表决结果报上级党组织。",
            attendance=tuple(attendance),
        )

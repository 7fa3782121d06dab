"""A realistic recruiting pipeline for the demo branch.

The demo's four probationary members came through it (their steps from the application
on; the 支部党员大会 votes are meetings, demo.recruiting_votes), and others stand at each
earlier stage: an applicant awaiting the talk, one talked with, two activists, a candidate
whose notice runs, one who withdrew; and the year's plan.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING

from branchdesk.core.compliance.periods import add_months
from branchdesk.core.enums import Education, Gender, MembershipEventKind
from branchdesk.core.members import MIN_JOINING_AGE, age_on
from branchdesk.core.recruiting import (
    LeaveReason,
    Recruit,
    RecruitingPlan,
    RecruitStep,
    StepKind,
)
from branchdesk.core.workdays import WorkCalendar
from branchdesk.demo.recruiting_votes import Votes

if TYPE_CHECKING:
    from branchdesk.workspace import Workspace

_S = StepKind


def _way_in(applied: date, calendar: WorkCalendar, until: date) -> list[RecruitStep]:
    """The steps from the talk to the committee's decisions, a candidate's full way."""
    activist = applied + timedelta(days=75)
    candidate = add_months(activist, 13)
    notice = candidate + timedelta(days=60)
    steps = [
        RecruitStep(_S.TALK, applied + timedelta(days=18), people="张建国"),
        RecruitStep(_S.ACTIVIST, activist, note="党员推荐，支委会研究确定"),
        RecruitStep(_S.MENTORS, activist, people="李秀兰、王海涛"),
        RecruitStep(_S.THOUGHT_REPORT, activist + timedelta(days=80)),
        RecruitStep(_S.ASSESSMENT, add_months(activist, 6), note="表现良好"),
        RecruitStep(_S.ASSESSMENT, add_months(activist, 12), note="表现良好，可列为发展对象"),
        RecruitStep(_S.CANDIDATE, candidate, note="支委会研究确定，报上级党委备案"),
        RecruitStep(_S.INTRODUCERS, candidate + timedelta(days=3), people="李秀兰、王海涛"),
        RecruitStep(_S.POLITICAL_CHECK, candidate + timedelta(days=30), note="政治审查合格"),
        RecruitStep(
            _S.TRAINING,
            candidate + timedelta(days=40),
            ends_on=candidate + timedelta(days=42),
            days=3,
            hours=24,
        ),
        RecruitStep(
            _S.NOTICE, notice, ends_on=calendar.nth_workday_from(notice, 5), note="公示期间无异议"
        ),
        RecruitStep(_S.PRE_REVIEW, notice + timedelta(days=15)),
    ]
    return [s for s in steps if s.on <= until]


def fill_recruiting(ws: Workspace, rng: random.Random, today: date, years: int = 2) -> None:
    calendar = ws.work_calendar()
    votes = Votes(ws, rng, today, years)
    _converted_within(votes, calendar, today, years)
    for member in ws.members.all():
        if member.full_on is not None or member.birth_date is None:
            continue
        admitted = member.joined_on
        applied = add_months(admitted, -30)
        steps = _way_in(applied, calendar, admitted)
        steps += [
            RecruitStep(_S.ADMITTED, admitted, note="支部党员大会表决通过"),
            RecruitStep(
                _S.UPPER_TALK, admitted + timedelta(days=20), people="街道社会组织党委 刘明"
            ),
            RecruitStep(_S.APPROVED, admitted + timedelta(days=45)),
            RecruitStep(_S.OATH, admitted + timedelta(days=60)),
        ]
        recruit = Recruit(
            member.name, applied, member.birth_date, member.gender, member.ethnicity,
            member.id_number, member.education, member.job, member.phone,
            plan_year=admitted.year, member_id=member.id,
            steps=tuple(s for s in steps if s.on <= today),
        )  # fmt: skip
        votes.save(recruit)
    votes.hold_meetings()  # the admissions, extensions and conversions: voted, not typed
    people: tuple[tuple[str, Gender, int, list[StepKind]], ...] = (
        ("陈思远", Gender.MALE, 20, []),  # applied 20 days ago: the talk is due
        ("刘佳怡", Gender.FEMALE, 60, [_S.TALK]),
        ("孙浩然", Gender.MALE, 320, [_S.TALK, _S.ACTIVIST, _S.MENTORS, _S.ASSESSMENT]),
        (
            "周雨婷",
            Gender.FEMALE,
            520,
            [_S.TALK, _S.ACTIVIST, _S.MENTORS, _S.THOUGHT_REPORT, _S.ASSESSMENT, _S.ASSESSMENT],
        ),
    )
    for name, gender, days_ago, kinds in people:
        applied = today - timedelta(days=days_ago)
        way = _way_in(applied, calendar, today)
        steps = [s for s in way if s.kind in kinds][: len(kinds)]
        _save(ws, rng, name, gender, applied, steps, today)
    candidate_applied = add_months(today, -16) - timedelta(days=75)
    _save(
        ws,
        rng,
        "吴磊",
        Gender.MALE,
        candidate_applied,
        _way_in(candidate_applied, calendar, today),
        today,
    )
    left = today - timedelta(days=400)
    _save(
        ws, rng, "郑洁", Gender.FEMALE, left,
        [
            RecruitStep(_S.TALK, left + timedelta(days=15), people="张建国"),
            RecruitStep(
                _S.LEFT, left + timedelta(days=200), reason=LeaveReason.MOVED_AWAY, note="调往外地"
            ),
        ],
        today,
    )  # fmt: skip
    ws.recruiting.save_plan(RecruitingPlan(today.year, 3, "吴磊、周雨婷等，报街道社会组织党委"))
    for year in range(today.year - years, today.year):  # past plans, about what was done
        done = len(ws.year_recruiting(year).admitted)
        ws.recruiting.save_plan(RecruitingPlan(year, done + rng.randint(0, 1), ""))


def _converted_within(votes: Votes, calendar: WorkCalendar, today: date, years: int) -> None:
    """Members this branch admitted and converted within the demo's years came through the
    pipeline too (the heavy demo's ten years); the earliest had probation extended once."""
    ws = votes.ws
    first = date(today.year - years + 1, 1, 1)
    extended = False
    for member in sorted(ws.members.all(), key=lambda m: m.joined_on):
        if member.full_on is None or member.birth_date is None or member.joined_on < first:
            continue
        if any(e.kind == MembershipEventKind.TRANSFERRED_IN for e in member.events):
            continue  # admitted elsewhere
        admitted = member.joined_on
        if age_on(member.birth_date, add_months(admitted, -30)) < MIN_JOINING_AGE:
            continue  # joined young: the demo's way in would start before 18
        ends = add_months(admitted, 12)
        later: list[RecruitStep] = []
        if not extended and add_months(ends, 7) < today:
            extended = True
            later.append(
                RecruitStep(_S.EXTENDED, ends, months=6, note="思想汇报不够及时，延长预备期半年")
            )
            ends = add_months(ends, 6)
        steps = [
            *_way_in(add_months(admitted, -30), calendar, admitted),
            RecruitStep(_S.ADMITTED, admitted, note="支部党员大会表决通过"),
            RecruitStep(_S.APPROVED, admitted + timedelta(days=45)),
            RecruitStep(_S.OATH, admitted + timedelta(days=60)),
            *later,
            RecruitStep(_S.CONVERTED, ends, note="支部党员大会表决同意转正"),
            RecruitStep(_S.CONVERSION_APPROVED, ends + timedelta(days=30)),
        ]
        recruit = Recruit(
            member.name, add_months(admitted, -30), member.birth_date, member.gender,
            member.ethnicity, member.id_number, member.education, member.job, member.phone,
            plan_year=admitted.year, member_id=member.id,
            steps=tuple(s for s in steps if s.on <= today),
        )  # fmt: skip
        votes.save(recruit)


def _save(
    ws: Workspace,
    rng: random.Random,
    name: str,
    gender: Gender,
    applied: date,
    steps: list[RecruitStep],
    today: date,
) -> None:
    birth = date(rng.randint(1990, 2001), rng.randint(1, 12), rng.randint(1, 28))
    recruit = Recruit(
        name, applied, birth, gender, "汉族", education=Education.UNDERGRADUATE,
        job="社会组织工作人员", phone=f"139{rng.randint(10000000, 99999999)}",
        plan_year=today.year if name in ("吴磊", "周雨婷") else None, steps=tuple(steps),
    )  # fmt: skip
    ws.save_recruit(recruit, today)

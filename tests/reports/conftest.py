"""A demo branch with a year of review, talks, training and volunteer records."""

from __future__ import annotations

import random
from datetime import date

import pytest

from branchdesk.core.participation import Participant
from branchdesk.core.review import Grade, ReviewEntry, ReviewFollowUp, ReviewRound, VoteTally
from branchdesk.core.talks import Counterpart, Talk, TalkKind
from branchdesk.core.training import Training, TrainingForm
from branchdesk.core.volunteer import VolunteerActivity
from branchdesk.demo.roster import fill_roster
from branchdesk.workspace import Workspace

YEAR = 2025


@pytest.fixture
def report_ws(workspace: Workspace, today: date) -> Workspace:
    """The demo roster plus known records of the previous year from every family of issue 4."""
    return add_year_of_records(workspace, today)


def add_year_of_records(ws: Workspace, today: date) -> Workspace:
    """The demo's branch, committee and roster, then a review, talks, trainings, service."""
    with ws.db.atomic():
        fill_roster(ws, random.Random(2016), today)
    members = {m.name: m.id or 0 for m in ws.members.all()}
    secretary, deputy, organiser = members["周建国"], members["林晓燕"], members["王赟"]
    ws.talks.save(
        Talk(date(YEAR, 3, 2), secretary, (Counterpart(deputy),), topic="班子分工"), today
    )
    ws.talks.save(
        Talk(
            date(YEAR, 5, 6),
            secretary,
            (Counterpart(members["李喆"]), Counterpart(members["张堃"])),
            kind=TalkKind.IDEOLOGICAL,
            topic="思想交流",
        ),
        today,
    )
    ws.talks.save(
        Talk(date(YEAR, 9, 9), members["陈旻"], (Counterpart(members["刘玥"]),), topic="互帮互学"),
        today,
    )
    ws.trainings.save(
        Training(
            date(YEAR, 4, 10),
            "社会组织党组织书记集中轮训",
            (Participant(secretary, "", 24.0), Participant(deputy, "", 24.0)),
            TrainingForm.CENTRALISED,
            organiser="区委党校",
            hours=24,
        ),
        today,
    )
    ws.trainings.save(
        Training(
            date(YEAR, 7, 1),
            "学习贯彻党的二十届三中全会精神",
            tuple(Participant(members[n], "", 12.0) for n in ("周建国", "王赟", "李喆", "刘玥")),
            TrainingForm.ONLINE,
            organiser="全国党员教育平台",
            hours=12,
        ),
        today,
    )
    ws.volunteering.save(
        VolunteerActivity(
            date(YEAR, 3, 5),
            "学雷锋社区义诊",
            (
                Participant(secretary, "", 3.0),
                Participant(organiser, "", 2.5),
                Participant(None, "黄伟雄", 3.0),
            ),
            place="天河区石牌街",
            people_served=120,
        ),
        today,
    )
    ws.volunteering.save(
        VolunteerActivity(
            date(YEAR, 10, 12),
            "敬老院探访",
            (Participant(members["张堃"], "", 4.0),),
            people_served=35,
        ),
        today,
    )
    grades = {
        "周建国": Grade.EXCELLENT,
        "林晓燕": Grade.EXCELLENT,
        "王赟": Grade.QUALIFIED,
        "李喆": Grade.QUALIFIED,
        "张堃": Grade.BASIC,
    }
    entries = tuple(
        ReviewEntry(
            members[name],
            tally=VoteTally(qualified=20),
            final_grade=grade,
            follow_up=ReviewFollowUp.EDUCATION if grade == Grade.BASIC else None,
        )
        for name, grade in grades.items()
    )
    ws.reviews.save(
        ReviewRound(
            YEAR, vote_on=date(YEAR, 12, 10), verdict_on=date(YEAR, 12, 15), entries=entries
        ),
        today,
    )
    return ws

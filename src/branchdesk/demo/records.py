"""Demo records: last year's complete review round, talks, volunteer service and
training over last year and this year to date.

Deliberate gaps, so that compliance and the report have something to show: two members have
no talk this year, and three members stay below 32 study hours last year.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from branchdesk.core import registry
from branchdesk.core.enums import MemberStatus
from branchdesk.core.members import Member
from branchdesk.core.membership import is_member_on, status_on
from branchdesk.core.review import (
    Grade,
    ReviewEntry,
    ReviewFollowUp,
    ReviewRound,
    VoteTally,
)
from branchdesk.core.talks import Counterpart, Talk, TalkKind
from branchdesk.core.training import TrainingForm
from branchdesk.demo.activities import fill_training, fill_volunteering
from branchdesk.demo.pictures import draw_png
from branchdesk.workspace import Workspace

# Roster indices (demo/roster.py PEOPLE): 0–4 sit on the committee, 0 is the secretary.
COMMITTEE = (0, 1, 2, 3, 4)
NO_TALK_THIS_YEAR = (11, 19)  # the mobile member and the one never transferred in
EXCELLENT = (0, 2, 5, 9, 14, 18)  # 6 of 22 graded: within the one-third cap
BASIC = 17  # 基本合格, followed up with education


def fill_records(ws: Workspace, rng: random.Random, today: date, years: int = 2) -> None:
    """Records of the last *years* calendar years, the current one up to *today*."""
    members = ws.members.all()
    span = range(today.year - years + 1, today.year + 1)
    for year in span[:-1]:  # a review round closes each finished year
        fill_review(ws, rng, members, today, year)
    fill_talks(ws, rng, members, today, span)
    fill_volunteering(ws, rng, members, today, span)
    fill_training(ws, rng, members, today, span)
    attach_evidence(ws, today)


def attach_evidence(ws: Workspace, today: date, count: int = 6) -> None:
    """Photos of the latest volunteer activities and sign-in sheets of the latest centralised
    trainings, drawn on the fly (the same evidence mechanism as meetings)."""
    for n, activity in enumerate(ws.volunteering.all()[-count:]):
        assert activity.id is not None
        ws.attachments.add_bytes(
            registry.VOLUNTEER_ACTIVITIES.key,
            activity.id,
            draw_png(n + 20, sheet=False),
            f"志愿服务照片-{activity.held_on}.png",
            f"{activity.title}活动照片",
        )
    centralised = [t for t in ws.trainings.all() if t.form == TrainingForm.CENTRALISED]
    for n, training in enumerate(centralised[-count // 2 :]):
        assert training.id is not None
        ws.attachments.add_bytes(
            registry.TRAININGS.key,
            training.id,
            draw_png(n + 40, sheet=True),
            f"培训签到表-{training.starts_on}.png",
            "培训签到表",
        )


# -- democratic review ---------------------------------------------------------------------
SELF = (
    "认真学习党的创新理论，按时参加组织生活，本职工作完成较好；不足是理论学习深度不够。",
    "能够发挥党员先锋模范作用，积极参与志愿服务；今后要加强业务学习，提升服务能力。",
    "坚定理想信念，严守纪律规矩；存在工作方法较简单的问题，将虚心向同志们学习。",
)
PEER = (
    "政治立场坚定，工作积极主动，群众评价好。",
    "学习认真，乐于助人，建议在创新工作方法上多下功夫。",
    "能完成组织交办的任务，建议更多参与支部活动。",
)
OPINION = {
    Grade.EXCELLENT: "该同志表现突出，发挥了先锋模范作用，评定为优秀。",
    Grade.QUALIFIED: "该同志能履行党员义务，评定为合格。",
    Grade.BASIC: "该同志参加组织生活不够经常，学习不够主动，评定为基本合格。",
}


def fill_review(
    ws: Workspace, rng: random.Random, members: list[Member], today: date, year: int
) -> None:
    vote_on = date(year, 12, 20)
    voters = sum(1 for m in members if status_on(m, vote_on) == MemberStatus.FULL)
    entries = []
    for index, member in enumerate(members):
        status = status_on(member, vote_on)
        if status is None or member.id is None:
            continue
        if status == MemberStatus.PROBATIONARY:  # takes part, is not graded
            entries.append(
                ReviewEntry(member.id, SELF[index % 3], opinion="预备党员参加评议，不评定等次。")
            )
            continue
        grade = (
            Grade.EXCELLENT
            if index in EXCELLENT
            else Grade.BASIC
            if index == BASIC
            else Grade.QUALIFIED
        )
        entries.append(
            ReviewEntry(
                member.id,
                self_assessment=SELF[index % 3],
                peer_remarks=PEER[index % 3],
                tally=_tally(rng, grade, voters - rng.randint(0, 2)),
                proposed_grade=grade,
                final_grade=grade,
                opinion=OPINION[grade],
                follow_up=ReviewFollowUp.EDUCATION if grade == Grade.BASIC else None,
                follow_up_note="由支部书记谈心谈话，党小组长结对帮扶，三个月后回访。"
                if grade == Grade.BASIC
                else "",
            )
        )
    ws.reviews.save(
        ReviewRound(
            year,
            study_on=date(year, 11, 20),
            self_assessment_on=date(year, 12, 5),
            peer_review_on=date(year, 12, 12),
            vote_on=vote_on,
            verdict_on=date(year, 12, 24),
            feedback_on=date(year, 12, 29),
            entries=tuple(entries),
            closed_on=date(year, 12, 30),
            note="结合组织生活会开展，到会党员参加民主测评。",
        ),
        today,
    )


def _tally(rng: random.Random, grade: Grade, votes: int) -> VoteTally:
    """A plausible vote where *grade* leads."""
    lead = votes * rng.randint(60, 85) // 100
    rest = votes - lead
    if grade == Grade.EXCELLENT:
        return VoteTally(lead, rest, 0, 0)
    if grade == Grade.QUALIFIED:
        return VoteTally(rest * 2 // 3, lead, rest - rest * 2 // 3, 0)
    return VoteTally(0, rest, lead, 0)


# -- talks ---------------------------------------------------------------------------------
PLACES = ("支部活动室", "协会会议室", "启明社工中心办公室", "基金会小会议室")
TOPICS = {
    TalkKind.ROUTINE: ("交流近期思想和工作情况", "听取对支部工作的意见建议"),
    TalkKind.IDEOLOGICAL: ("学习贯彻党的创新理论的体会", "对社会组织党建工作的认识"),
    TalkKind.WARNING: ("提醒按时参加组织生活、按时交纳党费",),
    TalkKind.JOB_CHANGE: ("岗位调整后的思想状况和工作打算",),
    TalkKind.TRANSFER_IN: ("组织关系转入后融入支部情况",),
    TalkKind.COMMENDATION: ("获评优秀党员后的勉励谈话",),
    TalkKind.FAMILY_HARDSHIP: ("了解家庭困难情况，商议帮扶措施",),
}
POSTS = ("支部书记", "副书记", "组织委员", "宣传委员", "纪检委员")


def fill_talks(
    ws: Workspace, rng: random.Random, members: list[Member], today: date, years: range
) -> None:
    for year in years:
        last = date(year, 12, 31) if year < today.year else today - timedelta(days=3)
        for talk in _year_talks(rng, members, year, last, year == today.year):
            ws.talks.save(talk, today)


def _year_talks(
    rng: random.Random, members: list[Member], year: int, last: date, this_year: bool
) -> list[Talk]:
    ids = [m.id or 0 for m in members]
    talks: list[Talk] = []
    first = date(year, 1, 8)

    def day_in(start: date, stop: date) -> date:
        return start + timedelta(days=rng.randint(0, max(0, (stop - start).days)))

    def present(index: int, day: date) -> bool:
        if this_year and index in NO_TALK_THIS_YEAR:
            return False
        return is_member_on(members[index], day)

    def add(day: date, talker: int, kind: TalkKind, *others: int, non_member: str = "") -> None:
        counterparts = tuple(Counterpart(ids[i]) for i in others if present(i, day))
        if non_member:
            counterparts += (Counterpart(None, non_member.split("（")[0], "协会会长"),)
        if not counterparts or not present(talker, day):
            return
        talks.append(
            Talk(
                held_on=day,
                talker_id=ids[talker],
                counterparts=counterparts,
                kind=kind,
                starts_at=time(rng.choice((9, 10, 14, 15, 16)), rng.choice((0, 30))),
                place=rng.choice(PLACES),
                talker_post=POSTS[talker] if talker in COMMITTEE else "党员",
                topic=rng.choice(TOPICS[kind]),
                content="双方坦诚交流了思想、工作和生活情况，谈话对象表示将立足岗位发挥作用。",
                problems="参加集中学习的时间不够固定。" if kind != TalkKind.COMMENDATION else "",
                suggestions="建议支部活动兼顾各单位工作安排，多采用线上线下结合的方式。",
                follow_up="支部将在下次支委会上研究落实。" if kind == TalkKind.WARNING else "",
            )
        )

    # committee ↔ committee: the secretary with each committee member early in the year
    for other in COMMITTEE[1:]:
        add(day_in(first, date(year, 3, 20)), 0, TalkKind.IDEOLOGICAL, other)
    # committee ↔ member: every member talks with a committee member during the year
    for index in range(len(members)):
        if index in COMMITTEE:
            continue
        day = day_in(date(year, 3, 1), last)
        if not present(index, day):
            day = last if present(index, last) else day
        add(day, COMMITTEE[index % len(COMMITTEE)], TalkKind.ROUTINE, index)
    # member ↔ member: group leaders (9, 10, 12) with members of their groups
    add(day_in(date(year, 4, 1), last), 9, TalkKind.ROUTINE, 15, 20)
    add(day_in(date(year, 4, 1), last), 10, TalkKind.IDEOLOGICAL, 7)
    add(day_in(date(year, 4, 1), last), 12, TalkKind.ROUTINE, 6)
    # the kinds triggered by an event
    add(day_in(date(year, 5, 1), last), 4, TalkKind.WARNING, 17)
    add(day_in(date(year, 4, 2), last), 2, TalkKind.JOB_CHANGE, 16)
    add(day_in(date(year, 2, 1), last), 2, TalkKind.TRANSFER_IN, 15)
    add(day_in(date(year, 1, 10), date(year, 2, 28)), 0, TalkKind.COMMENDATION, 5, 9)
    add(day_in(date(year, 6, 1), last), 1, TalkKind.FAMILY_HARDSHIP, 21)
    # the organisation's non-member head (seed item 21)
    add(day_in(date(year, 3, 1), last), 0, TalkKind.ROUTINE, non_member="黄伟雄（协会会长）")
    return talks

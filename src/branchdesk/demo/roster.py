"""The demo branch's profile, committee, groups and roster with several years of events."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from branchdesk.core import idcard
from branchdesk.core.enums import (
    BranchKind,
    Education,
    Gender,
    MembershipEventKind,
    OrgKind,
    Post,
)
from branchdesk.core.members import Member, MembershipEvent
from branchdesk.core.organisation import (
    Branch,
    CommitteeSeat,
    CommitteeTerm,
    PartyGroup,
    SocialOrganisation,
    default_term_end,
)
from branchdesk.workspace import Workspace

ORGANISATIONS = (
    ("广州市天河区软件行业协会", OrgKind.ASSOCIATION, "51440106MJL0238475"),
    ("广州市天河区启明社会工作服务中心", OrgKind.PRIVATE_NON_ENTERPRISE, "52440106MJK9051236"),
    ("广东省青禾公益基金会", OrgKind.FOUNDATION, "53440000MJL4176028"),
)

GROUPS = ("第一党小组（软件行业协会）", "第二党小组（启明社工中心）", "第三党小组（青禾基金会）")

# (name, gender, organisation index); rare characters 赟 喆 堃 旻 玥 must print everywhere.
PEOPLE = (
    ("周建国", Gender.MALE, 0),
    ("林晓燕", Gender.FEMALE, 1),
    ("王赟", Gender.MALE, 0),
    ("黄志强", Gender.MALE, 2),
    ("郑丽华", Gender.FEMALE, 1),
    ("李喆", Gender.MALE, 0),
    ("张堃", Gender.MALE, 2),
    ("陈旻", Gender.FEMALE, 1),
    ("刘玥", Gender.FEMALE, 2),
    ("吴海鹰", Gender.MALE, 0),
    ("何振宇", Gender.MALE, 1),
    ("梁思琪", Gender.FEMALE, 0),
    ("罗永健", Gender.MALE, 2),
    ("谢婉婷", Gender.FEMALE, 1),
    ("许文斌", Gender.MALE, 0),
    ("邓伟明", Gender.MALE, 2),
    ("冯佳怡", Gender.FEMALE, 0),
    ("曾子豪", Gender.MALE, 1),
    ("彭雪梅", Gender.FEMALE, 2),
    ("萧俊杰", Gender.MALE, 0),
    ("蔡雅琴", Gender.FEMALE, 1),
    ("潘国栋", Gender.MALE, 2),
    ("杜晓峰", Gender.MALE, 0),
    ("叶敏", Gender.FEMALE, 1),
    ("钟嘉欣", Gender.FEMALE, 2),
    ("郭一鸣", Gender.MALE, 1),
)

SMALL_YEARS = 2
COMMITTEE_POSTS = (Post.SECRETARY, Post.DEPUTY, Post.ORGANISATION, Post.PUBLICITY, Post.DISCIPLINE)
JOBS = ("秘书长", "项目主管", "社工", "财务主管", "行政专员", "研究员", "项目官员", "会员部主任")
ETHNICITIES = ("汉族",) * 9 + ("壮族", "回族", "满族")
REGION_CODES = ("440106", "440104", "440111", "440305", "441302", "445102")


def fill_roster(ws: Workspace, rng: random.Random, today: date, years: int = 2) -> None:
    ws.branch.save(
        Branch(
            name="中共广州市天河区启明社会组织联合支部委员会",
            kind=BranchKind.JOINT,
            founded_on=date(today.year - max(9, years + 2), 7, 1),
            upper_committee="中共广州市天河区社会组织委员会",
            address="广州市天河区体育西路191号中石化大厦B座12楼",
            phone="020-38861234",
            instructor="陈立新（区社会组织党委党建工作指导员）",
            liaison="苏晓岚",
            org_head="黄伟雄（软件行业协会会长，非党员）",
            org_head_phone="13802461357",
        )
    )
    org_ids = [
        ws.branch.save_organisation(SocialOrganisation(name, kind, code)).id
        for name, kind, code in ORGANISATIONS
    ]
    group_ids = [
        ws.branch.save_group(PartyGroup(name, created_on=date(today.year - max(6, years), 3, 1))).id
        for name in GROUPS
    ]
    # Each term ends the day before the next starts (default_term_end): terms never overlap.
    term_starts = [date(today.year - back, 6, 18) for back in range(5, max(years + 2, 6), 3)]
    first_term = term_starts[-1]
    member_ids: list[int] = []
    for index, (name, gender, org_index) in enumerate(PEOPLE):
        member = _person(
            rng,
            today,
            index,
            name,
            gender,
            org_ids[org_index],
            group_ids[org_index],
            group_ids[(org_index + 1) % len(group_ids)],
            # The small demo's dates are pinned by its tests; a longer history needs a
            # committee whose members had joined before its first term.
            first_term if years > SMALL_YEARS else None,
        )
        member_ids.append(ws.members.save(member, today).id or 0)

    # Group leaders are the first member of each group who is not on the committee.
    for group_id, leader_index in zip(group_ids, (9, 10, 12), strict=True):
        group = next(g for g in ws.branch.groups() if g.id == group_id)
        ws.branch.save_group(
            PartyGroup(group.name, member_ids[leader_index], group.created_on, group_id)
        )

    starts = date(today.year - 2, 6, 18)
    posts = COMMITTEE_POSTS
    ws.branch.save_term(
        CommitteeTerm(
            starts,
            default_term_end(starts),
            tuple(CommitteeSeat(member_ids[i], post) for i, post in enumerate(posts)),
        )
    )
    # Earlier terms, every three years back to the start of the records.
    for previous in term_starts:
        seats = zip((0, 1, 3), posts, strict=False)
        ws.branch.save_term(
            CommitteeTerm(
                previous,
                default_term_end(previous),
                tuple(CommitteeSeat(member_ids[i], p) for i, p in seats),
            )
        )


def _person(
    rng: random.Random,
    today: date,
    index: int,
    name: str,
    gender: Gender,
    org_id: int | None,
    group_id: int | None,
    other_group_id: int | None,
    seated_from: date | None,
) -> Member:
    birth = date(rng.randint(1965, 1998), rng.randint(1, 12), rng.randint(1, 28))
    earliest_join = date(birth.year + 20, birth.month, birth.day)
    events: list[MembershipEvent] = []
    full_on: date | None
    # The last four are probationary: admitted within the past year, one due very soon.
    if index >= len(PEOPLE) - 4:
        days_ago = (350, 300, 210, 120)[index - (len(PEOPLE) - 4)]
        joined = today - timedelta(days=days_ago)
        full_on = None
        birth = date(min(birth.year, joined.year - 24), birth.month, birth.day)
    else:
        latest = today - timedelta(days=900)
        if seated_from is not None and index < len(COMMITTEE_POSTS):
            latest = min(latest, seated_from - timedelta(days=365))  # members before their seat
        joined = random_date(rng, max(earliest_join, date(1995, 1, 1)), latest)
        full_on = joined + timedelta(days=365)
    if index in (3, 8, 15):  # admitted elsewhere, membership transferred in later
        moved_in = random_date(
            rng, (full_on or joined) + timedelta(days=200), today - timedelta(days=500)
        )
        events.append(
            MembershipEvent(MembershipEventKind.TRANSFERRED_IN, moved_in, "由原单位党组织转入")
        )
    if index == 16:  # moved to another group
        events.append(
            MembershipEvent(
                MembershipEventKind.GROUP_MOVED,
                date(today.year - 1, 4, 1),
                "工作调整",
                other_group_id,
            )
        )
    if index == 13:  # transferred out last year
        events.append(
            MembershipEvent(
                MembershipEventKind.TRANSFERRED_OUT,
                date(today.year - 1, 9, 30),
                "随工作调动转往外省",
            )
        )
    return replace(
        identity(rng, name, gender, birth),
        organisation_id=org_id,
        group_id=group_id,
        joined_on=joined,
        full_on=full_on,
        is_mobile=index == 11,
        not_transferred_in=index == 19,
        events=tuple(events),
    )


def identity(rng: random.Random, name: str, gender: Gender, birth: date) -> Member:
    """A member's personal particulars (ID number, education, phone, job); joined today-ish."""
    region = rng.choice(REGION_CODES)
    sequence = f"{rng.randint(10, 99)}{rng.choice('13579' if gender == Gender.MALE else '02468')}"
    first17 = f"{region}{birth:%Y%m%d}{sequence}"
    return Member(
        name=name,
        gender=gender,
        ethnicity=rng.choice(ETHNICITIES),
        birth_date=birth,
        id_number=first17 + idcard.check_character(first17),
        education=rng.choice(
            (
                Education.POSTGRADUATE,
                Education.UNDERGRADUATE,
                Education.UNDERGRADUATE,
                Education.COLLEGE,
            )
        ),
        phone=f"13{rng.randint(0, 9)}{rng.randint(10_000_000, 99_999_999)}",
        job=rng.choice(JOBS),
        joined_on=birth,
    )


def random_date(rng: random.Random, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.randint(0, (end - start).days))

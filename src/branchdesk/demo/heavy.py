"""The heavy demo: ten years of a large branch, for benchmarks and trying BranchDesk at scale.

The small demo's 26 people keep their roles (committee, group leaders, deliberate gaps); the
heavy demo adds people whose memberships begin and end across the decade — admitted here,
transferred in and out, deceased, still probationary — so that about 150 have been members.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from branchdesk.core.enums import Gender, MembershipEventKind
from branchdesk.core.members import MembershipEvent
from branchdesk.demo.roster import identity, random_date
from branchdesk.workspace import Workspace


@dataclass(frozen=True)
class Scale:
    """How much history a demo holds: *years* of records ending today, *extra* people."""

    years: int
    extra_members: int


SMALL = Scale(years=2, extra_members=0)
HEAVY = Scale(years=10, extra_members=124)

SURNAMES = "陈李张黄林吴刘周梁何郑谢罗杨许邓冯曾彭萧蔡潘杜叶钟郭赖方邱江"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂华玉萍红建文辉力宁婷欣怡浩然晨曦子轩佳琪"
TRANSFER_OUT = ("随工作调动转往外省", "调往区属事业单位", "离开本组织，转往居住地社区")


def fill_extra_members(
    ws: Workspace, rng: random.Random, today: date, scale: Scale, taken: set[str]
) -> None:
    """Add *scale.extra_members* people whose memberships fall across the last *scale.years*."""
    orgs = [o.id for o in ws.branch.organisations()]
    groups = [g.id for g in ws.branch.groups()]
    first_day = date(today.year - scale.years + 1, 1, 1)
    for n in range(scale.extra_members):
        name = _unique_name(rng, taken)
        gender = Gender.FEMALE if rng.random() < 0.45 else Gender.MALE
        birth = date(rng.randint(1960, 1999), rng.randint(1, 12), rng.randint(1, 28))
        adult = date(birth.year + 19, birth.month, birth.day)
        slot = n % 10
        events: list[MembershipEvent] = []
        if slot < 3:  # a member before the decade began
            joined = random_date(rng, max(adult, date(1990, 1, 1)), first_day - timedelta(days=400))
        elif slot == 9 and n >= 100:  # admitted within the past year: still probationary
            joined = today - timedelta(days=rng.randint(30, 330))
        else:  # admitted, or transferred in, during the decade
            joined = random_date(rng, max(adult, first_day), today - timedelta(days=400))
        full_on = joined + timedelta(days=365) if joined + timedelta(days=366) < today else None
        start = joined
        if slot in (3, 4):  # admitted elsewhere, moved here later
            start = random_date(rng, joined + timedelta(days=30), today - timedelta(days=60))
            events.append(
                MembershipEvent(MembershipEventKind.TRANSFERRED_IN, start, "由原单位党组织转入")
            )
        if slot in (1, 5, 7) and start + timedelta(days=500) < today:
            ended = random_date(rng, start + timedelta(days=400), today - timedelta(days=30))
            if slot == 7 and n % 20 == 7:
                events.append(MembershipEvent(MembershipEventKind.DIED, ended, "因病去世"))
            else:
                reason = TRANSFER_OUT[n % len(TRANSFER_OUT)]
                events.append(MembershipEvent(MembershipEventKind.TRANSFERRED_OUT, ended, reason))
        elif slot == 6 and len(groups) > 1 and start + timedelta(days=200) < today:
            moved = random_date(rng, start + timedelta(days=100), today - timedelta(days=30))
            to_group = groups[(n + 1) % len(groups)]
            events.append(
                MembershipEvent(MembershipEventKind.GROUP_MOVED, moved, "工作调整", to_group)
            )
        person = replace(
            identity(rng, name, gender, birth),
            organisation_id=orgs[n % len(orgs)] if orgs else None,
            group_id=groups[n % len(groups)] if groups else None,
            joined_on=joined,
            full_on=full_on,
            events=tuple(events),
        )
        ws.members.save(person, today)


def _unique_name(rng: random.Random, taken: set[str]) -> str:
    while True:
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
        name = rng.choice(SURNAMES) + given
        if name not in taken:
            taken.add(name)
            return name

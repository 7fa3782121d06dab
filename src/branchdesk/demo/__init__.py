"""A realistic demo branch, for trying BranchDesk and for tests and screenshots.

Everything is generated from a seed and "today", so the same command gives the same data.
"""

from __future__ import annotations

import random
from datetime import date
from enum import StrEnum

from branchdesk.core.errors import UserError
from branchdesk.demo.dues import fill_dues
from branchdesk.demo.heavy import HEAVY, SMALL, fill_extra_members
from branchdesk.demo.meetings import fill_meetings
from branchdesk.demo.records import fill_records
from branchdesk.demo.recruiting import fill_recruiting
from branchdesk.demo.roster import PEOPLE, fill_roster
from branchdesk.workspace import DEMO_SETTING, Workspace


class DemoSize(StrEnum):
    SMALL = "small"  # two years of a joint branch of 26 people
    HEAVY = "heavy"  # ten years, about 150 people over time: for benchmarks


SCALES = {DemoSize.SMALL: SMALL, DemoSize.HEAVY: HEAVY}


class NotEmptyError(UserError):
    def __init__(self, where: str) -> None:
        super().__init__(f"{where} already holds data; demo data goes only into an empty folder.")


def fill_demo(
    ws: Workspace, *, size: DemoSize = DemoSize.SMALL, seed: int = 2016, today: date | None = None
) -> None:
    """Fill an empty workspace with a joint branch and its records. Refuses a non-empty one.

    Everything is written in one transaction: the heavy demo takes seconds, not minutes.
    """
    if not ws.is_empty():
        raise NotEmptyError(str(ws.data_dir))
    today = today or date.today()
    scale = SCALES[size]
    rng = random.Random(seed)
    with ws.db.atomic():
        fill_roster(ws, rng, today, scale.years)
        if scale.extra_members:
            taken = {name for name, _gender, _org in PEOPLE}
            fill_extra_members(ws, random.Random(seed + 1), today, scale, taken)
        fill_records(ws, rng, today, scale.years)
        fill_meetings(ws, rng, today, scale.years)
        fill_dues(ws, random.Random(seed + 18), today)  # 党费
        fill_recruiting(ws, random.Random(seed + 17), today, scale.years)
        ws.branch.start_tracking_at_earliest_record()
    ws.settings.set(DEMO_SETTING, {"seed": seed, "size": size.value, "today": today.isoformat()})

"""`branchdesk recruits --json`: each person with stage, last step, next step, deadline,
overdue (documented in docs/cli-json.md)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from branchdesk.core.labels import label
from branchdesk.core.recruiting_status import RecruitStatus

FORMAT = 1  # raised when a key changes meaning


def statuses_to_dict(found: Sequence[RecruitStatus], today: date) -> dict[str, Any]:
    people = [status_to_dict(s) for s in found]
    stages: dict[str, int] = {}
    for s in found:
        stages[s.stage.value] = stages.get(s.stage.value, 0) + 1
    return {
        "format": FORMAT,
        "today": today.isoformat(),
        "counts": stages,
        "overdue": sum(1 for s in found if s.overdue),
        "recruits": people,
    }


def status_to_dict(s: RecruitStatus) -> dict[str, Any]:
    r, last, nxt = s.recruit, s.last_step, s.next
    return {
        "id": r.id,
        "name": r.name,
        "member_id": r.member_id,
        "applied_on": None if r.earlier_unknown else r.applied_on.isoformat(),
        "stage": s.stage.value,
        "stage_zh": label(s.stage, "zh"),
        "last_step": last.kind.value if last else None,
        "last_step_zh": label(last.kind, "zh") if last else None,
        "last_step_on": last.on.isoformat() if last else None,
        "next_step": nxt.kind.value if nxt else None,
        "next_step_zh": label(nxt.kind, "zh") if nxt else None,
        "deadline": s.deadline.isoformat() if s.deadline else None,
        "earliest": nxt.earliest.isoformat() if nxt and nxt.earliest else None,
        "overdue": s.overdue,
        "breaches": [b.text_zh for b in s.breaches],
        "plan_year": r.plan_year,
    }

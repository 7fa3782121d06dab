"""`branchdesk recruits`: everyone in the recruiting pipeline (发展党员) with stage, last
step, next step, its deadline and whether it is overdue (docs/cli-json.md)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from branchdesk.cli_output import open_workspace, print_json


def cmd_recruits(args: argparse.Namespace) -> int:
    from branchdesk.core.recruiting_export import statuses_to_dict

    today = args.today or date.today()
    with open_workspace(args) as ws:
        found = ws.recruit_statuses(today)
    document = statuses_to_dict(found, today)
    if args.json:
        print_json(document)
        return 0
    for person in document["recruits"]:
        print(_line(person))
    return 0


def _line(person: dict[str, Any]) -> str:
    """One person: stage, last step and its date, next step and when (by a deadline, or
    not before a date, as 发展对象 must wait a year as 积极分子), OVERDUE when it passed."""
    last = f"{person['last_step_zh']} {person['last_step_on']}" if person["last_step_zh"] else "-"
    if person["deadline"]:
        when = f"by {person['deadline']}"
    elif person["earliest"]:
        when = f"not before {person['earliest']}"
    else:
        when = "-"
    flag = "  OVERDUE" if person["overdue"] else ""
    return (f"{person['name']:<6} {person['stage_zh']:<8} last: {last:<18} "
            f"next: {person['next_step_zh'] or '-'}  {when}{flag}")  # fmt: skip

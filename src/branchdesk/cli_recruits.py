"""`branchdesk recruits`: everyone in the recruiting pipeline (发展党员) with stage, last
step, next step, its deadline and whether it is overdue (docs/cli-json.md)."""

from __future__ import annotations

import argparse
from datetime import date

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
        deadline = person["deadline"] or "-"
        flag = "  OVERDUE" if person["overdue"] else ""
        print(f"{person['name']:<6} {person['stage_zh']:<8} next: {person['next_step_zh'] or '-'}"
              f"  by {deadline}{flag}")  # fmt: skip
    return 0

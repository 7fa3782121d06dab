"""The commands about a year's work: compliance, the duty report and its check, the ledgers
and the dues (the command line's contract: architecture.md, docs/cli-json.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from branchdesk.cli_output import (
    check_output_dir,
    check_suffix,
    open_workspace,
    print_json,
    say,
)
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.paths import absolute_path

EXIT_PROBLEMS_LISTED = 4  # report --check: the list is not empty
REPORT_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Report for {year} written to {file}.")
REPORT_WRITTEN_PAGES = QT_TRANSLATE_NOOP(
    "Cli", "Report for {year} written to {file}, {pages} pages."
)
LEDGERS_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Ledgers for {year} written to {file}: {count} sheets.")


def cmd_compliance(args: argparse.Namespace) -> int:
    from branchdesk.core.compliance.export import attention_rank, ordered, result_to_dict
    from branchdesk.core.labels import label

    with open_workspace(args) as ws:
        result = ws.compliance(args.year, args.quarter, args.month, args.today)
    if args.json:
        print_json(result_to_dict(result))
        return 0
    overdue = len(result.overdue())
    print(f"{result.window.label('en')} as of {result.today.isoformat()}: "
          f"{len(result.obligations)} obligations, {overdue} overdue")  # fmt: skip
    summaries = {s.rule.id: s for s in result.summaries()}
    for rule in result.rules:
        s = summaries[rule.id]
        states = {o.status for o in result.for_rule(rule.id)}
        if len(states) == 1 and not s.due:  # not evaluable, not applicable, or nothing due
            print(f"  {rule.id:<26} {label(states.pop(), 'en').lower()}")
            continue
        print(f"  {rule.id:<26} met {s.met:>3}  overdue {s.overdue:>3}  open {s.open:>3}"
              f"  done/due {s.done:g}/{s.due}")  # fmt: skip
    for o in ordered(result):
        if attention_rank(o) <= 3:
            print(f"{label(o.status):<5} {o.span.key:<8} {o.gap_zh}")
    return 0


def cmd_dues(args: argparse.Namespace) -> int:
    """issue 18: the year's dues per member, from the same figures as the 党费 page."""
    from branchdesk.core.dues import yuan
    from branchdesk.core.dues_summary import to_dict

    with open_workspace(args) as ws:
        dues = ws.dues.year(args.year, args.today or date.today())
    if args.json:
        print_json(to_dict(dues))
        return 0
    print(f"{dues.year} as of {dues.as_of.isoformat()}: due {yuan(dues.due_fen)}, "
          f"paid {yuan(dues.paid_fen)}, handed over {yuan(dues.handed_over_fen)}, "
          f"held {yuan(dues.held_fen)} (yuan)")  # fmt: skip
    for m in dues.members:
        rate = m.monthly.rate.describe() if m.monthly and m.monthly.rate else "manual"
        base = yuan(m.base.base_fen) if m.base else "-"
        print(f"  {m.name:<6} base {base:>9}  rate {rate:<9} due {yuan(m.due_fen):>9}  "
              f"paid {yuan(m.paid_fen):>9}  months in arrears {m.arrears_months}")  # fmt: skip
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from branchdesk.reports.annual import ReportFormat

    if args.check:
        return cmd_report_check(args)
    if not args.output or args.json:
        print("branchdesk report: give -o FILE (or --check, with or without --json)",
              file=sys.stderr)  # fmt: skip
        return 2
    target = absolute_path(args.output)
    fmt = ReportFormat(args.format or ("docx" if target.suffix.lower() == ".docx" else "pdf"))
    check_output_dir(target)
    check_suffix(target, f".{fmt.value}")
    from branchdesk.report_check import build_checked_report

    with open_workspace(args) as ws:
        result, check = build_checked_report(ws, args.year, target, fmt, date.today())
    if result.pages is None:
        say(args, REPORT_WRITTEN, year=args.year, file=target)
    else:
        say(args, REPORT_WRITTEN_PAGES, year=args.year, file=target, pages=result.pages)
    print("Fonts named in the document:" if fmt == ReportFormat.DOCX else "Fonts used:")
    for line in result.fonts:
        print(f"  {line}")
    if result.missing_parts:
        print(
            "Not in the report yet (no such records in BranchDesk): "
            + ", ".join(result.missing_parts)
        )
    if check.problems:  # written all the same: she may hand it in knowingly
        print(
            f"送审前检查: {len(check.problems)} things to look at "
            f"(branchdesk report --year {args.year} --check)"
        )
    return 0


def cmd_report_check(args: argparse.Namespace) -> int:
    """送审前检查: 0 when nothing is listed, 4 when something is (docs/cli-json.md)."""
    from branchdesk.report_check import check_report

    if args.output:
        print("branchdesk report: --check writes no file; leave out -o", file=sys.stderr)
        return 2
    with open_workspace(args) as ws:
        result = check_report(ws, args.year, args.today or date.today())
    if args.json:
        print_json(result.to_dict())
    elif result.problems:
        print(f"送审前检查 {args.year}: {len(result.problems)} to look at")
        for problem in result.problems:
            print(f"  [{problem.kind.value}] {problem.where}: {problem.message}")
    else:
        print(f"送审前检查 {args.year}: nothing to look at.")
    return EXIT_PROBLEMS_LISTED if result.problems else 0


def cmd_ledger(args: argparse.Namespace) -> int:
    target = absolute_path(args.output)
    check_output_dir(target)
    check_suffix(target, ".xlsx")
    with open_workspace(args) as ws:
        sheets = ws.build_ledgers(args.year, target, date.today())
    say(args, LEDGERS_WRITTEN, year=args.year, file=target, count=len(sheets))
    print("Sheets: " + ", ".join(sheets))
    print("Fonts: none embedded (Excel shows the workbook in the PC's own fonts).")
    return 0

"""The command line: a stable contract that scripts and tests depend on (architecture.md).

Every subcommand is a thin call into the Workspace. Exit status: 0 success, 1 a user error
(one line on stderr, no traceback), 2 bad usage (argparse).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from branchdesk import __version__
from branchdesk.core.errors import UserError
from branchdesk.paths import resolve_data_dir

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="branchdesk",
        description="BranchDesk (支部工作台): a party branch's records and annual report, offline.",
    )
    parser.add_argument("--version", action="version", version=f"BranchDesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_folder_name,
        help="data folder (default: $BRANCHDESK_DATA_DIR or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an EMPTY data folder with a realistic demo branch")
    demo.add_argument("--size", choices=["small", "heavy"], default="small")
    demo.add_argument("--seed", type=int, default=2016)
    demo.set_defaults(handler=cmd_demo)

    info = sub.add_parser("info", help="data location, schema version and record counts")
    info.add_argument("--json", action="store_true", help="print a JSON object")
    info.set_defaults(handler=cmd_info)

    search = sub.add_parser("search", help="search every record and member, Chinese included")
    search.add_argument("text", help="words to find (all must occur); one character is enough")
    search.add_argument("--json", action="store_true", help="print a JSON list of hits")
    search.add_argument("--limit", type=_at_least_one, default=200, help="at most this many hits")
    search.set_defaults(handler=cmd_search)

    backup = sub.add_parser("backup", help="back up the data folder now")
    backup.add_argument("-o", "--output", metavar="FILE", help="write the backup to FILE")
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser(
        "restore", help="replace the data with a backup's (the current state is backed up first)"
    )
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_restore)

    export = sub.add_parser("export", help="write every record and attachment to one archive")
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    export.set_defaults(handler=cmd_export)

    load = sub.add_parser("import", help="load an export archive into an EMPTY data folder")
    load.add_argument("file", metavar="FILE")
    load.set_defaults(handler=cmd_import)

    comp = sub.add_parser("compliance", help="what was due, what was done, what is missing")
    comp.add_argument("--year", type=_year, required=True)
    which = comp.add_mutually_exclusive_group()
    which.add_argument("--quarter", type=int, choices=range(1, 5), metavar="Q")
    which.add_argument("--month", type=int, choices=range(1, 13), metavar="M")
    comp.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="judge as of this day (default: today)")  # fmt: skip
    comp.add_argument("--json", action="store_true", help="print a JSON object (docs/cli-json.md)")
    comp.set_defaults(handler=cmd_compliance)

    members = sub.add_parser(
        "import-members", help="roster from .xlsx or .csv (UTF-8 or GBK): check, then import"
    )
    members.add_argument("file", metavar="FILE")
    members.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    members.add_argument("--json", action="store_true", help="print a JSON object")
    members.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read an unknown column as a field (name, gender, birth_date, joined_on …)",
    )
    members.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the others"
    )
    members.set_defaults(handler=cmd_import_members)

    check = sub.add_parser(
        "check", help="integrity and foreign-key checks, and every attachment against its hash"
    )
    check.add_argument("--json", action="store_true", help="print a JSON object")
    check.set_defaults(handler=cmd_check)
    report = sub.add_parser("report", help="the annual duty report (述职报告) as PDF or DOCX")
    report.add_argument("--year", type=_year, required=True, help="the year reported on")
    report.add_argument("-o", "--output", metavar="FILE", required=True)
    report.add_argument(
        "--format", choices=["pdf", "docx"], help="default: from FILE's suffix, else pdf"
    )
    report.set_defaults(handler=cmd_report)

    ledger = sub.add_parser("ledger", help="the year's ledgers (台账) as XLSX, a sheet per type")
    ledger.add_argument("--year", type=_year, required=True)
    ledger.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    ledger.set_defaults(handler=cmd_ledger)
    # ---- the recruiting pipeline (发展党员) ----------------------------------------------
    recruits = sub.add_parser(
        "recruits", help="everyone in the recruiting pipeline, next step, deadline"
    )
    recruits.add_argument("--json", action="store_true")
    recruits.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                          help="judge as of this day (default: today)")  # fmt: skip
    recruits.set_defaults(handler=cmd_recruits)
    return parser


def _folder_name(text: str) -> str:
    """Not empty: `--data-dir "$D"` with D unset would otherwise mean the user's own folder."""
    if not text.strip():
        raise argparse.ArgumentTypeError("empty; give a folder (or leave the option out)")
    return text


def _at_least_one(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"at least 1, not {number}")
    return number


def _year(text: str) -> int:
    """A calendar year a branch could have records for (bad usage otherwise: exit 2)."""
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text}") from None
    if not 1900 <= year <= 2200:
        raise argparse.ArgumentTypeError(f"year out of range: {year}")
    return year


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return start_gui(args)
        return handler(args)
    except UserError as exc:
        print(f"branchdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`branchdesk search 党 | head`): not an error. Point stdout at
        # devnull so that flushing it at exit does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def start_gui(args: argparse.Namespace) -> int:
    from branchdesk.ui.app import run  # Qt is imported only when the GUI starts

    return run(resolve_data_dir(args.data_dir))


def _open_workspace(args: argparse.Namespace) -> Any:
    from branchdesk.workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def cmd_demo(args: argparse.Namespace) -> int:
    from branchdesk.demo import DemoSize, fill_demo
    from branchdesk.instance_lock import InstanceLock

    data_dir = resolve_data_dir(args.data_dir)
    with InstanceLock(data_dir), _open_workspace(args) as ws:
        fill_demo(ws, size=DemoSize(args.size), seed=args.seed, today=date.today())
        counts = ws.counts()
    print(f"Demo branch written to {data_dir}: {counts['members']} members.")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from branchdesk.core.registry import record_types  # not on the GUI's start path

    with _open_workspace(args) as ws:
        info = ws.info()
    if args.json:
        _print_json(
            {
                "data_dir": str(info.data_dir),
                "database": str(info.database),
                "schema_version": info.schema_version,
                "counts": info.counts,
            }
        )
        return 0
    print(f"Data folder:    {info.data_dir}")
    print(f"Database:       {info.database}")
    print(f"Schema version: {info.schema_version}")
    width = max(len(rt.label_en) for rt in record_types())
    for rt in record_types():
        print(f"  {rt.label_en:<{width}}  {info.counts[rt.key]:>6}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Hits newest first; no hit is an empty list and exit status 0."""
    from branchdesk.core.registry import record_type

    with _open_workspace(args) as ws:
        hits = ws.search(args.text, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "record_type": hit.record_type,
                    "id": hit.record_id,
                    "date": hit.date.isoformat() if hit.date else None,
                    "title": hit.title,
                    "snippet": hit.snippet,
                }
                for hit in hits
            ]
        )
        return 0
    for hit in hits:
        day = hit.date.isoformat() if hit.date else "          "
        kind = record_type(hit.record_type).label_zh
        print(f"{day}  {kind}#{hit.record_id}  {hit.title}  {hit.snippet}")
    if not hits:
        print("No match.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock

    target = _archive_target(args.output) if args.output else None
    with InstanceLock(resolve_data_dir(args.data_dir)), _open_workspace(args) as ws:
        target = ws.back_up(target)
    print(f"Backup written to {target}.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock

    with InstanceLock(resolve_data_dir(args.data_dir)), _open_workspace(args) as ws:
        undo = ws.restore_backup(Path(args.file).resolve())
    print(f"Restored {args.file}. The previous state was backed up to {undo}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    target = _archive_target(args.output)
    with _open_workspace(args) as ws:
        target = ws.export_archive(target)
        counts = ws.counts()
    print(f"Exported {sum(counts.values())} records to {target}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock
    from branchdesk.workspace import verify_export_archive

    verified = verify_export_archive(Path(args.file).resolve())  # before anything is written
    with InstanceLock(resolve_data_dir(args.data_dir)), _open_workspace(args) as ws:
        ws.import_archive(verified)
        counts = ws.counts()
    print(f"Imported {sum(counts.values())} records from {args.file}.")
    return 0


def cmd_compliance(args: argparse.Namespace) -> int:
    from branchdesk.core.compliance.export import attention_rank, ordered, result_to_dict
    from branchdesk.core.labels import label

    with _open_workspace(args) as ws:
        result = ws.compliance(args.year, args.quarter, args.month, args.today)
    if args.json:
        _print_json(result_to_dict(result))
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


def cmd_recruits(args: argparse.Namespace) -> int:
    from branchdesk.core.recruiting_export import statuses_to_dict

    today = args.today or date.today()
    with _open_workspace(args) as ws:
        found = ws.recruit_statuses(today)
    document = statuses_to_dict(found, today)
    if args.json:
        _print_json(document)
        return 0
    for person in document["recruits"]:
        deadline = person["deadline"] or "-"
        flag = "  OVERDUE" if person["overdue"] else ""
        print(f"{person['name']:<6} {person['stage_zh']:<8} next: {person['next_step_zh'] or '-'}"
              f"  by {deadline}{flag}")  # fmt: skip
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    from branchdesk.importing.roster import InvalidRowsError, import_roster, preview_roster
    from branchdesk.instance_lock import InstanceLock

    mapping = dict(_mapping_pair(item) for item in args.map)
    source = Path(args.file).resolve()
    with InstanceLock(resolve_data_dir(args.data_dir)), _open_workspace(args) as ws:
        if args.dry_run:
            preview = preview_roster(ws, source, mapping)
        else:
            try:
                preview = import_roster(ws, source, mapping, skip_invalid=args.skip_invalid)
            except InvalidRowsError:
                _print_roster(preview_roster(ws, source, mapping), args.json, imported=False)
                raise
    imported = not args.dry_run
    _print_roster(preview, args.json, imported)
    return 1 if preview.invalid and not imported else 0


def _mapping_pair(item: str) -> tuple[str, str]:
    header, sep, field = item.partition("=")
    if not sep:
        raise UserError(f"--map wants HEADER=FIELD, not {item!r}")
    return header.strip(), field.strip()


def _print_roster(preview: Any, as_json: bool, imported: bool) -> None:
    if as_json:
        _print_json(preview.to_json(imported))
        return
    verb = "Imported" if imported else "Would import"
    print(f"{verb} {len(preview.valid)} of {len(preview.rows)} rows from {preview.source.name}.")
    if preview.new_groups:
        print(f"New party groups: {', '.join(preview.new_groups)}")
    if preview.header_map.unknown:
        print(f"Columns not read: {', '.join(preview.header_map.unknown)}")
    for row in preview.invalid:
        print(f"  row {row.row} ({row.name or '?'}): {'; '.join(row.reasons)}")


def cmd_check(args: argparse.Namespace) -> int:
    with _open_workspace(args) as ws:
        problems = ws.check()
    if args.json:
        _print_json({"ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print("All is well: the database and every attachment are intact.")
    return 1 if problems else 0


def cmd_report(args: argparse.Namespace) -> int:
    from branchdesk.reports.annual import ReportFormat

    target = Path(args.output).resolve()
    fmt = ReportFormat(args.format or ("docx" if target.suffix.lower() == ".docx" else "pdf"))
    _check_output_dir(target)
    _check_suffix(target, f".{fmt.value}")
    with _open_workspace(args) as ws:
        result = ws.build_report(args.year, target, fmt, date.today())
    pages = f", {result.pages} pages" if result.pages is not None else ""
    print(f"Report for {args.year} written to {target}{pages}.")
    print("Fonts named in the document:" if fmt == ReportFormat.DOCX else "Fonts used:")
    for line in result.fonts:
        print(f"  {line}")
    if result.missing_parts:
        print(
            "Not in the report yet (no such records in BranchDesk): "
            + ", ".join(result.missing_parts)
        )
    return 0


def cmd_ledger(args: argparse.Namespace) -> int:
    target = Path(args.output).resolve()
    _check_output_dir(target)
    _check_suffix(target, ".xlsx")
    with _open_workspace(args) as ws:
        sheets = ws.build_ledgers(args.year, target, date.today())
    print(f"Ledgers for {args.year} written to {target}: {len(sheets)} sheets.")
    print("Sheets: " + ", ".join(sheets))
    print("Fonts: none embedded (Excel shows the workbook in the PC's own fonts).")
    return 0


def _archive_target(output: str) -> Path:
    """A backup or an export archive is a .zip: 从文件恢复 and 导入归档 list only those."""
    target = Path(output).resolve()
    _check_output_dir(target)
    _check_suffix(target, ".zip")
    return target


def _check_suffix(target: Path, suffix: str) -> None:
    """A file named .csv (or .pdf for a Word report) would not open as what it holds."""
    if target.suffix.lower() != suffix:
        raise UserError(f"{target.name}: the file is written as {suffix}; name it so.")


def _check_output_dir(target: Path) -> None:
    from branchdesk.store.errors import FolderNotFileError

    if target.is_dir():
        raise FolderNotFileError(str(target))
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    raise SystemExit(main())

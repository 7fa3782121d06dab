"""The command line: a stable contract that scripts and tests depend on (architecture.md).

Every subcommand is a thin call into the Workspace. Exit status: 0 success, 1 a user error
(one line on stderr, no traceback), 2 bad usage (argparse), 3 an unexpected error (one line
naming the log file that holds the traceback).

Output is UTF-8 when it goes to a file or a pipe, and `--json` always, whatever the code
page (a Chinese Windows console's is 936, a build runner's 1252): `search 刘 > out.txt`
must not fail on 䶮, and a script reading the JSON must get what the docs say.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from branchdesk import __version__
from branchdesk.cli_output import (
    check_output_dir,
    check_suffix,
    in_language,
    open_workspace,
    print_json,
    say,
    text,
)
from branchdesk.cli_recruits import cmd_recruits
from branchdesk.cli_year import cmd_compliance, cmd_dues, cmd_ledger, cmd_report
from branchdesk.core.errors import UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.paths import absolute_path, folder_listing, remove_created, resolve_data_dir

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
        type=_mapping_pair,
        metavar="HEADER=FIELD",
        help="read an unknown column as a field (name, gender, birth_date, joined_on …)",
    )
    members.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the others"
    )
    members.set_defaults(handler=cmd_import_members)

    check = sub.add_parser(
        "check",
        help="integrity and foreign-key checks, overlapping committee terms, and every "
        "attachment against its hash",
    )
    check.add_argument("--json", action="store_true", help="print a JSON object")
    check.set_defaults(handler=cmd_check)
    report = sub.add_parser("report", help="the annual duty report (述职报告) as PDF or DOCX")
    report.add_argument("--year", type=_year, required=True, help="the year reported on")
    report.add_argument("-o", "--output", metavar="FILE", help="required unless --check")
    report.add_argument(
        "--format", choices=["pdf", "docx"], help="default: from FILE's suffix, else pdf"
    )
    report.add_argument(
        "--check",
        action="store_true",
        help="送审前检查: list what to look at before it is signed (exit 4 if anything)",
    )
    report.add_argument("--json", action="store_true", help="with --check: a JSON object")
    report.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help="judge as of this day (default: today)")  # fmt: skip
    report.set_defaults(handler=cmd_report)

    ledger = sub.add_parser("ledger", help="the year's ledgers (台账) as XLSX, a sheet per type")
    ledger.add_argument("--year", type=_year, required=True)
    ledger.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    ledger.set_defaults(handler=cmd_ledger)

    # -- issue 18: 党费 ------------------------------------------------------------------
    dues = sub.add_parser("dues", help="each member's dues base, rate, due, paid, arrears")
    dues.add_argument("--year", type=_year, required=True)
    dues.add_argument("--today", type=date.fromisoformat, metavar="YYYY-MM-DD",
                      help="judge as of this day (default: today)")  # fmt: skip
    dues.add_argument("--json", action="store_true", help="print a JSON object (docs/cli-json.md)")
    dues.set_defaults(handler=cmd_dues)

    # ---- the recruiting pipeline (发展党员) ----------------------------------------------
    recruits = sub.add_parser(
        "recruits", help="everyone in the recruiting pipeline, next step, deadline"
    )
    recruits.add_argument(
        "--json", action="store_true", help="print a JSON object (docs/cli-json.md)"
    )
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


EXIT_USER_ERROR = 1
EXIT_BAD_USAGE = 2  # argparse's own
EXIT_UNEXPECTED = 3


def utf8_output(json_output: bool = False) -> None:
    """Write UTF-8 to a redirected stdout/stderr (and to stdout for --json); a console
    keeps its encoding but replaces what it cannot show instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # None in a windowed build; a test's capture
        redirected = not stream.isatty()
        if redirected or (json_output and stream is sys.stdout):
            stream.reconfigure(encoding="utf-8", errors="strict")
        else:
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()  # before argparse: its usage errors name Chinese file names too
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "json", False):
        utf8_output(json_output=True)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if handler is None:
            return start_gui(args)
        return handler(args)
    except UserError as exc:
        print(f"branchdesk: {in_language(exc, args)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`branchdesk search 党 | head`): not an error. Point stdout at
        # devnull so that flushing it at exit does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # a bug: the traceback goes to the log, one line here
        said = _storage_problem(exc, args)
        if said is not None:  # not a bug: the file's own content (invalid UTF-8 …)
            print(f"branchdesk: {in_language(said, args)}", file=sys.stderr)
            return EXIT_USER_ERROR
        from branchdesk.logging_setup import log_unexpected

        where = log_unexpected(f"branchdesk {' '.join(sys.argv[1:])}", sys.exc_info())  # type: ignore[arg-type]
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())
        print(
            f"branchdesk: unexpected error ({detail}); the details are in {where or 'the log'}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


# What the commands say on success, in the language of cli_language (context "Cli").
DEMO_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Demo branch written to {folder}: {members} members.")
BACKUP_WRITTEN = QT_TRANSLATE_NOOP("Cli", "Backup written to {file}.")
RESTORED = QT_TRANSLATE_NOOP("Cli", "Restored {file}. The previous state was backed up to {undo}.")
SKIPPED = QT_TRANSLATE_NOOP("Cli", "Skipped {count} files BranchDesk did not write: {files}")
EXPORTED = QT_TRANSLATE_NOOP("Cli", "Exported {count} records to {file}.")
IMPORTED = QT_TRANSLATE_NOOP("Cli", "Imported {count} records from {file}.")
NO_MATCH = QT_TRANSLATE_NOOP("Cli", "No match.")
ALL_IS_WELL = QT_TRANSLATE_NOOP("Cli", "All is well: the database and every attachment are intact.")


def _storage_problem(exc: Exception, args: argparse.Namespace) -> UserError | None:
    """An SQLite error that the data file's content explains, as the user's error."""
    import sqlite3

    if not isinstance(exc, sqlite3.Error):
        return None
    from branchdesk.store.errors import storage_error

    try:
        path = resolve_data_dir(args.data_dir) / "branchdesk.sqlite3"
    except UserError:
        return None
    return storage_error(str(path), exc)


def start_gui(args: argparse.Namespace) -> int:
    from branchdesk.ui.app import run  # Qt is imported only when the GUI starts

    return run(resolve_data_dir(args.data_dir))


def cmd_demo(args: argparse.Namespace) -> int:
    from branchdesk.core import registry
    from branchdesk.demo import DemoSize, fill_demo
    from branchdesk.instance_lock import InstanceLock

    data_dir = resolve_data_dir(args.data_dir)
    with InstanceLock(data_dir), open_workspace(args) as ws:
        fill_demo(ws, size=DemoSize(args.size), seed=args.seed, today=date.today())
        counts = ws.counts()
    say(args, DEMO_WRITTEN, folder=data_dir, members=counts[registry.MEMBERS.key])
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from branchdesk.core.registry import record_types  # not on the GUI's start path

    with open_workspace(args) as ws:
        info = ws.info()
    if args.json:
        print_json(
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

    with open_workspace(args) as ws:
        hits = ws.search(args.text, limit=args.limit)
    if args.json:
        print_json(
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
        say(args, NO_MATCH)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock

    target = _archive_target(args.output) if args.output else None
    with InstanceLock(resolve_data_dir(args.data_dir)), open_workspace(args) as ws:
        target = ws.back_up(target)
    say(args, BACKUP_WRITTEN, file=target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock
    from branchdesk.workspace import verify_backup_file

    verified = verify_backup_file(absolute_path(args.file))  # before anything is written
    with InstanceLock(resolve_data_dir(args.data_dir)), open_workspace(args) as ws:
        undo = ws.restore_backup(verified)
    say(args, RESTORED, file=args.file, undo=undo)
    _print_skipped(args, verified.skipped)
    return 0


def _print_skipped(args: argparse.Namespace, names: Sequence[str]) -> None:
    """Files in an archive that BranchDesk did not write (Thumbs.db …): left out, and said."""
    if names:
        say(args, SKIPPED, count=len(names), files=", ".join(names))


def cmd_export(args: argparse.Namespace) -> int:
    target = _archive_target(args.output)
    with open_workspace(args) as ws:
        target = ws.export_archive(target)
        counts = ws.counts()
    say(args, EXPORTED, count=sum(counts.values()), file=target)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from branchdesk.instance_lock import InstanceLock
    from branchdesk.workspace import verify_export_archive

    verified = verify_export_archive(absolute_path(args.file))  # before anything is written
    data_dir = resolve_data_dir(args.data_dir)
    before = folder_listing(data_dir)
    try:
        with InstanceLock(data_dir), open_workspace(args) as ws:
            ws.import_archive(verified)
            counts = ws.counts()
    except UserError:
        if before is None or not before:  # a new or empty folder: leave it exactly so
            remove_created(data_dir, before)
        raise
    say(args, IMPORTED, count=sum(counts.values()), file=args.file)
    _print_skipped(args, verified.skipped)
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    from branchdesk.importing.roster import InvalidRowsError, import_roster, preview_roster
    from branchdesk.instance_lock import InstanceLock

    mapping = dict(args.map)
    source = absolute_path(args.file)
    with InstanceLock(resolve_data_dir(args.data_dir)), open_workspace(args) as ws:
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
    """HEADER=FIELD with a field a roster column can fill (or empty: drop the column)."""
    from branchdesk.core.roster_rules import FIELDS

    header, sep, field = item.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"wants HEADER=FIELD, not {item!r}")
    if field.strip() and field.strip() not in FIELDS:
        raise argparse.ArgumentTypeError(
            f"{field.strip()!r} is not a field; use one of {', '.join(FIELDS)}"
        )
    return header.strip(), field.strip()


def _print_roster(preview: Any, as_json: bool, imported: bool) -> None:
    if as_json:
        print_json(preview.to_json(imported))
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
    with open_workspace(args) as ws:
        problems = ws.check()
    if args.json:
        print_json({"ok": not problems, "problems": [p.to_json() for p in problems]})
    elif problems:
        for problem in problems:
            where = f"{problem.where}: " if problem.where else ""
            print(f"{problem.kind}: {where}{text(args, problem.message)}")
    else:
        say(args, ALL_IS_WELL)
    return 1 if problems else 0


def _archive_target(output: str) -> Path:
    """A backup or an export archive is a .zip: 从文件恢复 and 导入归档 list only those."""
    target = absolute_path(output)
    check_output_dir(target)
    check_suffix(target, ".zip")
    return target


if __name__ == "__main__":
    raise SystemExit(main())

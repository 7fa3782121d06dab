"""The annual report as the secretary runs it, a whole process, vs a plain reportlab process.

    python bench/report_process.py [--runs N] [--data-dir DIR]

`branchdesk report --year Y -o FILE` (interpreter start, imports, reading the records, the
fonts, the PDF) against a process that imports reportlab, parses the report's body font and
sets the same characters over as many pages (bench/plain_floor.py), alternating, each run a
fresh process, medians of N. The target is a ratio of at most 2.5. On the heavy demo data
unless --data-dir names a folder that already has data. The font cache (reports/font_cache.py)
is warmed by a first run, as any report after the first on a PC finds it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent / "src")]

import startup  # noqa: E402  (bench/startup.py: compile_sources)
from plain_floor import report_text  # noqa: E402

TODAY = date(2026, 11, 27)
YEAR = TODAY.year - 1
TARGET_RATIO = 2.5


def floor_inputs(data_dir: Path, folder: Path) -> tuple[Path, Path, int]:
    """The body font's file, the report's characters (written to a file) and its pages."""
    from branchdesk.reports.annual import ReportFormat, report_document
    from branchdesk.reports.fonts import FontRole
    from branchdesk.workspace import Workspace

    with Workspace.open(data_dir) as ws:
        result = ws.build_report(YEAR, folder / "warm.pdf", ReportFormat.PDF, TODAY)
        font = ws.report_fonts().chain(FontRole.BODY).primary.path
        records = ws.year_records(YEAR, TODAY)
        text = report_text(report_document(records, ws.report_texts.for_year(YEAR)))
    text_file = folder / "text.txt"
    text_file.write_text(text, "utf-8")
    return font, text_file, result.pages or 1


def commands(data_dir: Path, folder: Path) -> dict[str, list[str]]:
    font, text, pages = floor_inputs(data_dir, folder)
    report = [sys.executable, "-m", "branchdesk", "--data-dir", str(data_dir), "report"]
    report += ["--year", str(YEAR), "--today", TODAY.isoformat(), "-o", str(folder / "r.pdf")]
    floor = [sys.executable, str(BENCH / "plain_floor.py"), str(font), str(text), str(pages)]
    return {"report": report, "plain": [*floor, str(folder / "plain.pdf")]}


def time_process(command: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(BENCH.parent / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def measure(data_dir: Path, runs: int) -> dict[str, float]:
    """Medians (ms) of the two whole processes, run alternately, and their ratio."""
    with tempfile.TemporaryDirectory() as tmp:
        runs_of = commands(data_dir, Path(tmp))
        times: dict[str, list[float]] = {name: [] for name in runs_of}
        for command in runs_of.values():  # warm the file cache and the font cache
            time_process(command)
        for _ in range(runs):
            for name, command in runs_of.items():
                times[name].append(time_process(command))
    report, plain = (statistics.median(times[n]) * 1000 for n in ("report", "plain"))
    spread = max(times["report"]) / min(times["report"])
    return {
        "report process ms": report,
        "plain reportlab process ms": plain,
        "report / plain reportlab ratio, whole process": report / plain,
        "report process slowest / fastest": spread,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    startup.compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            from branchdesk.demo import DemoSize, fill_demo
            from branchdesk.workspace import Workspace

            data_dir = Path(tmp) / "heavy"
            with Workspace.open(data_dir) as ws:
                fill_demo(ws, size=DemoSize.HEAVY, today=TODAY)
        figures = measure(data_dir, args.runs)
    print(f"median of {args.runs} whole processes each, alternating")
    for key, value in figures.items():
        print(f"  {key:<48} {value:8.2f}")
    ratio = figures["report / plain reportlab ratio, whole process"]
    print(f"  target ≤ {TARGET_RATIO}: {'met' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

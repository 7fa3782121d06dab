"""Every benchmark of BranchDesk in one table, on the demo data and the heavy data set.

    python bench/run_all.py [--sessions N] [--starts N] [--only demo|heavy]

For each data set (`branchdesk demo`, `branchdesk demo --size heavy`, written into a temporary
folder; generating the heavy one is timed too) it measures:

- cold start to the first painted main window vs a bare PySide6 window (bench/startup.py,
  each start a fresh process, alternating, bytecode compiled): the shell painted, and the
  window with its pages listed and the 概览's figures painted, each as a whole process and
  in-process (from the child's first line: the interpreter's own start left out);
- `branchdesk report` for last year as a whole process vs a plain reportlab process setting
  the same characters over as many pages (bench/report_process.py, alternating);
- in a fresh process per session (`--sessions`, the table shows the median session): opening
  each page of the main window for the first time (created, shown and painted), search p50
  and p95 (bench/meetings_search.py's queries), saving a general meeting with 50 attendees,
  compliance for last year, the annual report for last year vs plain reportlab pages of the
  same count, the export archive, a backup, and the session's peak memory (RSS).

Targets on the heavy data (issue #19): the window with its pages listed ≤ 2.5× the bare
window (whole process and in-process), the report process ≤ 2.5× the plain reportlab process,
a whole session's peak memory < 200 MB; every page < 300 ms, search p95 < 50 ms, the report
< 4 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent / "src")]

import report_process  # noqa: E402  (bench/report_process.py)
import startup  # noqa: E402  (bench/startup.py)

TARGETS = {
    "start ratio": 2.5,
    "page ms": 300.0,
    "search p95 ms": 50.0,
    "peak MB": 200.0,
    "report PDF (year) ms": 4000.0,
    # Judged as whole processes (issue #19); the session's in-process ratio is shown only.
    "report / plain reportlab ratio, whole process": 2.5,
}


def make_data(folder: Path, size: str) -> float:
    """Write the demo of *size* into *folder*, as `branchdesk demo` does; seconds taken."""
    from branchdesk.demo import DemoSize, fill_demo
    from branchdesk.workspace import Workspace

    start = time.perf_counter()
    with Workspace.open(folder) as ws:
        fill_demo(ws, size=DemoSize(size))
    return time.perf_counter() - start


def start_once(kind: str, data_dir: Path) -> tuple[float, float, float]:
    """bench/startup.py's cold start to the first paint (whole process, in-process), with
    the child's CPU time (user + system) until it has exited: that includes shutting down
    after the paint (closing the database), so it is reported beside the wall time, not
    judged."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, in_process = startup.time_start(kind, data_dir)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, in_process, cpu


def run_session(data_dir: Path) -> dict[str, float | str]:
    env = {**os.environ, "PYTHONPATH": str(BENCH.parent / "src")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = subprocess.run(
        [sys.executable, str(BENCH / "session.py"), str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result: dict[str, float | str] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def median_session(sessions: list[dict[str, float | str]]) -> dict[str, float | str]:
    merged: dict[str, float | str] = {}
    for key, value in sessions[0].items():
        if isinstance(value, str):
            merged[key] = value
        else:
            merged[key] = statistics.median(float(s[key]) for s in sessions)
    return merged


def measure(size: str, sessions: int, starts: int, tmp: Path) -> dict[str, float | str]:
    data_dir = tmp / size
    figures: dict[str, float | str] = {"generate s": make_data(data_dir, size)}
    startup.time_once("bare", data_dir)  # warm the file cache for both
    startup.time_once("app", data_dir)
    names = {"bare": "bare window", "app": "start", "ready": "start, pages listed"}
    runs: dict[str, list[tuple[float, float, float]]] = {kind: [] for kind in names}
    for _ in range(starts):
        for kind in names:
            runs[kind].append(start_once(kind, data_dir))
    for kind, name in names.items():
        figures[f"{name} ms"] = statistics.median(run[0] for run in runs[kind]) * 1000
        figures[f"{name} in-process ms"] = statistics.median(r[1] for r in runs[kind]) * 1000
        figures[f"{name} CPU ms, to exit"] = statistics.median(r[2] for r in runs[kind]) * 1000
        walls = [run[0] for run in runs[kind]]
        figures[f"{name} slowest / fastest"] = max(walls) / min(walls)  # how noisy
    for measure_ in ("", " in-process"):
        bare = figures[f"bare window{measure_} ms"]
        assert isinstance(bare, float)
        figures[f"start ratio (shell){measure_}"] = figures[f"start{measure_} ms"] / bare
        figures[f"start, pages listed ratio{measure_}"] = (
            figures[f"start, pages listed{measure_} ms"] / bare
        )
    figures.update(report_process.measure(data_dir, starts))
    figures.update(median_session([run_session(data_dir) for _ in range(sessions)]))
    report = figures.get("report PDF (year) ms")
    plain = figures.get("plain reportlab, same pages ms")
    if isinstance(report, float) and isinstance(plain, float):
        figures["report / plain reportlab ratio"] = report / plain
    return figures


def limit_of(key: str) -> float | None:
    """The target a figure is judged against (on the heavy data), if it has one."""
    if key.startswith("start, pages listed ratio"):
        return TARGETS["start ratio"]
    if key.startswith(("page ", "window + first page")):
        return TARGETS["page ms"]
    if key.startswith("peak MB"):
        return TARGETS["peak MB"]
    return TARGETS.get(key)


def verdict(key: str, value: float | str | None) -> str:
    limit = limit_of(key)
    if limit is None or not isinstance(value, float):
        return ""
    met = value <= limit if "ratio" in key else value < limit
    sign = "≤" if "ratio" in key else "<"
    return f"{'ok' if met else 'MISS'} ({sign} {limit:g})"


def fmt(value: float | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:.2f}" if value < 10 else f"{value:.0f}"


def print_table(results: dict[str, dict[str, float | str]], markdown: bool = False) -> None:
    names = list(results)
    keys: list[str] = []
    for figures in results.values():
        keys += [k for k in figures if k not in keys]
    rows = [
        [
            key,
            *(fmt(results[n].get(key)) for n in names),
            verdict(key, results.get("heavy", {}).get(key)),
        ]
        for key in keys
    ]
    if markdown:
        print("| figure | " + " | ".join(names) + " | target on heavy |")
        print("|---|" + "---:|" * len(names) + "---|")
        for row in rows:
            print("| " + " | ".join(row) + " |")
        return
    width = max(len(k) for k in keys) + 2
    print(f"{'':<{width}}" + "".join(f"{n:>12}" for n in names) + "   target (heavy)")
    for key, *cells, judged in rows:
        print(f"{key:<{width}}" + "".join(f"{c:>12}" for c in cells) + f"   {judged}")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, QT_QPA_PLATFORM="
        f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=3, help="fresh-process sessions per set")
    parser.add_argument("--starts", type=int, default=5, help="cold starts per set")
    parser.add_argument("--only", choices=["demo", "heavy"])
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    args = parser.parse_args()
    startup.compile_sources()
    sizes = {"demo": "small", "heavy": "heavy"}
    chosen = [args.only] if args.only else list(sizes)
    results: dict[str, dict[str, float | str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            results[name] = measure(sizes[name], args.sessions, args.starts, Path(tmp))
    print(machine())
    print(f"median of {args.starts} cold starts and of {args.sessions} sessions per data set")
    print_table(results, args.markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

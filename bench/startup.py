"""Cold start: process start to the first painted main window, BranchDesk vs a bare window.

    python bench/startup.py [--runs N] [--data-dir DIR]

Three starts are measured in the same run, alternating, each in a fresh process (so imports
are cold), on the demo data unless --data-dir names another folder: a bare QMainWindow;
BranchDesk's window as `branchdesk --data-dir DIR` paints it (at once, before the records
open), started through the command line's `main` as the installed command is; and
BranchDesk's window once it lists its pages and shows the first one. A start counts as
painted when the window's first frame is complete; only the main window is watched (see
FirstPaint for why not the whole application). Prints the
medians and their ratios to the bare window; the target is a ratio of at most 2.5 for the
window with its pages listed (and the 概览 painted). For
reference it also starts the bare window with one line of Chinese text: the first text any
window paints loads the font database (fontconfig on Linux), which the bare window never
does.

BranchDesk's modules are compiled to bytecode first, as an installed copy has them (pip and
the PyInstaller bundle both compile ahead): without it each start would compile every
module from source, which no secretary's start does.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 2.5  # issue #19: the window with its pages listed
PAINTED = "painted"
KINDS = ("bare", "label", "app", "ready")

CHILD = r"""
import time
STARTED = time.perf_counter()  # the in-process figure: from the first line, Python up
import sys

kind, data_dir = sys.argv[1], sys.argv[2]
if kind in ("app", "ready"):
    # The entry point's module comes first, before any Qt, as in the installed command.
    from branchdesk.cli import main

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

class FirstPaint(QObject):
    # Watches the main window only. A filter on the whole application would hand every
    # event of every widget to Python, and PySide6 builds the Python enums of each class
    # the first time one of its objects passes: tens of milliseconds a busy window pays
    # only because it is watched (a bare window has almost nothing to hand over).
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            # "app": the first paint; "ready": the first paint with the pages listed.
            if kind != "ready" or obj.property("branchdeskReady"):
                obj.removeEventFilter(self)
                # Reported once the whole frame is drawn: the window's own paint comes
                # before its children's, and they draw the text.
                QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("painted", time.perf_counter() - STARTED, flush=True)
        QCoreApplication.instance().quit()

watcher = FirstPaint()
if kind in ("bare", "label"):
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
    if kind == "label":  # the same window with one line of text: the cost of any text
        from PySide6.QtWidgets import QLabel
        window.setCentralWidget(QLabel("正在打开数据…"))
    window.installEventFilter(watcher)
    window.show()
    app.exec()
else:  # `branchdesk --data-dir DIR`
    from branchdesk.ui.main_window import MainWindow

    def show(window):  # the start shows its window with show(): watch it from there
        window.installEventFilter(watcher)
        QMainWindow.show(window)

    MainWindow.show = show
    main(["--data-dir", data_dir])
"""


def compile_sources() -> None:
    """Bytecode for every module, as an installed BranchDesk has it."""
    compileall.compile_dir(ROOT / "src", quiet=1)


def time_once(kind: str, data_dir: Path) -> float:
    """Seconds from starting the process to the first paint of *kind*."""
    return time_start(kind, data_dir)[0]


def time_start(kind: str, data_dir: Path) -> tuple[float, float]:
    """The whole process's seconds to the first paint, and the same counted in the process
    from its first line (the interpreter's own start, alike for every kind, left out)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # use the bytecode compiled in main()
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, kind, str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith(PAINTED):
            elapsed = time.perf_counter() - start
            in_process = float(line.split()[1])
            break
    else:
        raise RuntimeError(f"{kind} never painted its window")
    child.wait(timeout=60)
    return elapsed, in_process


def make_demo(folder: Path) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from branchdesk.demo import fill_demo
    from branchdesk.workspace import Workspace

    with Workspace.open(folder) as ws:
        fill_demo(ws)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    compile_sources()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp) / "demo"
        if args.data_dir is None:
            make_demo(data_dir)
        for kind in KINDS:  # warm the OS file cache for each, then measure
            time_once(kind, data_dir)
        times: dict[str, list[float]] = {kind: [] for kind in KINDS}
        for _ in range(args.runs):
            for kind in KINDS:
                times[kind].append(time_once(kind, data_dir))
    bare = statistics.median(times["bare"])
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs}")
    print(f"{'bare QMainWindow':<40}{bare * 1000:8.0f} ms (median)")
    label = statistics.median(times["label"])
    reference = "  for reference: with one text label"
    print(f"{reference:<40}{label * 1000:8.0f} ms  ratio {label / bare:4.2f}")
    for kind, name in (("app", "BranchDesk window painted"), ("ready", "BranchDesk pages listed")):
        median = statistics.median(times[kind])
        ratio = median / bare
        verdict = "meets" if ratio <= TARGET_RATIO else "misses"
        print(f"{name:<40}{median * 1000:8.0f} ms  ratio {ratio:4.2f} ({verdict} {TARGET_RATIO})"
              f"  (vs the labelled window {median / label:4.2f})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Cold start: process start to the first painted main window, BranchDesk vs a bare window.

    python bench/startup.py [--runs N] [--data-dir DIR]

Both are measured in the same run, alternating, each in a fresh process (so imports are
cold), on the demo data unless --data-dir names another folder. Prints the medians and
their ratio; the target is a ratio of at most 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5
PAINTED = "painted"

CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer

kind, data_dir = sys.argv[1], sys.argv[2]

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

if kind == "bare":
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 800)
else:
    from pathlib import Path
    from branchdesk.ui.app import application, create_main_window
    from branchdesk.workspace import Workspace
    app = application(sys.argv)
    ws = Workspace.open(Path(data_dir))
    window = create_main_window(ws)
watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


def time_once(kind: str, data_dir: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
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
        if line.strip() == PAINTED:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{kind} never painted its window")
    child.wait(timeout=60)
    return elapsed


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
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.data_dir or Path(tmp) / "demo"
        if args.data_dir is None:
            make_demo(data_dir)
        time_once("bare", data_dir)  # warm the OS file cache for both, then measure
        time_once("app", data_dir)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_once("bare", data_dir))
            app.append(time_once("app", data_dir))
    b, a = statistics.median(bare), statistics.median(app)
    ratio = a / b
    print(f"platform: {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}, runs: {args.runs}")
    print(f"{'bare QMainWindow':<28}{b * 1000:8.0f} ms (median)")
    print(f"{'BranchDesk main window':<28}{a * 1000:8.0f} ms (median)")
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"{'ratio':<28}{ratio:8.2f}    ({verdict} the target of {TARGET_RATIO})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

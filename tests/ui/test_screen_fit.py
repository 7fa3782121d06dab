"""The main window fits the screen: a 1366×768 laptop, and 1920×1080 at 150 % scaling
(1280×720 logical), on a real X server (Xvfb) — even with a geometry saved on a bigger one."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"
SCRIPT = """
import json, sys
from datetime import date
from pathlib import Path
from PySide6.QtCore import QSettings
from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from branchdesk.ui.app import application, create_main_window

app = application([])
ws = Workspace.open(Path(sys.argv[1]))
fill_demo(ws, today=date(2026, 11, 27))
if sys.argv[2] == "saved-big":
    QSettings().setValue("main_window/geometry", b"")
    big = create_main_window(ws, lambda: date(2026, 11, 27))
    big.setGeometry(0, 0, 1900, 1000)
    QSettings().setValue("main_window/geometry", big.saveGeometry())
    big.deleteLater()
window = create_main_window(ws, lambda: date(2026, 11, 27))
window.show()
for key in window.page_keys():  # every page: none may force the window taller or wider
    window.show_page(key)
    app.processEvents()
area = window.screen().availableGeometry()
frame = window.frameGeometry()
hint = window.minimumSizeHint()
print(json.dumps({
    "area": [area.x(), area.y(), area.width(), area.height()],
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "size": [window.width(), window.height()],
    "minimum": [hint.width(), hint.height()],
}))
window.close()
ws.close()
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb")
@pytest.mark.parametrize(
    ("screen", "scale", "saved"),
    [
        ("1366x768x24", "1", "none"),
        ("1920x1080x24", "1.5", "none"),
        ("1366x768x24", "1", "saved-big"),
    ],
)
def test_the_main_window_fits_the_available_screen(
    tmp_path: Path, screen: str, scale: str, saved: str
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": scale,
    }
    done = subprocess.run(
        ["xvfb-run", "-a", "-s", f"-screen 0 {screen}", sys.executable, "-c", SCRIPT,
         str(tmp_path / "data"), saved],
        capture_output=True, text=True, env=env, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = shown["area"]
    assert shown["size"][0] <= width and shown["size"][1] <= height - 30  # a title bar's room
    fx, fy, fwidth, fheight = shown["frame"]
    assert x <= fx and y <= fy and fx + fwidth <= x + width and fy + fheight <= y + height
    assert shown["minimum"][0] <= width and shown["minimum"][1] <= height - 30

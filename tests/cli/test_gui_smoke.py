"""The GUI starts and paints in a fresh process (the hook the packaged build's smoke test uses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

SRC = Path(__file__).resolve().parents[2] / "src"


def _start(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "BRANCHDESK_SMOKE_TEST": "1",
    }
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_main_window_paints_and_quits_marked_as_demo(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    done = _start(data_dir)
    assert done.returncode == 0, done.stderr
    assert "smoke test: painted 支部工作台 — 演示数据 — 中共" in done.stdout


def test_a_first_run_paints_the_welcome_and_writes_nothing(data_dir: Path) -> None:
    done = _start(data_dir)
    assert done.returncode == 0, done.stderr
    assert "smoke test: painted" in done.stdout
    with Workspace.open(data_dir) as ws:
        assert ws.is_empty()
    assert not (data_dir.parent / f"{data_dir.name}-demo").exists()

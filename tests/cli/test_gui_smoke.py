"""The GUI starts and paints in a fresh process (the hook the packaged build's smoke test uses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

SRC = Path(__file__).resolve().parents[2] / "src"


def _start(
    data_dir: Path,
    extra_env: dict[str, str] | None = None,
    *,
    script: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(SRC),
        "QT_QPA_PLATFORM": "offscreen",
        "BRANCHDESK_SMOKE_TEST": "1",
        **(extra_env or {}),
    }
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "branchdesk"]
    return subprocess.run(
        [*command, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        env=env,
        timeout=timeout,
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


@pytest.mark.parametrize("code_page", ["cp1252", "cp936"])
def test_the_smoke_test_writes_chinese_to_any_code_page_and_quits(
    data_dir: Path, code_page: str
) -> None:
    """A Windows runner's pipe is cp1252: the Chinese title made the line fail and the
    smoke test never quit."""
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    done = _start(data_dir, {"PYTHONIOENCODING": code_page}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "smoke test: painted 支部工作台" in done.stdout


BROKEN_START = """
import sys
import branchdesk.ui.safekeeping as safekeeping
def broken(*args, **kwargs):
    raise RuntimeError("the records could not be opened: a bug")
safekeeping.open_or_recover = broken
from branchdesk.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_an_unexpected_error_while_opening_is_shown_and_never_hangs(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    done = _start(data_dir, script=BROKEN_START, timeout=60)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "smoke test: unexpected error" in done.stdout
    logs = list((data_dir.parent / "home").rglob("branchdesk.log"))
    assert logs and "RuntimeError: the records could not be opened" in logs[0].read_text("utf-8")

"""The command line on a Chinese Windows PC (code page 936) and a build runner (1252),
imitated with PYTHONIOENCODING: output to a file or pipe is UTF-8, --json always, and an
unexpected error is one line naming the log file, exit status 3."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.members import Member
from branchdesk.workspace import Workspace

SRC = str(Path(__file__).resolve().parents[2] / "src")
RARE = "刘䶮"  # 䶮 (U+4DAE) is in neither GBK nor cp1252


def _run(
    code_page: str, *args: str, script: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": SRC, "PYTHONIOENCODING": code_page}
    env.pop("PYTHONUTF8", None)
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "branchdesk"]
    return subprocess.run([*command, *args], capture_output=True, timeout=120, check=False, env=env)


@pytest.fixture
def rare_member(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as ws:
        ws.members.save(Member(RARE, date(2010, 7, 1)), date(2026, 1, 1))
    return data_dir


@pytest.mark.parametrize("code_page", ["cp936", "cp1252"])
def test_search_redirected_is_utf8_whatever_the_code_page(
    rare_member: Path, code_page: str
) -> None:
    done = _run(code_page, "--data-dir", str(rare_member), "search", "刘")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert RARE in done.stdout.decode("utf-8")


@pytest.mark.parametrize("code_page", ["cp936", "cp1252"])
def test_json_is_utf8_whatever_the_code_page(rare_member: Path, code_page: str) -> None:
    done = _run(code_page, "--data-dir", str(rare_member), "search", "刘", "--json")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    hits = json.loads(done.stdout.decode("utf-8"))
    assert any(RARE in hit["title"] for hit in hits)


@pytest.mark.parametrize("code_page", ["cp936", "cp1252"])
def test_a_user_error_naming_a_rare_file_is_one_utf8_line(tmp_path: Path, code_page: str) -> None:
    missing = tmp_path / f"{RARE}.zip"
    done = _run(code_page, "--data-dir", str(tmp_path / "d"), "restore", str(missing))
    assert done.returncode == 1
    lines = done.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1 and RARE in lines[0]


CRASH = """
import sys
import branchdesk.cli as cli
def broken(args):
    raise RuntimeError("a bug in info:\\nsecond line")
cli.cmd_info = broken
raise SystemExit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("code_page", ["cp936", "cp1252"])
def test_an_unexpected_error_is_one_line_naming_the_log_and_exit_3(
    tmp_path: Path, code_page: str
) -> None:
    done = _run(code_page, "--data-dir", str(tmp_path / "d"), "info", script=CRASH)
    assert done.returncode == 3
    lines = done.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    assert "unexpected error" in lines[0] and "a bug in info: second line" in lines[0]
    log_file = Path(lines[0].rsplit(" in ", 1)[1])
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: a bug in info:" in text


def test_bad_usage_is_exit_2(tmp_path: Path) -> None:
    assert _run("cp936", "--data-dir", str(tmp_path), "no-such-command").returncode == 2

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from branchdesk.cli import main

SRC = str(Path(__file__).resolve().parents[2] / "src")


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The real command in a child process, as a script or a secretary would run it."""
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "branchdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def test_demo_then_info_json(tmp_path: Path) -> None:
    data = tmp_path / "d"
    made = run_cli("--data-dir", str(data), "demo")
    assert made.returncode == 0, made.stderr
    shown = run_cli("--data-dir", str(data), "info", "--json")
    assert shown.returncode == 0, shown.stderr
    info = json.loads(shown.stdout)
    assert info["counts"]["members"] >= 20
    assert info["counts"]["party_groups"] >= 2
    assert info["counts"]["committee_posts"] >= 3
    assert info["schema_version"].startswith("1.")
    assert Path(info["data_dir"]) == data.resolve()


def test_demo_refuses_a_non_empty_folder_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    db = data / "branchdesk.sqlite3"
    before = db.read_bytes()
    again = run_cli("--data-dir", str(data), "demo")
    assert again.returncode == 1
    assert "empty" in again.stderr and "Traceback" not in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert db.read_bytes() == before


def test_environment_variable_selects_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "env"))
    assert main(["info", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert Path(info["data_dir"]) == (tmp_path / "env").resolve()
    assert set(info["counts"]) >= {"members", "party_groups", "committee_posts"}


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["info", "--no-such-option"])
    assert exited.value.code == 2


def test_damaged_database_is_one_clear_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "branchdesk.sqlite3").write_bytes(b"\x00garbage" * 1000)
    result = run_cli("--data-dir", str(data), "info")
    assert result.returncode == 1
    assert "damaged" in result.stderr and "Traceback" not in result.stderr

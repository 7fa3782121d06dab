"""Outputs never land on the data folder's own files; bad years and data folders are one line."""

import json
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.members import Member
from branchdesk.workspace import OwnDataFileError, Workspace


def _one_member(data: Path) -> None:
    with Workspace.open(data) as ws:
        ws.members.save(Member("周建国", date(2010, 7, 1)), date(2026, 11, 27))


@pytest.mark.parametrize("command", ["backup", "export"])
@pytest.mark.parametrize("own", ["branchdesk.sqlite3", "branchdesk.sqlite3-wal", "branchdesk.lock"])
def test_an_archive_written_over_the_data_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, own: str
) -> None:
    data = tmp_path / "d"
    _one_member(data)
    before = (data / "branchdesk.sqlite3").read_bytes()
    assert main(["--data-dir", str(data), command, "-o", str(data / own)]) == 1
    assert capsys.readouterr().err.count("\n") == 1  # refused by its name (not .zip)
    with Workspace.open(data) as ws, pytest.raises(OwnDataFileError):  # as the window asks
        (ws.back_up if command == "backup" else ws.export_archive)(data / own)
    assert (data / "branchdesk.sqlite3").read_bytes() == before
    assert main(["--data-dir", str(data), "info", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["members"] == 1


@pytest.mark.parametrize("kind", ["file", "under a file"])
def test_a_data_folder_that_cannot_be_a_folder_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder")
    data = a_file if kind == "file" else a_file / "数据 目录"
    for command in (["info"], ["backup"], ["demo"]):
        assert main(["--data-dir", str(data), *command]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "cannot be used as the data folder" in err
    assert a_file.read_text() == "not a folder"


def test_an_empty_data_dir_is_bad_usage_not_the_users_own_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--data-dir "$D"` with D unset ran on the user's real data folder (a restore too)."""
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", "", "info"])
    assert exited.value.code == 2 and "--data-dir" in capsys.readouterr().err


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_a_search_limit_below_one_is_bad_usage(
    capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    """Before, --limit 0 said 'No match.' and --limit -1 listed hits anyway."""
    with pytest.raises(SystemExit) as exited:
        main(["search", "周", "--limit", limit])
    assert exited.value.code == 2 and "--limit" in capsys.readouterr().err

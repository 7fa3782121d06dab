"""Mapped drives and network paths: never resolved into UNC names; SQLite's read-only open
gets a URI it accepts, built from the absolute path."""

from __future__ import annotations

import ntpath
import sqlite3
from pathlib import Path, PureWindowsPath

import pytest

from branchdesk.paths import resolve_data_dir
from branchdesk.store.backup import snapshot_database
from branchdesk.store.db import sqlite_uri
from branchdesk.workspace import Workspace


def test_uris_of_windows_paths_are_ones_sqlite_accepts() -> None:
    drive = PureWindowsPath(r"Z:\支部 数据#1\branchdesk.sqlite3")
    assert sqlite_uri(drive, flavour=ntpath) == (
        "file:///Z:/%E6%94%AF%E9%83%A8%20%E6%95%B0%E6%8D%AE%231/branchdesk.sqlite3?mode=ro"
    )
    unc = PureWindowsPath(r"\\server\share\支部\branchdesk.sqlite3")
    assert sqlite_uri(unc, flavour=ntpath).startswith("file:////server/share/")
    assert not unc.as_uri().startswith("file:////")  # what Path.as_uri gave: an authority


def test_a_read_only_snapshot_opens_from_a_relative_path_with_odd_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "备份 #1 %20"
    with Workspace.open(folder) as ws:
        ws.back_up()
    monkeypatch.chdir(tmp_path)
    image = snapshot_database(Path("备份 #1 %20") / "branchdesk.sqlite3")
    memory = sqlite3.connect(":memory:")
    memory.deserialize(image)
    assert memory.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    uri = sqlite_uri(Path("备份 #1 %20") / "branchdesk.sqlite3")
    with pytest.raises(sqlite3.OperationalError):  # mode=ro: read-only
        sqlite3.connect(uri, uri=True).execute("CREATE TABLE x (y)")


def test_the_data_folder_is_not_resolved_through_a_link(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A link stands for a mapped drive: resolve() would have named the share behind it."""
    share = tmp_path / "server-share"
    share.mkdir()
    mapped = tmp_path / "Z"
    try:
        mapped.symlink_to(share, target_is_directory=True)
    except OSError:  # Windows without the right to make links
        pytest.skip("cannot make a symbolic link here")
    monkeypatch.chdir(tmp_path)
    assert resolve_data_dir("Z/支部") == mapped / "支部"
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", "Z/./支部")
    assert resolve_data_dir() == mapped / "支部"

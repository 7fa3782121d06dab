"""Shared fixtures. Every test runs headless with its own temporary data folder."""

from __future__ import annotations

import os
import tempfile

# Before anything imports Qt: no display is needed or used.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.windows_imitation import (  # noqa: F401  (fixtures for every test)
    disk_full,
    fake_msvcrt,
    fake_winreg,
    locked_file,
    no_retry_waits,
    windows_fsync,
)

DEMO_TODAY = date(2026, 11, 27)


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every standard folder into the test's tmp_path, so no test touches the user's."""
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.setenv("BRANCHDESK_DATA_DIR", str(tmp_path / "data"))
    # The command line's messages in English whatever the PC's locale (cli_language.py).
    monkeypatch.setenv("BRANCHDESK_LANG", "en")
    # The temp folder too (report previews): a test tidying it must not touch another's.
    # (Beside tmp_path, not in it: tests list what they wrote there.)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path_factory.mktemp("temp")))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def today() -> date:
    return DEMO_TODAY


@pytest.fixture
def workspace(data_dir: Path) -> Iterator[Workspace]:
    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(data_dir: Path) -> Iterator[Workspace]:
    """The demo branch as of DEMO_TODAY (deterministic: fixed seed and date)."""
    ws = Workspace.open(data_dir)
    fill_demo(ws, today=DEMO_TODAY)
    yield ws
    ws.close()


@pytest.fixture(autouse=True)
def _no_log_file_left_open() -> Iterator[None]:
    """A test that opened the log file (the GUI start, an unexpected CLI error) closes it:
    the next test's log belongs in its own tmp folder."""
    import logging

    from branchdesk import logging_setup

    yield
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if isinstance(handler, logging_setup._LogFile):
            root.removeHandler(handler)
            handler.close()

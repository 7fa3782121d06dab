"""What killed operations and earlier runs leave is removed at the next start, after the
first paint; report previews (members' names) go when the page closes."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path

import pytest

from branchdesk import fileops
from branchdesk.core.members import Member
from branchdesk.ui import app as app_module
from branchdesk.ui import tidy
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _aged(path: Path, seconds: float = 3600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"half a backup")
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_the_preview_is_deleted_when_the_page_closes(qtbot, demo_workspace: Workspace) -> None:
    page = ReportPage(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    preview = page.preview_path
    assert preview is not None and preview.is_file() and preview.parent == tidy.preview_dir()
    page.close()
    assert not preview.exists()


def test_closing_the_window_deletes_the_preview(qtbot, demo_window: MainWindow) -> None:
    page = demo_window.show_page("report")
    assert isinstance(page, ReportPage)
    qtbot.waitUntil(lambda: page.pdf.pageCount() > 0, timeout=30000)
    preview = page.preview_path
    assert preview is not None and preview.is_file()
    demo_window.close()
    assert not preview.exists()


def test_killed_operations_and_old_previews_are_removed_after_the_first_paint(
    qtbot, qapp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(data_dir) as ws:
        ws.members.save(Member("周建国", date(2010, 7, 1)), DEMO_TODAY)  # not a first run
        ws.back_up()
    stale = [
        _aged(data_dir / "backups" / f".branchdesk-x.zip.1a2b{fileops.TEMP_SUFFIX}"),
        _aged(data_dir / "attachments" / ".abc.png.9f9f.bdtmp"),
        _aged(data_dir / "backups" / ".branchdesk-y.zip.k3j.part"),
    ]
    fresh = data_dir / "backups" / f".being-written.zip.77{fileops.TEMP_SUFFIX}"
    fresh.write_bytes(b"a command-line backup at work")
    old_preview = tidy.new_preview_path("branchdesk-report-2025-")
    shell = app_module._ShellStart(qapp, data_dir)
    qtbot.addWidget(shell.window)
    monkeypatch.setattr(shell, "_quit", lambda status: None)
    assert all(path.exists() for path in stale)  # not before the window is there
    shell._open()
    qtbot.waitUntil(lambda: not any(path.exists() for path in stale), timeout=5000)
    assert fresh.exists() and not old_preview.exists()
    assert shell._ws is not None
    shell._ws.close()

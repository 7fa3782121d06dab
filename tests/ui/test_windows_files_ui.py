"""A report re-exported while the old one is open in WPS (imitated): the Chinese message in
the window with 另存为…, which writes under another name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from branchdesk.ui.pages.report_page import ReportPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.windows_imitation import FileLock


def test_a_held_report_is_said_in_chinese_and_save_as_writes_elsewhere(
    qtbot,
    demo_workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locked_file: Callable[[Path], FileLock],
) -> None:
    page = ReportPage(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    exported: list[Path] = []
    monkeypatch.setattr(page, "_exported", exported.append)
    target = tmp_path / "述职报告.pdf"
    target.write_bytes(b"open in WPS")
    locked_file(target)
    task = page.export_to(target, "pdf")
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    box = task.busy_box
    assert box is not None and box.isVisible()
    assert box.text().startswith("文件正被其他程序打开：") and str(target) in box.text()
    assert "请关闭后重试" in box.text()
    save_as = next(b for b in box.buttons() if b.text() == "另存为…")
    offered: list[str] = []
    elsewhere = tmp_path / "述职报告 (2).pdf"

    def ask(_parent: object, _title: str, start: str, *_args: object) -> tuple[str, str]:
        offered.append(start)
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    save_as.click()
    qtbot.waitUntil(lambda: exported == [elsewhere], timeout=30000)
    assert offered == [str(elsewhere)]
    assert elsewhere.read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"open in WPS"

"""发展党员's 公示: not offered for a person it does not announce, and written through
fileops with 另存为… when the file is held open (the last notice in WPS)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from branchdesk.core.recruiting import Stage
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.recruiting_page import RecruitingPage
from tests.windows_imitation import FileLock


def _page_on(window: MainWindow, stage: Stage) -> RecruitingPage:
    page = window.show_page("recruiting")
    assert isinstance(page, RecruitingPage)
    status = next(s for s in page.model.records() if s.stage == stage)
    page.select_record(status.recruit.id or 0)
    assert page.ui.nameEdit.text() == status.recruit.name
    return page


def test_an_applicant_has_no_notice_and_the_button_says_why(demo_window: MainWindow) -> None:
    page = _page_on(demo_window, Stage.APPLICANT)
    for button in (page.ui.noticePdfButton, page.ui.noticeDocxButton):
        assert not button.isEnabled()
        assert "发展对象" in button.toolTip() and "入党申请人" in button.toolTip()
    page.ui.noticePdfButton.click()  # nothing asked, nothing written, no crash


def test_a_candidate_s_notice_held_open_is_written_under_another_name(
    qtbot,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locked_file: Callable[[Path], FileLock],
) -> None:
    page = _page_on(demo_window, Stage.CANDIDATE)
    assert page.ui.noticePdfButton.isEnabled() and not page.ui.noticePdfButton.toolTip()
    written: list[Path] = []
    monkeypatch.setattr(page.notice, "written", written.append)
    target = tmp_path / "公示.pdf"
    target.write_bytes(b"open in WPS")
    locked_file(target)
    task = page.notice.write_to(page._current.recruit.id or 0, target, "pdf")  # type: ignore[union-attr]
    assert task is not None
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    box = task.busy_box
    assert box is not None and box.text().startswith("文件正被其他程序打开：")
    elsewhere = tmp_path / "公示 (2).pdf"
    offered: list[str] = []

    def ask(_parent: object, _title: str, start: str, *_args: object) -> tuple[str, str]:
        offered.append(start)
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    next(b for b in box.buttons() if b.text() == "另存为…").click()
    qtbot.waitUntil(lambda: written == [elsewhere], timeout=30000)
    assert offered == [str(elsewhere)]
    assert elsewhere.read_bytes().startswith(b"%PDF")
    assert target.read_bytes() == b"open in WPS"

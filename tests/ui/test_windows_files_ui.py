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


def test_evidence_opens_from_a_read_only_copy_and_a_changed_copy_is_offered_back(
    qtbot,
    demo_window,
    demo_workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opened in place, a scan saved in WPS changed under its hash, and WPS's ~$ file went
    into backups."""
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    from branchdesk.ui.pages.meetings_page import MeetingsPage
    from branchdesk.ui.widgets.evidence_copies import evidence_dir
    from tests.ui.conftest import answer_questions

    ws = demo_workspace
    meeting = next(m for m in ws.meetings.all() if ws.attachments.for_owner("meetings", m.id))
    assert meeting.id is not None
    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    page.open_meeting(meeting.id)
    evidence = page.meeting_form.ui.evidenceList
    (original,) = ws.attachments.for_owner("meetings", meeting.id)[:1]
    stored = ws.attachments.path_of(original)
    stored_bytes = stored.read_bytes()
    opened: list[Path] = []
    monkeypatch.setattr(
        QDesktopServices,
        "openUrl",
        staticmethod(lambda url: opened.append(Path(url.toLocalFile()))),
    )
    evidence.list.setCurrentRow(0)
    evidence.open_selected()
    (copy,) = opened
    assert copy.parent.parent == evidence_dir() and copy.name == original.original_name
    assert copy.read_bytes() == stored_bytes and not copy.stat().st_mode & 0o222
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    evidence.check_copies()
    assert asked == []  # nothing changed yet
    (copy.parent / f"~${copy.name}").write_bytes(b"WPS owner file")
    copy.chmod(0o644)
    copy.write_bytes(stored_bytes + b" annotated in WPS")
    evidence.check_copies()
    assert len(asked) == 1 and "新的佐证材料" in asked[0]
    after = ws.attachments.for_owner("meetings", meeting.id)
    added = [a for a in after if a.original_name == copy.name and a.id != original.id]
    assert len(added) == 1
    assert ws.attachments.path_of(added[0]).read_bytes() == stored_bytes + b" annotated in WPS"
    assert stored.read_bytes() == stored_bytes  # the original evidence is untouched
    evidence.check_copies()
    assert len(asked) == 1  # offered once


def test_a_held_meeting_sheet_offers_save_as_too(
    qtbot,
    demo_window,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    locked_file: Callable[[Path], FileLock],
) -> None:
    from branchdesk.core.meetings import MeetingKind
    from branchdesk.ui.pages.meeting_sheets import RECORD_SHEET
    from branchdesk.ui.pages.meetings_page import MeetingsPage

    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage) and page.sheets is not None
    general = next(m for m in page.model.records() if m.kind == MeetingKind.GENERAL)
    page.select_record(general.id)
    target = tmp_path / "会议记录.pdf"
    target.write_bytes(b"open in WPS")
    locked_file(target)
    task = page.sheets.print_to(RECORD_SHEET, general.id or 0, target, notify=False)
    with qtbot.waitSignal(task.failed, timeout=30000):
        pass
    box = task.busy_box
    assert box is not None and box.text().startswith("文件正被其他程序打开：")
    offered: list[str] = []

    def ask(_parent: object, _title: str, start: str, *_args: object) -> tuple[str, str]:
        offered.append(start)
        return "", ""  # she closes the dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    next(b for b in box.buttons() if b.text() == "另存为…").click()
    assert offered == [str(tmp_path / "会议记录 (2).pdf")]
    assert target.read_bytes() == b"open in WPS"

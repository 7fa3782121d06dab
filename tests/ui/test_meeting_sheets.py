import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from branchdesk.core.meetings import MeetingKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.meeting_sheets import RECORD_SHEET, SIGN_IN_SHEET
from branchdesk.ui.pages.meetings_page import MeetingsPage
from tests.ui.conftest import answer_questions


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_print_the_sheets_of_the_selected_meeting(qtbot, demo_window: MainWindow, tmp_path) -> None:
    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage) and page.sheets is not None
    page.ui.recordTable.clearSelection()
    assert not page.sheets.isEnabled()  # nothing to print without a saved meeting
    general = next(m for m in page.model.records() if m.kind == MeetingKind.GENERAL)
    page.select_record(general.id)
    assert page.sheets.isEnabled()
    for kind, words in ((RECORD_SHEET, "主持人（签字）"), (SIGN_IN_SHEET, "签到")):
        target = tmp_path / f"{kind}.pdf"
        task = page.sheets.print_to(kind, general.id or 0, target, notify=False)
        with qtbot.waitSignal(task.done, timeout=20000) as done:
            pass
        assert done.args[0] >= 1 and target.exists()
        text = _text(target)
        assert words in text.replace(" ", "")
        assert general.display_title[:6] in text.replace(" ", "")


def test_printing_with_unsaved_changes_asks_to_save_them_first(
    qtbot, demo_window: MainWindow, demo_workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """打印 → 会议记录 right after typing the summary printed the meeting as saved before,
    without the summary and without a word; now it asks 保存 / 不保存 / 取消 first."""
    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage) and page.sheets is not None
    general = next(m for m in page.model.records() if m.kind == MeetingKind.GENERAL)
    page.open_meeting(general.id)
    page.meeting_form.ui.titleEdit.setText("2026年第三季度党员大会（补记）")
    suggested: list[str] = []

    def save_as(_parent: object, _title: str, name: str, *_args: object) -> tuple[str, str]:
        suggested.append(name)
        return "", ""  # the user closes the file dialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.sheets.ask_and_print(RECORD_SHEET)
    assert len(asked) == 1 and suggested == []  # 取消: nothing printed, the form as typed
    assert page.meeting_form.ui.titleEdit.text() == "2026年第三季度党员大会（补记）"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    page.sheets.ask_and_print(RECORD_SHEET)
    assert "（补记）" in suggested[0]
    assert demo_workspace.meetings.get(general.id).title == "2026年第三季度党员大会（补记）"

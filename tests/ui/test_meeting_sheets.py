import subprocess
from pathlib import Path

from branchdesk.core.meetings import MeetingKind
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.meeting_sheets import RECORD_SHEET, SIGN_IN_SHEET
from branchdesk.ui.pages.meetings_page import MeetingsPage


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

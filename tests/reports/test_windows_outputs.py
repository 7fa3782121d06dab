"""Re-exporting a report, ledger or meeting sheet that WPS or Word holds open (imitated):
one clear error, the old file intact, nothing left beside it; retries win once it is let go."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from branchdesk.core.meetings import MeetingKind
from branchdesk.fileops import DiskFull, FileBusy
from branchdesk.reports.annual import ReportFormat
from branchdesk.workspace import Workspace
from tests.reports.conftest import YEAR
from tests.windows_imitation import FileLock, FullDisk

Writer = Callable[[Workspace, Path, date], object]


def _meeting_sheet(ws: Workspace, target: Path, today: date) -> object:
    meetings = ws.meetings.all(YEAR) or ws.meetings.all()
    return ws.meeting_record_sheet(meetings[0].id or 0, target)


WRITERS: dict[str, tuple[str, Writer]] = {
    "pdf": ("报告.pdf", lambda ws, t, d: ws.build_report(YEAR, t, ReportFormat.PDF, d)),
    "docx": ("报告.docx", lambda ws, t, d: ws.build_report(YEAR, t, ReportFormat.DOCX, d)),
    "xlsx": ("台账.xlsx", lambda ws, t, d: ws.build_ledgers(YEAR, t, d)),
    "meeting sheet": ("会议记录.pdf", _meeting_sheet),
}


@pytest.fixture
def sheet_ws(report_ws: Workspace, today: date) -> Workspace:
    from branchdesk.core.meetings import Meeting

    if not report_ws.meetings.all():
        report_ws.save_meeting(Meeting(MeetingKind.GENERAL, date(YEAR, 3, 1), "学习"), today)
    return report_ws


@pytest.mark.parametrize("kind", WRITERS)
def test_a_held_output_gives_file_busy_and_keeps_the_old_file(
    kind: str,
    sheet_ws: Workspace,
    today: date,
    tmp_path: Path,
    locked_file: Callable[[Path], FileLock],
) -> None:
    name, write = WRITERS[kind]
    out = tmp_path / "out"
    out.mkdir()
    target = out / name
    target.write_bytes(b"the old file, open in WPS")
    lock = locked_file(target)
    with pytest.raises(FileBusy) as caught:
        write(sheet_ws, target, today)
    assert caught.value.path == target
    assert target.read_bytes() == b"the old file, open in WPS"
    assert [p.name for p in out.iterdir()] == [name]
    lock.release_after(2)
    lock.held = True
    write(sheet_ws, target, today)
    assert target.read_bytes() != b"the old file, open in WPS"
    assert [p.name for p in out.iterdir()] == [name]


def test_a_pdf_failing_half_way_never_truncates_the_old_file(
    report_ws: Workspace, today: date, tmp_path: Path, disk_full: Callable[..., FullDisk]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "报告.pdf"
    target.write_bytes(b"%PDF the old report")
    disk_full(out, after=4096)
    with pytest.raises(DiskFull):
        report_ws.build_report(YEAR, target, ReportFormat.PDF, today)
    assert target.read_bytes() == b"%PDF the old report"
    assert [p.name for p in out.iterdir()] == ["报告.pdf"]

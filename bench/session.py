"""One user session on a data folder, timed; run by bench/run_all.py in a fresh process.

    python bench/session.py DATA_DIR

Opens the main window (offscreen unless a display is set), opens every page once, then
searches, saves a 50-attendee meeting, computes compliance, builds the report, exports and
backs up. Prints one JSON line of figures (milliseconds unless named otherwise) last.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent / "src")]

from meetings_search import QUERIES, percentile  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from branchdesk.core.meetings import Attendance, Meeting, MeetingKind  # noqa: E402
from branchdesk.core.membership import is_member_on  # noqa: E402
from branchdesk.ui.app import application, create_main_window  # noqa: E402
from branchdesk.ui.main_window import MainWindow  # noqa: E402
from branchdesk.workspace import Workspace  # noqa: E402

Figures = dict[str, float | str]
SEARCH_ROUNDS = 10


def ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def timed(figures: Figures, name: str, work: Callable[[], object]) -> None:
    """Wall time as `<name> ms`, and this process's CPU time as `<name> CPU ms`: on a shared
    machine the wall time includes waiting for a core, the CPU time does not."""
    cpu = time.process_time()
    figures[f"{name} ms"] = ms(work)
    figures[f"{name} CPU ms"] = (time.process_time() - cpu) * 1000


def open_pages(ws: Workspace, figures: Figures) -> None:
    """The window with its first page, then each other page the first time: created, shown,
    laid out and painted (grab() paints it as the screen would)."""
    app = application([])
    windows: list[QWidget] = []

    def first() -> None:
        window = create_main_window(ws)
        window.show()
        app.processEvents()
        window.grab()
        windows.append(window)

    timed(figures, "window + first page", first)
    window = windows[0]
    assert isinstance(window, MainWindow)
    for key in window.page_keys()[1:]:

        def show(key: str = key) -> QWidget:
            page = window.show_page(key)
            app.processEvents()
            page.grab()
            return page

        timed(figures, f"page {key}", show)
    window.close()
    app.processEvents()


def search(ws: Workspace, figures: Figures) -> None:
    ws.search("预热")  # rows written by the demo are indexed on first use
    times = [ms(lambda q=q: ws.search(q)) for _ in range(SEARCH_ROUNDS) for q in QUERIES]
    figures["search p50 ms"] = statistics.median(times)
    figures["search p95 ms"] = percentile(times, 0.95)


def save_meeting(ws: Workspace, today: date, figures: Figures) -> None:
    present = [m.id for m in ws.members.all() if m.id is not None and is_member_on(m, today)]
    attendees = present[:50]
    meeting = Meeting(
        MeetingKind.GENERAL,
        today,
        "基准测试党员大会",
        agenda=("讨论年度工作计划",),
        minutes="发言记录。" * 200,
        attendance=tuple(Attendance(i) for i in attendees),
    )
    times = [ms(lambda: ws.save_meeting(meeting, today)) for _ in range(5)]
    figures["save meeting ms"] = statistics.median(times)
    figures["save meeting: attendees"] = float(len(attendees))


def compliance(ws: Workspace, today: date, figures: Figures) -> None:
    figures["compliance (year) ms"] = ms(lambda: ws.compliance(today.year - 1, today=today))


def report(ws: Workspace, today: date, folder: Path, figures: Figures) -> None:
    """The annual report PDF, and plain reportlab pages of the same count and characters
    (bench/plain_floor.py, the floor bench/report.py uses too) for comparison."""
    from plain_floor import plain_pages, report_text

    from branchdesk.reports.annual import report_document
    from branchdesk.reports.fonts import FontRole

    year = today.year - 1
    target = folder / "report.pdf"
    result = None

    def build() -> None:
        nonlocal result
        result = ws.build_report(year, target, "pdf", today)

    # The first build of a process also parses the report fonts (half a second); it is shown
    # on its own, and the ratio to plain text is taken, as in bench/report.py, on the median
    # of the builds after it, interleaved with the floor.
    figures["report PDF, first in process ms"] = ms(build)
    pages = result.pages if result is not None and result.pages else 1
    figures["report pages"] = float(pages)
    font = ws.report_fonts().chain(FontRole.BODY).primary.name
    document = report_document(ws.year_records(year, today), ws.report_texts.for_year(year))
    text = report_text(document)
    builds, floors = [], []
    for _ in range(3):
        builds.append(ms(build))
        floors.append(ms(lambda: plain_pages(font, text, pages)))
    figures["report PDF (year) ms"] = statistics.median(builds)
    figures["plain reportlab, same pages ms"] = statistics.median(floors)


def peak_mb() -> float:
    """The process's peak resident memory so far; ru_maxrss is KB on Linux, bytes on macOS."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> int:
    data_dir = Path(sys.argv[1])
    today = date.today()
    figures: Figures = {}
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(data_dir) as ws:
        folder = Path(tmp)
        open_pages(ws, figures)
        figures["peak MB, window and pages"] = peak_mb()
        search(ws, figures)
        compliance(ws, today, figures)
        report(ws, today, folder, figures)
        figures["export ms"] = ms(lambda: ws.export_archive(folder / "export.zip"))
        figures["backup ms"] = ms(lambda: ws.back_up(folder / "backup.zip"))
        save_meeting(ws, today, figures)  # last: it adds meetings to the data set
        ws.db.execute("DELETE FROM meetings WHERE title = '基准测试党员大会'")
        ws.db.conn.commit()
    figures["peak MB, whole session"] = peak_mb()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the 年度报告 page: a section whose figures changed (数据已变化,
old and new side by side) and the 送审前检查 list; docs/screenshots/report-stale.png and
report-check.png.

    python tools/report_page_screenshots.py

The demo branch as of the tests' DEMO_TODAY; the 履职情况及成效 section is edited, then a
talk and a volunteer activity are recorded, so the records no longer give her figures.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication  # noqa: E402

from branchdesk.core.participation import Participant  # noqa: E402
from branchdesk.core.report_texts import ReportSection  # noqa: E402
from branchdesk.core.talks import Counterpart, Talk  # noqa: E402
from branchdesk.core.volunteer import VolunteerActivity  # noqa: E402
from branchdesk.demo import fill_demo  # noqa: E402
from branchdesk.reports.narrative import draft_of  # noqa: E402
from branchdesk.ui.app import create_main_window  # noqa: E402
from branchdesk.ui.fonts import ensure_cjk_font  # noqa: E402
from branchdesk.ui.i18n import install_language  # noqa: E402
from branchdesk.ui.pages.report_page import ReportPage  # noqa: E402
from branchdesk.workspace import Workspace  # noqa: E402

DEMO_TODAY = date(2026, 11, 27)
YEAR = DEMO_TODAY.year - 1
SIZE = (1440, 900)


def _wait(app: QApplication, done: object, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while not done() and time.monotonic() < end:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.02)


def _change_the_records(ws: Workspace) -> None:
    draft = draft_of(ReportSection.PERFORMANCE, ws.annual_facts(YEAR, DEMO_TODAY))
    mine = draft.replace("认真落实", "始终坚持", 1) + "\n全年工作得到了上级党组织的肯定。"
    ws.report_texts.save_section(YEAR, ReportSection.PERFORMANCE, mine, draft)
    members = ws.members.all()
    talk = Talk(date(YEAR, 12, 2), members[5].id or 0, (Counterpart(members[6].id),), topic="谈心")
    ws.talks.save(talk, DEMO_TODAY)
    service = VolunteerActivity(
        date(YEAR, 12, 6), "社区助老服务", (Participant(members[3].id, hours=3.0),),
        people_served=12,
    )  # fmt: skip
    ws.volunteering.save(service, DEMO_TODAY)


def main() -> int:
    app = QApplication([])
    ensure_cjk_font(app)
    install_language(app, "zh_CN")
    target = ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        fill_demo(ws, today=DEMO_TODAY)
        _change_the_records(ws)
        window = create_main_window(ws, lambda: DEMO_TODAY)
        window.resize(*SIZE)
        window.show()
        page = window.show_page("report")
        assert isinstance(page, ReportPage)
        _wait(app, lambda: page.pdf.pageCount() > 0)
        page.ui.sectionList.setCurrentRow(1)
        page.ui.splitter.setSizes([250, 680, 510])
        app.processEvents()
        window.grab().save(str(target / "report-stale.png"))
        page.checks.run(YEAR)
        page.ui.rightTabs.setCurrentWidget(page.ui.checkTab)
        app.processEvents()
        window.grab().save(str(target / "report-check.png"))
        print("wrote docs/screenshots/report-stale.png, report-check.png")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of pages with the demo data, Chinese UI, for docs/screenshots/.

    python tools/screenshots.py review talks      # writes docs/screenshots/review.png, talks.png
    python tools/screenshots.py --small           # all pages at 1024×700: docs/screenshots/small/
    python tools/screenshots.py --1366            # all pages at 1366×768: docs/screenshots/1366/

Runs offscreen with the demo branch as of the tests' DEMO_TODAY, so the pictures are the same
on every machine; the first row of a record list is selected so its form is filled in.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from branchdesk.demo import fill_demo  # noqa: E402
from branchdesk.ui.app import create_main_window  # noqa: E402
from branchdesk.ui.fonts import ensure_cjk_font  # noqa: E402
from branchdesk.ui.i18n import install_language  # noqa: E402
from branchdesk.workspace import Workspace  # noqa: E402

DEMO_TODAY = date(2026, 11, 27)  # the same day as tests/conftest.py
SIZE = (1440, 880)
SMALL = (1024, 700)  # the smallest screen the pages are made for (tests/ui/test_small_screens.py)
# Screens the pages are tested at (tests/ui/test_small_screens.py): option → size, folder.
SCREENS = {"--small": (SMALL, "small"), "--1366": ((1366, 768), "1366")}


def main(keys: list[str]) -> int:
    size, folder = next((SCREENS[k] for k in keys if k in SCREENS), (SIZE, ""))
    keys = [k for k in keys if k not in SCREENS]
    app = QApplication([])
    ensure_cjk_font(app)
    install_language(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        fill_demo(ws, today=DEMO_TODAY)
        window = create_main_window(ws, lambda: DEMO_TODAY)
        window.resize(*size)
        window.show()
        target = ROOT / "docs" / "screenshots" / folder
        target.mkdir(parents=True, exist_ok=True)
        for key in keys or window.page_keys():
            if key == "recycle_bin":  # the demo deletes nothing: show the bin with a record
                oldest = min(ws.talks.all(), key=lambda talk: talk.held_on)
                ws.move_to_bin("talks", oldest.id)
            page = window.show_page(key)
            ui = getattr(page, "ui", None)
            table = getattr(ui, "recordTable", None) or getattr(ui, "table", None)
            if table is not None and table.model().rowCount():
                table.selectRow(0)
            app.processEvents()
            window.grab().save(str(target / f"{key}.png"))
            print(f"wrote {(target / key).relative_to(ROOT)}.png")
            if key == "recruiting" and not folder:  # a person's timeline, at the docs' size
                _recruiting_timeline(app, window, page, target)
        window.close()
    return 0


def _recruiting_timeline(app: QApplication, window: QWidget, page: object, target: Path) -> None:
    from branchdesk.core.recruiting import Stage

    model = page.model  # type: ignore[attr-defined]
    row = next(
        r for r in range(model.rowCount()) if model.record(r).stage == Stage.PROBATIONARY_RECRUIT
    )
    page.ui.table.selectRow(row)  # type: ignore[attr-defined]
    page.ui.formScroll.verticalScrollBar().setValue(300)  # type: ignore[attr-defined]
    app.processEvents()
    window.grab().save(str(target / "recruiting-timeline.png"))
    print("wrote docs/screenshots/recruiting-timeline.png")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

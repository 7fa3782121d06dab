"""Screenshots for the user guide (docs/guide.md), taken from the real application.

    QT_QPA_PLATFORM=offscreen python tools/guide_screenshots.py [--out docs/guide]

Writes, in Chinese with the demo branch as of 2026-11-27: the first-run welcome and the
set-up wizard's pages, then every page of the main window (whatever navigation.py lists)
as `<page key>.png`, and the tabs of a few pages as `<page key>-<tab>.png`. Look at each one
before committing it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableWidgetItem, QTabWidget, QWidget  # noqa: E402

from branchdesk.core.enums import BranchKind  # noqa: E402
from branchdesk.demo import fill_demo  # noqa: E402
from branchdesk.ui.app import application, create_main_window  # noqa: E402
from branchdesk.ui.first_run import SetupWizard, WelcomeDialog  # noqa: E402
from branchdesk.ui.i18n import install_language  # noqa: E402
from branchdesk.workspace import Workspace  # noqa: E402

TODAY = date(2026, 11, 27)
SIZE = (1280, 800)


def wait(ms: int) -> None:
    """Run the event loop for *ms* (a busy loop of processEvents(flags, ms) calls crashed
    PySide 6.12 with "none_dealloc" after a few thousand calls)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, path: Path) -> None:
    """Grab the widget as painted; a 256-colour PNG keeps text sharp at a third of the size."""
    QApplication.processEvents()
    widget.grab().save(str(path))
    with Image.open(path) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def first_run(out: Path, folder: Path) -> None:
    welcome = WelcomeDialog()
    welcome.show()
    save(welcome, out / "welcome.png")
    welcome.close()
    with Workspace.open(folder / "new") as ws:
        wizard = SetupWizard(ws, TODAY)
        wizard.show()
        branch = wizard.branch_page.ui
        branch.nameEdit.setText("中共广州市天河区启明社会组织联合支部委员会")
        branch.kindCombo.setCurrentIndex(branch.kindCombo.findData(BranchKind.JOINT.value))
        branch.upperEdit.setText("中共广州市天河区社会组织委员会")
        branch.foundedEdit.setText("2017-07-01")
        save(wizard, out / "wizard-branch.png")
        wizard.next()
        orgs = wizard.organisations_page
        orgs.ui.orgTable.setItem(0, orgs.NAME, QTableWidgetItem("广州市天河区软件行业协会"))
        orgs.add_row()
        orgs.ui.orgTable.setItem(1, orgs.NAME, QTableWidgetItem("广州市天河区启明社会工作服务中心"))
        save(wizard, out / "wizard-organisations.png")
        wizard.next()
        secretary = wizard.secretary_page.ui
        secretary.nameEdit.setText("周建国")
        secretary.joinedEdit.setText("2014-02-05")
        secretary.fullEdit.setText("2015-02-05")
        save(wizard, out / "wizard-secretary.png")
        wizard.next()
        wizard.term_page.ui.startsEdit.setText("2024-06-18")
        wizard.term_page.ui.endsEdit.setText("2027-06-17")
        wizard.next()
        wizard.groups_page.ui.groupsEdit.setPlainText(
            "第一党小组（软件行业协会）\n第二党小组（启明社工中心）"
        )
        save(wizard, out / "wizard-groups.png")
        wizard.next()
        save(wizard, out / "wizard-import.png")
        wizard.close()


def main_window(out: Path, folder: Path) -> None:
    with Workspace.open(folder / "demo") as ws:
        fill_demo(ws, today=TODAY)
        # Something in the recycle bin and the backup list, so those pages are not empty.
        for repo in (ws.talks, ws.volunteering):
            first = repo.all(TODAY.year)[0]
            assert first.id is not None
            repo.move_to_recycle_bin(first.id)
        ws.back_up()
        window = create_main_window(ws, lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        for key in window.page_keys():
            page = window.show_page(key)
            ui = getattr(page, "ui", None)
            table = getattr(ui, "recordTable", None)
            if table is not None and table.model().rowCount() > 0:
                table.selectRow(0)  # the form shows a record, not an empty new one
            save(window, out / f"{key}.png")
            extra_views(window, page, key, out / key)
        window.close()


def extra_views(window: QWidget, page: QWidget, key: str, stem: Path) -> None:
    """A second look at pages whose most useful part hides behind a tab."""
    form = getattr(page, "form", None)
    form_tabs = getattr(getattr(form, "ui", None), "tabs", None)
    if key == "meetings" and isinstance(form_tabs, QTabWidget):
        form_tabs.setCurrentIndex(1)  # 参会情况: the attendance grid
        save(window, stem.with_name(stem.name + "-attendance.png"))
    right = getattr(getattr(page, "ui", None), "rightTabs", None)
    if key == "report" and isinstance(right, QTabWidget):
        right.setCurrentIndex(1)  # 预览: the real PDF, built off the GUI thread
        deadline = time.monotonic() + 120
        while getattr(page, "preview_path", None) is None and time.monotonic() < deadline:
            wait(200)
        wait(3000)  # QPdfView renders its pages in the background too
        save(window, stem.with_name(stem.name + "-preview.png"))
    tabs = getattr(page, "tabs", None)
    if key == "settings" and isinstance(tabs, QTabWidget):
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            name = (tabs.widget(index).objectName() or str(index)).lower()
            save(window, stem.with_name(f"{stem.name}-{name}.png"))


def saving(out: Path, folder: Path) -> None:
    """保存 / 不保存 / 取消 over a talk being typed, and 已移入回收站 with 撤销."""
    from branchdesk.ui.unsaved_changes import question_box

    with Workspace.open(folder / "saving") as ws:
        fill_demo(ws, today=TODAY)
        window = create_main_window(ws, lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        page = window.show_page("talks")
        table = getattr(getattr(page, "ui", None), "recordTable", None)
        if table is not None:
            table.selectRow(0)
        form = getattr(page, "talk_form", None)
        if form is not None:
            form.ui.contentEdit.setPlainText("谈话内容：她说明年想牵头志愿服务队……")
        box = question_box(
            window,
            QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
            QCoreApplication.translate(
                "RecordListPage",
                "The record in the form has changes that are not saved yet. Save them?",
            ),
        )
        box.show()
        wait(200)
        save(box, out / "unsaved-question.png")
        box.close()
        cancel = getattr(page, "cancel", None)
        if callable(cancel):
            from PySide6.QtWidgets import QMessageBox

            from branchdesk.ui import unsaved_changes

            unsaved_changes.ask = lambda *_a: QMessageBox.StandardButton.Discard
            cancel()
        delete = getattr(page, "delete_selected", None)
        if table is not None and callable(delete):
            table.selectRow(0)
            delete()
        save(window, out / "undo-delete.png")
        window.close()


def dues_saving(out: Path, folder: Path) -> None:
    """党费: a month's amounts confirmed with 保存 / 不保存 / 取消 over them, a half-typed
    payment asked about, and 设置 → 党费标准 with a change refused beside the table."""

    with Workspace.open(folder / "dues") as ws:
        fill_demo(ws, today=TODAY)
        window = create_main_window(ws, lambda: TODAY)
        window.resize(*SIZE)
        window.show()
        page: Any = window.show_page("dues")
        page.ui.monthCombo.setCurrentIndex(page.ui.monthCombo.findData("2026-10"))
        grid = page.collection
        for row in range(4):
            grid.setData(grid.index(row, grid.column_of("amount")), "12.50")
        text = page.tr("Amounts confirmed for the month are not saved yet. Save them?")
        save_asked(window, text, out / "dues-unsaved-question.png")
        half_typed_payment(window, page, out / "dues-form-question.png")
        settings: Any = window.show_page("settings")
        tab = settings.dues_rates
        settings.tabs.setCurrentWidget(tab)
        rates = tab.model
        top = next(i for i, r in enumerate(rates.records()) if r.id == "salary_4")
        rates.setData(rates.index(top, rates.column_of("up_to")), "20000")
        tab.save()
        save(window, out / "settings-duesratestab.png")
        from PySide6.QtWidgets import QMessageBox

        from branchdesk.ui import unsaved_changes

        unsaved_changes.ask = lambda *_a: QMessageBox.StandardButton.Discard  # no question
        window.close()


def half_typed_payment(window: QWidget, page: Any, path: Path) -> None:
    """交纳记录: a back-payment half typed (no amount yet), 新增交纳 clicked: the question."""

    ui = page.ui
    page.open_payment_draft(None)
    ui.payMemberCombo.setCurrentIndex(2)
    ui.payMonthsEdit.setText("2026-09 至 2026-10")
    ui.payNoteEdit.setText("补交，金额待核对")
    page.save_payment()  # Enter on the half-typed form: the amount is named beside it
    save_asked(window, page.tr("The payment typed is not saved yet. Save it?"), path)


def save_asked(window: QWidget, text: str, path: Path) -> None:
    """*window* with 保存 / 不保存 / 取消 asking *text* over it."""
    from branchdesk.ui.unsaved_changes import question_box

    box = question_box(
        window, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"), text
    )
    box.show()
    wait(200)
    save_with(window, box, path)
    box.close()


def save_with(window: QWidget, box: QWidget, path: Path) -> None:
    """*window* with *box* over its middle, as the user sees a question (an offscreen grab
    of the window leaves out the box, a window of its own)."""
    save(window, path)
    with Image.open(path) as under, tempfile.TemporaryDirectory() as tmp:
        box.grab().save(str(Path(tmp) / "box.png"))
        with Image.open(Path(tmp) / "box.png") as over:
            shown = under.convert("RGB")
            shown.paste(over, ((shown.width - over.width) // 2, (shown.height - over.height) // 2))
    small = shown.quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    small.save(path, optimize=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "guide")
    parser.add_argument("--only", choices=["saving", "dues"], help="only these pictures")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(tmp) / "settings")
        )
        app = application([])
        install_language(app, "zh_CN")
        if args.only is None:
            first_run(args.out, Path(tmp))
            main_window(args.out, Path(tmp))
        if args.only in (None, "saving"):
            saving(args.out, Path(tmp))
        if args.only in (None, "dues"):
            dues_saving(args.out, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

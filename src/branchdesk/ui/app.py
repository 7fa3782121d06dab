"""Starting the desktop application: one instance per data folder, language, fonts, window.

The window paints before the data layer loads: on an existing data folder `run` shows the
main window at once with a notice, then opens the records and lists the pages. Nothing
here imports the workspace at module level, so that first paint costs little more than a
bare Qt window. QMessageBox and the errors are imported where a box is shown: PySide6
builds a class's Python enums when the class is first named, and QMessageBox's cost a few
milliseconds that a start without a message should not pay before its first paint.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from branchdesk import APP_NAME, __version__
from branchdesk.instance_lock import AlreadyRunningError, InstanceLock
from branchdesk.logging_setup import setup_logging
from branchdesk.paths import DATABASE_FILE, DataFolderError
from branchdesk.resources import icons_dir
from branchdesk.ui import crash, smoke_test
from branchdesk.ui.fonts import ensure_cjk_font
from branchdesk.ui.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGE_SETTING,
    install_language,
    user_error_text,
)
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.navigation import PAGES

if TYPE_CHECKING:
    from branchdesk.ui.navigation import PageSpec
    from branchdesk.ui.safekeeping import AutoBackup
    from branchdesk.ui.unsaved_keeper import UnsavedKeeper
    from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
FIRST_RUN_AGAIN = 10  # internal: the exit code of a shell whose records turned out to be empty
UNEXPECTED_ERROR = 3  # the exit status of an unexpected error (as on the command line)


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once, with BranchDesk's names, fonts and default language."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    ensure_cjk_font(app)
    app.setWindowIcon(app_icon())
    install_language(app, DEFAULT_LANGUAGE)
    return app


def window_content(
    ws: Workspace, window: MainWindow, today: Callable[[], date] = date.today
) -> tuple[str, list[PageSpec]]:
    """The title and pages for an open workspace, in the language the user chose."""
    from branchdesk.ui.navigation import PageRouter, build_pages, hit_opener
    from branchdesk.ui.records_changed import EVERYTHING, RecordsChanged

    app = QApplication.instance()
    language = ws.settings.get(LANGUAGE_SETTING, DEFAULT_LANGUAGE)
    if isinstance(app, QApplication):
        install_language(app, language)
    window.title_source = lambda: window_title(ws)
    router = PageRouter()
    router.show = window.show_page
    router.leave_pages = window.may_leave_pages
    changes = RecordsChanged(window)
    changes.watch(ws.on_records_changed)
    # The window's title names the branch: a restore, an import or the profile changes it.
    changes.records_changed.connect(
        lambda keys: window.refresh_title() if {EVERYTHING, "branch"} & keys else None
    )
    window.set_search(ws.search, hit_opener(router))
    return window_title(ws), build_pages(ws, today, router, changes)


def window_title(ws: Workspace) -> str:
    """BranchDesk — the branch's name; and DEMO DATA, never to be taken for real records."""
    branch = ws.branch.get()
    app_title = QCoreApplication.translate("MainWindow", "BranchDesk")
    if ws.is_demo():
        app_title += " — " + QCoreApplication.translate("MainWindow", "DEMO DATA")
    return f"{app_title} — {branch.name}" if branch else app_title


def create_main_window(ws: Workspace, today: Callable[[], date] = date.today) -> MainWindow:
    """The complete window for an open workspace (tests, benchmarks, the first run)."""
    window = MainWindow(QCoreApplication.translate("MainWindow", "BranchDesk"))
    title, pages = window_content(ws, window, today)
    window.set_pages(pages, title)
    window.setProperty(smoke_test.READY_PROPERTY, True)
    return window


def show_window(app: QApplication, ws: Workspace) -> int:
    from branchdesk.ui.safekeeping import AutoBackup

    window = create_main_window(ws)
    backups = AutoBackup(ws)  # at most daily while running, and on exit
    window.show()
    tidy_soon(ws.data_dir)
    warn_soon(window, ws.data_dir)
    keeper = keep_unsaved_work(window, ws.data_dir)
    backups.check_soon()
    status = app.exec()
    keeper.keep_now()  # what was saved or discarded on closing leaves no file behind
    backups.on_exit()
    return status


def tidy_soon(data_dir: Path) -> None:
    """After the first paint: remove the temporaries of killed operations and old previews."""
    from branchdesk.ui.tidy import tidy_after_start

    QTimer.singleShot(0, lambda: tidy_after_start(data_dir))


def warn_soon(window: MainWindow, data_dir: Path) -> None:
    """After the first paint: a data folder on a network drive or synced is warned about."""
    from branchdesk.ui.data_folder_warning import warn_if_risky

    def warn() -> None:
        window.data_folder_warning = warn_if_risky(window, data_dir)

    QTimer.singleShot(0, warn)


def keep_unsaved_work(window: MainWindow, data_dir: Path) -> UnsavedKeeper:
    """未保存的内容: offered back after a crash, then written every few seconds."""
    from branchdesk.ui.unsaved_keeper import UnsavedKeeper

    keeper = UnsavedKeeper(window, data_dir)
    keeper.offer_kept()
    keeper.start()
    return keeper


def app_icon() -> QIcon:
    """The window and taskbar icon, from the PNGs rendered from resources/icons/branchdesk.svg."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons_dir() / f"branchdesk-{size}.png"), QSize(size, size))
    return icon


def run(data_dir: Path) -> int:
    setup_logging()
    app = application()
    crash.install()
    try:
        return _run(app, data_dir)
    except Exception:  # logged and said in a box: a windowed build has no console
        crash.report_now(sys.exc_info())  # type: ignore[arg-type]
        return UNEXPECTED_ERROR


def _run(app: QApplication, data_dir: Path) -> int:
    if smoke_test.wanted():
        smoke_test.SmokeTest(app)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunningError:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "BranchDesk"),
            QCoreApplication.translate(
                "App", "BranchDesk is already open for this data folder:\n{folder}"
            ).format(folder=data_dir),
        )
        return 1
    except DataFolderError as exc:  # a file in the way, a USB stick taken out
        from PySide6.QtWidgets import QMessageBox

        log.error("cannot use %s: %s", data_dir, exc)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "BranchDesk"), user_error_text(exc)
        )
        return 1
    try:
        if (data_dir / DATABASE_FILE).exists():
            shell = _ShellStart(app, data_dir)
            status = shell.run()
            if status != FIRST_RUN_AGAIN:
                return status
        return _plain_start(app, data_dir)
    finally:
        lock.release()


def _plain_start(app: QApplication, data_dir: Path) -> int:
    """Open the records, then show the first run's welcome or the main window."""
    from PySide6.QtWidgets import QMessageBox

    from branchdesk.core.errors import UserError
    from branchdesk.ui.first_run import first_run
    from branchdesk.ui.safekeeping import open_or_recover

    try:
        ws = open_or_recover(data_dir)
    except UserError as exc:
        log.error("cannot open %s: %s", data_dir, exc)
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "BranchDesk"), user_error_text(exc)
        )
        return 1
    if ws is None:
        return 1
    with ws:
        if ws.is_empty():
            return first_run(ws, data_dir, lambda opened: show_window(app, opened))
        return show_window(app, ws)


class _ShellStart(QObject):
    """Paint the window first, then open the records and list the pages."""

    def __init__(self, app: QApplication, data_dir: Path) -> None:
        super().__init__()
        self._app, self._data_dir = app, data_dir
        self._ws: Workspace | None = None
        self._backups: AutoBackup | None = None
        self.failed = False  # an unexpected error while opening: said, then quit
        self._keeper: UnsavedKeeper | None = None
        self.window = MainWindow(QCoreApplication.translate("MainWindow", "BranchDesk"))
        self.window.show_notice(
            QCoreApplication.translate("App", "Opening your records…"),
            [title() for _key, title in PAGES],
        )

    def run(self) -> int:
        self.window.installEventFilter(self)
        self.window.show()
        status = self._app.exec()
        if self._keeper is not None:
            self._keeper.keep_now()
        if self._backups is not None:
            self._backups.on_exit()
        if self._ws is not None:
            self._ws.close()
        return status

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self._open)  # once the shell is on screen
        return False

    def _open(self) -> None:
        try:
            self._open_records()
        except Exception:  # never left at 正在打开…: said with the log's path, then quit
            self.failed = True
            crash.report(sys.exc_info(), then=lambda: self._quit(UNEXPECTED_ERROR))  # type: ignore[arg-type]

    def _open_records(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from branchdesk.core.errors import UserError
        from branchdesk.ui.safekeeping import AutoBackup, open_or_recover

        try:
            ws = open_or_recover(self._data_dir, self.window)
        except UserError as exc:
            log.error("cannot open %s: %s", self._data_dir, exc)
            QMessageBox.critical(self.window, self.window.windowTitle(), user_error_text(exc))
            ws = None
        if ws is None:
            self._quit(1)
            return
        self._ws = ws
        if ws.is_empty():  # a data file with no records yet: the first run's welcome
            self._quit(FIRST_RUN_AGAIN)
            return
        title, pages = window_content(ws, self.window)
        self.window.set_pages(pages, title)
        self.window.setProperty(smoke_test.READY_PROPERTY, True)
        self.window.update()
        tidy_soon(self._data_dir)
        warn_soon(self.window, self._data_dir)
        self._backups = AutoBackup(ws)
        self._keeper = keep_unsaved_work(self.window, self._data_dir)
        self._backups.check_soon()

    def _quit(self, status: int) -> None:
        self.window.hide()
        self._app.exit(status)

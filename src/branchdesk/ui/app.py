"""Starting the desktop application: one instance per data folder, language, fonts, window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from branchdesk import APP_NAME, __version__
from branchdesk.core.errors import UserError
from branchdesk.instance_lock import AlreadyRunningError, InstanceLock
from branchdesk.logging_setup import setup_logging
from branchdesk.resources import icons_dir
from branchdesk.ui import smoke_test
from branchdesk.ui.first_run import first_run, is_demo
from branchdesk.ui.fonts import ensure_cjk_font
from branchdesk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGE_SETTING, install_language
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.navigation import PageRouter, build_pages
from branchdesk.ui.safekeeping import AutoBackup, open_or_recover
from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


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


def create_main_window(ws: Workspace, today: Callable[[], date] = date.today) -> MainWindow:
    """The window for an open workspace, in the language the user chose."""
    app = QApplication.instance()
    language = ws.settings.get(LANGUAGE_SETTING, DEFAULT_LANGUAGE)
    if isinstance(app, QApplication):
        install_language(app, language)
    branch = ws.branch.get()
    app_title = QCoreApplication.translate("MainWindow", "BranchDesk")
    if is_demo(ws):  # never to be taken for real records
        app_title += " — " + QCoreApplication.translate("MainWindow", "DEMO DATA")
    title = f"{app_title} — {branch.name}" if branch else app_title
    router = PageRouter()
    window = MainWindow(title, build_pages(ws, today, router))
    router.show = window.show_page
    return window


def show_window(app: QApplication, ws: Workspace) -> int:
    window = create_main_window(ws)
    backups = AutoBackup(ws)  # at most daily while running, and on exit
    window.show()
    backups.check_soon()
    status = app.exec()
    backups.on_exit()
    return status


def app_icon() -> QIcon:
    """The window and taskbar icon, from the PNGs rendered from resources/icons/branchdesk.svg."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icons_dir() / f"branchdesk-{size}.png"), QSize(size, size))
    return icon


def run(data_dir: Path) -> int:
    setup_logging()
    app = application()
    if smoke_test.wanted():
        smoke_test.SmokeTest(app)
    lock = InstanceLock(data_dir)
    try:
        lock.acquire()
    except AlreadyRunningError:
        QMessageBox.information(
            None,
            QCoreApplication.translate("App", "BranchDesk"),
            QCoreApplication.translate(
                "App", "BranchDesk is already open for this data folder:\n{folder}"
            ).format(folder=data_dir),
        )
        return 1
    try:
        try:
            ws = open_or_recover(data_dir)
        except UserError as exc:
            log.error("cannot open %s: %s", data_dir, exc)
            QMessageBox.critical(None, QCoreApplication.translate("App", "BranchDesk"), str(exc))
            return 1
        if ws is None:
            return 1
        with ws:
            if ws.is_empty():
                return first_run(ws, data_dir, lambda opened: show_window(app, opened))
            return show_window(app, ws)
    finally:
        lock.release()

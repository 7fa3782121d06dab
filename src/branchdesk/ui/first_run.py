"""The first run: with no data yet, welcome the user and either set up the branch (a short
wizard) or open a separate demo data folder to explore.

The demo folder sits beside the real one (`<data dir>-demo`), never inside it, so demo
records cannot mix with real ones; a window showing demo data says so in its title.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget, QWizard

from branchdesk.core.errors import UserError
from branchdesk.core.first_run import BranchSetup
from branchdesk.core.validation import ValidationError
from branchdesk.instance_lock import AlreadyRunningError, InstanceLock
from branchdesk.ui.forms.ui_welcome_dialog import Ui_WelcomeDialog
from branchdesk.ui.i18n import error_text, user_error_text
from branchdesk.ui.unsaved_changes import may_go_on, typed_state
from branchdesk.workspace import Workspace

log = logging.getLogger(__name__)

DEMO_SUFFIX = "-demo"


class Choice(Enum):
    QUIT = "quit"
    SET_UP = "set_up"
    DEMO = "demo"


def demo_data_dir(data_dir: Path) -> Path:
    """The demo folder for a data folder: its sibling `<name>-demo`."""
    return data_dir.with_name(data_dir.name + DEMO_SUFFIX)


def is_demo(ws: Workspace) -> bool:
    """Whether the workspace holds demo data (fill_demo notes it in the settings)."""
    return ws.is_demo()


class WelcomeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.choice = Choice.QUIT
        self.ui.setupButton.clicked.connect(lambda: self._choose(Choice.SET_UP))
        self.ui.demoButton.clicked.connect(lambda: self._choose(Choice.DEMO))
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.setupButton.setFocus()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


class SetupWizard(QWizard):
    """Branch, organisations, secretary, committee term, groups, then an optional roster."""

    def __init__(self, ws: Workspace, today: date, parent: QWidget | None = None) -> None:
        from branchdesk.ui.setup_pages import (  # only on a first run: keep start-up light
            BranchPage,
            GroupsPage,
            ImportPage,
            OrganisationsPage,
            SecretaryPage,
            TermPage,
        )

        super().__init__(parent)
        self._ws, self._today = ws, today
        self.setWindowTitle(self.tr("Set up my branch"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(720, 480)
        self.branch_page = BranchPage(today)
        self.organisations_page = OrganisationsPage()
        self.secretary_page = SecretaryPage(today)
        self.term_page = TermPage()
        self.groups_page = GroupsPage()
        self.import_page = ImportPage()
        for page in (
            self.branch_page,
            self.organisations_page,
            self.secretary_page,
            self.term_page,
            self.groups_page,
            self.import_page,
        ):
            self.addPage(page)
        self.imported = 0
        self._as_shown = typed_state(self)  # nothing typed yet

    def has_unsaved_changes(self) -> bool:
        return typed_state(self) != self._as_shown

    def reject(self) -> None:
        """Esc, 取消 or closing: what was typed is asked about (保存 finishes the set-up,
        page by page as 下一步 would); 取消 stays in the wizard."""
        if (
            may_go_on(
                self,
                self.has_unsaved_changes(),
                self.tr("The set-up is not finished. Save what you typed and finish it?"),
                self.finish,
            )
            and self.result() != QDialog.DialogCode.Accepted
        ):
            super().reject()

    def finish(self) -> bool:
        """Go on page by page to the end and set up the branch; False on a page with
        errors (shown beside their fields), which stays in view."""
        last = self.pageIds()[-1]
        while self.currentId() != last:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                return False
        if not self.validateCurrentPage():
            return False
        self.accept()
        return self.result() == QDialog.DialogCode.Accepted

    def setup(self) -> BranchSetup:
        """What the pages hold; call after each page has validated."""
        branch, _ = self.branch_page.value()
        secretary, _ = self.secretary_page.value()
        starts, ends, _ = self.term_page.value()
        assert secretary is not None and starts is not None and ends is not None
        return BranchSetup(
            branch,
            tuple(self.organisations_page.organisations()),
            secretary,
            starts,
            ends,
            tuple(self.groups_page.groups()),
        )

    def accept(self) -> None:
        """Write the branch, then import the roster file if one was chosen."""
        try:
            self._ws.set_up_branch(self.setup(), self._today)
        except ValidationError as exc:  # a page let through what a repository refuses
            text = "；".join(error_text(e) for e in exc.errors)
            QMessageBox.warning(self, self.windowTitle(), text)
            return
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_error_text(exc))
            return
        if self.import_page.path is not None:
            self.imported = self._import(self.import_page.path)
        super().accept()

    def _import(self, path: Path) -> int:
        from branchdesk.importing.roster import import_roster

        try:
            preview = import_roster(self._ws, path, today=self._today, skip_invalid=True)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Roster import"), user_error_text(exc))
            return 0
        skipped = len(preview.invalid)
        QMessageBox.information(
            self,
            self.tr("Roster import"),
            self.tr("{count} members imported; {skipped} rows skipped as invalid.").format(
                count=len(preview.valid), skipped=skipped
            ),
        )
        return len(preview.valid)


def first_run(
    ws: Workspace,
    data_dir: Path,
    show: Callable[[Workspace], int],
    today: Callable[[], date] = date.today,
) -> int:
    """Welcome; then set up the branch in *ws*, or show the demo folder. *show* opens the
    main window for a workspace and returns the application's exit code."""
    dialog = WelcomeDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    if dialog.choice == Choice.SET_UP:
        wizard = SetupWizard(ws, today())
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0  # nothing was written: the welcome comes again next time
        return show(ws)
    lock = InstanceLock(demo_data_dir(data_dir))
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        QMessageBox.information(None, dialog.windowTitle(), user_error_text(exc))
        return 1
    try:
        with open_demo(data_dir) as demo:
            return show(demo)
    finally:
        lock.release()


def open_demo(data_dir: Path) -> Workspace:
    """The demo folder beside *data_dir*, filled with the demo branch on first use."""
    from branchdesk.demo import fill_demo

    folder = demo_data_dir(data_dir)
    ws = Workspace.open(folder)
    if ws.is_empty():
        fill_demo(ws, today=date.today())
        log.info("demo data written to %s", folder)
    return ws

"""Keyboard: no two controls visible together in one window share an Alt letter; every tab
has one; Ctrl+Tab / Ctrl+Shift+Tab and Ctrl+PgDn / Ctrl+PgUp switch tabs from anywhere in a
form, the attendance grid included."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.meetings_page import MeetingsPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

CTRL = Qt.KeyboardModifier.ControlModifier
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.window().isVisible()


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Each Alt letter of the controls now visible in *window*, with what carries it."""
    letters: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or widget.window() is not window:
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            letter = mnemonic(text)
            if letter:
                letters[letter].append(f"{type(widget).__name__} {widget.objectName()} {text!r}")
    return letters


def clashes(window: QWidget, where: str) -> list[str]:
    return [
        f"{where}: Alt+{letter} on {', '.join(owners)}"
        for letter, owners in alt_letters(window).items()
        if len(owners) > 1
    ]


def every_tab_state(root: QWidget) -> Iterator[str]:
    """Shows each tab of each tab widget under *root* in turn (nested ones too)."""
    yield "as opened"
    for tabs in root.findChildren(QTabWidget):
        if not _shown(tabs):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            QApplication.processEvents()
            yield f"tab {tabs.tabText(index)!r}"
        tabs.setCurrentIndex(0)


def test_no_two_visible_controls_of_the_main_window_share_an_alt_letter(
    demo_window: MainWindow,
) -> None:
    found: list[str] = []
    for key in demo_window.page_keys():
        page = demo_window.show_page(key)
        QApplication.processEvents()
        found += [
            c for state in every_tab_state(page) for c in clashes(demo_window, f"{key} {state}")
        ]
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


def test_every_tab_has_an_alt_letter(demo_window: MainWindow) -> None:
    missing = []
    for key in demo_window.page_keys():
        page = demo_window.show_page(key)
        for tabs in page.findChildren(QTabWidget):
            missing += [
                f"{key}: {tabs.tabText(i)!r}"
                for i in range(tabs.count())
                if mnemonic(tabs.tabText(i)) is None
            ]
    assert missing == [], "\n".join(missing)


def test_no_two_visible_controls_of_a_dialog_share_an_alt_letter(
    qtbot, workspace: Workspace, data_dir
) -> None:  # type: ignore[no-untyped-def]
    """The set-up wizard (Alt+N was both 支部名称/姓名 and 下一步), the welcome and the roster
    import dialog, each page and state of them."""
    from PySide6.QtWidgets import QWizard

    from branchdesk.ui.first_run import SetupWizard, WelcomeDialog
    from branchdesk.ui.pages.roster_import_dialog import RosterImportDialog

    found: list[str] = []
    welcome = WelcomeDialog()
    roster = RosterImportDialog(data_dir, lambda: DEMO_TODAY)
    for dialog in (welcome, roster):
        qtbot.addWidget(dialog)
        dialog.show()
        found += clashes(dialog, type(dialog).__name__)
    wizard = SetupWizard(workspace, DEMO_TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    for page_id in wizard.pageIds():
        while wizard.currentId() != page_id:  # pages shown in turn, without validating
            wizard.setStartId(page_id)
            wizard.restart()
        QApplication.processEvents()
        found += clashes(wizard, f"wizard page {wizard.currentPage().title()}")
    assert isinstance(wizard, QWizard)
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))


@pytest.mark.parametrize(
    ("forward", "back"),
    [
        ((Qt.Key.Key_Tab, CTRL), (Qt.Key.Key_Backtab, CTRL | Qt.KeyboardModifier.ShiftModifier)),
        ((Qt.Key.Key_PageDown, CTRL), (Qt.Key.Key_PageUp, CTRL)),
    ],
)  # fmt: skip
def test_ctrl_tab_and_ctrl_page_keys_switch_tabs_from_inside_the_attendance_grid(
    qtbot, demo_window: MainWindow, forward, back
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Tab / Ctrl+PgDn did nothing inside the attendance grid, which kept the keys."""
    page = demo_window.show_page("meetings")
    assert isinstance(page, MeetingsPage)
    ui = page.meeting_form.ui
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    ui.tabs.setCurrentWidget(ui.attendanceTab)
    ui.attendanceGrid.setFocus()
    qtbot.waitUntil(ui.attendanceGrid.hasFocus)
    start = ui.tabs.currentIndex()
    qtbot.keyClick(ui.attendanceGrid, *forward)
    assert ui.tabs.currentIndex() == start + 1
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, *back)
    qtbot.keyClick(QApplication.focusWidget() or demo_window, *back)
    assert ui.tabs.currentIndex() == start - 1

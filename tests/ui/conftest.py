"""UI fixtures: the real window on the offscreen platform, in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from branchdesk.ui import unsaved_changes
from branchdesk.ui.app import create_main_window
from branchdesk.ui.fonts import ensure_cjk_font
from branchdesk.ui.i18n import install_language
from branchdesk.ui.main_window import MainWindow
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture(autouse=True)
def _chinese_ui(qapp: QApplication) -> Iterator[None]:
    ensure_cjk_font(qapp)
    install_language(qapp, "zh_CN")
    yield


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton
) -> list[str]:
    """Answer every question (保存 / 不保存 / 取消, or another QMessageBox.question) with
    *button*; the texts asked, in order."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(unsaved_changes, "ask", question)
    return asked


@pytest.fixture(autouse=True)
def _unsaved_changes_discarded_at_teardown() -> Iterator[None]:
    """A window closed at a test's end with a form still edited would ask 保存 / 不保存 /
    取消 in a modal box nobody answers, and the run would hang. Outside a test's own
    answer (tests that check the question patch it themselves, within this), 不保存."""
    original = unsaved_changes.ask
    unsaved_changes.ask = lambda *_args: QMessageBox.StandardButton.Discard
    yield
    unsaved_changes.ask = original


@pytest.fixture(autouse=True)
def _no_work_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Work a page started (a report preview, a font check) ends within its test, and what
    it sends back is handled there, not in the middle of a later test on a slower machine."""
    yield
    assert QThreadPool.globalInstance().waitForDone(60_000), "background work still running"
    qapp.processEvents()


@pytest.fixture
def demo_window(qtbot, demo_workspace: Workspace) -> MainWindow:
    window = create_main_window(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(window)
    window.show()
    return window

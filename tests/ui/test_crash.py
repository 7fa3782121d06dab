"""An unexpected error in a slot, a worker thread or the start-up: logged with its
traceback, said once in Chinese with the log file's path; the window never hangs."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from branchdesk import logging_setup
from branchdesk.ui import app as app_module
from branchdesk.ui import crash


@pytest.fixture
def hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """crash.install() for one test, with the log in tmp_path; the hooks put back after."""
    monkeypatch.setattr(logging_setup, "log_dir", lambda: tmp_path / "logs")
    saved = sys.excepthook, threading.excepthook
    crash.install()
    try:
        yield tmp_path / "logs" / logging_setup.LOG_NAME
    finally:
        sys.excepthook, threading.excepthook = saved
        reporter = crash.reporter()
        if reporter is not None and reporter.box is not None:
            reporter.box.close()
        for handler in logging.getLogger().handlers[:]:
            if isinstance(handler, logging.FileHandler) and "logs" in handler.baseFilename:
                logging.getLogger().removeHandler(handler)
                handler.close()


def _shown_box(qtbot) -> str:
    reporter = crash.reporter()
    assert reporter is not None
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=5000)
    assert reporter.box is not None
    return reporter.box.text()


def _boom() -> None:
    raise RuntimeError("a slot went wrong")


def test_an_error_in_a_slot_is_logged_and_shown_once(qtbot, hooks: Path) -> None:
    QTimer.singleShot(0, _boom)
    text = _shown_box(qtbot)
    assert text.startswith("出错了") or "意外" in text
    assert str(hooks) in text
    log_text = hooks.read_text(encoding="utf-8")
    assert "Traceback" in log_text and "RuntimeError: a slot went wrong" in log_text
    reporter = crash.reporter()
    assert reporter is not None
    shown = reporter.shown
    QTimer.singleShot(0, _boom)  # a second error while the box is open: logged only
    qtbot.waitUntil(lambda: hooks.read_text(encoding="utf-8").count("a slot went wrong") == 2)
    qtbot.wait(50)
    assert reporter.shown == shown


def test_an_error_in_a_worker_thread_is_logged_and_shown(qtbot, hooks: Path) -> None:
    def work() -> None:
        raise ValueError("a worker went wrong")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    text = _shown_box(qtbot)
    assert str(hooks) in text
    assert "ValueError: a worker went wrong" in hooks.read_text(encoding="utf-8")


def test_an_error_while_opening_the_records_is_shown_then_quits(
    qtbot, qapp, hooks: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, the window stayed at 正在打开… for ever, with nothing logged."""
    import branchdesk.ui.safekeeping as safekeeping

    def broken(*_args: object, **_kwargs: object) -> None:
        raise KeyError("settings")

    monkeypatch.setattr(safekeeping, "open_or_recover", broken)
    shell = app_module._ShellStart(qapp, data_dir)
    qtbot.addWidget(shell.window)
    quit_with: list[int] = []
    monkeypatch.setattr(shell, "_quit", quit_with.append)
    shell._open()
    text = _shown_box(qtbot)
    assert str(hooks) in text and shell.failed
    assert "KeyError: 'settings'" in hooks.read_text(encoding="utf-8")
    reporter = crash.reporter()
    assert reporter is not None and reporter.box is not None
    reporter.box.close()
    qtbot.waitUntil(lambda: quit_with == [app_module.UNEXPECTED_ERROR], timeout=5000)

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from branchdesk.core.errors import UserError
from branchdesk.ui.long_task import Progress, run_long_task


def test_work_runs_off_the_gui_thread_and_reports_progress(qtbot) -> None:
    main_thread = threading.get_ident()
    seen: list[int] = []

    def work(progress: Progress) -> int:
        seen.append(threading.get_ident())
        for step in range(3):
            progress(step + 1, 3, f"第 {step + 1} 步")
        return 42

    task = run_long_task(None, "测试", work)
    with qtbot.waitSignal(task.done, timeout=5000) as blocker:
        pass
    assert blocker.args == [42]
    assert seen and seen[0] != main_thread
    assert task.dialog.maximum() == 3


def test_a_user_error_takes_the_one_failure_path(qtbot) -> None:
    def work(progress: Progress) -> None:
        raise UserError("磁盘已满，未写入任何内容。")

    task = run_long_task(None, "测试", work, show_errors=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["磁盘已满，未写入任何内容。"]


def test_a_bug_is_logged_and_reported_without_details(qtbot, caplog) -> None:
    def work(progress: Progress) -> None:
        raise RuntimeError("internal detail")

    task = run_long_task(None, "测试", work, show_errors=False)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert "internal detail" not in blocker.args[0]
    assert "internal detail" in caplog.text


def test_cancel_stops_the_work(qtbot) -> None:
    started = threading.Event()
    release = threading.Event()

    def work(progress: Progress) -> str:
        started.set()
        release.wait(5)
        progress(1, 2, "")  # raises CancelledError after the user cancelled
        return "finished anyway"

    task = run_long_task(None, "测试", work, show_errors=False)
    qtbot.waitUntil(started.is_set, timeout=5000)
    task.dialog.canceled.emit()  # what the Cancel button sends
    release.set()
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == [""]


def test_a_failure_after_the_window_closed_is_logged_not_shown(
    qtbot, caplog, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()

    def work(progress: Progress) -> None:
        release.wait(5)
        raise UserError("磁盘已满，未写入任何内容。")

    task = run_long_task(window, "备份", work)
    window.close()  # the secretary closed the window while the work went on
    release.set()
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert shown == []
    assert "备份 failed after its window closed: 磁盘已满" in caplog.text


def test_a_failure_in_an_open_window_is_shown(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def work(progress: Progress) -> None:
        raise UserError("磁盘已满，未写入任何内容。")

    task = run_long_task(window, "备份", work)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert shown == ["磁盘已满，未写入任何内容。"]

import threading

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

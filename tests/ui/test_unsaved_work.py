"""未保存的内容 survives a crash: a process holding an unsaved form is killed (SIGKILL); the
next start offers the typing back into its form, text intact. The folder stays out of backups
and is kept by a restore."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.demo import fill_demo
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.ui.unsaved_keeper import UnsavedKeeper
from branchdesk.unsaved_work import UNSAVED_DIR, UnsavedWork
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions

TYPED = "谈话内容：她说明年想牵头志愿服务队，写了半个小时。"

# The app as a user has it: a talk being typed into, the keeper writing every 100 ms.
HOLDER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from branchdesk.ui.app import create_main_window
    from branchdesk.ui.unsaved_keeper import UnsavedKeeper
    from branchdesk.workspace import Workspace

    app = QApplication([])
    data_dir = Path(sys.argv[1])
    ws = Workspace.open(data_dir)
    window = create_main_window(ws, lambda: date(2026, 11, 27))
    window.show()
    keeper = UnsavedKeeper(window, data_dir, every_ms=100)
    keeper.start()
    page = window.show_page("talks")
    page.ui.recordTable.selectRow(0)
    page.talk_form.ui.contentEdit.setPlainText(sys.argv[2])
    print("typed", flush=True)
    app.exec()
    """
)


def test_a_killed_app_offers_its_unsaved_typing_at_the_next_start(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir), TYPED],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "typed"
        kept = data_dir / UNSAVED_DIR / "talks.json"
        qtbot.waitUntil(kept.exists, timeout=20_000)
    finally:
        holder.kill()  # a crash, a power cut: no closing question (SIGKILL; TerminateProcess)
        holder.wait(timeout=20)
    assert holder.returncode != 0
    from branchdesk.ui.app import create_main_window

    ws = Workspace.open(data_dir)
    try:
        window = create_main_window(ws, lambda: DEMO_TODAY)
        qtbot.addWidget(window)
        window.show()
        asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
        keeper = UnsavedKeeper(window, data_dir)
        keeper.offer_kept()
        assert len(asked) == 1 and "谈心谈话" in asked[0]
        page = window.page("talks")
        assert isinstance(page, TalksPage) and window.stack.currentWidget() is page
        assert page.talk_form.ui.contentEdit.toPlainText() == TYPED
        assert page.has_unsaved_changes()  # not saved until she says so
        answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
        assert page.save()
        keeper.keep_now()
        assert not kept.exists()  # saved: nothing left to offer
        window.close()
    finally:
        ws.close()


def test_discarded_unsaved_typing_is_not_offered_again(
    qtbot, demo_window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = UnsavedWork(data_dir)
    page = demo_window.show_page("talks")
    assert isinstance(page, TalksPage)
    page.ui.recordTable.selectRow(0)
    page.talk_form.ui.contentEdit.setPlainText(TYPED)
    keeper = UnsavedKeeper(demo_window, data_dir)
    keeper.keep_now()
    assert list(work.kept()) == ["talks"]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.No)
    UnsavedKeeper(demo_window, data_dir).offer_kept()  # 否: deliberately discarded
    assert len(asked) == 1 and work.kept() == {}
    page.talk_form.ui.contentEdit.setPlainText(TYPED + "又改")
    keeper.keep_now()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    page.cancel()  # Esc, 不保存
    keeper.keep_now()
    assert work.kept() == {}


def test_unsaved_work_stays_out_of_backups_and_survives_a_restore(
    demo_workspace: Workspace, data_dir: Path, tmp_path: Path
) -> None:
    import zipfile

    work = UnsavedWork(data_dir)
    work.keep("talks", {"record": 1, "fields": {"contentEdit": TYPED}})
    backup = demo_workspace.back_up(tmp_path / "b.zip")
    archive = demo_workspace.export_archive(tmp_path / "all.zip")
    for written in (backup, archive):
        with zipfile.ZipFile(written) as opened:
            assert [n for n in opened.namelist() if UNSAVED_DIR in n] == []
    demo_workspace.restore_backup(backup)
    assert work.kept()["talks"]["fields"]["contentEdit"] == TYPED


def test_a_folder_holding_only_unsaved_work_counts_as_empty_for_demo(
    data_dir: Path, workspace: Workspace
) -> None:
    """`demo` and `import` judge a folder by its records: 未保存的内容 alone is no record."""
    UnsavedWork(data_dir).keep("talks", {"record": None, "fields": {}})
    assert workspace.is_empty()
    fill_demo(workspace, today=DEMO_TODAY)  # not refused as a folder holding data
    assert UnsavedWork(data_dir).kept() != {}


@pytest.mark.parametrize("key", ["review", "report", "settings", "meetings", "recruiting"])
def test_each_page_s_unsaved_typing_is_kept_and_put_back(
    qtbot, demo_window: MainWindow, data_dir: Path, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    """Not only talks: a review round's note, a report section, 支部信息, a meeting."""
    page = demo_window.show_page(key)
    ui = getattr(page, "ui", None)
    if key == "review":
        ui.yearCombo.setCurrentIndex(ui.yearCombo.findData(DEMO_TODAY.year))
        if page.round is None:  # type: ignore[attr-defined]
            page.new_round()  # type: ignore[attr-defined]
        field, text = ui.noteEdit, "测评前先学习"
        field.setText(text)
    elif key == "report":
        ui.sectionList.setCurrentRow(3)
        field, text = ui.sectionEdit, "我的问题分析"
        field.setPlainText(text)
    elif key == "settings":
        page.tabs.setCurrentWidget(page.profile)  # type: ignore[attr-defined]
        field, text = page.profile.ui.addressEdit, "新的地址"  # type: ignore[attr-defined]
        field.setText(text)
    elif key == "recruiting":  # a person of 发展党员
        ui.table.selectRow(0)
        field, text = ui.jobEdit, "新的工作单位"
        field.setText(text)
    else:
        ui.recordTable.selectRow(0)
        field, text = page.meeting_form.ui.placeEdit, "新的地点"  # type: ignore[attr-defined]
        field.setText(text)
    keeper = UnsavedKeeper(demo_window, data_dir)
    keeper.keep_now()
    assert key in UnsavedWork(data_dir).kept()
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert page.may_close()  # type: ignore[attr-defined]
    read = field.toPlainText if key == "report" else field.text
    assert read() != text
    answer_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    keeper.offer_kept()
    assert read() == text

import pytest
from PySide6.QtWidgets import QMessageBox

from branchdesk.instance_lock import AlreadyRunningError, InstanceLock
from branchdesk.ui import app as app_module
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.navigation import PAGES
from branchdesk.ui.pages.members_page import MembersPage
from branchdesk.ui.pages.talks_page import TalksPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import answer_questions


def test_navigation_lists_existing_pages_and_opens_them(qtbot, demo_window: MainWindow) -> None:
    titles = [demo_window.nav.item(i).text() for i in range(demo_window.nav.count())]
    assert "党员" in titles and "设置" in titles
    assert "启明" in demo_window.windowTitle()
    page = demo_window.show_page("members")
    assert isinstance(page, MembersPage) and page.proxy.rowCount() >= 20
    for key in demo_window.page_keys():
        assert demo_window.show_page(key).isVisible()


def test_a_second_instance_is_refused(data_dir) -> None:
    with InstanceLock(data_dir), pytest.raises(AlreadyRunningError):
        InstanceLock(data_dir).acquire()
    with InstanceLock(data_dir):  # released by the first: acquiring again works
        pass


def test_second_start_says_so_and_exits(qtbot, data_dir, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    with InstanceLock(data_dir):
        assert app_module.run(data_dir) == 1
    assert shown and "已经打开" in shown[0]
    assert not (data_dir / "branchdesk.sqlite3").exists()  # no data touched


def test_english_can_be_chosen(qtbot, workspace: Workspace) -> None:
    workspace.settings.set("language", "en")
    window = app_module.create_main_window(workspace)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in (0, 1)] == ["Overview", "Members"]
    app_module.install_language(app_module.QApplication.instance(), "zh_CN")


def test_bundled_fonts_register_and_draw_chinese(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    from branchdesk.ui.fonts import register_bundled_fonts

    families = register_bundled_fonts()
    assert families, "resources/fonts ships at least one CJK font"
    assert any(
        QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(f)
        for f in families
    )


def test_the_gui_knows_the_database_name_without_the_data_layer() -> None:
    from branchdesk.paths import DATABASE_FILE
    from branchdesk.store.db import DATABASE_NAME

    assert DATABASE_FILE == DATABASE_NAME


def test_start_paints_the_window_then_lists_the_pages(qtbot, demo_workspace, monkeypatch) -> None:
    """The shell start: a window with a notice at once, the pages once the records open."""
    data_dir = demo_workspace.data_dir
    demo_workspace.close()
    start = app_module._ShellStart(app_module.application(), data_dir)
    monkeypatch.setattr(start._app, "exec", lambda: 0)
    start.window.show()
    nav = start.window.nav
    outline = [nav.item(i) for i in range(nav.count())]
    # While the records open: every area listed, greyed (not selectable), and no page yet.
    assert [item.text() for item in outline][:3] == ["概览", "党员", "组织生活"]
    assert len(outline) == len(PAGES)
    assert not nav.isEnabled()
    assert start.window.page_keys() == []
    start._open()
    assert [nav.item(i).text() for i in range(nav.count())] == [t() for _, t in PAGES]
    assert nav.isEnabled()
    assert start.window.page_keys()[0] == "dashboard"
    assert "启明" in start.window.windowTitle()
    assert start.window.property("branchdeskReady")
    start.window.close()
    if start._ws is not None:
        start._ws.close()


def test_a_data_file_without_records_goes_to_the_first_run(qtbot, data_dir, monkeypatch) -> None:
    Workspace.open(data_dir).close()  # the file exists but holds nothing
    start = app_module._ShellStart(app_module.application(), data_dir)
    codes: list[int] = []
    monkeypatch.setattr(start._app, "exit", codes.append)
    start._open()
    assert codes == [app_module.FIRST_RUN_AGAIN]
    assert start._ws is not None
    start._ws.close()


def test_navigation_follows_the_architecture(demo_window: MainWindow) -> None:
    titles = [demo_window.nav.item(i).text() for i in range(demo_window.nav.count())]
    assert titles == [
        "概览",
        "党员",
        "组织生活",
        "民主评议",
        "谈心谈话",
        "发展党员",
        "志愿服务",
        "教育培训",
        "党费",  # issue 18
        "年度报告",
        "回收站",
        "设置",
    ]


def test_ctrl_and_a_digit_opens_that_page(qtbot, demo_window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    demo_window.show()
    qtbot.waitExposed(demo_window)
    qtbot.keyClick(demo_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.nav.currentRow() == 1
    assert isinstance(demo_window.stack.currentWidget(), MembersPage)
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.nav.currentRow() == 0


def _edit_a_talk(window: MainWindow) -> TalksPage:
    page = window.show_page("talks")
    assert isinstance(page, TalksPage)
    page.ui.recordTable.selectRow(0)
    page.talk_form.ui.contentEdit.setPlainText("谈话内容，写了半个小时")
    window.show_page("dashboard")  # the edit waits on a page not in view
    return page


def test_closing_with_unsaved_changes_shows_the_page_and_cancel_keeps_the_window(
    qtbot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_window.show()
    page = _edit_a_talk(demo_window)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not demo_window.close()
    assert asked == ["表单中的记录有尚未保存的修改。要保存吗？"]
    assert demo_window.isVisible() and demo_window.stack.currentWidget() is page
    assert page.talk_form.ui.contentEdit.toPlainText() == "谈话内容，写了半个小时"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    assert demo_window.close()


def test_closing_saves_when_asked(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_window.show()
    page = _edit_a_talk(demo_window)
    edited = page.selected()
    assert edited is not None
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    assert demo_window.close()
    saved = {t.id: t for t in demo_workspace.talks.all()}[edited.id]
    assert saved.content == "谈话内容，写了半个小时"


def test_closing_without_changes_asks_nothing(
    qtbot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_window.show()
    for key in demo_window.page_keys():
        demo_window.show_page(key)
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert demo_window.close()
    assert asked == []


def test_a_dashboard_draft_keeps_unsaved_changes_when_the_user_cancels(
    qtbot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from branchdesk.core.compliance.drafts import RecordDraft
    from branchdesk.core.talks import Talk
    from branchdesk.ui.navigation import PageRouter, _record_opener

    page = _edit_a_talk(demo_window)
    router = PageRouter()
    router.show = demo_window.show_page
    draft = Talk(DEMO_TODAY, page.selected().talker_id, (), topic="草稿主题")  # type: ignore[union-attr]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    _record_opener(router, lambda: DEMO_TODAY)(RecordDraft("talks", draft))
    assert page.talk_form.ui.contentEdit.toPlainText() == "谈话内容，写了半个小时"
    assert page.talk_form.ui.topicEdit.text() != "草稿主题"
    answer_questions(monkeypatch, QMessageBox.StandardButton.Discard)
    _record_opener(router, lambda: DEMO_TODAY)(RecordDraft("talks", draft))
    assert page.talk_form.ui.topicEdit.text() == "草稿主题"


def test_a_folder_that_cannot_be_opened_says_why_in_chinese(
    qtbot, data_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from branchdesk.core.errors import FILE_MISSING, Message, UserError
    from branchdesk.ui import safekeeping

    def refuse(*_args: object) -> None:
        raise UserError(Message(FILE_MISSING))

    shown: list[str] = []
    monkeypatch.setattr(safekeeping, "open_or_recover", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    start = app_module._ShellStart(app_module.application(), data_dir)
    codes: list[int] = []
    monkeypatch.setattr(start._app, "exit", codes.append)
    start._open()
    assert shown == ["文件不存在"] and codes == [1]


def test_a_data_folder_behind_a_file_says_why_in_chinese(
    qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, the start died with a FileExistsError traceback and no window at all."""
    a_file = tmp_path / "党建数据"
    a_file.write_text("a file, not a folder")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert app_module.run(a_file / "数据") == 1
    assert shown == [f"{a_file / '数据'} 不能用作数据文件夹：那里有一个同名文件，无法建立文件夹。"]
    assert a_file.read_text() == "a file, not a folder"


def test_closing_with_an_edited_branch_profile_asks_and_saves_it(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, an address typed on 设置 → 支部信息 without 保存 was lost on closing, unasked."""
    settings = demo_window.show_page("settings")
    demo_window.show_page("members")
    settings.profile.ui.addressEdit.setText("广州市天河区新地址 8 楼")  # type: ignore[attr-defined]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not demo_window.close()
    assert asked == ["支部信息有尚未保存的修改。要保存吗？"]
    assert demo_window.stack.currentWidget() is settings
    assert settings.tabs.currentWidget() is settings.profile  # type: ignore[attr-defined]
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    assert demo_window.close()
    assert demo_workspace.branch.get().address == "广州市天河区新地址 8 楼"  # type: ignore[union-attr]


def test_a_restore_asks_first_about_a_talk_typed_but_not_saved(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace, tmp_path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Before, 恢复 dropped half an hour of typing on another page without a question."""
    backup = demo_workspace.back_up(tmp_path / "备份.zip")
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)  # 已恢复
    talks = _edit_a_talk(demo_window)
    settings = demo_window.show_page("settings")
    settings.tabs.setCurrentWidget(settings.backups)  # type: ignore[attr-defined]
    asked = answer_questions(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert settings.backups.restore(backup, confirm=False) is None  # type: ignore[attr-defined]
    assert asked == ["表单中的记录有尚未保存的修改。要保存吗？"]
    assert talks.talk_form.ui.contentEdit.toPlainText() == "谈话内容，写了半个小时"
    assert demo_window.stack.currentWidget() is talks  # 取消: the typing is in view
    demo_window.show_page("settings")  # the secretary goes back and restores again
    answer_questions(monkeypatch, QMessageBox.StandardButton.Save)
    task = settings.backups.restore(backup, confirm=False)  # type: ignore[attr-defined]
    assert task is not None
    with qtbot.waitSignal(task.done, timeout=20_000):
        pass
    assert demo_window.stack.currentWidget() is settings
    assert settings.tabs.currentWidget() is settings.backups  # type: ignore[attr-defined]


def test_the_title_follows_the_branch_name_saved_in_settings(
    qtbot, demo_window: MainWindow, demo_workspace: Workspace
) -> None:
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from branchdesk.ui.pages.settings_page import SettingsPage

    assert "启明" in demo_window.windowTitle()
    page = demo_window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.profile.ui.nameEdit.setText("中共天河区新兴社会组织联合支部委员会")
    qtbot.mouseClick(page.profile.ui.saveButton, Qt.MouseButton.LeftButton)
    assert demo_window.windowTitle().endswith("— 中共天河区新兴社会组织联合支部委员会")
    assert "演示数据" in demo_window.windowTitle()  # still the demo: still said so
    # A restore or an import replaces the records, the branch's name with them.
    branch = demo_workspace.branch.get()
    assert branch is not None
    demo_workspace.branch.save(replace(branch, name="恢复后的支部"))
    page.data_replaced.emit()
    assert demo_window.windowTitle().endswith("— 恢复后的支部")

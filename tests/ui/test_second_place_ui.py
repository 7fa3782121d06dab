"""设置 → 数据与备份 chooses the second backup place; 概览 says when its last copy is old."""

import shutil
from datetime import date, timedelta
from pathlib import Path

from branchdesk.ui.pages.dashboard_page import DashboardPage
from branchdesk.ui.pages.settings.backups_tab import BackupsTab
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _dashboard(qtbot, ws: Workspace, today: date) -> DashboardPage:
    page = DashboardPage(
        ws.dashboard, ws.record_draft, lambda: today, second_place=ws.second_backup_place
    )
    qtbot.addWidget(page)
    page.show()
    return page


def test_choosing_a_folder_copies_a_backup_and_the_overview_warns_when_it_is_old(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    stick = tmp_path / "U盘"
    stick.mkdir()
    tab = BackupsTab(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(tab)
    tab.show()
    assert "未选择" in tab.ui.secondFolderLabel.text()
    tab.set_second_place(stick)
    qtbot.waitUntil(lambda: any(stick.glob("branchdesk-*.zip")), timeout=20_000)
    qtbot.waitUntil(lambda: "最近一次复制" in tab.ui.secondFolderLabel.text(), timeout=20_000)
    assert str(stick) in tab.ui.secondFolderLabel.text()

    place = demo_workspace.second_backup_place()
    assert place.last_copy is not None
    copied = place.last_copy.date()
    assert not _dashboard(qtbot, demo_workspace, copied).ui.backupNotice.isVisible()

    shutil.rmtree(stick)  # unplugged, and a month and more goes by
    tab.refresh()
    assert "现在无法访问" in tab.ui.secondFolderLabel.text()
    page = _dashboard(qtbot, demo_workspace, copied + timedelta(days=40))
    assert page.ui.backupNotice.isVisible()
    notice = page.ui.backupNotice.text()
    assert f"{copied:%Y-%m-%d}" in notice and "已超过一个月" in notice and str(stick) in notice
    page.grab().save(str(tmp_path / "overview.png"))
    tab.grab().save(str(tmp_path / "backups-tab.png"))


def test_a_chosen_place_never_copied_to_is_said_at_once(
    qtbot, demo_workspace: Workspace, tmp_path: Path
) -> None:
    demo_workspace.set_second_backup_folder(tmp_path / "absent")
    page = _dashboard(qtbot, demo_workspace, DEMO_TODAY)
    assert page.ui.backupNotice.isVisible()
    assert "还没有备份复制到第二备份位置" in page.ui.backupNotice.text()

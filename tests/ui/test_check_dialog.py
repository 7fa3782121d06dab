"""检查数据 (设置 → 数据与备份): each bad row of the database in a table, in Chinese."""

from pathlib import Path

from branchdesk.ui.pages.settings.backups_tab import BackupsTab
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def test_the_check_screen_lists_a_bad_row(qtbot, demo_workspace: Workspace, tmp_path: Path) -> None:
    demo_workspace.db.execute("UPDATE meetings SET held_on = '2019-02-30' WHERE id = 3")
    demo_workspace.db.conn.commit()
    tab = BackupsTab(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab._check().done, timeout=20_000):
        pass
    dialog = tab.check_dialog
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    rows = [[str(model.index(r, c).data()) for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        ["记录无效", "组织生活 #3 · held_on", "'2019-02-30' 不是 YYYY-MM-DD 格式的真实日期"]
    ]
    assert "1 个问题" in dialog.ui.summaryLabel.text()
    dialog.grab().save(str(tmp_path / "check.png"))

    demo_workspace.db.execute("UPDATE meetings SET held_on = '2019-02-28' WHERE id = 3")
    demo_workspace.db.conn.commit()
    with qtbot.waitSignal(dialog.check_again().done, timeout=20_000):
        pass
    assert model.rowCount() == 0 and "0 个问题" in dialog.ui.summaryLabel.text()


def test_a_restore_names_the_files_it_left_out(
    qtbot, demo_workspace: Workspace, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.store.test_archive_escape import _spoiled

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    backup = demo_workspace.back_up(tmp_path / "backup.zip")
    litter = _spoiled(backup, tmp_path / "litter.zip", {"attachments/Thumbs.db": b"cache"})
    tab = BackupsTab(demo_workspace, lambda: DEMO_TODAY)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.restore(litter, confirm=False).done, timeout=20_000):
        pass
    assert "未写入以下不是支部工作台写的文件：attachments/Thumbs.db" in shown[-1]
    assert not (demo_workspace.attachments_dir / "Thumbs.db").exists()

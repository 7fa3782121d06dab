"""民主评议: 参加测评人数 on the round; a member's votes adding up to more are refused in
the grid, with the reason beside it, and the saved count shows again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from branchdesk.ui.pages.review_page import ReviewPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(qtbot, ws: Workspace) -> ReviewPage:  # type: ignore[no-untyped-def]
    page = ReviewPage(ws.reviews, ws.members, lambda: DEMO_TODAY)
    qtbot.addWidget(page)
    page.show()
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2026))
    qtbot.mouseClick(page.ui.newRoundButton, Qt.MouseButton.LeftButton)
    return page


def test_votes_above_those_who_took_part_are_refused_beside_the_grid(
    qtbot, demo_workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workspace)
    page.ui.voteOnEdit.setText("2026.11.20")
    page.ui.participantsEdit.setText("21")
    assert page.save_round()
    saved = demo_workspace.reviews.for_year(2026)
    assert saved is not None and saved.participants == 21
    model = page.model
    assert model.setData(model.index(0, model.column_of("excellent")), 30)
    assert page.ui.gridError.isVisibleTo(page)
    assert "多于参加测评人数21人" in page.ui.gridError.text()
    assert model.record(0).entry.tally.excellent == 0  # the saved value is shown again
    assert model.setData(model.index(0, model.column_of("excellent")), 12)
    assert model.setData(model.index(0, model.column_of("qualified")), 9)
    assert not page.ui.gridError.isVisibleTo(page)
    assert model.setData(model.index(0, model.column_of("basic")), 1)  # 22 > 21
    assert page.ui.gridError.isVisibleTo(page)
    round_ = demo_workspace.reviews.for_year(2026)
    assert round_ is not None and round_.entries[0].tally.total == 21


def test_the_count_must_be_a_whole_number(qtbot, demo_workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, demo_workspace)
    page.ui.participantsEdit.setText("二十")
    assert not page.save_round()
    assert page.ui.roundError.isVisibleTo(page)
    assert demo_workspace.reviews.for_year(2026).participants is None  # type: ignore[union-attr]

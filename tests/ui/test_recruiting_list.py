"""发展党员's list as a secretary reads it: sorted by 期限 with the stage and name filters kept,
and a deadline passed shown red with how many days late."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from branchdesk.core.recruiting import Stage
from branchdesk.ui.models.recruit_tables import OVERDUE_COLOUR
from branchdesk.ui.pages.recruiting_page import RecruitingPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _page(qtbot, workspace: Workspace, days_later: int = 0) -> RecruitingPage:
    page = RecruitingPage(workspace, lambda: DEMO_TODAY + timedelta(days=days_later))
    qtbot.addWidget(page)
    page.show()
    return page


def _shown(page: RecruitingPage, key: str) -> list[str]:
    column = page.model.column_of(key)
    return [str(page.proxy.index(r, column).data()) for r in range(page.proxy.rowCount())]


def test_sorted_by_deadline_the_stage_and_name_filters_still_hold(
    qtbot, demo_workspace: Workspace
) -> None:
    page = _page(qtbot, demo_workspace)
    deadline = page.model.column_of("deadline")
    page.ui.table.sortByColumn(deadline, Qt.SortOrder.AscendingOrder)
    dated = [d for d in _shown(page, "deadline") if d and not d.startswith("≥")]
    assert len(dated) >= 3 and dated == sorted(dated)
    page.ui.stageCombo.setCurrentIndex(
        page.ui.stageCombo.findData(Stage.PROBATIONARY_RECRUIT.value)
    )
    probationers = [
        s for s in demo_workspace.recruit_statuses(DEMO_TODAY)
        if s.stage == Stage.PROBATIONARY_RECRUIT
    ]  # fmt: skip
    assert _shown(page, "name") == [
        s.recruit.name for s in sorted(probationers, key=lambda s: s.deadline or DEMO_TODAY)
    ]
    page.ui.filterEdit.setText(probationers[-1].recruit.name[:2])
    assert _shown(page, "name") == [probationers[-1].recruit.name]


def test_a_deadline_passed_reads_red_with_the_days_late(qtbot, demo_workspace: Workspace) -> None:
    first = min(
        (s for s in demo_workspace.recruit_statuses(DEMO_TODAY) if s.deadline is not None),
        key=lambda s: s.deadline or DEMO_TODAY,
    )
    assert first.deadline is not None
    late = (first.deadline - DEMO_TODAY).days + 3
    page = _page(qtbot, demo_workspace, late)
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.record(r).recruit.id == first.recruit.id
    )
    cell = page.model.index(row, page.model.column_of("overdue"))
    assert cell.data() == "逾期3天"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    on_time = next(r for r in range(page.model.rowCount()) if not page.model.record(r).overdue)
    assert page.model.index(on_time, 0).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_person_opened_from_elsewhere_shows_though_a_filter_hid_her(
    qtbot, demo_workspace: Workspace
) -> None:
    page = _page(qtbot, demo_workspace)
    page.ui.stageCombo.setCurrentIndex(
        page.ui.stageCombo.findData(Stage.PROBATIONARY_RECRUIT.value)
    )
    page.ui.filterEdit.setText("杜")
    applicant = next(s.recruit for s in page.model.records() if s.stage == Stage.APPLICANT)
    page.select_record(applicant.id or 0)  # the 概览's 立即登记, a search hit
    assert page.ui.nameEdit.text() == applicant.name
    assert page.ui.stageCombo.currentData() is None and page.ui.filterEdit.text() == ""
    assert applicant.name in _shown(page, "name")

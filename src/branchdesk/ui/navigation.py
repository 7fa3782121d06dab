"""The areas of the app, in the order of the navigation list.

A page appears here only once it exists (no empty placeholders). Each factory receives
what the page needs from the workspace — repositories and callables, never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the data layer loads after the window has painted (ui/app.py)
    from branchdesk.core.compliance.drafts import RecordDraft
    from branchdesk.workspace import Workspace


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[], QWidget]


class PageRouter:
    """How one page opens another without holding the window: the window plugs in `show`."""

    def __init__(self) -> None:
        self.show: Callable[[str], QWidget] | None = None

    def open(self, key: str) -> QWidget | None:
        return self.show(key) if self.show is not None else None


def build_pages(
    ws: Workspace, today: Callable[[], date] = date.today, router: PageRouter | None = None
) -> list[PageSpec]:
    from branchdesk.ui.pages.activity_pages import TrainingPage, VolunteerPage
    from branchdesk.ui.pages.dashboard_page import DashboardPage
    from branchdesk.ui.pages.meetings_page import MeetingsPage
    from branchdesk.ui.pages.members_page import MembersPage
    from branchdesk.ui.pages.recycle_bin_page import RecycleBinPage
    from branchdesk.ui.pages.report_page import ReportPage
    from branchdesk.ui.pages.review_page import ReviewPage
    from branchdesk.ui.pages.settings_page import SettingsPage
    from branchdesk.ui.pages.talks_page import TalksPage

    def meetings_page() -> QWidget:
        page = MeetingsPage(
            ws.meetings,
            ws.members,
            ws.branch,
            ws.attachments,
            ws.search,
            today,
            build_sheet=_sheet_builder(ws.data_dir),
        )
        if router is not None:  # a search hit of another type opens on its own page
            page.open_requested.connect(_hit_opener(router))
        return page

    return [
        PageSpec(
            "dashboard",
            lambda: QCoreApplication.translate("Navigation", "Overview"),
            lambda: DashboardPage(
                ws.dashboard,
                ws.record_draft,
                today,
                _record_opener(router, today) if router is not None else None,
            ),
        ),
        PageSpec(
            "members",
            lambda: QCoreApplication.translate("Navigation", "Members"),
            lambda: MembersPage(ws.members, ws.branch, today),
        ),
        PageSpec(
            "meetings",
            lambda: QCoreApplication.translate("Navigation", "Organisational life"),
            meetings_page,
        ),
        PageSpec(
            "review",
            lambda: QCoreApplication.translate("Navigation", "Democratic review"),
            lambda: ReviewPage(ws.reviews, ws.members, today),
        ),
        PageSpec(
            "talks",
            lambda: QCoreApplication.translate("Navigation", "Talks"),
            lambda: TalksPage(ws.talks, ws.members, ws.branch, today),
        ),
        PageSpec(
            "volunteering",
            lambda: QCoreApplication.translate("Navigation", "Volunteer service"),
            lambda: VolunteerPage(ws.volunteering, ws.members, ws.attachments, today),
        ),
        PageSpec(
            "training",
            lambda: QCoreApplication.translate("Navigation", "Training"),
            lambda: TrainingPage(
                ws.trainings, ws.members, ws.branch, ws.attachments, today, ws.study_hours_required
            ),
        ),
        PageSpec(
            "report",
            lambda: QCoreApplication.translate("Navigation", "Annual report"),
            lambda: ReportPage(ws, today),
        ),
        PageSpec(
            "recycle_bin",
            lambda: QCoreApplication.translate("Navigation", "Recycle bin"),
            lambda: RecycleBinPage(ws),
        ),
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Navigation", "Settings"),
            lambda: SettingsPage(ws, today),
        ),
    ]


# The page that holds each record type's form.
_PAGE_OF_RECORD = {"meetings": "meetings", "talks": "talks", "trainings": "training"}


def _record_opener(router: PageRouter, today: Callable[[], date]) -> Callable[[RecordDraft], None]:
    """The dashboard's action: show the record's page with *draft* as a new, unsaved record."""

    def open_draft(draft: RecordDraft) -> None:
        from branchdesk.ui.pages.record_list_page import RecordListPage

        page = router.open(_PAGE_OF_RECORD[draft.record_type])
        if isinstance(page, RecordListPage):
            page.new_record()
            page.form.load(draft.record, today())

    return open_draft


# The page that shows each record type a search hit can name, and how it selects one.
_PAGE_OF_HIT = {
    "meetings": "meetings",
    "members": "members",
    "talks": "talks",
    "volunteer_activities": "volunteering",
    "trainings": "training",
    "review_rounds": "review",
}


def _hit_opener(router: PageRouter) -> Callable[[str, int], None]:
    def open_hit(record_type: str, record_id: int) -> None:
        key = _PAGE_OF_HIT.get(record_type)
        page = router.open(key) if key is not None else None
        for name in ("open_meeting", "select_record", "select_member"):
            select = getattr(page, name, None)
            if callable(select):
                select(record_id)
                return

    return open_hit


def _sheet_builder(data_dir: Path) -> Callable[[str, int, Path], int]:
    """Builds a meeting sheet on a worker thread, through a connection of its own."""

    def build(kind: str, meeting_id: int, target: Path) -> int:
        from branchdesk.ui.pages.meeting_sheets import RECORD_SHEET
        from branchdesk.workspace import Workspace

        with Workspace.open(data_dir) as ws:
            if kind == RECORD_SHEET:
                return ws.meeting_record_sheet(meeting_id, target)
            return ws.meeting_sign_in_sheet(meeting_id, target)

    return build

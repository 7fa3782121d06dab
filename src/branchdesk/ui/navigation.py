"""The areas of the app, in the order of the navigation list.

A page appears here only once it exists (no empty placeholders). Each factory receives
what the page needs from the workspace — repositories and callables, never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from branchdesk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the data layer loads after the window has painted (ui/app.py)
    from branchdesk.core.compliance.drafts import RecordDraft
    from branchdesk.workspace import Workspace


class PageSpec(NamedTuple):  # not a dataclass: `dataclasses` would load before the first paint
    key: str
    title: Callable[[], str]
    factory: Callable[[], QWidget]


def _title(source: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Navigation", source)


# The areas in navigation order, with their titles (translated when asked, so a change of
# language shows at once). The window lists them, greyed, while the records open.
PAGES: tuple[tuple[str, Callable[[], str]], ...] = (
    ("dashboard", _title(QT_TRANSLATE_NOOP("Navigation", "Overview"))),
    ("members", _title(QT_TRANSLATE_NOOP("Navigation", "Members"))),
    ("meetings", _title(QT_TRANSLATE_NOOP("Navigation", "Organisational life"))),
    ("review", _title(QT_TRANSLATE_NOOP("Navigation", "Democratic review"))),
    ("talks", _title(QT_TRANSLATE_NOOP("Navigation", "Talks"))),
    ("recruiting", _title(QT_TRANSLATE_NOOP("Navigation", "Recruiting"))),
    ("volunteering", _title(QT_TRANSLATE_NOOP("Navigation", "Volunteer service"))),
    ("training", _title(QT_TRANSLATE_NOOP("Navigation", "Training"))),
    ("report", _title(QT_TRANSLATE_NOOP("Navigation", "Annual report"))),
    ("recycle_bin", _title(QT_TRANSLATE_NOOP("Navigation", "Recycle bin"))),
    ("settings", _title(QT_TRANSLATE_NOOP("Navigation", "Settings"))),
)


class PageRouter:
    """How one page opens another without holding the window: the window plugs in `show`."""

    def __init__(self) -> None:
        self.show: Callable[[str], QWidget] | None = None
        self.leave_pages: Callable[[], bool] | None = None  # the window's may_leave_pages

    def open(self, key: str) -> QWidget | None:
        return self.show(key) if self.show is not None else None

    def may_leave_pages(self) -> bool:
        """Before the records are replaced: every page's unsaved changes asked about."""
        return self.leave_pages() if self.leave_pages is not None else True


def build_pages(
    ws: Workspace, today: Callable[[], date] = date.today, router: PageRouter | None = None
) -> list[PageSpec]:
    # Each page's module is imported by its factory, when the page is first shown: the
    # window lists its pages without loading the code of the nine it does not show yet.

    def dashboard_page() -> QWidget:
        from branchdesk.ui.pages.dashboard_page import DashboardPage

        opener = _record_opener(router, today) if router is not None else None
        return DashboardPage(ws.dashboard, ws.record_draft, today, opener)

    def members_page() -> QWidget:
        from branchdesk.ui.pages.members_page import MembersPage

        return MembersPage(ws.members, ws.branch, today, pipeline_members=ws.pipeline_member_ids)

    def meetings_page() -> QWidget:
        from branchdesk.ui.pages.meetings_page import MeetingsPage

        page = MeetingsPage(
            ws.meetings,
            ws.members,
            ws.branch,
            ws.attachments,
            ws.search,
            today,
            build_sheet=_sheet_builder(ws.data_dir),
            recruit_choices=lambda: ws.resolution_choices(today()),
        )
        if router is not None:  # a search hit of another type opens on its own page
            page.open_requested.connect(_hit_opener(router))
        # a general meeting's vote is a recruiting step; the roster follows it.
        page.records_changed.connect(lambda: ws.recruiting.sync_all(today()))
        return page

    def review_page() -> QWidget:
        from branchdesk.ui.pages.review_page import ReviewPage

        return ReviewPage(ws.reviews, ws.members, today)

    def talks_page() -> QWidget:
        from branchdesk.ui.pages.talks_page import TalksPage

        return TalksPage(ws.talks, ws.members, ws.branch, today)

    def recruiting_page() -> QWidget:
        from branchdesk.ui.pages.recruiting_page import RecruitingPage

        return RecruitingPage(ws, today)

    def volunteer_page() -> QWidget:
        from branchdesk.ui.pages.activity_pages import VolunteerPage

        return VolunteerPage(ws.volunteering, ws.members, ws.attachments, today)

    def training_page() -> QWidget:
        from branchdesk.ui.pages.activity_pages import TrainingPage

        return TrainingPage(
            ws.trainings, ws.members, ws.branch, ws.attachments, today, ws.study_hours_required
        )

    def report_page() -> QWidget:
        from branchdesk.ui.pages.report_page import ReportPage

        return ReportPage(ws, today)

    def recycle_bin_page() -> QWidget:
        from branchdesk.ui.pages.recycle_bin_page import RecycleBinPage

        return RecycleBinPage(ws)

    def settings_page() -> QWidget:
        from branchdesk.ui.pages.settings_page import SettingsPage

        return SettingsPage(
            ws, today, router.may_leave_pages if router is not None else lambda: True
        )

    factories: dict[str, Callable[[], QWidget]] = {
        "dashboard": dashboard_page,
        "members": members_page,
        "meetings": meetings_page,
        "review": review_page,
        "talks": talks_page,
        "recruiting": recruiting_page,
        "volunteering": volunteer_page,
        "training": training_page,
        "report": report_page,
        "recycle_bin": recycle_bin_page,
        "settings": settings_page,
    }
    return [PageSpec(key, title, factories[key]) for key, title in PAGES]


# The page that holds each record type's form.
_PAGE_OF_RECORD = {
    "meetings": "meetings",
    "talks": "talks",
    "trainings": "training",
    "recruits": "recruiting",  # the person opens on 发展党员
}


def _record_opener(router: PageRouter, today: Callable[[], date]) -> Callable[[RecordDraft], None]:
    """The dashboard's action: show the record's page with *draft* as a new, unsaved record."""

    def open_draft(draft: RecordDraft) -> None:
        from branchdesk.ui.pages.record_list_page import RecordListPage

        page = router.open(_PAGE_OF_RECORD[draft.record_type])
        select = getattr(page, "select_record", None)
        if draft.record_type == "recruits" and callable(select):  # no new record
            select(getattr(draft.record, "id", 0))
            return
        # new_record() asks first when the form holds unsaved changes; on Cancel they stay.
        if isinstance(page, RecordListPage) and page.new_record():
            page.form.load(draft.record, today())

    return open_draft


# The page that shows each record type a search hit can name, and how it selects one.
_PAGE_OF_HIT = {
    "meetings": "meetings",
    "members": "members",
    "talks": "talks",
    "volunteer_activities": "volunteering",
    "trainings": "training",
    "recruits": "recruiting",
    "review_rounds": "review",
    "organisations": "settings",
    "party_groups": "settings",
}
# Record types kept on a tab of 设置: the attribute of the settings page holding the tab.
_SETTINGS_TAB_OF_HIT = {"organisations": "organisations", "party_groups": "groups"}


def _hit_opener(router: PageRouter) -> Callable[[str, int], None]:
    def open_hit(record_type: str, record_id: int) -> None:
        key = _PAGE_OF_HIT.get(record_type)
        page = router.open(key) if key is not None else None
        tab = getattr(page, _SETTINGS_TAB_OF_HIT.get(record_type, ""), None)
        tabs = getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget) and isinstance(tab, QWidget):
            tabs.setCurrentWidget(tab)
        for name in ("open_meeting", "select_record"):
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

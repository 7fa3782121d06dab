"""The areas of the app, in the order of the navigation list.

A page appears here only once it exists (no empty placeholders). Each factory receives
what the page needs from the workspace — repositories and callables, never the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from branchdesk.workspace import Workspace


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]
    factory: Callable[[], QWidget]


def build_pages(ws: Workspace, today: Callable[[], date] = date.today) -> list[PageSpec]:
    from branchdesk.ui.pages.members_page import MembersPage
    from branchdesk.ui.pages.settings_page import SettingsPage

    return [
        PageSpec(
            "members",
            lambda: QCoreApplication.translate("Navigation", "Members"),
            lambda: MembersPage(ws.members, ws.branch, today),
        ),
        PageSpec(
            "settings",
            lambda: QCoreApplication.translate("Navigation", "Settings"),
            lambda: SettingsPage(ws, today),
        ),
    ]

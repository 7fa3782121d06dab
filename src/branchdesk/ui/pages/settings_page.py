"""设置: branch profile, organisations, committee, party groups, rules, report fonts and general
preferences."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from branchdesk.ui.operations import Operations
from branchdesk.ui.pages.settings.backups_tab import BackupsTab
from branchdesk.ui.pages.settings.committee_tab import CommitteeTab
from branchdesk.ui.pages.settings.dues_rates_tab import DuesRatesTab
from branchdesk.ui.pages.settings.general_tab import GeneralTab
from branchdesk.ui.pages.settings.groups_tab import GroupsTab
from branchdesk.ui.pages.settings.holidays_tab import HolidaysTab
from branchdesk.ui.pages.settings.organisations_tab import OrganisationsTab
from branchdesk.ui.pages.settings.profile_tab import ProfileTab
from branchdesk.ui.pages.settings.report_fonts_tab import ReportFontsTab
from branchdesk.ui.pages.settings.rules_tab import RulesTab
from branchdesk.ui.unsaved_changes import field_values, put_field_values
from branchdesk.workspace import Workspace

EditableTab = (
    ProfileTab | OrganisationsTab | CommitteeTab | GroupsTab | RulesTab | DuesRatesTab | HolidaysTab
)


class SettingsPage(QWidget):
    data_replaced = Signal()  # a restore or an import: every page must reload
    profile_saved = Signal()  # the branch's name may have changed

    def __init__(
        self,
        ws: Workspace,
        today: Callable[[], date],
        may_leave_pages: Callable[[], bool] = lambda: True,
        ops: Operations | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """*may_leave_pages*: asks about every page's unsaved changes (the window's)."""
        super().__init__(parent)
        self._may_leave_pages = may_leave_pages
        self.tabs = QTabWidget(self)
        self.profile = ProfileTab(ws.branch, today)
        self.organisations = OrganisationsTab(ws.branch)
        self.committee = CommitteeTab(ws.branch, ws.members, today)
        self.groups = GroupsTab(ws.branch, ws.members, today)
        self.general = GeneralTab(ws.settings, ws.data_dir)
        self.backups = BackupsTab(ws, today, self._may_replace_records, ops)
        self.backups.data_replaced.connect(self._reload_tabs)  # first: then the other pages
        self.backups.data_replaced.connect(self.data_replaced)
        self.profile.saved.connect(self.profile_saved)
        self.tabs.addTab(self.profile, self.tr("Branch"))
        self.tabs.addTab(self.organisations, self.tr("Social organisations"))
        self.tabs.addTab(self.committee, self.tr("Committee"))
        self.tabs.addTab(self.groups, self.tr("Party groups"))
        self.rules = RulesTab(ws.rules)
        self.tabs.addTab(self.rules, self.tr("Rules"))
        # -- issue 18: the dues rates of the rule set, beside the rules ---------------------
        dues = ws.dues
        self.dues_rates = DuesRatesTab(dues.rate_table, dues.save_rates, dues.restore_rates,
                                       dues.leave_excused, dues.set_leave_excused)  # fmt: skip
        self.tabs.addTab(self.dues_rates, self.tr("Dues rates"))
        # the official calendar a recruiting notice counts its working days by
        self.holidays = HolidaysTab(
            ws.official_days.all, ws.official_days.save, ws.official_days.remove, today
        )
        self.tabs.addTab(self.holidays, self.tr("Official holidays"))
        self.report_fonts = ReportFontsTab(ws.report_font_choice, ws.set_report_fonts)
        self.tabs.addTab(self.report_fonts, self.tr("Report fonts"))
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.backups, self.tr("Data and backups"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def _reload_tabs(self) -> None:
        """After a restore or an import, every tab shows the records as they now are. The
        window rebuilds the other pages, not the one showing; before, these tabs kept the
        data from before, and 保存 on 支部信息 wrote it over the restored profile."""
        self.profile.load()
        self.organisations.table.reload()
        self.committee.reload()
        self.groups.reload()
        self.rules.table.reload()
        self.dues_rates.reload()  # issue 18
        self.holidays.reload()
        self.general.load()
        self.report_fonts.reload_when_shown()

    def _may_replace_records(self) -> bool:
        """Before a restore or an import: unsaved changes anywhere are asked about first
        (they would be lost); then this tab is shown again."""
        tab = self.tabs.currentWidget()
        if not self._may_leave_pages():
            return False
        self.tabs.setCurrentWidget(tab)
        return True

    def editable_tabs(self) -> dict[str, EditableTab]:
        """The tabs the user edits and saves (ui/unsaved_changes.py). Every other tab acts
        at once on a click (a language, a font file chosen, a backup): ACTION_TABS."""
        return {
            "profile": self.profile,
            "organisations": self.organisations,
            "committee": self.committee,
            "groups": self.groups,
            "rules": self.rules,
            "dues_rates": self.dues_rates,
            "holidays": self.holidays,
        }

    ACTION_TABS = ("report_fonts", "general", "backups")

    def unsaved_content(self) -> dict[str, object] | None:
        """Each tab's typing not saved yet, its tables' rows too, as 未保存的内容."""
        content: dict[str, object] = {
            name: field_values(tab)
            for name, tab in self.editable_tabs().items()
            if tab.has_unsaved_changes()
        }
        return content or None

    def restore_unsaved(self, content: dict[str, object]) -> None:
        for name, tab in self.editable_tabs().items():
            values = content.get(name)
            if isinstance(values, dict):
                self.tabs.setCurrentWidget(tab)
                put_field_values(tab, values)

    def has_unsaved_changes(self) -> bool:
        return any(tab.has_unsaved_changes() for tab in self.editable_tabs().values())

    def may_close(self) -> bool:
        """Before the window closes or the records are replaced: each tab holding unsaved
        changes is shown and asks about them."""
        for tab in self.editable_tabs().values():
            if tab.has_unsaved_changes():
                self.tabs.setCurrentWidget(tab)
                if not tab.may_close():
                    return False
        return True

    def showEvent(self, event: QShowEvent) -> None:
        # Members may have changed on another page since this one was last shown.
        self.committee.refresh()
        self.groups.refresh()
        super().showEvent(event)

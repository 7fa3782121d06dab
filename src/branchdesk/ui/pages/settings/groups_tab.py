"""党小组: the party groups and their leaders."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from branchdesk.core.dates import parse_date_text
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.membership import members_on
from branchdesk.core.organisation import PartyGroup
from branchdesk.core.validation import NOT_A_DATE, one_line
from branchdesk.ui.forms.ui_groups_tab import Ui_GroupsTab
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.pages.settings.inline_table import InlineTable
from branchdesk.ui.ports import BranchRecords, MemberRecords
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate


def _with_created(group: PartyGroup, text: object) -> PartyGroup:
    """Raises ValueError for text that is no date: the cell keeps its date, and says why."""
    return dataclasses.replace(group, created_on=parse_date_text(str(text)))


class GroupsTab(QWidget):
    def __init__(
        self,
        branch: BranchRecords,
        members: MemberRecords,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupsTab()
        self.ui.setupUi(self)
        self._members = members
        self._today = today
        self._load_names()

        def leader_name(group: PartyGroup) -> str:  # a leader who has left keeps the name
            return self._all_names.get(group.leader_id or -1, "")

        columns: list[Column[PartyGroup]] = [
            Column(
                "name",
                QT_TRANSLATE_NOOP("GroupsTab", "Name"),
                lambda g: g.name,
                edit=lambda g, v: dataclasses.replace(g, name=one_line(str(v))),
            ),
            Column(
                "leader",
                QT_TRANSLATE_NOOP("GroupsTab", "Group leader"),
                leader_name,
                edit=lambda g, v: dataclasses.replace(g, leader_id=v),
                edit_value=lambda g: g.leader_id,
            ),
            Column(
                "created_on",
                QT_TRANSLATE_NOOP("GroupsTab", "Set up on"),
                lambda g: g.created_on.isoformat() if g.created_on else "",
                edit=_with_created,
            ),
        ]
        self.model = RecordTableModel(columns, "GroupsTab", self)
        self.ui.groupTable.setItemDelegateForColumn(
            self.model.column_of("leader"),
            ChoiceDelegate(lambda: [("", None), *((n, i) for i, n in self._names().items())], self),
        )
        self.table = InlineTable(
            owner=self,
            view=self.ui.groupTable,
            model=self.model,
            error_label=self.ui.errorLabel,
            add_button=self.ui.addButton,
            remove_button=self.ui.removeButton,
            save_button=self.ui.saveButton,
            load=branch.groups,
            save=lambda group: branch.save_group(group, self._today()),
            create=lambda: PartyGroup(self.tr("New group"), created_on=self._today()),
            remove=lambda g: branch.move_to_recycle_bin("party_groups", g.id or 0),
            unreadable={"created_on": NOT_A_DATE},
            question=self.tr("The party groups have changes that are not saved yet. Save them?"),
        )

    def refresh(self) -> None:
        """Reload after members changed elsewhere (leaders are chosen among them)."""
        self._load_names()
        self.table.refresh()

    def reload(self) -> None:
        """After a restore: the groups as they now are (unsaved changes were asked about)."""
        self._load_names()
        self.table.reload()

    def has_unsaved_changes(self) -> bool:
        return self.table.has_unsaved_changes()

    def may_close(self) -> bool:
        return self.table.may_leave()

    def _names(self) -> dict[int, str]:
        return self._name_cache

    def _load_names(self) -> None:
        """Today's members (a new leader is one of them) and everyone (names shown)."""
        members = self._members.all()
        self._all_names = {m.id: m.name for m in members if m.id is not None}
        current = members_on(members, self._today())
        self._name_cache = {m.id: m.name for m in current if m.id is not None}

"""社会组织: the organisations the branch sits in."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from branchdesk.core.enums import OrgKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.organisation import (
    SocialOrganisation,
    credit_code_text,
)
from branchdesk.core.validation import one_line
from branchdesk.ui.forms.ui_organisations_tab import Ui_OrganisationsTab
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.record_table import Column, RecordTableModel
from branchdesk.ui.pages.settings.inline_table import InlineTable
from branchdesk.ui.ports import BranchRecords
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate


class OrganisationsTab(QWidget):
    def __init__(self, branch: BranchRecords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_OrganisationsTab()
        self.ui.setupUi(self)
        language = label_language()
        columns: list[Column[SocialOrganisation]] = [
            Column(
                "name",
                QT_TRANSLATE_NOOP("OrganisationsTab", "Name"),
                lambda o: o.name,
                edit=lambda o, v: dataclasses.replace(o, name=one_line(str(v))),
            ),
            Column(
                "kind",
                QT_TRANSLATE_NOOP("OrganisationsTab", "Kind"),
                lambda o: label(o.kind, language),
                edit=lambda o, v: dataclasses.replace(o, kind=OrgKind(v)),
                edit_value=lambda o: o.kind.value,
            ),
            Column(
                "credit_code",
                QT_TRANSLATE_NOOP("OrganisationsTab", "Unified social credit code"),
                lambda o: o.credit_code,
                edit=lambda o, v: dataclasses.replace(o, credit_code=credit_code_text(str(v))),
            ),
        ]
        self.model = RecordTableModel(columns, "OrganisationsTab", self)
        self.ui.organisationTable.setItemDelegateForColumn(
            self.model.column_of("kind"),
            ChoiceDelegate(lambda: [(label(k, language), k.value) for k in OrgKind], self),
        )
        self.table = InlineTable(
            owner=self,
            view=self.ui.organisationTable,
            model=self.model,
            error_label=self.ui.errorLabel,
            add_button=self.ui.addButton,
            remove_button=self.ui.removeButton,
            save_button=self.ui.saveButton,
            load=branch.organisations,
            save=branch.save_organisation,
            create=lambda: SocialOrganisation(self.tr("New organisation")),
            remove=lambda o: branch.move_to_recycle_bin("organisations", o.id or 0),
            question=self.tr(
                "The social organisations have changes that are not saved yet. Save them?"
            ),
        )

    def has_unsaved_changes(self) -> bool:
        return self.table.has_unsaved_changes()

    def may_close(self) -> bool:
        return self.table.may_leave()

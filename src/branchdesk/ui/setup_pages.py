"""The pages of the first-run wizard, each a Designer form that checks itself with core.

A page validates when the user presses Next (`validatePage`): errors appear beside their
fields and the wizard stays on the page. Nothing is written before the last page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QTableWidgetItem, QWidget, QWizardPage

from branchdesk.core.enums import BranchKind, Gender, OrgKind
from branchdesk.core.labels import label
from branchdesk.core.members import Member, validate_member
from branchdesk.core.organisation import (
    ORGANISATION_NAME_TAKEN,
    Branch,
    CommitteeTerm,
    PartyGroup,
    SocialOrganisation,
    credit_code_text,
    default_term_end,
    validate_branch,
    validate_group,
    validate_organisation,
    validate_term,
)
from branchdesk.core.validation import REQUIRED, FieldError, date_error, one_line
from branchdesk.ui.field_errors import ERROR_STYLE, FieldErrors
from branchdesk.ui.forms.ui_setup_branch_page import Ui_SetupBranchPage
from branchdesk.ui.forms.ui_setup_groups_page import Ui_SetupGroupsPage
from branchdesk.ui.forms.ui_setup_import_page import Ui_SetupImportPage
from branchdesk.ui.forms.ui_setup_organisations_page import Ui_SetupOrganisationsPage
from branchdesk.ui.forms.ui_setup_secretary_page import Ui_SetupSecretaryPage
from branchdesk.ui.forms.ui_setup_term_page import Ui_SetupTermPage
from branchdesk.ui.i18n import error_text, label_language
from branchdesk.ui.widgets.date_line_edit import DateLineEdit


def _date(edit: DateLineEdit, field: str, errors: list[FieldError]) -> date | None:
    try:
        return edit.date_value()
    except ValueError as exc:
        errors.append(date_error(field, exc))
        return None


def _fill(combo: QComboBox, values: type[BranchKind] | type[OrgKind] | type[Gender]) -> None:
    for value in values:
        combo.addItem(label(value, label_language()), value.value)


class BranchPage(QWizardPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.ui = Ui_SetupBranchPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setTitle(self.tr("Your branch"))
        self.setSubTitle(
            self.tr("Its full name as it appears on documents, and who it reports to.")
        )
        _fill(ui.kindCombo, BranchKind)
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "kind": (ui.kindCombo, ui.kindError),
                "upper_committee": (ui.upperEdit, ui.upperError),
                "founded_on": (ui.foundedEdit, ui.foundedError),
                "tracking_from": (ui.trackingEdit, ui.trackingError),
            }
        )
        # From today: the months before the branch used BranchDesk are not judged.
        ui.trackingEdit.set_date_value(today)

    def value(self) -> tuple[Branch, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        founded = _date(ui.foundedEdit, "founded_on", errors)
        tracking = _date(ui.trackingEdit, "tracking_from", errors)
        if tracking is None and not any(e.field == "tracking_from" for e in errors):
            errors.append(FieldError("tracking_from", REQUIRED))
        branch = Branch(
            name=one_line(ui.nameEdit.text()),
            kind=BranchKind(ui.kindCombo.currentData()),
            founded_on=founded,
            upper_committee=one_line(ui.upperEdit.text()),
            tracking_from=tracking,
        )
        return branch, errors + validate_branch(branch, self._today)

    def validatePage(self) -> bool:
        errors = self.value()[1]
        self.errors.show(errors)
        return not errors


class OrganisationsPage(QWizardPage):
    NAME, KIND, CODE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupOrganisationsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setTitle(self.tr("Social organisations"))
        ui.orgTable.horizontalHeader().setStretchLastSection(True)
        ui.orgTable.setColumnWidth(self.NAME, 280)
        ui.orgTable.setColumnWidth(self.KIND, 150)
        ui.orgTable.verticalHeader().hide()
        ui.orgError.setStyleSheet(ERROR_STYLE)
        ui.orgError.setWordWrap(True)
        ui.addButton.clicked.connect(lambda: self.add_row())
        ui.removeButton.clicked.connect(self._remove_row)
        self.add_row()

    def add_row(self, name: str = "", kind: OrgKind = OrgKind.ASSOCIATION, code: str = "") -> None:
        table = self.ui.orgTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, self.NAME, QTableWidgetItem(name))
        combo = QComboBox(table)
        _fill(combo, OrgKind)
        combo.setCurrentIndex(combo.findData(kind.value))
        table.setCellWidget(row, self.KIND, combo)
        table.setItem(row, self.CODE, QTableWidgetItem(code))
        table.setCurrentCell(row, self.NAME)

    def _remove_row(self) -> None:
        row = self.ui.orgTable.currentRow()
        if row >= 0:
            self.ui.orgTable.removeRow(row)

    def organisations(self) -> list[SocialOrganisation]:
        """The rows with a name (empty rows are ignored)."""
        table = self.ui.orgTable
        result = []
        for row in range(table.rowCount()):
            name, code = table.item(row, self.NAME), table.item(row, self.CODE)
            combo = table.cellWidget(row, self.KIND)
            text = one_line(name.text()) if name is not None else ""
            if not text:
                continue
            kind = (
                OrgKind(combo.currentData())
                if isinstance(combo, QComboBox)
                else OrgKind.ASSOCIATION
            )
            # Tidied as in 设置 → 社会组织: lower case and full width are the same code.
            tidy = credit_code_text(code.text()) if code is not None else ""
            result.append(SocialOrganisation(text, kind, tidy))
        return result

    def validatePage(self) -> bool:
        messages = [
            f"{org.name}: {error_text(e)}"
            for org in self.organisations()
            for e in validate_organisation(org)
        ]
        names = [org.name for org in self.organisations()]
        messages += [
            f"{name}: {error_text(FieldError('name', ORGANISATION_NAME_TAKEN))}"
            for name in dict.fromkeys(n for n in names if names.count(n) > 1)
        ]
        if not self.organisations():
            messages.append(self.tr("Enter at least one social organisation."))
        self.ui.orgError.setText("\n".join(messages))
        return not messages


class SecretaryPage(QWizardPage):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.ui = Ui_SetupSecretaryPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setTitle(self.tr("Branch secretary"))
        _fill(ui.genderCombo, Gender)
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "gender": (ui.genderCombo, ui.genderError),
                "joined_on": (ui.joinedEdit, ui.joinedError),
                "full_on": (ui.fullEdit, ui.fullError),
            }
        )

    def value(self) -> tuple[Member | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        joined = _date(ui.joinedEdit, "joined_on", errors)
        full = _date(ui.fullEdit, "full_on", errors)
        if joined is None:
            if not errors:
                errors.append(FieldError("joined_on", REQUIRED))
            return None, errors
        member = Member(
            name=one_line(ui.nameEdit.text()),
            joined_on=joined,
            gender=Gender(ui.genderCombo.currentData()),
            full_on=full,
        )
        return member, errors + validate_member(member, self._today)

    def validatePage(self) -> bool:
        errors = self.value()[1]
        self.errors.show(errors)
        return not errors


class TermPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupTermPage()
        self.ui.setupUi(self)
        ui = self.ui
        self.setTitle(self.tr("Committee term"))
        self.errors = FieldErrors(
            {"starts_on": (ui.startsEdit, ui.startsError), "ends_on": (ui.endsEdit, ui.endsError)}
        )
        ui.startsEdit.editingFinished.connect(self._suggest_end)

    def _suggest_end(self) -> None:
        try:
            starts = self.ui.startsEdit.date_value()
        except ValueError:
            return
        if starts is not None and not self.ui.endsEdit.text().strip():
            self.ui.endsEdit.set_date_value(default_term_end(starts))

    def value(self) -> tuple[date | None, date | None, list[FieldError]]:
        errors: list[FieldError] = []
        starts = _date(self.ui.startsEdit, "starts_on", errors)
        ends = _date(self.ui.endsEdit, "ends_on", errors)
        if starts is None and not errors:
            errors.append(FieldError("starts_on", REQUIRED))
        if starts is not None and ends is None and not errors:
            ends = default_term_end(starts)
        if starts is not None and ends is not None:
            errors += validate_term(CommitteeTerm(starts, ends))
        return starts, ends, errors

    def validatePage(self) -> bool:
        _starts, ends, errors = self.value()
        self.errors.show(errors)
        if not errors and not self.ui.endsEdit.text().strip():
            self.ui.endsEdit.set_date_value(ends)
        return not errors


class GroupsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupGroupsPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Party groups"))
        self.ui.groupsError.setStyleSheet(ERROR_STYLE)

    def groups(self) -> list[str]:
        lines = (line.strip() for line in self.ui.groupsEdit.toPlainText().splitlines())
        return list(dict.fromkeys(line for line in lines if line))

    def validatePage(self) -> bool:
        messages = [
            f"{name}: {error_text(e)}"
            for name in self.groups()
            for e in validate_group(PartyGroup(name))
        ]
        self.ui.groupsError.setText("\n".join(messages))
        return not messages


class ImportPage(QWizardPage):
    """Optional: a roster file, imported after the branch is written (valid rows only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SetupImportPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Import your roster (optional)"))
        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.clearButton.clicked.connect(lambda: self.set_file(None))
        self.path: Path | None = None

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Roster file"), "", self.tr("Rosters (*.xlsx *.csv)")
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path | None) -> None:
        self.path = path
        self.ui.fileEdit.setText(str(path) if path else "")
        self.ui.previewLabel.setText(
            self.tr("The valid rows of this file are imported when you press Finish.")
            if path
            else ""
        )

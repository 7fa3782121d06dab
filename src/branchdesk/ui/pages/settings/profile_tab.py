"""支部信息: the branch profile."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from branchdesk.core.enums import BranchKind
from branchdesk.core.labels import label
from branchdesk.core.organisation import Branch
from branchdesk.core.validation import FieldError, ValidationError, date_error, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_branch_profile import Ui_BranchProfile
from branchdesk.ui.i18n import label_language
from branchdesk.ui.ports import BranchRecords
from branchdesk.ui.unsaved_changes import escape_cancels, may_go_on


class ProfileTab(QWidget):
    saved = Signal()  # the profile as stored changed (the window's title names the branch)

    def __init__(
        self,
        branch: BranchRecords,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._branch = branch
        self._today = today
        self.ui = Ui_BranchProfile()
        self.ui.setupUi(self)
        ui = self.ui
        for kind in BranchKind:
            ui.kindCombo.addItem(label(kind, label_language()), kind.value)
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "founded_on": (ui.foundedOnEdit, ui.foundedOnError),
                "tracking_from": (ui.trackingFromEdit, ui.trackingFromError),
                "upper_committee": (ui.upperCommitteeEdit, ui.upperCommitteeError),
                "address": (ui.addressEdit, ui.addressError),
                "instructor": (ui.instructorEdit, ui.instructorError),
                "liaison": (ui.liaisonEdit, ui.liaisonError),
                "org_head": (ui.orgHeadEdit, ui.orgHeadError),
            }
        )
        ui.saveButton.clicked.connect(self.save)
        escape_cancels(self, self.cancel)
        for edit in self.findChildren(QLineEdit):
            edit.returnPressed.connect(self.save)
            edit.textEdited.connect(lambda _text: ui.savedLabel.clear())
        self.load()

    def load(self) -> None:
        branch = self._branch.get() or Branch(name="")
        ui = self.ui
        ui.nameEdit.setText(branch.name)
        ui.kindCombo.setCurrentIndex(max(ui.kindCombo.findData(branch.kind.value), 0))
        ui.foundedOnEdit.set_date_value(branch.founded_on)
        ui.trackingFromEdit.set_date_value(branch.tracking_from)
        ui.upperCommitteeEdit.setText(branch.upper_committee)
        ui.addressEdit.setText(branch.address)
        ui.phoneEdit.setText(branch.phone)
        ui.instructorEdit.setText(branch.instructor)
        ui.liaisonEdit.setText(branch.liaison)
        ui.orgHeadEdit.setText(branch.org_head)
        ui.orgHeadPhoneEdit.setText(branch.org_head_phone)
        ui.savedLabel.clear()
        self.errors.clear()
        self._shown = self._fields()

    def cancel(self) -> None:
        """Esc: the profile as saved, after asking about its changes."""
        if self.may_close():
            self.load()

    def _fields(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.kindCombo.currentIndex(),
            *(edit.text() for edit in self.findChildren(QLineEdit)),
        )

    def has_unsaved_changes(self) -> bool:
        return self._fields() != self._shown

    def may_close(self) -> bool:
        """Before the window closes: asks about the profile's unsaved changes."""
        return may_go_on(
            self,
            self.has_unsaved_changes(),
            self.tr("The branch profile has changes that are not saved yet. Save them?"),
            self.save,
            self.load,
        )

    def save(self) -> bool:
        """True when the profile was saved."""
        ui = self.ui
        dates = {}
        for field, edit in (
            ("founded_on", ui.foundedOnEdit),
            ("tracking_from", ui.trackingFromEdit),
        ):
            try:
                dates[field] = edit.date_value()
            except ValueError as exc:
                self.errors.show([date_error(field, exc)])
                return False
        founded = dates["founded_on"]
        branch = Branch(
            name=one_line(ui.nameEdit.text()),
            kind=BranchKind(ui.kindCombo.currentData()),
            founded_on=founded,
            upper_committee=one_line(ui.upperCommitteeEdit.text()),
            address=one_line(ui.addressEdit.text()),
            phone=one_line(ui.phoneEdit.text()),
            instructor=one_line(ui.instructorEdit.text()),
            liaison=one_line(ui.liaisonEdit.text()),
            org_head=one_line(ui.orgHeadEdit.text()),
            org_head_phone=one_line(ui.orgHeadPhoneEdit.text()),
            tracking_from=dates["tracking_from"],
        )
        errors: list[FieldError] = []
        try:  # validated once, by the repository
            self._branch.save(branch, self._today())
        except ValidationError as exc:
            errors = list(exc.errors)
        self.errors.show(errors)
        ui.savedLabel.setText("" if errors else self.tr("Saved."))
        if not errors:
            self._shown = self._fields()
            self.saved.emit()
        return not errors

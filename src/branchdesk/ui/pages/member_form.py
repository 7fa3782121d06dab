"""The detail form of one member: reads and writes a `Member`, shows errors beside fields."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QWidget

from branchdesk.core import idcard
from branchdesk.core.enums import Education, Gender, MembershipEventKind
from branchdesk.core.labels import label
from branchdesk.core.members import MEMBER_LIMITS, Member, phone_text
from branchdesk.core.membership import status_on
from branchdesk.core.organisation import PartyGroup, SocialOrganisation
from branchdesk.core.validation import FieldError, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_member_form import Ui_MemberForm
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.events_table import events_model, new_event
from branchdesk.ui.pages.record_form import RecordForm, read_date, select_data
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate


class MemberForm(RecordForm[Member]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Members whose admission and conversion dates the recruiting pipeline sets.
        self.pipeline_members: Callable[[], frozenset[int]] = frozenset
        self.ui = Ui_MemberForm()
        self.ui.setupUi(self)
        self._language = label_language()
        self._member_id: int | None = None
        self._id_number = ""  # the real number; the field shows it masked until asked
        self._groups: list[PartyGroup] = []
        ui = self.ui
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "ethnicity": (ui.ethnicityEdit, ui.ethnicityError),
                "birth_date": (ui.birthDateEdit, ui.birthDateError),
                "id_number": (ui.idNumberEdit, ui.idNumberError),
                "phone": (ui.phoneEdit, ui.phoneError),
                "job": (ui.jobEdit, ui.jobError),
                "joined_on": (ui.joinedOnEdit, ui.joinedOnError),
                "full_on": (ui.fullOnEdit, ui.fullOnError),
                "note": (ui.noteEdit, ui.noteError),
                "events": (ui.eventsTable, ui.eventsError),
            }
        )
        self._fill_fixed_choices()
        self.events = events_model(self._language, self._group_name, self)
        ui.eventsTable.setModel(self.events)
        ui.eventsTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        ui.eventsTable.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        ui.eventsTable.setItemDelegateForColumn(
            self.events.column_of("kind"),
            ChoiceDelegate(
                lambda: [(label(k, self._language), k.value) for k in MembershipEventKind], self
            ),
        )
        ui.eventsTable.setItemDelegateForColumn(
            self.events.column_of("group"),
            ChoiceDelegate(lambda: [(g.name, g.id) for g in self._groups], self),
        )
        ui.nameEdit.setMaxLength(MEMBER_LIMITS["name"])
        ui.idNumberEdit.setMaxLength(MEMBER_LIMITS["id_number"])
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save_requested)
        ui.cancelButton.clicked.connect(self.cancel_requested)
        ui.showIdButton.toggled.connect(self._show_id_toggled)
        ui.addEventButton.clicked.connect(self._add_event)
        ui.removeEventButton.clicked.connect(self._remove_event)
        self.connect_keys(self.findChildren(QLineEdit))  # Enter in any one-line field saves

    def _fill_fixed_choices(self) -> None:
        ui = self.ui
        ui.genderCombo.addItem("", None)
        for gender in Gender:
            ui.genderCombo.addItem(label(gender, self._language), gender.value)
        ui.educationCombo.addItem("", None)
        for education in Education:
            ui.educationCombo.addItem(label(education, self._language), education.value)

    # -- choices that come from the branch ---------------------------------------------
    def set_choices(
        self, groups: list[PartyGroup], organisations: list[SocialOrganisation]
    ) -> None:
        self._groups = groups
        for combo, items in (
            (self.ui.groupCombo, [(g.name, g.id) for g in groups]),
            (self.ui.organisationCombo, [(o.name, o.id) for o in organisations]),
        ):
            current = combo.currentData()
            combo.clear()
            combo.addItem("", None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))

    def _group_name(self, group_id: int | None) -> str:
        return next((g.name for g in self._groups if g.id == group_id), "")

    # -- reading and writing -----------------------------------------------------------
    def load(self, member: Member | None, today: date) -> None:
        """Show *member*, or an empty form for a new one."""
        ui = self.ui
        self.errors.clear()
        m = member or Member(name="", joined_on=today)
        self._member_id = m.id
        ui.nameEdit.setText(m.name)
        select_data(ui.genderCombo, m.gender.value if m.gender else None)
        ui.ethnicityEdit.setText(m.ethnicity or ("汉族" if member is None else ""))
        ui.birthDateEdit.set_date_value(m.birth_date)
        self._id_number = m.id_number
        ui.showIdButton.blockSignals(True)
        ui.showIdButton.setChecked(False)
        ui.showIdButton.blockSignals(False)
        self._render_id(revealed=False)
        select_data(ui.educationCombo, m.education.value if m.education else None)
        ui.phoneEdit.setText(m.phone)
        ui.jobEdit.setText(m.job)
        select_data(ui.organisationCombo, m.organisation_id)
        select_data(ui.groupCombo, m.group_id)
        ui.joinedOnEdit.set_date_value(m.joined_on if member else None)
        ui.fullOnEdit.set_date_value(m.full_on)
        # A member who came through 发展党员 has the pipeline's dates: entered once, there.
        from_pipeline = m.id is not None and m.id in self.pipeline_members()
        hint = self.tr("Set by the recruiting pipeline (发展党员)") if from_pipeline else ""
        for edit in (ui.joinedOnEdit, ui.fullOnEdit):
            edit.setReadOnly(from_pipeline)
            edit.setToolTip(hint)
        ui.mobileCheck.setChecked(m.is_mobile)
        ui.notTransferredCheck.setChecked(m.not_transferred_in)
        ui.noteEdit.setPlainText(m.note)
        self.events.set_records(list(m.events))
        status = status_on(m, today) if member else None
        ui.statusValue.setText(label(status, self._language) if status else "—")
        ui.nameEdit.setFocus()

    def collect(self) -> tuple[Member | None, list[FieldError]]:
        """The member the fields describe, or the errors that stop it from being read."""
        ui = self.ui
        errors: list[FieldError] = []
        dates: dict[str, date | None] = {}
        for name, edit in (
            ("birth_date", ui.birthDateEdit),
            ("joined_on", ui.joinedOnEdit),
            ("full_on", ui.fullOnEdit),
        ):
            dates[name] = read_date(edit, name, errors, required=name == "joined_on")
        joined = dates["joined_on"]
        if errors or joined is None:
            return None, errors
        gender = ui.genderCombo.currentData()
        education = ui.educationCombo.currentData()
        member = Member(
            id=self._member_id,
            name=one_line(ui.nameEdit.text()),
            gender=Gender(gender) if gender else None,
            ethnicity=ui.ethnicityEdit.text().strip(),
            birth_date=dates["birth_date"],
            id_number=self._current_id_number(),
            education=Education(education) if education else None,
            phone=phone_text(ui.phoneEdit.text()),
            job=ui.jobEdit.text().strip(),
            organisation_id=ui.organisationCombo.currentData(),
            group_id=ui.groupCombo.currentData(),
            joined_on=joined,
            full_on=dates["full_on"],
            is_mobile=ui.mobileCheck.isChecked(),
            not_transferred_in=ui.notTransferredCheck.isChecked(),
            note=ui.noteEdit.toPlainText().strip(),
            events=tuple(self.events.records()),
        )
        return member, []

    def _show_id_toggled(self, revealed: bool) -> None:
        edit = self.ui.idNumberEdit
        if not revealed and not edit.isReadOnly():  # keep what was typed before masking it
            self._id_number = idcard.normalise(edit.text())
        self._render_id(revealed)

    def _render_id(self, revealed: bool) -> None:
        """ID numbers are masked on screen (records.md) unless the user asks to see them."""
        edit = self.ui.idNumberEdit
        editable = revealed or not self._id_number
        edit.setReadOnly(not editable)
        edit.setText(self._id_number if editable else idcard.mask(self._id_number))
        self.ui.showIdButton.setEnabled(bool(self._id_number) or revealed)

    def _current_id_number(self) -> str:
        edit = self.ui.idNumberEdit
        return self._id_number if edit.isReadOnly() else idcard.normalise(edit.text())

    def _add_event(self) -> None:
        row = self.events.append(new_event(date.today()))
        self.ui.eventsTable.setCurrentIndex(self.events.index(row, 0))
        self.ui.eventsTable.edit(self.events.index(row, 0))

    def _remove_event(self) -> None:
        index = self.ui.eventsTable.currentIndex()
        if index.isValid():
            self.events.remove(index.row())

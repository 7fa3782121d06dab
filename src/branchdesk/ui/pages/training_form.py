"""The detail form of one training, with its participants' hours and the evidence."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.training import TRAINING_LIMITS, TRAINING_ORGANISERS, Training, TrainingForm
from branchdesk.core.validation import FieldError, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_training_form import Ui_TrainingForm
from branchdesk.ui.i18n import label_language
from branchdesk.ui.pages.record_form import (
    RecordForm,
    member_choices,
    members_on_date,
    own_names,
    participant_rows,
    participants_of,
    read_date,
    select_data,
)
from branchdesk.ui.ports import EvidenceFiles

OWNER_TYPE = "trainings"
DEFAULT_HOURS = 4.0  # half a day (rules.md: local practice)


class TrainingRecordForm(RecordForm[Training]):
    def __init__(self, attachments: EvidenceFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingForm()
        self.ui.setupUi(self)
        self._training_id: int | None = None
        ui = self.ui
        self.errors = FieldErrors(
            {
                "starts_on": (ui.startsOnEdit, ui.startsOnError),
                "ends_on": (ui.endsOnEdit, ui.endsOnError),
                "title": (ui.titleEdit, ui.titleError),
                "organiser": (ui.organiserCombo, ui.organiserError),
                "hours": (ui.hoursSpin, ui.hoursError),
                "participants": (ui.participantsEditor, ui.participantsError),
                "content": (ui.contentEdit, ui.contentError),
            }
        )
        language = label_language()
        for form in TrainingForm:
            ui.formCombo.addItem(label(form, language), form.value)
        ui.organiserCombo.addItems(list(TRAINING_ORGANISERS))
        ui.hoursSpin.setRange(0, 1000)
        ui.hoursSpin.setSingleStep(0.5)
        ui.participantsEditor.configure(with_hours=True)
        ui.evidenceList.bind(attachments, OWNER_TYPE)
        ui.titleEdit.setMaxLength(TRAINING_LIMITS["title"])
        self.connect_keys(self.one_line_fields(ui.participantsEditor))
        ui.saveButton.clicked.connect(self.save_requested)
        ui.cancelButton.clicked.connect(self.cancel_requested)
        # Participants get the training's hours unless changed for someone, also when the
        # hours are typed after the people were added (the list is filled first, often).
        self._hours = ui.hoursSpin.value()
        ui.hoursSpin.valueChanged.connect(self._hours_changed)

    def _hours_changed(self, hours: float) -> None:
        editor = self.ui.participantsEditor
        editor.hours.setValue(hours)
        editor.follow_hours(self._hours, hours)
        self._hours = hours

    def set_choices(self, members: list[Member], today: date) -> None:
        self.ui.participantsEditor.set_members(
            member_choices(members),
            members_on_date(members, self.ui.startsOnEdit, today),
            own_names(members),
        )

    def load(self, record: Training | None, today: date) -> None:
        ui = self.ui
        self.errors.clear()
        self._training_id = record.id if record else None
        ui.startsOnEdit.set_date_value(record.starts_on if record else today)
        ui.endsOnEdit.set_date_value(record.ends_on if record else None)
        ui.titleEdit.setText(record.title if record else "")
        ui.organiserCombo.setCurrentText(record.organiser if record else TRAINING_ORGANISERS[0])
        select_data(ui.formCombo, (record.form if record else TrainingForm.CENTRALISED).value)
        ui.hoursSpin.setValue(record.hours if record else DEFAULT_HOURS)
        editor = ui.participantsEditor
        editor.set_rows(participant_rows(record.participants if record else (), editor))
        ui.contentEdit.setPlainText(record.content if record else "")
        ui.evidenceList.set_owner(self._training_id)
        ui.startsOnEdit.setFocus()

    def collect(self) -> tuple[Training | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        starts_on = read_date(ui.startsOnEdit, "starts_on", errors, required=True)
        ends_on = read_date(ui.endsOnEdit, "ends_on", errors)
        if errors or starts_on is None:
            return None, errors
        return (
            Training(
                starts_on=starts_on,
                title=one_line(ui.titleEdit.text()),
                participants=participants_of(ui.participantsEditor),
                form=TrainingForm(ui.formCombo.currentData()),
                ends_on=ends_on,
                organiser=one_line(ui.organiserCombo.currentText()),
                hours=ui.hoursSpin.value(),
                content=ui.contentEdit.toPlainText().strip(),
                id=self._training_id,
            ),
            [],
        )

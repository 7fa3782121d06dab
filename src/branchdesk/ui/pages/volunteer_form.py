"""The detail form of one volunteer activity, with its participants and photos."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from branchdesk.core.members import Member
from branchdesk.core.participation import Participant
from branchdesk.core.validation import FieldError, one_line
from branchdesk.core.volunteer import (
    ACTIVITY_LIMITS,
    HOURS_A_DAY,
    VOLUNTEER_FORMS,
    VolunteerActivity,
)
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_volunteer_form import Ui_VolunteerForm
from branchdesk.ui.pages.record_form import (
    RecordForm,
    member_choices,
    members_on_date,
    own_names,
    participant_rows,
    participants_of,
    read_date,
)
from branchdesk.ui.ports import EvidenceFiles

OWNER_TYPE = "volunteer_activities"
DEFAULT_HOURS = 2.0


class VolunteerForm(RecordForm[VolunteerActivity]):
    def __init__(self, attachments: EvidenceFiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VolunteerForm()
        self.ui.setupUi(self)
        self._activity_id: int | None = None
        ui = self.ui
        self.errors = FieldErrors(
            {
                "held_on": (ui.heldOnEdit, ui.heldOnError),
                "title": (ui.titleEdit, ui.titleError),
                "place": (ui.placeEdit, ui.placeError),
                "organiser": (ui.organiserEdit, ui.organiserError),
                "form": (ui.formCombo, ui.formError),
                "people_served": (ui.peopleServedSpin, ui.peopleServedError),
                "participants": (ui.participantsEditor, ui.participantsError),
                "description": (ui.descriptionEdit, ui.descriptionError),
            }
        )
        ui.formCombo.addItems(list(VOLUNTEER_FORMS))
        ui.participantsEditor.configure(with_hours=True)
        ui.participantsEditor.hours.setMaximum(HOURS_A_DAY)
        ui.participantsEditor.hours.setValue(DEFAULT_HOURS)
        ui.evidenceList.bind(attachments, OWNER_TYPE)
        ui.titleEdit.setMaxLength(ACTIVITY_LIMITS["title"])
        self.connect_keys(self.one_line_fields(ui.participantsEditor))
        ui.saveButton.clicked.connect(self.save_requested)
        ui.cancelButton.clicked.connect(self.cancel_requested)

    def set_choices(self, members: list[Member], today: date) -> None:
        self.ui.participantsEditor.set_members(
            member_choices(members),
            members_on_date(members, self.ui.heldOnEdit, today),
            own_names(members),
        )

    def load(self, record: VolunteerActivity | None, today: date) -> None:
        ui = self.ui
        self.errors.clear()
        self._activity_id = record.id if record else None
        ui.heldOnEdit.set_date_value(record.held_on if record else today)
        ui.titleEdit.setText(record.title if record else "")
        ui.placeEdit.setText(record.place if record else "")
        ui.organiserEdit.setText(record.organiser if record else "")
        ui.formCombo.setCurrentText(record.form if record else VOLUNTEER_FORMS[0])
        ui.peopleServedSpin.setValue(record.people_served if record else 0)
        editor = ui.participantsEditor
        editor.set_rows(participant_rows(record.participants if record else (), editor))
        ui.descriptionEdit.setPlainText(record.description if record else "")
        ui.evidenceList.set_owner(self._activity_id)
        ui.heldOnEdit.setFocus()

    def collect(self) -> tuple[VolunteerActivity | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        held_on = read_date(ui.heldOnEdit, "held_on", errors, required=True)
        if errors or held_on is None:
            return None, errors
        participants: tuple[Participant, ...] = participants_of(ui.participantsEditor)
        return (
            VolunteerActivity(
                held_on=held_on,
                title=one_line(ui.titleEdit.text()),
                participants=participants,
                place=one_line(ui.placeEdit.text()),
                organiser=one_line(ui.organiserEdit.text()),
                form=one_line(ui.formCombo.currentText()),
                people_served=ui.peopleServedSpin.value(),
                description=ui.descriptionEdit.toPlainText().strip(),
                id=self._activity_id,
            ),
            [],
        )

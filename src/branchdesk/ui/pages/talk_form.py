"""The detail form of one talk."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QWidget

from branchdesk.core.dates import clock_text
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.talks import TALK_LIMITS, Counterpart, Talk, TalkKind
from branchdesk.core.validation import REQUIRED, FieldError, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_talk_form import Ui_TalkForm
from branchdesk.ui.i18n import label_language
from branchdesk.ui.pages.record_form import (
    RecordForm,
    member_choices,
    members_on_date,
    own_names,
    read_date,
    select_data,
)
from branchdesk.ui.widgets.participant_editor import ParticipantRow

BAD_TIME = QT_TRANSLATE_NOOP("Validation", "Use HH:MM, for example 15:30.")


class TalkForm(RecordForm[Talk]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TalkForm()
        self.ui.setupUi(self)
        self._language = label_language()
        self._talk_id: int | None = None
        self._default_talker: int | None = None
        self._posts: dict[int, str] = {}
        ui = self.ui
        self.errors = FieldErrors(
            {
                "held_on": (ui.heldOnEdit, ui.heldOnError),
                "starts_at": (ui.startsAtEdit, ui.startsAtError),
                "place": (ui.placeEdit, ui.placeError),
                "talker_id": (ui.talkerCombo, ui.talkerError),
                "talker_post": (ui.talkerPostEdit, ui.talkerPostError),
                "counterparts": (ui.counterpartsEditor, ui.counterpartsError),
                "others_present": (ui.othersPresentEdit, ui.othersPresentError),
                "topic": (ui.topicEdit, ui.topicError),
                "content": (ui.contentEdit, ui.contentError),
                "problems": (ui.problemsEdit, ui.problemsError),
                "suggestions": (ui.suggestionsEdit, ui.suggestionsError),
                "follow_up": (ui.followUpEdit, ui.followUpError),
            }
        )
        for kind in TalkKind:
            ui.kindCombo.addItem(label(kind, self._language), kind.value)
        ui.counterpartsEditor.configure(with_hours=False, with_role=True)
        ui.topicEdit.setMaxLength(TALK_LIMITS["topic"])
        self.connect_keys(
            (
                ui.heldOnEdit,
                ui.startsAtEdit,
                ui.placeEdit,
                ui.talkerPostEdit,
                ui.othersPresentEdit,
                ui.topicEdit,
            )
        )
        ui.saveButton.clicked.connect(self.save_requested)
        ui.cancelButton.clicked.connect(self.cancel_requested)
        ui.talkerCombo.currentIndexChanged.connect(self._talker_changed)

    def set_choices(
        self, members: list[Member], today: date, posts: dict[int, str], default: int | None
    ) -> None:
        """Members to choose from, each committee member's post, the usual talker."""
        self._posts = posts
        self._default_talker = default
        combo = self.ui.talkerCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for member_id, name in member_choices(members):
            combo.addItem(name, member_id)
        select_data(combo, current)
        combo.blockSignals(False)
        on_date = members_on_date(members, self.ui.heldOnEdit, today)

        def others() -> list[int]:  # 添加全体党员: the talker does not talk with himself
            talker = self.ui.talkerCombo.currentData()
            return [i for i in on_date() if i != talker]

        self.ui.counterpartsEditor.set_members(member_choices(members), others, own_names(members))

    def load(self, record: Talk | None, today: date) -> None:
        ui = self.ui
        self.errors.clear()
        self._talk_id = record.id if record else None
        ui.heldOnEdit.set_date_value(record.held_on if record else today)
        ui.startsAtEdit.setText(
            record.starts_at.strftime("%H:%M") if record and record.starts_at else ""
        )
        ui.placeEdit.setText(record.place if record else "")
        select_data(ui.kindCombo, (record.kind if record else TalkKind.ROUTINE).value)
        select_data(ui.talkerCombo, record.talker_id if record else self._default_talker)
        # A new talk (a 概览 draft too) names the talker's post; a saved one shows its own.
        saved = record is not None and record.id is not None
        post = record.talker_post if record is not None else ""
        ui.talkerPostEdit.setText(post if saved or post else self._post_of_talker())
        editor = ui.counterpartsEditor
        editor.set_rows(
            [
                ParticipantRow(c.member_id, c.name or editor.name_of(c.member_id), 0.0, c.role)
                for c in (record.counterparts if record else ())
            ]
        )
        ui.othersPresentEdit.setText(record.others_present if record else "")
        ui.topicEdit.setText(record.topic if record else "")
        ui.contentEdit.setPlainText(record.content if record else "")
        ui.problemsEdit.setPlainText(record.problems if record else "")
        ui.suggestionsEdit.setPlainText(record.suggestions if record else "")
        ui.followUpEdit.setPlainText(record.follow_up if record else "")
        ui.heldOnEdit.setFocus()

    def collect(self) -> tuple[Talk | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        held_on = read_date(ui.heldOnEdit, "held_on", errors, required=True)
        starts_at: time | None = None
        text = clock_text(ui.startsAtEdit.text())
        if text:
            try:
                starts_at = time.fromisoformat(text)
            except ValueError:
                errors.append(FieldError("starts_at", BAD_TIME))
        talker = ui.talkerCombo.currentData()
        if talker is None:
            errors.append(FieldError("talker_id", REQUIRED))
        if errors or held_on is None or talker is None:
            return None, errors
        counterparts = tuple(
            Counterpart(
                r.member_id,
                "" if r.member_id else one_line(r.name),
                "" if r.member_id else one_line(r.role),
            )
            for r in ui.counterpartsEditor.rows()
        )
        return (
            Talk(
                held_on=held_on,
                talker_id=int(talker),
                counterparts=counterparts,
                kind=TalkKind(ui.kindCombo.currentData()),
                starts_at=starts_at,
                place=one_line(ui.placeEdit.text()),
                talker_post=one_line(ui.talkerPostEdit.text()),
                others_present=one_line(ui.othersPresentEdit.text()),
                topic=one_line(ui.topicEdit.text()),
                content=ui.contentEdit.toPlainText().strip(),
                problems=ui.problemsEdit.toPlainText().strip(),
                suggestions=ui.suggestionsEdit.toPlainText().strip(),
                follow_up=ui.followUpEdit.toPlainText().strip(),
                id=self._talk_id,
            ),
            [],
        )

    def _post_of_talker(self) -> str:
        talker = self.ui.talkerCombo.currentData()
        return self._posts.get(talker, "") if talker is not None else ""

    def _talker_changed(self) -> None:
        """Fill the post from the committee unless the user wrote one of their own."""
        edit = self.ui.talkerPostEdit
        if not edit.text().strip() or edit.text() in self._posts.values():
            edit.setText(self._post_of_talker())

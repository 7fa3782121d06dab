"""The detail form of one meeting: header, attendance grid, proceedings, resolutions and
rectification items edited in place, and evidence.

The expected list is never typed: it follows the kind, date and group through
`core.attendance`, and the grid is rebuilt (keeping what was marked) whenever they change.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QTableView, QWidget

from branchdesk.core.attendance import AttendanceSummary, Roster, expected_members, summarise
from branchdesk.core.dates import clock_text
from branchdesk.core.labels import label
from branchdesk.core.meetings import (
    ActionItem,
    ActionKind,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Resolution,
    ThemeDayForm,
)
from branchdesk.core.membership import has_vote_on
from branchdesk.core.organisation import PartyGroup
from branchdesk.core.validation import NOT_A_DATE, FieldError, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_meeting_form import Ui_MeetingForm
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.meeting_tables import action_columns, resolution_columns
from branchdesk.ui.models.record_table import RecordTableModel
from branchdesk.ui.models.recruit_resolution import RecruitChoices, recruit_column
from branchdesk.ui.pages.record_form import RecordForm, read_date, select_data
from branchdesk.ui.ports import EvidenceFiles
from branchdesk.ui.widgets.attendance_grid import AttendanceRow
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate

OWNER_TYPE = "meetings"
EVIDENCE_HEIGHT = 400


class MeetingForm(RecordForm[Meeting]):
    def __init__(
        self,
        attachments: EvidenceFiles,
        roster: Callable[[], Roster],
        parent: QWidget | None = None,
        recruit_choices: RecruitChoices | None = None,  # the 发展党员 column
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingForm()
        self.ui.setupUi(self)
        self._roster_of = roster
        self._roster = Roster(())
        self._meeting_id: int | None = None
        self._recorded: dict[int, AttendanceRow] = {}
        self._binned: tuple[Attendance, ...] = ()
        # Host, recorder or lecturer (by combo name) in the recycle bin: (member id, name).
        self._unlisted: dict[str, tuple[int, str]] = {}
        self._summary: AttendanceSummary | None = None
        self._default_status = AttendanceStatus.PRESENT
        ui = self.ui
        self.errors = FieldErrors(
            {
                "kind": (ui.kindCombo, ui.kindError),
                "held_on": (ui.heldOnEdit, ui.heldOnError),
                "start_time": (ui.startTimeEdit, ui.startTimeError),
                "end_time": (ui.endTimeEdit, ui.endTimeError),
                "number": (ui.numberEdit, ui.numberError),
                "title": (ui.titleEdit, ui.titleError),
                "place": (ui.placeEdit, ui.placeError),
                "host_name": (ui.hostCombo, ui.hostError),
                "recorder_name": (ui.recorderCombo, ui.recorderError),
                "group_id": (ui.groupCombo, ui.groupError),
                "lecturer_name": (ui.lecturerCombo, ui.lecturerError),
                "topic": (ui.topicEdit, ui.topicError),
                "theme": (ui.themeEdit, ui.themeError),
                "non_member_attendees": (ui.nonMemberEdit, ui.nonMemberError),
                "upper_attendees": (ui.upperEdit, ui.upperError),
                "attendance": (ui.attendanceGrid, ui.attendanceError),
                "studied": (ui.studiedEdit, ui.studiedError),
                "minutes": (ui.minutesEdit, ui.minutesError),
                "summary": (ui.summaryEdit, ui.summaryError),
                "resolutions": (ui.resolutionsTable, ui.resolutionsError),
                "actions": (ui.actionsTable, ui.actionsError),
            }
        )
        language = label_language()
        for kind in MeetingKind:
            ui.kindCombo.addItem(label(kind, language), kind.value)
        ui.formCombo.addItem("", None)  # chosen, never presumed: 学习 first was saved unseen
        for form in ThemeDayForm:
            ui.formCombo.addItem(label(form, language), form.value)
        columns = resolution_columns(self._outcome)
        if recruit_choices is not None:  # a resolution may decide on a recruit
            columns.append(recruit_column(lambda: [("", ""), *recruit_choices()]))  # last
        self.resolutions: RecordTableModel[Resolution] = RecordTableModel(
            columns, "ResolutionTable", self
        )
        self.action_items: RecordTableModel[ActionItem] = RecordTableModel(
            action_columns(language), "ActionTable", self
        )
        self._table(ui.resolutionsTable, self.resolutions, 0)
        if recruit_choices is not None:
            ui.resolutionsTable.setItemDelegateForColumn(
                self.resolutions.column_of("recruit"),
                ChoiceDelegate(lambda: [(self.tr("(none)"), ""), *recruit_choices()]),
            )
        self._table(ui.actionsTable, self.action_items, self.action_items.column_of("item"))
        ui.actionsTable.setItemDelegateForColumn(
            self.action_items.column_of("kind"),
            ChoiceDelegate(lambda: [(label(k, language), k.value) for k in ActionKind]),
        )
        ui.evidenceList.bind(attachments, OWNER_TYPE)
        ui.evidenceList.list.setMaximumHeight(EVIDENCE_HEIGHT)
        ui.attendanceHint.setWordWrap(True)
        ui.attendanceSummary.setWordWrap(True)
        ui.resolutionsStatus.setWordWrap(True)
        self._connect()

    @staticmethod
    def _table(view: QTableView, model: RecordTableModel[Any], stretch: int) -> None:
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _connect(self) -> None:
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.groupCombo.currentIndexChanged.connect(self._rebuild_attendance)
        ui.heldOnEdit.editingFinished.connect(self._rebuild_attendance)
        ui.attendanceGrid.changed.connect(self._update_summary)
        ui.resolutionAddButton.clicked.connect(self._add_resolution)
        ui.resolutionRemoveButton.clicked.connect(
            lambda: self._remove_current(ui.resolutionsTable, self.resolutions)
        )
        ui.actionAddButton.clicked.connect(self._add_action)
        ui.actionRemoveButton.clicked.connect(
            lambda: self._remove_current(ui.actionsTable, self.action_items)
        )
        self.resolutions.record_edited.connect(lambda _r, _rec: self._update_summary())
        # A date cell typed unreadably keeps its date; the message says why, beside the table.
        self.action_items.record_edited.connect(lambda _r, _rec: self.errors.clear_field("actions"))
        self.action_items.edit_refused.connect(
            lambda _r, _key: self.errors.mark(FieldError("actions", NOT_A_DATE))
        )
        self.connect_keys(
            (
                *(ui.heldOnEdit, ui.startTimeEdit, ui.endTimeEdit, ui.numberEdit, ui.titleEdit),
                *(ui.placeEdit, ui.topicEdit, ui.themeEdit, ui.nonMemberEdit, ui.upperEdit),
                *_line_edits(ui.hostCombo, ui.recorderCombo, ui.lecturerCombo),
                ui.hostPostEdit,
            )
        )
        ui.saveButton.clicked.connect(self.save_requested)
        ui.cancelButton.clicked.connect(self.cancel_requested)

    # -- choices -----------------------------------------------------------------------
    def set_choices(self, groups: list[PartyGroup]) -> None:
        """Refresh the roster behind the expected lists and the people offered."""
        self._roster = self._roster_of()
        people = [(m.name, m.id) for m in self._roster.members if m.id is not None]
        # What the form holds stays chosen: a refresh (after a restore, say) is no edit.
        for combo in (self.ui.hostCombo, self.ui.recorderCombo, self.ui.lecturerCombo):
            member_id, name = _person(combo)
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("", None)
            for person, person_id in people:
                combo.addItem(person, person_id)
            _set_person(combo, member_id, name)
            combo.blockSignals(False)
        combo = self.ui.groupCombo
        group_id = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for group in groups:
            combo.addItem(group.name, group.id)
        combo.setCurrentIndex(max(combo.findData(group_id), 0))
        combo.blockSignals(False)

    # -- load and collect --------------------------------------------------------------
    def load(self, record: Meeting | None, today: date) -> None:
        ui = self.ui
        self.errors.clear()
        meeting = record or Meeting(MeetingKind.GENERAL, today, "")
        self._meeting_id = meeting.id
        select_data(ui.kindCombo, meeting.kind.value)
        ui.heldOnEdit.set_date_value(meeting.held_on)
        ui.startTimeEdit.setText(meeting.start_time)
        ui.endTimeEdit.setText(meeting.end_time)
        ui.numberEdit.setText(meeting.number)
        ui.titleEdit.setText(meeting.title)
        ui.placeEdit.setText(meeting.place)
        self._unlisted = {}
        for combo, member_id, name in (
            (ui.hostCombo, meeting.host_id, meeting.host_name),
            (ui.recorderCombo, meeting.recorder_id, meeting.recorder_name),
            (ui.lecturerCombo, meeting.lecturer_id, meeting.lecturer_name),
        ):
            if member_id is not None and combo.findData(member_id) < 0:
                self._unlisted[combo.objectName()] = (member_id, name)
        _set_person(ui.hostCombo, meeting.host_id, meeting.host_name)
        ui.hostPostEdit.setText(meeting.host_post)
        _set_person(ui.recorderCombo, meeting.recorder_id, meeting.recorder_name)
        _set_person(ui.lecturerCombo, meeting.lecturer_id, meeting.lecturer_name)
        select_data(ui.groupCombo, meeting.group_id)
        ui.topicEdit.setText(meeting.topic)
        ui.themeEdit.setText(meeting.theme)
        select_data(ui.formCombo, meeting.form.value if meeting.form else None)
        ui.nonMemberEdit.setText(meeting.non_member_attendees)
        ui.upperEdit.setText(meeting.upper_attendees)
        ui.agendaEdit.setPlainText("\n".join(meeting.agenda))
        ui.studiedEdit.setPlainText(meeting.studied)
        ui.minutesEdit.setPlainText(meeting.minutes)
        ui.summaryEdit.setPlainText(meeting.summary)
        self.resolutions.set_records(meeting.resolutions)
        self.action_items.set_records(meeting.actions)
        # Recorded entries win; an expected member without one was absent (saved meetings)
        # or is presumed present (a new meeting).
        names = {m.id: m.name for m in self._roster.members}
        self._recorded = {
            a.member_id: AttendanceRow(
                a.member_id, names[a.member_id], False, a.status, a.reason, False
            )
            for a in meeting.attendance
            if a.member_id in names
        }
        # A member in the recycle bin is not in the roster: no row, and the entry saved as
        # it was, so that it is there again when the member is restored.
        self._binned = tuple(a for a in meeting.attendance if a.member_id not in names)
        self._default_status = (
            AttendanceStatus.PRESENT if meeting.id is None else AttendanceStatus.ABSENT
        )
        self._update_kind_fields()
        ui.attendanceGrid.set_rows([])  # nothing carried over from the previous meeting
        self._rebuild_attendance()
        ui.evidenceList.set_owner(self._meeting_id)
        ui.tabs.setCurrentIndex(0)
        ui.kindCombo.setFocus()

    def collect(self) -> tuple[Meeting | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        held_on = read_date(ui.heldOnEdit, "held_on", errors, required=True)
        if errors or held_on is None:
            return None, errors
        kind = self._kind()
        host_id, host_name = self._chosen(ui.hostCombo)
        recorder_id, recorder_name = self._chosen(ui.recorderCombo)
        lecturer_id, lecturer_name = self._chosen(ui.lecturerCombo)
        form = ui.formCombo.currentData() if kind == MeetingKind.THEME_DAY else None
        lesson = kind == MeetingKind.LESSON
        meeting = Meeting(
            kind=kind,
            held_on=held_on,
            title=one_line(ui.titleEdit.text()),
            number=one_line(ui.numberEdit.text()),
            start_time=clock_text(ui.startTimeEdit.text()),
            end_time=clock_text(ui.endTimeEdit.text()),
            place=one_line(ui.placeEdit.text()),
            host_id=host_id,
            host_name=host_name,
            host_post=one_line(ui.hostPostEdit.text()),
            recorder_id=recorder_id,
            recorder_name=recorder_name,
            group_id=ui.groupCombo.currentData() if kind == MeetingKind.GROUP else None,
            lecturer_id=lecturer_id if lesson else None,
            lecturer_name=lecturer_name if lesson else "",
            topic=one_line(ui.topicEdit.text()) if lesson else "",
            theme=one_line(ui.themeEdit.text()) if kind == MeetingKind.THEME_DAY else "",
            form=ThemeDayForm(form) if form else None,
            non_member_attendees=one_line(ui.nonMemberEdit.text()),
            upper_attendees=one_line(ui.upperEdit.text()),
            agenda=tuple(
                line.strip() for line in ui.agendaEdit.toPlainText().splitlines() if line.strip()
            ),
            studied=ui.studiedEdit.toPlainText().strip(),
            minutes=ui.minutesEdit.toPlainText().strip(),
            resolutions=tuple(self.resolutions.records()),
            summary=ui.summaryEdit.toPlainText().strip(),
            actions=tuple(self.action_items.records()),
            attendance=(*ui.attendanceGrid.attendance(), *self._binned),
            id=self._meeting_id,
        )
        return meeting, []

    def show_errors(self, errors: list[FieldError]) -> list[str]:
        """Mark the fields, and show a tab with a marked field (the one in view when it has
        one): a refusal behind a hidden tab looked like a save button that did nothing."""
        unplaced = super().show_errors(errors)
        widgets = [w for e in errors if (w := self.errors.widget(e.field)) is not None]
        tabs = self.ui.tabs
        pages = [page for i in range(tabs.count()) if (page := tabs.widget(i)) is not None]
        marked = [next((p for p in pages if p.isAncestorOf(w)), None) for w in widgets]
        if marked and marked[0] is not None and tabs.currentWidget() not in marked:
            tabs.setCurrentWidget(marked[0])
        shown = [w for w, page in zip(widgets, marked, strict=True) if page is tabs.currentWidget()]
        if shown:
            shown[0].setFocus()
        return unplaced

    def _chosen(self, combo: QComboBox) -> tuple[int | None, str]:
        """The person in *combo*; a member in the recycle bin (not listed) whose name still
        stands there stays the one recorded, so that a restore finds the link intact."""
        member_id, name = _person(combo)
        unlisted = self._unlisted.get(combo.objectName())
        if member_id is None and unlisted is not None and unlisted[1] == name:
            return unlisted
        return member_id, name

    # -- reactions ---------------------------------------------------------------------
    def _kind(self) -> MeetingKind:
        return MeetingKind(self.ui.kindCombo.currentData() or MeetingKind.GENERAL.value)

    def _kind_changed(self) -> None:
        self._update_kind_fields()
        self._rebuild_attendance()

    def _update_kind_fields(self) -> None:
        ui, kind = self.ui, self._kind()
        shown = {
            (ui.groupLabel, ui.groupCombo): kind == MeetingKind.GROUP,
            (ui.lecturerLabel, ui.lecturerCombo, ui.topicLabel, ui.topicEdit): (
                kind == MeetingKind.LESSON
            ),
            (ui.themeLabel, ui.themeEdit, ui.formCombo): kind == MeetingKind.THEME_DAY,
        }
        for widgets, visible in shown.items():
            for widget in widgets:
                widget.setVisible(visible)

    def _rebuild_attendance(self) -> None:
        """The expected list for the kind, date and group, keeping what was marked."""
        try:
            day = self.ui.heldOnEdit.date_value()
        except ValueError:
            return
        if day is None:
            return
        marked = {r.member_id: r for r in self.ui.attendanceGrid.rows()} or self._recorded
        group = self.ui.groupCombo.currentData()
        expected = expected_members(self._roster, self._kind(), day, group)
        rows: list[AttendanceRow] = []
        for member in expected:
            assert member.id is not None
            before = marked.get(member.id)
            status = before.status if before else self._default_status
            reason = before.reason if before else ""
            voter = has_vote_on(member, day)
            rows.append(AttendanceRow(member.id, member.name, voter, status, reason))
        expected_ids = {m.id for m in expected}
        # Someone recorded present without being due (a member invited to a committee
        # meeting) keeps their row; someone who was only due under the kind, date or group
        # just left (everyone presumed present at a new general meeting) does not.
        rows.extend(
            r
            for r in marked.values()
            if r.member_id not in expected_ids
            and r.status == AttendanceStatus.PRESENT
            and not r.expected
        )
        self.ui.attendanceGrid.set_rows(rows)

    def _update_summary(self) -> None:
        meeting, _errors = self.collect()
        if meeting is None:
            return
        summary = summarise(meeting, self._roster)
        self._summary = summary
        text = self.tr(
            "Expected {expected}, present {present}, on leave {leave}, absent {absent}. "
            "Voting members present: {voters_present} of {voters}."
        ).format(
            expected=summary.expected,
            present=summary.present,
            leave=summary.on_leave,
            absent=summary.absent,
            voters_present=summary.voters_present,
            voters=summary.voters_due,
        )
        if summary.quorate is not None:
            text += " " + (self.tr("Quorate.") if summary.quorate else self.tr("NOT quorate."))
        why_nobody = self._why_nobody_is_due(meeting)
        if why_nobody:
            text += " " + why_nobody
        self.ui.attendanceSummary.setText(text)
        self.ui.resolutionsStatus.setText(
            self.tr(
                "A resolution passes with more than half of the {voters} voting members due "
                "to attend voting for it, at a quorate meeting."
            ).format(voters=summary.voters_due)
        )
        self.resolutions.dataChanged.emit(
            self.resolutions.index(0, 0),
            self.resolutions.index(self.resolutions.rowCount() - 1, 4),
        )

    def _why_nobody_is_due(self, meeting: Meeting) -> str:
        """Why the expected list is empty, when the reason is something to fill in."""
        if meeting.kind == MeetingKind.COMMITTEE and self._roster.term_on(meeting.held_on) is None:
            return self.tr(
                "No committee term covers this date: enter the committee in 设置 → 支部委员会, "
                "and its members are listed here."
            )
        if meeting.kind == MeetingKind.GROUP and meeting.group_id is None:
            return self.tr("Choose the 党小组 on 基本信息, and its members are listed here.")
        return ""

    def _outcome(self, resolution: Resolution) -> str:
        if self._summary is None:
            return ""
        passed = self._summary.passes(resolution)
        if resolution.recruit_id is not None:  # the meeting is the person's step
            if self._kind() != MeetingKind.GENERAL:
                return self.tr("Not a general meeting: no step recorded")
            if passed:
                return self.tr("Passed: recorded as the person's step")
            if self._summary.quorate is False:
                return self.tr("Not quorate: no step recorded")
            return self.tr("Not passed: no step recorded")
        return self.tr("Passed") if passed else self.tr("Not passed")

    def _add_resolution(self) -> None:
        # Empty, not a placeholder: words left in the row would be saved and printed as a
        # resolution; an empty one is refused at save, beside the table.
        row = self.resolutions.append(Resolution(""))
        index = self.resolutions.index(row, 0)
        self.ui.resolutionsTable.setCurrentIndex(index)
        self.ui.resolutionsTable.edit(index)

    def _add_action(self) -> None:
        row = self.action_items.append(ActionItem(""))
        index = self.action_items.index(row, self.action_items.column_of("item"))
        self.ui.actionsTable.setCurrentIndex(index)
        self.ui.actionsTable.edit(index)

    @staticmethod
    def _remove_current(view: QTableView, model: RecordTableModel[Any]) -> None:
        index = view.currentIndex()
        if index.isValid():
            model.remove(index.row())


def _line_edits(*combos: QComboBox) -> list[QLineEdit]:
    """The text fields of editable combo boxes (a name typed for a non-member)."""
    return [edit for combo in combos if (edit := combo.lineEdit()) is not None]


def _set_person(combo: QComboBox, member_id: int | None, name: str) -> None:
    position = combo.findData(member_id) if member_id is not None else -1
    if position >= 0:
        combo.setCurrentIndex(position)
    else:
        combo.setCurrentIndex(0)
        combo.setEditText(name)


def _person(combo: QComboBox) -> tuple[int | None, str]:
    """A member chosen from the list, or a name typed for someone who is not one."""
    text = one_line(combo.currentText())
    chosen = combo.currentIndex()
    if chosen > 0 and combo.itemText(chosen) == text:  # of two members of one name, this one
        return combo.itemData(chosen), text
    position = combo.findText(text)
    member_id = combo.itemData(position) if position > 0 else None
    return member_id, text

"""The person's side of the 发展党员 page: the fields and the timeline of steps, read into a
`Recruit` and back. The page owns saving; this only knows the widgets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QHeaderView

from branchdesk.core.dates import parse_date_text
from branchdesk.core.enums import Education, Gender
from branchdesk.core.labels import Language, label
from branchdesk.core.members import phone_text
from branchdesk.core.recruiting import (
    MEETING_STEPS,
    LeaveReason,
    Recruit,
    RecruitStep,
    StepKind,
)
from branchdesk.core.validation import REQUIRED, FieldError, date_error, one_line
from branchdesk.ui.field_errors import FieldErrors
from branchdesk.ui.forms.ui_recruiting_page import Ui_RecruitingPage
from branchdesk.ui.models.recruit_tables import step_columns
from branchdesk.ui.models.recruit_timeline import TimelineModel
from branchdesk.ui.widgets.choice_delegate import ChoiceDelegate


class RecruitFields:
    def __init__(self, ui: Ui_RecruitingPage, language: Language) -> None:
        self.ui = ui
        self._loaded: Recruit | None = None
        self._loaded_state: tuple[object, ...] = ()
        self.steps = TimelineModel(step_columns(language), "StepTable", ui.stepsTable)
        ui.stepsTable.setModel(self.steps)
        ui.stepsTable.verticalHeader().hide()
        # Tab leaves the timeline for 环节 and 添加环节 (arrows move between cells); walking
        # nine cells a step, a long timeline kept Tab from ever reaching them.
        ui.stepsTable.setTabKeyNavigation(False)
        header = ui.stepsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.steps.column_of("note"), QHeaderView.ResizeMode.Stretch)
        ui.stepsTable.setItemDelegateForColumn(
            self.steps.column_of("reason"),
            ChoiceDelegate(
                lambda: [("", ""), *((label(r, language), r.value) for r in LeaveReason)]
            ),
        )
        ui.genderCombo.addItem("", None)
        for gender in Gender:
            ui.genderCombo.addItem(label(gender, language), gender.value)
        ui.educationCombo.addItem("", None)
        for education in Education:
            ui.educationCombo.addItem(label(education, language), education.value)
        for kind in StepKind:
            if kind not in MEETING_STEPS:  # those are a 支部党员大会's resolution
                ui.stepKindCombo.addItem(label(kind, language), kind.value)
        self.errors = FieldErrors(
            {
                "name": (ui.nameEdit, ui.nameError),
                "birth_date": (ui.birthEdit, ui.birthError),
                "applied_on": (ui.appliedEdit, ui.appliedError),
                "ethnicity": (ui.ethnicityEdit, ui.ethnicityError),
                "job": (ui.jobEdit, ui.jobError),
                "phone": (ui.phoneEdit, ui.phoneError),
                "steps": (ui.stepsTable, ui.stepsError),
            }
        )
        ui.appliedEdit.textChanged.connect(self._show_application)
        # After the edit is committed and its editor closed: the timeline in date order.
        self.steps.record_edited.connect(
            lambda _row, step: QTimer.singleShot(0, lambda: self._keep_date_order(step))
        )

    def _keep_date_order(self, edited: RecruitStep) -> None:
        """A step whose date was changed moves to its place, and the cursor with it."""
        steps = self.steps.records()
        ordered = Recruit("", date.min, steps=tuple(steps)).ordered_steps()
        if ordered == steps:
            return
        self.steps.set_records(ordered)
        row = next((r for r, s in enumerate(ordered) if s is edited), None)
        if row is not None:
            column = self.steps.column_of("on")
            view_row = row + self.steps.rowCount() - len(ordered)  # after the application
            self.ui.stepsTable.setCurrentIndex(self.steps.index(view_row, column))

    def _show_application(self, text: str) -> None:
        """The timeline's first row is the application date as typed, once it reads."""
        try:
            self.steps.set_application(parse_date_text(text))
        except ValueError:
            self.steps.set_application(None)

    def load(self, recruit: Recruit | None) -> None:
        ui = self.ui
        self._loaded = recruit
        self.errors.clear()
        r = recruit or Recruit("", date.today())
        ui.nameEdit.setText(r.name)
        ui.genderCombo.setCurrentIndex(max(0, ui.genderCombo.findData(_value(r.gender))))
        ui.birthEdit.setText(r.birth_date.isoformat() if r.birth_date else "")
        ui.appliedEdit.setText(r.applied_on.isoformat() if recruit is not None else "")
        ui.ethnicityEdit.setText(r.ethnicity)
        index = ui.educationCombo.findData(_value(r.education))
        ui.educationCombo.setCurrentIndex(max(0, index))
        ui.jobEdit.setText(r.job)
        ui.phoneEdit.setText(r.phone)
        ui.planInSpin.setValue(r.plan_year or 0)
        ui.noteEdit.setPlainText(r.note)
        self.steps.set_records(r.ordered_steps())
        self._loaded_state = self._snapshot()

    def collect(self) -> tuple[Recruit | None, list[FieldError]]:
        ui = self.ui
        errors: list[FieldError] = []
        birth = self._date("birth_date", ui.birthEdit.text(), errors)
        applied = self._date("applied_on", ui.appliedEdit.text(), errors)
        if applied is None and not errors:
            errors.append(FieldError("applied_on", REQUIRED))
        if errors or applied is None:
            return None, errors
        base = self._loaded or Recruit("", applied)
        gender, education = ui.genderCombo.currentData(), ui.educationCombo.currentData()
        recruit = replace(
            base,
            name=one_line(ui.nameEdit.text()),
            applied_on=applied,
            birth_date=birth,
            gender=Gender(gender) if gender else None,
            ethnicity=one_line(ui.ethnicityEdit.text()),
            education=Education(education) if education else None,
            job=one_line(ui.jobEdit.text()),
            phone=phone_text(one_line(ui.phoneEdit.text())),  # as the member form reads it
            plan_year=ui.planInSpin.value() or None,
            note=ui.noteEdit.toPlainText(),
            steps=tuple(self.steps.records()),
        )
        return recruit, []

    def changed(self) -> bool:
        """Anything typed since the person was loaded (the widgets, not a parsed record, so a
        half-typed date counts and an untouched new form does not)."""
        return self._snapshot() != self._loaded_state

    def _snapshot(self) -> tuple[object, ...]:
        ui = self.ui
        return (
            ui.nameEdit.text(), ui.genderCombo.currentIndex(), ui.birthEdit.text(),
            ui.appliedEdit.text(), ui.ethnicityEdit.text(), ui.educationCombo.currentIndex(),
            ui.jobEdit.text(), ui.phoneEdit.text(), ui.planInSpin.value(),
            ui.noteEdit.toPlainText(), tuple(self.steps.records()),
        )  # fmt: skip

    def add_step(self, today: date) -> None:
        kind = StepKind(self.ui.stepKindCombo.currentData())
        row = self.steps.append(RecruitStep(kind, today))
        self.ui.stepsTable.setCurrentIndex(self.steps.index(row, 0))
        self.ui.stepsTable.setFocus()  # the date typed next goes into the new step

    def remove_step(self) -> str:
        """Remove the current step; a meeting's step cannot be (the text says why)."""
        row = self.ui.stepsTable.currentIndex().row()
        if row < 0:
            return ""
        if self.steps.is_application(row):
            return QCoreApplication.translate(
                "RecruitingPage",
                "The application is the person's 申请入党时间: change or clear it above.",
            )
        if self.steps.record(row).from_meeting:
            return QCoreApplication.translate(
                "RecruitingPage",
                "This step is a resolution of a 支部党员大会: change or delete it on 组织生活.",
            )
        self.steps.remove(row)
        return ""

    def _date(self, field: str, text: str, errors: list[FieldError]) -> date | None:
        try:
            return parse_date_text(text)
        except ValueError as exc:  # as the other forms say it: 2026-02 has 28 days
            errors.append(date_error(field, exc))
            return None


def _value(member: Gender | Education | None) -> str | None:
    return member.value if member is not None else None

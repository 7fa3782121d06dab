"""志愿服务 and 教育培训: the record-list pattern with each year's hours per member."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from branchdesk.core import registry
from branchdesk.core.committee import holder_on
from branchdesk.core.enums import Post
from branchdesk.core.found_by import found_by
from branchdesk.core.labels import label
from branchdesk.core.members import Member
from branchdesk.core.training import (
    DEFAULT_STUDY_HOURS,
    Training,
    TrainingForm,
    secretary_trainings,
    study_hours,
)
from branchdesk.core.volunteer import VolunteerActivity, volunteer_hours
from branchdesk.ui.i18n import label_language
from branchdesk.ui.models.activity_tables import hours_text, training_columns, volunteer_columns
from branchdesk.ui.pages.record_list_page import RecordListPage
from branchdesk.ui.pages.training_form import TrainingRecordForm
from branchdesk.ui.pages.volunteer_form import VolunteerForm
from branchdesk.ui.ports import BranchRecords, EvidenceFiles, MemberRecords, Records


class VolunteerPage(RecordListPage[VolunteerActivity]):
    def __init__(
        self,
        activities: Records[VolunteerActivity],
        members: MemberRecords,
        attachments: EvidenceFiles,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        self._activities = activities
        self._members_repo = members
        self._members: list[Member] = []
        self._names: dict[int, str] = {}
        super().__init__(
            activities,
            VolunteerForm(attachments),
            volunteer_columns(lambda i: self._names.get(i or 0, "")),
            "VolunteerTable",
            today,
            parent,
        )
        self.ui.newButton.setText(self.tr("&New activity"))

    def load_choices(self) -> None:
        self._members = self._members_repo.all()
        self._names = {m.id: m.name for m in self._members if m.id is not None}
        assert isinstance(self.form, VolunteerForm)
        self.form.set_choices(self._members, self._today())

    def year_of(self, record: VolunteerActivity) -> int:
        return record.held_on.year

    def text_of(self, record: VolunteerActivity) -> str:
        return found_by(registry.VOLUNTEER_ACTIVITIES.key, record, self._names)

    def store(self, record: VolunteerActivity) -> VolunteerActivity:
        return self._activities.save(record, self._today())

    def summary(self, year: int) -> str:
        activities = self._activities.all(year)
        rows = volunteer_hours(self._members, activities, year)
        total = sum(r.hours for r in rows)
        idle = [self._names.get(r.member_id, "") for r in rows if r.hours == 0]
        text = QCoreApplication.translate(
            "VolunteerPage", "{year}: {count} activities, {hours} member hours ({average} each)."
        ).format(
            year=year,
            count=len(activities),
            hours=hours_text(total),
            average=hours_text(round(total / len(rows), 1)) if rows else "0",
        )
        if idle:
            text += " " + QCoreApplication.translate(
                "VolunteerPage", "No service yet: {names}."
            ).format(names="、".join(idle))
        return text


class TrainingPage(RecordListPage[Training]):
    def __init__(
        self,
        trainings: Records[Training],
        members: MemberRecords,
        branch: BranchRecords,
        attachments: EvidenceFiles,
        today: Callable[[], date] = date.today,
        required_hours: Callable[[], float] = lambda: DEFAULT_STUDY_HOURS,
        parent: QWidget | None = None,
    ) -> None:
        self._trainings = trainings
        self._members_repo = members
        self._branch = branch
        self._required = required_hours
        self._members: list[Member] = []
        self._names: dict[int, str] = {}
        self._language = label_language()
        super().__init__(
            trainings,
            TrainingRecordForm(attachments),
            training_columns(self._language, lambda i: self._names.get(i or 0, "")),
            "TrainingTable",
            today,
            parent,
        )
        self.ui.newButton.setText(self.tr("&New training"))

    def load_choices(self) -> None:
        self._members = self._members_repo.all()
        self._names = {m.id: m.name for m in self._members if m.id is not None}
        assert isinstance(self.form, TrainingRecordForm)
        self.form.set_choices(self._members, self._today())

    def year_of(self, record: Training) -> int:
        return record.starts_on.year

    def kind_of(self, record: Training) -> str:
        return record.form.value

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(label(f, label_language()), f.value) for f in TrainingForm]

    def text_of(self, record: Training) -> str:
        return found_by(registry.TRAININGS.key, record, self._names)

    def store(self, record: Training) -> Training:
        return self._trainings.save(record, self._today())

    def summary(self, year: int) -> str:
        required = self._required()
        trainings = self._trainings.all(year)
        rows = study_hours(self._members, trainings, year, required)
        below = [
            f"{self._names.get(r.member_id, '')} {hours_text(r.hours)}/{hours_text(r.required)}"
            for r in rows
            if not r.met
        ]
        terms = self._branch.terms()
        secretary = holder_on(terms, Post.SECRETARY, min(self._today(), date(year, 12, 31)))
        text = QCoreApplication.translate(
            "TrainingPage",
            "{year}: {met} of {members} members reached their study hours "
            "({required} a year, in proportion for part of a year).",
        ).format(
            year=year,
            met=sum(1 for r in rows if r.met),
            members=len(rows),
            required=hours_text(required),
        )
        if below:
            text += " " + QCoreApplication.translate("TrainingPage", "Below: {names}.").format(
                names="、".join(below)
            )
        text += " " + QCoreApplication.translate(
            "TrainingPage", "The secretary ({name}) attended {count} centralised trainings."
        ).format(
            name=self._names.get(secretary or 0, "—"),
            count=len(secretary_trainings(trainings, terms, year)),
        )
        return text

"""Education and training (教育培训): study hours per member, the secretary's training."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from branchdesk.core.committee import holder_on
from branchdesk.core.enums import Post
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import register_labels
from branchdesk.core.members import Member
from branchdesk.core.membership import in_proportion, presence_periods
from branchdesk.core.organisation import CommitteeTerm
from branchdesk.core.participation import (
    Participant,
    hours_per_member,
    validate_participants,
    year_bounds,
)
from branchdesk.core.validation import FieldError, limit_text, not_in_future, require_text

DEFAULT_STUDY_HOURS = 32.0  # 教育管理条例 art. 20; the rule set may change it

# Suggestions for the free-text organiser field.
TRAINING_ORGANISERS = ("上级党委", "区委党校", "市委党校", "学习强国", "全国党员教育平台", "本支部")


class TrainingForm(StrEnum):
    CENTRALISED = "centralised"  # 集中培训
    ONLINE = "online"  # 网络培训
    SELF_STUDY = "self_study"  # 个人自学


register_labels(
    {
        TrainingForm.CENTRALISED: ("Centralised training", "集中培训"),
        TrainingForm.ONLINE: ("Online training", "网络培训"),
        TrainingForm.SELF_STUDY: ("Self-study", "个人自学"),
    }
)


@dataclass(frozen=True)
class Training:
    starts_on: date
    title: str
    participants: tuple[Participant, ...]
    form: TrainingForm = TrainingForm.CENTRALISED
    ends_on: date | None = None  # for a training of several days
    organiser: str = ""
    hours: float = 0.0  # the study hours the training gives (学时); each participant's may differ
    content: str = ""
    id: int | None = None

    @property
    def last_day(self) -> date:
        return self.ends_on or self.starts_on


# The longest text each field takes: validate_training checks them, the form reads them.
TRAINING_LIMITS = {"title": 200, "organiser": 200, "content": 8000}
ENDS_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The last day cannot precede the first.")
BAD_TRAINING_HOURS = QT_TRANSLATE_NOOP("Validation", "Study hours must be between 0 and 1000.")


def validate_training(training: Training, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    not_in_future(errors, "starts_on", training.starts_on, today)
    if training.ends_on is not None and training.ends_on < training.starts_on:
        errors.append(FieldError("ends_on", ENDS_BEFORE_START))
    require_text(errors, "title", training.title, TRAINING_LIMITS["title"])
    limit_text(errors, "organiser", training.organiser, TRAINING_LIMITS["organiser"])
    limit_text(errors, "content", training.content, TRAINING_LIMITS["content"])
    if not 0 <= training.hours <= 1000:
        errors.append(FieldError("hours", BAD_TRAINING_HOURS))
    validate_participants(errors, training.participants)
    return errors


@dataclass(frozen=True)
class StudyHours:
    member_id: int
    hours: float
    required: float

    @property
    def shortfall(self) -> float:
        return max(0.0, round(self.required - self.hours, 2))

    @property
    def met(self) -> bool:
        return self.hours >= self.required


def hours_due(member: Member, year: int, required: float, since: date | None = None) -> float:
    """*required* in proportion to the days *member* belonged to the branch in *year*, rounded
    up to whole hours — the way the compliance rule set counts a part year. Days before
    *since* (the day the branch began keeping its records here) owe nothing."""
    start, end = year_bounds(year)
    days = (end - start).days + 1
    if since is not None and since > start:
        start = since
    present = 0
    for first, stop in presence_periods(member):
        last = end if stop is None else min(end, stop - timedelta(days=1))
        present += max(0, (last - max(start, first)).days + 1)
    return in_proportion(required, present, days)


def study_hours(
    members: Iterable[Member],
    trainings: Iterable[Training],
    year: int,
    required: float = DEFAULT_STUDY_HOURS,
    *,
    in_proportion: bool = True,
    since: date | None = None,
) -> list[StudyHours]:
    """Each member of the branch during *year* with their study hours against *required*.

    A training counts in the year it starts. A member who joined or left during the year
    owes *required* in proportion to the days they belonged (unless *in_proportion* is off).
    """
    members = list(members)
    by_id = {m.id: m for m in members}
    rows = hours_per_member(members, ((t.starts_on, t.participants) for t in trainings), year)
    return [
        StudyHours(
            r.member_id,
            r.hours,
            hours_due(by_id[r.member_id], year, required, since) if in_proportion else required,
        )
        for r in rows
    ]


def centralised_trainings_of(
    member_id: int, trainings: Iterable[Training], year: int
) -> list[Training]:
    return [
        t
        for t in trainings
        if t.starts_on.year == year
        and t.form == TrainingForm.CENTRALISED
        and any(p.member_id == member_id for p in t.participants)
    ]


def secretary_trainings(
    trainings: Iterable[Training], terms: Iterable[CommitteeTerm], year: int
) -> list[Training]:
    """Centralised trainings in *year* attended by whoever was secretary on that training's date."""
    terms = list(terms)
    result = []
    for t in trainings:
        if t.starts_on.year != year or t.form != TrainingForm.CENTRALISED:
            continue
        secretary = holder_on(terms, Post.SECRETARY, t.starts_on)
        if secretary is not None and any(p.member_id == secretary for p in t.participants):
            result.append(t)
    return result

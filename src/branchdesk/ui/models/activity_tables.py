"""Columns of the talks, volunteer service and training tables (tested without widgets)."""

from __future__ import annotations

from collections.abc import Callable

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.participation import Participant
from branchdesk.core.talks import Talk
from branchdesk.core.training import Training
from branchdesk.core.volunteer import VolunteerActivity
from branchdesk.ui.models.record_table import Column

NameOf = Callable[[int | None], str]


def people_text(names: list[str], limit: int = 4) -> str:
    shown = "、".join(names[:limit])
    return shown + (f" 等{len(names)}人" if len(names) > limit else "")


def member_hours(participants: tuple[Participant, ...]) -> float:
    return sum(p.hours for p in participants if p.member_id is not None)


def hours_text(value: float) -> str:
    return f"{value:g}"


def talk_columns(language: Language, name_of: NameOf) -> list[Column[Talk]]:
    def counterparts(talk: Talk) -> str:
        return people_text([c.name or name_of(c.member_id) for c in talk.counterparts])

    return [
        Column(
            "held_on",
            QT_TRANSLATE_NOOP("TalkTable", "Date"),
            lambda t: t.held_on.isoformat(),
            sort_key=lambda t: f"{t.held_on} {t.starts_at or ''}",
        ),
        Column("kind", QT_TRANSLATE_NOOP("TalkTable", "Kind"), lambda t: label(t.kind, language)),
        Column("talker", QT_TRANSLATE_NOOP("TalkTable", "Talker"), lambda t: name_of(t.talker_id)),
        Column("counterparts", QT_TRANSLATE_NOOP("TalkTable", "Talked with"), counterparts),
        Column("topic", QT_TRANSLATE_NOOP("TalkTable", "Topic"), lambda t: t.topic),
        Column("place", QT_TRANSLATE_NOOP("TalkTable", "Place"), lambda t: t.place),
    ]


def volunteer_columns(name_of: NameOf) -> list[Column[VolunteerActivity]]:
    return [
        Column(
            "held_on",
            QT_TRANSLATE_NOOP("VolunteerTable", "Date"),
            lambda a: a.held_on.isoformat(),
            sort_key=lambda a: a.held_on,
        ),
        Column("title", QT_TRANSLATE_NOOP("VolunteerTable", "Title"), lambda a: a.title),
        Column("form", QT_TRANSLATE_NOOP("VolunteerTable", "Form"), lambda a: a.form),
        Column(
            "members",
            QT_TRANSLATE_NOOP("VolunteerTable", "Members"),
            lambda a: str(sum(1 for p in a.participants if p.member_id is not None)),
            sort_key=lambda a: sum(1 for p in a.participants if p.member_id is not None),
            align_right=True,
        ),
        Column(
            "hours",
            QT_TRANSLATE_NOOP("VolunteerTable", "Member hours"),
            lambda a: hours_text(member_hours(a.participants)),
            sort_key=lambda a: member_hours(a.participants),
            align_right=True,
        ),
        Column(
            "served",
            QT_TRANSLATE_NOOP("VolunteerTable", "People served"),
            lambda a: str(a.people_served),
            sort_key=lambda a: a.people_served,
            align_right=True,
        ),
        Column("place", QT_TRANSLATE_NOOP("VolunteerTable", "Place"), lambda a: a.place),
    ]


def training_columns(language: Language, name_of: NameOf) -> list[Column[Training]]:
    def days(t: Training) -> str:
        if t.ends_on is None or t.ends_on == t.starts_on:
            return t.starts_on.isoformat()
        return f"{t.starts_on.isoformat()} – {t.ends_on:%m-%d}"

    return [
        Column(
            "starts_on",
            QT_TRANSLATE_NOOP("TrainingTable", "Date"),
            days,
            sort_key=lambda t: t.starts_on,
        ),
        Column("title", QT_TRANSLATE_NOOP("TrainingTable", "Title"), lambda t: t.title),
        Column(
            "form", QT_TRANSLATE_NOOP("TrainingTable", "Form"), lambda t: label(t.form, language)
        ),
        Column("organiser", QT_TRANSLATE_NOOP("TrainingTable", "Organiser"), lambda t: t.organiser),
        Column(
            "hours",
            QT_TRANSLATE_NOOP("TrainingTable", "Study hours"),
            lambda t: hours_text(t.hours),
            sort_key=lambda t: t.hours,
            align_right=True,
        ),
        Column(
            "participants",
            QT_TRANSLATE_NOOP("TrainingTable", "Participants"),
            lambda t: people_text([p.name or name_of(p.member_id) for p in t.participants], 3),
            sort_key=lambda t: len(t.participants),
        ),
    ]

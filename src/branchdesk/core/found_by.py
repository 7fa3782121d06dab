"""The text a record is found by: one declaration per record type, read two ways.

`found_by(key, record, names)` gives the text of a record in hand (a page's filter box);
`store/record_tables` turns the same parts into the SQL that fills the search index. So the
filter above a table and the search box find the same records (提醒谈话 by its kind in both);
`tests/store/test_found_by.py` compares the two texts for every record of the demo branch.
One exception, on purpose: a `Masked` field (a member's ID number) is found by the page's
filter only — in the index, a search result's snippet would show the number the UI masks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from branchdesk.core import registry
from branchdesk.core.labels import label
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.talks import TalkKind
from branchdesk.core.training import TrainingForm


@dataclass(frozen=True)
class Text:
    """A text field of the record."""

    field: str


@dataclass(frozen=True)
class KindLabel:
    """The Chinese name of an enum field: 党课, 提醒谈话, 网络培训."""

    field: str
    kind: type[StrEnum]


@dataclass(frozen=True)
class Person:
    """A member id field, as the member's name."""

    field: str


@dataclass(frozen=True)
class People:
    """Child records naming a member or a typed non-member (participants, counterparts)."""

    field: str


@dataclass(frozen=True)
class Each:
    """Texts of child records (a resolution's text; an action's item and measure); a child
    that is itself a text (an agenda item) is stored in a column named `text`."""

    field: str
    columns: tuple[str, ...] = ("text",)


@dataclass(frozen=True)
class Named:
    """An id field, as the name of the row it points to in *table* (an organisation)."""

    field: str
    table: str


@dataclass(frozen=True)
class NamedEach:
    """An id *column* of each child record, as names in *table*: the party groups a member
    was put in by a move or a transfer (events in date order)."""

    field: str
    column: str
    table: str


@dataclass(frozen=True)
class Masked:
    """A field the UI shows masked (the ID number): the page's filter finds by it, the
    search index leaves it out."""

    field: str


@dataclass(frozen=True)
class Evidence:
    """Captions and file names of the record's attachments."""


Part = Text | KindLabel | Person | People | Each | Named | NamedEach | Masked | Evidence

FOUND_BY: dict[str, tuple[Part, ...]] = {
    registry.MEMBERS.key: (
        *map(Text, ("name", "phone", "job")),
        Masked("id_number"),
        Text("ethnicity"),
        Text("note"),
        Named("organisation_id", "organisations"),
        Named("group_id", "party_groups"),  # the group at admission or transfer in
        NamedEach("events", "group_id", "party_groups"),  # and every group moved to since
    ),
    registry.MEETINGS.key: (
        KindLabel("kind", MeetingKind),
        *map(Text, ("title", "number", "topic", "theme", "place", "host_name")),
        *map(Text, ("recorder_name", "lecturer_name", "non_member_attendees")),
        Text("upper_attendees"),
        Each("agenda"),
        Text("studied"),
        Text("minutes"),
        Each("resolutions"),
        Text("summary"),
        Each("actions", ("item", "measure")),
        Evidence(),
    ),
    registry.TALKS.key: (
        KindLabel("kind", TalkKind),
        Text("topic"),
        Text("place"),
        Person("talker_id"),
        Text("others_present"),
        People("counterparts"),
        *map(Text, ("content", "problems", "suggestions", "follow_up")),
    ),
    registry.VOLUNTEER_ACTIVITIES.key: (
        *map(Text, ("title", "place", "organiser", "form", "description")),
        People("participants"),
        Evidence(),
    ),
    registry.TRAININGS.key: (
        Text("title"),
        KindLabel("form", TrainingForm),
        Text("organiser"),
        Text("content"),
        People("participants"),
        Evidence(),
    ),
}


def found_by(
    key: str,
    record: Any,
    names: Mapping[int, str],
    evidence: str = "",
    *,
    named: Mapping[str, Mapping[int, str]] | None = None,
    masked: bool = False,
) -> str:
    """The text record *record* of type *key* is found by; *names*: member names by id,
    *evidence*: its attachments' captions and file names, where the caller has them;
    *named*: names by id of the tables `Named` parts point to; *masked*: with the `Masked`
    fields (a page's filter), or without (what the search index holds)."""
    tables = named or {}
    return " ".join(
        _part_text(part, record, names, evidence, tables)
        for part in FOUND_BY[key]
        if masked or not isinstance(part, Masked)
    )


def _part_text(
    part: Part,
    record: Any,
    names: Mapping[int, str],
    evidence: str,
    tables: Mapping[str, Mapping[int, str]],
) -> str:
    if isinstance(part, Text | Masked):
        return str(getattr(record, part.field) or "")
    if isinstance(part, Named):
        return tables.get(part.table, {}).get(getattr(record, part.field), "")
    if isinstance(part, NamedEach):
        table = tables.get(part.table, {})
        ids = (getattr(child, part.column) for child in getattr(record, part.field))
        return " ".join(name for i in ids if i is not None and (name := table.get(i)))
    if isinstance(part, KindLabel):
        value = getattr(record, part.field)
        return label(value, "zh") if value else ""
    if isinstance(part, Person):
        return names.get(getattr(record, part.field), "")
    if isinstance(part, People):
        return " ".join(
            names.get(c.member_id, "") if c.member_id is not None else c.name
            for c in getattr(record, part.field)
        )
    if isinstance(part, Each):
        return " ".join(
            c if isinstance(c, str) else " ".join(str(getattr(c, col)) for col in part.columns)
            for c in getattr(record, part.field)
        )
    return evidence

"""The editable list of a member's membership events inside the member form."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from typing import Any

from branchdesk.core.dates import parse_date_text
from branchdesk.core.enums import MembershipEventKind
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.members import MembershipEvent
from branchdesk.ui.models.record_table import Column, RecordTableModel


def _with_date(event: MembershipEvent, text: Any) -> MembershipEvent:
    try:
        day = parse_date_text(str(text))
    except ValueError:
        return event  # an unreal date leaves the cell as it was
    return dataclasses.replace(event, occurred_on=day or event.occurred_on)


def events_model(
    language: Language, group_name: Callable[[int | None], str], parent: Any = None
) -> RecordTableModel[MembershipEvent]:
    columns: list[Column[MembershipEvent]] = [
        Column(
            "occurred_on",
            QT_TRANSLATE_NOOP("EventsTable", "Date"),
            lambda e: e.occurred_on.isoformat(),
            edit=_with_date,
        ),
        Column(
            "kind",
            QT_TRANSLATE_NOOP("EventsTable", "Event"),
            lambda e: label(e.kind, language),
            edit=lambda e, v: dataclasses.replace(e, kind=MembershipEventKind(v)),
            edit_value=lambda e: e.kind.value,
        ),
        Column(
            "group",
            QT_TRANSLATE_NOOP("EventsTable", "New group"),
            lambda e: group_name(e.group_id) if e.kind == MembershipEventKind.GROUP_MOVED else "",
            edit=lambda e, v: dataclasses.replace(e, group_id=v),
            edit_value=lambda e: e.group_id,
        ),
        Column(
            "note",
            QT_TRANSLATE_NOOP("EventsTable", "Note"),
            lambda e: e.note,
            edit=lambda e, v: dataclasses.replace(e, note=str(v)),
        ),
    ]
    return RecordTableModel(columns, "EventsTable", parent)


def new_event(today: date) -> MembershipEvent:
    return MembershipEvent(MembershipEventKind.TRANSFERRED_IN, today)

"""Columns of the meetings list and of the resolutions and rectification tables edited in
place inside a meeting's form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from branchdesk.core.dates import parse_date_text
from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.labels import Language, label
from branchdesk.core.meetings import ActionItem, ActionKind, Meeting, Resolution
from branchdesk.core.validation import one_line
from branchdesk.ui.models.record_table import Column


def meeting_columns(
    language: Language, attendance_of: Callable[[Meeting], tuple[int, int]]
) -> list[Column[Meeting]]:
    """*attendance_of* gives (present, expected); the column shows 22/25 and sorts by the
    share present, so the worst attended meetings come first (as text, 3/5 sorted after
    24/25). A meeting nobody was due at sorts with the least attended."""

    def attendance(meeting: Meeting) -> str:
        present, expected = attendance_of(meeting)
        return f"{present}/{expected}"

    def share_present(meeting: Meeting) -> float:  # a number: the proxy compares no tuples
        present, expected = attendance_of(meeting)
        return present / expected if expected else 0.0

    return [
        Column(
            "held_on",
            QT_TRANSLATE_NOOP("MeetingTable", "Date"),
            lambda m: m.held_on.isoformat(),
        ),
        Column(
            "kind", QT_TRANSLATE_NOOP("MeetingTable", "Kind"), lambda m: label(m.kind, language)
        ),
        Column("title", QT_TRANSLATE_NOOP("MeetingTable", "Title"), lambda m: m.display_title),
        Column("host", QT_TRANSLATE_NOOP("MeetingTable", "Host"), lambda m: m.host_name),
        Column(
            "attendance",
            QT_TRANSLATE_NOOP("MeetingTable", "Present/expected"),
            attendance,
            sort_key=share_present,
        ),
    ]


def _count(value: Any) -> int:
    try:
        return max(0, int(value))
    except (TypeError, ValueError):
        return 0


def _votes(key: str, header: str, field: str) -> Column[Resolution]:
    """A vote count edited in place (a number ≥ 0)."""
    return Column(
        key,
        header,
        lambda r: str(getattr(r, field)),
        edit=lambda r, v: replace(r, **{field: _count(v)}),
        edit_value=lambda r: getattr(r, field),
        align_right=True,
    )


def resolution_columns(outcome: Callable[[Resolution], str]) -> list[Column[Resolution]]:
    return [
        Column(
            "text",
            QT_TRANSLATE_NOOP("ResolutionTable", "Resolution"),
            lambda r: r.text,
            edit=lambda r, v: replace(r, text=one_line(str(v))),
        ),
        _votes("for", QT_TRANSLATE_NOOP("ResolutionTable", "For"), "votes_for"),
        _votes("against", QT_TRANSLATE_NOOP("ResolutionTable", "Against"), "votes_against"),
        _votes("abstain", QT_TRANSLATE_NOOP("ResolutionTable", "Abstain"), "abstentions"),
        Column("outcome", QT_TRANSLATE_NOOP("ResolutionTable", "Outcome"), outcome),
    ]


def _date(value: Any) -> date | None:
    """A date typed as in every date field (2026-12-31, 2026.12.31, 2026年12月31日); raises
    ValueError for text that is none, so the cell keeps its date instead of going blank."""
    return parse_date_text(str(value or ""))


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def action_columns(language: Language) -> list[Column[ActionItem]]:
    return [
        Column(
            "kind",
            QT_TRANSLATE_NOOP("ActionTable", "Kind"),
            lambda a: label(a.kind, language),
            edit=lambda a, v: replace(a, kind=ActionKind(v)),
            edit_value=lambda a: a.kind.value,
        ),
        Column(
            "item",
            QT_TRANSLATE_NOOP("ActionTable", "Item"),
            lambda a: a.item,
            edit=lambda a, v: replace(a, item=one_line(str(v))),
        ),
        Column(
            "measure",
            QT_TRANSLATE_NOOP("ActionTable", "Measure"),
            lambda a: a.measure,
            edit=lambda a, v: replace(a, measure=one_line(str(v))),
        ),
        Column(
            "deadline",
            QT_TRANSLATE_NOOP("ActionTable", "Deadline"),
            lambda a: _iso(a.deadline),
            edit=lambda a, v: replace(a, deadline=_date(v)),
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("ActionTable", "Owner"),
            lambda a: a.owner,
            edit=lambda a, v: replace(a, owner=one_line(str(v))),
        ),
        Column(
            "done_on",
            QT_TRANSLATE_NOOP("ActionTable", "Done on"),
            lambda a: _iso(a.done_on),
            edit=lambda a, v: replace(a, done_on=_date(v)),
        ),
    ]

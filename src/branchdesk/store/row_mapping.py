"""A record's row, by column name, from its dataclass: each field said once.

A column has the name of the field it stores, and its conversion follows from the field's
type (an ISO date, "HH:MM" for a time, an enum's value, 0/1 for a flag), so a repository
names only what is not a column (child records, read separately) and the texts it keeps
exactly as typed. Reading by name rather than by position means a column added to the
table and the dataclass needs no renumbering of `row[0] … row[12]`.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from datetime import date, time
from enum import Enum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")

Convert = Callable[[Any], Any]


@dataclasses.dataclass(frozen=True)
class _Column:
    name: str
    to_sql: Convert
    from_sql: Convert


class RowMap(Generic[T]):
    """The columns of dataclass *cls*: every field but `id` and *children* (a class without
    an `id` field is a single row, such as the branch)."""

    def __init__(
        self,
        cls: type[T],
        *,
        children: Iterable[str] = (),
        untrimmed: Iterable[str] = (),
        written: Mapping[str, Convert] | None = None,
    ) -> None:
        """*untrimmed*: texts stored as typed (a talk's content); every other text is
        stripped. *written*: a field's own conversion on the way in (an ID number in
        capitals), applied before the one its type gives."""
        self.cls = cls
        self._children = frozenset(children)
        self._untrimmed = frozenset(untrimmed)
        self._written = dict(written or {})
        self._has_id = any(f.name == "id" for f in dataclasses.fields(cls))

    @cached_property
    def _columns(self) -> tuple[_Column, ...]:
        hints = typing.get_type_hints(self.cls)
        columns = []
        for f in dataclasses.fields(self.cls):
            if f.name in self._children or f.name == "id":
                continue
            to_sql, from_sql = _conversions(hints[f.name], trim=f.name not in self._untrimmed)
            own = self._written.get(f.name)
            if own is not None:
                to_sql = _then(own, to_sql)
            columns.append(_Column(f.name, to_sql, from_sql))
        return tuple(columns)

    @cached_property
    def select_list(self) -> str:
        """`id, <column>, …` for a SELECT."""
        names = [c.name for c in self._columns]
        return ", ".join(["id", *names] if self._has_id else names)

    def values(self, record: T) -> dict[str, Any]:
        """The column values of *record* for an INSERT or UPDATE (without `id`)."""
        return {c.name: c.to_sql(getattr(record, c.name)) for c in self._columns}

    def record(self, row: sqlite3.Row, **children: Any) -> T:
        """The dataclass of *row* (selected with `select_list`), with its children."""
        fields = {c.name: c.from_sql(row[c.name]) for c in self._columns}
        make = typing.cast(Callable[..., T], self.cls)
        if self._has_id:
            fields["id"] = row["id"]
        return make(**fields, **children)


def _then(first: Convert, second: Convert) -> Convert:
    return lambda value: second(first(value))


def _conversions(hint: Any, *, trim: bool) -> tuple[Convert, Convert]:
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, hint = True, args[0]
    to_sql, from_sql = _plain(hint, trim)
    if not optional:
        return to_sql, from_sql
    # An empty text stored for an optional enum or date reads back as None.
    return (
        lambda v: None if v is None else to_sql(v),
        lambda v: None if v is None or v == "" else from_sql(v),
    )


def _plain(hint: Any, trim: bool) -> tuple[Convert, Convert]:
    if hint is date:
        return date.isoformat, date.fromisoformat
    if hint is time:
        return lambda t: t.strftime("%H:%M"), time.fromisoformat
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda e: e.value, hint
    if hint is bool:
        return int, bool
    if hint is float:
        return float, float
    if hint is str and trim:
        return str.strip, _same
    return _same, _same


def _same(value: Any) -> Any:
    return value

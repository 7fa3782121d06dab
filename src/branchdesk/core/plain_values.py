"""Frozen dataclasses as plain JSON values and back, by their fields' types.

For 未保存的内容 (branchdesk/unsaved_work.py): the rows of a table being edited (attendance,
participants, a month's dues) are records, and a crash must not lose them. A date is ISO
text, an enum its value, a tuple a list; reading follows each field's annotation, so a
record comes back equal to the one written.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from enum import Enum
from typing import Any

Plain = None | bool | int | float | str | list["Plain"] | dict[str, "Plain"]


def to_plain(value: Any) -> Plain:
    """*value* (a dataclass, enum, date, tuple, list or primitive) as JSON-able values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return to_plain(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_plain(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"{type(value).__name__} has no plain form")


def from_plain(hint: Any, plain: Any) -> Any:
    """The value of type *hint* that `to_plain` wrote as *plain*; ValueError or TypeError
    when *plain* does not fit the type."""
    origin = typing.get_origin(hint)
    if isinstance(hint, types.UnionType) or origin is typing.Union:
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        if plain is None:
            return None
        return from_plain(options[0], plain)
    if origin in (tuple, list):
        args = [a for a in typing.get_args(hint) if a is not Ellipsis] or [Any]
        items = [from_plain(args[0], item) for item in _list(plain)]
        return tuple(items) if origin is tuple else items
    if hint is Any:
        return plain
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return record_from_plain(hint, plain)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(plain)
    if hint is date:
        return date.fromisoformat(str(plain))
    if hint is float and isinstance(plain, int | float) and not isinstance(plain, bool):
        return float(plain)
    if isinstance(hint, type) and isinstance(plain, hint):
        return plain
    raise TypeError(f"{plain!r} is no {hint}")


def record_from_plain(cls: type[Any], plain: Any) -> Any:
    """The dataclass *cls* from its plain form; fields not written take their defaults."""
    if not isinstance(plain, dict):
        raise TypeError(f"{plain!r} is no {cls.__name__}")
    hints = typing.get_type_hints(cls)
    values = {
        f.name: from_plain(hints[f.name], plain[f.name])
        for f in dataclasses.fields(cls)
        if f.init and f.name in plain
    }
    return cls(**values)


def _list(plain: Any) -> list[Any]:
    if not isinstance(plain, list):
        raise TypeError(f"{plain!r} is no list")
    return plain

"""Conversions between SQLite values and Python values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

E = TypeVar("E", bound=StrEnum)


def to_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def req_date(value: Any) -> date:
    return date.fromisoformat(value)


def from_date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_enum(cls: type[E], value: Any) -> E | None:
    return cls(value) if value else None


def from_enum(value: StrEnum | None) -> str | None:
    return value.value if value is not None else None


def now_stamp() -> str:
    """UTC time with seconds, used for created/updated/deleted stamps."""
    return datetime.now(UTC).isoformat(timespec="seconds")

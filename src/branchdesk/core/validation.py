"""Validation results: which field is wrong, and why, in words a secretary understands.

Validators return a list of `FieldError`s instead of raising on the first, so that a form
can mark every wrong field at once. Messages are English source text marked for lupdate;
`params` fill their ``{placeholders}`` after translation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import date

from branchdesk.core.errors import UserError
from branchdesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str
    params: dict[str, str] = dc_field(default_factory=dict)

    def text(self) -> str:
        """The English message with its parameters filled in."""
        return self.message.format(**self.params)


class ValidationError(UserError, ValueError):
    """Raised by repositories when asked to store an invalid record."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = tuple(errors)
        super().__init__("; ".join(f"{e.field}: {e.text()}" for e in self.errors))


REQUIRED = QT_TRANSLATE_NOOP("Validation", "Required.")
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "At most {limit} characters.")
IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "Cannot be later than today ({today}).")
NOT_A_DATE = QT_TRANSLATE_NOOP("Validation", "Not a real date; use YYYY-MM-DD.")


def one_line(text: str) -> str:
    """Text for a one-line field: line breaks, tabs and runs of blanks (full-width too)
    become one space, so a name pasted from a spreadsheet cell stays on its line."""
    return " ".join(text.split())


def require_text(errors: list[FieldError], name: str, value: str, limit: int) -> None:
    if not value.strip():
        errors.append(FieldError(name, REQUIRED))
    elif len(value) > limit:
        errors.append(FieldError(name, TOO_LONG, {"limit": str(limit)}))


def limit_text(errors: list[FieldError], name: str, value: str, limit: int) -> None:
    if len(value) > limit:
        errors.append(FieldError(name, TOO_LONG, {"limit": str(limit)}))


def not_in_future(errors: list[FieldError], name: str, value: date | None, today: date) -> None:
    if value is not None and value > today:
        errors.append(FieldError(name, IN_FUTURE, {"today": today.isoformat()}))


def parse_iso_date(text: str) -> date | None:
    """A `YYYY-MM-DD` string as a date; None for empty text. Raises ValueError if unreal."""
    text = text.strip()
    if not text:
        return None
    return date.fromisoformat(text)

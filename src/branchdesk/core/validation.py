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

from branchdesk.core.dates import NoSuchDayError
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
NO_SUCH_DAY = QT_TRANSLATE_NOOP(
    "Validation", "There is no such day: {year}-{month} has {days} days."
)
NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Validation", "There is no month {month}.")


def date_error(name: str, exc: ValueError) -> FieldError:
    """Why the date typed in field *name* cannot be read: no such day (2026-11-31), no such
    month, or not a date at all."""
    if isinstance(exc, NoSuchDayError):
        if exc.days_in_month == 0:
            return FieldError(name, NO_SUCH_MONTH, {"month": str(exc.month)})
        params = {
            "year": str(exc.year),
            "month": f"{exc.month:02d}",
            "days": str(exc.days_in_month),
        }
        return FieldError(name, NO_SUCH_DAY, params)
    return FieldError(name, NOT_A_DATE)


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

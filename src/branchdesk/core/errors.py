"""The base of every error that is the user's to fix, not a bug.

The CLI prints such an error as one line and exits 1; the GUI shows it in a message box.
Anything else is a bug and keeps its traceback (in the log).

An error that a secretary meets in the GUI carries its message as a `Message`: English text
with {fields}, marked ``QT_TRANSLATE_NOOP("UserError", "...")`` where it is written, so the
UI shows it in Chinese (`ui.i18n.user_error_text`) while the CLI prints the English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from branchdesk.core.i18n import QT_TRANSLATE_NOOP

FILE_MISSING = QT_TRANSLATE_NOOP("UserError", "the file does not exist")


@dataclass(frozen=True)
class Message:
    """A translatable message: a field may itself be a Message (a reason inside a refusal),
    or a tuple of them (a list, joined with "; " here and "；" in Chinese)."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**{k: _text(v) for k, v in self.params.items()})


def _text(value: object) -> str:
    if isinstance(value, tuple):
        return "; ".join(str(item) for item in value)
    return str(value)


class UserError(Exception):
    """An error whose message is complete and meant for the user."""

    def __init__(self, message: str | Message = "") -> None:
        super().__init__(str(message))
        self.message = message if isinstance(message, Message) else None

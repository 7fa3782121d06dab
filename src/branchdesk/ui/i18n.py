"""Loading the UI language: BranchDesk's catalogue and Qt's own (dialog buttons and so on)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from branchdesk.resources import i18n_dir

if TYPE_CHECKING:  # types only: this module loads before the window first paints
    from branchdesk.core.errors import Message, UserError
    from branchdesk.core.labels import Language
    from branchdesk.core.validation import FieldError

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_SETTING = "language"  # the key in the database's settings table
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Install the translators for *language* ("zh_CN" or "en"), replacing earlier ones."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if ours.load(str(i18n_dir() / f"branchdesk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no BranchDesk translation for %s in %s", language, i18n_dir())
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)


def current_language() -> str:
    return "en" if QLocale().language() == QLocale.Language.English else "zh_CN"


def label_language() -> Language:
    """The `core.labels` language matching the UI."""
    return "en" if current_language() == "en" else "zh"


def user_error_text(error: UserError) -> str:
    """A user error's message in the UI's language (as written, when it has no `Message`)."""
    return str(error) if error.message is None else _translated(error.message)


def message_text(message: Message) -> str:
    """A Message in the UI's language."""
    return _translated(message)


def _translated(message: Message) -> str:
    return _translated_with(message, lambda source: QCoreApplication.translate("UserError", source))


def error_text(error: FieldError) -> str:
    """A validation message from core, translated, with its parameters filled in."""
    text = QCoreApplication.translate("Validation", error.message)
    return text.format(**error.params)


def message_in(message: Message, language: str, context: str = "UserError") -> str:
    """A Message in *language* without a running application (the command line's words);
    a Message inside it is translated in the "UserError" context, where they all are."""
    if language == "en":
        return str(message)
    translator = QTranslator()
    if not translator.load(str(i18n_dir() / f"branchdesk_{language}.qm")):
        return str(message)
    from branchdesk.core.errors import Message

    outer = translator.translate(context, message.template) or message.template
    return _translated_with(
        Message(outer, message.params),
        lambda source: translator.translate("UserError", source) or source,
    )


def _translated_with(message: Message, translate: Callable[[str], str | None]) -> str:
    from branchdesk.core.errors import Message

    def text(value: object) -> str:
        if isinstance(value, tuple):
            return "；".join(text(item) for item in value)
        return _translated_with(value, translate) if isinstance(value, Message) else str(value)

    params = {name: text(value) for name, value in message.params.items()}
    return (translate(message.template) or message.template).format(**params)

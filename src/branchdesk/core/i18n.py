"""Marking user-facing text in plain-Python layers.

core/ cannot import Qt, yet its validation messages reach the screen. They are written in
English and marked with ``QT_TRANSLATE_NOOP("Validation", "...")`` — the name lupdate looks
for — so that the UI can translate them with ``QCoreApplication.translate(context, text)``.
lupdate reads only a literal context, so write the string ``"Validation"`` itself, not a
constant (a test enforces it). Outside the GUI the messages stay English.
"""

MESSAGE_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; lupdate records it under *context*."""
    del context
    return text

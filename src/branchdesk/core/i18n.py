"""Marking user-facing text in plain-Python layers.

core/ cannot import Qt, yet its validation messages reach the screen. They are written in
English and marked with ``QT_TRANSLATE_NOOP`` (the name lupdate looks for) so that the UI can
translate them with ``QCoreApplication.translate(context, text)``. Outside the GUI they stay
English.
"""

MESSAGE_CONTEXT = "Validation"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return *text* unchanged; lupdate records it under *context*."""
    del context
    return text

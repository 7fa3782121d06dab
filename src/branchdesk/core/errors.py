"""The base of every error that is the user's to fix, not a bug.

The CLI prints such an error as one line and exits 1; the GUI shows it in a message box.
Anything else is a bug and keeps its traceback (in the log).
"""


class UserError(Exception):
    """An error whose message is complete and meant for the user."""

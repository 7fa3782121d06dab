"""What the command line's commands share: their language, how they open the data folder,
print JSON and check where they write (cli.py, cli_year.py)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from branchdesk.core.errors import UserError
from branchdesk.paths import resolve_data_dir


def say(args: argparse.Namespace, template: str, **params: object) -> None:
    from branchdesk.core.errors import Message

    print(text(args, Message(template, params), "Cli"))


def command_language(args: argparse.Namespace) -> str:
    from branchdesk.cli_language import cli_language

    try:
        return cli_language(resolve_data_dir(args.data_dir))
    except UserError:  # no usable data folder: the system's language
        return cli_language(None)


def text(args: argparse.Namespace, message: Any, context: str = "UserError") -> str:
    """A Message in the command line's language (English without loading Qt)."""
    language = command_language(args)
    if language == "en":
        return str(message)
    from branchdesk.ui.i18n import message_in  # Qt's translator reads the shipped .qm

    return message_in(message, language, context)


def in_language(error: UserError, args: argparse.Namespace) -> str:
    """The error in the language of cli_language (a translated Message), else as written."""
    return str(error) if error.message is None else text(args, error.message)


def open_workspace(args: argparse.Namespace) -> Any:
    from branchdesk.workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def check_suffix(target: Path, suffix: str) -> None:
    """A file named .csv (or .pdf for a Word report) would not open as what it holds."""
    if target.suffix.lower() != suffix:
        raise UserError(f"{target.name}: the file is written as {suffix}; name it so.")


def check_output_dir(target: Path) -> None:
    from branchdesk.store.errors import FolderNotFileError

    if target.is_dir():
        raise FolderNotFileError(str(target))
    if not target.parent.is_dir():
        raise UserError(f"The folder {target.parent} does not exist.")


def print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")

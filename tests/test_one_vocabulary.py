"""One vocabulary: an idea of the domain is one Enum, not two beside each other.

Before, the compliance engine had its own MeetingKey, TalkPair and TrainingForm beside
core's MeetingKind, PairType and TrainingForm, with different Chinese labels.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import defaultdict
from enum import Enum

import branchdesk


def _enums() -> list[type[Enum]]:
    found: dict[str, type[Enum]] = {}
    for info in pkgutil.walk_packages(branchdesk.__path__, "branchdesk."):
        if info.name == "branchdesk.__main__":
            continue
        module = importlib.import_module(info.name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, Enum) and obj.__module__ == module.__name__:
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


def duplicates(enums: list[type[Enum]]) -> list[str]:
    by_name: dict[str, list[str]] = defaultdict(list)
    by_values: dict[frozenset[object], list[str]] = defaultdict(list)
    for enum in enums:
        where = f"{enum.__module__}.{enum.__qualname__}"
        by_name[enum.__name__].append(where)
        by_values[frozenset(m.value for m in enum)].append(where)
    groups = [*by_name.values(), *by_values.values()]
    return [" and ".join(places) for places in groups if len(places) > 1]


def test_the_walk_finds_the_domain_enums() -> None:
    names = {e.__name__ for e in _enums()}
    assert {"MeetingKind", "PairType", "TrainingForm", "RuleScope", "Post"} <= names


def test_no_two_enums_share_a_name_or_their_values() -> None:
    assert duplicates(_enums()) == []


def test_the_check_catches_a_copy() -> None:
    from branchdesk.core.meetings import MeetingKind

    copy = Enum("MeetingKey", {m.name: m.value for m in MeetingKind})
    assert duplicates([MeetingKind, copy]) != []

"""The 发展党员 column of a meeting's resolutions: which person of the pipeline a
支部党员大会 resolution decides on, and how (接收预备党员 / 转正 / 延长预备期)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from branchdesk.core.i18n import QT_TRANSLATE_NOOP
from branchdesk.core.meetings import Resolution
from branchdesk.core.recruiting import StepKind
from branchdesk.ui.models.record_table import Column

# (label shown, "recruit_id:step") for each decision a general meeting may take on a person.
RecruitChoices = Callable[[], Sequence[tuple[str, str]]]
DEFAULT_EXTENSION_MONTHS = 6  # the shortest the rule allows; the resolution's text says more


def choice_value(resolution: Resolution) -> str:
    if resolution.recruit_id is None or resolution.recruit_step is None:
        return ""
    return f"{resolution.recruit_id}:{resolution.recruit_step.value}"


def with_choice(resolution: Resolution, value: Any) -> Resolution:
    text = str(value or "")
    if not text:
        return replace(resolution, recruit_id=None, recruit_step=None, extension_months=0)
    recruit_id, step = text.split(":", 1)
    kind = StepKind(step)
    months = DEFAULT_EXTENSION_MONTHS if kind == StepKind.EXTENDED else 0
    return replace(
        resolution, recruit_id=int(recruit_id), recruit_step=kind, extension_months=months
    )


def recruit_column(choices: RecruitChoices) -> Column[Resolution]:
    def shown(resolution: Resolution) -> str:
        value = choice_value(resolution)
        return next((text for text, v in choices() if v == value), "") if value else ""

    return Column(
        "recruit",
        QT_TRANSLATE_NOOP("ResolutionTable", "Recruiting decision"),
        shown,
        edit=with_choice,
        edit_value=choice_value,
    )

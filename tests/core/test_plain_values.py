"""Records as plain JSON values and back (core/plain_values.py), for 未保存的内容's tables."""

from __future__ import annotations

import json
from datetime import date

import pytest

from branchdesk.core.compliance.defaults import DEFAULT_RULES
from branchdesk.core.dues import DEFAULT_DUES_RATES
from branchdesk.core.meetings import ActionItem, ActionKind, Meeting, MeetingKind, Resolution
from branchdesk.core.participation import Participant
from branchdesk.core.plain_values import from_plain, record_from_plain, to_plain


@pytest.mark.parametrize(
    "record",
    [
        *DEFAULT_RULES[:3],  # enums, optional enums, flags
        *DEFAULT_DUES_RATES[:2],  # fen, basis points, no upper limit
        ActionItem("整改", "学习", date(2026, 12, 31), "张三", None, ActionKind.FOLLOW_UP),
        Participant(None, "社区主任", 3.5),
        Meeting(
            MeetingKind.COMMITTEE,
            date(2026, 3, 2),
            "支委会",
            agenda=("一", "二"),
            resolutions=(Resolution("通过预算", 5, 0, 1),),
            id=7,
        ),
    ],
)
def test_a_record_comes_back_equal_through_json(record: object) -> None:
    text = json.dumps(to_plain(record), ensure_ascii=False)
    assert record_from_plain(type(record), json.loads(text)) == record


def test_whole_hours_written_as_integers_read_back_as_hours() -> None:
    assert record_from_plain(Participant, {"member_id": 3, "name": "", "hours": 2}).hours == 2.0


def test_a_value_that_does_not_fit_its_field_is_refused() -> None:
    with pytest.raises(ValueError):
        from_plain(ActionKind, "no such kind")
    with pytest.raises(TypeError):
        record_from_plain(Resolution, {"text": "表决", "votes_for": "五"})
    with pytest.raises(ValueError):
        from_plain(date, "2026-11-31")

import json
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.meetings import Meeting, MeetingKind
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


def _search(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["search", *args])
    return code, capsys.readouterr().out


def test_search_json_lists_hits_with_type_id_date_title_snippet(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(data_dir) as ws:
        ws.save_meeting(
            Meeting(MeetingKind.LESSON, DEMO_TODAY, "", lecturer_name="周建国", topic="党史学习"),
            DEMO_TODAY,
        )
    code, out = _search(capsys, "党课", "--json")
    assert code == 0
    hits = json.loads(out)
    assert hits == [
        {
            "record_type": "meetings",
            "id": 1,
            "date": DEMO_TODAY.isoformat(),
            "title": "党史学习",
            "snippet": hits[0]["snippet"],
        }
    ]
    assert "【党课】" in hits[0]["snippet"]
    code, out = _search(capsys, "党史学习")
    assert code == 0 and "党史学习" in out and "组织生活#1" in out


def test_no_match_is_an_empty_list_and_success(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _search(capsys, "没有这样的记录", "--json")
    assert (code, json.loads(out)) == (0, [])

import json
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.compliance import DEFAULT_RULES
from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

ITEM_KEYS = {
    "rule_id", "period", "period_start", "period_end", "scope", "subject_id", "subject_name",
    "status", "overdue", "due_soon", "deadline", "due", "done", "evidence_type", "evidence",
    "gap_zh", "gap_en", "progress",
}  # fmt: skip


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    return data_dir


def test_json_lists_every_default_rule_with_a_status(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = DEMO_TODAY.year - 1
    args = ["--data-dir", str(demo_dir), "compliance", "--year", str(year)]
    assert main([*args, "--json", "--today", DEMO_TODAY.isoformat()]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["window"] == {
        "key": str(year), "kind": "year", "start": f"{year}-01-01", "end": f"{year}-12-31"
    }  # fmt: skip
    assert {r["id"] for r in out["rules"]} == {r.id for r in DEFAULT_RULES}
    assert {i["rule_id"] for i in out["items"]} == {r.id for r in DEFAULT_RULES}
    for item in out["items"]:
        assert set(item) == ITEM_KEYS
        assert item["status"] in {
            "met", "partly_met", "missing", "not_yet_due", "not_applicable", "not_evaluable"
        }  # fmt: skip
    assert sum(out["summary"][k] for k in out["summary"] if k != "overdue") == len(out["items"])


def test_text_output_and_bad_usage(demo_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--data-dir", str(demo_dir), "compliance", "--year", "2026", "--month", "11"]
    assert main([*args, "--today", "2026-11-27"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Nov 2026 as of 2026-11-27:")
    assert "probation_end" in out
    for bad in (["--quarter", "1", "--month", "2"], ["--month", "13"]):
        with pytest.raises(SystemExit) as exit_info:
            main(["compliance", "--year", "2026", *bad])
        assert exit_info.value.code == 2
    for year in ("0", "twenty"):
        with pytest.raises(SystemExit) as exit_info:
            main(["compliance", "--year", year])
        assert exit_info.value.code == 2

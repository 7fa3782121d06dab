"""`branchdesk dues --year Y [--json]` (issue 18), documented in docs/cli-json.md."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.membership import presence_periods
from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

DOCS = Path(__file__).resolve().parents[2] / "docs" / "cli-json.md"


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    return data_dir


def test_json_gives_each_members_base_rate_due_paid_and_arrears_in_fen(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--data-dir", str(demo_dir), "dues", "--year", "2026", "--today", "2026-11-27"]
    assert main([*args, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["format"], out["year"], out["as_of"]) == (1, 2026, "2026-11-27")
    members = out["members"]
    with Workspace.open(demo_dir) as ws:  # everyone who belonged in 2026 up to the day
        belonged = {
            m.name
            for m in ws.members.all()
            if any(
                s <= DEMO_TODAY and (e is None or e > date(2026, 1, 1))
                for s, e in presence_periods(m)
            )
        }
    assert {m["name"] for m in members} == belonged
    for m in members:
        for key in ("due_fen", "paid_fen", "months_in_arrears", "months_owed"):
            assert isinstance(m[key], int), key
    assert sum(m["due_fen"] for m in members) == out["totals"]["due_fen"]
    assert sum(m["paid_fen"] for m in members) == out["totals"]["paid_fen"]
    by_name = {m["name"]: m for m in members}
    student = by_name["刘玥"]
    assert (student["category"], student["monthly_fen"], student["rate"]) == (
        "student",
        20,
        "0.20元/月",
    )
    retired = by_name["周建国"]
    assert retired["category"] == "retired" and retired["paid_fen"] > retired["due_fen"]  # prepaid
    assert by_name["潘国栋"]["arrears_months"] == [f"2026-{m:02d}" for m in range(6, 11)]
    documented = set(re.findall(r'"(\w+)":', DOCS.read_text(encoding="utf-8")))
    assert set(out) | set(out["totals"]) | set(members[0]) <= documented

    assert main(args) == 0
    text = capsys.readouterr().out
    assert "潘国栋" in text and "months in arrears 5" in text


def test_the_year_is_required(demo_dir: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--data-dir", str(demo_dir), "dues"])
    assert exit_info.value.code == 2

"""The demo's pipeline: the same people and numbers in `recruits --json`, `compliance --json`
(the 概览's items), the ledger sheet and the report's sentence."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from branchdesk.cli import main
from branchdesk.demo import fill_demo
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY


@pytest.fixture
def demo_dir(data_dir: Path) -> Path:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    return data_dir


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_the_demo_pipeline_matches_across_cli_compliance_ledger_and_report(
    demo_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    today = DEMO_TODAY.isoformat()
    base = ("--data-dir", str(demo_dir))
    recruits = _json(capsys, *base, "recruits", "--json", "--today", today)
    people = recruits["recruits"]
    assert recruits["counts"] == {
        "applicant": 2, "activist": 2, "candidate": 1, "probationary_recruit": 4,
        "left_pipeline": 1,
    }  # fmt: skip
    # Each person with a deadline is an item of compliance (the 概览 reads the same result).
    compliance = _json(
        capsys, *base, "compliance", "--year", str(DEMO_TODAY.year), "--json", "--today", today
    )
    with_deadline = {p["name"]: p["deadline"] for p in people if p["deadline"]}
    items = {
        i["subject_name"]: i["deadline"]
        for i in compliance["items"]
        if (i["evidence_type"] == "recruits" or i["rule_id"] == "probation_end")
        and i["status"] != "met"
    }
    assert items == {n: d for n, d in with_deadline.items() if n in items}
    assert {"陈思远", "孙浩然"} <= set(items)  # the talk and the assessment fall due
    # The ledger lists them, with the same stage.
    ledger = tmp_path / "ledger.xlsx"
    assert main([*base, "ledger", "--year", str(DEMO_TODAY.year), "-o", str(ledger)]) == 0
    capsys.readouterr()
    book = openpyxl.load_workbook(ledger)
    (sheet,) = [s for s in book.worksheets if "发展党员" in s.title]
    rows = [[c.value for c in row] for row in sheet.iter_rows() if row[1].value]
    header = next(r for r in rows if r[1] == "姓名")
    body = {r[1]: r[header.index("年末所处阶段")] for r in rows[rows.index(header) + 1 :]}
    assert body == {p["name"]: p["stage_zh"] for p in people}
    # The report's sentence counts the same steps.
    with Workspace.open(demo_dir) as ws:
        facts = ws.annual_facts(DEMO_TODAY.year, DEMO_TODAY)
        sections = ws.report_sections(DEMO_TODAY.year, facts)
        report = ws.build_report(DEMO_TODAY.year, tmp_path / "r.docx", "docx", DEMO_TODAY)
    # The report's last appendix is the same 发展党员工作台账 as the ledger's sheet.
    assert report is not None
    appendix = docx.Document(str(tmp_path / "r.docx")).tables[-1]
    assert [row.cells[1].text for row in appendix.rows[1:]] == list(body)
    column = header.index("接收预备党员")
    admitted = sorted(
        r[1]
        for r in rows[rows.index(header) + 1 :]
        if r[column] and r[column].year == DEMO_TODAY.year
    )
    assert facts.recruiting is not None
    assert sorted(facts.recruiting.admitted) == admitted and admitted
    sentence = f"年内发展党员{len(facts.recruiting.admitted)}名、转正0名、延长预备期0名"
    assert any(sentence in s.text for s in sections)


def test_the_plain_listing_names_stage_last_and_next_step_and_when(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--data-dir", str(demo_dir), "recruits", "--today", DEMO_TODAY.isoformat())
    people = _json(capsys, *base, "--json")["recruits"]
    assert main(list(base)) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(people)
    for person, line in zip(people, lines, strict=True):
        assert line.startswith(person["name"]) and person["stage_zh"] in line
        if person["last_step_zh"]:
            assert f"last: {person['last_step_zh']} {person['last_step_on']}" in line
        if person["deadline"]:
            assert f"by {person['deadline']}" in line
        elif person["earliest"]:
            assert f"not before {person['earliest']}" in line
        assert line.endswith("OVERDUE") == person["overdue"]
    # The demo has someone waiting (a year as 积极分子 before 发展对象) and someone with a deadline.
    assert any("not before" in line for line in lines) and any(" by " in line for line in lines)
    overdue_day = ("--data-dir", str(demo_dir), "recruits", "--today", "2027-12-31")
    assert main(list(overdue_day)) == 0
    assert "OVERDUE" in capsys.readouterr().out

"""`branchdesk report --year Y --check [--json]`: the 送审前检查 from the command line.
Exit 0 when nothing is listed, 4 when something is; 2 for bad usage (docs/cli-json.md)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from branchdesk.cli import main
from branchdesk.core.organisation import Branch
from branchdesk.core.report_texts import ReportSection
from branchdesk.core.talks import Counterpart, Talk
from branchdesk.demo import fill_demo
from branchdesk.reports.narrative import draft_of
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

YEAR = DEMO_TODAY.year - 1
KINDS = {"stale_text", "placeholder", "review_unfinished", "missing", "implausible", "layout"}


def _check(
    data_dir: Path, capsys: pytest.CaptureFixture[str], year: int = YEAR
) -> tuple[int, dict]:
    args = ["--data-dir", str(data_dir), "report", "--year", str(year), "--check", "--json"]
    code = main([*args, "--today", DEMO_TODAY.isoformat()])
    return code, json.loads(capsys.readouterr().out)


def test_an_edited_section_whose_figures_changed_is_stale_text(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
        draft = draft_of(ReportSection.PERFORMANCE, ws.annual_facts(YEAR, DEMO_TODAY))
        ws.report_texts.save_section(YEAR, ReportSection.PERFORMANCE, draft + "\n我的话。", draft)
    code, out = _check(data_dir, capsys)
    assert code == 4
    assert set(out) == {"year", "problems"} and out["year"] == YEAR
    assert all(set(p) == {"kind", "where", "message"} for p in out["problems"])
    assert {p["kind"] for p in out["problems"]} <= KINDS
    assert not [p for p in out["problems"] if p["kind"] == "stale_text"]
    with Workspace.open(data_dir) as ws:
        member = ws.members.all()[5]
        talk = Talk(date(YEAR, 11, 2), member.id or 0, (Counterpart(None, "黄伟雄"),), topic="谈心")
        ws.talks.save(talk, DEMO_TODAY)
    code, out = _check(data_dir, capsys)
    [stale] = [p for p in out["problems"] if p["kind"] == "stale_text"]
    assert stale["where"] == "section:performance"
    assert "“二、履职情况及成效”的数据已变化" in stale["message"]
    with Workspace.open(data_dir) as ws:  # the list is saved with the year
        saved = ws.settings.get(f"report.check.{YEAR}")
        assert saved["problems"] == out["problems"]


def test_implausible_votes_and_an_unfinished_review_are_listed(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
        review = ws.reviews.for_year(YEAR)
        assert review is not None
        first = review.entries[0]
        # Entered before 参加测评人数 was kept: 42 votes where the roster had fewer voters.
        with ws.db.atomic():
            ws.db.execute(
                "UPDATE review_entries SET votes_excellent = 30, votes_qualified = 12, "
                "final_grade = NULL, proposed_grade = NULL WHERE id = ?",
                [first.id],
            )
            ws.db.execute("UPDATE review_rounds SET feedback_on = NULL WHERE id = ?", [review.id])
    code, out = _check(data_dir, capsys)
    assert code == 4
    by_kind = {p["kind"]: p for p in out["problems"]}
    assert "测评票共42票" in by_kind["implausible"]["message"]
    assert by_kind["implausible"]["where"] == f"review_rounds:{review.id}"
    unfinished = [p["message"] for p in out["problems"] if p["kind"] == "review_unfinished"]
    assert any("已评定" in m for m in unfinished) and any("反馈结果" in m for m in unfinished)


def test_nothing_to_look_at_exits_0(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(data_dir) as ws:
        # A branch keeping records from 2026: its 2025 owes nothing; her own words for the
        # one section whose draft asks her to fill something in.
        ws.branch.save(Branch("中共示例协会支部委员会", tracking_from=date(2026, 1, 1)))
        draft = draft_of(ReportSection.RECTIFICATION, ws.annual_facts(2025, DEMO_TODAY))
        ws.report_texts.save_section(2025, ReportSection.RECTIFICATION, "上年度无整改事项。", draft)
    code, out = _check(data_dir, capsys, 2025)
    assert (code, out) == (0, {"year": 2025, "problems": []})
    assert main(["--data-dir", str(data_dir), "report", "--year", "2025", "--check",
                 "--today", "2026-11-27"]) == 0  # fmt: skip
    assert "nothing to look at" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args", [["--json"], [], ["--check", "-o", "x.pdf"]], ids=["json-alone", "no-o", "check-o"]
)
def test_bad_usage_exits_2(data_dir: Path, args: list[str]) -> None:
    assert main(["--data-dir", str(data_dir), "report", "--year", "2025", *args]) == 2


def test_a_branch_saved_keeps_its_tracking_start(data_dir: Path) -> None:
    with Workspace.open(data_dir) as ws:
        branch = Branch("中共示例协会支部委员会", tracking_from=date(2026, 3, 1))
        ws.branch.save(branch)
        assert ws.branch.get() == branch
        ws.branch.save(replace(branch, tracking_from=None))
        assert ws.branch.get() == replace(branch, tracking_from=None)


def test_hours_above_the_days_are_implausible(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
        training = next(t for t in ws.trainings.all(YEAR) if t.ends_on in (None, t.starts_on))
        participant = training.participants[0]
        with ws.db.atomic():
            ws.db.execute(
                "UPDATE training_participants SET hours = 40 WHERE id = ?", [participant.id]
            )
    _code, out = _check(data_dir, capsys)
    [found] = [p for p in out["problems"] if p["where"] == f"trainings:{training.id}"]
    assert found["kind"] == "implausible" and "共1天，却记有40学时" in found["message"]


def test_report_o_checks_the_very_document_it_writes_composed_once(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import branchdesk.report_check as report_check

    with Workspace.open(data_dir) as ws:
        fill_demo(ws, today=DEMO_TODAY)
    composed: list[object] = []
    written: list[object] = []
    checked: list[object] = []
    compose, write, detect = (
        report_check.report_document,
        report_check.write_report,
        report_check.run_detectors,
    )
    monkeypatch.setattr(
        report_check, "report_document", lambda *a: composed.append(compose(*a)) or composed[-1]
    )
    monkeypatch.setattr(
        report_check, "write_report", lambda doc, *a: written.append(doc) or write(doc, *a)
    )
    monkeypatch.setattr(
        report_check, "run_detectors", lambda check: checked.append(check.document) or detect(check)
    )
    target = tmp_path / "述职报告.docx"
    assert (
        main(["--data-dir", str(data_dir), "report", "--year", str(YEAR), "-o", str(target)]) == 0
    )
    assert target.stat().st_size > 0
    assert len(composed) == 1 and written == composed and checked == composed
    with Workspace.open(data_dir) as ws:  # the list is saved with the year, as --check does
        assert ws.settings.get(f"report.check.{YEAR}") is not None

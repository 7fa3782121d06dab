"""The demo's dues figures agree everywhere they are shown (issue 18): the 党费 page,
`dues --json`, the 概览 reminder, the report (its sentence and appendix) and the ledger."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from branchdesk.cli import main
from branchdesk.core.dues import yuan
from branchdesk.core.report_texts import ReportTexts
from branchdesk.reports.annual import report_document
from branchdesk.ui.main_window import MainWindow
from branchdesk.ui.pages.dashboard_page import DashboardPage
from branchdesk.ui.pages.dues_page import DuesPage
from branchdesk.workspace import Workspace
from tests.conftest import DEMO_TODAY

LATE = "潘国栋"


def test_the_demo_dues_agree_across_page_cli_dashboard_report_and_ledger(
    demo_window: MainWindow,
    demo_workspace: Workspace,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ws = demo_workspace
    args = ["--data-dir", str(ws.data_dir), "dues", "--year", "2026"]
    assert main([*args, "--today", DEMO_TODAY.isoformat(), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    totals = cli["totals"]
    by_name = {m["name"]: m for m in cli["members"]}
    late = by_name[LATE]
    assert late["months_in_arrears"] == late["consecutive_unpaid"] == 5  # June to October
    assert totals["members_in_arrears"] == 1

    # The 党费 page: the summary and each member's row of 年度汇总.
    page = demo_window.show_page("dues")
    assert isinstance(page, DuesPage) and page.dues_year is not None
    shown = page.dues_year
    assert (shown.due_fen, shown.paid_fen, shown.held_fen) == (
        totals["due_fen"], totals["paid_fen"], totals["held_fen"]
    )  # fmt: skip
    model = page.year_model
    cells = {
        model.record(row).name: {
            key: model.index(row, model.column_of(key)).data() for key in ("due", "paid", "arrears")
        }
        for row in range(model.rowCount())
    }
    assert set(cells) == set(by_name)
    for name, member in by_name.items():
        assert cells[name]["due"] == yuan(member["due_fen"])
        assert cells[name]["paid"] == yuan(member["paid_fen"])
        months = member["months_in_arrears"]
        assert cells[name]["arrears"] == (str(months) if months else "")
    assert yuan(totals["due_fen"]) in page.ui.summaryLabel.text()

    # 概览: the reminder of 党章 第九条 for the member in arrears, with the same months.
    dashboard = demo_window.show_page("dashboard")
    assert isinstance(dashboard, DashboardPage) and dashboard.board is not None
    reminders = [o for o in dashboard.board.year if o.rule_id.startswith("dues_unpaid")]
    (warning,) = [o for o in reminders if o.subject_name]
    assert (warning.subject_name, warning.done) == (LATE, late["consecutive_unpaid"])
    assert warning.due_soon and warning.subject_id == late["member_id"]

    # The report: its sentence and its appendix.
    facts = ws.annual_facts(2026, DEMO_TODAY)
    assert f"1月至11月应交党费{yuan(totals['due_fen'])}元" in facts.dues
    assert f"党员实交{yuan(totals['paid_fen'])}元" in facts.dues
    assert f"{LATE}欠交{late['months_in_arrears']}个月" in facts.dues
    document = report_document(ws.year_records(2026, DEMO_TODAY), ReportTexts(2026))
    (appendix,) = [t for t in document.appendices if "党费收缴台账" in t.title]
    rows = {row[1]: row for row in appendix.rows}
    assert rows["合计"][4:6] == (yuan(totals["due_fen"]), yuan(totals["paid_fen"]))
    assert rows[LATE][4:7] == (yuan(late["due_fen"]), yuan(late["paid_fen"]), "5")

    # The ledger: the 党费收缴台账 sheet of the year's workbook.
    target = tmp_path / "台账.xlsx"
    assert "党费收缴台账" in ws.build_ledgers(2026, target, DEMO_TODAY)
    sheet = openpyxl.load_workbook(target)["党费收缴台账"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    ledger = {row[1]: row for row in values}
    assert ledger["合计"][7:9] == [yuan(totals["due_fen"]), yuan(totals["paid_fen"])]
    assert ledger[LATE][7:10] == [yuan(late["due_fen"]), yuan(late["paid_fen"]), 5]
    assert ledger[LATE][3] == yuan(late["base_fen"]) and ledger[LATE][4] == late["rate"]

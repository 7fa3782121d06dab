"""Text that Excel would take for a formula is written to the ledgers as text."""

import zipfile
from datetime import date
from pathlib import Path

import openpyxl

from branchdesk.core.members import Member
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)
FORMULAS = ['=HYPERLINK("http://example.com","点我")', "+1", "-2+3", "@SUM(A1)", "=1+1"]


def test_formula_like_text_is_written_as_text(workspace: Workspace, tmp_path: Path) -> None:
    for text in FORMULAS:  # names, as a roster import could bring them
        workspace.members.save(Member(name=text, joined_on=date(2020, 1, 1)), TODAY)
    target = tmp_path / "台账.xlsx"
    workspace.build_ledgers(2026, target, TODAY)

    with zipfile.ZipFile(target) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in z.read(n) for n in sheets)  # no formula anywhere
    book = openpyxl.load_workbook(target)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    written = {c.value: c for c in cells if c.value in FORMULAS}
    assert set(written) == set(FORMULAS)
    assert all(c.data_type == "s" and c.quotePrefix for c in written.values())

"""rl_accel, reportlab's C accelerators, is optional: where the platform has no wheel of it
(pyproject.toml installs it only where one exists), the report is built without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pdfplumber

# As if rl_accel were not installed: reportlab imports it inside a try.
SCRIPT = """
import sys
sys.modules["_rl_accel"] = None
from branchdesk.cli import main
folder = sys.argv[1]
assert main(["--data-dir", folder, "demo"]) == 0
import reportlab.lib.rl_accel as accel
assert accel._py_funcs, "the pure-Python fallbacks are in use"
sys.exit(main(["--data-dir", folder, "report", "--year", "2025", "-o", sys.argv[2]]))
"""


def test_the_report_is_built_without_rl_accel(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "data"), str(target)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) > 5
        assert "述职报告" in (pdf.pages[0].extract_text() or "")

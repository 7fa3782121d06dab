"""Time the annual duty report for the previous year of the demo data (small and heavy).

Run: `python bench/report.py [--runs N]`. For each data set prints the median of N builds of
the whole report (reading the records, the compliance verdict, the facts, the drafts and the
PDF with its appendices), the ratio to its target (1.5 s small, 4 s heavy), and the time
reportlab takes, in the same run, to build the same number of pages of plain text — the
report's own characters in its body font (bench/plain_floor.py says why) — which the report
should stay within 2.5× of. For reference it also prints the floor of one sentence repeated.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench/plain_floor.py

from plain_floor import plain_pages, report_text

from branchdesk.demo import DemoSize, fill_demo
from branchdesk.reports.annual import ReportFormat, report_document
from branchdesk.reports.facts import gather_facts
from branchdesk.reports.fonts import FontRole
from branchdesk.reports.pdf.annual import build_pdf
from branchdesk.workspace import Workspace

TODAY = date(2026, 11, 27)
YEAR = TODAY.year - 1
TARGETS_S = {DemoSize.SMALL: 1.5, DemoSize.HEAVY: 4.0}
RATIO_TARGET = 2.5
LINE = "我支部坚持以党的政治建设为统领，认真落实三会一课制度，组织党员学习教育。"


def medians_s(works: list[Callable[[], object]], runs: int) -> list[float]:
    """The median time of each of *works*, run in turn *runs* times: interleaved, so a slow
    spell of this machine weighs on all of them alike and their ratios hold."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, taken in zip(works, times, strict=True):
            start = time.perf_counter()
            work()
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def bench(size: DemoSize, runs: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        ws = Workspace.open(Path(folder))
        fill_demo(ws, size=size, today=TODAY)
        target = Path(folder) / "report.pdf"
        start = time.perf_counter()
        first = ws.build_report(YEAR, target, ReportFormat.PDF, TODAY)
        cold = time.perf_counter() - start
        pages = first.pages or 1
        fonts = ws.report_fonts()
        font = fonts.chain(FontRole.BODY).primary.name
        document = report_document(ws.year_records(YEAR, TODAY), ws.report_texts.for_year(YEAR))
        text = report_text(document)
        report, floor, sentence, data, pdf = medians_s(
            [
                lambda: ws.build_report(YEAR, target, ReportFormat.PDF, TODAY),
                lambda: plain_pages(font, text, pages),
                lambda: plain_pages(font, LINE, pages),
                # The two halves: reading and deriving the figures, then setting the PDF.
                lambda: gather_facts(ws.year_records(YEAR, TODAY)),
                lambda: build_pdf(document, fonts, io.BytesIO()),
            ],
            runs,
        )
        ws.close()
    goal = TARGETS_S[size]
    print(f"demo ({size.value}), report for {YEAR}: {pages} pages")
    print(f"  first build (fonts loaded) {cold:6.2f} s")
    print(f"  report, median of {runs}     {report:6.2f} s   target {goal} s"
          f"   ratio {report / goal:.2f}")  # fmt: skip
    print(f"  reportlab plain text      {floor:6.2f} s   report/plain {report / floor:.2f}"
          f"   target ≤ {RATIO_TARGET}   ({len(set(text))} distinct characters)")  # fmt: skip
    print(f"    for reference, one sentence repeated ({len(set(LINE))} characters)"
          f" {sentence:.2f} s, report/that {report / sentence:.2f}")  # fmt: skip
    print(f"    of which: records and figures {data:.2f} s, PDF alone {pdf:.2f} s"
          f" (PDF/plain {pdf / floor:.2f})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--small-only", action="store_true")
    args = parser.parse_args()
    bench(DemoSize.SMALL, args.runs)
    if not args.small_only:
        bench(DemoSize.HEAVY, args.runs)


if __name__ == "__main__":
    main()

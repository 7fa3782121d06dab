"""Pictures of the annual report's layout for docs/screenshots/, from the demo branch.

    python tools/report_screenshots.py

writes
- report-title-long-name.png: page 1 with a 27-character branch name, broken between words
  in a trapezoid of lines;
- report-signature.png: the page ending the body, the signature with the last lines of text;
- report-docx-libreoffice.png: the DOCX rendered by LibreOffice (with the fonts.conf the
  tests use), its first page beside an appendix page.

Needs pdftoppm (poppler-utils) and, for the last, soffice (libreoffice-writer-nogui).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PIL import Image  # noqa: E402

from branchdesk.demo import fill_demo  # noqa: E402
from branchdesk.reports.annual import ReportFormat, build_report  # noqa: E402
from branchdesk.reports.fonts import resolve_fonts  # noqa: E402
from branchdesk.workspace import Workspace  # noqa: E402

DEMO_TODAY = date(2026, 11, 27)  # the same day as tests/conftest.py
YEAR = 2025
LONG_NAME = "中国共产党广州市天河区社会组织联合会第一支部委员会"
OUT = ROOT / "docs" / "screenshots"
FONTS_CONF = ROOT / "tests" / "reports" / "fontconfig" / "fonts.conf"


def page_png(pdf: Path, page: int, target: Path, dpi: int = 60) -> Image.Image:
    stem = target.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return Image.open(stem.with_suffix(".png")).convert("RGB")


def side_by_side(images: list[Image.Image], target: Path) -> None:
    gap = 12
    width = sum(i.width for i in images) + gap * (len(images) - 1)
    sheet = Image.new("RGB", (width, max(i.height for i in images)), (200, 200, 200))
    x = 0
    for image in images:
        sheet.paste(image, (x, 0))
        x += image.width + gap
    sheet.save(target, optimize=True)
    print(f"wrote {target.relative_to(ROOT)}")


def pages_with(pdf: Path, text: str) -> list[int]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return [n for n, page in enumerate(out.split("\f"), start=1) if text in page.replace(" ", "")]


def main() -> int:
    fonts = resolve_fonts(use_system=False)  # the shipped fonts: the same on every machine
    with tempfile.TemporaryDirectory() as tmp_name, Workspace.open(Path(tmp_name) / "d") as ws:
        tmp = Path(tmp_name)
        fill_demo(ws, today=DEMO_TODAY)
        records = ws.year_records(YEAR, DEMO_TODAY)
        texts = ws.report_texts.for_year(YEAR)

        long = replace(records, branch=replace(records.branch, name=LONG_NAME))
        build_report(long, texts, fonts, tmp / "long.pdf")
        title = page_png(tmp / "long.pdf", 1, tmp / "title.png", dpi=80)
        side_by_side([title], OUT / "report-title-long-name.png")

        build_report(records, texts, fonts, tmp / "report.pdf")
        [signed] = pages_with(tmp / "report.pdf", "书记：")
        side_by_side(
            [page_png(tmp / "report.pdf", n, tmp / f"s{n}.png") for n in (signed - 1, signed)],
            OUT / "report-signature.png",
        )

        soffice = shutil.which("soffice")
        if soffice is None:
            print("soffice not found: no DOCX rendering")
            return 1
        build_report(records, texts, None, tmp / "report.docx", ReportFormat.DOCX)
        subprocess.run(
            [soffice, f"-env:UserInstallation={(tmp / 'lo').as_uri()}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp / "lo"), str(tmp / "report.docx")],
            env={**os.environ, "FONTCONFIG_FILE": str(FONTS_CONF)}, check=True,
            capture_output=True,
        )  # fmt: skip
        rendered = tmp / "lo" / "report.pdf"
        appendix = pages_with(rendered, "附件1")[0] + 1
        side_by_side(
            [page_png(rendered, n, tmp / f"d{n}.png") for n in (1, appendix)],
            OUT / "report-docx-libreoffice.png",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

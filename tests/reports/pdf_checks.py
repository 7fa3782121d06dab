"""Measurements of a built PDF against GB/T 9704-2012, shared by the report's tests."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber

MM = 72 / 25.4
A4 = (595.28, 841.89)
LEFT, TOP, WIDTH, HEIGHT = 28 * MM, 37 * MM, 156 * MM, 225 * MM
TOLERANCE = 1.0  # points


@dataclass(frozen=True)
class PageFacts:
    number: int
    size: tuple[float, float]
    text_chars: list[Any]  # everything but the page number
    number_chars: list[Any]  # the "— N —" line below the type area

    def lines_of(self, size: float) -> list[float]:
        """Distinct baselines (from the top of the page) of text set at *size* points."""
        return sorted(
            {round(self.size[1] - c["matrix"][5], 1) for c in self.text_chars if _is(c, size)}
        )


def _is(char: Any, size: float) -> bool:
    return abs(char["size"] - size) < 0.2


def read_pages(path: Path) -> list[PageFacts]:
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            below = TOP + HEIGHT + TOLERANCE
            chars = [c for c in page.chars if c["text"].strip()]
            pages.append(
                PageFacts(
                    page.page_number,
                    (float(page.width), float(page.height)),
                    [c for c in chars if c["top"] < below],
                    [c for c in chars if c["top"] >= below],
                )
            )
    return pages


def outside_type_area(page: PageFacts) -> list[str]:
    return [
        f"page {page.number}: {c['text']} at ({c['x0']:.1f}, {c['top']:.1f})"
        for c in page.text_chars
        if c["x0"] < LEFT - TOLERANCE
        or c["x1"] > LEFT + WIDTH + TOLERANCE
        or c["top"] < TOP - TOLERANCE
        or c["bottom"] > TOP + HEIGHT + TOLERANCE
    ]


def page_number_side(page: PageFacts) -> str:
    """'right' or 'left', checking it sits one 4号 character in from the type area's edge."""
    x0 = min(c["x0"] for c in page.number_chars)
    x1 = max(c["x1"] for c in page.number_chars)
    if abs((LEFT + WIDTH - 14) - x1) < TOLERANCE:
        return "right"
    if abs((LEFT + 14) - x0) < TOLERANCE:
        return "left"
    return f"neither ({x0:.1f}–{x1:.1f})"


def page_number_text(page: PageFacts) -> str:
    return "".join(c["text"] for c in sorted(page.number_chars, key=lambda c: c["x0"]))


def page_number_gap_mm(page: PageFacts) -> float:
    """From the type area's lower edge to the top of the digits."""
    digits = [c for c in page.number_chars if c["text"].isdigit()]
    top_of_digits = min(c["bottom"] - 0.72 * c["size"] for c in digits)
    return (top_of_digits - (TOP + HEIGHT)) / MM


def pdffonts(path: Path) -> list[dict[str, str]]:
    """poppler's view of every font in the file: name, type, emb, sub."""
    exe = shutil.which("pdffonts")
    assert exe, "poppler-utils (pdffonts) must be installed"
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type...] encoding emb sub uni id gen
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4]})
    return rows

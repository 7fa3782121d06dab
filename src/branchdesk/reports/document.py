"""The report as a sequence of blocks, independent of the output format.

The PDF and the DOCX writers both walk the same `ReportDocument`, so the two outputs carry
the same sections, headings and tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Title:
    text: str  # "\n" marks where a line of a long title should break


@dataclass(frozen=True)
class Heading:
    level: int  # 1: "一、" (黑体); 2: "（一）" (楷体)
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    # The first run_in characters are a "（一）…。" heading run into the paragraph: set in
    # the heading's 楷体, the rest in the body font.
    run_in: int = 0


@dataclass(frozen=True)
class Signature:
    """The signature block: who signs (branch, secretary) and the date."""

    lines: tuple[str, ...]
    signed_on: date


@dataclass(frozen=True)
class LedgerTable:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]  # relative column widths


@dataclass(frozen=True)
class MonthlySeries:
    """One page of charts: meetings due against held per month, and attendance per month."""

    due: tuple[int, ...]  # 12 values
    held: tuple[int, ...]
    attendance: tuple[float | None, ...]  # 12 rates in 0..1, None for a month without meetings
    kinds: tuple[str, ...] = ()  # the meeting kinds counted in due/held, e.g. 支委会


Block = Title | Heading | Paragraph | Signature


@dataclass(frozen=True)
class ReportDocument:
    title: Title
    blocks: tuple[Block, ...]
    appendices: tuple[LedgerTable, ...] = ()
    charts: MonthlySeries | None = None
    meta: dict[str, str] = field(default_factory=dict)  # PDF/DOCX properties


def chinese_date(day: date) -> str:
    """Arabic numerals without leading zeros, as GB/T 9704 asks: 2026年1月5日."""
    return f"{day.year}年{day.month}月{day.day}日"


def all_text(document: ReportDocument) -> list[tuple[str, str]]:
    """Every piece of text with the place it appears, for the font check."""
    pieces: list[tuple[str, str]] = [(document.title.text, "标题")]
    section = ""
    for block in document.blocks:
        if isinstance(block, Heading):
            section = block.text
            pieces.append((block.text, "标题 " + block.text))
        elif isinstance(block, Paragraph):
            pieces.append((block.text, section or "正文"))
        elif isinstance(block, Signature):
            pieces.extend((line, "落款") for line in block.lines)
    for table in document.appendices:
        pieces.append((table.title, "附件 " + table.title))
        pieces.extend((h, f"附件 {table.title} 表头") for h in table.headers)
        for number, row in enumerate(table.rows, start=1):
            pieces.extend((cell, f"附件 {table.title} 第{number}行") for cell in row)
    return pieces

"""The official layout's entries in the 送审前检查 (the check before export).

Plain functions of the composed `ReportDocument`, each returning (kind, where, message)
triples: kind `placeholder` (a 【…】 prompt left in, which the preview highlights and an
export prints as it is) or `layout` (something the printed page will get wrong). `where`
follows reports/check.py's locators: `section:<section>` or `report`. They are meant to
join that check's list of detectors, e.g.

    DETECTORS.extend(lambda c, f=f: [Problem(ProblemKind(k), w, m) for k, w, m in
                     f(c.document)] for f in LAYOUT_DETECTORS)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

from branchdesk.core.report_texts import ReportSection
from branchdesk.reports.document import Heading, Paragraph, ReportDocument, Signature
from branchdesk.reports.org_words import segment
from branchdesk.reports.shared_layout import CELL_PADDING, em_measure, ledger_column_widths
from branchdesk.reports.title_lines import TITLE_LINE_EM, em_width, is_trapezoid_or_diamond
from branchdesk.reports.typography import CLOSING, OPENING

Entry = tuple[str, str, str]  # (kind, where, message)
PLACEHOLDER = re.compile(r"【[^】]*】")
_SECTIONS = {  # a section's heading as the document prints it
    "一、": ReportSection.BASICS,
    "二、": ReportSection.PERFORMANCE,
    "三、": ReportSection.RECTIFICATION,
    "四、": ReportSection.PROBLEMS,
    "五、": ReportSection.PLANS,
}
_TABLE_SIZE, _TABLE_PITCH = 12.0, 12.0 * 1.45  # as the PDF sets the ledgers
_TYPE_WIDTH, _TYPE_HEIGHT = 156 / 25.4 * 72, 225 / 25.4 * 72


def _texts(document: ReportDocument) -> Iterator[tuple[str, str, str]]:
    """(where, name, text) of the title and every block of the body."""
    yield "report", "标题", document.title.text.replace("\n", "")
    where, name = "report", "正文"
    for block in document.blocks:
        if isinstance(block, Heading):
            if block.level == 1:
                section = _SECTIONS.get(block.text[:2])
                where = f"section:{section.value}" if section else "report"
                name = block.text
            yield where, name, block.text
        elif isinstance(block, Paragraph):
            yield where, name, block.text
        elif isinstance(block, Signature):
            yield f"section:{ReportSection.SIGNATURE.value}", "落款", "".join(block.lines)


def placeholders(document: ReportDocument) -> list[Entry]:
    """Each 【…】 prompt left in the report, once per place."""
    found: dict[tuple[str, str], str] = {}
    for where, name, text in _texts(document):
        for prompt in PLACEHOLDER.findall(text):
            found.setdefault((where, prompt), f"“{name}”中仍有待填写的提示：{prompt}")
    return [("placeholder", where, message) for (where, _), message in found.items()]


def title_shape(document: ReportDocument) -> list[Entry]:
    """A title that could not be set in whole words as a trapezoid or diamond."""
    lines = document.title.text.split("\n")
    whose = "".join(lines).partition("书记")[0]
    if any(em_width(word) > TITLE_LINE_EM for word in segment(whose)):
        return [("layout", "report", "支部名称中有一段长于标题的一行，标题只能从中回行")]
    if not is_trapezoid_or_diamond([em_width(line) for line in lines]):
        return [("layout", "report", "标题无法在词间回行排成梯形或菱形，请核对支部名称")]
    return []


def unpaired_quotes(document: ReportDocument) -> list[Entry]:
    """A paragraph whose quotation marks do not pair up (the nesting cannot be set)."""
    entries = []
    for where, name, text in _texts(document):
        depth = 0
        for char in text:
            depth += char in OPENING
            depth -= char in CLOSING
            if depth < 0:
                break
        if depth:
            entries.append(("layout", where, f"“{name}”中有引号不成对：{text[:24]}…"))
    return entries


def rows_longer_than_a_page(document: ReportDocument) -> list[Entry]:
    """A ledger row so long that the table must break inside it."""
    entries = []
    measure = em_measure(_TABLE_SIZE)
    for number, table in enumerate(document.appendices, start=1):
        widths = ledger_column_widths(table, _TABLE_SIZE, _TYPE_WIDTH)
        room = _TYPE_HEIGHT - 3 * _TABLE_PITCH  # the page less the header row
        for row_number, row in enumerate(table.rows, start=1):
            lines = max(
                math.ceil(measure(text) / (width - 2 * CELL_PADDING))
                for text, width in zip(row, widths, strict=True)
            )
            if lines * _TABLE_PITCH > room:
                entries.append(
                    ("layout", "report", f"附件{number}第{row_number}行长于一页，将跨页断开")
                )
    return entries


LAYOUT_DETECTORS: tuple[Callable[[ReportDocument], list[Entry]], ...] = (
    placeholders,
    title_shape,
    unpaired_quotes,
    rows_longer_than_a_page,
)


def layout_entries(document: ReportDocument) -> list[Entry]:
    return [entry for detector in LAYOUT_DETECTORS for entry in detector(document)]

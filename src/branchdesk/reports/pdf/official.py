"""GB/T 9704-2012 page geometry and the styles of an official document, in points."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from branchdesk.reports.fonts import FontRole, FontSet
from branchdesk.reports.pdf.grid import GridStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP_MARGIN = 37 * mm  # 天头
LEFT_MARGIN = 28 * mm  # 订口
TYPE_WIDTH = 156 * mm
TYPE_HEIGHT = 225 * mm
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
PITCH = TYPE_HEIGHT / LINES_PER_PAGE  # 10.23 mm
CELL = TYPE_WIDTH / CHARS_PER_LINE  # 5.57 mm

SIZE_2 = 22.0  # 2号: the title
SIZE_3 = 16.0  # 3号: body and headings
SIZE_4 = 14.0  # 4号: page numbers
SIZE_SMALL_4 = 12.0  # 小四: appendix tables
PAGE_NUMBER_GAP = 7 * mm  # from the type area's lower edge to the top of the number
TYPE_BOTTOM = PAGE_HEIGHT - TOP_MARGIN - TYPE_HEIGHT
DIGIT_HEIGHT = 0.72  # of the font size: the top of a lining figure above the baseline


class OfficialStyles:
    """The paragraph styles of the report, on the 22 × 28 grid."""

    def __init__(self, fonts: FontSet, preview: bool = False) -> None:
        """*preview*: the body marks 【…】 prompts (never in a file she hands in)."""
        body = fonts.chain(FontRole.BODY)
        self.fonts = fonts
        self.title = GridStyle(
            fonts.chain(FontRole.TITLE),
            SIZE_2,
            PITCH,
            align="center",
            space_after=1,
            balanced=True,
        )
        self.body = GridStyle(body, SIZE_3, PITCH, CELL, first_indent=2, highlight_prompts=preview)
        self.heading1 = GridStyle(fonts.chain(FontRole.HEI), SIZE_3, PITCH, CELL, first_indent=2)
        self.heading2 = GridStyle(fonts.chain(FontRole.KAI), SIZE_3, PITCH, CELL, first_indent=2)
        # GB/T 9704 7.3.5: the date 4 characters in from the right, the signer centred on it.
        self.date = GridStyle(body, SIZE_3, PITCH, CELL, align="right", right_indent=4)
        self.appendix_title = GridStyle(
            fonts.chain(FontRole.HEI), SIZE_3, PITCH, CELL, align="left", space_after=0
        )
        self.table_pitch = SIZE_SMALL_4 * 1.45
        self.table_cell = GridStyle(body, SIZE_SMALL_4, self.table_pitch, align="left")
        self.table_head = GridStyle(
            fonts.chain(FontRole.HEI), SIZE_SMALL_4, self.table_pitch, align="center"
        )


class OfficialDocTemplate(BaseDocTemplate):  # type: ignore[misc]
    """A4 with the GB/T 9704 type area and "— N —" page numbers on alternating sides."""

    def __init__(self, target: Any, fonts: FontSet, title: str, author: str) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=LEFT_MARGIN,
            rightMargin=PAGE_WIDTH - LEFT_MARGIN - TYPE_WIDTH,
            topMargin=TOP_MARGIN,
            bottomMargin=TYPE_BOTTOM,
            title=title,
            author=author,
            creator="BranchDesk",
            subject=title,
            # The canvas starts in the body font, so no unembedded Helvetica enters the file.
            initialFontName=fonts.chain(FontRole.BODY).primary.name,
        )
        self._fonts = fonts
        # A hair over 22 lines so the floating-point sum of 22 pitches still fits.
        frame = Frame(
            LEFT_MARGIN,
            TYPE_BOTTOM - 0.05,
            TYPE_WIDTH,
            TYPE_HEIGHT + 0.05,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="type-area",
        )
        self.addPageTemplates([PageTemplate("official", [frame], onPage=self._page_number)])

    def _page_number(self, canvas: Any, doc: Any) -> None:
        draw_page_number(canvas, doc.page, self._fonts)


def draw_page_number(canvas: Any, page: int, fonts: FontSet) -> None:
    """4号 宋体 "— N —": odd pages right, even pages left, one character in from the edge."""
    chain = fonts.chain(FontRole.SONG)
    text = f"— {page} —"
    canvas.saveState()
    x = LEFT_MARGIN + SIZE_4
    width = 0.0
    pieces = []
    for char in text:
        font = chain.font_for(char) or chain.primary
        advance = canvas.stringWidth(char, font.name, SIZE_4)
        pieces.append((char, font.name, advance))
        width += advance
    if page % 2 == 1:
        x = LEFT_MARGIN + TYPE_WIDTH - SIZE_4 - width
    baseline = TYPE_BOTTOM - PAGE_NUMBER_GAP - DIGIT_HEIGHT * SIZE_4
    for char, name, advance in pieces:
        canvas.setFont(name, SIZE_4)
        canvas.drawString(x, baseline, char)
        x += advance
    canvas.restoreState()

"""Text that knows its figures: an edited report section against the draft it was written on.

When the secretary saves her own text for a section, the draft of that moment is kept with
it (its *basis*). The draft carries every figure the records gave; when the records change,
the new draft's figures differ from the basis's, and the section is stale until she takes
the new figures into her text or keeps her wording knowingly. Comparing the drafts (not her
text) tells which figure changed and what words surround it, so that taking the new
figures changes exactly those numbers in her text and nothing she wrote.

Plain Python: the drafts come from reports/narrative, the storage from store/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CONTEXT = 14  # characters of the draft around a figure, to find it again in her text
_BREAKS = "。；：，、\n"


@dataclass(frozen=True)
class FigureChange:
    """One number of the draft that changed, with the draft's words on either side."""

    before: str  # the draft's text just before the number (digits of other figures included)
    after: str
    old: str
    new: str

    @property
    def where(self) -> str:
        """A short label for the table: the words before it, up to the last break."""
        head = self.before
        for mark in _BREAKS:
            head = head.rsplit(mark, 1)[-1]
        tail = self.after[:4]
        for mark in _BREAKS:
            tail = tail.split(mark, 1)[0]
        # × marks where the number stands, as official templates write a blank (×次); a □
        # would read as a character the font lacks.
        return f"{head}×{tail}" if head or tail else "×"


@dataclass(frozen=True)
class Staleness:
    changes: tuple[FigureChange, ...]  # numbers that changed, the words around them alike
    reworded: tuple[tuple[str, str], ...]  # draft phrases that changed beyond a number


def figures(text: str) -> list[str]:
    return _NUMBER.findall(text)


def is_stale(basis: str | None, draft: str) -> bool:
    """An edit without a basis (saved before figures were kept) is stale until confirmed;
    otherwise only a change of a figure counts, not a change of the drafts' wording."""
    return basis is None or figures(basis) != figures(draft)


def _tokens(text: str) -> list[str]:
    """Each number one token, every other character one token."""
    tokens: list[str] = []
    last = 0
    for match in _NUMBER.finditer(text):
        tokens.extend(text[last : match.start()])
        tokens.append(match.group())
        last = match.end()
    tokens.extend(text[last:])
    return tokens


def _is_number(token: str) -> bool:
    return bool(_NUMBER.fullmatch(token))


def compare(basis: str, draft: str) -> Staleness:
    """What changed between the draft she wrote against and today's draft."""
    old, new = _tokens(basis), _tokens(draft)
    changes: list[FigureChange] = []
    reworded: list[tuple[str, str]] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_part, new_part = old[i1:i2], new[j1:j2]
        if (
            tag == "replace"
            and len(old_part) == len(new_part) == 1
            and _is_number(old_part[0])
            and _is_number(new_part[0])
        ):
            before = "".join(old[max(0, i1 - _CONTEXT) : i1])
            after = "".join(old[i2 : i2 + _CONTEXT])
            changes.append(FigureChange(before, after, old_part[0], new_part[0]))
        elif any(_is_number(t) for t in (*old_part, *new_part)):
            reworded.append((_phrase(old, i1, i2), _phrase(new, j1, j2)))
    return Staleness(tuple(changes), tuple(reworded))


def _phrase(tokens: list[str], start: int, end: int) -> str:
    """The changed tokens widened to the clause around them, for her to read."""
    while start > 0 and tokens[start - 1] not in _BREAKS:
        start -= 1
    while end < len(tokens) and tokens[end] not in _BREAKS:
        end += 1
    return "".join(tokens[start:end])


def take_new_figures(text: str, basis: str, draft: str) -> tuple[str, list[FigureChange]]:
    """Her *text* with each changed figure replaced where its surrounding words are found
    once; returns the text and the changes it could not place (she rewrote around them)."""
    placed: dict[int, tuple[int, str]] = {}  # start in text -> (end, new number)
    missed: list[FigureChange] = []
    for change in compare(basis, draft).changes:
        spot = _find(text, change)
        if spot is None or spot[0] in placed:
            missed.append(change)
            continue
        placed[spot[0]] = (spot[1], change.new)
    for start in sorted(placed, reverse=True):
        end, number = placed[start]
        text = text[:start] + number + text[end:]
    return text, missed


def _find(text: str, change: FigureChange) -> tuple[int, int] | None:
    """Where the old number sits in *text*: the widest context that matches exactly once."""
    number = re.escape(change.old) + r"(?![\d.])"
    for width in range(min(len(change.before), _CONTEXT), 0, -1):
        left = re.escape(change.before[-width:])
        for right_width in (min(len(change.after), 4), 1, 0):
            right = re.escape(change.after[:right_width])
            # The draft never puts a digit right before a number: neither may her text.
            pattern = f"(?<={left})(?<![\\d.]){number}(?={right})"
            found = list(re.finditer(pattern, text))
            if len(found) == 1:
                return found[0].start(), found[0].end()
            if len(found) > 1:
                break  # a wider left context is needed, not a narrower right one
    return None

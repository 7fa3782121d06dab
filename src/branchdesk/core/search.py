"""What a search finds, and the small text rules it follows (no SQL here).

The index uses SQLite FTS5's trigram tokenizer, which can only look up terms of three or
more characters. Chinese words are often one or two characters (党课, 会), so a query is
split into terms; long terms use the index, short ones a substring test over the same
indexed text — correct for every length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

TRIGRAM = 3  # the shortest term FTS5's trigram tokenizer can look up
SNIPPET_WIDTH = 60


@dataclass(frozen=True)
class SearchHit:
    record_type: str  # a key of core.registry
    record_id: int
    date: date | None
    title: str
    snippet: str


def query_terms(text: str) -> list[str]:
    """The distinct whitespace-separated terms of *text*, lower-cased, in order."""
    terms: list[str] = []
    for term in text.lower().split():
        if term not in terms:
            terms.append(term)
    return terms


def indexed_terms(terms: list[str]) -> list[str]:
    return [t for t in terms if len(t) >= TRIGRAM]


def short_terms(terms: list[str]) -> list[str]:
    return [t for t in terms if len(t) < TRIGRAM]


def fts_phrase(term: str) -> str:
    """*term* as an FTS5 string literal: a substring match, operators inert."""
    return '"' + term.replace('"', '""') + '"'


def make_snippet(text: str, terms: list[str], width: int = SNIPPET_WIDTH) -> str:
    """About *width* characters of *text* around the first term found, with 【】 marking it.

    Only the window is tidied (whitespace collapsed), so long minutes cost no more than short.
    """
    lowered = text.lower() if len(text.lower()) == len(text) else text
    found = [(p, t) for t in terms if (p := lowered.find(t)) >= 0]
    if not found:
        return _tidy(text[: width * 2])[:width] + ("…" if len(text) > width else "")
    position, term = min(found)
    start = max(0, position - width // 3)
    end = min(len(text), start + width)
    end_of_term = position + len(term)
    piece = (
        _tidy(text[start:position])
        + "【"
        + text[position:end_of_term]
        + "】"
        + _tidy(text[end_of_term:end])
    )
    return ("…" if start > 0 else "") + piece + ("…" if end < len(text) else "")


def _tidy(text: str) -> str:
    """Runs of whitespace (line breaks in minutes) as one space, ends kept."""
    return re.sub(r"\s+", " ", text)

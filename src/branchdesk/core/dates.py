"""Reading dates the way secretaries type them, and writing them the official way."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date

_SEPARATED = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_CLOCK = re.compile(r"^(\d{1,2})[:.]?(\d{2})$")  # 14:30, 14.30, 1430, 930


class NoSuchDayError(ValueError):
    """Typed as a date, but the month has no such day (2026-11-31, 2026-02-29)."""

    def __init__(self, year: int, month: int, day: int) -> None:
        super().__init__(f"no such day: {year}-{month:02d}-{day:02d}")
        self.year, self.month, self.day = year, month, day
        self.days_in_month = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0


# Dashes a Chinese input method or Word puts where a hyphen belongs (NFKC leaves these).
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63", "-"))


def normalise_date_text(text: str) -> str:
    """Full-width digits and separators (２０１９－０７－０１), and dashes of every width, as
    the ASCII a date pattern reads."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES)


def parse_date_text(text: str) -> date | None:
    """2019-07-01, 2019/7/1, 2019.07.01, 2019年7月1日 or 20190701 as a date; full-width
    digits and dashes (2019－07－01, 2019—7—1) are read as their plain forms.

    Returns None for empty text; raises ValueError for text that is not a real date.
    """
    text = normalise_date_text(text)
    if not text.strip():
        return None
    match = _SEPARATED.match(text) or _COMPACT.match(text)
    if match is None:
        raise ValueError(f"not a date: {text!r}")
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise NoSuchDayError(year, month, day) from None


def clock_text(text: str) -> str:
    """A time of day as HH:MM from the way it is typed: 9:30, 09：30 (a Chinese colon), ９:３０,
    14.30, 1430.
    Anything else comes back as typed (stripped), for the validator to refuse."""
    typed = unicodedata.normalize("NFKC", text).strip()
    match = _CLOCK.match(typed)
    return f"{int(match[1]):02d}:{match[2]}" if match else typed


def chinese_date(day: date) -> str:
    """GB/T 9704 style, without leading zeros: 2026年1月5日."""
    return f"{day.year}年{day.month}月{day.day}日"

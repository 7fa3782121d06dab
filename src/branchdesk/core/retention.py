"""Which backups to keep: the last few, and one a month for a year.

Pure logic so that the rule is tested without files: the store hands in the times of the
backups it found and deletes those this module does not keep.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

KEEP_LAST = 10
KEEP_MONTHS = 12


def _month_index(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def backups_to_keep(
    times: Iterable[datetime],
    now: datetime,
    keep_last: int = KEEP_LAST,
    keep_months: int = KEEP_MONTHS,
) -> set[datetime]:
    """The backup times to keep: the *keep_last* newest, and the newest of each of the
    *keep_months* calendar months up to *now* (this month included)."""
    newest_first = sorted(set(times), reverse=True)
    keep = set(newest_first[:keep_last])
    this_month = _month_index(now)
    seen_months: set[int] = set()
    for moment in newest_first:
        month = _month_index(moment)
        if this_month - month < keep_months and month not in seen_months:
            seen_months.add(month)
            keep.add(moment)
    return keep

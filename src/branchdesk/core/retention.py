"""Which backups to keep: the last few, and one a month for a year.

Pure logic so that the rule is tested without files: the store hands in the times of the
backups it found and deletes those this module does not keep.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

KEEP_LAST = 10
KEEP_MONTHS = 12


def _month_index(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def backups_to_keep(
    times: Sequence[datetime],
    now: datetime,
    keep_last: int = KEEP_LAST,
    keep_months: int = KEEP_MONTHS,
) -> set[int]:
    """Which of the backups taken at *times* to keep, as indexes into *times*: the
    *keep_last* newest, and the newest of each of the *keep_months* calendar months up to
    *now* (this month included). Equal times are separate backups."""
    newest_first = sorted(range(len(times)), key=lambda i: times[i], reverse=True)
    keep = set(newest_first[:keep_last])
    this_month = _month_index(now)
    seen_months: set[int] = set()
    for index in newest_first:
        month = _month_index(times[index])
        if this_month - month < keep_months and month not in seen_months:
            seen_months.add(month)
            keep.add(index)
    return keep

from datetime import datetime, timedelta

from branchdesk.core.retention import backups_to_keep

NOW = datetime(2026, 11, 27, 12, 0)


def test_few_backups_are_all_kept() -> None:
    times = [NOW - timedelta(hours=h) for h in range(5)]
    assert backups_to_keep(times, NOW) == {0, 1, 2, 3, 4}


def test_backups_at_the_same_time_are_counted_apart() -> None:
    assert backups_to_keep([NOW, NOW, NOW], NOW) == {0, 1, 2}
    assert len(backups_to_keep([NOW] * 15, NOW)) == 10


def test_keeps_last_ten_and_newest_of_each_month_for_a_year() -> None:
    daily = [NOW - timedelta(days=d) for d in range(500)]
    keep = {daily[i] for i in backups_to_keep(daily, NOW)}
    assert set(daily[:10]) <= keep
    months = {(t.year, t.month) for t in keep}
    assert len(months) == 12  # Dec 2025 … Nov 2026
    assert min(months) == (2025, 12)
    for year, month in months - {(2026, 11)}:
        in_month = [t for t in daily if (t.year, t.month) == (year, month)]
        assert max(in_month) in keep and min(in_month) not in keep
    assert len(keep) == 10 + 11  # the ten newest (all in November) and 11 earlier months


def test_nothing_older_than_a_year_survives_beyond_the_last_ten() -> None:
    old = [datetime(2024, m, 1) for m in range(1, 13)]
    assert {old[i] for i in backups_to_keep(old, NOW)} == set(old[-10:])

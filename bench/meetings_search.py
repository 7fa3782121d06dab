"""Time search and meeting saves on the demo data (and on a demo enlarged with many meetings).

Run: `python bench/meetings_search.py [--queries N] [--saves N] [--extra-meetings N]`.
Prints p50/p95 search latency over 1-, 2- and 3+-character Chinese queries and the time to
save a general meeting with 50 attendees (a durable commit: synchronous=FULL, WAL), each
against its 50 ms target. The search index is brought up to date before a query is timed
only where a real user would have waited for it too: a save's re-indexing is part of the
save figure ("save + index").
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from branchdesk.core.meetings import Attendance, Meeting, MeetingKind, Resolution
from branchdesk.core.members import Member
from branchdesk.demo import DemoSize, fill_demo
from branchdesk.store import search_index
from branchdesk.workspace import Workspace

TARGET_MS = 50.0
TODAY = date(2026, 11, 27)
QUERIES = (
    "党", "会", "赟", "课", "学",  # one character
    "党课", "支委", "请假", "整改", "志愿", "王赟", "林晓",  # two characters
    "四中全会", "发展党员", "主题党日", "年度工作计划", "学习贯彻党的二十届四中全会精神",
    "组织生活会", "秘书长", "不存在的词语", "民主评议", "社区 志愿",
)  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def add_members(ws: Workspace, count: int) -> list[int]:
    """Enough members for a 50-attendee meeting (the demo has 26)."""
    start = date(2010, 7, 1)
    people = [
        Member(f"测试党员{i}", start + timedelta(days=i), full_on=start + timedelta(days=400 + i))
        for i in range(count)
    ]
    return ws.members.add_many(people, TODAY)


def add_meetings(ws: Workspace, count: int, rng: random.Random) -> None:
    """More meetings with long minutes, to see how search scales past the demo."""
    template = ws.meetings.all()
    roster = ws.roster()
    with ws.db.atomic():
        for i in range(count):
            base = rng.choice(template)
            ws.meetings.save(
                replace(
                    base,
                    id=None,
                    held_on=date(2020 + i % 6, 1 + i % 12, 1 + i % 28),
                    resolutions=(),
                ),
                TODAY,
                roster,
            )
    search_index.flush(ws.db)


def time_search(ws: Workspace, rounds: int) -> dict[str, list[float]]:
    by_length: dict[str, list[float]] = {"1 char": [], "2 chars": [], "3+ chars": []}
    for _ in range(rounds):
        for query in QUERIES:
            start = time.perf_counter()
            ws.search(query)
            elapsed = (time.perf_counter() - start) * 1000
            size = min(len(t) for t in query.split())
            key = "1 char" if size == 1 else "2 chars" if size == 2 else "3+ chars"
            by_length[key].append(elapsed)
    return by_length


def time_saves(ws: Workspace, member_ids: list[int], runs: int) -> tuple[list[float], list[float]]:
    meeting = Meeting(
        MeetingKind.GENERAL,
        TODAY,
        "基准测试党员大会",
        start_time="15:00",
        end_time="17:00",
        agenda=("讨论年度工作计划",),
        minutes="发言记录。" * 200,
        resolutions=(Resolution("通过年度工作计划", 40, 0, 0),),
        attendance=tuple(Attendance(i) for i in member_ids[:50]),
    )
    saves, indexed = [], []
    for _ in range(runs):
        start = time.perf_counter()
        saved = ws.save_meeting(meeting, TODAY)
        middle = time.perf_counter()
        search_index.flush(ws.db)
        end = time.perf_counter()
        saves.append((middle - start) * 1000)
        indexed.append((end - start) * 1000)
        assert saved.id is not None and len(saved.attendance) == 50
    return saves, indexed


def report(name: str, values: list[float]) -> None:
    p50, p95 = statistics.median(values), percentile(values, 0.95)
    verdict = "ok" if p95 < TARGET_MS else "OVER TARGET"
    print(
        f"  {name:<22} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   "
        f"p95/target {p95 / TARGET_MS:5.2f}  {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=20, help="rounds over the query list")
    parser.add_argument("--saves", type=int, default=30)
    parser.add_argument("--extra-meetings", type=int, default=2000)
    parser.add_argument(
        "--size", choices=[s.value for s in DemoSize], default="small", help="the demo to use"
    )
    args = parser.parse_args()
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder)) as ws:
        fill_demo(ws, size=DemoSize(args.size), today=TODAY)
        ws.search("预热")  # the demo's pending rows are indexed once, as on first use
        count = ws.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        print(f"{args.size} demo: {count} indexed records; target {TARGET_MS:.0f} ms (p95)")
        for name, values in time_search(ws, args.queries).items():
            report(f"search, {name}", values)
        member_ids = add_members(ws, 30) + [m.id or 0 for m in ws.members.all()]
        saves, indexed = time_saves(ws, member_ids, args.saves)
        report("save, 50 attendees", saves)
        report("save + index", indexed)

        add_meetings(ws, args.extra_meetings, rng)
        count = ws.db.execute("SELECT count(*) FROM search_docs").fetchone()[0]
        print(f"Enlarged: {count} indexed records")
        for name, values in time_search(ws, max(1, args.queries // 4)).items():
            report(f"search, {name}", values)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Time the compliance computation for a year: the demo branch, and a large synthetic branch.

Run: `python bench/compliance.py [--runs N]`. Prints the median of N runs for loading the
facts from the database and for evaluating the rule set, and the ratio to the 200 ms target.
When the demo offers a heavy size (`branchdesk demo --size heavy`), it is timed as well.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from branchdesk.core.compliance import (
    DEFAULT_RULES,
    ComplianceFacts,
    FactKind,
    MeetingFact,
    ReviewFact,
    TalkFact,
    TrainingFact,
    evaluate,
    window,
)
from branchdesk.core.enums import Post
from branchdesk.core.meetings import MeetingKind
from branchdesk.core.members import Member
from branchdesk.core.organisation import CommitteeSeat, CommitteeTerm, PartyGroup
from branchdesk.core.training import TrainingForm
from branchdesk.demo import DemoSize, fill_demo
from branchdesk.store.compliance_facts import load_facts
from branchdesk.workspace import Workspace

TARGET_MS = 200.0
TODAY = date(2026, 11, 27)
YEAR = TODAY.year - 1


def median_ms(work: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def large_facts(members: int = 400, groups: int = 25, seed: int = 7) -> ComplianceFacts:
    """A branch far above the 50-member norm: every record family dense for the whole year."""
    rng = random.Random(seed)
    people = [
        Member(f"党员{i}", date(2000 + i % 25, 1 + i % 12, 1 + i % 28),
               full_on=date(2001 + i % 25, 1 + i % 12, 1 + i % 28), group_id=1 + i % groups, id=i)
        for i in range(1, members + 1)
    ]  # fmt: skip
    posts = (Post.SECRETARY, Post.DEPUTY, Post.ORGANISATION, Post.PUBLICITY, Post.DISCIPLINE)
    term = CommitteeTerm(
        date(YEAR - 1, 6, 1), date(YEAR + 2, 5, 31),
        tuple(CommitteeSeat(i + 1, p) for i, p in enumerate(posts)), 1,
    )  # fmt: skip
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    meetings = []
    for n in range(3000):
        kind = rng.choice(list(MeetingKind))
        attendees = frozenset(rng.sample(range(1, members + 1), 30))
        meetings.append(MeetingFact(n, kind, rng.choice(days), 1 + n % groups, 1, attendees))
    talks = [
        TalkFact(n, rng.choice(days), rng.randint(1, members), (rng.randint(1, members),))
        for n in range(2000)
    ]
    trainings = [
        TrainingFact(
            n, rng.choice(days), rng.choice(list(TrainingForm)),
            tuple((m, 4.0) for m in rng.sample(range(1, members + 1), 80)),
        )
        for n in range(500)
    ]  # fmt: skip
    return ComplianceFacts(
        members=people,
        groups=[PartyGroup(f"第{g}党小组", id=g) for g in range(1, groups + 1)],
        terms=[term],
        meetings=meetings,
        talks=talks,
        trainings=trainings,
        reviews=[ReviewFact(1, YEAR, date(YEAR, 12, 20))],
        available=frozenset(FactKind),
    )


def report(name: str, load_ms: float | None, eval_ms: float, obligations: int) -> None:
    total = eval_ms + (load_ms or 0.0)
    load = f"load {load_ms:7.1f} ms  " if load_ms is not None else " " * 18
    print(
        f"{name:<34} {load}evaluate {eval_ms:7.1f} ms  total {total:7.1f} ms  "
        f"{total / TARGET_MS:5.2f}× target  ({obligations} obligations)"
    )


def bench_workspace(name: str, size: DemoSize, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Workspace.open(Path(tmp)) as ws:
        fill_demo(ws, size=size, today=TODAY)
        rules = ws.rules.all()
        facts = load_facts(ws.db, YEAR)
        load_ms = median_ms(lambda: load_facts(ws.db, YEAR), runs)
        eval_ms = median_ms(lambda: evaluate(facts, rules, window(YEAR), TODAY), runs)
        report(name, load_ms, eval_ms, len(evaluate(facts, rules, window(YEAR), TODAY).obligations))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    print(f"Compliance for {YEAR}, judged on {TODAY}; median of {args.runs} runs; "
          f"target {TARGET_MS:.0f} ms")  # fmt: skip
    bench_workspace("demo (small), from the database", DemoSize.SMALL, args.runs)
    heavy = next((s for s in DemoSize if s.value == "heavy"), None)
    if heavy is not None:
        bench_workspace("demo (heavy), from the database", heavy, args.runs)
    facts = large_facts()
    eval_ms = median_ms(lambda: evaluate(facts, DEFAULT_RULES, window(YEAR), TODAY), args.runs)
    count = len(evaluate(facts, DEFAULT_RULES, window(YEAR), TODAY).obligations)
    report("synthetic 400 members, facts only", None, eval_ms, count)


if __name__ == "__main__":
    main()

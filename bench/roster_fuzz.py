"""The roster fuzz test at full size: 20,000 generated rosters (CSV and XLSX, mutated from a
seed) through the import; prints each failure and exits 1 if there was one.

    python bench/roster_fuzz.py [--seed N] [--count N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.importing

from tests.importing.roster_fuzz import Case, run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()

    def report(case: Case, problem: str) -> None:
        print(f"case {case.number} ({case.kind}: {case.what}):\n{problem}\n", flush=True)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        failures = run(args.seed, args.count, Path(folder), report)
    seconds = time.perf_counter() - started
    print(f"{args.count} rosters (seed {args.seed}): {failures} failures, {seconds:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())

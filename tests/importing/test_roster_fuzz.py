"""Generated rosters, mutated at random from a fixed seed: none gives a traceback; each is a
valid result or one clear message, and a refused import writes nothing
(bench/roster_fuzz.py runs the same with 20,000)."""

from pathlib import Path

import pytest

from tests.importing.roster_fuzz import Case, run

SEED = 2026
CASES = 2_000


@pytest.mark.slow
def test_two_thousand_mutated_rosters_never_crash(tmp_path: Path) -> None:
    failures: list[str] = []

    def note(case: Case, problem: str) -> None:
        failures.append(f"case {case.number} ({case.kind}: {case.what}):\n{problem}")

    assert run(SEED, CASES, tmp_path, note) == 0, "\n\n".join(failures[:5])

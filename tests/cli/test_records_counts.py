"""Acceptance 3 of issue 4: after `branchdesk demo`, `info --json` counts the four records."""

import json
from pathlib import Path

from tests.cli.test_cli_foundation import run_cli


def test_demo_info_json_counts_reviews_talks_volunteering_and_training(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli("--data-dir", str(data), "demo").returncode == 0
    shown = run_cli("--data-dir", str(data), "info", "--json")
    assert shown.returncode == 0, shown.stderr
    counts = json.loads(shown.stdout)["counts"]
    for key in (
        "review_rounds",
        "review_entries",
        "talks",
        "talk_counterparts",
        "volunteer_activities",
        "volunteer_participants",
        "trainings",
        "training_participants",
    ):
        assert counts[key] > 0, key

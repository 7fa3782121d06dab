"""The frozen program's entry point: the `branchdesk` command (no subcommand starts the GUI)."""

from branchdesk.cli import main

raise SystemExit(main())

from orderdesk.cli import run

raise SystemExit(run())

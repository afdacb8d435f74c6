from orderdesk.program import run

raise SystemExit(run())

"""The program (``orderdesk``, ``python -m orderdesk``): a warm start when it can, else a fresh one.

Kept apart from ``orderdesk.cli`` because importing that package is already part of the cost a
warm start saves; this module imports only the warm client (standard library).
"""

from __future__ import annotations

import sys


def run() -> int:
    from orderdesk.warm.client import run_warm

    try:
        code = run_warm(sys.argv[1:])
    except KeyboardInterrupt:  # Ctrl-C before the command began: nothing was done
        print("interrupted", file=sys.stderr)
        return 130
    if code is not None:
        return code
    from orderdesk.cli import run as run_fresh

    return run_fresh()

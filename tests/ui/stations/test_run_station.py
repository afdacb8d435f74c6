"""``run_station``: what ``orderdesk station packing|pickup`` runs, opened and closed for real.

It runs in its own process, as it does for a user: ``app.exec()`` returning after ``quit()``
leaves the test process's event loop unable to fire timers, which broke later tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from orderdesk.ui.stations import run_station

SCRIPT = textwrap.dedent(
    """
    import gc
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from orderdesk.db import Database
    from orderdesk.ui.stations import run_station
    from orderdesk.ui.stations.common import StationWindow

    path, kind, pdfs = sys.argv[1:4]
    app = QApplication(sys.argv[:1])

    def close_it():
        stations = [w for w in QApplication.topLevelWidgets() if isinstance(w, StationWindow) and w.isVisible()]
        print("OPEN", *[type(w).__name__ for w in stations], flush=True)
        print("AUTOMATIC GC", gc.isenabled(), flush=True)  # off: the GUI thread collects (ui/heap.py)
        for window in stations:
            window.close()
        app.quit()

    QTimer.singleShot(500, close_it)
    sys.exit(run_station(kind, Database.open(path), fullscreen=False, pdf_folder=pdfs, sounds=False))
    """
)


@pytest.mark.parametrize("kind", ["packing", "pickup"])
def test_run_station_opens_the_station_and_returns_when_closed(db, shop, kind, tmp_path):
    path = Path(str(db.engine.url.database))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(path), kind, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert done.returncode == 0, done.stderr
    expected = "PackingStation" if kind == "packing" else "PickupStation"
    assert f"OPEN {expected}" in done.stdout
    assert "AUTOMATIC GC False" in done.stdout


def test_unknown_station(db, shop, capsys):
    assert run_station("kitchen", db) == 2
    assert "unknown station" in capsys.readouterr().err

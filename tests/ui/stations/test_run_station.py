"""``run_station``: what ``orderdesk station packing|pickup`` runs, opened and closed for real."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from orderdesk.ui.stations import run_station
from orderdesk.ui.stations.common import StationWindow


@pytest.mark.parametrize("kind", ["packing", "pickup"])
def test_run_station_opens_the_station_and_returns_when_closed(qapp, db, shop, kind, tmp_path):
    seen: list[str] = []

    def close_it() -> None:
        stations = [w for w in QApplication.topLevelWidgets() if isinstance(w, StationWindow) and w.isVisible()]
        seen.extend(type(w).__name__ for w in stations)
        for window in stations:
            window.close()
            window.deleteLater()
        qapp.quit()

    QTimer.singleShot(500, close_it)
    assert run_station(kind, db, fullscreen=False, pdf_folder=tmp_path, sounds=False) == 0
    assert seen == ["PackingStation" if kind == "packing" else "PickupStation"]


def test_unknown_station(db, shop, capsys):
    assert run_station("kitchen", db) == 2
    assert "unknown station" in capsys.readouterr().err

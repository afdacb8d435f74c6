"""The board searches once, unseen, after its first page: the first key typed compiles nothing."""

from __future__ import annotations

from orderdesk.ui.board.service_source import PREPARE_TERM, ServiceBoardSource
from orderdesk.ui.board.view import FIRST_PAGE
from tests.factories import make_order, stock_products
from tests.ui.conftest import wait_idle


class CountingSource(ServiceBoardSource):
    def __init__(self, service) -> None:
        super().__init__(service)
        self.prepared: list[tuple] = []

    def prepare_search(self, statuses, limit) -> None:
        self.prepared.append((tuple(statuses), limit))
        super().prepare_search(statuses, limit)


def test_the_first_key_typed_compiles_no_statement(make_window, service, db, qtbot, runner):
    stock_products(service)
    for i in range(30):
        make_order(service, name=f"Anna Kowalska {i}" if i % 2 else f"Ewa Nowak {i}")
    source = CountingSource(service)
    window = make_window(source=source)
    qtbot.waitUntil(lambda: bool(source.prepared), timeout=5000)  # once the first cards are painted
    wait_idle(qtbot, runner)
    assert source.prepared == [(tuple(window.board.statuses), FIRST_PAGE)]
    # SQLAlchemy's cache of compiled statements (no public counter): typing adds nothing to it.
    compiled = len(db.engine._compiled_cache)
    loads = []
    window.board.loaded.connect(lambda: loads.append(1))
    window.filter_bar.search.setText("k")
    qtbot.waitUntil(lambda: bool(loads), timeout=5000)
    wait_idle(qtbot, runner)
    assert len(db.engine._compiled_cache) == compiled
    assert any(m.total for m in window.board.models.values())  # the search did find orders


def test_a_failed_preparation_says_nothing(make_window, service, qtbot, runner, reporter):
    called: list[bool] = []

    class Failing(ServiceBoardSource):
        def prepare_search(self, statuses, limit) -> None:
            called.append(True)
            raise RuntimeError("the database went away")

    window = make_window(source=Failing(service))
    qtbot.waitUntil(lambda: bool(called), timeout=5000)
    wait_idle(qtbot, runner)
    assert window.board.loaded_once
    assert reporter.last is None  # the next load reports a real fault, not this


def test_the_prepared_term_is_one_letter():
    assert len(PREPARE_TERM) == 1 and PREPARE_TERM.isalpha()


def test_the_preparation_waits_for_the_first_painted_cards(make_window, service, qtbot, runner):
    """The preparation's Python work would otherwise share the interpreter with the first paint."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from orderdesk.ui.board.view import ColumnView

    stock_products(service)
    for i in range(5):
        make_order(service, name=f"Anna Kowalska {i}")
    seen: list[str] = []  # appended on the GUI thread and on the worker

    class PaintedCards(QObject):
        def eventFilter(self, watched, event) -> bool:
            view = watched.parent() if event.type() == QEvent.Type.Paint else None
            if isinstance(view, ColumnView) and view.viewport() is watched and view.model().rowCount():
                seen.append("painted")
            return False

    class Recording(ServiceBoardSource):
        def prepare_search(self, statuses, limit) -> None:
            seen.append("prepared")
            super().prepare_search(statuses, limit)

    watcher = PaintedCards()
    QApplication.instance().installEventFilter(watcher)
    try:
        make_window(source=Recording(service))
        qtbot.waitUntil(lambda: "prepared" in seen, timeout=5000)
        wait_idle(qtbot, runner)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert "painted" in seen
    assert seen.index("painted") < seen.index("prepared")

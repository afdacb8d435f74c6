"""Search as you type on the real window: one board load at a time, the newest keystroke wins."""

from __future__ import annotations

import threading

import pytest

from orderdesk.ui.board.model import ColumnModel
from orderdesk.ui.board.service_source import SCAN_LIMIT, ServiceBoardSource
from orderdesk.ui.board.source import BoardFilter
from orderdesk.workflow import MoveRequest, Status
from tests.factories import OWNER, make_order
from tests.ui.conftest import wait_idle


class GatedSource(ServiceBoardSource):
    """The real source, with board loads held at a gate so a test can type while one runs."""

    def __init__(self, service, fail_on: tuple[str, ...] = ()) -> None:
        super().__init__(service)
        self.gate = threading.Event()
        self.gate.set()
        self.fail_on = fail_on
        self.loads: list[str] = []  # the search of every board load that started

    def load_board(self, statuses, flt, limit):
        self.loads.append(flt.search)
        assert self.gate.wait(10), "the test never opened the gate"
        if flt.search in self.fail_on:
            raise RuntimeError(f"load for {flt.search!r} failed")
        return super().load_board(statuses, flt, limit)


def names(window, status: Status = Status.NEW) -> list[str]:
    model = window.column_model(status)
    return [model.summary(i).customer_name for i in model.ids]


def three_customers(service) -> None:
    make_order(service, name="Zofia Woźniak", phone="+48 601 111 222", email="zofia@example.pl")
    make_order(service, name="Wanda Nowak", phone="+48 601 111 333", email="wanda@example.pl")
    make_order(service, name="Екатерина Волкова", phone="+7 912 345 67 89", email="kat@example.ru")


def test_keys_typed_during_a_search_make_one_more_search_and_the_newest_wins(make_window, stocked, qtbot, runner):
    three_customers(stocked)
    source = GatedSource(stocked)
    window = make_window(source=source)
    shown: list[tuple[str, list[str]]] = []
    window.board.loaded.connect(lambda: shown.append((window.board.filter.search, names(window))))
    source.gate.clear()
    qtbot.keyClicks(window.filter_bar.search, "w")
    qtbot.waitUntil(lambda: source.loads[-1:] == ["w"], timeout=5000)  # running, held at the gate
    qtbot.keyClicks(window.filter_bar.search, "ozn")
    qtbot.waitUntil(lambda: window.board.filter.search == "wozn", timeout=5000)  # reached the board, 'w' still runs
    assert source.loads.count("w") == 1 and len(source.loads) == 2  # the first load and 'w': nothing queued per key
    source.gate.set()
    qtbot.waitUntil(lambda: shown != [], timeout=5000)
    wait_idle(qtbot, runner)
    assert source.loads[-1] == "wozn"  # the newest text, searched once after 'w' came back
    assert shown == [("wozn", ["Zofia Woźniak"])]  # 'w' (two cards) never reached the board


def test_a_stale_result_never_overwrites_a_newer_search(make_window, stocked, qtbot, runner):
    three_customers(stocked)
    source = GatedSource(stocked)
    window = make_window(source=source)
    source.gate.clear()
    window.board.load(BoardFilter(search="nowak"))
    qtbot.waitUntil(lambda: source.loads[-1:] == ["nowak"], timeout=5000)
    window.board.load(BoardFilter(search="волк"))
    with qtbot.waitSignal(window.board.loaded, timeout=5000):
        source.gate.set()
    wait_idle(qtbot, runner)
    assert names(window) == ["Екатерина Волкова"]
    assert window.column_model(Status.NEW).filter.search == "волк"


def test_a_failed_stale_search_is_not_reported_and_the_newest_still_loads(make_window, stocked, qtbot, runner):
    three_customers(stocked)
    source = GatedSource(stocked, fail_on=("zz",))
    window = make_window(source=source)
    errors: list[BaseException] = []
    window.board.load_failed.connect(errors.append)
    source.gate.clear()
    window.board.load(BoardFilter(search="zz"))
    qtbot.waitUntil(lambda: source.loads[-1:] == ["zz"], timeout=5000)
    window.board.load(BoardFilter(search="zofia"))
    with qtbot.waitSignal(window.board.loaded, timeout=5000):
        source.gate.set()
    wait_idle(qtbot, runner)
    assert errors == [] and names(window) == ["Zofia Woźniak"]
    # The newest load failing is reported as before.
    with qtbot.waitSignal(window.board.load_failed, timeout=5000):
        window.board.load(BoardFilter(search="zz"))
    assert len(errors) == 1


def test_a_refresh_during_a_search_keeps_the_search(make_window, stocked, qtbot, runner):
    three_customers(stocked)
    source = GatedSource(stocked)
    window = make_window(source=source)
    source.gate.clear()
    window.board.load(BoardFilter(search="wanda"))
    qtbot.waitUntil(lambda: source.loads[-1:] == ["wanda"], timeout=5000)
    window.refresh()  # e.g. the database changed underneath
    source.gate.set()
    qtbot.waitUntil(lambda: source.loads[-2:] == ["wanda", "wanda"], timeout=5000)
    wait_idle(qtbot, runner)
    assert names(window) == ["Wanda Nowak"]


def test_searched_column_pages_are_complete_while_scrolling(stocked, runner, qtbot):
    for i in range(9):
        surname = "Kowalska" if i % 3 else "Nowak"
        make_order(stocked, name=f"Anna {surname} {i}", phone=f"+48 600 200 {i:03d}", email=f"anna{i}@example.pl")
    source = ServiceBoardSource(stocked)
    flt = BoardFilter(search="kowal")
    model = ColumnModel(Status.NEW, source, runner.run, page_size=2)
    model.set_page(source.load_board([Status.NEW], flt, limit=2)[Status.NEW], flt)
    assert model.total == 6 and model.rowCount() == 2
    while model.canFetchMore(model.index(-1)):
        before = model.rowCount()
        model.fetchMore(model.index(-1))
        qtbot.waitUntil(lambda before=before: model.rowCount() > before, timeout=5000)
    got = [model.summary(i).customer_name for i in model.ids]
    assert got == [f"Anna Kowalska {i}" for i in (8, 7, 5, 4, 2, 1)]  # newest first, each once


@pytest.mark.parametrize("scan_limit", [SCAN_LIMIT, 0], ids=["board-scan", "full-text-index"])
def test_board_counts_and_first_cards_per_column(stocked, scan_limit):
    numbers = [
        make_order(stocked, name=f"Jan Kowalski {i}", phone=f"+48 600 300 {i:03d}", email=f"jan{i}@example.pl")
        for i in range(7)
    ]
    for number in numbers[:4]:
        stocked.move(number, MoveRequest(Status.CONFIRMED), OWNER)
    source = ServiceBoardSource(stocked, scan_limit=scan_limit)
    statuses = [Status.NEW, Status.CONFIRMED, Status.PAID]
    for search in ("", "k", "ko", "kowalski", "kowalski 5", "jan5@", "nobody", "%", "_"):
        pages = source.load_board(statuses, BoardFilter(search=search), limit=3)
        for status in statuses:
            every = stocked.list_orders(status=status, search=search, limit=100)
            assert pages[status].total == len(every), (search, status)
            assert [s.number for s in pages[status].rows] == [s.number for s in every[:3]], (search, status)


def test_the_same_cards_again_repaint_only_what_changed(stocked, runner, qtbot):
    from orderdesk.services.orders import OrderEdit

    numbers = [
        make_order(stocked, name=f"Ewa Nowak {i}", phone=f"+48 600 400 {i:03d}", email=f"ewa{i}@example.pl")
        for i in range(3)
    ]
    source = ServiceBoardSource(stocked)
    model = ColumnModel(Status.NEW, source, runner.run)

    def reload() -> None:
        model.set_page(source.load_board([Status.NEW], BoardFilter(), limit=10)[Status.NEW], BoardFilter())

    reload()
    changed: list[tuple[int, int]] = []
    resets: list[bool] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    model.modelReset.connect(lambda: resets.append(True))
    reload()
    assert changed == [] and resets == []  # nothing to repaint
    stocked.update_order(numbers[1], OrderEdit(customer_name="Zofia Nowak"), OWNER)
    reload()
    assert changed == [(1, 1)] and resets == []  # newest first: the middle card
    assert model.summary(model.ids[1]).customer_name == "Zofia Nowak"

"""The web store's status on a card: readable in a narrow column, not "shop: proc…"."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from orderdesk.ui.board.delegate import store_text


def test_the_store_status_keeps_its_words_before_the_stores_name(qapp):
    fm = QFontMetrics(QFont())
    both, alone = "shop: processing", "processing"
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(both)) == both
    # Too narrow for both: the status alone, whole, rather than an elided "shop: proc…".
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(both) - 1) == alone
    assert store_text(fm, "shop", "processing", fm.horizontalAdvance(alone)) == alone
    narrow = store_text(fm, "shop", "processing", fm.horizontalAdvance(alone) - 1)
    assert narrow.endswith("…") and narrow.startswith("proc")
    assert store_text(fm, "shop", "", 500) == "shop: —"  # not known yet


def test_the_carrier_status_goes_beside_the_stores_as_words(qapp):
    from orderdesk.ui.board.delegate import CardDelegate, store_and_carrier_text

    fm = QFontMetrics(QFont())
    delegate = CardDelegate()
    store, carrier = delegate.store_words("on-hold"), delegate.carrier_words("in_transit")
    assert (store, carrier) == ("On hold", "In transit")  # words, not the codes
    assert delegate.store_words("wc-shipped-plugin") == "wc-shipped-plugin"  # a plugin's status as the store says it
    assert delegate.carrier_words("") == ""
    full = "shop: On hold · In transit"
    assert store_and_carrier_text(fm, "shop", store, carrier, fm.horizontalAdvance(full)) == (full, True)
    both = "On hold · In transit"
    assert store_and_carrier_text(fm, "shop", store, carrier, fm.horizontalAdvance(both)) == (both, True)
    # No room for both: the store's alone, and the card's last row shows the carrier's word.
    assert store_and_carrier_text(fm, "shop", store, carrier, fm.horizontalAdvance(both) - 1) == (
        "shop: On hold",
        False,
    )
    assert store_and_carrier_text(fm, "shop", store, "", 500) == ("shop: On hold", False)


def test_a_store_orders_card_and_strip_carry_the_carriers_status(qtbot, make_window, service, runner, owner):
    """The summary the board paints carries the newest outgoing parcel's milestone (not a return
    parcel's, not a cancelled one's), and the order window's strip says it in words."""
    from sqlalchemy import update

    from orderdesk.domain import Address, Customer
    from orderdesk.models import OrderRow, ShipmentRow
    from orderdesk.money import Money
    from orderdesk.services.channels import registry
    from orderdesk.services.orders import NewLine, NewOrder
    from tests.ui.conftest import wait_idle

    channel = registry.add_channel(service.db, "woocommerce", "shop", "https://shop.example.com")
    service.upsert_product("MUG-1", "Kubek", Money(4999, "PLN"), stock_on_hand=5)
    number = service.create_order(
        NewOrder(
            customer=Customer(id=None, name="Anna", phone="+48600123456"),
            lines=[NewLine("MUG-1", 1)],
            delivery_method="carrier",
            payment_method="prepaid_online",
            currency="PLN",
            address=Address("Anna", "Długa 1", "", "Kraków", "30-001", "", "PL"),
            external_id="901",
            channel_id=channel.id,
            external_number="901",
            store_status="completed",
        ),
        owner,
    ).number
    service.add_shipment(number, carrier="inpost", tracking_number="TR1", actor=owner, status="cancelled")
    service.add_shipment(number, carrier="inpost", tracking_number="TR2", actor=owner, status="in_transit")
    service.add_shipment(
        number, carrier="inpost", tracking_number="RT3", actor=owner, status="created", details={"direction": "return"}
    )
    with service.db.session(write=True) as s:
        s.execute(update(ShipmentRow).where(ShipmentRow.tracking_number == "TR1").values(cancelled=True))
        s.execute(update(OrderRow).where(OrderRow.number == number).values(tracking_number="TR2"))
    [summary] = [o for o in service.list_orders() if o.number == number]
    assert summary.carrier_status == "in_transit" and summary.store_status == "completed"

    window = make_window()
    order_id = service.get(number).id
    window.open_order(order_id)
    panel = window._windows[order_id].store_panel
    qtbot.waitUntil(lambda: panel.isVisible() and "In transit" in panel.text.text(), timeout=5000)
    assert "Completed" in panel.text.text() and "in_transit" not in panel.text.text()
    wait_idle(qtbot, runner)


def _painted(width: int, **fields) -> list[str]:
    """The texts a card puts on the screen (the delegate's own drawText and drawStaticText calls,
    recorded: the texts every card repeats are drawn from a kept layout)."""
    from datetime import timedelta

    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from orderdesk.domain import OrderSummary
    from orderdesk.models import utcnow
    from orderdesk.money import Money
    from orderdesk.ui.board.delegate import CardDelegate
    from orderdesk.ui.board.model import SUMMARY_ROLE
    from orderdesk.workflow import PaymentMethod, Status

    class Recording(QPainter):
        def __init__(self, device) -> None:
            super().__init__(device)
            self.texts: list[str] = []

        def drawText(self, *args) -> None:
            self.texts.append(args[-1])
            super().drawText(*args)

        def drawStaticText(self, *args) -> None:
            self.texts.append(args[-1].text())
            super().drawStaticText(*args)

    now = utcnow() - timedelta(hours=2)
    card = dict(
        id=1, number="WEB-1042", status=Status.SHIPPED, version=1, customer_name="Anna Kowalska",
        total=Money(14900, "PLN"), amount_paid=Money(14900, "PLN"), item_count=2, created_at=now,
        status_changed_at=now, payment_method=PaymentMethod.PREPAID_ONLINE, delivery_method="carrier",
        channel="shop", tracking_number=fields.pop("tracking", "620512345678"),
    )  # fmt: skip
    summary = OrderSummary(**{**card, **fields})
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(summary, SUMMARY_ROLE)
    model.appendRow(item)
    delegate = CardDelegate()
    option = QStyleOptionViewItem()
    option.font = QFont()
    option.rect = QRect(0, 0, width, delegate.sizeHint(option, model.index(0, 0)).height())
    image = QImage(width, option.rect.height(), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    try:
        delegate.paint(painter, option, model.index(0, 0))
    finally:
        painter.end()
    return painter.texts


def test_a_painted_card_shows_the_store_and_carrier_words(qapp):
    texts = _painted(600, store_status="completed", carrier_status="in_transit")
    assert "shop: Completed · In transit" in texts and "620512345678" in texts
    assert not any("in_transit" in t for t in texts)


def test_a_narrow_card_moves_the_carriers_word_beside_the_delivery_method_or_the_tracking_number(qapp):
    texts = _painted(300, store_status="completed", carrier_status="at_pickup_point")
    assert "shop: Completed" in texts  # no room on row 1 for the carrier's word
    assert "Carrier · At the pickup point" in texts and "620512345678" in texts  # row 3 had room
    # The board's narrowest column, a 24-digit InPost number: no room for both on row 3, and
    # "Carrier" says nothing the carrier's word does not: the word takes its place, whole.
    long = "620512345678901234567890"
    texts = _painted(230, store_status="completed", carrier_status="at_pickup_point", tracking=long)
    assert "At the pickup point" in texts and "Carrier" not in texts
    assert any(t.startswith("6205") and "…" in t and t.endswith("90") for t in texts), texts
    # Another delivery method stays: the word goes beside the number, shortened at a word.
    texts = _painted(230, store_status="completed", carrier_status="at_pickup_point", tracking=long,
                     delivery_method="pickup_point")  # fmt: skip
    assert "Pickup point" in texts
    [last] = [t for t in texts if t.startswith("At the")]
    assert "… · 6205" in last and last.endswith("90") and "pic…" not in last


def test_pending_payment_and_label_created_are_not_cut_on_a_narrow_card(qapp):
    from orderdesk.money import Money
    from orderdesk.workflow import PaymentMethod

    texts = _painted(230, store_status="pending", carrier_status="created")
    assert "Pending" in texts and not any("paym" in t for t in texts), texts  # not "Pending paym…"
    assert "Carrier · Label created" in texts and "620512345678" in texts  # not "Label creat… · 62…78"
    texts = _painted(260, store_status="pending", carrier_status="created")
    assert "Pending payment" in texts and "Carrier · Label created" in texts
    # A wider payment badge and a longer order number, as on the real board (the screenshot).
    texts = _painted(230, number="2026-000001", store_status="completed", carrier_status="created",
                     amount_paid=Money(0, "PLN"), payment_method=PaymentMethod.CASH_ON_DELIVERY)  # fmt: skip
    assert "Pay later" in texts and "Label created" in texts and "620512345678" in texts, texts
    # A hold on the last row used to hide the carrier's word altogether.
    texts = _painted(230, store_status="on-hold", carrier_status="created", holds=(("channel_mismatch", "differs"),))
    assert "Carrier · Label created" in texts
    # A longer delivery method: the word beside the number, shortened at a word, never mid-word.
    texts = _painted(230, store_status="pending", carrier_status="created", delivery_method="pickup_point")
    [last] = [t for t in texts if "·" in t]
    assert last.startswith("Label… · 6205") and last.endswith("78"), texts


def test_fit_words_shortens_at_a_word(qapp):
    from orderdesk.ui.board.delegate import fit_words, store_text

    fm = QFontMetrics(QFont())
    assert fit_words(fm, "Label created", fm.horizontalAdvance("Label created")) == "Label created"
    assert fit_words(fm, "Label created", fm.horizontalAdvance("Label created") - 1) == "Label…"
    tight = fit_words(fm, "Label created", fm.horizontalAdvance("Lab"))  # not even one word: within it
    assert tight.startswith("L") and tight.endswith("…") and fm.horizontalAdvance(tight) <= fm.horizontalAdvance("Lab")
    wide = fm.horizontalAdvance("Pending payment")
    assert store_text(fm, "shop", "Pending payment", wide, short="Pending") == "Pending payment"
    assert store_text(fm, "shop", "Pending payment", wide - 1, short="Pending") == "Pending"
    assert store_text(fm, "shop", "Pending payment", wide - 1) == "Pending…"  # no compact words: at a word


def test_the_tracking_row_keeps_the_carriers_word_and_shortens_the_number(qapp):
    from orderdesk.ui.board.delegate import tracking_text

    fm = QFontMetrics(QFont())
    whole = "In transit · TR1234567890"
    assert tracking_text(fm, "In transit", "TR1234567890", fm.horizontalAdvance(whole) + 2) == whole
    short = tracking_text(fm, "In transit", "TR1234567890", fm.horizontalAdvance(whole) - 8)
    assert short.startswith("In transit · TR") and "…" in short and short.endswith("90")
    tight = fm.horizontalAdvance("0" * 7 + " · In tra")  # the word shortened too, not dropped
    both = tracking_text(fm, "In transit", "TR1234567890", tight)
    assert both.startswith("In") and both.count("…") == 2 and fm.horizontalAdvance(both) <= tight
    tiny = fm.horizontalAdvance("0" * 7)  # no room for a word at all: the number alone
    assert "·" not in tracking_text(fm, "In transit", "TR1234567890", tiny)
    assert tracking_text(fm, "", "TR123456", 500) == "TR123456"

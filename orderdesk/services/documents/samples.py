"""Sample orders in our four languages: for document previews, the docs images and benchmarks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from orderdesk.domain import Address, Customer, OrderDetail, OrderLine, Shipment
from orderdesk.money import Money
from orderdesk.services.documents.common import ShopInfo
from orderdesk.workflow import PaymentMethod, Status

SHOP = ShopInfo(
    name="Herbata & Chá Sp. z o.o.",
    address_lines=("ul. Świętokrzyska 12/4", "00-916 Warszawa", "Polska"),
    phone="+48 22 123 45 67",
    email="sklep@example.pl",
    locale="pl",
)

# (language, customer, address, currency, carrier, service, tracking prefix, payment method)
PEOPLE = [
    (
        "ru",
        "Анна Сергеевна Кузнецова",
        Address("Анна Кузнецова", "ул. Большая Садовая, д. 10, кв. 50", "", "Москва", "123001", "", "RU"),
        "RUB",
        "cdek",
        "Посылка склад-дверь",
        "CDEK",
        PaymentMethod.CASH_ON_DELIVERY,
    ),
    (
        "pl",
        "Łukasz Żółtowski-Wąsik",
        Address("Łukasz Żółtowski-Wąsik", "ul. Gęślą Jaźń 7 m. 3", "", "Łódź", "90-001", "łódzkie", "PL"),
        "PLN",
        "inpost",
        "Paczkomat A",
        "PL",
        PaymentMethod.PREPAID_ONLINE,
    ),
    (
        "zh",
        "张伟",
        Address("张伟", "朝阳区建国路88号 SOHO现代城 3号楼 1201室", "", "北京市", "100022", "北京", "CN"),
        "CNY",
        "own_courier",
        "同城快递",
        "ZX",
        PaymentMethod.CASH_ON_DELIVERY,
    ),
    (
        "en",
        "Margaret O'Brien",
        Address("Margaret O'Brien", "221B Baker Street", "Flat 2", "London", "NW1 6XE", "", "GB"),
        "GBP",
        "easypost",
        "Priority",
        "EZ",
        PaymentMethod.BANK_TRANSFER,
    ),
]

PRODUCTS = [
    ("TEA-PUER-250", "Чай пуэр «Старый лес», 250 г", 129000, 260, "A-01-2"),
    ("TEA-LONG-100", "龙井绿茶 特级 100克", 8850, 120, "A-03-1"),
    ("MUG-CER-350", "Kubek ceramiczny „Żuraw”, 350 ml", 4500, 410, "B-10-4"),
    ("TEA-EARL-200", "Earl Grey loose leaf tea, 200 g", 1599, 210, "A-02-7"),
    ("POT-GLASS-1L", "Стеклянный чайник с ситечком, 1 л", 249000, 820, "C-01-1"),
    ("CUP-GAIWAN", "白瓷盖碗 150毫升", 6800, 300, "B-02-3"),
]


def sample_order(index: int, lines: int = 3, language: str | None = None) -> OrderDetail:
    """A realistic order; ``index`` varies the person, products and numbers deterministically."""
    people = PEOPLE if language is None else [p for p in PEOPLE if p[0] == language]
    lang, name, address, currency, carrier, service, prefix, payment = people[index % len(people)]
    created = datetime(2026, 11, 20, 9, 30) + timedelta(minutes=index)
    order_lines = []
    for k in range(lines):
        sku, pname, price, weight, bin_location = PRODUCTS[(index + k) % len(PRODUCTS)]
        order_lines.append(
            OrderLine(k + 1, sku, pname, 1 + (index + k) % 3, Money(price, currency), weight, "", bin_location)
        )
    shipment = Shipment(
        id=index + 1,
        carrier=carrier,
        service=service,
        tracking_number=f"{prefix}{7000000000 + index * 7919:010d}" if prefix else "",
        status="created",
        created_at=created,
    )
    order = OrderDetail(
        id=index + 1,
        number=f"OD-2026-{index + 1:06d}",
        status=Status.PACKED,
        version=1,
        external_id="",
        source="demo",
        created_at=created,
        status_changed_at=created,
        customer=Customer(index + 1, name, "+7 912 345-67-89" if lang == "ru" else "+48 601 234 567", language=lang),
        address=address,
        delivery_method="own_courier" if carrier == "own_courier" else "carrier",
        pickup_point_code="WAW01M" if carrier == "inpost" else "",
        payment_method=payment,
        currency=currency,
        shipping_fee_minor=1500,
        amount_paid_minor=0,
        refund_due=False,
        lines=tuple(order_lines),
        holds=(),
        shipments=(shipment,),
        history=(),
        notes={"ru": "Позвонить за час до доставки.", "zh": "请工作日送货", "pl": "Proszę zostawić u sąsiada."}.get(
            lang, ""
        ),
    )
    if payment is not PaymentMethod.CASH_ON_DELIVERY:
        order = replace(order, amount_paid_minor=order.total_minor)
    return order


def sample_orders(count: int, lines: int = 3) -> list[OrderDetail]:
    return [sample_order(i, lines) for i in range(count)]

"""Realistic multilingual demo data: Russian, Polish, Chinese and English customers and products.

``create_demo`` makes the orders through the bulk create path (the import's) and walks each
through the real order service (so histories, stock, pickup codes and shipments are all
genuine); ``bulk_orders`` writes large volumes directly for benchmarks, keeping the same
denormalised columns and search index the service keeps.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, insert, literal, select, update

from orderdesk.bulk import bulk_write, stays_set_after
from orderdesk.db import Database
from orderdesk.domain import Actor, Address, Customer, OrderDetail
from orderdesk.models import (
    BarcodeRow,
    CustomerRow,
    HistoryRow,
    HoldRow,
    OrderCounterRow,
    OrderLineRow,
    OrderRow,
    ProductRow,
    StockMovementRow,
    utcnow,
)
from orderdesk.money import Money
from orderdesk.search import build_search_text
from orderdesk.services.orders import BatchMove, NewLine, NewOrder, OrderService
from orderdesk.services.stock.catalogue import search_text_for
from orderdesk.workflow import ACTIVE, DEFERRED_PAYMENT, DeliveryMethod, Hold, MoveRequest, PaymentMethod, Role, Status

PRODUCTS = [
    # sku, name, price (minor, PLN), weight g, barcode (EAN-13, valid check digit), bin
    ("MUG-001", "Кружка «Москва» 350 мл", 3900, 380, "4601234567893", "A-01-1"),
    ("MUG-002", "Kubek Kraków emaliowany", 4500, 300, "5907635120040", "A-01-2"),
    ("TEA-010", "Чай Иван-чай, 100 г", 2200, 120, "4607654321015", "A-02-1"),
    ("TEA-011", "Herbata Earl Grey liściasta", 1899, 110, "5907654321015", "A-02-2"),
    ("TEA-012", "龙井绿茶 Longjing green tea", 8800, 150, "6901234567892", "A-02-3"),
    ("FAN-020", "折扇 Folding fan, silk", 6500, 90, "6907654321014", "B-05-1"),
    ("SCF-030", "Платок павловопосадский", 15900, 200, "4601111222235", "B-05-2"),
    ("SCF-031", "Szal wełniany góralski", 12900, 250, "5902222333445", "B-05-3"),
    ("CHP-040", "筷子礼盒 Chopsticks gift box", 3500, 180, "6903333444555", "B-06-1"),
    ("BOOK-050", "Mistrz i Małgorzata (PL)", 4999, 520, "9788324012343", "C-01-1"),
    ("BOOK-051", "Мастер и Маргарита", 5400, 540, "9785170123452", "C-01-2"),
    ("BOOK-052", "The Little Prince", 3999, 260, "9780156012195", "C-01-3"),
    ("CAN-060", "Свеча ароматическая «Хвоя»", 2900, 400, "4602222333445", "C-03-1"),
    ("CAN-061", "Świeca sojowa Lawenda", 3400, 380, "5903333444556", "C-03-2"),
    ("PEN-070", "Fountain pen, steel nib", 7900, 45, "0012345678905", "D-01-1"),
    ("INK-071", "墨水 Ink, 50 ml, blue-black", 2500, 110, "6904444555666", "D-01-2"),
    ("NBK-080", "Notebook A5 dotted", 2999, 320, "0098765432105", "D-02-1"),
    ("TOY-090", "Матрёшка 5 мест", 11900, 450, "4603333444556", "E-01-1"),
    ("TOY-091", "Lalka Krakowianka", 8900, 300, "5904444555667", "E-01-2"),
    ("TOY-092", "熊猫毛绒玩具 Panda plush", 5900, 250, "6905555666777", "E-01-3"),
]

SUPPLIERS = {
    "ru": "ООО «Русский сувенир»",
    "tea": "Herbaciarnia Hurt sp. z o.o.",
    "cn": "杭州丝绸茶叶贸易有限公司",
    "books": "Dom Książki Hurtownia",
    "paper": "Papeterie Nord GmbH",
}
# sku: (supplier, re-order point, usual order quantity)
SUPPLY = {
    "MUG-001": ("ru", 20, 60), "MUG-002": ("tea", 15, 40), "TEA-010": ("ru", 30, 100), "TEA-011": ("tea", 30, 120),
    "TEA-012": ("cn", 20, 50), "FAN-020": ("cn", 10, 30), "SCF-030": ("ru", 5, 15), "SCF-031": ("tea", 5, 10),
    "CHP-040": ("cn", 15, 40), "BOOK-050": ("books", 10, 25), "BOOK-051": ("books", 10, 25),
    "BOOK-052": ("books", 10, 20), "CAN-060": ("ru", 20, 48), "CAN-061": ("tea", 20, 48), "PEN-070": ("paper", 8, 20),
    "INK-071": ("paper", 12, 36), "NBK-080": ("paper", 25, 80), "TOY-090": ("ru", 6, 12), "TOY-091": ("tea", 6, 12),
    "TOY-092": ("cn", 10, 30),
}  # fmt: skip

PEOPLE = {
    "ru": ["Иван Петров", "Мария Смирнова", "Алексей Кузнецов", "Екатерина Волкова", "Дмитрий Соколов",
           "Анна Лебедева", "Сергей Новиков", "Ольга Морозова", "Наталья Фёдорова", "Юрий Ёлкин"],
    "pl": ["Anna Kowalska", "Piotr Nowak", "Katarzyna Wiśniewska", "Tomasz Wójcik", "Małgorzata Kamińska",
           "Łukasz Lewandowski", "Agnieszka Zielińska", "Paweł Szymański", "Zofia Woźniak", "Jędrzej Dąbrowski"],
    "zh": ["王伟", "李娜", "张敏", "刘洋", "陈静", "杨磊", "赵丽", "黄勇", "周杰", "吴芳"],
    "en": ["John Smith", "Emily Johnson", "Michael Brown", "Sarah Davis", "David Wilson",
           "Jessica Taylor", "Daniel Anderson", "Laura Thomas", "James Moore", "Olivia Martin"],
}  # fmt: skip

PLACES = {
    "ru": [("ул. Тверская, д. 12, кв. 45", "Москва", "125009", "RU", "+7 916 {a:03d}-{b:02d}-{c:02d}"),
           ("Невский проспект, д. 28", "Санкт-Петербург", "191186", "RU", "+7 921 {a:03d}-{b:02d}-{c:02d}"),
           ("ул. Ленина, д. 5", "Екатеринбург", "620014", "RU", "+7 912 {a:03d}-{b:02d}-{c:02d}")],
    "pl": [("ul. Długa 5/3", "Kraków", "30-001", "PL", "+48 600 {a:03d} {b:02d}{d}"),
           ("ul. Marszałkowska 104", "Warszawa", "00-017", "PL", "+48 601 {a:03d} {b:02d}{d}"),
           ("ul. Świętojańska 12", "Gdynia", "81-368", "PL", "+48 602 {a:03d} {b:02d}{d}")],
    "zh": [("朝阳区建国路88号", "北京", "100022", "CN", "+86 138 {a:04d} {b:02d}{c:02d}"),
           ("浦东新区世纪大道100号", "上海", "200120", "CN", "+86 139 {a:04d} {b:02d}{c:02d}"),
           ("天河区天河路385号", "广州", "510620", "CN", "+86 137 {a:04d} {b:02d}{c:02d}")],
    "en": [("221B Baker Street", "London", "NW1 6XE", "GB", "+44 7700 900{a:03d}"),
           ("350 Fifth Avenue", "New York", "10118", "US", "+1 212 555 01{b:02d}"),
           ("12 George Street", "Sydney", "2000", "AU", "+61 412 {a:03d} {a:03d}")],
}  # fmt: skip

CARRIER_FOR = {"ru": "cdek", "pl": "inpost", "zh": "easypost", "en": "easypost"}

# How often each final status appears in the demo: a busy board with some history behind it.
STATUS_WEIGHTS = {
    Status.NEW: 10, Status.CONFIRMED: 7, Status.AWAITING_PAYMENT: 6, Status.PAID: 5, Status.ASSEMBLING: 6,
    Status.PACKED: 5, Status.READY_FOR_PICKUP: 5, Status.SHIPPED: 5, Status.IN_TRANSIT: 6, Status.DELIVERED: 5,
    Status.COLLECTED: 3, Status.COMPLETED: 12, Status.CANCELLED: 4, Status.RETURN_REQUESTED: 2,
    Status.RETURNED: 2, Status.REFUNDED: 2,
}  # fmt: skip
PICKUP_TARGETS = {Status.READY_FOR_PICKUP, Status.COLLECTED}
SHIP_TARGETS = {Status.SHIPPED, Status.IN_TRANSIT, Status.DELIVERED}


def _phone(rng: random.Random, pattern: str) -> str:
    return pattern.format(a=rng.randint(100, 999), b=rng.randint(10, 99), c=rng.randint(10, 99), d=rng.randint(0, 9))


def _email(rng: random.Random, lang: str, i: int) -> str:
    return f"customer{i}.{lang}@example.{'ru' if lang == 'ru' else 'pl' if lang == 'pl' else 'cn' if lang == 'zh' else 'com'}"


def seed_products(service: OrderService, rng: random.Random) -> None:
    from orderdesk.services.stock import Catalogue, ProductDraft

    catalogue = Catalogue(service.db)
    for n, (sku, name, price, weight, barcode, bin_location) in enumerate(PRODUCTS):
        # Plenty of most things, and two items nearly sold out so the re-order list is not empty.
        stock = 12 if n in (4, 17) else rng.choice([150, 250, 400])
        service.upsert_product(
            sku, name, Money(price, "PLN"), barcode=barcode, weight_g=weight, bin_location=bin_location,
            stock_on_hand=stock,
        )  # fmt: skip
        supplier, point, quantity = SUPPLY[sku]
        catalogue.save(ProductDraft(sku, supplier=SUPPLIERS[supplier], reorder_point=point, reorder_quantity=quantity))


def _path(target: Status, payment: PaymentMethod, delivery: DeliveryMethod) -> list[Status]:
    pre = [Status.CONFIRMED]
    if payment not in DEFERRED_PAYMENT:
        pre += [Status.AWAITING_PAYMENT, Status.PAID]
    pre += [Status.ASSEMBLING, Status.PACKED]
    pickup = delivery in (DeliveryMethod.PICKUP_SHOP, DeliveryMethod.PICKUP_POINT)
    tail = (
        [Status.READY_FOR_PICKUP, Status.COLLECTED] if pickup else [Status.SHIPPED, Status.IN_TRANSIT, Status.DELIVERED]
    )
    full = [*pre, *tail, Status.COMPLETED]
    if target is Status.NEW:
        return []
    if target in full:
        return full[: full.index(target) + 1]
    if target is Status.CANCELLED:
        return [Status.CONFIRMED, Status.CANCELLED]
    returns = [*full, Status.RETURN_REQUESTED, Status.RETURNED, Status.REFUNDED]
    return returns[: returns.index(target) + 1]


def create_demo(
    db: Database, orders: int = 300, seed: int = 7, progress: Callable[[int, int], None] | None = None
) -> list[str]:
    """Fill ``db`` with ``orders`` demo orders through the order service; returns their numbers.

    All of it in one transaction (``Database.batch``): each service call is a savepoint of it,
    so 400 orders cost one disk sync and nothing is read twice, instead of ~2,500 transactions.
    """
    with db.batch():
        return _create_demo(db, orders, seed, progress)


def _create_demo(db: Database, orders: int, seed: int, progress: Callable[[int, int], None] | None) -> list[str]:
    """The orders are made at once by the bulk create path (the import's), then walked through
    the workflow in rounds (``OrderService.move_many``: each order's next step, all orders of a
    round in one go, every move checked by the workflow's guards), and every order's steps are
    dated in one pass at the end."""
    from orderdesk.services.order_bulk import create_orders

    rng = random.Random(seed)
    service = OrderService(db)
    seed_products(service, rng)
    owner, packer = Actor("Olga"), Actor("Piotr", Role.PACKER)  # the role is shown beside the name
    now = utcnow()
    plans = [_plan(rng, i, now) for i in range(orders)]
    created = create_orders(service, [plan.new for plan in plans], owner)
    refused = next((c.error for c in created if c.error is not None), None)
    if refused is not None:
        raise refused
    numbers = [c.number for c in created]
    _walk_all(service, numbers, plans, rng, owner, packer, progress)
    for number, plan in zip(numbers, plans, strict=True):
        if plan.target in (Status.NEW, Status.CONFIRMED) and rng.random() < 0.12:
            service.add_hold(number, Hold.ADDRESS_PROBLEM, "Не найден номер дома / missing house number", owner)
        if plan.target is Status.IN_TRANSIT and rng.random() < 0.15:
            service.add_hold(number, Hold.DELAYED, "No carrier event for 5 days", Actor.system("carrier"))
    _spread_history(db, [(number, plan.new.created_at) for number, plan in zip(numbers, plans, strict=True)], now, rng)
    return numbers


def _walk_all(
    service: OrderService,
    numbers: list[str],
    plans: list[_Plan],
    rng: random.Random,
    owner: Actor,
    packer: Actor,
    progress: Callable[[int, int], None] | None,
) -> None:
    """Walk every order along its path, one step of every order per round. An order whose move is
    refused (e.g. short stock put it on hold) stays where the workflow stopped it."""
    paths = {n: _path(p.target, p.payment, p.delivery) for n, p in zip(numbers, plans, strict=True)}
    langs = {n: p.lang for n, p in zip(numbers, plans, strict=True)}
    current = {order.number: order for order in service.get_many(numbers)}
    walking = [n for n in numbers if paths[n]]
    step, total = 0, len(numbers)
    if progress:
        progress(total - len(walking), total)
    while walking:
        moves = [_move(current[n], paths[n][step], rng, owner, packer, langs[n]) for n in walking]
        still = []
        for outcome in service.move_many(moves):
            if outcome.order is not None:
                current[outcome.number] = outcome.order
                if step + 1 < len(paths[outcome.number]):
                    still.append(outcome.number)
        step += 1
        if progress and len(still) < len(walking):
            progress(total - len(still), total)
        walking = still


@dataclass(frozen=True)
class _Plan:
    new: NewOrder
    target: Status  # where the order's walk ends
    payment: PaymentMethod
    delivery: DeliveryMethod
    lang: str


def _plan(rng: random.Random, i: int, now) -> _Plan:
    statuses, weights = zip(*STATUS_WEIGHTS.items(), strict=True)
    lang = rng.choice(list(PEOPLE))
    name = rng.choice(PEOPLE[lang])
    line1, city, postcode, country, phone_pattern = rng.choice(PLACES[lang])
    target = rng.choices(statuses, weights)[0]
    if target in PICKUP_TARGETS:
        delivery = rng.choice([DeliveryMethod.PICKUP_SHOP, DeliveryMethod.PICKUP_POINT])
    elif target in SHIP_TARGETS:
        delivery = rng.choice([DeliveryMethod.CARRIER, DeliveryMethod.CARRIER, DeliveryMethod.OWN_COURIER])
    else:
        delivery = rng.choice(list(DeliveryMethod))
    if target in (Status.AWAITING_PAYMENT, Status.PAID):
        payment = rng.choice([PaymentMethod.PREPAID_ONLINE, PaymentMethod.BANK_TRANSFER])
    elif delivery in (DeliveryMethod.PICKUP_SHOP, DeliveryMethod.PICKUP_POINT):
        payment = rng.choice([PaymentMethod.PREPAID_ONLINE, PaymentMethod.ON_PICKUP])
    else:
        payment = rng.choice(
            [
                PaymentMethod.PREPAID_ONLINE,
                PaymentMethod.BANK_TRANSFER,
                PaymentMethod.CASH_ON_DELIVERY,
                PaymentMethod.INVOICE,
            ]
        )
    picks = rng.sample(PRODUCTS, rng.randint(1, 4))
    new = NewOrder(
        customer=Customer(None, name, phone=_phone(rng, phone_pattern), email=_email(rng, lang, i), language=lang),
        lines=[NewLine(p[0], rng.choice([1, 1, 1, 2, 3])) for p in picks],
        delivery_method=delivery, payment_method=payment, currency="PLN",
        address=Address(name, line1, "", city, postcode, "", country),
        pickup_point_code="KRA010" if delivery is DeliveryMethod.PICKUP_POINT else "",
        shipping_fee_minor=0 if delivery is DeliveryMethod.PICKUP_SHOP else rng.choice([990, 1500, 1999]),
        external_id=f"WEB-{10000 + i}" if rng.random() < 0.7 else "",
        source=rng.choice(["web", "web", "phone"]),
        notes=rng.choice(["", "", "", "Позвонить перед доставкой", "Proszę o fakturę", "请在工作日送货", "Leave at the door"]),
        created_at=now - timedelta(days=rng.randint(0, 45), minutes=rng.randint(0, 1440)),
    )  # fmt: skip
    return _Plan(new, target, payment, delivery, lang)


def _spread_history(db: Database, made: list[tuple[str, datetime]], now, rng: random.Random) -> None:
    """Date each demo order's steps between its creation and now, in order: a 41-day-old card
    whose whole history says "today" is not what a shop's history looks like.

    ``made``: (number, created at) of every demo order; read with one query per table and
    written with one executemany per table.
    """
    with db.session(write=True) as s:
        found = s.execute(select(OrderRow.number, OrderRow.id).where(OrderRow.number.in_([n for n, _at in made])))
        ids = {row.number: row.id for row in found}
        steps: dict[int, list] = {}
        for row in s.execute(
            select(HistoryRow.id, HistoryRow.order_id, HistoryRow.kind, HistoryRow.to_value)
            .where(HistoryRow.order_id.in_(ids.values()))
            .order_by(HistoryRow.id)
        ):
            steps.setdefault(row.order_id, []).append(row)
        holds: dict[int, list] = {}
        for row in s.execute(
            select(HoldRow.id, HoldRow.order_id, HoldRow.kind).where(HoldRow.order_id.in_(ids.values()))
        ):
            holds.setdefault(row.order_id, []).append(row)
        dated, orders, held = [], [], []
        for number, created_at in made:
            order_id = ids[number]
            rows = steps.get(order_id, [])
            span = (now - created_at).total_seconds()
            cuts = sorted(rng.uniform(0.05, 0.95) * span for _ in rows[1:])
            at = [created_at] + [created_at + timedelta(seconds=seconds) for seconds in cuts] if rows else []
            dated += [{"row_id": row.id, "new_at": when} for row, when in zip(rows, at, strict=True)]
            moves = [when for row, when in zip(rows, at, strict=True) if row.kind == "status"]
            orders.append({"row_id": order_id, "new_at": moves[-1] if moves else created_at})
            put_on = {
                r.to_value: when
                for r, when in zip(rows, at, strict=True)
                if r.kind == "hold" and r.to_value != "resolved"
            }
            held += [{"row_id": h.id, "new_at": put_on[h.kind]} for h in holds.get(order_id, []) if h.kind in put_on]
        # SQLite: the re-dated steps' stays set once per order at the end, not by the update
        # trigger for every row (see orderdesk.bulk).
        with stays_set_after(s.connection().exec_driver_sql, list(ids.values())) if db.is_sqlite else nullcontext():
            for table, column, values in (
                (HistoryRow.__table__, "at", dated),
                (HoldRow.__table__, "created_at", held),
            ):
                if values:
                    s.execute(
                        update(table).where(table.c.id == bindparam("row_id")).values({column: bindparam("new_at")}),
                        values,
                    )
        table = OrderRow.__table__
        s.execute(  # the version moves on as with any change to an order
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(status_changed_at=bindparam("new_at"), version=table.c.version + 1),
            orders,
        )


def _move(order: OrderDetail, status: Status, rng: random.Random, owner: Actor, packer: Actor, lang: str) -> BatchMove:
    """The move to ``status`` as the desk would make it: who, with which payment, code or parcel."""
    request, shipment = MoveRequest(status), None
    actor = packer if status in (Status.ASSEMBLING, Status.PACKED) else owner
    if status is Status.PAID:
        request = MoveRequest(status, payment_minor=order.amount_due_minor)
    elif status is Status.SHIPPED:
        carrier = CARRIER_FOR[lang] if order.delivery_method == DeliveryMethod.CARRIER else "own_courier"
        tracking = f"{carrier[:2].upper()}{rng.randint(10**9, 10**10 - 1)}"
        shipment = {"carrier": carrier, "tracking_number": tracking, "actor": packer, "service": "standard"}
    elif status is Status.COLLECTED:
        due = order.amount_due_minor if order.payment_method is PaymentMethod.ON_PICKUP else None
        request = MoveRequest(status, pickup_code=order.pickup_code, payment_minor=due or None)
    elif status is Status.DELIVERED and order.payment_method is PaymentMethod.CASH_ON_DELIVERY:
        request = MoveRequest(status, payment_minor=order.amount_due_minor)
    elif status in (Status.CANCELLED, Status.RETURNED):
        request = MoveRequest(
            status, reason=rng.choice(["Customer changed their mind", "Клиент передумал", "Klient zrezygnował"])
        )
    elif status is Status.RETURN_REQUESTED:
        request = MoveRequest(status, reason="Wrong size")
    return BatchMove(order.number, request, actor, shipment)


def bulk_orders(db: Database, total: int, active: int = 5000, seed: int = 11, batch: int = 50_000) -> None:
    """Write ``total`` orders fast (``active`` of them on the board), for benchmarks.

    Rows are made as plain tuples and written with ``bulk_write`` (one transaction per batch;
    on SQLite the search index is filled once per batch): a million orders in a few minutes.
    """
    rng = random.Random(seed)
    now = utcnow()
    with db.session(write=True) as s:
        if s.scalar(select(ProductRow.id).limit(1)) is None:
            s.execute(
                insert(ProductRow),
                [
                    {"sku": p[0], "name": p[1], "price_minor": p[2], "currency": "PLN", "weight_g": p[3], "barcode": p[4],
                     "bin_location": p[5], "stock_on_hand": 10_000, "reserved": 0, "supplier": SUPPLIERS[SUPPLY[p[0]][0]],
                     "reorder_point": SUPPLY[p[0]][1], "reorder_quantity": SUPPLY[p[0]][2], "archived": False,
                     "search_text": search_text_for(p[0], p[1])}
                    for p in PRODUCTS
                ],
            )  # fmt: skip
            # the ledger opens with the stock written above, so ``db check`` holds for benchmark data too
            s.execute(
                insert(StockMovementRow).from_select(
                    ["product_id", "kind", "quantity", "on_hand_after", "reserved_after", "at", "actor", "reason",
                     "document"],
                    select(ProductRow.id, literal("counted"), ProductRow.stock_on_hand, ProductRow.stock_on_hand,
                           literal(0), literal(now), literal("demo"), literal("opening balance"), literal("")),
                )
            )  # fmt: skip
            s.execute(insert(BarcodeRow).from_select(["product_id", "code"], select(ProductRow.id, ProductRow.barcode)))
        start = (s.scalar(select(OrderRow.id).order_by(OrderRow.id.desc()).limit(1)) or 0) + 1
    active_statuses = list(ACTIVE)
    closed_statuses = [Status.COMPLETED] * 8 + [Status.CANCELLED, Status.REFUNDED]
    shipped = {Status.SHIPPED, Status.IN_TRANSIT, Status.COMPLETED}
    langs = list(PEOPLE)
    done = 0
    while done < total:
        count = min(batch, total - done)
        customers, orders, lines, history = [], [], [], []
        for k in range(count):
            i = start + done + k
            lang = rng.choice(langs)
            name = rng.choice(PEOPLE[lang])
            line1, city, postcode, country, pattern = rng.choice(PLACES[lang])
            phone = _phone(rng, pattern).replace(" ", "").replace("-", "")
            email = _email(rng, lang, i)
            customers.append((i, name, phone, email, lang, False, False, False, now))
            left = total - done - k
            status = rng.choice(active_statuses) if left <= active else rng.choice(closed_statuses)
            created = now - timedelta(minutes=left)  # the newest ``active`` orders are on the board
            picks = rng.sample(PRODUCTS, rng.randint(1, 3))
            qtys = [rng.randint(1, 3) for _ in picks]
            total_minor = sum(p[2] * q for p, q in zip(picks, qtys, strict=True)) + 1500
            number = f"{created.year}-{i:06d}"
            external = f"WEB-{i}"
            tracking = f"TR{i:010d}" if status in shipped else ""
            search_text = build_search_text(
                [number, external, name, name, phone, email, tracking, *[p[0] for p in picks]]
            )
            orders.append((
                i, number, external, "web", status.value, 1, created, created, i, "carrier", name, line1, "", city,
                postcode, "", country, "", "prepaid_online", "PLN", 1500, total_minor,
                total_minor if status is not Status.NEW else 0, False, sum(qtys), "", "", 0, "", name, tracking, 0,
                search_text,
            ))  # fmt: skip
            for p, q in zip(picks, qtys, strict=True):
                lines.append((i, None, p[0], p[1], q, p[2], p[3], False, False))
            history.append((i, created, "import", "system", "create", "", "new", "bench", {}))
        last_by_year: dict[int, int] = {}
        for order in orders:
            year = order[6].year  # created_at
            last_by_year[year] = max(last_by_year.get(year, 0), order[0])
        bulk_write(
            db,
            [
                (CustomerRow, _CUSTOMER_COLUMNS, customers),
                (OrderRow, _ORDER_COLUMNS, orders),
                (OrderLineRow, _LINE_COLUMNS, lines),
                (HistoryRow, _HISTORY_COLUMNS, history),
            ],
        )
        with db.session(write=True) as s:
            # The numbers above are YEAR-id: move each year's counter past them, or the next order
            # made by hand gets a number that is taken.
            for year, last in last_by_year.items():
                counter = s.get(OrderCounterRow, year, with_for_update=True)
                if counter is None:
                    s.add(OrderCounterRow(year=year, last=last))
                elif counter.last < last:
                    counter.last = last
        done += count


_CUSTOMER_COLUMNS = ("id", "name", "phone", "email", "language", "sms_opt_out", "email_opt_out", "phone_invalid",
                     "created_at")  # fmt: skip
_ORDER_COLUMNS = (
    "id", "number", "external_id", "source", "status", "version", "created_at", "status_changed_at", "customer_id",
    "delivery_method", "recipient", "address_line1", "address_line2", "city", "postcode", "region", "country",
    "pickup_point_code", "payment_method", "currency", "shipping_fee_minor", "total_minor", "amount_paid_minor",
    "refund_due", "item_count", "pickup_code", "shelf_slot", "pickup_failures", "notes", "customer_name",
    "tracking_number", "hold_count", "search_text",
)  # fmt: skip
_LINE_COLUMNS = ("order_id", "product_id", "sku", "name", "quantity", "unit_price_minor", "weight_g", "reserved",
                 "consumed")  # fmt: skip
_HISTORY_COLUMNS = ("order_id", "at", "actor", "role", "kind", "from_value", "to_value", "reason", "details")


__all__ = ["bulk_orders", "create_demo"]

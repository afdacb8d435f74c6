"""Shop data for the station tests: products with real EAN-13 codes, users, orders in any status."""

from __future__ import annotations

from orderdesk.domain import Actor, Address, Customer
from orderdesk.money import Money
from orderdesk.services.orders import NewLine, NewOrder, OrderService
from orderdesk.services.users import User, UserService
from orderdesk.workflow import DeliveryMethod, MoveRequest, PaymentMethod, Role, Status

OWNER = Actor("Olga", Role.OWNER)
OWNER_PIN, PACKER_PIN, CLERK_PIN = "4321", "1111", "2222"

# sku, name, EAN-13 (valid check digits), bin, price (minor PLN)
PRODUCTS = [
    ("MUG-01", "Кружка «Москва» 300 ml", "5901234123457", "A-01-3", 2900),
    ("TEA-GRN", "Zielona herbata 100 g", "4006381333931", "B-12-1", 1850),
    ("BOWL-CN", "青花瓷碗 Porcelain bowl", "9780201379624", "C-04-2", 4500),
    ("SPOON", "Teaspoon, steel", "", "A-02-1", 500),  # no barcode: the SKU label is scanned
]


def add_products(service: OrderService) -> None:
    for sku, name, ean, bin_location, price in PRODUCTS:
        service.upsert_product(
            sku, name, Money(price, "PLN"), barcode=ean, weight_g=300, stock_on_hand=50, bin_location=bin_location
        )


def add_users(db) -> dict[str, User]:
    users = UserService(db)
    return {
        "owner": users.create_user("Olga", Role.OWNER, OWNER_PIN),
        "packer": users.create_user("Piotr", Role.PACKER, PACKER_PIN, actor=OWNER),
        "clerk": users.create_user("Chen", Role.CLERK, CLERK_PIN, actor=OWNER),
    }


def make_order(
    service: OrderService,
    lines: list[tuple[str, int]],
    *,
    delivery: DeliveryMethod = DeliveryMethod.CARRIER,
    payment: PaymentMethod = PaymentMethod.CASH_ON_DELIVERY,
    to: Status = Status.ASSEMBLING,
    tracking: str = "",
    name: str = "Анна Смирнова",
) -> str:
    order = service.create_order(
        NewOrder(
            customer=Customer(None, name, phone="+48600123456", email="anna@example.com", language="ru"),
            lines=[NewLine(sku, qty) for sku, qty in lines],
            delivery_method=delivery,
            payment_method=payment,
            currency="PLN",
            address=Address(name, "ul. Długa 5", "", "Gdańsk", "80-001", "", "PL"),
            pickup_point_code="GDA01" if delivery is DeliveryMethod.PICKUP_POINT else "",
            shipping_fee_minor=1500 if delivery is DeliveryMethod.CARRIER else 0,
        ),
        OWNER,
    )
    number = order.number
    path = [Status.CONFIRMED, Status.ASSEMBLING, Status.PACKED]
    if delivery in (DeliveryMethod.PICKUP_SHOP, DeliveryMethod.PICKUP_POINT):
        path.append(Status.READY_FOR_PICKUP)
    else:
        path.append(Status.SHIPPED)
    if to is Status.NEW:
        return number
    for step in path:
        if step is Status.SHIPPED and tracking:
            service.add_shipment(number, carrier="own_courier", tracking_number=tracking, actor=OWNER)
        service.move(number, MoveRequest(step), OWNER)
        if step is to:
            break
    return number

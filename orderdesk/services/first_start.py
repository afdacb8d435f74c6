"""A new shop's first start: what the guide asks and where it is kept.

The guide (ui/first_start.py) only collects the answers; this module checks them, stores the
shop's details in the shop settings (documents and labels read them there) and adds the first
users, so the same rules hold for the guide, the settings dialog and the CLI.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from orderdesk.db import Database
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.models import OrderRow
from orderdesk.services.users import UserService, check_pin_format
from orderdesk.settings import Settings, declare
from orderdesk.workflow import Role

GUIDE_DONE = "setup.guide_done"
declare(GUIDE_DONE, bool, False, "The first-start guide was finished or skipped (it is offered on an empty database)")

DEFAULT_SHOP_NAME = "My Shop"  # the shop.name default: a shop that never told us its name


@dataclass(frozen=True)
class ShopDetails:
    name: str
    address_lines: tuple[str, ...]  # street, postcode and city, country: as printed under "FROM"
    phone: str = ""
    email: str = ""
    country: str = "PL"
    currency: str = "PLN"
    language: str = "en"  # the documents' language

    def settings(self) -> dict[str, str]:
        return {
            "shop.name": self.name.strip(),
            "shop.address": "|".join(line.strip() for line in self.address_lines if line.strip()),
            "shop.phone": self.phone.strip(),
            "shop.email": self.email.strip(),
            "shop.country": self.country.strip(),
            "shop.currency": self.currency.strip(),
            "shop.language": self.language.strip(),
        }


@dataclass(frozen=True)
class NewUser:
    name: str
    role: Role
    pin: str
    pin_again: str


def current_shop(settings: Settings) -> ShopDetails:
    values = settings.all()
    name = str(values.get("shop.name") or "")
    return ShopDetails(
        name="" if name == DEFAULT_SHOP_NAME else name,
        address_lines=tuple(p for p in str(values.get("shop.address") or "").split("|") if p.strip()),
        phone=str(values.get("shop.phone") or ""),
        email=str(values.get("shop.email") or ""),
        country=str(values.get("shop.country") or "PL"),
        currency=str(values.get("shop.currency") or "PLN"),
        language=str(values.get("shop.language") or "en"),
    )


def check_shop(details: ShopDetails) -> dict[str, str]:
    """The values as they will be stored, or ValidationError naming the field (no database)."""
    values = details.settings()
    if not values["shop.name"] or values["shop.name"] == DEFAULT_SHOP_NAME:
        raise ValidationError(_("Enter the shop's name: it is printed on every document."), field="shop.name")
    if not values["shop.address"]:
        raise ValidationError(
            _("Enter the shop's address: it is the sender on every shipping label."), field="shop.address"
        )
    return {key: str(Settings.check(key, value)) for key, value in values.items()}


def save_shop(settings: Settings, details: ShopDetails) -> dict[str, str]:
    """Check every field first, then store them all: a refused field changes nothing."""
    values = check_shop(details)
    for key, value in values.items():
        settings.set(key, value)
    return values


def check_users(users: Sequence[NewUser]) -> list[NewUser]:
    """The users worth adding (a row with no name is skipped), or ValidationError with its field."""
    wanted = [u for u in users if u.name.strip()]
    for user in wanted:
        field = f"{user.role.value}.pin"
        try:
            check_pin_format(user.pin)
        except ValidationError as exc:
            raise ValidationError(str(exc), field=field) from None
        if user.pin.strip() != user.pin_again.strip():
            raise ValidationError(_("The two PINs differ; type the same PIN twice."), field=field)
    if wanted and not any(u.role is Role.OWNER for u in wanted):
        raise ValidationError(_("Add the owner first: the owner manages the other users."), field="owner.name")
    return wanted


def add_first_users(db: Database, users: Sequence[NewUser]) -> list[str]:
    """Add the owner, then the others as that owner. On a database that already has users
    nothing is added here (the owner adds people with `orderdesk users add`)."""
    wanted = check_users(users)
    service = UserService(db)
    if not wanted or service.has_users():
        return []
    wanted.sort(key=lambda u: u.role is not Role.OWNER)  # the owner first: the first user must be one
    owner = service.create_user(wanted[0].name, wanted[0].role, wanted[0].pin)
    added = [owner.name]
    for user in wanted[1:]:
        try:
            added.append(service.create_user(user.name, user.role, user.pin, owner.actor).name)
        except ValidationError as exc:
            raise ValidationError(str(exc), field=f"{user.role.value}.{exc.field or 'name'}") from None
    return added


def needs_guide(db: Database, settings: Settings) -> bool:
    """Offer the guide on a database with no orders whose guide was never finished or skipped."""
    if settings.get(GUIDE_DONE):
        return False
    with db.session() as s:
        return s.scalar(select(OrderRow.id).limit(1)) is None


def finish_guide(settings: Settings) -> None:
    settings.set(GUIDE_DONE, True)

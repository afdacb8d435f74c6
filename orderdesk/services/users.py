"""People who use the desk: name, role and a short PIN for switching user on a shared PC.

PINs are stored only as salted scrypt hashes. Wrong PINs are counted per user and lock
that user out for a while, because a 4-digit PIN is guessable otherwise. Permission checks
live here (``require_role``) and in the workflow (``ROLE_TARGETS``), so the CLI and the
stations are held to the same rules as the board.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Boolean, DateTime, Integer, String, case, func, or_, select, update
from sqlalchemy.orm import Mapped, mapped_column

from orderdesk.domain import Actor
from orderdesk.errors import NotFound, PermissionDenied, ValidationError
from orderdesk.i18n import _
from orderdesk.models import Base, utcnow
from orderdesk.settings import declare
from orderdesk.workflow import Role

PIN_MIN, PIN_MAX = 4, 8
MAX_WRONG_PINS = 5  # then the user is locked out for LOCKOUT
LOCKOUT = timedelta(minutes=5)
# scrypt cost: ~50 ms and 16 MiB per check on a shop PC; slows offline guessing of short PINs.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
STAFF_ROLES = (Role.OWNER, Role.PACKER, Role.CLERK)

# Station screens (packing bench, pickup counter): shared by both, so declared with the users.
AUTO_LOCK_MINUTES = declare(
    "stations.auto_lock_minutes",
    int,
    5,
    "Minutes without input before a station screen locks (0: never)",
    low=0,
    high=240,
)
# The owner's desk window (main window) with users: its own, usually longer, idle time.
DESK_AUTO_LOCK_MINUTES = declare(
    "desk.auto_lock_minutes", int, 10, "Minutes without input before the desk window locks (0: never)", low=0, high=240
)
SCANNER_TERMINATOR = declare(
    "stations.scanner_terminator", str, "enter", "Key the barcode scanners send after a code: enter, tab or enter,tab"
)
SCANNER_MAX_GAP_MS = declare(
    "stations.scanner_max_gap_ms",
    int,
    30,
    "Longest pause between two keys of one scan, in ms (people type slower)",
    low=1,
    high=1000,
)
SCANNER_MIN_LENGTH = declare(
    "stations.scanner_min_length",
    int,
    4,
    "Shortest code the scanners read; shorter quick bursts count as typing",
    low=1,
    high=64,
)


class UserRow(Base):
    """The ``users`` table (migration 0004_stations)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True, nullable=False)
    role: Mapped[str] = mapped_column(String(16), nullable=False)
    pin_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    failed_pins: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # naive UTC, as everywhere
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: Role
    active: bool = True

    @property
    def actor(self) -> Actor:
        return Actor(self.name, self.role)


def _to_user(row: UserRow) -> User:
    return User(id=row.id, name=row.name, role=Role(row.role), active=row.active)


# -- PIN hashing


def check_pin_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not (pin.isdigit() and pin.isascii() and PIN_MIN <= len(pin) <= PIN_MAX):
        raise ValidationError(_("A PIN is {a} to {b} digits.").format(a=PIN_MIN, b=PIN_MAX), field="pin")
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


# -- permissions


def require_role(actor: Actor, *roles: Role, action: str) -> None:
    """Refuse ``action`` unless ``actor`` has one of ``roles`` (the owner and system jobs always may)."""
    if actor.role in (Role.OWNER, Role.SYSTEM) or actor.role in roles:
        return
    allowed = ", ".join(r.value for r in roles) or Role.OWNER.value
    raise PermissionDenied(
        _("{name} ({role}) cannot {action}: this needs {allowed} or the owner.").format(
            name=actor.name, role=actor.role.value, action=action, allowed=allowed
        )
    )


def require_reason(reason: str | None, action: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError(_("Say why: {action} needs a reason.").format(action=action), field="reason")
    return text


class UserService:
    def __init__(self, db) -> None:  # db: orderdesk.db.Database
        self._db = db

    # -- reading

    def list_users(self, include_inactive: bool = False) -> list[User]:
        with self._db.session() as s:
            q = select(UserRow).order_by(func.lower(UserRow.name))
            if not include_inactive:
                q = q.where(UserRow.active.is_(True))
            return [_to_user(r) for r in s.scalars(q)]

    def get(self, name: str) -> User:
        with self._db.session() as s:
            return _to_user(self._row(s, name))

    def has_users(self) -> bool:
        with self._db.session() as s:
            return bool(s.scalar(select(func.count(UserRow.id)).where(UserRow.active.is_(True))))

    # -- managing (owner only, except the very first owner of a new database)

    def create_user(self, name: str, role: Role | str, pin: str, actor: Actor | None = None) -> User:
        name = (name or "").strip()
        if not name or len(name) > 80:
            raise ValidationError(_("A user needs a name of at most 80 characters."), field="name")
        try:
            role = Role(role)
        except ValueError:
            role = None
        if role not in STAFF_ROLES:
            raise ValidationError(_("A role is owner, packer or clerk."), field="role")
        pin = check_pin_format(pin)
        with self._db.session(write=True) as s:
            first = not s.scalar(select(func.count(UserRow.id)))
            if first and role is not Role.OWNER:
                raise ValidationError(_("The first user must be the owner."), field="role")
            if not first:
                if actor is None:
                    raise PermissionDenied(_("Only the owner can add users."))
                require_role(actor, action=_("add users"))
            if s.scalar(select(UserRow.id).where(func.lower(UserRow.name) == name.lower())):
                raise ValidationError(_("There is already a user called {n}.").format(n=name), field="name")
            row = UserRow(name=name, role=role.value, pin_hash=hash_pin(pin), active=True, created_at=utcnow())
            s.add(row)
            s.flush()
            return _to_user(row)

    def change_pin(self, name: str, new_pin: str, actor: Actor, old_pin: str | None = None) -> None:
        """Users change their own PIN with the old one; the owner resets anyone's."""
        new_pin = check_pin_format(new_pin)
        with self._db.session(write=True) as s:
            row = self._row(s, name)
            if actor.role is not Role.OWNER:
                if actor.name != row.name or not pin_matches(old_pin or "", row.pin_hash):
                    raise PermissionDenied(_("Only the owner, or the user with the old PIN, can change a PIN."))
            row.pin_hash = hash_pin(new_pin)
            row.failed_pins = 0
            row.locked_until = None

    def set_active(self, name: str, active: bool, actor: Actor) -> None:
        require_role(actor, action=_("switch users on or off"))
        with self._db.session(write=True) as s:
            row = self._row(s, name)
            if not active and row.role == Role.OWNER.value:
                others = s.scalar(
                    select(func.count(UserRow.id)).where(
                        UserRow.role == Role.OWNER.value, UserRow.active.is_(True), UserRow.id != row.id
                    )
                )
                if not others:
                    raise ValidationError(_("The last owner cannot be switched off."))
            row.active = active

    # -- signing in
    #
    # A PIN check is "claimed" before it is made: one UPDATE counts the attempt unless the user
    # is locked, so however many PCs guess at once, at most MAX_WRONG_PINS guesses are judged per
    # lock-out window. A right PIN then clears the count. (A read-check-write in Python let 29 of
    # 60 parallel guesses through on PostgreSQL.)

    def authenticate(self, name: str, pin: str) -> User:
        """Quick switch: the user's name and PIN, or PermissionDenied (counted)."""
        with self._db.session() as s:
            row = self._row(s, name)
            user, stored = _to_user(row), row.pin_hash
        if not user.active:
            raise PermissionDenied(_("{n} is switched off; ask the owner.").format(n=user.name))
        claim = self._claim_attempt(user.id)
        if claim is None:
            raise PermissionDenied(self._locked_message(user))
        if pin_matches((pin or "").strip(), stored):
            self._clear_failures(user.id)
            return user
        failed, locked_until = claim
        if locked_until is not None:
            raise PermissionDenied(
                _("Wrong PIN. {n} is locked for {m} minutes.").format(n=user.name, m=LOCKOUT.seconds // 60)
            )
        raise PermissionDenied(_("Wrong PIN for {n} ({k} tries left).").format(n=user.name, k=MAX_WRONG_PINS - failed))

    def verify_owner_pin(self, pin: str, name: str | None = None) -> User:
        """An owner override: returns the owner whose PIN this is, or raises PermissionDenied."""
        with self._db.session() as s:
            q = select(UserRow).where(UserRow.role == Role.OWNER.value, UserRow.active.is_(True))
            if name:
                q = q.where(func.lower(UserRow.name) == name.strip().lower())
            owners = [(_to_user(r), r.pin_hash) for r in s.scalars(q.order_by(UserRow.id))]
        if not owners:
            raise PermissionDenied(_("No owner account to approve this."))
        # Every owner tried counts one attempt (no free guessing); a locked owner is not tried.
        claimed = [(user, stored, claim) for user, stored in owners if (claim := self._claim_attempt(user.id))]
        match = next((user for user, stored, _claim in claimed if pin_matches((pin or "").strip(), stored)), None)
        if match is None:
            raise PermissionDenied(_("That is not the owner's PIN."))
        self._clear_failures(match.id)
        # The other owners' attempts were not guesses at their PINs: give them back.
        self._give_back([u.id for u, _s, claim in claimed if u.id != match.id and claim[1] is None])
        return match

    def owner_override(self, pin: str, reason: str | None, action: str) -> Actor:
        """An owner's approval for one action: their PIN and a reason; returns the owner as actor."""
        require_reason(reason, action)
        return self.verify_owner_pin(pin).actor

    # -- helpers

    def _row(self, s, name: str) -> UserRow:
        row = s.scalar(select(UserRow).where(func.lower(UserRow.name) == (name or "").strip().lower()))
        if row is None:
            raise NotFound(_("No user called {n}.").format(n=name))
        return row

    def _claim_attempt(self, user_id: int) -> tuple[int, datetime | None] | None:
        """Count one PIN attempt atomically: (failures now, locked until) or None when locked out."""
        now = utcnow()
        table = UserRow.__table__
        reached = table.c.failed_pins + 1 >= MAX_WRONG_PINS
        stmt = (
            update(table)
            .where(table.c.id == user_id, or_(table.c.locked_until.is_(None), table.c.locked_until <= now))
            .values(
                failed_pins=case((reached, 0), else_=table.c.failed_pins + 1),
                locked_until=case((reached, now + LOCKOUT), else_=None),
            )
            .returning(table.c.failed_pins, table.c.locked_until)
        )
        with self._db.session(write=True) as s:
            got = s.execute(stmt).first()
        return (got[0], got[1]) if got is not None else None

    def _clear_failures(self, user_id: int) -> None:
        with self._db.session(write=True) as s:
            s.execute(update(UserRow).where(UserRow.id == user_id).values(failed_pins=0, locked_until=None))

    def _give_back(self, user_ids: list[int]) -> None:
        if not user_ids:
            return
        with self._db.session(write=True) as s:
            s.execute(
                update(UserRow)
                .where(UserRow.id.in_(user_ids), UserRow.failed_pins > 0)
                .values(failed_pins=UserRow.failed_pins - 1)
            )

    def _locked_message(self, user: User) -> str:
        with self._db.session() as s:
            until = s.scalar(select(UserRow.locked_until).where(UserRow.id == user.id)) or utcnow()
        wait = max(1, int((until - utcnow()).total_seconds() // 60) + 1)
        return _("Too many wrong PINs for {n}: try again in {m} min or ask the owner.").format(n=user.name, m=wait)

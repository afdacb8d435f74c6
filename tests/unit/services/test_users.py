"""Users, PINs and role checks, on a real migrated SQLite file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from orderdesk.domain import Actor
from orderdesk.errors import NotFound, PermissionDenied, ValidationError
from orderdesk.services.users import (
    MAX_WRONG_PINS,
    UserRow,
    UserService,
    hash_pin,
    pin_matches,
    require_reason,
    require_role,
)
from orderdesk.workflow import Role


@pytest.fixture
def users(db):
    svc = UserService(db)
    svc.create_user("Olga", Role.OWNER, "4321")
    svc.create_user("Piotr", Role.PACKER, "1111", actor=Actor("Olga", Role.OWNER))
    svc.create_user("Chen", Role.CLERK, "2222", actor=Actor("Olga", Role.OWNER))
    return svc


def test_pin_is_stored_as_salted_scrypt_hash(db, users):
    with db.session() as s:
        stored = {r.name: r.pin_hash for r in s.scalars(select(UserRow))}
    assert all(h.startswith("scrypt$") for h in stored.values())
    assert "4321" not in stored["Olga"]
    assert hash_pin("1111") != hash_pin("1111")  # salted
    assert pin_matches("1111", stored["Piotr"]) and not pin_matches("1112", stored["Piotr"])
    assert not pin_matches("1111", "garbage")


def test_first_user_must_be_owner_and_then_only_owner_adds(db):
    svc = UserService(db)
    with pytest.raises(ValidationError):
        svc.create_user("Piotr", Role.PACKER, "1111")
    svc.create_user("Olga", "owner", "4321")
    with pytest.raises(PermissionDenied):
        svc.create_user("Ann", Role.PACKER, "1234")
    with pytest.raises(PermissionDenied):
        svc.create_user("Ann", Role.PACKER, "1234", actor=Actor("Piotr", Role.PACKER))
    ann = svc.create_user("Ann", Role.PACKER, "1234", actor=Actor("Olga", Role.OWNER))
    assert ann.actor == Actor("Ann", Role.PACKER)
    with pytest.raises(ValidationError):
        svc.create_user("ann", Role.CLERK, "1234", actor=Actor("Olga", Role.OWNER))  # names are unique, any case


@pytest.mark.parametrize("pin", ["", "12", "123456789", "12a4", "١٢٣٤"])
def test_pin_format(db, pin):
    with pytest.raises(ValidationError):
        UserService(db).create_user("Olga", Role.OWNER, pin)


def test_quick_switch_by_name_and_pin(users):
    assert [u.name for u in users.list_users()] == ["Chen", "Olga", "Piotr"]
    assert users.authenticate("piotr", "1111").role is Role.PACKER
    with pytest.raises(PermissionDenied, match="Wrong PIN"):
        users.authenticate("Piotr", "9999")
    with pytest.raises(NotFound):
        users.authenticate("Nobody", "1111")


def test_wrong_pins_lock_the_user_out(users):
    for _ in range(MAX_WRONG_PINS - 1):
        with pytest.raises(PermissionDenied, match="tries left"):
            users.authenticate("Piotr", "0000")
    with pytest.raises(PermissionDenied, match="locked"):
        users.authenticate("Piotr", "0000")
    with pytest.raises(PermissionDenied, match="Too many wrong PINs"):
        users.authenticate("Piotr", "1111")  # even the right PIN waits now
    owner = Actor("Olga", Role.OWNER)
    users.change_pin("Piotr", "5555", owner)  # the owner resets it
    assert users.authenticate("Piotr", "5555").name == "Piotr"


def test_verify_owner_pin(users):
    assert users.verify_owner_pin("4321").name == "Olga"
    with pytest.raises(PermissionDenied):
        users.verify_owner_pin("1111")  # the packer's PIN is no owner's PIN
    assert users.owner_override("4321", "customer lost the code", "hand over").role is Role.OWNER
    with pytest.raises(ValidationError):
        users.owner_override("4321", "  ", "hand over")


def test_change_own_pin_needs_old_pin(users):
    piotr = Actor("Piotr", Role.PACKER)
    with pytest.raises(PermissionDenied):
        users.change_pin("Piotr", "7777", piotr, old_pin="0000")
    with pytest.raises(PermissionDenied):
        users.change_pin("Chen", "7777", piotr, old_pin="2222")
    users.change_pin("Piotr", "7777", piotr, old_pin="1111")
    assert users.authenticate("Piotr", "7777")


def test_switched_off_users_and_last_owner(users):
    owner = Actor("Olga", Role.OWNER)
    users.set_active("Chen", False, owner)
    with pytest.raises(PermissionDenied):
        users.authenticate("Chen", "2222")
    assert "Chen" not in [u.name for u in users.list_users()]
    with pytest.raises(ValidationError):
        users.set_active("Olga", False, owner)
    with pytest.raises(PermissionDenied):
        users.set_active("Piotr", False, Actor("Chen", Role.CLERK))


def test_require_role_and_reason():
    require_role(Actor("Olga", Role.OWNER), Role.PACKER, action="pack")
    require_role(Actor("Piotr", Role.PACKER), Role.PACKER, action="pack")
    with pytest.raises(PermissionDenied, match="Chen"):
        require_role(Actor("Chen", Role.CLERK), Role.PACKER, action="pack")
    assert require_reason(" lost ", "x") == "lost"
    with pytest.raises(ValidationError):
        require_reason(None, "x")


def test_migration_matches_the_orm(db):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from orderdesk.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert [d for d in diff if "users" in repr(d)] == []

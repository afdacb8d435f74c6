"""Who works on an order and in which order: the priority flag and the person it is assigned to."""

from __future__ import annotations

from sqlalchemy import select

from orderdesk import domain
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.services.orders.base import OrderServiceBase


class WorkMixin(OrderServiceBase):
    def set_priority(
        self, number: str, on: bool, actor: domain.Actor, reason: str = "", expected_version: int | None = None
    ) -> domain.OrderDetail:
        """Flag (or unflag) an order as priority, with its history row; setting what is already set
        changes nothing and writes nothing."""
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            self._check_version(row, expected_version)
            if bool(row.priority) != bool(on):
                row.priority = bool(on)
                self._history(s, row, actor, "priority", from_value="off" if on else "on",
                              to_value="on" if on else "off", reason=reason.strip())  # fmt: skip
                s.flush()
            return self._detail(s, row, True)

    def assign(
        self, number: str, person: str | None, actor: domain.Actor, expected_version: int | None = None
    ) -> domain.OrderDetail:
        """Assign the order to a person (an active user's name), or to nobody with ``None``/""."""
        name = (person or "").strip()
        with self.db.session(write=True) as s:
            if name:
                # Imported here: reading or moving orders never looks a person up (start-up time).
                from orderdesk.services.users import UserRow

                known = s.scalar(select(UserRow.name).where(UserRow.name == name, UserRow.active.is_(True)))
                if known is None:
                    people = ", ".join(
                        s.scalars(select(UserRow.name).where(UserRow.active.is_(True)).order_by(UserRow.name))
                    )
                    raise ValidationError(
                        _("No active user '{p}'. Assign to one of: {list}.").format(p=name, list=people or _("(no users yet)")),
                        field="assigned_to",
                    )  # fmt: skip
            row = self._row(s, number)
            self._check_version(row, expected_version)
            if (row.assigned_to or "") != name:
                self._history(s, row, actor, "assign", from_value=row.assigned_to or "", to_value=name)
                row.assigned_to = name
                s.flush()
            return self._detail(s, row, True)

    def people(self) -> list[str]:
        """The active users an order can be assigned to."""
        from orderdesk.services.users import UserRow

        with self.db.session() as s:
            return list(s.scalars(select(UserRow.name).where(UserRow.active.is_(True)).order_by(UserRow.name)))

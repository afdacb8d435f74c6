"""Shipments added to an order by hand (own courier) or by the shipping service after a purchase."""

from __future__ import annotations

from sqlalchemy.orm import Session

from orderdesk import domain, repository
from orderdesk.errors import ValidationError
from orderdesk.i18n import _
from orderdesk.limits import check_column
from orderdesk.models import OrderRow, ShipmentRow
from orderdesk.services.orders.base import OrderServiceBase
from orderdesk.services.orders.rows import refresh


class ShipmentsMixin(OrderServiceBase):
    def add_shipment(
        self,
        number: str,
        *,
        carrier: str,
        tracking_number: str,
        actor: domain.Actor,
        service: str = "",
        external_id: str = "",
        label_path: str = "",
        label_format: str = "",
        status: str = "created",
        idempotency_key: str | None = None,
        details: dict | None = None,
    ) -> domain.Shipment:
        with self.db.session(write=True) as s:
            row = self._row(s, number)
            shipment = self._attach_shipment(
                s, row, carrier=carrier, tracking_number=tracking_number, actor=actor, service=service,
                external_id=external_id, label_path=label_path, label_format=label_format, status=status,
                idempotency_key=idempotency_key, details=details,
            )  # fmt: skip
            s.flush()
            return repository.to_shipment(shipment)

    def _attach_shipment(
        self,
        s: Session,
        row: OrderRow,
        *,
        carrier: str,
        tracking_number: str,
        actor: domain.Actor,
        service: str = "",
        external_id: str = "",
        label_path: str = "",
        label_format: str = "",
        status: str = "created",
        idempotency_key: str | None = None,
        details: dict | None = None,
        flush: bool = True,
    ) -> ShipmentRow:
        if not tracking_number.strip():
            raise ValidationError(_("Enter the tracking number."), field="tracking_number")
        check_column(tracking_number.strip(), _("tracking number"), ShipmentRow.tracking_number, "tracking_number")
        check_column(carrier, _("carrier"), ShipmentRow.carrier, "carrier")
        check_column(service, _("service"), ShipmentRow.service, "service")
        shipment = ShipmentRow(
            carrier=carrier,
            service=service,
            tracking_number=tracking_number.strip(),
            external_id=external_id,
            label_path=label_path,
            label_format=label_format,
            status=status,
            idempotency_key=idempotency_key,
            details=details or {},
            cancelled=False,
        )
        row.shipments.append(shipment)
        self._history(
            s,
            row,
            actor,
            "label",
            to_value=tracking_number.strip(),
            details={"carrier": carrier, "service": service},
            flush=flush,
        )
        refresh(row)
        return shipment

"""The shop's own courier: our tracking number, our label, no server to ask.

The tracking number is derived from the shipment reference (stable, so a retried purchase
gives the same number). The label is the shop's own, printed by the documents service: this
carrier returns no label file of its own. Progress is recorded by hand on the board.
"""

from __future__ import annotations

import re

from orderdesk.services.carriers.base import Carrier, CreatedShipment, Label, ShipmentRequest, TrackingResult


class OwnCourierCarrier(Carrier):
    name = "own_courier"
    title = "Own courier"
    tracks = False
    services = ("standard", "same_day")
    label_formats = ("pdf", "zpl")

    def __init__(self, prefix: str = "OD") -> None:
        self.prefix = prefix

    def tracking_number(self, reference: str) -> str:
        return f"{self.prefix}{re.sub(r'[^0-9A-Za-z]', '', reference).upper()}"

    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        return CreatedShipment(
            external_id=request.reference,
            tracking_number=self.tracking_number(request.reference),
            service=request.service or "standard",
            status="created",
            reference=request.reference,
        )

    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        return None  # nothing outside the desk can have created it

    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf") -> Label | None:
        return None  # the documents service prints the shop's own label

    def cancel(self, shipment: CreatedShipment) -> None:
        return None

    def track(self, external_id: str, tracking_number: str) -> TrackingResult:
        return TrackingResult((), "", tracking_number)

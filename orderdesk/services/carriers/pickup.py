"""Pickup at the shop: no parcel travels, so no label and no tracking.

It exists so every delivery method goes through the same interface (e.g. a "shipment" with a
shelf reference for the counter); the order itself goes packed -> ready_for_pickup -> collected.
"""

from __future__ import annotations

from orderdesk.services.carriers.base import Carrier, CreatedShipment, Label, ShipmentRequest, TrackingResult


class PickupCarrier(Carrier):
    name = "pickup"
    title = "Pickup at the shop"
    tracks = False
    services = ("counter",)
    label_formats = ()

    def create_shipment(self, request: ShipmentRequest) -> CreatedShipment:
        return CreatedShipment(
            external_id=request.reference,
            tracking_number=f"PICKUP-{request.reference}",
            service="counter",
            status="created",
            reference=request.reference,
        )

    def find_by_reference(self, reference: str) -> CreatedShipment | None:
        return None

    def get_label(self, shipment: CreatedShipment, label_format: str = "pdf") -> Label | None:
        return None

    def cancel(self, shipment: CreatedShipment) -> None:
        return None

    def track(self, external_id: str, tracking_number: str) -> TrackingResult:
        return TrackingResult((), "", tracking_number)

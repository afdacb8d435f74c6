"""Service pieces the carrier windows need: weight and pickup-point overrides, the shared sync round."""

from __future__ import annotations

import pytest

from orderdesk.errors import ValidationError
from orderdesk.services.carriers.registry import CarrierRegistry
from orderdesk.services.shipping import ShippingService
from orderdesk.services.sync_round import run_sync_round
from orderdesk.settings import Settings
from tests.factories import OWNER, packed_order


@pytest.fixture
def registry(db, cdek, inpost, easypost):
    return CarrierRegistry(
        Settings(db), overrides={"cdek": lambda: cdek, "inpost": lambda: inpost, "easypost": lambda: easypost}
    )


@pytest.fixture
def shipping(db, service, registry, tmp_path):
    return ShippingService(db, service, registry, labels_dir=tmp_path / "labels")


def test_weight_and_pickup_point_overrides_reach_the_request(shipping, service):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    order = service.get(number)
    plain = shipping.build_request(order)
    assert plain.parcels[0].weight_g == max(order.weight_g, 100)
    assert plain.pickup_point == "KRA010"
    changed = shipping.build_request(order, weight_g=2500, pickup_point=" WAW01M ")
    assert changed.parcels[0].weight_g == 2500
    assert changed.pickup_point == "WAW01M"
    with pytest.raises(ValidationError, match="weight"):
        shipping.build_request(order, weight_g=0)


def test_inpost_label_bought_for_another_locker(shipping, service, inpost_fake):
    number = packed_order(service, delivery="pickup_point", pickup_point_code="KRA010")
    purchase = shipping.buy_label(
        number, "inpost", OWNER, service="inpost_locker_standard", pickup_point="WAW01M", weight_g=900
    )
    body = next(s for s in inpost_fake.shipments.values() if s["tracking_number"] == purchase.shipment.tracking_number)
    assert body["custom_attributes"]["target_point"] == "WAW01M"


def test_easypost_quote_uses_the_weight(shipping, service, easypost_fake):
    number = packed_order(service)
    rates = shipping.quote(number, "easypost", weight_g=3000)
    assert rates and all(r.rate_id for r in rates)
    posted = [s for s in easypost_fake.shipments.values()]
    assert posted[-1]["parcel"]["weight"] == pytest.approx(3000 / 28.349523125, abs=0.1)


def test_sync_round_runs_tracking_messages_and_auto_complete(db, service, registry):
    calls = []
    result = run_sync_round(
        db, service, Settings(db), registry=registry, message_round=lambda d: calls.append(d) or {"sent": 0}
    )
    assert result.tracking.shipments == 0 and calls == [db]
    assert result.messages == {"sent": 0} and result.auto_completed == []
    assert not result.failed
    assert any("Messages: sent 0" in line for line in result.lines())
    skipped = run_sync_round(db, service, Settings(db), registry=registry, messages=False)
    assert skipped.messages is None and len(calls) == 1


def test_scheduled_round_waits_for_the_interval_after_any_round(db, service, registry):
    from datetime import timedelta

    from orderdesk.models import utcnow
    from orderdesk.services.sync_round import LAST_ROUND, last_round_at

    settings = Settings(db)
    assert last_round_at(settings) is None
    first = run_sync_round(db, service, settings, registry=registry, messages=False, skip_if_fresh=True)
    assert first.skipped_since is None  # nothing ran before: due
    stamp = last_round_at(settings)
    assert stamp is not None and (utcnow() - stamp).total_seconds() < 60
    again = run_sync_round(db, service, settings, registry=registry, messages=False, skip_if_fresh=True)
    assert again.skipped_since == stamp and "Not run" in again.lines()[0]
    by_hand = run_sync_round(db, service, settings, registry=registry, messages=False)
    assert by_hand.skipped_since is None  # asked for: always runs
    settings.set(LAST_ROUND, (utcnow() - timedelta(minutes=16)).isoformat())
    assert (
        run_sync_round(db, service, settings, registry=registry, messages=False, skip_if_fresh=True).skipped_since
        is None
    )
    settings.set(LAST_ROUND, "garbage")
    assert last_round_at(settings) is None


def test_a_round_already_running_elsewhere_is_not_started_twice(db, service, registry):
    from orderdesk.services.leases import lease
    from orderdesk.services.sync_round import SYNC_LEASE

    calls = []
    with lease(db, SYNC_LEASE) as held:
        assert held is not None
        busy = run_sync_round(db, service, Settings(db), registry=registry, message_round=calls.append)
    assert busy.busy_elsewhere and calls == [] and not busy.failed
    assert busy.lines() == ["Not run: another PC is running a sync round right now."]
    after = run_sync_round(db, service, Settings(db), registry=registry, messages=False)
    assert not after.busy_elsewhere

"""The WooCommerce client against the strict fake: sign-in modes, paging, cursors, faults."""

from __future__ import annotations

import time

import pytest
import requests

from orderdesk.services.channels.base import StoreError
from orderdesk.services.channels.woocommerce import oauth_sign
from tests.integration.channels.conftest import KEY, SECRET, client_for


def _orders(client, **kw):
    return [o for page in client.fetch(**kw) for o in page]


def test_oauth_over_plain_http_reads_orders(woo, client):
    woo.add_order(id=501)
    assert client.auth == "oauth"
    assert [o.external_id for o in _orders(client, since=None, open_only=True)] == ["501"]


def test_oauth_signature_is_really_checked(woo):
    woo.add_order()
    bad = client_for(woo, secret="cs_wrong")
    with pytest.raises(StoreError, match="Invalid signature"):
        _orders(bad, since=None, open_only=False)
    unknown = client_for(woo, key="ck_unknown")
    with pytest.raises(StoreError, match="Consumer key is invalid"):
        _orders(unknown, since=None, open_only=False)


def _signed(woo, nonce: str, stamp: int, method: str = "HMAC-SHA1") -> dict[str, str]:
    url = woo.base_url + "/wp-json/wc/v3/orders"
    params = {"per_page": "5", "oauth_consumer_key": KEY, "oauth_nonce": nonce,
              "oauth_signature_method": method, "oauth_timestamp": str(stamp)}  # fmt: skip
    params["oauth_signature"] = oauth_sign("GET", url, params, SECRET, method)
    return params


def test_nonce_cannot_be_used_twice_and_timestamp_must_be_fresh(woo):
    url = woo.base_url + "/wp-json/wc/v3/orders"
    params = _signed(woo, "n1", int(time.time()))
    assert requests.get(url, params=params, timeout=5).status_code == 200  # HMAC-SHA1 accepted too
    again = requests.get(url, params=params, timeout=5)
    assert again.status_code == 401 and "nonce has already been used" in again.json()["message"]
    stale = requests.get(url, params=_signed(woo, "n2", int(time.time()) - 16 * 60), timeout=5)
    assert stale.status_code == 401 and stale.json()["message"] == "Invalid timestamp."


def test_basic_over_plain_http_is_not_even_tried(woo):
    woo.add_order()
    basic = client_for(woo, auth="basic")
    with pytest.raises(StoreError, match="woocommerce_rest_cannot_view") as err:
        _orders(basic, since=None, open_only=False)
    assert err.value.status == 401


@pytest.mark.parametrize("auth", ["basic", "query"])
def test_basic_and_query_keys_work_when_the_request_counts_as_https(woo, auth):
    woo.https = True  # behind a TLS-terminating proxy
    woo.add_order(id=777)
    c = client_for(woo, auth=auth)
    assert [o.external_id for o in _orders(c, since=None, open_only=False)] == ["777"]
    wrong = client_for(woo, auth=auth, secret="cs_bad")
    with pytest.raises(StoreError, match="Consumer secret is invalid"):
        _orders(wrong, since=None, open_only=False)


def test_connection_check_reports_scope(woo):
    ok = client_for(woo).test_connection()
    assert ok.ok and ok.can_write
    woo.keys[KEY].permissions = "read"
    report = client_for(woo).test_connection()
    assert not report.ok and report.can_read and not report.can_write
    assert "write permissions" in report.message
    woo.keys[KEY].permissions = "read_write"
    assert not client_for(woo, secret="cs_nope").test_connection().ok


def test_paging_follows_the_headers_and_refuses_more_than_100(woo, client):
    for _ in range(230):
        woo.add_order()
    pages = list(client.fetch_raw(since=None, open_only=False))
    assert [len(rows) for rows, _ in pages] == [100, 100, 30]
    assert pages[0][1] == 3
    assert len({r["id"] for rows, _ in pages for r in rows}) == 230
    with pytest.raises(StoreError, match="per_page"):
        list(client.fetch_raw(since=None, open_only=False, per_page=101))


def test_modified_after_is_exclusive_at_whole_seconds(woo, client):
    from datetime import datetime

    woo.frozen = datetime(2026, 3, 1, 10, 0, 0)
    woo.add_order(id=1)
    woo.add_order(id=2)
    rows = [r for rows, _ in client.fetch_raw(since="2026-03-01T10:00:00", open_only=False) for r in rows]
    assert rows == []  # same second as the cursor: missed without an overlap
    rows = [r["id"] for rows, _ in client.fetch_raw(since="2026-03-01T09:59:59", open_only=False) for r in rows]
    assert rows == [1, 2]


def test_a_503_page_with_retry_after_is_retried(woo, client):
    woo.add_order()
    woo.inject_status("GET", "/wp-json/wc/v3/orders", 503, times=2, retry_after="0")
    assert len(_orders(client, since=None, open_only=False)) == 1
    woo.inject("GET", "/wp-json/wc/v3/orders", "drop", times=1)
    assert len(_orders(client, since=None, open_only=False)) == 1


def test_refund_business_errors_come_as_500_with_a_bare_number(woo):
    order = woo.add_order(payment_method="bacs")
    url = f"{woo.base_url}/wp-json/wc/v3/orders/{order['id']}/refunds"
    params = _signed(woo, "r1", int(time.time()))
    params.pop("per_page")
    params["oauth_signature"] = oauth_sign("POST", url, params, SECRET, "HMAC-SHA1")
    answer = requests.post(url, params=params, json={"amount": "10.00"}, timeout=5)
    assert answer.status_code == 500 and answer.json()["data"] == 500
    assert "does not support automatic refunds" in answer.json()["message"]


def test_a_body_without_json_content_type_is_silently_ignored(woo, client):
    order = woo.add_order(status="on-hold")
    response = client.http.request(
        "POST",
        f"{woo.base_url}/wp-json/wc/v3/orders/{order['id']}",
        data='{"status":"completed"}',
        auth=__import__("orderdesk.services.channels.woocommerce", fromlist=["x"]).OAuth1OneLegged(KEY, SECRET),
    )
    assert response.status_code == 200 and response.json()["status"] == "on-hold"
    client.set_status(str(order["id"]), "completed")
    assert woo.orders[order["id"]]["status"] == "completed"
    assert rb"\/" in requests.get(woo.base_url + "/wp-json/", timeout=5).content  # PHP-style escapes


def test_429_and_500_on_reads_are_retried_and_honour_retry_after(woo, client):
    woo.add_order()
    woo.inject("GET", "/wp-json/wc/v3/orders", "429", times=1, retry_after=0)
    woo.inject("GET", "/wp-json/wc/v3/orders", "500", times=1)
    assert len(_orders(client, since=None, open_only=False)) == 1
    assert woo.count("GET", "/wp-json/wc/v3/orders") == 3


def test_a_note_whose_reply_is_lost_is_outcome_unknown_not_retried_blindly(woo, client):
    from orderdesk.services.http import OutcomeUnknown

    order = woo.add_order()
    woo.inject("POST", f"/wp-json/wc/v3/orders/{order['id']}/notes", "500", times=1)
    with pytest.raises(OutcomeUnknown):
        client.add_note(str(order["id"]), "Tracking: 123", to_customer=True)
    assert woo.count("POST", f"/wp-json/wc/v3/orders/{order['id']}/notes") == 1  # no second copy sent
    client.add_note(str(order["id"]), "Tracking: 123", to_customer=True)
    assert client.has_note(str(order["id"]), "Tracking: 123")

"""A second desk in its own process: imports every order of the fake shop, ignoring the round
lease on purpose, so only the database's unique index stands between two desks and a double.

``python -m tests.integration.channels.import_worker DB_URL SHOP_URL START_FILE``
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from orderdesk.db import Database
from orderdesk.services.channels.importer import Importer, ImportReport
from orderdesk.services.channels.registry import get_channel
from orderdesk.services.channels.woocommerce import WooCommerceClient
from orderdesk.wiring import order_service
from tests.integration.channels.conftest import KEY, SECRET


def main() -> None:
    url, shop, start = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    orders = order_service(Database.open(url))
    channel = get_channel(orders.db, "shop")
    client = WooCommerceClient(shop, KEY, SECRET)
    while not start.exists():  # both desks begin together
        time.sleep(0.005)
    report = ImportReport()
    importer = Importer(orders, channel)
    for page in client.fetch(since=None, open_only=True):
        importer.apply_page(page, report)
    print(json.dumps({"imported": len(report.imported), "already": report.already_imported, "failed": report.failed}))


if __name__ == "__main__":
    main()

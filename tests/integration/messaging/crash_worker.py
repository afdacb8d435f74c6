"""The sender as its own process, for the crash test: ``python -m tests.integration.messaging.crash_worker DB URL``.

Prints "ready" once set up, then runs rounds until nothing is left to send, and exits 0.
"""

from __future__ import annotations

import sys

from sqlalchemy import func, select


def main() -> int:
    db_path, base_url = sys.argv[1], sys.argv[2]
    from orderdesk.db import Database
    from orderdesk.models import OutboxRow
    from orderdesk.services.messaging.config import SenderConfig
    from orderdesk.services.messaging.sender import OutboxSender
    from orderdesk.services.messaging.twilio import TwilioGateway
    from tests.fakes import twilio as fake

    db = Database.open(db_path, migrate=False)
    gateway = TwilioGateway(account_sid=fake.ACCOUNT_SID, from_number=fake.FROM_NUMBER, get_secret=lambda n: fake.AUTH_TOKEN,
                            base_url=base_url + "/2010-04-01", timeout=5)  # fmt: skip
    sender = OutboxSender(db, {"twilio": gateway}, config=SenderConfig(quiet_hours=None, payment_reminder_hours=0, max_per_order_per_day=0),
                          sms_gateway="twilio", lease_seconds=0, reconcile_delay=0, poll_interval=3600)  # fmt: skip
    print("ready", flush=True)
    while True:
        sender.run_once(limit=25)
        with db.session() as s:
            left = s.scalar(
                select(func.count()).select_from(OutboxRow).where(OutboxRow.status.in_(("pending", "sending", "held")))
            )
        if not left:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())

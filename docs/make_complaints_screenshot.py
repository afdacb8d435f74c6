"""Screenshot of the Complaints window (Orders → Complaints…): demo orders with complaints from
Poland, Russia and China, one overdue (red), one answered.

Run from the repository root under Xvfb:
    xvfb-run -a -s "-screen 0 1280x800x24" python docs/make_complaints_screenshot.py docs/complaints.png
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

CLAIMS = [  # (country of the order, claim, asks for, received)
    ("PL", "Kubek przyszedł pęknięty, proszę o wymianę.", "replacement", datetime(2026, 11, 18, 10)),
    ("RU", "Вентилятор не работает, прошу вернуть деньги.", "refund", datetime(2026, 11, 28, 12)),
    ("CN", "扇子破了，要求退款。", "refund", datetime(2026, 12, 1, 9)),
    ("PL", "The tea tin was dented.", "price_reduction", datetime(2026, 12, 4, 15)),
    ("RU", "Не тот цвет чехла.", "replacement", datetime(2026, 11, 20, 9)),
]


def main(out: Path) -> int:
    os.environ["ORDERDESK_DATA_DIR"] = tempfile.mkdtemp()
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from orderdesk.db import Database
    from orderdesk.demo import create_demo
    from orderdesk.domain import Actor
    from orderdesk.models import OrderRow
    from orderdesk.services.complaints import ComplaintService
    from orderdesk.ui.complaints import ComplaintsWindow
    from orderdesk.ui.fonts import add_bundled_fonts
    from orderdesk.ui.tasks import TaskRunner
    from orderdesk.wiring import declare_all_settings, order_service

    app = QApplication(sys.argv[:1])
    add_bundled_fonts()
    db = Database.open(Path(tempfile.mkdtemp()) / "shot.sqlite3")
    declare_all_settings()
    create_demo(db, 40, seed=3)
    service = order_service(db)
    with db.session() as s:
        pool = list(s.execute(select(OrderRow.number, OrderRow.country).where(
            OrderRow.status.in_(["delivered", "completed", "collected", "shipped", "in_transit"]))).all())  # fmt: skip
    owner = Actor("Olga (owner)")
    made = []
    for country, claim, ask, at in CLAIMS:
        pick = next((r for r in pool if r[1] == country), pool[0])
        pool.remove(pick)
        made.append(ComplaintService(service, clock=lambda at=at: at).create(pick[0], claim, ask, owner))
    ComplaintService(service, clock=lambda: datetime(2026, 12, 2, 11)).decide(
        made[-1].id, "partly", "Скидка 20%.", owner
    )
    runner = TaskRunner(max_threads=2)
    window = ComplaintsWindow(ComplaintService(service), runner, lambda: owner)
    window.open_only.setChecked(False)
    window.resize(1100, 340)
    window.show()
    for _ in range(40):
        app.processEvents()
        time.sleep(0.05)
    window.panel.table.selectRow(1)
    app.processEvents()
    window.grab().save(str(out))
    runner.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/complaints.png")))

"""The packing bench: scan the order's slip, scan every item, the paperwork prints, hand over.

All decisions are the packing service's; this screen shows them big, in colour and with a
sound, and keeps the scan loop free of dialogs.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from orderdesk.domain import OrderDetail
from orderdesk.services import scancodes
from orderdesk.services.packing import PROBLEMS, Finished, ItemScan, PackingService, PackingSession, PackLine, Result
from orderdesk.services.users import UserService
from orderdesk.settings import Settings
from orderdesk.ui.stations.common import PromptField, StationWindow, station_font
from orderdesk.ui.tasks import TaskRunner
from orderdesk.workflow import Role, Status, label

_Index = QModelIndex | QPersistentModelIndex


class PackLinesModel(QAbstractTableModel):
    """The order's lines at the bench: verified count, quantity, SKU, name, bin."""

    COLUMNS = ("done", "qty", "sku", "name", "bin")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[PackLine] = []
        self._last: int | None = None
        self._headers = (self.tr("✓"), self.tr("Qty"), self.tr("SKU"), self.tr("Item"), self.tr("Bin"))
        self._font = station_font(22)
        self._bold = station_font(22, bold=True)

    def set_lines(self, lines: list[PackLine], last: int | None = None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._last = last
        self.endResetModel()

    def line(self, row: int) -> PackLine:
        return self._lines[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._lines)):
            return None
        line = self._lines[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "done":
                return "✔" if line.done else f"{line.verified}/{line.quantity}"
            if column == "qty":
                return f"× {line.quantity}"
            if column == "sku":
                return line.sku
            if column == "name":
                return line.name
            return line.bin_location or "—"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column in ("done", "qty", "bin") else self._font
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.done:
                return QBrush(QColor("#c8e6c9"))
            if index.row() == self._last:
                return QBrush(QColor("#fff59d"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == "done":
            return QBrush(QColor("#1b5e20" if line.done else "#b71c1c"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("done", "qty", "bin"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class PackingStation(StationWindow):
    TITLE = "Packing bench"
    ROLES = (Role.OWNER, Role.PACKER)

    def __init__(
        self,
        db,
        packing: PackingService,
        users: UserService,
        runner: TaskRunner | None = None,
        settings: Settings | None = None,
        sounds: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        self.packing = packing
        self.session: PackingSession | None = None
        self._handed_error = ""
        super().__init__(db, users, runner, settings, sounds, parent)
        self.title_label.setText(self.tr("Packing bench"))
        self.setWindowTitle(self.tr("OrderDesk — packing bench"))

        header = QHBoxLayout()
        left = QVBoxLayout()
        self.order_label = QLabel(self.work_page)
        self.order_label.setFont(station_font(34, bold=True))
        self.detail_label = QLabel(self.work_page)
        self.detail_label.setFont(station_font(18))
        self.detail_label.setWordWrap(True)
        left.addWidget(self.order_label)
        left.addWidget(self.detail_label)
        header.addLayout(left, 1)
        self.progress_label = QLabel(self.work_page)
        self.progress_label.setFont(station_font(48, bold=True))
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.progress_label)
        self.body.addLayout(header)

        self.model = PackLinesModel(self)
        self.table = QTableView(self.work_page)
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.horizontalHeader().setStyleSheet(
            "QHeaderView::section { font-size: 15pt; font-weight: bold; padding: 4px; }"
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setStyleSheet("QTableView::item { padding: 0 10px; }")
        self.body.addWidget(self.table, 1)

        self.input.setPlaceholderText(self.tr("Scan or type an order number, then each item"))
        self.keys_label.setText(
            self.tr(
                "F2 switch user · F4 open the next offered order · F5 print again · F6 print label now · F8 report a problem · "
                "F9 hand over · Esc put the order aside"
            )
        )
        self.add_key("F5", self.reprint)
        self.add_key("F6", self.print_label_now)
        self.add_key("F8", self.ask_problem)
        self.add_key("F9", self.hand_over)
        self.add_key("F4", self.open_next)
        self.offered: list = []  # OrderSummary: what the bench offers next, the packer's own and priority first
        self._show_session()

    # -- what the screen shows

    def on_user_changed(self) -> None:
        if self.session is None:
            self._ready_for_order()
        else:
            self._show_session()
            self.say("idle", self.tr("Welcome back. Order {n} is still open.").replace("{n}", self.session.number))

    def _ready_for_order(self) -> None:
        self.say("idle", self.tr("Scan the packing slip of the next order"), sound="")
        self._load_offered()

    # -- what to pack next: the packer's own orders, then priority orders

    def _load_offered(self) -> None:
        from orderdesk.services.packing_queue import next_to_pack

        db, person = self.db, (self.actor.name if self.actor else "")
        self.run_read(lambda: next_to_pack(db, person), self._show_offered, lambda exc: None)

    def _show_offered(self, cards: list) -> None:
        self.offered = list(cards)
        if self.session is not None:
            return
        person = self.actor.name if self.actor else ""
        names = []
        for card in self.offered:
            marks = [self.tr("priority")] if card.priority else []
            if person and card.assigned_to == person:
                marks.append(self.tr("yours"))
            names.append(f"{card.number} ({', '.join(marks)})" if marks else card.number)
        self.detail_label.setText(
            self.tr("Next to pack: {list} — F4 opens the first.").replace("{list}", ", ".join(names))
            if names
            else self.tr("Nothing waiting to be packed.")
        )

    def open_next(self) -> None:
        if self.locked or self.busy or not self.offered:
            return
        session = self.session
        if session is not None and not session.closed and not session.packed:
            self.say(
                "warn", self.tr("Finish order {n} first, or press Esc to put it aside.").replace("{n}", session.number)
            )
            return
        self._open(self.offered[0].number)

    def _show_session(self, last: int | None = None) -> None:
        session = self.session
        if session is None:
            self.order_label.setText(self.tr("No order open"))
            self.detail_label.setText("")
            self.progress_label.setText("")
            self.model.set_lines([])
            self._load_offered()
            return
        order = session.order
        self.order_label.setText(self.tr("Order {n}").replace("{n}", order.number))
        self.detail_label.setText(f"{order.customer.name} · {_delivery_text(self, order)} · {label(order.status)}")
        self.progress_label.setText(f"{session.verified_count} / {session.item_count}")
        self.model.set_lines(session.lines, last)
        if last is not None:
            self.table.scrollTo(self.model.index(last, 0))

    # -- the scan loop

    def handle_input(self, text: str) -> None:
        session = self.session
        code = scancodes.classify(text)
        if session is None or session.closed:
            self._open(text)
            return
        if code.kind is scancodes.Kind.ORDER:
            if code.value == session.number:
                if session.packed and session.needs_tracking and session.own_courier:
                    self._take_tracking("")  # the slip again: our own number
                elif session.packed:
                    self.hand_over()
                else:
                    self.say("warn", self.tr("Order {n} is open: scan its items.").replace("{n}", session.number))
            elif session.packed or session.verified_count == 0:
                self._open(text)  # nothing lost by moving on
            else:
                self.say(
                    "error",
                    self.tr("Finish order {n} first, or press Esc to put it aside.").replace("{n}", session.number),
                )
            return
        if session.packed and session.needs_tracking and session.own_courier:
            self._take_tracking(text)  # the courier's waybill, never the next order
            return
        if session.packed:
            self.say("warn", self.tr("Order {n} is packed. Scan the next order's slip.").replace("{n}", session.number))
            return
        result = self.packing.scan_item(session, text, look_up=False)  # no database on the GUI thread
        self._item_scanned(result)
        if result.result is Result.UNKNOWN:
            # Red and loud already; then say which product it was (one indexed read in a worker).
            number, code = session.number, code.value
            self.run_read(lambda: self.packing.explain_unknown(number, code), self._explained, lambda exc: None)

    def _open(self, text: str) -> None:
        actor = self.actor
        self.set_busy(True, self.tr("Opening {t}…").replace("{t}", text))
        self.run_write(lambda: self.packing.start(text, actor), self._opened)

    def _opened(self, session: PackingSession) -> None:
        self.set_busy(False)
        self.session = session
        self._show_session()
        if session.packed and session.needs_tracking and session.own_courier:
            self.say("done", self._tracking_question(session.number))
        elif session.packed and session.needs_tracking:
            self.say("warn", self._no_carrier_label(session.number))
        elif session.packed:
            self.say(
                "done",
                self.tr("Order {n} is already packed. Scan its slip again or press F9 to hand it over.").replace(
                    "{n}", session.number
                ),
            )
        else:
            self.say(
                "ok",
                self.tr("Order {n}: scan each item ({k} to scan)")
                .replace("{n}", session.number)
                .replace("{k}", str(session.item_count)),
            )

    def _item_scanned(self, result: ItemScan) -> None:
        self._show_session(result.line_index)
        if result.result is Result.ALL_DONE:
            self._finish()
        elif result.ok:
            self.say("ok", result.message)
        else:
            self.say("error", result.message)

    def _explained(self, result: ItemScan) -> None:
        if self.banner.state == "error" and self.session is not None:
            self.banner.show_message("error", result.message)

    def _finish(self) -> None:
        session, actor = self.session, self.actor
        assert session is not None
        self.set_busy(True, self.tr("All items verified ✓ Packing and printing…"))
        self.run_write(lambda: self.packing.finish(session, actor), self._finished)

    def _finished(self, done: Finished) -> None:
        self.set_busy(False)
        self._show_session()
        printed = ", ".join(_kind_text(self, k) for k in done.printed) or self.tr("nothing")
        if done.print_error:
            self.say(
                "warn",
                self.tr("Packed ✓ but printing failed: {e} Press F5 to print again.").replace("{e}", done.print_error),
            )
            return
        extra = f" {done.label_note}" if done.label_note else ""
        session = self.session
        packed = self.tr("Packed ✓ Printed: {p}.").replace("{p}", printed)
        if session is not None and session.needs_tracking and session.own_courier:
            self.say("done", f"{packed} {self._tracking_question(session.number)}")
        elif session is not None and session.needs_tracking:
            self.say("warn", f"{packed}{extra} {self._no_carrier_label(session.number)}")
        elif session is not None and session.to_pickup_shelf:
            self.say(
                "done",
                packed
                + " "
                + self.tr(
                    "Put the slip in the parcel, then scan the slip again (or F9) to put it on the pickup shelf: "
                    "its shelf label prints then."
                ),
            )
        else:
            self.say(
                "done",
                packed + " " + self.tr("Put the label on, then scan the slip again (or F9) to hand it over.") + extra,
            )

    def _tracking_question(self, number: str) -> str:
        return self.tr(
            "Own courier: scan the courier's waybill, or this slip again for our own tracking number."
        ).replace("{n}", number)

    def _no_carrier_label(self, number: str) -> str:
        return self.tr(
            "Order {n} has no carrier label yet: the owner buys it (Carriers → Buy label…), then scan the slip again."
        ).replace("{n}", number)

    def _take_tracking(self, scanned: str) -> None:
        session, actor = self.session, self.actor
        assert session is not None
        self.set_busy(True, self.tr("Saving the tracking number and printing the label…"))
        self.run_write(lambda: self.packing.take_tracking(session, scanned, actor), self._tracking_taken)

    def _tracking_taken(self, order: OrderDetail) -> None:
        self.set_busy(False)
        self._show_session()
        error = self.session.print_error if self.session is not None else ""
        if error:
            self.say(
                "warn",
                self.tr("Tracking number {t} saved, but the label did not print: {e} Press F5 to print again.")
                .replace("{t}", order.tracking_number)
                .replace("{e}", error),
            )
            return
        self.say(
            "done",
            self.tr(
                "Tracking number {t} ✓ Label printed. Put the label on, then scan the slip again (or F9) to hand it over."
            ).replace("{t}", order.tracking_number),
        )

    # -- keys

    def hand_over(self) -> None:
        if self.locked or self.busy:
            return
        session, actor = self.session, self.actor
        if session is None or not session.packed:
            self.say("warn", self.tr("Pack the order first: scan all its items."))
            return
        self.set_busy(True, self.tr("Handing over…"))
        self.run_write(lambda: self.packing.hand_over(session, actor), self._handed)

    def _handed(self, order: OrderDetail) -> None:
        self.set_busy(False)
        self._handed_error = self.session.print_error if self.session is not None else ""
        self.session = None
        self._show_session()
        if order.status is Status.READY_FOR_PICKUP and self._handed_error:
            text = (
                self.tr(
                    "Order {n} → pickup shelf {s} ✓ but its shelf label did not print: {e} Write {s} on the parcel."
                )
                .replace("{s}", order.shelf_slot)
                .replace("{e}", self._handed_error)
            )
            self.say("warn", text.replace("{n}", order.number))
            return
        if order.status is Status.READY_FOR_PICKUP:
            text = self.tr("Order {n} → pickup shelf {s} ✓ Put the shelf label on. Next order, please.").replace(
                "{s}", order.shelf_slot
            )
        else:
            text = self.tr("Order {n} handed to the carrier ✓ Next order, please.")
        self.say("done", text.replace("{n}", order.number))

    def reprint(self) -> None:
        if self.locked or self.busy or self.session is None:
            return
        session, actor = self.session, self.actor
        self.set_busy(True, self.tr("Printing…"))
        self.run_write(
            lambda: self.packing.reprint(session, actor),
            lambda _: self._printed(self.tr("Printed again ✓")),
        )

    def print_label_now(self) -> None:
        if self.locked or self.busy or self.session is None:
            return
        session, actor = self.session, self.actor
        if session.needs_tracking and session.own_courier:
            self._take_tracking("")  # our own number first: a label without it would be wrong
            return
        if not self.packing.label_allowed(session):
            left = session.item_count - session.verified_count
            self.say(
                "error",
                self.tr("The label prints only after every item is verified ({k} still to scan).").replace(
                    "{k}", str(left)
                ),
            )
            return
        self.set_busy(True, self.tr("Printing the label…"))
        self.run_write(
            lambda: self.packing.print_label_now(session, actor),
            lambda _: self._printed(self.tr("Label printed ✓ Keep scanning the items.")),
        )

    def _printed(self, text: str) -> None:
        self.set_busy(False)
        self.say("ok", text)

    def ask_problem(self) -> None:
        if self.locked or self.busy or self.session is None or self.session.closed:
            return
        titles = {  # literal strings, so lupdate finds them (services.packing.PROBLEMS is plain English)
            "missing": self.tr("Item missing"),
            "damaged": self.tr("Item damaged"),
            "wrong_stock": self.tr("Wrong item on the shelf"),
            "other": self.tr("Other problem"),
        }
        options = "  ".join(f"{i}: {titles.get(key, title)}" for i, (key, title) in enumerate(PROBLEMS.items(), 1))
        self.say("warn", self.tr("Report a problem with order {n}").replace("{n}", self.session.number), sound="")
        self.prompt.ask(
            self.tr("What is wrong? {o}").replace("{o}", options),
            [
                PromptField("problem", self.tr("Problem number"), placeholder="1"),
                PromptField(
                    "note", self.tr("Note"), placeholder=self.tr("e.g. which item, what you saw"), free_text=True
                ),
            ],
            self._report_problem,
        )

    def _report_problem(self, values: dict[str, str]) -> None:
        keys = list(PROBLEMS)
        choice = values.get("problem", "").strip()
        if not (choice.isdigit() and 1 <= int(choice) <= len(keys)):
            self.prompt.show_error(self.tr("Type a problem number from 1 to {m}.").replace("{m}", str(len(keys))))
            self.feedback.play("error")
            return
        problem, note = keys[int(choice) - 1], values.get("note", "")
        session, actor = self.session, self.actor
        assert session is not None
        self.prompt.close_prompt()
        self.input.setFocus()
        self.set_busy(True, self.tr("Reporting…"))
        self.run_write(lambda: self.packing.report_problem(session, problem, note, actor), self._reported)

    def _reported(self, _result) -> None:
        self.set_busy(False)
        number = self.session.number if self.session else ""
        self.session = None
        self._show_session()
        self.say(
            "warn",
            self.tr("Order {n} is on hold for the owner. Put it on the problem shelf.").replace("{n}", number),
        )

    def handle_escape(self) -> None:
        if self.session is None or self.busy:
            return
        number = self.session.number
        self.session = None
        self._show_session()
        self.say("idle", self.tr("Order {n} put aside; nothing was changed.").replace("{n}", number), sound="")

    def after_prompt_closed(self) -> None:
        if self.session is not None:
            self.say("idle", self.tr("Order {n}: keep scanning.").replace("{n}", self.session.number), sound="")


def _delivery_text(widget: QWidget, order: OrderDetail) -> str:
    # Literal contexts: lupdate would file ``widget.tr`` under a context named "widget".
    texts = {
        "carrier": QCoreApplication.translate("PackingStation", "carrier"),
        "own_courier": QCoreApplication.translate("PackingStation", "own courier"),
        "pickup_shop": QCoreApplication.translate("PackingStation", "pickup at the shop"),
        "pickup_point": QCoreApplication.translate("PackingStation", "pickup point"),
    }
    return texts.get(order.delivery_method, order.delivery_method)


def _kind_text(widget: QWidget, kind: str) -> str:
    return {
        "packing_slip": QCoreApplication.translate("PackingStation", "packing slip"),
        "label": QCoreApplication.translate("PackingStation", "label"),
    }.get(kind, kind)

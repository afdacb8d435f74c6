"""Moving cards: read the orders, ask what the move needs, let the order service decide.

1. read the orders in the background (fresh ``OrderDetail``s, for ``needs_for``);
2. on the GUI thread, ask for the inputs the move needs (``MoveDialog``);
3. on the database-writer thread, call ``OrderService.move`` for each order, with the version
   the card showed, so a change made meanwhile elsewhere raises ``ConflictError``;
4. report back per order: moved, refused (the domain's reason, shown on the card), conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from orderdesk.domain import Actor, OrderDetail
from orderdesk.errors import ConflictError, OrderDeskError
from orderdesk.services.orders import OrderService
from orderdesk.services.pickup import check_code_before_move
from orderdesk.ui.move_dialog import MoveDialog, MoveInput
from orderdesk.ui.tasks import TaskRunner
from orderdesk.workflow import MoveRequest, Need, Status, label, needs_for


@dataclass(frozen=True)
class MoveOutcome:
    order_id: int
    number: str
    moved: bool
    message: str = ""  # the refusal or conflict, for a person
    conflict: bool = False


# Asks for a move's inputs; returns None when the person cancels. Replaceable in tests.
AskFn = Callable[[OrderDetail, Status, set[Need], str], MoveInput | None]


class MoveController(QObject):
    finished = Signal(list)  # list[MoveOutcome]

    def __init__(
        self,
        service: OrderService,
        runner: TaskRunner,
        actor: Callable[[], Actor],
        parent_widget: QWidget | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        super().__init__(parent_widget)
        self.service = service
        self.runner = runner
        self.actor = actor
        self.parent_widget = parent_widget
        self.language = language
        self.ask: AskFn = self._ask_dialog

    def move(self, ids: Sequence[int], to: Status | str, versions: dict[int, int] | None = None) -> None:
        """Move orders; ``versions`` are what the cards showed (conflict detection)."""
        target = Status(to)
        ids = list(ids)
        service = self.service

        def read() -> list[OrderDetail]:
            return [service.get_by_id(i, with_history=False) for i in ids]

        self.runner.run(read, lambda details: self._ask_and_write(details, target, versions or {}), label=self.tr("Reading orders…"))  # fmt: skip

    def _ask_and_write(self, details: list[OrderDetail], target: Status, versions: dict[int, int]) -> None:
        plans: list[tuple[OrderDetail, MoveInput]] = []
        outcomes: list[MoveOutcome] = []
        last_reason = ""
        for detail in details:
            if detail.status == target:
                continue
            needs = needs_for(detail, target)
            given = MoveInput()
            if needs:
                answer = self.ask(detail, target, needs, last_reason)
                if answer is None:  # cancelled: this card stays where it is
                    continue
                given, last_reason = answer, answer.reason or last_reason
            plans.append((detail, given))
        if not plans:
            self.finished.emit(outcomes)
            return
        service, actor = self.service, self.actor()

        def write() -> list[MoveOutcome]:
            results = []
            for detail, given in plans:
                expected = versions.get(detail.id, detail.version)
                try:
                    if given.tracking_number:
                        # The guard wants a shipment with a tracking number before "shipped".
                        service.add_shipment(
                            detail.number,
                            carrier=given.carrier or "own_courier",
                            tracking_number=given.tracking_number,
                            actor=actor,
                        )
                        expected = None  # our own shipment bumped the version
                    request = MoveRequest(
                        target,
                        reason=given.reason,
                        pickup_code=given.pickup_code,
                        payment_minor=given.payment_minor,
                        override=given.override,
                        expected_version=expected,
                    )
                    if target is Status.COLLECTED and given.pickup_code and not given.override:
                        # Wrong codes are counted and lock the order, as at the pickup counter.
                        check_code_before_move(service, detail.number, given.pickup_code, actor)
                    service.move(detail.number, request, actor, with_history=False)
                    results.append(MoveOutcome(detail.id, detail.number, True))
                except ConflictError as exc:
                    results.append(MoveOutcome(detail.id, detail.number, False, str(exc), conflict=True))
                except OrderDeskError as exc:  # refused, permission, validation: the domain's words
                    results.append(MoveOutcome(detail.id, detail.number, False, str(exc)))
            return results

        self.runner.write(write, self.finished.emit, label=self.tr("Moving orders…"))

    def _ask_dialog(self, detail: OrderDetail, target: Status, needs: set[Need], reason: str) -> MoveInput | None:
        lang = self.language()
        dialog = MoveDialog(
            detail.number,
            label(detail.status, lang),
            label(target, lang),
            needs,
            detail.currency,
            detail.amount_due_minor,
            reason,
            self.parent_widget,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

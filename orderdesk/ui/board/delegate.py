"""Paints one order card: no widget per card, just a few text runs and pills per row.

Layout (fixed height, so the view can use uniform item sizes and scroll thousands smoothly):

    ▌ #WEB-1042 [Priority] [Late] → Piotr        3d
    ▌ Anna Kowalska                      149,00 zł
    ▌ [Paid]  Carrier · 3 items     TRACK123456789
    ▌ [⚠ Out of stock: waiting for supplier]         (or the reason a move was refused)
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from orderdesk.domain import OrderSummary
from orderdesk.models import utcnow
from orderdesk.ui.board.model import ERROR_ROLE, SUMMARY_ROLE
from orderdesk.ui.board.style import PAYMENT_HUES, age_text, badge_colors, danger_colors, money_text, status_color
from orderdesk.ui.board.text_metrics import MemoMetrics, RepeatedTexts
from orderdesk.ui.store_words import carrier_status_text, store_status_short, store_status_text
from orderdesk.workflow import HOLD_LABELS, Hold, is_late

MARGIN_X, MARGIN_Y, PAD, STRIPE, GAP = 6, 3, 8, 4, 3

# Combined once: a board paints ~70 cards per search keystroke, and every flag combination and
# colour computed per card adds up on the GUI thread.
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
SELECTED = QStyle.StateFlag.State_Selected
FOCUSED = QStyle.StateFlag.State_HasFocus
OVERDUE_S = 3 * 86400  # a new order older than this shows its age in red
CARD_CACHE_BYTES = 24 * 1024 * 1024  # painted cards kept (~250 cards of 230x100 px)
SEEN_CARDS = 2000  # cards remembered as drawn once (keys only)


def _blend(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() * (1 - t) + b.red() * t),
        round(a.green() * (1 - t) + b.green() * t),
        round(a.blue() * (1 - t) + b.blue() * t),
    )


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent=None, language: str = "en") -> None:
        super().__init__(parent)
        self.language = language
        # The late rule's targets per status (workflow.late_targets): a card waiting longer in its
        # status shows "Late". The window sets them from the settings; empty = no marker.
        self.late_targets: dict = {}
        self._priority_label = self.tr("Priority")
        self._late_label = self.tr("Late")
        self._fonts: dict[QFont, tuple[QFont, MemoMetrics, QFont, MemoMetrics]] = {}  # font -> fonts, metrics
        self._colors: dict[tuple[int, str], Any] = {}  # (palette key, what) -> colour(s)
        self._cards: OrderedDict[tuple, QPixmap] = OrderedDict()  # everything a card shows -> its pixels
        self._cards_bytes = 0
        self._seen: OrderedDict[tuple, None] = OrderedDict()  # cards drawn once, not kept yet
        self._repeated = RepeatedTexts()
        self._payment_labels = {
            "paid": self.tr("Paid"),
            "partly_paid": self.tr("Part paid"),
            "unpaid": self.tr("Unpaid"),
            "on_delivery": self.tr("Pay later"),
            "refund_due": self.tr("Refund due"),
            "refunded": self.tr("Refunded"),
        }
        # age_text gives "5m" / "3h" / "2d"; each language writes its own compact units.
        self._age_units = {
            "m": self.tr("%1m", "card age in minutes, compact"),
            "h": self.tr("%1h", "card age in hours, compact"),
            "d": self.tr("%1d", "card age in days, compact"),
        }
        self._words: dict[tuple[str, str], str] = {}  # (store|carrier, code) -> words
        self._delivery_labels = {
            "pickup_shop": self.tr("Shop pickup"),
            "pickup_point": self.tr("Pickup point"),
            "own_courier": self.tr("Courier"),
            "carrier": self.tr("Carrier"),
        }

    def items_text(self, count: int) -> str:
        # "1 item" apart so English reads right without a catalogue; %n gets each language's plural forms.
        return self.tr("1 item") if count == 1 else self.tr("%n items", "", count)

    def delivery_label(self, method: str) -> str:
        return self._delivery_labels.get(method, method)

    @staticmethod
    def delivery_place(fm: QFontMetrics, text: str, room: int, last_row: int, last_row_free: bool) -> tuple[int, str]:
        """(row 3 or 4, the text drawn) for the delivery method: beside the payment badge when it
        fits, on the free last row of a narrow card rather than clipped, elided only when neither."""
        if fm.horizontalAdvance(text) <= room or not last_row_free:
            return 3, fm.elidedText(text, Qt.TextElideMode.ElideRight, room)
        return 4, fm.elidedText(text, Qt.TextElideMode.ElideRight, last_row)

    def payment_label(self, state: str) -> str:
        return self._payment_labels.get(state, state)

    def return_text(self, status: str) -> str:
        """The step of the order's newest return of lines, as the card shows it."""
        labels = {
            "requested": self.tr("Return requested"),
            "awaiting_parcel": self.tr("Return: awaiting parcel"),
            "received": self.tr("Return received"),
            "partly_refunded": self.tr("Return partly refunded"),
            "refunded": self.tr("Return refunded"),
            "exchanged": self.tr("Return exchanged"),
            "closed": self.tr("Return closed"),
            "rejected": self.tr("Return rejected"),
        }
        return labels.get(status, status)

    def store_words(self, status: str) -> str:
        """The store's status as words ("On hold"), looked up once per status: cards repaint often."""
        words = self._words.get(("store", status))
        if words is None:
            words = self._words[("store", status)] = store_status_text(status)
        return words

    def store_short(self, status: str) -> str:
        words = self._words.get(("store-short", status))
        if words is None:
            words = self._words[("store-short", status)] = store_status_short(status)
        return words

    def carrier_words(self, status: str) -> str:
        if not status:
            return ""
        words = self._words.get(("carrier", status))
        if words is None:
            words = self._words[("carrier", status)] = carrier_status_text(status)
        return words

    def hold_label(self, kind: str) -> str:
        try:
            labels = HOLD_LABELS[Hold(kind)]
        except ValueError:
            return kind
        return labels.get(self.language, labels["en"])

    # -- geometry ------------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(max(option.rect.width(), 200), 4 * line + 3 * GAP + 2 * PAD + 2 * MARGIN_Y)

    # -- painting ------------------------------------------------------------------------------
    def _metrics(self, font: QFont) -> tuple[QFont, MemoMetrics, QFont, MemoMetrics]:
        cached = self._fonts.get(font)
        if cached is None:
            bold = QFont(font)
            bold.setBold(True)
            cached = self._fonts[QFont(font)] = (QFont(font), MemoMetrics(font), bold, MemoMetrics(bold))
        return cached

    def _color(self, pal: QPalette, what: str, make: Callable[[], Any]) -> Any:
        """A colour derived from the palette, computed once per palette (theme) and use."""
        key = (pal.cacheKey(), what)
        value = self._colors.get(key)
        if value is None:
            if len(self._colors) > 512:  # palettes come and go (theme changes): never grow without end
                self._colors.clear()
            value = self._colors[key] = make()
        return value

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = getattr(index.model(), "card", None)  # the board's columns; the order list has none
        if card is not None:
            summary, error = card(index.row())
        else:
            summary, error = index.data(SUMMARY_ROLE), index.data(ERROR_ROLE) or ""
        if summary is None:
            self._paint_card(painter, option, None, error)
            return
        # A search or a refresh mostly shows cards painted a moment ago. A card seen again is drawn
        # into a pixmap and copied from then on (a copy costs a tenth of the text and curves); a
        # card seen for the first time is drawn directly, as drawing it into a pixmap costs more.
        rect = option.rect
        seconds, age = age_text(summary.created_at)
        age = self._age_units[age[-1]].replace("%1", age[:-1])  # "2d" -> "2 дн" / "2天"
        dpr = painter.device().devicePixelRatioF()
        late = is_late(summary.status, summary.status_changed_at, utcnow(), self.late_targets)
        key = (
            summary,
            late,
            error,
            bool(option.state & SELECTED),
            bool(option.state & FOCUSED),
            rect.width(),
            rect.height(),
            dpr,
            option.palette.cacheKey(),
            self._metrics(option.font)[0],  # our own copy: option.font lives only as long as the option
            age,
            seconds > OVERDUE_S,
        )
        pixmap = self._cards.get(key)
        if pixmap is None and key not in self._seen:
            self._seen[key] = None
            if len(self._seen) > SEEN_CARDS:
                self._seen.popitem(last=False)
            self._paint_card(painter, option, summary, error, (seconds, age), late)
            return
        if pixmap is None:
            del self._seen[key]
            pixmap = QPixmap(QSize(round(rect.width() * dpr), round(rect.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(option.palette.color(QPalette.ColorRole.Base))  # the view's background under the card
            local = QStyleOptionViewItem(option)
            local.rect = QRect(0, 0, rect.width(), rect.height())
            card_painter = QPainter(pixmap)
            try:
                self._paint_card(card_painter, local, summary, error, (seconds, age), late)
            finally:
                card_painter.end()
            self._remember(key, pixmap)
        else:
            self._cards.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _remember(self, key: tuple, pixmap: QPixmap) -> None:
        """Keep the most recently drawn cards, up to CARD_CACHE_BYTES of pixmaps."""
        self._cards[key] = pixmap
        self._cards_bytes += pixmap.width() * pixmap.height() * 4
        while self._cards_bytes > CARD_CACHE_BYTES and len(self._cards) > 1:
            _key, old = self._cards.popitem(last=False)
            self._cards_bytes -= old.width() * old.height() * 4

    def _paint_card(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        summary: OrderSummary | None,
        error: str,
        age: tuple[int, str] = (0, ""),
        late: bool = False,
    ) -> None:
        pal = option.palette
        base, text, highlight, muted, soft_border, selected_fill, danger = self._color(
            pal, "card", lambda: self._card_colors(pal)
        )
        selected = bool(option.state & SELECTED)
        focused = bool(option.state & FOCUSED)
        card = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = selected_fill if selected else base
        border = highlight if selected or focused else soft_border
        if error:
            border = danger
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0, 0, -1, -1), 5, 5)
        if summary is None:
            self._paint_placeholder(painter, card, muted)
            painter.restore()
            return

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color(pal, summary.status, lambda: status_color(summary.status, pal)))
        painter.drawRoundedRect(QRect(card.left() + 1, card.top() + 1, STRIPE, card.height() - 2), 2, 2)

        font, fm, bold, bfm = self._metrics(option.font)
        line = fm.height()
        inner = card.adjusted(PAD + STRIPE, PAD, -PAD, -PAD)
        rows = [QRect(inner.left(), inner.top() + i * (line + GAP), inner.width(), line) for i in range(4)]

        # Row 1: number, age
        seconds, age_label = age
        painter.setFont(font)
        painter.setPen(danger if seconds > OVERDUE_S and summary.status == "new" else muted)
        age_w = fm.horizontalAdvance(age_label)
        self._repeated.draw(painter, font, rows[0].right() + 1 - age_w, rows[0].top(), age_label)
        painter.setFont(bold)
        painter.setPen(text)
        number_rect = rows[0].adjusted(0, 0, -(age_w + 8), 0)
        painter.drawText(number_rect, LEFT,
                         bfm.elidedText(summary.number, Qt.TextElideMode.ElideRight, number_rect.width()))  # fmt: skip
        # Markers after the number: priority, late, and who the order is assigned to.
        x = number_rect.left() + min(bfm.horizontalAdvance(summary.number), number_rect.width()) + 6
        painter.setFont(font)
        if summary.priority and number_rect.right() - x > 30:
            x = self._pill(painter, rows[0], x, self._priority_label, 0, fm, pal, number_rect.right() - x) + 4
        if late and number_rect.right() - x > 30:
            x = self._pill(painter, rows[0], x, self._late_label, 30, fm, pal, number_rect.right() - x) + 4
        # Who the order is assigned to: on row 4 when that row is free, else here if it fits.
        busy_row4 = bool(error or summary.holds or summary.tracking_number)
        if summary.assigned_to and busy_row4 and number_rect.right() - x > 20:
            painter.setPen(muted)
            who = fm.elidedText("→ " + summary.assigned_to, Qt.TextElideMode.ElideRight, number_rect.right() - x)
            painter.drawText(QRect(x, rows[0].top(), number_rect.right() - x, line), LEFT, who)
            x += fm.horizontalAdvance(who) + 6
        painter.setFont(bold)
        painter.setPen(text)
        carrier_left = ""  # the carrier's word when row 1 had no room for it: row 4 shows it
        if summary.channel and number_rect.right() - x > 20:
            # The web store's own status beside the desk's (the customer's account shows that one),
            # and the carrier's beside it: the three statuses of docs/channels.md.
            store_rect = QRect(x, rows[0].top(), number_rect.right() - x, line)
            painter.setFont(font)
            painter.setPen(muted)
            carrier = self.carrier_words(summary.carrier_status)
            store, with_carrier = store_and_carrier_text(
                fm,
                summary.channel,
                self.store_words(summary.store_status),
                carrier,
                store_rect.width(),
                short=self.store_short(summary.store_status),
            )
            carrier_left = "" if with_carrier else carrier
            painter.drawText(store_rect, LEFT, store)
            painter.setFont(bold)
            painter.setPen(text)

        # Row 2: customer, total
        total = money_text(summary.total.minor, summary.total.currency, self.language)
        total_w = bfm.horizontalAdvance(total)
        painter.drawText(rows[1], RIGHT, total)
        painter.setFont(font)
        name_rect = rows[1].adjusted(0, 0, -(total_w + 8), 0)
        painter.drawText(name_rect, LEFT,
                         fm.elidedText(summary.customer_name, Qt.TextElideMode.ElideRight, name_rect.width()))  # fmt: skip

        # Row 3: payment badge, delivery method
        state = summary.payment_state
        x = self._pill(painter, rows[2], rows[2].left(), self.payment_label(state), PAYMENT_HUES.get(state), fm, pal,
                       repeated=font)  # fmt: skip
        painter.setPen(muted)
        delivery = self.delivery_label(summary.delivery_method)
        if carrier_left:
            # Row 1 had no room for the carrier's word: beside the delivery method, whole, so the
            # last row keeps the tracking number (or the hold) for itself. "Carrier" says nothing
            # the carrier's own word does not, so that word takes its place when both do not fit.
            room = rows[2].right() - x - 6
            if fm.horizontalAdvance(f"{delivery} · {carrier_left}") <= room:
                delivery, carrier_left = f"{delivery} · {carrier_left}", ""
            elif summary.delivery_method == "carrier" and fm.horizontalAdvance(carrier_left) <= room:
                delivery, carrier_left = carrier_left, ""
        row4_free = not (busy_row4 or summary.assigned_to)
        on_row, shown = self.delivery_place(fm, delivery, rows[2].right() - x - 6, rows[3].width(), row4_free)
        info_rect = (
            QRect(x + 6, rows[2].top(), rows[2].right() - x - 6, line)
            if on_row == 3
            else QRect(rows[3].left(), rows[3].top(), fm.horizontalAdvance(shown), line)
        )
        self._repeated.draw(painter, font, info_rect.left(), info_rect.top(), shown)

        # Row 4: the refusal reason (most urgent), else the first hold, else the tracking number;
        # the item count on its right, so the delivery method above has the row to itself and is
        # not clipped in Russian or Polish ("Самовывоз", "Odbiór w sklepie").
        items = self.items_text(summary.item_count)
        items_w = fm.horizontalAdvance(items)
        painter.setPen(muted)
        if info_rect.top() != rows[3].top() or info_rect.right() + 8 + items_w <= rows[3].right():
            self._repeated.draw(painter, font, rows[3].right() + 1 - items_w, rows[3].top(), items)
        rows[3] = rows[3].adjusted(0, 0, -(items_w + 8), 0)
        if error:
            self._pill(painter, rows[3], rows[3].left(), "✖ " + error, 355, fm, pal, max_width=rows[3].width())
        elif summary.holds:
            kind, reason = summary.holds[0]
            more = f" (+{len(summary.holds) - 1})" if len(summary.holds) > 1 else ""
            hold = f"⚠ {self.hold_label(kind)}: {reason}{more}" if reason else f"⚠ {self.hold_label(kind)}{more}"
            self._pill(painter, rows[3], rows[3].left(), hold, 25, fm, pal, max_width=rows[3].width())
        elif summary.return_status:
            # A return of some lines: its step matters more than the tracking number of the way out.
            text = self.return_text(summary.return_status)
            self._pill(painter, rows[3], rows[3].left(), text, 280, fm, pal, max_width=rows[3].width())
        elif summary.tracking_number:
            # The bare number: a truck glyph drew as an empty box in most fonts.
            painter.setPen(text)
            painter.drawText(rows[3], LEFT, tracking_text(fm, carrier_left, summary.tracking_number, rows[3].width()))
        elif summary.assigned_to:
            painter.setPen(muted)
            who = fm.elidedText("→ " + summary.assigned_to, Qt.TextElideMode.ElideRight, rows[3].width())
            painter.drawText(rows[3], LEFT, who)
        painter.restore()

    def _pill(self, painter: QPainter, row: QRect, x: int, label: str, hue: int | None, fm: QFontMetrics,
              pal: QPalette, max_width: int = 10_000, repeated: QFont | None = None) -> int:  # fmt: skip
        """Draw a rounded badge starting at x; returns its right edge. ``repeated``: the font of a
        label many cards show (the payment badge), drawn from its layout kept (RepeatedTexts)."""
        bg, fg = self._color(pal, f"badge{hue}", lambda: badge_colors(hue, pal))
        label = fm.elidedText(label, Qt.TextElideMode.ElideRight, max_width - 12)
        rect = QRect(x, row.top(), fm.horizontalAdvance(label) + 12, row.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(fg)
        if repeated is not None:
            self._repeated.draw(painter, repeated, x + 6, row.top(), label)
        else:
            painter.drawText(rect, CENTER, label)
        return rect.right()

    @staticmethod
    def _card_colors(pal: QPalette) -> tuple[QColor, ...]:
        """(base, text, highlight, muted, soft border, selected fill, danger) for a palette."""
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        return base, text, highlight, _blend(text, base, 0.45), _blend(text, base, 0.8), _blend(base, highlight, 0.18), danger_colors(pal)[1]  # fmt: skip

    @staticmethod
    def _paint_placeholder(painter: QPainter, card: QRect, muted: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_blend(muted, QColor(muted.red(), muted.green(), muted.blue(), 0), 0.5))
        for i, frac in enumerate((0.4, 0.7, 0.55)):
            painter.drawRoundedRect(
                QRect(card.left() + 14, card.top() + 12 + i * 20, int(card.width() * frac), 10), 4, 4
            )


def store_and_carrier_text(
    fm: QFontMetrics, channel: str, status: str, carrier: str, width: int, short: str = ""
) -> tuple[str, bool]:
    """The store's status and the carrier's, "shop: Completed · In transit", shortened the same way
    as ``store_text``; (text, whether the carrier's word is in it). The carrier's word goes first
    when room is short: the card shows it beside the delivery method or the tracking number then."""
    if carrier:
        for text in (f"{channel}: {status or '—'} · {carrier}", f"{status or '—'} · {carrier}"):
            if fm.horizontalAdvance(text) <= width:
                return text, True
    return store_text(fm, channel, status, width, short), False


def store_text(fm: QFontMetrics, channel: str, status: str, width: int, short: str = "") -> str:
    """The web store's status beside the number: "shop: processing" when it fits, else the status
    alone (the store's name matters only with several stores; its status always does), then its
    compact words ("Pending" for "Pending payment"), and only then shortened at a word."""
    status = status or "—"
    for text in (f"{channel}: {status}", status, short):
        if text and fm.horizontalAdvance(text) <= width:
            return text
    return fit_words(fm, short or status, width)


def fit_words(fm: QFontMetrics, text: str, width: int) -> str:
    """``text`` shortened at a word ("Label…" rather than "Label creat…"), or within the first
    word when even that does not fit."""
    if fm.horizontalAdvance(text) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words) + "…"
        if fm.horizontalAdvance(shorter) <= width:
            return shorter
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


def tracking_text(fm: QFontMetrics, carrier: str, tracking: str, width: int) -> str:
    """The card's last row: "In transit · 6205…7890". The carrier's word whole (it says where the
    parcel is; the order window has the whole number), the tracking number shortened in the middle
    as it always is on a narrow card; a long word is shortened too rather than dropped."""
    if carrier:
        head = f"{carrier} · "
        room = width - fm.horizontalAdvance(head)
        digits = fm.horizontalAdvance("0" * 7)  # "6205…890": enough to tell two parcels apart
        if room >= digits:
            return head + fm.elidedText(tracking, Qt.TextElideMode.ElideMiddle, room)
        word = width - digits - fm.horizontalAdvance(" · ")
        if word >= fm.horizontalAdvance("MMM"):  # a long word on a narrow card: both shortened
            short = fit_words(fm, carrier, word)
            rest = width - fm.horizontalAdvance(f"{short} · ")
            return f"{short} · " + fm.elidedText(tracking, Qt.TextElideMode.ElideMiddle, rest)
    return fm.elidedText(tracking, Qt.TextElideMode.ElideMiddle, width)

"""The templates OrderDesk ships with, per event x language (en, ru, pl, zh).

Kept as data in the package (not files beside it) so an installed app always has them; the
shop edits copies stored in the database (``templates.TemplateStore``). SMS texts are short on
purpose: Latin-script ones stay within GSM-7 where the language allows it; Cyrillic, Polish
diacritics and Chinese are UCS-2 whatever we do. E-mail bodies wrap the SMS text with a
greeting and a sign-off in the same language.
"""

from __future__ import annotations

# event -> language -> (sms text, e-mail subject)
DEFAULTS: dict[str, dict[str, tuple[str, str]]] = {
    "confirmed": {
        "en": ("{shop_name}: your order {order_number} is confirmed. Total {total}.", "Order {order_number} confirmed"),
        "ru": ("{shop_name}: заказ {order_number} подтверждён. Сумма {total}.", "Заказ {order_number} подтверждён"),
        "pl": (
            "{shop_name}: zamówienie {order_number} potwierdzone. Kwota {total}.",
            "Zamówienie {order_number} potwierdzone",
        ),
        "zh": ("{shop_name}：您的订单 {order_number} 已确认，金额 {total}。", "订单 {order_number} 已确认"),
    },
    "awaiting_payment": {
        "en": (
            "{shop_name}: please pay {amount_due} for order {order_number}: {payment_link}",
            "Payment for order {order_number}",
        ),
        "ru": (
            "{shop_name}: оплатите {amount_due} за заказ {order_number}: {payment_link}",
            "Оплата заказа {order_number}",
        ),
        "pl": (
            "{shop_name}: zapłać {amount_due} za zamówienie {order_number}: {payment_link}",
            "Płatność za zamówienie {order_number}",
        ),
        "zh": ("{shop_name}：请支付订单 {order_number} 的 {amount_due}：{payment_link}", "订单 {order_number} 付款"),
    },
    "payment_reminder": {
        "en": (
            "{shop_name}: order {order_number} still awaits payment of {amount_due}: {payment_link}",
            "Reminder: order {order_number} awaits payment",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} ждёт оплаты {amount_due}: {payment_link}",
            "Напоминание: заказ {order_number} ждёт оплаты",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} czeka na płatność {amount_due}: {payment_link}",
            "Przypomnienie: zamówienie {order_number} czeka na płatność",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 仍待付款 {amount_due}：{payment_link}",
            "提醒：订单 {order_number} 待付款",
        ),
    },
    "paid": {
        "en": (
            "{shop_name}: payment for order {order_number} received. Thank you!",
            "Payment received for order {order_number}",
        ),
        "ru": ("{shop_name}: оплата заказа {order_number} получена. Спасибо!", "Оплата заказа {order_number} получена"),
        "pl": (
            "{shop_name}: otrzymaliśmy płatność za zamówienie {order_number}. Dziękujemy!",
            "Płatność za zamówienie {order_number} otrzymana",
        ),
        "zh": ("{shop_name}：已收到订单 {order_number} 的付款，谢谢！", "订单 {order_number} 已付款"),
    },
    "ready_for_pickup": {
        "en": (
            "{shop_name}: order {order_number} is ready for pickup at {pickup_address}. Pickup code {pickup_code}.",
            "Order {order_number} is ready for pickup",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} ждёт вас: {pickup_address}. Код получения {pickup_code}.",
            "Заказ {order_number} готов к выдаче",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} czeka na odbiór: {pickup_address}. Kod odbioru {pickup_code}.",
            "Zamówienie {order_number} gotowe do odbioru",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 可自提，地址 {pickup_address}，取件码 {pickup_code}。",
            "订单 {order_number} 待自提",
        ),
    },
    "shipped": {
        "en": (
            "{shop_name}: order {order_number} is on its way. Tracking {tracking_number}: {tracking_url}",
            "Order {order_number} has shipped",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} передан в доставку. Трек {tracking_number}: {tracking_url}",
            "Заказ {order_number} отправлен",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} nadane. Numer przesyłki {tracking_number}: {tracking_url}",
            "Zamówienie {order_number} nadane",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 已发货，运单号 {tracking_number}：{tracking_url}",
            "订单 {order_number} 已发货",
        ),
    },
    "delivered": {
        "en": ("{shop_name}: order {order_number} has been delivered. Thank you!", "Order {order_number} delivered"),
        "ru": ("{shop_name}: заказ {order_number} доставлен. Спасибо!", "Заказ {order_number} доставлен"),
        "pl": (
            "{shop_name}: zamówienie {order_number} dostarczone. Dziękujemy!",
            "Zamówienie {order_number} dostarczone",
        ),
        "zh": ("{shop_name}：订单 {order_number} 已签收，谢谢！", "订单 {order_number} 已签收"),
    },
    "collected": {
        "en": ("{shop_name}: order {order_number} collected. Thank you!", "Order {order_number} collected"),
        "ru": ("{shop_name}: заказ {order_number} получен. Спасибо!", "Заказ {order_number} получен"),
        "pl": ("{shop_name}: zamówienie {order_number} odebrane. Dziękujemy!", "Zamówienie {order_number} odebrane"),
        "zh": ("{shop_name}：订单 {order_number} 已自提，谢谢！", "订单 {order_number} 已自提"),
    },
    "cancelled": {
        "en": ("{shop_name}: order {order_number} has been cancelled.", "Order {order_number} cancelled"),
        "ru": ("{shop_name}: заказ {order_number} отменён.", "Заказ {order_number} отменён"),
        "pl": ("{shop_name}: zamówienie {order_number} zostało anulowane.", "Zamówienie {order_number} anulowane"),
        "zh": ("{shop_name}：订单 {order_number} 已取消。", "订单 {order_number} 已取消"),
    },
    "review_request": {
        "en": (
            "{shop_name}: how was order {order_number}? We would love your review.",
            "How was your order {order_number}?",
        ),
        "ru": ("{shop_name}: как вам заказ {order_number}? Будем рады отзыву.", "Как вам заказ {order_number}?"),
        "pl": (
            "{shop_name}: jak oceniasz zamówienie {order_number}? Prosimy o opinię.",
            "Jak oceniasz zamówienie {order_number}?",
        ),
        "zh": ("{shop_name}：订单 {order_number} 满意吗？欢迎留下评价。", "订单 {order_number} 满意吗？"),
    },
    "refunded": {
        "en": ("{shop_name}: the refund for order {order_number} has been sent.", "Refund for order {order_number}"),
        "ru": ("{shop_name}: деньги за заказ {order_number} возвращены.", "Возврат денег за заказ {order_number}"),
        "pl": (
            "{shop_name}: zwrot środków za zamówienie {order_number} został wysłany.",
            "Zwrot środków za zamówienie {order_number}",
        ),
        "zh": ("{shop_name}：订单 {order_number} 的退款已发出。", "订单 {order_number} 退款"),
    },
    "return_requested": {
        "en": (
            "{shop_name}: we have your return request {return_number} for order {order_number}. We will reply soon.",
            "Return request {return_number} received",
        ),
        "ru": (
            "{shop_name}: мы получили заявку на возврат {return_number} по заказу {order_number}. Скоро ответим.",
            "Заявка на возврат {return_number} получена",
        ),
        "pl": (
            "{shop_name}: otrzymaliśmy zgłoszenie zwrotu {return_number} do zamówienia {order_number}. "
            "Wkrótce odpowiemy.",
            "Zgłoszenie zwrotu {return_number} otrzymane",
        ),
        "zh": (
            "{shop_name}：我们已收到订单 {order_number} 的退货申请 {return_number}，将尽快答复。",
            "已收到退货申请 {return_number}",
        ),
    },
    "return_rejected": {
        "en": (
            "{shop_name}: we cannot accept your return {return_number} for order {order_number}: {return_reason}",
            "Return {return_number} not accepted",
        ),
        "ru": (
            "{shop_name}: мы не можем принять возврат {return_number} по заказу {order_number}: {return_reason}",
            "Возврат {return_number} не принят",
        ),
        "pl": (
            "{shop_name}: nie możemy przyjąć zwrotu {return_number} do zamówienia {order_number}: {return_reason}",
            "Zwrot {return_number} nie został przyjęty",
        ),
        "zh": (
            "{shop_name}：很抱歉，订单 {order_number} 的退货 {return_number} 未能受理：{return_reason}",
            "退货 {return_number} 未受理",
        ),
    },
    "return_exchanged": {
        "en": (
            "{shop_name}: for your return {return_number} we are sending replacement order {exchange_order}.",
            "Replacement order {exchange_order} for return {return_number}",
        ),
        "ru": (
            "{shop_name}: взамен возврата {return_number} мы отправляем вам заказ {exchange_order}.",
            "Заказ {exchange_order} на замену по возврату {return_number}",
        ),
        "pl": (
            "{shop_name}: w zamian za zwrot {return_number} wysyłamy zamówienie {exchange_order}.",
            "Zamówienie {exchange_order} w zamian za zwrot {return_number}",
        ),
        "zh": (
            "{shop_name}：针对退货 {return_number}，我们将为您寄出换货订单 {exchange_order}。",
            "退货 {return_number} 的换货订单 {exchange_order}",
        ),
    },
    "return_accepted": {
        "en": (
            "{shop_name}: your return {return_number} for order {order_number} is accepted. Put the slip in the parcel.",
            "Return {return_number} accepted",
        ),
        "ru": (
            "{shop_name}: возврат {return_number} по заказу {order_number} принят. Вложите бланк в посылку.",
            "Возврат {return_number} принят",
        ),
        "pl": (
            "{shop_name}: zwrot {return_number} do zamówienia {order_number} przyjęty. Włóż formularz do paczki.",
            "Zwrot {return_number} przyjęty",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 的退货 {return_number} 已受理，请将退货单放入包裹。",
            "退货 {return_number} 已受理",
        ),
    },
    "return_label": {
        "en": (
            "{shop_name}: the return label for {return_number} is ready. Parcel number {tracking_number}: "
            "give it to the carrier when you hand over the parcel.",
            "Return label for {return_number}",
        ),
        "ru": (
            "{shop_name}: для возврата {return_number} оформлено отправление {tracking_number}. "
            "Назовите этот номер при сдаче посылки.",
            "Отправление для возврата {return_number}",
        ),
        "pl": (
            "{shop_name}: etykieta zwrotna do zwrotu {return_number} jest gotowa. Numer przesyłki {tracking_number}: "
            "podaj go przy nadaniu paczki.",
            "Etykieta zwrotna do zwrotu {return_number}",
        ),
        "zh": (
            "{shop_name}：退货 {return_number} 的退货面单已生成，运单号 {tracking_number}，交寄包裹时请提供此单号。",
            "退货 {return_number} 的退货面单",
        ),
    },
    "return_received": {
        "en": ("{shop_name}: we have received your return {return_number}.", "Return {return_number} received"),
        "ru": ("{shop_name}: мы получили ваш возврат {return_number}.", "Возврат {return_number} получен"),
        "pl": ("{shop_name}: otrzymaliśmy Twój zwrot {return_number}.", "Zwrot {return_number} otrzymany"),
        "zh": ("{shop_name}：我们已收到您的退货 {return_number}。", "退货 {return_number} 已收到"),
    },
    "refund_sent": {
        "en": (
            "{shop_name}: {refund_amount} for your return {return_number} has been refunded.",
            "Refund for return {return_number}",
        ),
        "ru": (
            "{shop_name}: {refund_amount} за возврат {return_number} возвращены.",
            "Деньги за возврат {return_number}",
        ),
        "pl": (
            "{shop_name}: zwróciliśmy {refund_amount} za zwrot {return_number}.",
            "Zwrot środków za zwrot {return_number}",
        ),
        "zh": ("{shop_name}：退货 {return_number} 的 {refund_amount} 已退款。", "退货 {return_number} 退款"),
    },
    "back_in_stock": {
        "en": (
            "{shop_name}: good news, everything for order {order_number} is in stock; we are packing it now.",
            "Order {order_number} is being packed",
        ),
        "ru": (
            "{shop_name}: товар для заказа {order_number} поступил, заказ собирается.",
            "Заказ {order_number} собирается",
        ),
        "pl": (
            "{shop_name}: towar do zamówienia {order_number} dotarł, kompletujemy je.",
            "Zamówienie {order_number} jest kompletowane",
        ),
        "zh": ("{shop_name}：订单 {order_number} 的商品已到货，正在为您配货。", "订单 {order_number} 配货中"),
    },
    "out_of_stock_choice": {
        "en": (
            "{shop_name}: part of order {order_number} is out of stock. Reply WAIT to wait for it or CANCEL "
            "to cancel the order.",
            "Order {order_number}: wait for the stock or cancel?",
        ),
        "ru": (
            "{shop_name}: части товара из заказа {order_number} нет в наличии. Ответьте ЖДУ, чтобы дождаться, "
            "или ОТМЕНА, чтобы отменить заказ.",
            "Заказ {order_number}: ждать поступления или отменить?",
        ),
        "pl": (
            "{shop_name}: części zamówienia {order_number} brak w magazynie. Odpisz CZEKAM, aby poczekać, "
            "lub ANULUJ, aby anulować zamówienie.",
            "Zamówienie {order_number}: czekać na towar czy anulować?",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 部分商品缺货。回复“等待”继续等待到货，回复“取消”取消订单。",
            "订单 {order_number}：等待到货还是取消？",
        ),
    },
    "received": {
        "en": (
            "{shop_name}: we have received your order {order_number} ({total}). We will confirm it shortly.",
            "Order {order_number} received",
        ),
        "ru": (
            "{shop_name}: мы получили ваш заказ {order_number} ({total}). Скоро подтвердим его.",
            "Заказ {order_number} получен",
        ),
        "pl": (
            "{shop_name}: otrzymaliśmy zamówienie {order_number} ({total}). Wkrótce je potwierdzimy.",
            "Otrzymaliśmy zamówienie {order_number}",
        ),
        "zh": ("{shop_name}：已收到您的订单 {order_number}（{total}），我们会尽快确认。", "已收到订单 {order_number}"),
    },
    "packed": {
        "en": (
            "{shop_name}: order {order_number} is packed and will be handed over soon.",
            "Order {order_number} is packed",
        ),
        "ru": ("{shop_name}: заказ {order_number} собран и скоро будет передан.", "Заказ {order_number} собран"),
        "pl": (
            "{shop_name}: zamówienie {order_number} jest spakowane i wkrótce zostanie wydane.",
            "Zamówienie {order_number} spakowane",
        ),
        "zh": ("{shop_name}：订单 {order_number} 已打包，即将发出。", "订单 {order_number} 已打包"),
    },
    "in_transit": {
        "en": (
            "{shop_name}: order {order_number} is in transit. Tracking {tracking_number}: {tracking_url}",
            "Order {order_number} is in transit",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} в пути. Трек {tracking_number}: {tracking_url}",
            "Заказ {order_number} в пути",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} jest w drodze. Numer przesyłki {tracking_number}: {tracking_url}",
            "Zamówienie {order_number} w drodze",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 运输中，运单号 {tracking_number}：{tracking_url}",
            "订单 {order_number} 运输中",
        ),
    },
    "delay": {
        "en": (
            "{shop_name}: we are sorry, order {order_number} is delayed. We will tell you as soon as it moves on.",
            "Order {order_number} is delayed",
        ),
        "ru": (
            "{shop_name}: к сожалению, заказ {order_number} задерживается. Сообщим, как только он продолжит путь.",
            "Заказ {order_number} задерживается",
        ),
        "pl": (
            "{shop_name}: przepraszamy, zamówienie {order_number} jest opóźnione. Damy znać, gdy ruszy dalej.",
            "Zamówienie {order_number} jest opóźnione",
        ),
        "zh": ("{shop_name}：抱歉，订单 {order_number} 延误，有进展我们会第一时间通知您。", "订单 {order_number} 延误"),
    },
    "returned": {
        "en": (
            "{shop_name}: order {order_number} has come back to us. We will be in touch about the refund or a resend.",
            "Order {order_number} returned",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} вернулся к нам. Мы свяжемся с вами о возврате денег или повторной отправке.",
            "Заказ {order_number} возвращён",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} wróciło do nas. Skontaktujemy się w sprawie zwrotu lub ponownej wysyłki.",
            "Zamówienie {order_number} zwrócone",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 已退回，我们会就退款或重新发货与您联系。",
            "订单 {order_number} 已退回",
        ),
    },
    "complaint_received": {
        "en": (
            "{shop_name}: we received your complaint about order {order_number}. We will answer by {answer_by}.",
            "Complaint about order {order_number} received",
        ),
        "ru": (
            "{shop_name}: ваша претензия по заказу {order_number} получена. Ответим до {answer_by}.",
            "Претензия по заказу {order_number} получена",
        ),
        "pl": (
            "{shop_name}: otrzymaliśmy reklamację zamówienia {order_number}. Odpowiemy do {answer_by}.",
            "Reklamacja zamówienia {order_number} przyjęta",
        ),
        "zh": (
            "{shop_name}：已收到您对订单 {order_number} 的投诉，我们将在 {answer_by} 前答复。",
            "订单 {order_number} 的投诉已收到",
        ),
    },
    "complaint_answered": {
        "en": (
            "{shop_name}: your complaint about order {order_number} is {decision}. {decision_text}",
            "Your complaint about order {order_number}",
        ),
        "ru": (
            "{shop_name}: ваша претензия по заказу {order_number} {decision}. {decision_text}",
            "Ответ на претензию по заказу {order_number}",
        ),
        "pl": (
            "{shop_name}: reklamacja zamówienia {order_number}: {decision}. {decision_text}",
            "Odpowiedź na reklamację zamówienia {order_number}",
        ),
        "zh": (
            "{shop_name}：您对订单 {order_number} 的投诉{decision}。{decision_text}",
            "订单 {order_number} 投诉的答复",
        ),
    },
    "test": {
        "en": ("{shop_name}: test message from OrderDesk.", "OrderDesk test message"),
        "ru": ("{shop_name}: тестовое сообщение OrderDesk.", "Тестовое сообщение OrderDesk"),
        "pl": ("{shop_name}: wiadomość testowa OrderDesk.", "Wiadomość testowa OrderDesk"),
        "zh": ("{shop_name}：OrderDesk 测试消息。", "OrderDesk 测试消息"),
    },
}

GREETING = {
    "en": "Hello {customer_name},",
    "ru": "Здравствуйте, {customer_name}!",
    "pl": "Dzień dobry, {customer_name},",
    "zh": "{customer_name}，您好：",
}
SIGN_OFF = {
    "en": "Best regards,\n{shop_name}",
    "ru": "С уважением,\n{shop_name}",
    "pl": "Pozdrawiamy,\n{shop_name}",
    "zh": "此致\n{shop_name}",
}


# The greeting when the customer has no name: never "Hello ," or "Здравствуйте, !".
GREETING_NO_NAME = {"en": "Hello,", "ru": "Здравствуйте!", "pl": "Dzień dobry,", "zh": "您好："}

# event -> language -> SMS texts tried in turn when a value of the main text is missing (no
# tracking page for an own-courier parcel, no tracking number yet): never "Tracking 123: ".
FALLBACKS: dict[str, dict[str, tuple[str, ...]]] = {
    "shipped": {
        "en": (
            "{shop_name}: order {order_number} is on its way. Tracking number {tracking_number}.",
            "{shop_name}: order {order_number} is on its way.",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} передан в доставку. Трек-номер {tracking_number}.",
            "{shop_name}: заказ {order_number} передан в доставку.",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} nadane. Numer przesyłki {tracking_number}.",
            "{shop_name}: zamówienie {order_number} nadane.",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 已发货，运单号 {tracking_number}。",
            "{shop_name}：订单 {order_number} 已发货。",
        ),
    },
    "in_transit": {
        "en": (
            "{shop_name}: order {order_number} is in transit. Tracking number {tracking_number}.",
            "{shop_name}: order {order_number} is in transit.",
        ),
        "ru": (
            "{shop_name}: заказ {order_number} в пути. Трек-номер {tracking_number}.",
            "{shop_name}: заказ {order_number} в пути.",
        ),
        "pl": (
            "{shop_name}: zamówienie {order_number} jest w drodze. Numer przesyłki {tracking_number}.",
            "{shop_name}: zamówienie {order_number} jest w drodze.",
        ),
        "zh": (
            "{shop_name}：订单 {order_number} 运输中，运单号 {tracking_number}。",
            "{shop_name}：订单 {order_number} 运输中。",
        ),
    },
    "return_label": {
        "en": ("{shop_name}: the return label for {return_number} is ready.",),
        "ru": ("{shop_name}: для возврата {return_number} оформлено отправление.",),
        "pl": ("{shop_name}: etykieta zwrotna do zwrotu {return_number} jest gotowa.",),
        "zh": ("{shop_name}：退货 {return_number} 的退货面单已生成。",),
    },
}

SEPARATOR = "\n---\n"  # between a fallback's alternatives (templates.fallback_texts)


def _email(greeting: str, sms: str, language: str) -> str:
    return f"{greeting}\n\n{sms}\n\n{SIGN_OFF[language]}\n"


def default_email_body(event: str, language: str) -> str:
    sms, _subject = DEFAULTS[event][language]
    return _email(GREETING[language], sms, language)


def default_fallback(event: str, channel: str, language: str) -> str:
    """The shipped fallback texts: the SMS without what may be missing; the e-mail the same, then
    with the greeting that needs no name."""
    sms, _subject = DEFAULTS[event][language]
    shorter = FALLBACKS.get(event, {}).get(language, ())
    if channel == "sms":
        return SEPARATOR.join(shorter)
    named, anonymous = GREETING[language], GREETING_NO_NAME[language]
    texts = [_email(named, t, language) for t in shorter]
    texts += [_email(anonymous, t, language) for t in (sms, *shorter)]
    return SEPARATOR.join(t.strip("\n") for t in texts)

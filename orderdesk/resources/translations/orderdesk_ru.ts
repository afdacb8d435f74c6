<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Select one or more orders on the board first.</source>
        <translation>Сначала выберите один или несколько заказов на доске.</translation>
    </message>
    <message>
        <source>Print packing slips</source>
        <translation>Печать упаковочных листов</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Печать этикеток</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>Печать листа подбора</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>Packing slips…</source>
        <translation>Упаковочные листы…</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Этикетки…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Лист подбора…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Printer setup…</source>
        <translation>Настройка принтеров…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Printing %v of %m</source>
        <translation>Печать %v из %m</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 заказ</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 сохранено в %2.</translation>
    </message>
    <message>
        <source>Sent %1 to %2 (job %3).</source>
        <translation>%1 отправлено на %2 (задание %3).</translation>
    </message>
    <message>
        <source>Print packing slip</source>
        <translation>Печать упаковочного листа</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Печать этикетки</translation>
    </message>
    <message>
        <source>4×6 in label</source>
        <translation>Этикетка 4×6 дюйма</translation>
    </message>
    <message>
        <source>100×150 mm label</source>
        <translation>Этикетка 100×150 мм</translation>
    </message>
    <message>
        <source>A4 sheet of four labels</source>
        <translation>Лист A4 на четыре этикетки</translation>
    </message>
    <message>
        <source>{size}, thermal printer (ZPL {dpi} dpi)</source>
        <translation>{size}, термопринтер (ZPL {dpi} dpi)</translation>
    </message>
    <message>
        <source>{size}, PDF</source>
        <translation>{size}, PDF</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(по умолчанию в системе)</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>остановлен: {reason}</translation>
    </message>
    <message>
        <source>looking for printers…</source>
        <translation>поиск принтеров…</translation>
    </message>
    <message>
        <source>not found on this computer</source>
        <translation>не найден на этом компьютере</translation>
    </message>
    <message>
        <source>no printers found</source>
        <translation>принтеры не найдены</translation>
    </message>
    <message>
        <source>&amp;Carriers</source>
        <translation>Службы &amp;доставки</translation>
    </message>
    <message>
        <source>Carrier settings…</source>
        <translation>Настройки служб доставки…</translation>
    </message>
    <message>
        <source>Buy label for the selected order…</source>
        <translation>Купить этикетку для выбранного заказа…</translation>
    </message>
    <message>
        <source>Sync tracking now</source>
        <translation>Обновить отслеживание сейчас</translation>
    </message>
    <message>
        <source>Buy label…</source>
        <translation>Купить этикетку…</translation>
    </message>
    <message>
        <source>Carrier settings saved.</source>
        <translation>Настройки служб доставки сохранены.</translation>
    </message>
    <message>
        <source>Select an order on the board first.</source>
        <translation>Сначала выберите заказ на доске.</translation>
    </message>
    <message>
        <source>A tracking sync is already running.</source>
        <translation>Обновление отслеживания уже идёт.</translation>
    </message>
    <message>
        <source>Syncing tracking…</source>
        <translation>Обновление отслеживания…</translation>
    </message>
    <message>
        <source>Syncing tracking %1/%2</source>
        <translation>Обновление отслеживания %1/%2</translation>
    </message>
    <message>
        <source>Tracking is being synced on another PC right now</source>
        <translation>Отслеживание сейчас синхронизируется на другом компьютере</translation>
    </message>
    <message>
        <source>Tracking synced elsewhere: %1</source>
        <translation>Отслеживание обновлено на другом компьютере: %1</translation>
    </message>
    <message>
        <source>Tracking: %1 of %2 shipments checked, %3 new events, %4 orders moved</source>
        <translation>Отслеживание: проверено отправлений %1 из %2, новых событий %3, перемещено заказов %4</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>проблем: %1</translation>
    </message>
    <message>
        <source>carriers not set up: %1 (Carriers → Carrier settings)</source>
        <translation>не настроены службы доставки: %1 (Службы доставки → Настройки служб доставки)</translation>
    </message>
    <message>
        <source>Sync tracking</source>
        <translation>Обновить отслеживание</translation>
    </message>
    <message>
        <source>Tracking sync failed</source>
        <translation>Не удалось обновить отслеживание</translation>
    </message>
    <message>
        <source>Tracking sync failed: %1</source>
        <translation>Не удалось обновить отслеживание: %1</translation>
    </message>
    <message>
        <source>Buy a carrier label for this order (Ctrl+L)</source>
        <translation>Купить этикетку службы доставки для этого заказа (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then buy the label.</source>
        <translation>Сначала сохраните или отмените изменения, затем покупайте этикетку.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Ремонт</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Замена</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат денег</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>Снижение цены</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Частично принята</translation>
    </message>
    <message>
        <source>Answer today</source>
        <translation>Ответить сегодня</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Id в шлюзе</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Попытки</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>unknown — check</source>
        <translation>неизвестно — проверьте</translation>
    </message>
    <message>
        <source>held (quiet hours or limit)</source>
        <translation>отложено (тихие часы или лимит)</translation>
    </message>
    <message>
        <source>waiting for a missing value</source>
        <translation>ожидает недостающее значение</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Заказ получен</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>Заказ подтверждён</translation>
    </message>
    <message>
        <source>Awaiting payment (payment link)</source>
        <translation>Ожидает оплаты (ссылка на оплату)</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Напоминание об оплате</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Ready for pickup (pickup code)</source>
        <translation>Готов к самовывозу (код получения)</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Упакован</translation>
    </message>
    <message>
        <source>Shipped (tracking number and link)</source>
        <translation>Отправлен (трек-номер и ссылка)</translation>
    </message>
    <message>
        <source>In transit (tracking)</source>
        <translation>В пути (отслеживание)</translation>
    </message>
    <message>
        <source>Delayed (carrier or desk)</source>
        <translation>Задержан (перевозчик или склад)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Возвращён</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Получен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Review request (after completion)</source>
        <translation>Просьба об отзыве (после выполнения)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>Back in stock (the order is being packed)</source>
        <translation>Снова в наличии (заказ собирается)</translation>
    </message>
    <message>
        <source>Out of stock: wait or cancel?</source>
        <translation>Нет в наличии: ждать или отменить?</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>Return accepted (send the parcel)</source>
        <translation>Возврат одобрен (отправьте посылку)</translation>
    </message>
    <message>
        <source>Return rejected (the reason)</source>
        <translation>Возврат отклонён (причина)</translation>
    </message>
    <message>
        <source>Return label (the return parcel&apos;s number)</source>
        <translation>Возвратная этикетка (номер возвратной посылки)</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <source>Refund sent (the amount)</source>
        <translation>Деньги возвращены (сумма)</translation>
    </message>
    <message>
        <source>Replacement order for a return</source>
        <translation>Заказ на замену по возврату</translation>
    </message>
    <message>
        <source>Complaint received (answer date)</source>
        <translation>Претензия получена (срок ответа)</translation>
    </message>
    <message>
        <source>Complaint answered (the decision)</source>
        <translation>Ответ на претензию (решение)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Тестовое сообщение</translation>
    </message>
    <message>
        <source>Alert to the manager</source>
        <translation>Оповещение менеджеру</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>As for all delivery methods; ticking gives this method its own rule</source>
        <translation>Как для всех способов доставки; отметка задаёт этому способу своё правило</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Каналы</translation>
    </message>
    <message>
        <source>Add WooCommerce store…</source>
        <translation>Добавить магазин WooCommerce…</translation>
    </message>
    <message>
        <source>Sync stores now</source>
        <translation>Синхронизировать магазины</translation>
    </message>
    <message>
        <source>Sync the last days…</source>
        <translation>Синхронизировать за последние дни…</translation>
    </message>
    <message>
        <source>Stores…</source>
        <translation>Магазины…</translation>
    </message>
    <message>
        <source>Store mappings…</source>
        <translation>Сопоставления магазина…</translation>
    </message>
    <message>
        <source>Store %1 connected; syncing.</source>
        <translation>Магазин %1 подключён; идёт синхронизация.</translation>
    </message>
    <message>
        <source>Only the owner can change a store&apos;s mappings: sign in as the owner first.</source>
        <translation>Менять сопоставления магазина может только владелец: сначала войдите как владелец.</translation>
    </message>
    <message>
        <source>Mappings of store %1 saved.</source>
        <translation>Сопоставления магазина %1 сохранены.</translation>
    </message>
    <message>
        <source>The round failed; see the log.</source>
        <translation>Синхронизация не удалась; см. журнал.</translation>
    </message>
    <message>
        <source>Syncing the web stores</source>
        <translation>Синхронизация интернет-магазинов</translation>
    </message>
    <message>
        <source>Stores: %1 new orders, %2 updates sent</source>
        <translation>Магазины: новых заказов — %1, отправлено обновлений — %2</translation>
    </message>
    <message>
        <source>%1 failed, read again next round (Channels → Stores…)</source>
        <translation>ошибок: %1, будут прочитаны снова в следующем проходе (Каналы → Магазины…)</translation>
    </message>
    <message>
        <source>%1 refused by the store: %2 (the order window says why)</source>
        <translation>отклонено магазином: %1 — %2 (причина — в окне заказа)</translation>
    </message>
    <message>
        <source>Stores: ⚠ %1</source>
        <translation>Магазины: ⚠ %1</translation>
    </message>
    <message>
        <source>Syncing the web stores failed</source>
        <translation>Не удалось синхронизировать интернет-магазины</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>Ск&amp;лад</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>Товары…</translation>
    </message>
    <message>
        <source>Receive stock…</source>
        <translation>Приёмка товара…</translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation>Инвентаризация…</translation>
    </message>
    <message>
        <source>Re-order list…</source>
        <translation>Список дозаказа…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>В наличии</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>В резерве</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Доступно</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>Дозаказ при</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Archived: hidden from search and the re-order list</source>
        <translation>В архиве: скрыт из поиска и списка дозаказа</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>В наличии сейчас</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Выполнено заказов</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Заказано</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>(без поставщика)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Ожидает с</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>will wait</source>
        <translation>подождёт</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>отменяет</translation>
    </message>
    <message>
        <source>asked, no answer yet</source>
        <translation>спросили, ответа пока нет</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>По учёту</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Подсчитано</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Посылка возврата</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Enter the tracking number and the return it belongs to.</source>
        <translation>Введите трек-номер и возврат, к которому он относится.</translation>
    </message>
    <message>
        <source>Return parcel…</source>
        <translation>Посылка возврата…</translation>
    </message>
    <message>
        <source>Track the parcel the customer sends back (a return made in the carrier&apos;s panel or posted)</source>
        <translation>Отслеживать посылку, которую отправляет покупатель (возврат, оформленный в кабинете перевозчика или отправленный почтой)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Create return…</source>
        <translation>Создать возврат…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Вернуть деньги…</translation>
    </message>
    <message>
        <source>Slip PDF…</source>
        <translation>Бланк PDF…</translation>
    </message>
    <message>
        <source>Get a return label</source>
        <translation>Получить возвратную этикетку</translation>
    </message>
    <message>
        <source>The carrier&apos;s return label (InPost, CDEK); other orders get the slip</source>
        <translation>Возвратная этикетка перевозчика (InPost, СДЭК); для других заказов — бланк возврата</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>Фото…</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>Обмен…</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>обмен %1</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Возвраты (%1)</translation>
    </message>
    <message>
        <source>Save return slip</source>
        <translation>Сохранить бланк возврата</translation>
    </message>
    <message>
        <source>This order has no return yet.</source>
        <translation>По этому заказу ещё нет возврата.</translation>
    </message>
    <message>
        <source>Return slip saved: %1</source>
        <translation>Бланк возврата сохранён: %1</translation>
    </message>
    <message>
        <source>No return label</source>
        <translation>Нет возвратной этикетки</translation>
    </message>
    <message>
        <source>Save the return slip now?</source>
        <translation>Сохранить бланк возврата сейчас?</translation>
    </message>
    <message>
        <source>Return label for %1: %2 parcel %3.</source>
        <translation>Возвратная этикетка для %1: посылка %2 %3.</translation>
    </message>
    <message>
        <source>The label file could not be downloaded; ask again.</source>
        <translation>Не удалось скачать файл этикетки; запросите ещё раз.</translation>
    </message>
    <message>
        <source>Not printed on %1: %2</source>
        <translation>Не напечатано на %1: %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Отправлено на %1.</translation>
    </message>
    <message>
        <source>Asking the carrier for a return label…</source>
        <translation>Запрашиваем у перевозчика возвратную этикетку…</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>Возврат с обменом %1</translation>
    </message>
    <message>
        <source>Send instead (SKU:QTY, …):</source>
        <translation>Отправить взамен (SKU:QTY, …):</translation>
    </message>
    <message>
        <source>This order has no return to exchange.</source>
        <translation>По этому заказу нет возврата для обмена.</translation>
    </message>
    <message>
        <source>Replacement order %1 made for return %2.</source>
        <translation>Для возврата %2 создан заказ на замену %1.</translation>
    </message>
    <message>
        <source>This order has no return to refund.</source>
        <translation>У этого заказа нет возврата, по которому можно вернуть деньги.</translation>
    </message>
    <message>
        <source>Return %1 created.</source>
        <translation>Возврат %1 создан.</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, осталось %2</translation>
    </message>
    <message>
        <source>%1 (paid back by hand)</source>
        <translation>%1 (возвращено вручную)</translation>
    </message>
    <message>
        <source>Refund %1 recorded for %2.</source>
        <translation>Возврат денег %1 записан для %2.</translation>
    </message>
    <message>
        <source>Pay it back by hand (%1).</source>
        <translation>Верните деньги вручную (%1).</translation>
    </message>
    <message>
        <source>%1 is left for later.</source>
        <translation>%1 остаётся на потом.</translation>
    </message>
    <message>
        <source>Receive a return…</source>
        <translation>Принять возврат…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Ещё не подключён ни один магазин: Каналы → Добавить магазин WooCommerce…</translation>
    </message>
    <message>
        <source>Store %1:</source>
        <translation>Магазин %1:</translation>
    </message>
    <message>
        <source>another desk is syncing this store right now; try again in a minute.</source>
        <translation>другое рабочее место сейчас синхронизирует этот магазин; попробуйте через минуту.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 on hold, %4 unchanged</source>
        <translation>новых: %1, обновлено: %2, приостановлено: %3, без изменений: %4</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>skipped: %1 finished in the store before the desk saw them, %2 abandoned checkouts</source>
        <translation>пропущено: завершённых в магазине до появления на столе заказов — %1, брошенных оформлений заказа — %2</translation>
    </message>
    <message>
        <source>sent to the store: %1, to retry: %2, refused: %3</source>
        <translation>отправлено в магазин: %1, к повтору: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>Sync the last days</source>
        <translation>Синхронизация за последние дни</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Reads every store order changed in these days, finished ones included, besides the open ones. Orders the desk has already are not imported again.</source>
        <translation>Помимо открытых заказов, читает все заказы магазина, изменённые за эти дни, включая завершённые. Заказы, которые уже есть на столе заказов, повторно не импортируются.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Orders changed in the last</source>
        <translation>Заказы, изменённые за последние</translation>
    </message>
    <message>
        <source>A round is running already; start this one when it has finished.</source>
        <translation>Синхронизация уже идёт; запустите эту, когда та закончится.</translation>
    </message>
    <message>
        <source>Syncing… (the window stays usable; this may take a while for many days)</source>
        <translation>Синхронизация… (окном можно пользоваться; если дней много, это может занять время)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Одобрить</translation>
    </message>
    <message>
        <source>Say yes: the customer sends the parcel back</source>
        <translation>Ответить «да»: покупатель отправляет посылку обратно</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Say no, with the reason the customer reads</source>
        <translation>Ответить «нет» с причиной, которую прочитает покупатель</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Закрыть…</translation>
    </message>
    <message>
        <source>Nothing more to do (e.g. the customer keeps the item)</source>
        <translation>Больше ничего делать не нужно (например, покупатель оставляет товар себе)</translation>
    </message>
    <message>
        <source>Return %1 accepted.</source>
        <translation>Возврат %1 одобрен.</translation>
    </message>
    <message>
        <source>Reject return %1</source>
        <translation>Отклонить возврат %1</translation>
    </message>
    <message>
        <source>Why is it rejected? (the customer reads this)</source>
        <translation>Почему отклонён? (это прочитает покупатель)</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>Возврат %1 отклонён.</translation>
    </message>
    <message>
        <source>Close return %1</source>
        <translation>Закрыть возврат %1</translation>
    </message>
    <message>
        <source>Why is there nothing more to do?</source>
        <translation>Почему больше ничего делать не нужно?</translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation>Возврат %1 закрыт.</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Ожидает оплаты</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>В обработке</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Приостановлен</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>В корзине</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ждёт оплаты</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Этикетка создана</translation>
    </message>
    <message>
        <source>Handed to the carrier</source>
        <translation>Передано в службу доставки</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Передано курьеру</translation>
    </message>
    <message>
        <source>At the pickup point</source>
        <translation>В пункте выдачи</translation>
    </message>
    <message>
        <source>Returning to us</source>
        <translation>Возвращается к нам</translation>
    </message>
    <message>
        <source>Returned to us</source>
        <translation>Вернулось к нам</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Проблема с доставкой</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>Отправление отменено</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>Pickup point or parcel locker</source>
        <translation>Пункт выдачи или постамат</translation>
    </message>
    <message>
        <source>Our own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Carrier (buy a label)</source>
        <translation>Служба доставки (купить этикетку)</translation>
    </message>
</context>
<context>
    <name>AddStoreDialog</name>
    <message>
        <source>Add WooCommerce store</source>
        <translation>Добавить магазин WooCommerce</translation>
    </message>
    <message>
        <source>Automatic (Basic over HTTPS, OAuth 1.0a over HTTP)</source>
        <translation>Автоматически (Basic по HTTPS, OAuth 1.0a по HTTP)</translation>
    </message>
    <message>
        <source>Keys in the address (hosts that strip the Authorization header)</source>
        <translation>Ключи в адресе (для хостингов, удаляющих заголовок Authorization)</translation>
    </message>
    <message>
        <source>Send the desk&apos;s available stock to the store&apos;s products (matched by SKU)</source>
        <translation>Передать доступные остатки в товары магазина (сопоставление по SKU)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Адрес сайта</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer secret</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Авторизация</translation>
    </message>
    <message>
        <source>Create the key in WooCommerce → Settings → Advanced → REST API with Read/Write permission. The secret is kept in this computer&apos;s keyring and only ever sent to this site.</source>
        <translation>Создайте ключ в WooCommerce → Настройки → Дополнительно → REST API с правами «Чтение/запись». Секрет хранится в хранилище ключей этого компьютера и отправляется только на этот сайт.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Testing the store connection</source>
        <translation>Проверка подключения к магазину</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Connecting the store</source>
        <translation>Подключение магазина</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log.</source>
        <translation>Проверка неожиданно завершилась ошибкой; см. журнал.</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
    <message>
        <source>Confirm new orders that need no call (paid online, in stock, address complete)</source>
        <translation>Подтверждать новые заказы, не требующие звонка (оплачены онлайн, в наличии, адрес полный)</translation>
    </message>
    <message>
        <source>A customer&apos;s first order needs a call</source>
        <translation>Первый заказ клиента требует звонка</translation>
    </message>
    <message>
        <source>e.g. numbers that refused parcels before</source>
        <translation>например, номера, с которых раньше отказывались от посылок</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Перевозчик</translation>
    </message>
    <message>
        <source>+48 600 123 456, +7 916 000 00 00</source>
        <translation>+48 600 123 456, +7 916 000 00 00</translation>
    </message>
    <message>
        <source>Priority orders</source>
        <translation>Приоритетные заказы</translation>
    </message>
    <message>
        <source>Express delivery methods</source>
        <translation>Экспресс-способы доставки</translation>
    </message>
    <message>
        <source>VIP customers&apos; phones, comma-separated</source>
        <translation>Телефоны VIP-клиентов через запятую</translation>
    </message>
    <message>
        <source>Besides these, a customer ticked VIP in the order window is a VIP.</source>
        <translation>Помимо них, VIP считается и покупатель, у которого в окне заказа отмечено VIP.</translation>
    </message>
    <message>
        <source>Orders over this total (0 = off)</source>
        <translation>Заказы на сумму выше этой (0 = выкл.)</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Only up to this total (0 = any)</source>
        <translation>Только до этой суммы (0 = любая)</translation>
    </message>
    <message>
        <source>Flagged phones that always need a call, comma-separated</source>
        <translation>Отмеченные телефоны, которым всегда нужен звонок, через запятую</translation>
    </message>
    <message>
        <source>Unpaid orders</source>
        <translation>Неоплаченные заказы</translation>
    </message>
    <message>
        <source>First reminder after, hours (0 = none)</source>
        <translation>Первое напоминание через, ч (0 = нет)</translation>
    </message>
    <message>
        <source>Second reminder after, hours (0 = none)</source>
        <translation>Второе напоминание через, ч (0 = нет)</translation>
    </message>
    <message>
        <source>Cancel after, days (0 = never)</source>
        <translation>Отменять через, дн. (0 = никогда)</translation>
    </message>
    <message>
        <source>Waiting orders</source>
        <translation>Ожидающие заказы</translation>
    </message>
    <message>
        <source>Complete delivered and collected orders after, days (0 = never)</source>
        <translation>Завершать доставленные и полученные заказы через, дн. (0 = никогда)</translation>
    </message>
    <message>
        <source>Tell the manager about orders waiting longer than, hours (0 = never)</source>
        <translation>Сообщать менеджеру о заказах, ожидающих дольше, ч (0 = никогда)</translation>
    </message>
    <message>
        <source>e.g. new=4, packed=24</source>
        <translation>напр. new=4, packed=24</translation>
    </message>
    <message>
        <source>Other targets for single statuses, hours</source>
        <translation>Другие целевые сроки для отдельных статусов, ч</translation>
    </message>
    <message>
        <source>Run the rules every, minutes</source>
        <translation>Запускать правила каждые, мин</translation>
    </message>
    <message>
        <source>What would the next round do?</source>
        <translation>Что сделает следующий проход?</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Поиск…</translation>
    </message>
</context>
<context>
    <name>AutomationMenu</name>
    <message>
        <source>Automation…</source>
        <translation>Автоматизация…</translation>
    </message>
</context>
<context>
    <name>AutomationSchedule</name>
    <message>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
    <message numerus="yes">
        <source>Automation: %n order(s) handled</source>
        <translation>
            <numerusform>Автоматизация: обработано заказов: %n</numerusform>
            <numerusform>Автоматизация: обработано заказов: %n</numerusform>
            <numerusform>Автоматизация: обработано заказов: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The automation round failed: %1</source>
        <translation>Проход автоматизации не удался: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Sending customer messages…</source>
        <translation>Отправка сообщений покупателям…</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>No order on this tab matches the search and filters: look on the other tab too.</source>
        <translation>На этой вкладке нет заказов, подходящих под поиск и фильтры: посмотрите и на другой вкладке.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Перевести в «%1»</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>Вернуть в «%1» (владелец)</translation>
    </message>
</context>
<context>
    <name>BuyLabelDialog</name>
    <message>
        <source>Buy label</source>
        <translation>Купить этикетку</translation>
    </message>
    <message>
        <source>locker or pickup point code</source>
        <translation>код постамата или пункта выдачи</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Prefilled with one parcel of the order&apos;s weight; change it after weighing, add a row per box.</source>
        <translation>Заполнено одной посылкой с весом заказа; исправьте вес после взвешивания и добавьте строку на каждую коробку.</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Get rates</source>
        <translation>Получить тарифы</translation>
    </message>
    <message>
        <source>Open label</source>
        <translation>Открыть этикетку</translation>
    </message>
    <message>
        <source>Download label again</source>
        <translation>Скачать этикетку ещё раз</translation>
    </message>
    <message>
        <source>Cancel shipment…</source>
        <translation>Отменить отправление…</translation>
    </message>
    <message>
        <source>Move to shipped</source>
        <translation>Перевести в «Передан в доставку»</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Загрузка заказа…</translation>
    </message>
    <message>
        <source>Buy label — %1</source>
        <translation>Купить этикетку — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 item(s)</source>
        <translation>%1 · %2 · товаров: %3</translation>
    </message>
    <message>
        <source>%1 does not quote prices: pick a service.</source>
        <translation>%1 не рассчитывает цены: выберите тариф.</translation>
    </message>
    <message>
        <source>Fix the parcels to get rates.</source>
        <translation>Исправьте посылки, чтобы получить тарифы.</translation>
    </message>
    <message>
        <source>Getting new rates…</source>
        <translation>Получение новых тарифов…</translation>
    </message>
    <message>
        <source>Pick a rate; the cheapest is first.</source>
        <translation>Выберите тариф; самый дешёвый первый.</translation>
    </message>
    <message>
        <source>No rates for this parcel and address.</source>
        <translation>Нет тарифов для этой посылки и адреса.</translation>
    </message>
    <message>
        <source>Rates could not be fetched: %1</source>
        <translation>Не удалось получить тарифы: %1</translation>
    </message>
    <message>
        <source>Getting rates…</source>
        <translation>Получение тарифов…</translation>
    </message>
    <message>
        <source>Buying the label from %1…</source>
        <translation>Покупка этикетки у %1…</translation>
    </message>
    <message>
        <source>Buying a label…</source>
        <translation>Покупка этикетки…</translation>
    </message>
    <message>
        <source>The purchase failed unexpectedly; nothing was stored here.</source>
        <translation>Покупка неожиданно не удалась; здесь ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 %2 — tracking number &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2 — трек-номер &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>found at the carrier from an earlier attempt: nothing new was bought</source>
        <translation>найдено у службы доставки после прошлой попытки: ничего нового не куплено</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>этикетка: %1</translation>
    </message>
    <message>
        <source>no label file (print the shop&apos;s own label)</source>
        <translation>нет файла этикетки (распечатайте собственную этикетку магазина)</translation>
    </message>
    <message>
        <source>Order %1 is picked up at the shop; it needs no label.</source>
        <translation>Заказ %1 забирают в магазине; этикетка не нужна.</translation>
    </message>
    <message>
        <source>Order %1 is %2: labels are bought while it is assembled or packed.</source>
        <translation>Заказ %1 в статусе «%2»: этикетки покупают, пока заказ собирается или собран.</translation>
    </message>
    <message>
        <source>Downloading the label…</source>
        <translation>Скачивание этикетки…</translation>
    </message>
    <message>
        <source>Cancel the %1 shipment %2 at the carrier? The label can no longer be used.</source>
        <translation>Отменить отправление %1 %2 у службы доставки? Этикеткой больше нельзя будет пользоваться.</translation>
    </message>
    <message>
        <source>Shipment %1 cancelled.</source>
        <translation>Отправление %1 отменено.</translation>
    </message>
    <message>
        <source>Cancelling the shipment…</source>
        <translation>Отмена отправления…</translation>
    </message>
    <message>
        <source>Moved to shipped.</source>
        <translation>Переведён в «Передан в доставку».</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Отменить отправление</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Частично оплачен</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>Оплата позже</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Нужен возврат денег</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Деньги возвращены</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>card age in minutes, compact</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>card age in hours, compact</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>card age in days, compact</comment>
        <translation>%1 дн</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Самовывоз</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>ПВЗ</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Курьер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 товар</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Запрошен возврат</translation>
    </message>
    <message>
        <source>Return: awaiting parcel</source>
        <translation>Возврат: ожидается посылка</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Возврат получен</translation>
    </message>
    <message>
        <source>Return partly refunded</source>
        <translation>Деньги за возврат возвращены частично</translation>
    </message>
    <message>
        <source>Return refunded</source>
        <translation>Деньги за возврат возвращены</translation>
    </message>
    <message>
        <source>Return exchanged</source>
        <translation>Возврат обменян</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Возврат закрыт</translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation>Возврат отклонён</translation>
    </message>
</context>
<context>
    <name>CarrierSettingsDialog</name>
    <message>
        <source>Carrier settings</source>
        <translation>Настройки служб доставки</translation>
    </message>
    <message>
        <source>Tracking &amp;&amp; labels</source>
        <translation>Отслеживание &amp;&amp; этикетки</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Рабочий</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Тестовый (sandbox)</translation>
    </message>
    <message>
        <source>Custom (a local test server…)</source>
        <translation>Свой (локальный тестовый сервер…)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>checking the keyring…</source>
        <translation>проверка хранилища ключей…</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>Тариф по умолчанию</translation>
    </message>
    <message>
        <source>Sender: the shop&apos;s name, address and phone from Settings (Ctrl+,).</source>
        <translation>Отправитель: название, адрес и телефон магазина из Настроек (Ctrl+,).</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Reading carrier settings…</source>
        <translation>Загрузка настроек служб доставки…</translation>
    </message>
    <message>
        <source>stored in the keyring (type to replace)</source>
        <translation>сохранено в хранилище ключей (введите, чтобы заменить)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keyring only.</source>
        <translation>Секреты хранятся только в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>Not set yet: %1</source>
        <translation>Ещё не задано: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>нет хранилища ключей</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://.</source>
        <translation>Адрес сервера должен начинаться с https:// или http://.</translation>
    </message>
    <message>
        <source>Sync at most once a minute.</source>
        <translation>Обновлять не чаще раза в минуту.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>Saving carrier settings…</source>
        <translation>Сохранение настроек служб доставки…</translation>
    </message>
    <message>
        <source>Client id (Account)</source>
        <translation>Client id (аккаунт)</translation>
    </message>
    <message>
        <source>Client secret (Secure password)</source>
        <translation>Client secret (секретный пароль)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Токен API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Запросов в секунду</translation>
    </message>
    <message>
        <source>Drop-off point code (sender)</source>
        <translation>Код пункта приёма (отправителя)</translation>
    </message>
    <message>
        <source>Sender city code</source>
        <translation>Код города отправителя</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Id организации</translation>
    </message>
    <message>
        <source>Sync tracking every (minutes)</source>
        <translation>Обновлять отслеживание каждые (минут)</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>Формат этикетки</translation>
    </message>
    <message>
        <source>&apos;Delayed&apos; after days without news</source>
        <translation>«Задержка» после дней без новостей</translation>
    </message>
    <message>
        <source>Carrier time-out (seconds)</source>
        <translation>Тайм-аут службы доставки (секунд)</translation>
    </message>
    <message>
        <source>Default parcel size (LxWxH cm)</source>
        <translation>Размер посылки по умолчанию (ДxШxВ см)</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>%1: click to show the column</source>
        <translation>%1: нажмите, чтобы показать колонку</translation>
    </message>
    <message>
        <source>Show the column</source>
        <translation>Показать колонку</translation>
    </message>
    <message>
        <source>Collapse the column to a narrow strip</source>
        <translation>Свернуть колонку в узкую полосу</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesDialog</name>
    <message>
        <source>Complaint rules</source>
        <translation>Правила претензий</translation>
    </message>
    <message>
        <source>COUNTRY=days, or COUNTRY:ask=days for one kind of claim (repair, replacement, refund, price_reduction); * for every other country. Polish law: 14 days to answer a complaint; Russian law: 10 days to meet a refund claim.</source>
        <translation>СТРАНА=дни или СТРАНА:ask=дни для одного вида требования (repair, replacement, refund, price_reduction); * — для всех остальных стран. По польскому закону на ответ на претензию даётся 14 дней; по российскому — 10 дней на удовлетворение требования о возврате денег.</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Срок ответа, дн.</translation>
    </message>
    <message>
        <source>Remind, days before</source>
        <translation>Напомнить за (дней)</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaints</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Претензии (%1)</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>ПРОСРОЧЕНО на %n день</numerusform>
            <numerusform>ПРОСРОЧЕНО на %n дня</numerusform>
            <numerusform>ПРОСРОЧЕНО на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Открыта, остался %n день</numerusform>
            <numerusform>Открыта, осталось %n дня</numerusform>
            <numerusform>Открыта, осталось %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsMenu</name>
    <message>
        <source>Complaints…</source>
        <translation>Претензии…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Decide…</source>
        <translation>Решить…</translation>
    </message>
    <message>
        <source>Reading complaints…</source>
        <translation>Загрузка претензий…</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>Открыто: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Просрочено: %1</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Сохранение решения…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>New complaint…</source>
        <translation>Новая претензия…</translation>
    </message>
    <message>
        <source>Recording the complaint…</source>
        <translation>Регистрация претензии…</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>Претензии</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Только открытые</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Открыть заказ</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Правила…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>Create return — order %1</source>
        <translation>Создать возврат — заказ %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлен</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>the customer&apos;s words</source>
        <translation>слова покупателя</translation>
    </message>
    <message>
        <source>Create return</source>
        <translation>Создать возврат</translation>
    </message>
    <message>
        <source>Note on the return:</source>
        <translation>Примечание к возврату:</translation>
    </message>
    <message>
        <source>How many of each item come back, and why:</source>
        <translation>Сколько каждого товара возвращается и почему:</translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation>%1 (возвращено: %2)</translation>
    </message>
    <message>
        <source>Set how many of at least one item come back.</source>
        <translation>Укажите, сколько единиц возвращается, хотя бы для одного товара.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Ежедневная резервная копия создана: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Ежедневное резервное копирование не удалось: %1</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide complaint #%1</source>
        <translation>Решение по претензии #%1</translation>
    </message>
    <message>
        <source>What the shop will do, or why not: the customer reads this</source>
        <translation>Что сделает магазин или почему нет: это читает клиент</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Write the answer the customer receives.</source>
        <translation>Напишите ответ, который получит покупатель.</translation>
    </message>
</context>
<context>
    <name>DemoFiller</name>
    <message>
        <source>Creating demo orders…</source>
        <translation>Создание демо-заказов…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Демо</translation>
    </message>
    <message>
        <source>Creating demo orders… %1 of %2</source>
        <translation>Создание демо-заказов… %1 из %2</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Сменить пользователя…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Выберите своё имя и введите PIN.</translation>
    </message>
    <message>
        <source>{n} is signed out. Who is next?</source>
        <translation>{n} вышел(а). Кто следующий?</translation>
    </message>
    <message>
        <source>Locked after a while without input.</source>
        <translation>Заблокировано: долго не было ввода.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>{n} · {r}</source>
        <translation>{n} · {r}</translation>
    </message>
    <message>
        <source>Signed in as {n}.</source>
        <translation>Вход выполнен: {n}.</translation>
    </message>
    <message>
        <source>Sign-in failed: {e}</source>
        <translation>Не удалось войти: {e}</translation>
    </message>
    <message>
        <source>OrderDesk — locked</source>
        <translation>OrderDesk — заблокировано</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Что-то пошло не так: {error}.</translation>
    </message>
    <message>
        <source>The details are in {path}. Please send that file to your support contact.</source>
        <translation>Подробности в файле {path}. Отправьте этот файл в вашу службу поддержки.</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: number, name, phone, e-mail, tracking, SKU  (Ctrl+F)</source>
        <translation>Поиск: номер, имя, телефон, e-mail, трек, артикул  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Любая доставка</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Любая оплата</translation>
    </message>
    <message>
        <source>Fully paid</source>
        <translation>Оплачен полностью</translation>
    </message>
    <message>
        <source>Not fully paid</source>
        <translation>Оплачен не полностью</translation>
    </message>
    <message>
        <source>Waiting for prepayment</source>
        <translation>Ждёт предоплаты</translation>
    </message>
    <message>
        <source>Pay on delivery / pickup / invoice</source>
        <translation>Оплата при получении / самовывозе / по счёту</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Предоплата</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
    <message>
        <source>Only orders on hold (out of stock, payment failed, address problem …) or waiting too long (late)</source>
        <translation>Только приостановленные заказы (нет в наличии, ошибка оплаты, проблема с адресом …) или ждущие слишком долго (просрочен)</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Мои заказы</translation>
    </message>
    <message>
        <source>Only the orders assigned to the signed-in person</source>
        <translation>Только заказы, назначенные вошедшему пользователю</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>Добро пожаловать в OrderDesk</translation>
    </message>
    <message>
        <source>Where should this PC keep the shop&apos;s orders?</source>
        <translation>Где этот компьютер будет хранить заказы магазина?</translation>
    </message>
    <message>
        <source>This PC alone</source>
        <translation>Только этот компьютер</translation>
    </message>
    <message>
        <source>A database file on this computer. For a shop with one desk; it can move to a server later.</source>
        <translation>Файл базы данных на этом компьютере. Для магазина с одним рабочим местом; позже его можно перенести на сервер.</translation>
    </message>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>Сервер базы данных магазина</translation>
    </message>
    <message>
        <source>Several PCs (the office, the packing bench, the pickup counter) share one PostgreSQL database and see each other&apos;s changes at once.</source>
        <translation>Несколько компьютеров (офис, стол упаковки, пункт выдачи) используют одну базу PostgreSQL и сразу видят изменения друг друга.</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Set up your shop</source>
        <translation>Настройте магазин</translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation>Пропустить мастер</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Начать работу</translation>
    </message>
</context>
<context>
    <name>HeldBackBox</name>
    <message>
        <source>Orders this text cannot be filled for</source>
        <translation>Заказы, для которых этот текст нельзя заполнить</translation>
    </message>
    <message>
        <source>Checking the orders…</source>
        <translation>Проверка заказов…</translation>
    </message>
    <message>
        <source>The orders could not be read.</source>
        <translation>Не удалось прочитать заказы.</translation>
    </message>
    <message>
        <source>Checked: the open orders.</source>
        <translation>Проверено: открытые заказы.</translation>
    </message>
    <message>
        <source>Checked: orders in %1.</source>
        <translation>Проверено: заказы со статусом %1.</translation>
    </message>
    <message>
        <source>Every one has the values this text uses.</source>
        <translation>У всех есть значения, которые использует этот текст.</translation>
    </message>
    <message>
        <source>%1 would wait in the outbox · %2 would get the fallback text</source>
        <translation>Ждали бы в исходящих: %1 · получили бы запасной текст: %2</translation>
    </message>
    <message>
        <source>shipped fallback</source>
        <translation>встроенный резервный текст</translation>
    </message>
    <message>
        <source>fallback text</source>
        <translation>резервный текст</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>ожидает</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>Orders (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Заказы (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>Импорт заказов</translation>
    </message>
    <message>
        <source>Imported %1 orders from %2.</source>
        <translation>Импортировано заказов: %1 из %2.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>Импорт: %1</translation>
    </message>
    <message>
        <source>Imported: %1 · already in the desk, skipped: %2 · rows to fix: %3</source>
        <translation>Импортировано: %1 · уже есть, пропущено: %2 · строк к исправлению: %3</translation>
    </message>
    <message>
        <source>Imported, but check:</source>
        <translation>Импортировано, но проверьте:</translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again: orders already imported are skipped, so nothing comes in twice. The format is described in docs/import-format.md.</source>
        <translation>Исправьте эти строки в файле и импортируйте его снова: уже импортированные заказы пропускаются, поэтому ничего не попадёт дважды. Формат описан в docs/import-format.md.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Only %1 in stock: the order will wait for stock (out-of-stock hold).</source>
        <translation>На складе только %1: заказ подождёт поступления товара (приостановка «нет в наличии»).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ выберите своё имя · введите PIN · Enter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>Закрытые и возвраты</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Loading the board failed</source>
        <translation>Не удалось загрузить доску</translation>
    </message>
    <message>
        <source>Loading the list failed</source>
        <translation>Не удалось загрузить список</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Главное</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Новый заказ</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Go to the board</source>
        <translation>Перейти к доске</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Заказы</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Shop setup guide…</source>
        <translation>Мастер настройки магазина…</translation>
    </message>
    <message>
        <source>OrderDesk — 1 active order</source>
        <translation>OrderDesk — 1 активный заказ</translation>
    </message>
    <message numerus="yes">
        <source>OrderDesk — %Ln active orders</source>
        <translation>
            <numerusform>OrderDesk — %Ln активный заказ</numerusform>
            <numerusform>OrderDesk — %Ln активных заказа</numerusform>
            <numerusform>OrderDesk — %Ln активных заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n orders.</source>
        <translation>
            <numerusform>Перемещён %n заказ.</numerusform>
            <numerusform>Перемещено %n заказа.</numerusform>
            <numerusform>Перемещено %n заказов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can set up the shop: sign in as the owner first.</source>
        <translation>Настраивать магазин может только владелец: сначала войдите как владелец.</translation>
    </message>
    <message>
        <source>Could not check for changes: %1</source>
        <translation>Не удалось проверить изменения: %1</translation>
    </message>
    <message>
        <source>Moved 1 order.</source>
        <translation>Перемещён 1 заказ.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n, refused %1 — </source>
        <translation>
            <numerusform>Перемещено: %n, отказано: %1 — </numerusform>
            <numerusform>Перемещено: %n, отказано: %1 — </numerusform>
            <numerusform>Перемещено: %n, отказано: %1 — </numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>Заказ %1 создан.</translation>
    </message>
    <message>
        <source>A new, empty database was made at %1. Is that the file you meant?</source>
        <translation>Создана новая пустая база данных: %1. Вы имели в виду этот файл?</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Select a message to see its whole text and what happened to it.</source>
        <translation>Выберите сообщение, чтобы увидеть весь текст и что с ним стало.</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>Отправить снова…</translation>
    </message>
    <message>
        <source>Send this message again, as a new message written to the history</source>
        <translation>Отправить это сообщение снова, как новое сообщение с записью в истории</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Дошло</translation>
    </message>
    <message>
        <source>It did not arrive</source>
        <translation>Не дошло</translation>
    </message>
    <message>
        <source>After checking the gateway&apos;s own log: close this &apos;unknown — check&apos; message</source>
        <translation>После проверки журнала самого шлюза: закрыть это сообщение «неизвестно — проверьте»</translation>
    </message>
    <message>
        <source>Reading messages…</source>
        <translation>Загрузка сообщений…</translation>
    </message>
    <message>
        <source>Could not read the messages: {e}</source>
        <translation>Не удалось прочитать сообщения: {e}</translation>
    </message>
    <message>
        <source>#{id} · {channel} to {to} · {status}</source>
        <translation>#{id} · {channel} на {to} · {status}</translation>
    </message>
    <message>
        <source>Queued {created}, sent {sent}, attempts {n}</source>
        <translation>В очереди {created}, отправлено {sent}, попыток {n}</translation>
    </message>
    <message>
        <source>Gateway {g}, id {i}</source>
        <translation>Шлюз {g}, id {i}</translation>
    </message>
    <message>
        <source>{enc}, {n} SMS part(s)</source>
        <translation>{enc}, частей SMS: {n}</translation>
    </message>
    <message>
        <source>Last delivery report from the gateway: {r}</source>
        <translation>Последний отчёт шлюза о доставке: {r}</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>Ошибка: {e}</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Send this {channel} to {to} again? It goes out as a new message and is written to the order&apos;s history.</source>
        <translation>Отправить это сообщение ({channel}) на {to} снова? Оно уйдёт как новое сообщение и будет записано в историю заказа.</translation>
    </message>
    <message>
        <source>Queueing the message…</source>
        <translation>Постановка сообщения в очередь…</translation>
    </message>
    <message>
        <source>Recording the check…</source>
        <translation>Записываю результат проверки…</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>as the rules say</source>
        <translation>по правилам</translation>
    </message>
    <message>
        <source>SMS only</source>
        <translation>только SMS</translation>
    </message>
    <message>
        <source>E-mail only</source>
        <translation>только e-mail</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>без SMS</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>без e-mail</translation>
    </message>
    <message>
        <source>The customer asked not to get SMS (a gateway&apos;s &apos;unsubscribed&apos; also ticks it)</source>
        <translation>Покупатель попросил не присылать SMS (отписка через шлюз тоже ставит эту отметку)</translation>
    </message>
    <message>
        <source>Every SMS and e-mail of this order, newest first.</source>
        <translation>Все SMS и письма по этому заказу, сначала новые.</translation>
    </message>
    <message>
        <source>Customer gets</source>
        <translation>Покупатель получает</translation>
    </message>
    <message>
        <source>⚠ invalid phone number: no SMS</source>
        <translation>⚠ неверный номер телефона: SMS не отправляются</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Сообщения ({n})</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Reading orders…</source>
        <translation>Загрузка заказов…</translation>
    </message>
    <message>
        <source>Moving orders…</source>
        <translation>Перемещение заказов…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move order %1</source>
        <translation>Перемещение заказа %1</translation>
    </message>
    <message>
        <source>Move order &lt;b&gt;%1&lt;/b&gt; from %2 to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Перевести заказ &lt;b&gt;%1&lt;/b&gt; из «%2» в «&lt;b&gt;%3&lt;/b&gt;».</translation>
    </message>
    <message>
        <source>Hand over without the code (owner; give a reason)</source>
        <translation>Выдать без кода (владелец; укажите причину)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Код получения</translation>
    </message>
    <message>
        <source>Money received (%1)</source>
        <translation>Получено денег (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Reason (without the code only)</source>
        <translation>Причина (только без кода)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>Say why: a reason is required for this move.</source>
        <translation>Укажите причину: для этого перевода она обязательна.</translation>
    </message>
    <message>
        <source>Enter the tracking number from the label or the courier.</source>
        <translation>Введите трек-номер с этикетки или от курьера.</translation>
    </message>
    <message>
        <source>Enter the code the customer has.</source>
        <translation>Введите код, который есть у покупателя.</translation>
    </message>
    <message>
        <source>Handing over without the code needs a reason.</source>
        <translation>Для выдачи без кода нужна причина.</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint on order %1</source>
        <translation>Новая претензия по заказу %1</translation>
    </message>
    <message>
        <source>What the customer says is wrong, in their words</source>
        <translation>Что, по словам покупателя, не так — его словами</translation>
    </message>
    <message>
        <source>optional, e.g. R-000012</source>
        <translation>необязательно, напр. R-000012</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Требование</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>The answer date follows the country&apos;s rule (Settings: complaints.answer_days).</source>
        <translation>Срок ответа определяется правилом страны (Настройки: complaints.answer_days).</translation>
    </message>
    <message>
        <source>Write the customer&apos;s claim.</source>
        <translation>Запишите требование покупателя.</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New phone order</source>
        <translation>Новый заказ по телефону</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Из страны</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Имя *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Carrier (parcel)</source>
        <translation>Служба доставки (посылка)</translation>
    </message>
    <message>
        <source>Pickup point / parcel locker</source>
        <translation>Пункт выдачи / постамат</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Способ</translation>
    </message>
    <message>
        <source>Pickup point *</source>
        <translation>Пункт выдачи *</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Street *</source>
        <translation>Улица *</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>Улица (2)</translation>
    </message>
    <message>
        <source>Postcode *</source>
        <translation>Индекс *</translation>
    </message>
    <message>
        <source>City *</source>
        <translation>Город *</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Страна *</translation>
    </message>
    <message>
        <source>No address needed for this delivery method.</source>
        <translation>Для этого способа доставки адрес не нужен.</translation>
    </message>
    <message>
        <source>Prepaid online</source>
        <translation>Предоплата онлайн</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Банковский перевод</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Наложенный платёж</translation>
    </message>
    <message>
        <source>Pay on pickup</source>
        <translation>Оплата при самовывозе</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>По счёту</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Уже оплачено</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>Добавить товар: введите артикул или название либо отсканируйте штрихкод, затем Enter</translation>
    </message>
    <message>
        <source>Items *</source>
        <translation>Товары *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Create order (Ctrl+Enter)</source>
        <translation>Создать заказ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not a valid phone number: include the country code, e.g. +48 600 123 456.</source>
        <translation>Неверный номер телефона: укажите код страны, например +48 600 123 456.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Сохранён как %1</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>Это не адрес e-mail (name@example.com).</translation>
    </message>
    <message>
        <source>Items %1 + shipping %2 = &lt;b&gt;total %3&lt;/b&gt; · due %4</source>
        <translation>Товары %1 + доставка %2 = &lt;b&gt;итого %3&lt;/b&gt; · к оплате %4</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>Нет товара, подходящего под «%1».</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Введите имя покупателя.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail, so the customer hears from us.</source>
        <translation>Укажите телефон или e-mail, чтобы покупатель получал от нас сообщения.</translation>
    </message>
    <message>
        <source>Enter the street and number.</source>
        <translation>Введите улицу и номер дома.</translation>
    </message>
    <message>
        <source>Enter the postcode.</source>
        <translation>Введите почтовый индекс.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Введите город.</translation>
    </message>
    <message>
        <source>Enter the country code, e.g. PL.</source>
        <translation>Введите код страны, например PL.</translation>
    </message>
    <message>
        <source>Enter the pickup point code.</source>
        <translation>Введите код пункта выдачи.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Добавьте хотя бы один товар.</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>Сохранение заказа…</translation>
    </message>
    <message>
        <source>This order is not created yet. Press Esc or Cancel again to discard it; Ctrl+Enter creates it.</source>
        <translation>Заказ ещё не создан. Нажмите Esc или «Отмена» ещё раз, чтобы отбросить его; Ctrl+Enter создаёт заказ.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>Настройки уведомлений</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>When and how often</source>
        <translation>Когда и как часто</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Отправить тест</translation>
    </message>
    <message>
        <source>Reading settings…</source>
        <translation>Загрузка настроек…</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (порт 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (порт 465)</translation>
    </message>
    <message>
        <source>none (local test server only)</source>
        <translation>нет (только локальный тестовый сервер)</translation>
    </message>
    <message>
        <source>Send customer notifications</source>
        <translation>Отправлять уведомления покупателям</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>SMS-шлюз</translation>
    </message>
    <message>
        <source>&lt;b&gt;Twilio&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twilio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Базовый URL API</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>Account SID</translation>
    </message>
    <message>
        <source>Auth token</source>
        <translation>Auth token</translation>
    </message>
    <message>
        <source>From number or sender ID</source>
        <translation>Номер или имя отправителя</translation>
    </message>
    <message>
        <source>Messaging Service SID</source>
        <translation>Messaging Service SID</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMS.ru&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMS.ru&lt;/b&gt;</translation>
    </message>
    <message>
        <source>api_id</source>
        <translation>api_id</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>Имя отправителя</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Токен OAuth</translation>
    </message>
    <message>
        <source>E-mail goes out through your mail server (SMTP).</source>
        <translation>Письма уходят через ваш почтовый сервер (SMTP).</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Manager&apos;s address for alerts</source>
        <translation>Адрес менеджера для оповещений</translation>
    </message>
    <message>
        <source>Quiet hours (no SMS), e.g. 21:00-08:00</source>
        <translation>Тихие часы (без SMS), например 21:00-08:00</translation>
    </message>
    <message>
        <source>Time zone (empty: this PC&apos;s)</source>
        <translation>Часовой пояс (пусто: как на этом компьютере)</translation>
    </message>
    <message>
        <source>At most messages per order per day</source>
        <translation>Не больше сообщений на заказ в день</translation>
    </message>
    <message>
        <source>Payment reminder after hours (0: never)</source>
        <translation>Напоминание об оплате через часов (0: никогда)</translation>
    </message>
    <message>
        <source>Try the other channel when one fails</source>
        <translation>Пробовать другой канал, если один не сработал</translation>
    </message>
    <message>
        <source>Give up after temporary failures</source>
        <translation>Прекращать после временных сбоев</translation>
    </message>
    <message>
        <source>Payment page link</source>
        <translation>Ссылка на страницу оплаты</translation>
    </message>
    <message>
        <source>Tracking page link</source>
        <translation>Ссылка на страницу отслеживания</translation>
    </message>
    <message>
        <source>your own phone number or e-mail address</source>
        <translation>ваш собственный номер телефона или адрес e-mail</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Отправить тестовое сообщение</translation>
    </message>
    <message>
        <source>Saves the settings above, then sends one message now through the chosen gateway.</source>
        <translation>Сохраняет настройки выше, затем сразу отправляет одно сообщение через выбранный шлюз.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Opening the keyring…</source>
        <translation>Открытие хранилища ключей…</translation>
    </message>
    <message>
        <source>Deleted from the keyring.</source>
        <translation>Удалено из хранилища ключей.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saving notification settings…</source>
        <translation>Сохранение настроек уведомлений…</translation>
    </message>
    <message>
        <source>Not sent: the settings were not saved.</source>
        <translation>Не отправлено: настройки не сохранены.</translation>
    </message>
    <message>
        <source>Write where the test message goes.</source>
        <translation>Укажите, куда отправить тестовое сообщение.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Отправка тестового сообщения…</translation>
    </message>
    <message>
        <source>Sent. The gateway answered: status {s}, message id {i}.</source>
        <translation>Отправлено. Шлюз ответил: статус {s}, id сообщения {i}.</translation>
    </message>
    <message>
        <source>Not sent: {e}</source>
        <translation>Не отправлено: {e}</translation>
    </message>
    <message>
        <source>The notification settings have changes that are not saved.</source>
        <translation>В настройках уведомлений есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>Customer messages that failed or need a check; open Messages ▸ Outbox</source>
        <translation>Сообщения покупателям, которые не ушли или требуют проверки; откройте Сообщения ▸ Исходящие</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Сообщения</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Исходящие…</translation>
    </message>
    <message>
        <source>Templates and rules…</source>
        <translation>Шаблоны и правила…</translation>
    </message>
    <message>
        <source>Notification settings…</source>
        <translation>Настройки уведомлений…</translation>
    </message>
    <message>
        <source>Send waiting messages now</source>
        <translation>Отправить ожидающие сообщения сейчас</translation>
    </message>
    <message>
        <source>✉ {f} failed, {u} to check</source>
        <translation>✉ не ушло: {f}, проверить: {u}</translation>
    </message>
    <message>
        <source>(manager alerts: {m})</source>
        <translation>(оповещения менеджеру: {m})</translation>
    </message>
    <message>
        <source>Messages: {s} sent, {f} failed, {u} unknown — see Messages ▸ Outbox.</source>
        <translation>Сообщения: отправлено {s}, не ушло {f}, неизвестно {u} — см. Сообщения ▸ Исходящие.</translation>
    </message>
    <message>
        <source>Customer messages could not be sent: {e}</source>
        <translation>Не удалось отправить сообщения покупателям: {e}</translation>
    </message>
</context>
<context>
    <name>OrderDetailsWindow</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>VIP: their orders are priority</source>
        <translation>VIP: заказы покупателя приоритетные</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Адрес доставки</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>Улица (2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Удалить товар</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Удалить выбранные позиции (Delete)</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>Добавить позицию: введите SKU или название либо отсканируйте штрихкод, затем Enter</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>Нет товара, подходящего под «%1».</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Стоимость доставки</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Трек-номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Последняя проверка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Отправления</translation>
    </message>
    <message>
        <source>Tracking events (newest first)</source>
        <translation>События отслеживания (сначала новые)</translation>
    </message>
    <message>
        <source>return parcel %1</source>
        <translation>посылка возврата %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Приостановка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Снята</translation>
    </message>
    <message>
        <source>Resolve hold…</source>
        <translation>Снять приостановку…</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Приостановить…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Items &amp;&amp; payment</source>
        <translation>Товары &amp;&amp; оплата</translation>
    </message>
    <message>
        <source>Delivery &amp;&amp; shipments</source>
        <translation>Доставка &amp;&amp; отправления</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Приостановки</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Сохранить изменения (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перезагрузить</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Загрузка заказа…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Заказ %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 · in this status since %3 · version %4</source>
        <translation>Создан %1 из %2 · в этом статусе с %3 · версия %4</translation>
    </message>
    <message>
        <source>external id %1</source>
        <translation>внешний номер %1</translation>
    </message>
    <message>
        <source>Items are fixed in this status; an owner can move the order back to change them.</source>
        <translation>В этом статусе товары не меняются; владелец может вернуть заказ назад, чтобы изменить их.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>Приостановки (%1)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>web store</source>
        <translation>интернет-магазин</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>импорт из файла</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>служба доставки</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>свой курьер</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>самовывоз из магазина</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>пункт выдачи</translation>
    </message>
    <message>
        <source>Items can be added, removed and re-counted until assembling starts.</source>
        <translation>Позиции можно добавлять, удалять и пересчитывать, пока не началась сборка.</translation>
    </message>
    <message>
        <source>prepaid online</source>
        <translation>предоплата онлайн</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>банковский перевод</translation>
    </message>
    <message>
        <source>cash on delivery</source>
        <translation>наложенный платёж</translation>
    </message>
    <message>
        <source>on pickup</source>
        <translation>при самовывозе</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>по счёту</translation>
    </message>
    <message>
        <source>Items %1</source>
        <translation>Товары %1</translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation>доставка %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>итого %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Оплата: %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>оплачено %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>к оплате %1</translation>
    </message>
    <message>
        <source>collect %1 on handover</source>
        <translation>получить %1 при выдаче</translation>
    </message>
    <message>
        <source>refund due</source>
        <translation>нужен возврат денег</translation>
    </message>
    <message>
        <source>%1 is priced in %2; this order is in %3.</source>
        <translation>Цена %1 указана в %2; этот заказ в %3.</translation>
    </message>
    <message>
        <source>Delivery: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Доставка: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pickup point: %1</source>
        <translation>Пункт выдачи: %1</translation>
    </message>
    <message>
        <source>Pickup code: %1</source>
        <translation>Код получения: %1</translation>
    </message>
    <message>
        <source>Shelf: %1</source>
        <translation>Полка: %1</translation>
    </message>
    <message>
        <source>Tracking: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Трек-номер: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Нечего сохранять.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves the changes, Esc again closes without saving.</source>
        <translation>Ещё не сохранено: Ctrl+S сохраняет изменения, повторный Esc закрывает без сохранения.</translation>
    </message>
    <message>
        <source>Resolve hold</source>
        <translation>Снять приостановку</translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation>Что с этим сделали?</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Приостановить заказ</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Что не так?</translation>
    </message>
    <message>
        <source>Say why (the owner reads this):</source>
        <translation>Укажите причину (её прочитает владелец):</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then put the order on hold.</source>
        <translation>Сначала сохраните или отмените изменения, затем приостановите заказ.</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Сведения о заказе</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>All orders</source>
        <translation>Все заказы</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>На доске</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>Закрытые и возвраты</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Right-click a column title to choose columns; Enter opens; Ctrl+M acts.</source>
        <translation>Щёлкните правой кнопкой по заголовку колонки, чтобы выбрать колонки; Enter открывает; Ctrl+M — действия.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Перевести в «%1»</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>Вернуть в «%1» (владелец)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>В статусе с</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Отслеживание</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Приостановки</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — customer messages</source>
        <translation>Исходящие — сообщения покупателям</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Все сообщения</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Retry / resend…</source>
        <translation>Повторить / отправить снова…</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 сообщение</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>Сообщений: {n}</translation>
    </message>
    <message>
        <source>(the newest {n}; filter to see others)</source>
        <translation>(последние {n}; используйте фильтр, чтобы увидеть другие)</translation>
    </message>
</context>
<context>
    <name>PackLinesModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <source>Packing bench</source>
        <translation>Стол упаковки</translation>
    </message>
    <message>
        <source>OrderDesk — packing bench</source>
        <translation>OrderDesk — стол упаковки</translation>
    </message>
    <message>
        <source>Scan or type an order number, then each item</source>
        <translation>Отсканируйте или введите номер заказа, затем каждый товар</translation>
    </message>
    <message>
        <source>Welcome back. Order {n} is still open.</source>
        <translation>С возвращением. Заказ {n} всё ещё открыт.</translation>
    </message>
    <message>
        <source>Scan the packing slip of the next order</source>
        <translation>Отсканируйте упаковочный лист следующего заказа</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Нет открытого заказа</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>Заказ {n}</translation>
    </message>
    <message>
        <source>Order {n} is open: scan its items.</source>
        <translation>Заказ {n} открыт: сканируйте его товары.</translation>
    </message>
    <message>
        <source>Finish order {n} first, or press Esc to put it aside.</source>
        <translation>Сначала завершите заказ {n} или нажмите Esc, чтобы отложить его.</translation>
    </message>
    <message>
        <source>Order {n} is packed. Scan the next order&apos;s slip.</source>
        <translation>Заказ {n} упакован. Отсканируйте лист следующего заказа.</translation>
    </message>
    <message>
        <source>Opening {t}…</source>
        <translation>Открывается {t}…</translation>
    </message>
    <message>
        <source>Order {n} is already packed. Scan its slip again or press F9 to hand it over.</source>
        <translation>Заказ {n} уже упакован. Отсканируйте его лист ещё раз или нажмите F9, чтобы передать.</translation>
    </message>
    <message>
        <source>Order {n}: scan each item ({k} to scan)</source>
        <translation>Заказ {n}: отсканируйте каждый товар (осталось {k})</translation>
    </message>
    <message>
        <source>All items verified ✓ Packing and printing…</source>
        <translation>Все товары проверены ✓ Упаковка и печать…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>Packed ✓ but printing failed: {e} Press F5 to print again.</source>
        <translation>Упакован ✓, но печать не удалась: {e} Нажмите F5, чтобы напечатать ещё раз.</translation>
    </message>
    <message>
        <source>Pack the order first: scan all its items.</source>
        <translation>Сначала упакуйте заказ: отсканируйте все его товары.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Передача…</translation>
    </message>
    <message>
        <source>Packed ✓ Printed: {p}.</source>
        <translation>Собран ✓ Напечатано: {p}.</translation>
    </message>
    <message>
        <source>F2 switch user · F4 open the next offered order · F5 print again · F6 print label now · F8 report a problem · F9 hand over · Esc put the order aside</source>
        <translation>F2 сменить пользователя · F4 открыть следующий предложенный заказ · F5 печатать снова · F6 печатать этикетку сейчас · F8 сообщить о проблеме · F9 передать · Esc отложить заказ</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ваши</translation>
    </message>
    <message>
        <source>Next to pack: {list} — F4 opens the first.</source>
        <translation>Следующие к упаковке: {list} — F4 открывает первый.</translation>
    </message>
    <message>
        <source>Nothing waiting to be packed.</source>
        <translation>Нет заказов для упаковки.</translation>
    </message>
    <message>
        <source>Put the slip in the parcel, then scan the slip again (or F9) to put it on the pickup shelf: its shelf label prints then.</source>
        <translation>Положите упаковочный лист в посылку, затем снова отсканируйте его (или F9), чтобы поставить посылку на полку выдачи: тогда напечатается её полочная этикетка.</translation>
    </message>
    <message>
        <source>Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>Наклейте этикетку, затем снова отсканируйте упаковочный лист (или F9), чтобы передать посылку.</translation>
    </message>
    <message>
        <source>Own courier: scan the courier&apos;s waybill, or this slip again for our own tracking number.</source>
        <translation>Свой курьер: отсканируйте накладную курьера или снова этот упаковочный лист, чтобы получить наш собственный трек-номер.</translation>
    </message>
    <message>
        <source>Order {n} has no carrier label yet: the owner buys it (Carriers → Buy label…), then scan the slip again.</source>
        <translation>У заказа {n} ещё нет этикетки службы доставки: её покупает владелец (Службы доставки → Купить этикетку…), затем снова отсканируйте упаковочный лист.</translation>
    </message>
    <message>
        <source>Saving the tracking number and printing the label…</source>
        <translation>Сохранение трек-номера и печать этикетки…</translation>
    </message>
    <message>
        <source>Tracking number {t} saved, but the label did not print: {e} Press F5 to print again.</source>
        <translation>Трек-номер {t} сохранён, но этикетка не напечаталась: {e} Нажмите F5, чтобы напечатать снова.</translation>
    </message>
    <message>
        <source>Tracking number {t} ✓ Label printed. Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>Трек-номер {t} ✓ Этикетка напечатана. Наклейте её, затем снова отсканируйте упаковочный лист (или F9), чтобы передать посылку.</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ but its shelf label did not print: {e} Write {s} on the parcel.</source>
        <translation>Заказ {n} → полка выдачи {s} ✓, но полочная этикетка не напечаталась: {e} Напишите {s} на посылке.</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ Put the shelf label on. Next order, please.</source>
        <translation>Заказ {n} → полка выдачи {s} ✓ Наклейте полочную этикетку. Следующий заказ, пожалуйста.</translation>
    </message>
    <message>
        <source>Order {n} handed to the carrier ✓ Next order, please.</source>
        <translation>Заказ {n} передан в доставку ✓ Следующий заказ, пожалуйста.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Printed again ✓</source>
        <translation>Напечатано повторно ✓</translation>
    </message>
    <message>
        <source>The label prints only after every item is verified ({k} still to scan).</source>
        <translation>Этикетка печатается только после проверки всех товаров (осталось отсканировать {k}).</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Печать этикетки…</translation>
    </message>
    <message>
        <source>Label printed ✓ Keep scanning the items.</source>
        <translation>Этикетка напечатана ✓ Продолжайте сканировать товары.</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Товара не хватает</translation>
    </message>
    <message>
        <source>Item damaged</source>
        <translation>Товар повреждён</translation>
    </message>
    <message>
        <source>Wrong item on the shelf</source>
        <translation>На полке не тот товар</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Другая проблема</translation>
    </message>
    <message>
        <source>Report a problem with order {n}</source>
        <translation>Сообщить о проблеме с заказом {n}</translation>
    </message>
    <message>
        <source>What is wrong? {o}</source>
        <translation>Что не так? {o}</translation>
    </message>
    <message>
        <source>Problem number</source>
        <translation>Номер проблемы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>e.g. which item, what you saw</source>
        <translation>например, какой товар, что вы увидели</translation>
    </message>
    <message>
        <source>Type a problem number from 1 to {m}.</source>
        <translation>Введите номер проблемы от 1 до {m}.</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Order {n} is on hold for the owner. Put it on the problem shelf.</source>
        <translation>Заказ {n} приостановлен до решения владельца. Положите его на полку проблем.</translation>
    </message>
    <message>
        <source>Order {n} put aside; nothing was changed.</source>
        <translation>Заказ {n} отложен; ничего не изменено.</translation>
    </message>
    <message>
        <source>Order {n}: keep scanning.</source>
        <translation>Заказ {n}: продолжайте сканировать.</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>служба доставки</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>свой курьер</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>самовывоз из магазина</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>пункт выдачи</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>упаковочный лист</translation>
    </message>
    <message>
        <source>label</source>
        <translation>этикетка</translation>
    </message>
</context>
<context>
    <name>ParcelsEditor</name>
    <message>
        <source>One row per box. Sizes are optional for most carriers: give all three or leave all empty.</source>
        <translation>Одна строка на коробку. Для большинства перевозчиков размеры необязательны: укажите все три или оставьте все пустыми.</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Добавить посылку</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Locker size</source>
        <translation>Размер ячейки</translation>
    </message>
    <message>
        <source>A — small</source>
        <translation>A — маленькая</translation>
    </message>
    <message>
        <source>B — medium</source>
        <translation>B — средняя</translation>
    </message>
    <message>
        <source>C — large</source>
        <translation>C — большая</translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Length, cm</source>
        <translation>Длина, см</translation>
    </message>
    <message>
        <source>Width, cm</source>
        <translation>Ширина, см</translation>
    </message>
    <message>
        <source>Height, cm</source>
        <translation>Высота, см</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Who works at the desk, the packing bench and the pickup counter. With people set up, everyone signs in with a PIN and the history names them. Leave it empty to skip.</source>
        <translation>Кто работает за столом заказов, на упаковке и в пункте выдачи. Если сотрудники заданы, каждый входит по PIN, и история называет их по имени. Оставьте пустым, чтобы пропустить.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 цифр)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN ещё раз</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Упаковщик</translation>
    </message>
    <message>
        <source>Pickup clerk</source>
        <translation>Сотрудник выдачи</translation>
    </message>
    <message>
        <source>People are set up already: %1. The owner adds more with &apos;orderdesk users add&apos;.</source>
        <translation>Сотрудники уже заданы: %1. Владелец добавляет новых командой «orderdesk users add».</translation>
    </message>
</context>
<context>
    <name>PickupStation</name>
    <message>
        <source>Pickup counter</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>OrderDesk — pickup counter</source>
        <translation>OrderDesk — пункт выдачи</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Полка</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>К получению</translation>
    </message>
    <message>
        <source>Waiting too long — return to stock (F10)</source>
        <translation>Ждут слишком долго — вернуть на склад (F10)</translation>
    </message>
    <message>
        <source>Scan the QR code or type the order number, then the pickup code</source>
        <translation>Отсканируйте QR-код или введите номер заказа, затем код получения</translation>
    </message>
    <message>
        <source>F2 switch user · F3 paid cash · F4 paid card · F7 print receipt · F10 return to stock (owner) · F11 hand over without code (owner) · Esc clear</source>
        <translation>F2 сменить пользователя · F3 оплата наличными · F4 оплата картой · F7 печать чека · F10 вернуть на склад (владелец) · F11 выдать без кода (владелец) · Esc очистить</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code or type the order number</source>
        <translation>Отсканируйте QR-код покупателя или введите номер заказа</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Нет заказа</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>Заказ {n}</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Оплачен ✓</translation>
    </message>
    <message>
        <source>{k} items in the parcel</source>
        <translation>Товаров в посылке: {k}</translation>
    </message>
    <message>
        <source>Locked after too many wrong codes — the owner must check (F11)</source>
        <translation>Заблокирован после слишком многих неверных кодов — нужна проверка владельца (F11)</translation>
    </message>
    <message>
        <source>Pickup code checked ✓</source>
        <translation>Код получения проверен ✓</translation>
    </message>
    <message>
        <source>Wrong codes so far: {k} of {m}</source>
        <translation>Неверных кодов: {k} из {m}</translation>
    </message>
    <message>
        <source>Waiting for the pickup code</source>
        <translation>Ожидание кода получения</translation>
    </message>
    <message>
        <source>{n} · {c} · {d} days</source>
        <translation>{n} · {c} · дней: {d}</translation>
    </message>
    <message>
        <source>None — all parcels are fresh</source>
        <translation>Нет — все посылки свежие</translation>
    </message>
    <message>
        <source>That is not a pickup code: the code has 6 digits. Ask the customer again.</source>
        <translation>Это не код получения: в коде 6 цифр. Спросите покупателя ещё раз.</translation>
    </message>
    <message>
        <source>Looking for {t}…</source>
        <translation>Поиск {t}…</translation>
    </message>
    <message>
        <source>F3 or 1: {cash} · F4 or 2: {card}</source>
        <translation>F3 или 1: {cash} · F4 или 2: {card}</translation>
    </message>
    <message>
        <source>Paid by ({a})</source>
        <translation>Способ оплаты ({a})</translation>
    </message>
    <message>
        <source>Order {n} is {s}, not waiting on the shelf.</source>
        <translation>Заказ {n} в статусе «{s}», а не ждёт на полке.</translation>
    </message>
    <message>
        <source>Order {n} on shelf {s}. Type the code the customer reads out, then Enter.</source>
        <translation>Заказ {n} на полке {s}. Введите код, который называет покупатель, затем Enter.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Проверка кода…</translation>
    </message>
    <message>
        <source>Code ✓ Take {a} — then F3 cash or F4 card</source>
        <translation>Код ✓ Получите {a} — затем F3 наличные или F4 карта</translation>
    </message>
    <message>
        <source>Check the pickup code first: type it and press Enter.</source>
        <translation>Сначала проверьте код получения: введите его и нажмите Enter.</translation>
    </message>
    <message>
        <source>Order {n} is locked after too many wrong codes: only the owner can hand it over (F11).</source>
        <translation>Заказ {n} заблокирован после слишком многих неверных кодов: выдать его может только владелец (F11).</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>наличные</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карта</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Передача…</translation>
    </message>
    <message>
        <source>Collected ✓</source>
        <translation>Получен ✓</translation>
    </message>
    <message>
        <source>Hand over the parcel from shelf {s} ✓ Order {n} collected. F7 prints a receipt.</source>
        <translation>Выдайте посылку с полки {s} ✓ Заказ {n} получен. F7 печатает чек.</translation>
    </message>
    <message>
        <source>A receipt is printed after a handover.</source>
        <translation>Чек печатается после выдачи.</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Печать чека…</translation>
    </message>
    <message>
        <source>No receipt printer set up: the receipt is shown on screen.</source>
        <translation>Принтер чеков не настроен: чек показан на экране.</translation>
    </message>
    <message>
        <source>Receipt printed ✓</source>
        <translation>Чек напечатан ✓</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN владельца</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>e.g. ID checked, SMS lost</source>
        <translation>например, паспорт проверен, SMS потеряно</translation>
    </message>
    <message>
        <source>Owner: hand over order {n} without the pickup code</source>
        <translation>Владелец: выдать заказ {n} без кода получения</translation>
    </message>
    <message>
        <source>Paid by: press F3 (or type 1) for {cash}, F4 (or 2) for {card}.</source>
        <translation>Оплата: нажмите F3 (или введите 1) — {cash}, F4 (или 2) — {card}.</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>Проверка PIN владельца…</translation>
    </message>
    <message>
        <source>Owner: return an uncollected parcel to stock</source>
        <translation>Владелец: вернуть невостребованную посылку на склад</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Номер заказа</translation>
    </message>
    <message>
        <source>not collected in time</source>
        <translation>не получен вовремя</translation>
    </message>
    <message>
        <source>Returning {n} to stock…</source>
        <translation>Возврат {n} на склад…</translation>
    </message>
    <message>
        <source>Order {n} returned to stock ✓ Take it off the shelf.</source>
        <translation>Заказ {n} возвращён на склад ✓ Снимите его с полки.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer is chosen for this document; nothing was printed.</source>
        <translation>Для этого документа не выбран принтер; ничего не напечатано.</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>упаковочные-листы</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>этикетки</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>лист-подбора</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Поиск принтеров…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Сохранение PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>The documents were printed, but writing them to the orders&apos; history failed: {error}</source>
        <translation>Документы напечатаны, но записать их в историю заказов не удалось: {error}</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and connected, or choose another printer in Print → Printer setup…; Save as PDF works without a printer. Nothing was written to the orders&apos; history.</source>
        <translation>Проверьте, что принтер включён и подключён, или выберите другой принтер в меню Печать → Настройка принтеров…; сохранение в PDF работает и без принтера. В историю заказов ничего не записано.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Печать не удалась</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Упаковочные листы</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>Транспортные этикетки</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Лист подбора</translation>
    </message>
    <message>
        <source>Use this printer and size for quick printing on this computer</source>
        <translation>Использовать этот принтер и размер для быстрой печати на этом компьютере</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Поиск принтеров…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 заказ</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, or save as PDF.</source>
        <translation>Принтеры не найдены. Добавьте принтер в системных настройках печати или сохраните в PDF.</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>Не удалось получить список принтеров: {error}</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <source>Printer setup (this computer)</source>
        <translation>Настройка принтеров (этот компьютер)</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>Транспортные этикетки</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Принтер этикеток</translation>
    </message>
    <message>
        <source>Label type</source>
        <translation>Тип этикетки</translation>
    </message>
    <message>
        <source>Packing slips and pick lists</source>
        <translation>Упаковочные листы и листы подбора</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Поиск принтеров…</translation>
    </message>
    <message>
        <source>Chosen once for this computer; quick printing, the packing bench and the command line use it.</source>
        <translation>Выбирается один раз для этого компьютера; им пользуются быстрая печать, стол упаковки и командная строка.</translation>
    </message>
    <message>
        <source>1 printer found.</source>
        <translation>Найден 1 принтер.</translation>
    </message>
    <message numerus="yes">
        <source>%n printers found.</source>
        <translation>
            <numerusform>Найден %n принтер.</numerusform>
            <numerusform>Найдено %n принтера.</numerusform>
            <numerusform>Найдено %n принтеров.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, then open this again.</source>
        <translation>Принтеры не найдены. Добавьте принтер в системных настройках печати, затем откройте это окно снова.</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>Не удалось получить список принтеров: {error}</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>The label printer (4×6&quot; or 100×150 mm) and the A4 printer for slips, chosen once on this PC.</source>
        <translation>Принтер этикеток (4×6&quot; или 100×150 мм) и принтер A4 для упаковочных листов; выбираются один раз на этом компьютере.</translation>
    </message>
    <message>
        <source>Choose printers…</source>
        <translation>Выбрать принтеры…</translation>
    </message>
    <message>
        <source>Later: Print → Printer setup….</source>
        <translation>Позже: Печать → Настройка принтеров….</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>ещё не выбран</translation>
    </message>
    <message>
        <source>Labels: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Packing slips and pick lists: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Этикетки: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Упаковочные листы и листы подбора: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n заказ</numerusform>
            <numerusform>%n заказа</numerusform>
            <numerusform>%n заказов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>one or more, separated by spaces</source>
        <translation>один или несколько, через пробел</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Штрихкоды</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>Дозаказ при</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>Обычная партия</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>{sku}: {on_hand} on hand, {reserved} reserved, {available} available</source>
        <translation>{sku}: в наличии {on_hand}, в резерве {reserved}, доступно {available}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (в архиве)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n шт. на складе</numerusform>
            <numerusform>%n шт. на складе</numerusform>
            <numerusform>%n шт. на складе</numerusform>
        </translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>нет в наличии</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products and orders</source>
        <translation>Товары и заказы</translation>
    </message>
    <message>
        <source>Bring in what you sell and the orders you have; you can also do this later.</source>
        <translation>Загрузите то, что продаёте, и имеющиеся заказы; это можно сделать и позже.</translation>
    </message>
    <message>
        <source>Orders from a JSON or CSV file (Orders → Import…)</source>
        <translation>Заказы из файла JSON или CSV (Заказы → Импорт…)</translation>
    </message>
    <message>
        <source>An order taken by phone (Orders → New order)</source>
        <translation>Заказ, принятый по телефону (Заказы → Новый заказ)</translation>
    </message>
    <message>
        <source>Products: a CSV catalogue comes in with &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; (check it first with &lt;code&gt;--dry-run&lt;/code&gt;); products not in the catalogue yet can also come with the imported orders&apos; lines (name and price).</source>
        <translation>Товары: каталог CSV загружается командой &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; (сначала проверьте его с &lt;code&gt;--dry-run&lt;/code&gt;); товары, которых ещё нет в каталоге, также могут прийти со строками импортированных заказов (название и цена).</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <source>Products</source>
        <translation>Товары</translation>
    </message>
    <message>
        <source>SKU, name or barcode — or scan</source>
        <translation>SKU, название или штрихкод — или отсканируйте</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показать архивные</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>Товаров: {n}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Сохранение товара</translation>
    </message>
    <message>
        <source>{sku} saved</source>
        <translation>{sku} сохранён</translation>
    </message>
    <message>
        <source>Archiving the product</source>
        <translation>Архивирование товара</translation>
    </message>
    <message>
        <source>{sku} archived</source>
        <translation>{sku} в архиве</translation>
    </message>
    <message>
        <source>{sku} is back in the catalogue</source>
        <translation>{sku} снова в каталоге</translation>
    </message>
</context>
<context>
    <name>ReceiveReturnDialog</name>
    <message>
        <source>Receive a return</source>
        <translation>Принять возврат</translation>
    </message>
    <message>
        <source>Restock (F2)</source>
        <translation>Вернуть на склад (F2)</translation>
    </message>
    <message>
        <source>Write off (F3)</source>
        <translation>Списать (F3)</translation>
    </message>
    <message>
        <source>Send for repair (F4)</source>
        <translation>Отправить в ремонт (F4)</translation>
    </message>
    <message>
        <source>the item&apos;s state, e.g. box dented</source>
        <translation>состояние товара, напр. помята коробка</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>Scanned now</source>
        <translation>Отсканировано сейчас</translation>
    </message>
    <message>
        <source>restock</source>
        <translation>вернуть на склад</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>списать</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>ремонт</translation>
    </message>
    <message>
        <source>Book received (Ctrl+Enter)</source>
        <translation>Оприходовать (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear scans (F8)</source>
        <translation>Сбросить сканы (F8)</translation>
    </message>
    <message>
        <source>Add photos… (F6)</source>
        <translation>Добавить фото… (F6)</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Обработка:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Book or clear the items of %1 first.</source>
        <translation>Сначала оприходуйте или очистите позиции %1.</translation>
    </message>
    <message>
        <source>%1: all %2 expected are scanned already.</source>
        <translation>%1: все ожидаемые (%2) уже отсканированы.</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>Фото состояния</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
            <numerusform>%n фото</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the slip, then the items, before booking.</source>
        <translation>Перед проведением отсканируйте бланк, затем товары.</translation>
    </message>
    <message>
        <source>%1 booked: %2.</source>
        <translation>%1: отправление оформлено: %2.</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code:</source>
        <translation>Отсканируйте QR-код бланка:</translation>
    </message>
    <message>
        <source>Return %1 · scan an item:</source>
        <translation>Возврат %1 · отсканируйте товар:</translation>
    </message>
</context>
<context>
    <name>ReceivingWindow</name>
    <message>
        <source>Receive stock</source>
        <translation>Приёмка товара</translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery note number (scan or type)</source>
        <translation>номер накладной поставщика (отсканируйте или введите)</translation>
    </message>
    <message>
        <source>scan a product, or type its SKU and press Enter</source>
        <translation>отсканируйте товар или введите его SKU и нажмите Enter</translation>
    </message>
    <message>
        <source>Scan the first product.</source>
        <translation>Отсканируйте первый товар.</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Накладная</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Scan, quantity, next: scanning the same product again counts one more; the next product or Enter books it.</source>
        <translation>Скан, количество, дальше: повторное сканирование того же товара добавляет ещё один; следующий товар или Enter проводит его.</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Booking {sku} × {n}…</source>
        <translation>Проводится {sku} × {n}…</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Приёмка</translation>
    </message>
    <message>
        <source>{sku}: +{n} booked, {on_hand} on hand.</source>
        <translation>{sku}: +{n} проведено, в наличии {on_hand}.</translation>
    </message>
    <message>
        <source>Complete again: {orders}.</source>
        <translation>Снова можно собрать: {orders}.</translation>
    </message>
    <message>
        <source>Scan the next product.</source>
        <translation>Отсканируйте следующий товар.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund return %1</source>
        <translation>Вернуть деньги за возврат %1</translation>
    </message>
    <message>
        <source>Items %1 · shipping %2 · paid %3, refunded before %4</source>
        <translation>Товары %1 · доставка %2 · оплачено %3, ранее возвращено %4</translation>
    </message>
    <message>
        <source>Refunded on this return so far: %1; this is the rest.</source>
        <translation>По этому возврату уже возвращено: %1; здесь — остаток.</translation>
    </message>
    <message>
        <source>%1: paid back by hand. Send the money yourself (cash or a bank transfer), then record it here.</source>
        <translation>%1: деньги возвращаются вручную. Отправьте их сами (наличными или банковским переводом), затем запишите возврат здесь.</translation>
    </message>
    <message>
        <source>A part now, the rest later</source>
        <translation>Часть сейчас, остальное позже</translation>
    </message>
    <message>
        <source>The return stays Partly refunded and shows what is left</source>
        <translation>Возврат остаётся в статусе «Деньги возвращены частично» и показывает остаток</translation>
    </message>
    <message>
        <source>Give back the shipping cost</source>
        <translation>Вернуть стоимость доставки</translation>
    </message>
    <message>
        <source>needed when the amount differs</source>
        <translation>нужно, если сумма отличается</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Записать возврат денег</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Сумма (%1):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (e.g. 20.00).</source>
        <translation>&apos;%1&apos; — это не сумма (напр. 20.00).</translation>
    </message>
</context>
<context>
    <name>ReorderWindow</name>
    <message>
        <source>Re-order list</source>
        <translation>Список дозаказа</translation>
    </message>
    <message>
        <source>Ask the customer: wait or cancel</source>
        <translation>Спросить покупателя: ждать или отменить</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>Покупатель ждёт</translation>
    </message>
    <message>
        <source>Customer cancels</source>
        <translation>Покупатель отменяет</translation>
    </message>
    <message>
        <source>Mark the supplier&apos;s lines as ordered</source>
        <translation>Отметить строки поставщика как заказанные</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Open purchase orders</source>
        <translation>Открытые заказы поставщикам</translation>
    </message>
    <message>
        <source>Orders waiting for stock (oldest first)</source>
        <translation>Заказы, ожидающие товар (сначала самые старые)</translation>
    </message>
    <message>
        <source>Nothing to re-order.</source>
        <translation>Дозаказывать нечего.</translation>
    </message>
    <message>
        <source>{n}: {lines} products ordered from {s}. Receiving the delivery closes it.</source>
        <translation>{n}: заказано товаров у {s}: {lines}. Приёмка поставки закроет заказ.</translation>
    </message>
    <message>
        <source>Choose a waiting order first.</source>
        <translation>Сначала выберите ожидающий заказ.</translation>
    </message>
    <message>
        <source>{n}: the wait-or-cancel message is queued.</source>
        <translation>{n}: сообщение «ждать или отменить» поставлено в очередь.</translation>
    </message>
    <message>
        <source>{n}: the customer will wait.</source>
        <translation>{n}: покупатель подождёт.</translation>
    </message>
    <message>
        <source>{n}: cancelled.</source>
        <translation>{n}: отменён.</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>Сохранено: {p}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save purchase order</source>
        <translation>Сохранить заказ поставщику</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Reports…</source>
        <translation>Отчёты…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>All delivery methods</source>
        <translation>Все способы доставки</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Сохранить CSV…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Сохранить XLSX…</translation>
    </message>
    <message>
        <source>Save PDF of all reports…</source>
        <translation>Сохранить PDF всех отчётов…</translation>
    </message>
    <message>
        <source>The first day is after the last: change From or To.</source>
        <translation>Первый день позже последнего: измените «С» или «По».</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>No orders in this range.</source>
        <translation>Нет заказов в этом периоде.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made: {e}</source>
        <translation>Не удалось построить отчёт: {e}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Saved {f}</source>
        <translation>Сохранено: {f}</translation>
    </message>
    <message>
        <source>Could not save: {e}</source>
        <translation>Не удалось сохранить: {e}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
</context>
<context>
    <name>ReturnPhotosDialog</name>
    <message>
        <source>Photos of return %1</source>
        <translation>Фото возврата %1</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Добавить фото…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No photos of this return yet.</source>
        <translation>У этого возврата пока нет фото.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Это изображение нельзя показать.</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>Фото состояния</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>упаковщик</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>сотрудник выдачи</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this secret from the keyring of this PC</source>
        <translation>Удалить этот секрет из хранилища ключей этого компьютера</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>хранилище ключей недоступно</translation>
    </message>
    <message>
        <source>✓ in the keyring</source>
        <translation>✓ в хранилище ключей</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>сохранено; введите, чтобы заменить</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <source>stored only in this PC&apos;s keyring</source>
        <translation>хранится только в хранилище ключей этого компьютера</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>Сервер базы данных магазина</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>например, 192.168.1.10 или shop-server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keyring, never in a file or the database.</source>
        <translation>Пароль хранится в хранилище ключей этого компьютера, а не в файле или базе данных.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Использовать этот сервер</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>упаковщик</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>сотрудник выдачи</translation>
    </message>
    <message>
        <source>Shop (all PCs; printed on documents)</source>
        <translation>Магазин (все компьютеры; печатается в документах)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Страна по умолчанию</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Валюта по умолчанию</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Язык документов</translation>
    </message>
    <message>
        <source>You (this user on this PC)</source>
        <translation>Вы (этот пользователь на этом компьютере)</translation>
    </message>
    <message>
        <source>Signed in as %1. People, roles and PINs: orderdesk users</source>
        <translation>Вы вошли как %1. Сотрудники, роли и PIN-коды: orderdesk users</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Your name (in order history)</source>
        <translation>Ваше имя (в истории заказов)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Interface language (after restart)</source>
        <translation>Язык интерфейса (после перезапуска)</translation>
    </message>
    <message>
        <source>Restart OrderDesk to use the new interface language.</source>
        <translation>Перезапустите OrderDesk, чтобы включить новый язык интерфейса.</translation>
    </message>
    <message>
        <source>Not a valid phone number for %1.</source>
        <translation>Неверный номер телефона для %1.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>The name and address are the sender on every shipping label and the header of packing slips.</source>
        <translation>Название и адрес указываются как отправитель на каждой транспортной этикетке и в шапке упаковочных листов.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city
Country</source>
        <translation>Улица и дом
Индекс и город
Страна</translation>
    </message>
    <message>
        <source>Welcome to OrderDesk. Four short steps set up a new shop; each can be skipped and done later (Orders → Shop setup guide…).</source>
        <translation>Добро пожаловать в OrderDesk. Четыре коротких шага настраивают новый магазин; каждый можно пропустить и выполнить позже (Заказы → Мастер настройки магазина…).</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>Название магазина *</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>Адрес *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>Страна (2 буквы)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Язык документов</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Single-user mode: add users with `orderdesk users add`</source>
        <translation>Однопользовательский режим: добавьте пользователей командой `orderdesk users add`</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Кто за столом заказов?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN-код</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ выберите имя · введите PIN · Enter</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Who is working here?</source>
        <translation>Кто здесь работает?</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Выберите своё имя и введите PIN.</translation>
    </message>
    <message>
        <source>Nobody may work here yet: the owner adds users with the right role.</source>
        <translation>Здесь пока никто не может работать: владелец добавляет пользователей с нужной ролью.</translation>
    </message>
    <message>
        <source>{n} cannot work at this station.</source>
        <translation>{n} не может работать на этом месте.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Не удалось войти.</translation>
    </message>
    <message>
        <source>The scan broke off.</source>
        <translation>Сканирование прервалось.</translation>
    </message>
    <message>
        <source>Only part of a code was read.</source>
        <translation>Прочитана только часть кода.</translation>
    </message>
    <message>
        <source>The code had unreadable characters.</source>
        <translation>В коде были нечитаемые символы.</translation>
    </message>
    <message>
        <source>Scan again.</source>
        <translation>Отсканируйте ещё раз.</translation>
    </message>
    <message>
        <source>One moment… then scan again.</source>
        <translation>Секунду… затем отсканируйте снова.</translation>
    </message>
    <message>
        <source>Something went wrong: {e}</source>
        <translation>Что-то пошло не так: {e}</translation>
    </message>
</context>
<context>
    <name>StocktakeWindow</name>
    <message>
        <source>Stocktake</source>
        <translation>Инвентаризация</translation>
    </message>
    <message>
        <source>bin prefix, e.g. A-01 (empty: everything)</source>
        <translation>префикс ячейки, например A-01 (пусто: всё)</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>Начать подсчёт</translation>
    </message>
    <message>
        <source>reason, e.g. monthly stocktake</source>
        <translation>причина, например ежемесячная инвентаризация</translation>
    </message>
    <message>
        <source>Apply differences</source>
        <translation>Применить расхождения</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Полка</translation>
    </message>
    <message>
        <source>{n} products expected here. Scan each item.</source>
        <translation>Здесь ожидается товаров: {n}. Отсканируйте каждую единицу.</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>{sku}: {n} counted</source>
        <translation>{sku}: подсчитано {n}</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Пока ничего не подсчитано.</translation>
    </message>
    <message>
        <source>Applied: {n} products differed, every other count matched.</source>
        <translation>Применено: расхождения по {n} товарам, остальные подсчёты совпали.</translation>
    </message>
</context>
<context>
    <name>StoreMappingsDialog</name>
    <message>
        <source>Store mappings</source>
        <translation>Сопоставления магазина</translation>
    </message>
    <message>
        <source>Store&apos;s method</source>
        <translation>Метод магазина</translation>
    </message>
    <message>
        <source>Name in the store</source>
        <translation>Название в магазине</translation>
    </message>
    <message>
        <source>Delivery at the desk</source>
        <translation>Доставка на столе заказов</translation>
    </message>
    <message>
        <source>Desk status</source>
        <translation>Статус стола заказов</translation>
    </message>
    <message>
        <source>Store status sent</source>
        <translation>Отправляемый статус магазина</translation>
    </message>
    <message>
        <source>a method id, e.g. flat_rate:3</source>
        <translation>id метода, напр. flat_rate:3</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>Добавить метод</translation>
    </message>
    <message>
        <source>Shipping methods → delivery (orders coming in)</source>
        <translation>Методы доставки → доставка (входящие заказы)</translation>
    </message>
    <message>
        <source>A method with a number (flat_rate:3) is one shipping zone&apos;s; it follows its method&apos;s row until you change it. Methods the store&apos;s orders used are listed with their names.</source>
        <translation>Метод с номером (flat_rate:3) относится к одной зоне доставки; он следует строке своего метода, пока вы его не измените. Методы, которые использовались в заказах магазина, показаны с их названиями.</translation>
    </message>
    <message>
        <source>Desk status → store status (sent to the store)</source>
        <translation>Статус стола заказов → статус магазина (отправляется в магазин)</translation>
    </message>
    <message>
        <source>Choose “—” to tell the store nothing about a step. A plugin&apos;s own status (e.g. shipped) can be typed in. A payment is always recorded in the store as paid, and a refund of money as a refund.</source>
        <translation>Выберите «—», чтобы ничего не сообщать магазину об этом шаге. Собственный статус плагина (например, shipped) можно ввести вручную. Оплата всегда записывается в магазине как оплаченная, а возврат денег — как возврат.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Ещё не подключён ни один магазин: Каналы → Добавить магазин WooCommerce…</translation>
    </message>
    <message>
        <source>(any zone not listed)</source>
        <translation>(любая зона не из списка)</translation>
    </message>
    <message>
        <source>The mappings of store %1 have changes that are not saved.</source>
        <translation>В сопоставлениях магазина %1 есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Reading or saving the mappings failed unexpectedly; see the log.</source>
        <translation>Чтение или сохранение сопоставлений неожиданно завершилось ошибкой; см. журнал.</translation>
    </message>
</context>
<context>
    <name>StorePanel</name>
    <message>
        <source>Push again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Accept the store&apos;s</source>
        <translation>Принять версию магазина</translation>
    </message>
    <message>
        <source>Open in the store</source>
        <translation>Открыть в магазине</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Стол заказов: %1</translation>
    </message>
    <message>
        <source>Store %1: %2</source>
        <translation>Магазин %1: %2</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Служба доставки: %1</translation>
    </message>
    <message>
        <source>(store order #%1)</source>
        <translation>(заказ магазина №%1)</translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent to the store.</source>
        <translation>Изменений, ожидающих отправки в магазин: %1.</translation>
    </message>
</context>
<context>
    <name>StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation>Магазины</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Ждут отправки</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>To read again</source>
        <translation>К повторному чтению</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Store order</source>
        <translation>Заказ магазина</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Ещё не подключён ни один магазин: Каналы → Добавить магазин WooCommerce…</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>ещё не синхронизировался</translation>
    </message>
    <message>
        <source>Store orders the rounds could not take, read again by every round (up to 50 a round):</source>
        <translation>Заказы магазина, которые не удалось принять при синхронизации; каждый проход читает их снова (до 50 за проход):</translation>
    </message>
    <message>
        <source>No store order is waiting to be read again.</source>
        <translation>Нет заказов магазина, ожидающих повторного чтения.</translation>
    </message>
    <message>
        <source>Reading the stores failed unexpectedly; see the log.</source>
        <translation>Чтение магазинов неожиданно завершилось ошибкой; см. журнал.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing tracking…</source>
        <translation>Обновление отслеживания…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Messages: rules and templates</source>
        <translation>Сообщения: правила и шаблоны</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>When to send (rules)</source>
        <translation>Когда отправлять (правила)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Загрузка шаблонов…</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Optional: the text to send when a value above is missing; several, each after a line ---, are tried in turn. Left empty, the shipped fallback wording of this message is used</source>
        <translation>Необязательно: текст, который отправляется, если значения выше нет; можно несколько, каждый после строки ---, они пробуются по очереди. Если оставить пустым, используется встроенный запасной текст этого сообщения</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Сохранить шаблон</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>Вернуть текст по умолчанию</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Дважды щёлкните, чтобы вставить в позицию курсора</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Fallback text (when a value is missing)</source>
        <translation>Запасной текст (если значения нет)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Подстановки</translation>
    </message>
    <message>
        <source>Preview with a sample order</source>
        <translation>Предпросмотр на примере заказа</translation>
    </message>
    <message>
        <source>Every delivery method</source>
        <translation>Все способы доставки</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Самовывоз из магазина</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Пункт выдачи</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Свой курьер</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Служба доставки</translation>
    </message>
    <message>
        <source>Same as every method</source>
        <translation>Как для всех способов</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Сохранить правила</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Изменено, ещё не сохранено.</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Tick the channels each event goes out on. Grey ticks follow &apos;Every delivery method&apos;.</source>
        <translation>Отметьте каналы, по которым уходит каждое событие. Серые отметки следуют за «Все способы доставки».</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>Отредактировано, ещё не сохранено.</translation>
    </message>
    <message>
        <source>The shop&apos;s own text.</source>
        <translation>Собственный текст магазина.</translation>
    </message>
    <message>
        <source>The default text.</source>
        <translation>Текст по умолчанию.</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Тема: {s}</translation>
    </message>
    <message>
        <source>E-mail: {n} characters</source>
        <translation>E-mail: символов {n}</translation>
    </message>
    <message>
        <source>1 SMS</source>
        <translation>1 SMS</translation>
    </message>
    <message>
        <source>{n} SMS parts</source>
        <translation>Частей SMS: {n}</translation>
    </message>
    <message>
        <source>{units} characters · {encoding} · {parts} · {left} left in the last part</source>
        <translation>{units} симв. · {encoding} · {parts} · в последней части осталось {left}</translation>
    </message>
    <message>
        <source>UCS-2 (70 per SMS, 67 per part) because of: {chars}</source>
        <translation>UCS-2 (70 на SMS, 67 на часть) из-за символов: {chars}</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>Сохранение шаблона…</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Правила сохранены.</translation>
    </message>
    <message>
        <source>This template (or the rules) has changes that are not saved.</source>
        <translation>В этом шаблоне (или в правилах) есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
</context>
<context>
    <name>WorkMenu</name>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Mark delayed…</source>
        <translation>Отметить задержку…</translation>
    </message>
    <message>
        <source>Put the order on a &apos;delayed&apos; hold; the customer is told it is delayed</source>
        <translation>Приостановить заказ как «задерживается»; покупателю сообщат о задержке</translation>
    </message>
    <message>
        <source>Mark delayed</source>
        <translation>Отметить задержку</translation>
    </message>
    <message>
        <source>Why is it delayed? (the owner reads this)</source>
        <translation>Почему задержка? (это читает владелец)</translation>
    </message>
    <message>
        <source>Say why the order is delayed.</source>
        <translation>Укажите причину задержки заказа.</translation>
    </message>
</context>
</TS>

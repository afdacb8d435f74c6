<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Select one or more orders on the board first.</source>
        <translation>Najpierw zaznacz jedno lub więcej zamówień na tablicy.</translation>
    </message>
    <message>
        <source>Print packing slips</source>
        <translation>Drukuj specyfikacje wysyłki</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Drukuj etykiety</translation>
    </message>
    <message>
        <source>Print pick list</source>
        <translation>Drukuj listę kompletacyjną</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>Packing slips…</source>
        <translation>Specyfikacje wysyłki…</translation>
    </message>
    <message>
        <source>Labels…</source>
        <translation>Etykiety…</translation>
    </message>
    <message>
        <source>Pick list…</source>
        <translation>Lista kompletacyjna…</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drukowanie</translation>
    </message>
    <message>
        <source>Printer setup…</source>
        <translation>Ustawienia drukarek…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Printing %v of %m</source>
        <translation>Drukowanie %v z %m</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 zamówienie</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>Zapisano %1 do %2.</translation>
    </message>
    <message>
        <source>Sent %1 to %2 (job %3).</source>
        <translation>Wysłano %1 do %2 (zadanie %3).</translation>
    </message>
    <message>
        <source>Print packing slip</source>
        <translation>Drukuj specyfikację wysyłki</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Drukuj etykietę</translation>
    </message>
    <message>
        <source>4×6 in label</source>
        <translation>Etykieta 4×6 cala</translation>
    </message>
    <message>
        <source>100×150 mm label</source>
        <translation>Etykieta 100×150 mm</translation>
    </message>
    <message>
        <source>A4 sheet of four labels</source>
        <translation>Arkusz A4 z czterema etykietami</translation>
    </message>
    <message>
        <source>{size}, thermal printer (ZPL {dpi} dpi)</source>
        <translation>{size}, drukarka termiczna (ZPL {dpi} dpi)</translation>
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
        <translation>(domyślna w systemie)</translation>
    </message>
    <message>
        <source>stopped: {reason}</source>
        <translation>zatrzymana: {reason}</translation>
    </message>
    <message>
        <source>looking for printers…</source>
        <translation>szukanie drukarek…</translation>
    </message>
    <message>
        <source>not found on this computer</source>
        <translation>nie znaleziono na tym komputerze</translation>
    </message>
    <message>
        <source>no printers found</source>
        <translation>nie znaleziono drukarek</translation>
    </message>
    <message>
        <source>&amp;Carriers</source>
        <translation>&amp;Przewoźnicy</translation>
    </message>
    <message>
        <source>Carrier settings…</source>
        <translation>Ustawienia przewoźników…</translation>
    </message>
    <message>
        <source>Buy label for the selected order…</source>
        <translation>Kup etykietę dla zaznaczonego zamówienia…</translation>
    </message>
    <message>
        <source>Sync tracking now</source>
        <translation>Synchronizuj śledzenie teraz</translation>
    </message>
    <message>
        <source>Buy label…</source>
        <translation>Kup etykietę…</translation>
    </message>
    <message>
        <source>Carrier settings saved.</source>
        <translation>Zapisano ustawienia przewoźników.</translation>
    </message>
    <message>
        <source>Select an order on the board first.</source>
        <translation>Najpierw zaznacz zamówienie na tablicy.</translation>
    </message>
    <message>
        <source>A tracking sync is already running.</source>
        <translation>Synchronizacja śledzenia już trwa.</translation>
    </message>
    <message>
        <source>Syncing tracking…</source>
        <translation>Synchronizacja śledzenia…</translation>
    </message>
    <message>
        <source>Syncing tracking %1/%2</source>
        <translation>Synchronizacja śledzenia %1/%2</translation>
    </message>
    <message>
        <source>Tracking is being synced on another PC right now</source>
        <translation>Śledzenie przesyłek jest właśnie synchronizowane na innym komputerze</translation>
    </message>
    <message>
        <source>Tracking synced elsewhere: %1</source>
        <translation>Śledzenie zsynchronizowano gdzie indziej: %1</translation>
    </message>
    <message>
        <source>Tracking: %1 of %2 shipments checked, %3 new events, %4 orders moved</source>
        <translation>Śledzenie: sprawdzono %1 z %2 przesyłek, nowe zdarzenia: %3, przeniesione zamówienia: %4</translation>
    </message>
    <message>
        <source>%1 problem(s)</source>
        <translation>problemy: %1</translation>
    </message>
    <message>
        <source>carriers not set up: %1 (Carriers → Carrier settings)</source>
        <translation>nieskonfigurowani przewoźnicy: %1 (Przewoźnicy → Ustawienia przewoźników)</translation>
    </message>
    <message>
        <source>Sync tracking</source>
        <translation>Synchronizuj śledzenie</translation>
    </message>
    <message>
        <source>Tracking sync failed</source>
        <translation>Synchronizacja śledzenia nie powiodła się</translation>
    </message>
    <message>
        <source>Tracking sync failed: %1</source>
        <translation>Synchronizacja śledzenia nie powiodła się: %1</translation>
    </message>
    <message>
        <source>Buy a carrier label for this order (Ctrl+L)</source>
        <translation>Kup etykietę przewoźnika dla tego zamówienia (Ctrl+L)</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then buy the label.</source>
        <translation>Najpierw zapisz lub cofnij zmiany, potem kup etykietę.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Naprawa</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Wymiana</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Price reduction</source>
        <translation>Obniżenie ceny</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Partly accepted</source>
        <translation>Częściowo uznana</translation>
    </message>
    <message>
        <source>Answer today</source>
        <translation>Odpowiedz dziś</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>Odpowiedź do</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Gateway id</source>
        <translation>Id w bramce</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>oczekuje</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dostarczono</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>unknown — check</source>
        <translation>nieznany — sprawdź</translation>
    </message>
    <message>
        <source>held (quiet hours or limit)</source>
        <translation>wstrzymano (godziny ciszy lub limit)</translation>
    </message>
    <message>
        <source>waiting for a missing value</source>
        <translation>oczekuje na brakującą wartość</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Order received</source>
        <translation>Zamówienie przyjęte</translation>
    </message>
    <message>
        <source>Order confirmed</source>
        <translation>Zamówienie potwierdzone</translation>
    </message>
    <message>
        <source>Awaiting payment (payment link)</source>
        <translation>Oczekuje na płatność (link do płatności)</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Przypomnienie o płatności</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Ready for pickup (pickup code)</source>
        <translation>Gotowe do odbioru (kod odbioru)</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Spakowane</translation>
    </message>
    <message>
        <source>Shipped (tracking number and link)</source>
        <translation>Wysłane (numer przesyłki i link)</translation>
    </message>
    <message>
        <source>In transit (tracking)</source>
        <translation>W drodze (śledzenie)</translation>
    </message>
    <message>
        <source>Delayed (carrier or desk)</source>
        <translation>Opóźnione (przewoźnik lub magazyn)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowane</translation>
    </message>
    <message>
        <source>Review request (after completion)</source>
        <translation>Prośba o opinię (po realizacji)</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono środki</translation>
    </message>
    <message>
        <source>Back in stock (the order is being packed)</source>
        <translation>Znów dostępne (zamówienie jest kompletowane)</translation>
    </message>
    <message>
        <source>Out of stock: wait or cancel?</source>
        <translation>Brak towaru: czekać czy anulować?</translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Zgłoszono zwrot</translation>
    </message>
    <message>
        <source>Return accepted (send the parcel)</source>
        <translation>Zwrot zaakceptowany (odeślij paczkę)</translation>
    </message>
    <message>
        <source>Return rejected (the reason)</source>
        <translation>Zwrot odrzucony (powód)</translation>
    </message>
    <message>
        <source>Return label (the return parcel&apos;s number)</source>
        <translation>Etykieta zwrotna (numer przesyłki zwrotnej)</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Zwrot przyjęty</translation>
    </message>
    <message>
        <source>Refund sent (the amount)</source>
        <translation>Zwrot pieniędzy wysłany (kwota)</translation>
    </message>
    <message>
        <source>Replacement order for a return</source>
        <translation>Zamówienie wymiany dla zwrotu</translation>
    </message>
    <message>
        <source>Complaint received (answer date)</source>
        <translation>Reklamacja otrzymana (termin odpowiedzi)</translation>
    </message>
    <message>
        <source>Complaint answered (the decision)</source>
        <translation>Reklamacja rozpatrzona (decyzja)</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Wiadomość testowa</translation>
    </message>
    <message>
        <source>Alert to the manager</source>
        <translation>Alert dla kierownika</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>As for all delivery methods; ticking gives this method its own rule</source>
        <translation>Jak dla wszystkich sposobów dostawy; zaznaczenie daje temu sposobowi własną regułę</translation>
    </message>
    <message>
        <source>C&amp;hannels</source>
        <translation>&amp;Kanały</translation>
    </message>
    <message>
        <source>Add WooCommerce store…</source>
        <translation>Dodaj sklep WooCommerce…</translation>
    </message>
    <message>
        <source>Sync stores now</source>
        <translation>Synchronizuj sklepy teraz</translation>
    </message>
    <message>
        <source>Sync the last days…</source>
        <translation>Synchronizuj ostatnie dni…</translation>
    </message>
    <message>
        <source>Stores…</source>
        <translation>Sklepy…</translation>
    </message>
    <message>
        <source>Store mappings…</source>
        <translation>Mapowania sklepu…</translation>
    </message>
    <message>
        <source>Store %1 connected; syncing.</source>
        <translation>Sklep %1 połączony; trwa synchronizacja.</translation>
    </message>
    <message>
        <source>Only the owner can change a store&apos;s mappings: sign in as the owner first.</source>
        <translation>Tylko właściciel może zmieniać mapowania sklepu: najpierw zaloguj się jako właściciel.</translation>
    </message>
    <message>
        <source>Mappings of store %1 saved.</source>
        <translation>Mapowania sklepu %1 zapisane.</translation>
    </message>
    <message>
        <source>The round failed; see the log.</source>
        <translation>Runda synchronizacji nie powiodła się; zobacz dziennik.</translation>
    </message>
    <message>
        <source>Syncing the web stores</source>
        <translation>Synchronizacja sklepów internetowych</translation>
    </message>
    <message>
        <source>Stores: %1 new orders, %2 updates sent</source>
        <translation>Sklepy: nowe zamówienia: %1, wysłane aktualizacje: %2</translation>
    </message>
    <message>
        <source>%1 failed, read again next round (Channels → Stores…)</source>
        <translation>nieudane: %1, zostaną odczytane ponownie w następnej rundzie (Kanały → Sklepy…)</translation>
    </message>
    <message>
        <source>%1 refused by the store: %2 (the order window says why)</source>
        <translation>odrzucone przez sklep: %1 — %2 (powód w oknie zamówienia)</translation>
    </message>
    <message>
        <source>Stores: ⚠ %1</source>
        <translation>Sklepy: ⚠ %1</translation>
    </message>
    <message>
        <source>Syncing the web stores failed</source>
        <translation>Synchronizacja sklepów internetowych nie powiodła się</translation>
    </message>
    <message>
        <source>&amp;Stock</source>
        <translation>&amp;Magazyn</translation>
    </message>
    <message>
        <source>Products…</source>
        <translation>Produkty…</translation>
    </message>
    <message>
        <source>Receive stock…</source>
        <translation>Przyjęcie towaru…</translation>
    </message>
    <message>
        <source>Stocktake…</source>
        <translation>Inwentaryzacja…</translation>
    </message>
    <message>
        <source>Re-order list…</source>
        <translation>Lista do zamówienia…</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Na stanie</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Zarezerwowane</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Dostępne</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>Zamów przy</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Waga, g</translation>
    </message>
    <message>
        <source>Archived: hidden from search and the re-order list</source>
        <translation>Zarchiwizowany: ukryty w wyszukiwaniu i na liście do zamówienia</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <source>On hand now</source>
        <translation>Obecnie na stanie</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Zrealizowane zamówienia</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>On order</source>
        <translation>Zamówione</translation>
    </message>
    <message>
        <source>(no supplier)</source>
        <translation>(bez dostawcy)</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Oczekuje od</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Brakuje</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>will wait</source>
        <translation>poczeka</translation>
    </message>
    <message>
        <source>cancels</source>
        <translation>anuluje</translation>
    </message>
    <message>
        <source>asked, no answer yet</source>
        <translation>zapytano, brak odpowiedzi</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Ewidencyjnie</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Policzone</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Różnica</translation>
    </message>
    <message>
        <source>Return parcel</source>
        <translation>Paczka zwrotna</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Enter the tracking number and the return it belongs to.</source>
        <translation>Wpisz numer przesyłki i zwrot, którego dotyczy.</translation>
    </message>
    <message>
        <source>Return parcel…</source>
        <translation>Paczka zwrotna…</translation>
    </message>
    <message>
        <source>Track the parcel the customer sends back (a return made in the carrier&apos;s panel or posted)</source>
        <translation>Śledź paczkę odsyłaną przez klienta (zwrot nadany w panelu przewoźnika lub wysłany pocztą)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Powody</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Create return…</source>
        <translation>Utwórz zwrot…</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>Przyjmij…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Zwrot pieniędzy…</translation>
    </message>
    <message>
        <source>Slip PDF…</source>
        <translation>Formularz PDF…</translation>
    </message>
    <message>
        <source>Get a return label</source>
        <translation>Pobierz etykietę zwrotną</translation>
    </message>
    <message>
        <source>The carrier&apos;s return label (InPost, CDEK); other orders get the slip</source>
        <translation>Etykieta zwrotna przewoźnika (InPost, CDEK); inne zamówienia dostają formularz zwrotu</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>Zdjęcia…</translation>
    </message>
    <message>
        <source>Exchange…</source>
        <translation>Wymiana…</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Zwroty</translation>
    </message>
    <message>
        <source>exchange %1</source>
        <translation>wymiana %1</translation>
    </message>
    <message>
        <source>Returns (%1)</source>
        <translation>Zwroty (%1)</translation>
    </message>
    <message>
        <source>Save return slip</source>
        <translation>Zapisz formularz zwrotu</translation>
    </message>
    <message>
        <source>This order has no return yet.</source>
        <translation>To zamówienie nie ma jeszcze zwrotu.</translation>
    </message>
    <message>
        <source>Return slip saved: %1</source>
        <translation>Formularz zwrotu zapisany: %1</translation>
    </message>
    <message>
        <source>No return label</source>
        <translation>Brak etykiety zwrotnej</translation>
    </message>
    <message>
        <source>Save the return slip now?</source>
        <translation>Zapisać teraz formularz zwrotu?</translation>
    </message>
    <message>
        <source>Return label for %1: %2 parcel %3.</source>
        <translation>Etykieta zwrotna dla %1: przesyłka %2 %3.</translation>
    </message>
    <message>
        <source>The label file could not be downloaded; ask again.</source>
        <translation>Nie udało się pobrać pliku etykiety; poproś ponownie.</translation>
    </message>
    <message>
        <source>Not printed on %1: %2</source>
        <translation>Nie wydrukowano na %1: %2</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Wysłano do %1.</translation>
    </message>
    <message>
        <source>Asking the carrier for a return label…</source>
        <translation>Prośba do przewoźnika o etykietę zwrotną…</translation>
    </message>
    <message>
        <source>Exchange return %1</source>
        <translation>Zwrot z wymianą %1</translation>
    </message>
    <message>
        <source>Send instead (SKU:QTY, …):</source>
        <translation>Wyślij w zamian (SKU:QTY, …):</translation>
    </message>
    <message>
        <source>This order has no return to exchange.</source>
        <translation>To zamówienie nie ma zwrotu do wymiany.</translation>
    </message>
    <message>
        <source>Replacement order %1 made for return %2.</source>
        <translation>Utworzono zamówienie wymiany %1 dla zwrotu %2.</translation>
    </message>
    <message>
        <source>This order has no return to refund.</source>
        <translation>To zamówienie nie ma zwrotu, za który można zwrócić pieniądze.</translation>
    </message>
    <message>
        <source>Return %1 created.</source>
        <translation>Utworzono zwrot %1.</translation>
    </message>
    <message>
        <source>%1, %2 left</source>
        <translation>%1, pozostało %2</translation>
    </message>
    <message>
        <source>%1 (paid back by hand)</source>
        <translation>%1 (zwrot ręczny)</translation>
    </message>
    <message>
        <source>Refund %1 recorded for %2.</source>
        <translation>Zapisano zwrot pieniędzy %1 dla %2.</translation>
    </message>
    <message>
        <source>Pay it back by hand (%1).</source>
        <translation>Zwróć pieniądze ręcznie (%1).</translation>
    </message>
    <message>
        <source>%1 is left for later.</source>
        <translation>%1 pozostaje na później.</translation>
    </message>
    <message>
        <source>Receive a return…</source>
        <translation>Przyjmij zwrot…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Nie połączono jeszcze żadnego sklepu: Kanały → Dodaj sklep WooCommerce…</translation>
    </message>
    <message>
        <source>Store %1:</source>
        <translation>Sklep %1:</translation>
    </message>
    <message>
        <source>another desk is syncing this store right now; try again in a minute.</source>
        <translation>inne stanowisko właśnie synchronizuje ten sklep; spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 on hold, %4 unchanged</source>
        <translation>nowe: %1, zaktualizowane: %2, wstrzymane: %3, bez zmian: %4</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i %1 więcej</translation>
    </message>
    <message>
        <source>skipped: %1 finished in the store before the desk saw them, %2 abandoned checkouts</source>
        <translation>pominięto: zakończone w sklepie, zanim zobaczyło je biurko — %1, porzucone koszyki — %2</translation>
    </message>
    <message>
        <source>sent to the store: %1, to retry: %2, refused: %3</source>
        <translation>wysłane do sklepu: %1, do ponowienia: %2, odrzucone: %3</translation>
    </message>
    <message>
        <source>Sync the last days</source>
        <translation>Synchronizacja ostatnich dni</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Reads every store order changed in these days, finished ones included, besides the open ones. Orders the desk has already are not imported again.</source>
        <translation>Oprócz otwartych odczytuje wszystkie zamówienia sklepu zmienione w tych dniach, także zakończone. Zamówienia, które biurko już ma, nie są importowane ponownie.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizuj</translation>
    </message>
    <message>
        <source>Orders changed in the last</source>
        <translation>Zamówienia zmienione w ciągu ostatnich</translation>
    </message>
    <message>
        <source>A round is running already; start this one when it has finished.</source>
        <translation>Runda już trwa; uruchom tę, gdy tamta się zakończy.</translation>
    </message>
    <message>
        <source>Syncing… (the window stays usable; this may take a while for many days)</source>
        <translation>Synchronizacja… (okno pozostaje dostępne; przy wielu dniach może to chwilę potrwać)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Akceptuj</translation>
    </message>
    <message>
        <source>Say yes: the customer sends the parcel back</source>
        <translation>Odpowiedz „tak”: klient odsyła paczkę</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Say no, with the reason the customer reads</source>
        <translation>Odpowiedz „nie”, podając powód, który przeczyta klient</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Zamknij…</translation>
    </message>
    <message>
        <source>Nothing more to do (e.g. the customer keeps the item)</source>
        <translation>Nic więcej do zrobienia (np. klient zatrzymuje produkt)</translation>
    </message>
    <message>
        <source>Return %1 accepted.</source>
        <translation>Zwrot %1 zaakceptowany.</translation>
    </message>
    <message>
        <source>Reject return %1</source>
        <translation>Odrzuć zwrot %1</translation>
    </message>
    <message>
        <source>Why is it rejected? (the customer reads this)</source>
        <translation>Dlaczego odrzucony? (klient to przeczyta)</translation>
    </message>
    <message>
        <source>Return %1 rejected.</source>
        <translation>Zwrot %1 odrzucony.</translation>
    </message>
    <message>
        <source>Close return %1</source>
        <translation>Zamknij zwrot %1</translation>
    </message>
    <message>
        <source>Why is there nothing more to do?</source>
        <translation>Dlaczego nie ma nic więcej do zrobienia?</translation>
    </message>
    <message>
        <source>Return %1 closed.</source>
        <translation>Zwrot %1 zamknięty.</translation>
    </message>
    <message>
        <source>Pending payment</source>
        <translation>Oczekuje na płatność</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>W trakcie realizacji</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Wstrzymane</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>W koszu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Zarejestrowana</translation>
    </message>
    <message>
        <source>Label created</source>
        <translation>Etykieta utworzona</translation>
    </message>
    <message>
        <source>Handed to the carrier</source>
        <translation>Przekazana przewoźnikowi</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>W drodze</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>W doręczeniu</translation>
    </message>
    <message>
        <source>At the pickup point</source>
        <translation>W punkcie odbioru</translation>
    </message>
    <message>
        <source>Returning to us</source>
        <translation>Wraca do nas</translation>
    </message>
    <message>
        <source>Returned to us</source>
        <translation>Wróciła do nas</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problem z doręczeniem</translation>
    </message>
    <message>
        <source>Shipment cancelled</source>
        <translation>Przesyłka anulowana</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Pickup point or parcel locker</source>
        <translation>Punkt odbioru lub paczkomat</translation>
    </message>
    <message>
        <source>Our own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Carrier (buy a label)</source>
        <translation>Przewoźnik (kup etykietę)</translation>
    </message>
</context>
<context>
    <name>AddStoreDialog</name>
    <message>
        <source>Add WooCommerce store</source>
        <translation>Dodaj sklep WooCommerce</translation>
    </message>
    <message>
        <source>Automatic (Basic over HTTPS, OAuth 1.0a over HTTP)</source>
        <translation>Automatycznie (Basic przez HTTPS, OAuth 1.0a przez HTTP)</translation>
    </message>
    <message>
        <source>Keys in the address (hosts that strip the Authorization header)</source>
        <translation>Klucze w adresie (serwery usuwające nagłówek Authorization)</translation>
    </message>
    <message>
        <source>Send the desk&apos;s available stock to the store&apos;s products (matched by SKU)</source>
        <translation>Wyślij dostępne stany do produktów sklepu (dopasowanie po SKU)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adres witryny</translation>
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
        <translation>Uwierzytelnianie</translation>
    </message>
    <message>
        <source>Create the key in WooCommerce → Settings → Advanced → REST API with Read/Write permission. The secret is kept in this computer&apos;s keyring and only ever sent to this site.</source>
        <translation>Utwórz klucz w WooCommerce → Ustawienia → Zaawansowane → REST API z uprawnieniami Odczyt/Zapis. Sekret jest przechowywany w magazynie kluczy tego komputera i wysyłany wyłącznie do tej witryny.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testowanie…</translation>
    </message>
    <message>
        <source>Testing the store connection</source>
        <translation>Testowanie połączenia ze sklepem</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Connecting the store</source>
        <translation>Łączenie sklepu</translation>
    </message>
    <message>
        <source>The check failed unexpectedly; see the log.</source>
        <translation>Sprawdzanie nieoczekiwanie się nie powiodło; zobacz dziennik.</translation>
    </message>
</context>
<context>
    <name>AutomationDialog</name>
    <message>
        <source>Automation</source>
        <translation>Automatyzacja</translation>
    </message>
    <message>
        <source>Confirm new orders that need no call (paid online, in stock, address complete)</source>
        <translation>Potwierdzaj nowe zamówienia niewymagające telefonu (opłacone online, dostępne, pełny adres)</translation>
    </message>
    <message>
        <source>A customer&apos;s first order needs a call</source>
        <translation>Pierwsze zamówienie klienta wymaga telefonu</translation>
    </message>
    <message>
        <source>e.g. numbers that refused parcels before</source>
        <translation>np. numery, które wcześniej odmówiły odbioru paczek</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>+48 600 123 456, +7 916 000 00 00</source>
        <translation>+48 600 123 456, +7 916 000 00 00</translation>
    </message>
    <message>
        <source>Priority orders</source>
        <translation>Zamówienia priorytetowe</translation>
    </message>
    <message>
        <source>Express delivery methods</source>
        <translation>Ekspresowe metody dostawy</translation>
    </message>
    <message>
        <source>VIP customers&apos; phones, comma-separated</source>
        <translation>Telefony klientów VIP, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Besides these, a customer ticked VIP in the order window is a VIP.</source>
        <translation>Poza nimi klientem VIP jest też klient, który ma zaznaczone VIP w oknie zamówienia.</translation>
    </message>
    <message>
        <source>Orders over this total (0 = off)</source>
        <translation>Zamówienia powyżej tej kwoty (0 = wył.)</translation>
    </message>
    <message>
        <source>Confirming</source>
        <translation>Potwierdzanie</translation>
    </message>
    <message>
        <source>Only up to this total (0 = any)</source>
        <translation>Tylko do tej kwoty (0 = dowolna)</translation>
    </message>
    <message>
        <source>Flagged phones that always need a call, comma-separated</source>
        <translation>Oznaczone numery, które zawsze wymagają telefonu, oddzielone przecinkami</translation>
    </message>
    <message>
        <source>Unpaid orders</source>
        <translation>Nieopłacone zamówienia</translation>
    </message>
    <message>
        <source>First reminder after, hours (0 = none)</source>
        <translation>Pierwsze przypomnienie po (godz., 0 = brak)</translation>
    </message>
    <message>
        <source>Second reminder after, hours (0 = none)</source>
        <translation>Drugie przypomnienie po (godz., 0 = brak)</translation>
    </message>
    <message>
        <source>Cancel after, days (0 = never)</source>
        <translation>Anuluj po (dni, 0 = nigdy)</translation>
    </message>
    <message>
        <source>Waiting orders</source>
        <translation>Oczekujące zamówienia</translation>
    </message>
    <message>
        <source>Complete delivered and collected orders after, days (0 = never)</source>
        <translation>Oznacz dostarczone i odebrane zamówienia jako zrealizowane po (dni, 0 = nigdy)</translation>
    </message>
    <message>
        <source>Tell the manager about orders waiting longer than, hours (0 = never)</source>
        <translation>Powiadamiaj kierownika o zamówieniach oczekujących dłużej niż (godz., 0 = nigdy)</translation>
    </message>
    <message>
        <source>e.g. new=4, packed=24</source>
        <translation>np. new=4, packed=24</translation>
    </message>
    <message>
        <source>Other targets for single statuses, hours</source>
        <translation>Inne cele dla poszczególnych statusów, godz.</translation>
    </message>
    <message>
        <source>Run the rules every, minutes</source>
        <translation>Uruchamiaj reguły co (min)</translation>
    </message>
    <message>
        <source>What would the next round do?</source>
        <translation>Co zrobi następna runda?</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
</context>
<context>
    <name>AutomationMenu</name>
    <message>
        <source>Automation…</source>
        <translation>Automatyzacja…</translation>
    </message>
</context>
<context>
    <name>AutomationSchedule</name>
    <message>
        <source>Automation</source>
        <translation>Automatyzacja</translation>
    </message>
    <message numerus="yes">
        <source>Automation: %n order(s) handled</source>
        <translation>
            <numerusform>Automatyzacja: obsłużone zamówienia: %n</numerusform>
            <numerusform>Automatyzacja: obsłużone zamówienia: %n</numerusform>
            <numerusform>Automatyzacja: obsłużone zamówienia: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The automation round failed: %1</source>
        <translation>Runda automatyzacji nie powiodła się: %1</translation>
    </message>
</context>
<context>
    <name>BackgroundSender</name>
    <message>
        <source>Sending customer messages…</source>
        <translation>Wysyłanie wiadomości do klientów…</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>No order on this tab matches the search and filters: look on the other tab too.</source>
        <translation>Na tej karcie żadne zamówienie nie pasuje do wyszukiwania i filtrów: zajrzyj też na drugą kartę.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Przenieś do: %1</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>Cofnij do: %1 (właściciel)</translation>
    </message>
</context>
<context>
    <name>BuyLabelDialog</name>
    <message>
        <source>Buy label</source>
        <translation>Kup etykietę</translation>
    </message>
    <message>
        <source>locker or pickup point code</source>
        <translation>kod paczkomatu lub punktu odbioru</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Prefilled with one parcel of the order&apos;s weight; change it after weighing, add a row per box.</source>
        <translation>Wypełnione jedną paczką o wadze zamówienia; popraw wagę po zważeniu i dodaj wiersz dla każdego kartonu.</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paczki</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Get rates</source>
        <translation>Pobierz stawki</translation>
    </message>
    <message>
        <source>Open label</source>
        <translation>Otwórz etykietę</translation>
    </message>
    <message>
        <source>Download label again</source>
        <translation>Pobierz etykietę ponownie</translation>
    </message>
    <message>
        <source>Cancel shipment…</source>
        <translation>Anuluj przesyłkę…</translation>
    </message>
    <message>
        <source>Move to shipped</source>
        <translation>Przenieś do „Nadane”</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Stawki</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Wczytywanie zamówienia…</translation>
    </message>
    <message>
        <source>Buy label — %1</source>
        <translation>Kup etykietę — %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 item(s)</source>
        <translation>%1 · %2 · produkty: %3</translation>
    </message>
    <message>
        <source>%1 does not quote prices: pick a service.</source>
        <translation>%1 nie podaje cen: wybierz usługę.</translation>
    </message>
    <message>
        <source>Fix the parcels to get rates.</source>
        <translation>Popraw paczki, aby pobrać stawki.</translation>
    </message>
    <message>
        <source>Getting new rates…</source>
        <translation>Pobieranie nowych stawek…</translation>
    </message>
    <message>
        <source>Pick a rate; the cheapest is first.</source>
        <translation>Wybierz stawkę; najtańsza jest pierwsza.</translation>
    </message>
    <message>
        <source>No rates for this parcel and address.</source>
        <translation>Brak stawek dla tej paczki i adresu.</translation>
    </message>
    <message>
        <source>Rates could not be fetched: %1</source>
        <translation>Nie udało się pobrać stawek: %1</translation>
    </message>
    <message>
        <source>Getting rates…</source>
        <translation>Pobieranie stawek…</translation>
    </message>
    <message>
        <source>Buying the label from %1…</source>
        <translation>Kupowanie etykiety w %1…</translation>
    </message>
    <message>
        <source>Buying a label…</source>
        <translation>Kupowanie etykiety…</translation>
    </message>
    <message>
        <source>The purchase failed unexpectedly; nothing was stored here.</source>
        <translation>Zakup nieoczekiwanie się nie powiódł; nic tu nie zapisano.</translation>
    </message>
    <message>
        <source>%1 %2 — tracking number &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>%1 %2 — numer przesyłki &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>found at the carrier from an earlier attempt: nothing new was bought</source>
        <translation>znaleziono u przewoźnika z wcześniejszej próby: nic nowego nie kupiono</translation>
    </message>
    <message>
        <source>label: %1</source>
        <translation>etykieta: %1</translation>
    </message>
    <message>
        <source>no label file (print the shop&apos;s own label)</source>
        <translation>brak pliku etykiety (wydrukuj własną etykietę sklepu)</translation>
    </message>
    <message>
        <source>Order %1 is picked up at the shop; it needs no label.</source>
        <translation>Zamówienie %1 jest odbierane w sklepie; nie potrzebuje etykiety.</translation>
    </message>
    <message>
        <source>Order %1 is %2: labels are bought while it is assembled or packed.</source>
        <translation>Zamówienie %1 ma status „%2”: etykiety kupuje się podczas kompletowania lub po spakowaniu.</translation>
    </message>
    <message>
        <source>Downloading the label…</source>
        <translation>Pobieranie etykiety…</translation>
    </message>
    <message>
        <source>Cancel the %1 shipment %2 at the carrier? The label can no longer be used.</source>
        <translation>Anulować przesyłkę %1 %2 u przewoźnika? Etykiety nie będzie można już użyć.</translation>
    </message>
    <message>
        <source>Shipment %1 cancelled.</source>
        <translation>Przesyłka %1 anulowana.</translation>
    </message>
    <message>
        <source>Cancelling the shipment…</source>
        <translation>Anulowanie przesyłki…</translation>
    </message>
    <message>
        <source>Moved to shipped.</source>
        <translation>Przeniesiono do „Nadane”.</translation>
    </message>
    <message>
        <source>Cancel shipment</source>
        <translation>Anuluj przesyłkę</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Opóźnione</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Opłacone</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Częściowo opłacone</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Nieopłacone</translation>
    </message>
    <message>
        <source>Pay later</source>
        <translation>Przy odbiorze</translation>
    </message>
    <message>
        <source>Refund due</source>
        <translation>Do zwrotu</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Zwrócono środki</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>card age in minutes, compact</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>card age in hours, compact</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>card age in days, compact</comment>
        <translation>%1 dn.</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 produkt</translation>
    </message>
    <message numerus="yes">
        <source>%n items</source>
        <translation>
            <numerusform>%n produkt</numerusform>
            <numerusform>%n produkty</numerusform>
            <numerusform>%n produktów</numerusform>
        </translation>
    </message>
    <message>
        <source>Return requested</source>
        <translation>Zgłoszono zwrot</translation>
    </message>
    <message>
        <source>Return: awaiting parcel</source>
        <translation>Zwrot: oczekuje na paczkę</translation>
    </message>
    <message>
        <source>Return received</source>
        <translation>Zwrot przyjęty</translation>
    </message>
    <message>
        <source>Return partly refunded</source>
        <translation>Zwrot opłacony częściowo</translation>
    </message>
    <message>
        <source>Return refunded</source>
        <translation>Zwrot opłacony</translation>
    </message>
    <message>
        <source>Return exchanged</source>
        <translation>Zwrot wymieniony</translation>
    </message>
    <message>
        <source>Return closed</source>
        <translation>Zwrot zamknięty</translation>
    </message>
    <message>
        <source>Return rejected</source>
        <translation>Zwrot odrzucony</translation>
    </message>
</context>
<context>
    <name>CarrierSettingsDialog</name>
    <message>
        <source>Carrier settings</source>
        <translation>Ustawienia przewoźników</translation>
    </message>
    <message>
        <source>Tracking &amp;&amp; labels</source>
        <translation>Śledzenie &amp;&amp; etykiety</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produkcja</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Testowy (sandbox)</translation>
    </message>
    <message>
        <source>Custom (a local test server…)</source>
        <translation>Własny (lokalny serwer testowy…)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>checking the keyring…</source>
        <translation>sprawdzanie magazynu kluczy…</translation>
    </message>
    <message>
        <source>Default service</source>
        <translation>Domyślna usługa</translation>
    </message>
    <message>
        <source>Sender: the shop&apos;s name, address and phone from Settings (Ctrl+,).</source>
        <translation>Nadawca: nazwa, adres i telefon sklepu z Ustawień (Ctrl+,).</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Reading carrier settings…</source>
        <translation>Wczytywanie ustawień przewoźników…</translation>
    </message>
    <message>
        <source>stored in the keyring (type to replace)</source>
        <translation>zapisane w magazynie kluczy (wpisz, aby zastąpić)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keyring only.</source>
        <translation>Sekrety są przechowywane tylko w systemowym magazynie kluczy.</translation>
    </message>
    <message>
        <source>Not set yet: %1</source>
        <translation>Jeszcze nie ustawiono: %1</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>brak magazynu kluczy</translation>
    </message>
    <message>
        <source>The server address must start with https:// or http://.</source>
        <translation>Adres serwera musi zaczynać się od https:// lub http://.</translation>
    </message>
    <message>
        <source>Sync at most once a minute.</source>
        <translation>Synchronizuj nie częściej niż raz na minutę.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Sprawdzanie połączenia…</translation>
    </message>
    <message>
        <source>Saving carrier settings…</source>
        <translation>Zapisywanie ustawień przewoźników…</translation>
    </message>
    <message>
        <source>Client id (Account)</source>
        <translation>Client id (konto)</translation>
    </message>
    <message>
        <source>Client secret (Secure password)</source>
        <translation>Client secret (tajne hasło)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Zapytań na sekundę</translation>
    </message>
    <message>
        <source>Drop-off point code (sender)</source>
        <translation>Kod punktu nadania (nadawcy)</translation>
    </message>
    <message>
        <source>Sender city code</source>
        <translation>Kod miasta nadawcy</translation>
    </message>
    <message>
        <source>Organization id</source>
        <translation>Id organizacji</translation>
    </message>
    <message>
        <source>Sync tracking every (minutes)</source>
        <translation>Synchronizuj śledzenie co (minut)</translation>
    </message>
    <message>
        <source>Label format</source>
        <translation>Format etykiety</translation>
    </message>
    <message>
        <source>&apos;Delayed&apos; after days without news</source>
        <translation>„Opóźnienie” po dniach bez wieści</translation>
    </message>
    <message>
        <source>Carrier time-out (seconds)</source>
        <translation>Limit czasu przewoźnika (sekundy)</translation>
    </message>
    <message>
        <source>Default parcel size (LxWxH cm)</source>
        <translation>Domyślny rozmiar paczki (DxSxW cm)</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>%1: click to show the column</source>
        <translation>%1: kliknij, aby pokazać kolumnę</translation>
    </message>
    <message>
        <source>Show the column</source>
        <translation>Pokaż kolumnę</translation>
    </message>
    <message>
        <source>Collapse the column to a narrow strip</source>
        <translation>Zwiń kolumnę do wąskiego paska</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesDialog</name>
    <message>
        <source>Complaint rules</source>
        <translation>Zasady reklamacji</translation>
    </message>
    <message>
        <source>COUNTRY=days, or COUNTRY:ask=days for one kind of claim (repair, replacement, refund, price_reduction); * for every other country. Polish law: 14 days to answer a complaint; Russian law: 10 days to meet a refund claim.</source>
        <translation>KRAJ=dni lub KRAJ:ask=dni dla jednego rodzaju żądania (repair, replacement, refund, price_reduction); * dla wszystkich pozostałych krajów. Prawo polskie: 14 dni na odpowiedź na reklamację; prawo rosyjskie: 10 dni na spełnienie żądania zwrotu pieniędzy.</translation>
    </message>
    <message>
        <source>Days to answer</source>
        <translation>Dni na odpowiedź</translation>
    </message>
    <message>
        <source>Remind, days before</source>
        <translation>Przypomnij, dni wcześniej</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <source>Complaints (%1)</source>
        <translation>Reklamacje (%1)</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>OPÓŹNIONE o %n dzień</numerusform>
            <numerusform>OPÓŹNIONE o %n dni</numerusform>
            <numerusform>OPÓŹNIONE o %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Otwarta, został %n dzień</numerusform>
            <numerusform>Otwarta, zostały %n dni</numerusform>
            <numerusform>Otwarta, zostało %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplaintsMenu</name>
    <message>
        <source>Complaints…</source>
        <translation>Reklamacje…</translation>
    </message>
</context>
<context>
    <name>ComplaintsPanel</name>
    <message>
        <source>Decide…</source>
        <translation>Rozpatrz…</translation>
    </message>
    <message>
        <source>Reading complaints…</source>
        <translation>Wczytywanie reklamacji…</translation>
    </message>
    <message>
        <source>%1 open</source>
        <translation>Otwarte: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>Opóźnione: %1</translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Zapisywanie decyzji…</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <source>New complaint…</source>
        <translation>Nowa reklamacja…</translation>
    </message>
    <message>
        <source>Recording the complaint…</source>
        <translation>Rejestrowanie reklamacji…</translation>
    </message>
</context>
<context>
    <name>ComplaintsWindow</name>
    <message>
        <source>Complaints</source>
        <translation>Reklamacje</translation>
    </message>
    <message>
        <source>Only open ones</source>
        <translation>Tylko otwarte</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Otwórz zamówienie</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Zasady…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
</context>
<context>
    <name>CreateReturnDialog</name>
    <message>
        <source>Create return — order %1</source>
        <translation>Utwórz zwrot — zamówienie %1</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>the customer&apos;s words</source>
        <translation>słowa klienta</translation>
    </message>
    <message>
        <source>Create return</source>
        <translation>Utwórz zwrot</translation>
    </message>
    <message>
        <source>Note on the return:</source>
        <translation>Uwaga do zwrotu:</translation>
    </message>
    <message>
        <source>How many of each item come back, and why:</source>
        <translation>Ile sztuk każdej pozycji wraca i dlaczego:</translation>
    </message>
    <message>
        <source>%1 (%2 returned)</source>
        <translation>%1 (zwrócono: %2)</translation>
    </message>
    <message>
        <source>Set how many of at least one item come back.</source>
        <translation>Podaj, ile sztuk wraca, dla co najmniej jednej pozycji.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Daily backup made: %1</source>
        <translation>Utworzono codzienną kopię zapasową: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Codzienna kopia zapasowa nie powiodła się: %1</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Decide complaint #%1</source>
        <translation>Rozpatrz reklamację #%1</translation>
    </message>
    <message>
        <source>What the shop will do, or why not: the customer reads this</source>
        <translation>Co zrobi sklep lub dlaczego nie: klient to przeczyta</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Write the answer the customer receives.</source>
        <translation>Napisz odpowiedź, którą otrzyma klient.</translation>
    </message>
</context>
<context>
    <name>DemoFiller</name>
    <message>
        <source>Creating demo orders…</source>
        <translation>Tworzenie zamówień demonstracyjnych…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Creating demo orders… %1 of %2</source>
        <translation>Tworzenie zamówień demonstracyjnych… %1 z %2</translation>
    </message>
</context>
<context>
    <name>DeskSession</name>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Użytkownik</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Zmień użytkownika…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Wybierz swoje imię i wpisz PIN.</translation>
    </message>
    <message>
        <source>{n} is signed out. Who is next?</source>
        <translation>{n} — wylogowano. Kto następny?</translation>
    </message>
    <message>
        <source>Locked after a while without input.</source>
        <translation>Zablokowano po dłuższej bezczynności.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>{n} · {r}</source>
        <translation>{n} · {r}</translation>
    </message>
    <message>
        <source>Signed in as {n}.</source>
        <translation>Zalogowano jako {n}.</translation>
    </message>
    <message>
        <source>Sign-in failed: {e}</source>
        <translation>Logowanie nie powiodło się: {e}</translation>
    </message>
    <message>
        <source>OrderDesk — locked</source>
        <translation>OrderDesk — zablokowane</translation>
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
        <translation>baza danych</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Coś poszło nie tak: {error}.</translation>
    </message>
    <message>
        <source>The details are in {path}. Please send that file to your support contact.</source>
        <translation>Szczegóły są w pliku {path}. Wyślij ten plik do swojego wsparcia technicznego.</translation>
    </message>
    <message>
        <source>OrderDesk</source>
        <translation>OrderDesk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search: number, name, phone, e-mail, tracking, SKU  (Ctrl+F)</source>
        <translation>Szukaj: numer, nazwisko, telefon, e-mail, numer przesyłki, SKU  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Any delivery</source>
        <translation>Każda dostawa</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Każda płatność</translation>
    </message>
    <message>
        <source>Fully paid</source>
        <translation>Opłacone w całości</translation>
    </message>
    <message>
        <source>Not fully paid</source>
        <translation>Nie w pełni opłacone</translation>
    </message>
    <message>
        <source>Waiting for prepayment</source>
        <translation>Czeka na przedpłatę</translation>
    </message>
    <message>
        <source>Pay on delivery / pickup / invoice</source>
        <translation>Płatność przy odbiorze / w punkcie / na fakturę</translation>
    </message>
    <message>
        <source>Prepaid</source>
        <translation>Przedpłata</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Only orders on hold (out of stock, payment failed, address problem …) or waiting too long (late)</source>
        <translation>Tylko wstrzymane zamówienia (brak towaru, nieudana płatność, problem z adresem …) lub czekające zbyt długo (opóźnione)</translation>
    </message>
    <message>
        <source>My orders</source>
        <translation>Moje zamówienia</translation>
    </message>
    <message>
        <source>Only the orders assigned to the signed-in person</source>
        <translation>Tylko zamówienia przypisane do zalogowanej osoby</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to OrderDesk</source>
        <translation>Witamy w OrderDesk</translation>
    </message>
    <message>
        <source>Where should this PC keep the shop&apos;s orders?</source>
        <translation>Gdzie ten komputer ma przechowywać zamówienia sklepu?</translation>
    </message>
    <message>
        <source>This PC alone</source>
        <translation>Tylko ten komputer</translation>
    </message>
    <message>
        <source>A database file on this computer. For a shop with one desk; it can move to a server later.</source>
        <translation>Plik bazy danych na tym komputerze. Dla sklepu z jednym stanowiskiem; później można go przenieść na serwer.</translation>
    </message>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>Serwer bazy danych sklepu</translation>
    </message>
    <message>
        <source>Several PCs (the office, the packing bench, the pickup counter) share one PostgreSQL database and see each other&apos;s changes at once.</source>
        <translation>Kilka komputerów (biuro, stanowisko pakowania, punkt wydawania) korzysta z jednej bazy PostgreSQL i od razu widzi wzajemne zmiany.</translation>
    </message>
</context>
<context>
    <name>FirstStartGuide</name>
    <message>
        <source>Set up your shop</source>
        <translation>Skonfiguruj sklep</translation>
    </message>
    <message>
        <source>Skip the guide</source>
        <translation>Pomiń przewodnik</translation>
    </message>
    <message>
        <source>Start working</source>
        <translation>Rozpocznij pracę</translation>
    </message>
</context>
<context>
    <name>HeldBackBox</name>
    <message>
        <source>Orders this text cannot be filled for</source>
        <translation>Zamówienia, dla których nie da się wypełnić tego tekstu</translation>
    </message>
    <message>
        <source>Checking the orders…</source>
        <translation>Sprawdzanie zamówień…</translation>
    </message>
    <message>
        <source>The orders could not be read.</source>
        <translation>Nie udało się odczytać zamówień.</translation>
    </message>
    <message>
        <source>Checked: the open orders.</source>
        <translation>Sprawdzono: otwarte zamówienia.</translation>
    </message>
    <message>
        <source>Checked: orders in %1.</source>
        <translation>Sprawdzono: zamówienia ze statusem %1.</translation>
    </message>
    <message>
        <source>Every one has the values this text uses.</source>
        <translation>Każde ma wartości, których używa ten tekst.</translation>
    </message>
    <message>
        <source>%1 would wait in the outbox · %2 would get the fallback text</source>
        <translation>Czekałyby w skrzynce nadawczej: %1 · dostałyby tekst zastępczy: %2</translation>
    </message>
    <message>
        <source>shipped fallback</source>
        <translation>wbudowany tekst zastępczy</translation>
    </message>
    <message>
        <source>fallback text</source>
        <translation>tekst zastępczy</translation>
    </message>
    <message>
        <source>waits</source>
        <translation>czeka</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Import orders</source>
        <translation>Importuj zamówienia</translation>
    </message>
    <message>
        <source>Orders (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
        <translation>Zamówienia (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <source>Importing orders</source>
        <translation>Importowanie zamówień</translation>
    </message>
    <message>
        <source>Imported %1 orders from %2.</source>
        <translation>Zaimportowano zamówienia (%1) z %2.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>Imported: %1 · already in the desk, skipped: %2 · rows to fix: %3</source>
        <translation>Zaimportowano: %1 · już są, pominięto: %2 · wiersze do poprawy: %3</translation>
    </message>
    <message>
        <source>Imported, but check:</source>
        <translation>Zaimportowano, ale sprawdź:</translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again: orders already imported are skipped, so nothing comes in twice. The format is described in docs/import-format.md.</source>
        <translation>Popraw te wiersze w pliku i zaimportuj go ponownie: zamówienia już zaimportowane są pomijane, więc nic nie trafi dwa razy. Format opisano w docs/import-format.md.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Only %1 in stock: the order will wait for stock (out-of-stock hold).</source>
        <translation>Na stanie tylko %1: zamówienie poczeka na dostawę towaru (wstrzymanie „brak towaru”).</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ wybierz swoje imię · wpisz PIN · Enter</translation>
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
        <translation>Tablica</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>Zamknięte i zwroty</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Loading the board failed</source>
        <translation>Nie udało się wczytać tablicy</translation>
    </message>
    <message>
        <source>Loading the list failed</source>
        <translation>Nie udało się wczytać listy</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Główne</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nowe zamówienie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Go to the board</source>
        <translation>Przejdź do tablicy</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Zamówienia</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Shop setup guide…</source>
        <translation>Przewodnik konfiguracji sklepu…</translation>
    </message>
    <message>
        <source>OrderDesk — 1 active order</source>
        <translation>OrderDesk — 1 aktywne zamówienie</translation>
    </message>
    <message numerus="yes">
        <source>OrderDesk — %Ln active orders</source>
        <translation>
            <numerusform>OrderDesk — %Ln aktywne zamówienie</numerusform>
            <numerusform>OrderDesk — %Ln aktywne zamówienia</numerusform>
            <numerusform>OrderDesk — %Ln aktywnych zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Moved %n orders.</source>
        <translation>
            <numerusform>Przeniesiono %n zamówienie.</numerusform>
            <numerusform>Przeniesiono %n zamówienia.</numerusform>
            <numerusform>Przeniesiono %n zamówień.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the owner can set up the shop: sign in as the owner first.</source>
        <translation>Tylko właściciel może konfigurować sklep: najpierw zaloguj się jako właściciel.</translation>
    </message>
    <message>
        <source>Could not check for changes: %1</source>
        <translation>Nie udało się sprawdzić zmian: %1</translation>
    </message>
    <message>
        <source>Moved 1 order.</source>
        <translation>Przeniesiono 1 zamówienie.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n, refused %1 — </source>
        <translation>
            <numerusform>Przeniesiono: %n, odmowa: %1 — </numerusform>
            <numerusform>Przeniesiono: %n, odmowa: %1 — </numerusform>
            <numerusform>Przeniesiono: %n, odmowa: %1 — </numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 created.</source>
        <translation>Utworzono zamówienie %1.</translation>
    </message>
    <message>
        <source>A new, empty database was made at %1. Is that the file you meant?</source>
        <translation>Utworzono nową, pustą bazę danych: %1. Czy o ten plik chodziło?</translation>
    </message>
</context>
<context>
    <name>MessageList</name>
    <message>
        <source>Select a message to see its whole text and what happened to it.</source>
        <translation>Wybierz wiadomość, aby zobaczyć całą treść i co się z nią stało.</translation>
    </message>
    <message>
        <source>Resend…</source>
        <translation>Wyślij ponownie…</translation>
    </message>
    <message>
        <source>Send this message again, as a new message written to the history</source>
        <translation>Wyślij tę wiadomość ponownie jako nową, zapisaną w historii</translation>
    </message>
    <message>
        <source>It arrived</source>
        <translation>Dotarła</translation>
    </message>
    <message>
        <source>It did not arrive</source>
        <translation>Nie dotarła</translation>
    </message>
    <message>
        <source>After checking the gateway&apos;s own log: close this &apos;unknown — check&apos; message</source>
        <translation>Po sprawdzeniu dziennika bramki: zamknij tę wiadomość „nieznany — sprawdź”</translation>
    </message>
    <message>
        <source>Reading messages…</source>
        <translation>Wczytywanie wiadomości…</translation>
    </message>
    <message>
        <source>Could not read the messages: {e}</source>
        <translation>Nie udało się odczytać wiadomości: {e}</translation>
    </message>
    <message>
        <source>#{id} · {channel} to {to} · {status}</source>
        <translation>#{id} · {channel} do {to} · {status}</translation>
    </message>
    <message>
        <source>Queued {created}, sent {sent}, attempts {n}</source>
        <translation>W kolejce {created}, wysłano {sent}, próby: {n}</translation>
    </message>
    <message>
        <source>Gateway {g}, id {i}</source>
        <translation>Bramka {g}, id {i}</translation>
    </message>
    <message>
        <source>{enc}, {n} SMS part(s)</source>
        <translation>{enc}, części SMS: {n}</translation>
    </message>
    <message>
        <source>Last delivery report from the gateway: {r}</source>
        <translation>Ostatni raport doręczenia od bramki: {r}</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>Błąd: {e}</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Send this {channel} to {to} again? It goes out as a new message and is written to the order&apos;s history.</source>
        <translation>Wysłać tę wiadomość ({channel}) do {to} ponownie? Zostanie wysłana jako nowa wiadomość i zapisana w historii zamówienia.</translation>
    </message>
    <message>
        <source>Queueing the message…</source>
        <translation>Dodawanie wiadomości do kolejki…</translation>
    </message>
    <message>
        <source>Recording the check…</source>
        <translation>Zapisywanie wyniku sprawdzenia…</translation>
    </message>
</context>
<context>
    <name>MessageLog</name>
    <message>
        <source>as the rules say</source>
        <translation>według reguł</translation>
    </message>
    <message>
        <source>SMS only</source>
        <translation>tylko SMS</translation>
    </message>
    <message>
        <source>E-mail only</source>
        <translation>tylko e-mail</translation>
    </message>
    <message>
        <source>No SMS</source>
        <translation>bez SMS</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>bez e-maili</translation>
    </message>
    <message>
        <source>The customer asked not to get SMS (a gateway&apos;s &apos;unsubscribed&apos; also ticks it)</source>
        <translation>Klient poprosił o niewysyłanie SMS-ów (wypisanie się przez bramkę też to zaznacza)</translation>
    </message>
    <message>
        <source>Every SMS and e-mail of this order, newest first.</source>
        <translation>Wszystkie SMS-y i e-maile tego zamówienia, od najnowszych.</translation>
    </message>
    <message>
        <source>Customer gets</source>
        <translation>Klient otrzymuje</translation>
    </message>
    <message>
        <source>⚠ invalid phone number: no SMS</source>
        <translation>⚠ nieprawidłowy numer telefonu: bez SMS</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Wiadomości ({n})</translation>
    </message>
</context>
<context>
    <name>MoveController</name>
    <message>
        <source>Reading orders…</source>
        <translation>Wczytywanie zamówień…</translation>
    </message>
    <message>
        <source>Moving orders…</source>
        <translation>Przenoszenie zamówień…</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move order %1</source>
        <translation>Przeniesienie zamówienia %1</translation>
    </message>
    <message>
        <source>Move order &lt;b&gt;%1&lt;/b&gt; from %2 to &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Przenieś zamówienie &lt;b&gt;%1&lt;/b&gt; z „%2” do „&lt;b&gt;%3&lt;/b&gt;”.</translation>
    </message>
    <message>
        <source>Hand over without the code (owner; give a reason)</source>
        <translation>Wydaj bez kodu (właściciel; podaj powód)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Kod odbioru</translation>
    </message>
    <message>
        <source>Money received (%1)</source>
        <translation>Otrzymana kwota (%1)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Reason (without the code only)</source>
        <translation>Powód (tylko bez kodu)</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Przenieś</translation>
    </message>
    <message>
        <source>Say why: a reason is required for this move.</source>
        <translation>Podaj powód: ta zmiana go wymaga.</translation>
    </message>
    <message>
        <source>Enter the tracking number from the label or the courier.</source>
        <translation>Wpisz numer przesyłki z etykiety lub od kuriera.</translation>
    </message>
    <message>
        <source>Enter the code the customer has.</source>
        <translation>Wpisz kod, który ma klient.</translation>
    </message>
    <message>
        <source>Handing over without the code needs a reason.</source>
        <translation>Wydanie bez kodu wymaga podania powodu.</translation>
    </message>
</context>
<context>
    <name>NewComplaintDialog</name>
    <message>
        <source>New complaint on order %1</source>
        <translation>Nowa reklamacja do zamówienia %1</translation>
    </message>
    <message>
        <source>What the customer says is wrong, in their words</source>
        <translation>Co według klienta jest nie tak — jego słowami</translation>
    </message>
    <message>
        <source>optional, e.g. R-000012</source>
        <translation>opcjonalnie, np. R-000012</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Asks for</source>
        <translation>Żądanie</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Zwrot</translation>
    </message>
    <message>
        <source>The answer date follows the country&apos;s rule (Settings: complaints.answer_days).</source>
        <translation>Termin odpowiedzi wynika z zasady dla kraju (Ustawienia: complaints.answer_days).</translation>
    </message>
    <message>
        <source>Write the customer&apos;s claim.</source>
        <translation>Wpisz żądanie klienta.</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>New phone order</source>
        <translation>Nowe zamówienie telefoniczne</translation>
    </message>
    <message>
        <source>From the country</source>
        <translation>Z kraju</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Imię i nazwisko *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Carrier (parcel)</source>
        <translation>Przewoźnik (paczka)</translation>
    </message>
    <message>
        <source>Pickup point / parcel locker</source>
        <translation>Punkt odbioru / paczkomat</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Pickup point *</source>
        <translation>Punkt odbioru *</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Street *</source>
        <translation>Ulica *</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>Ulica (2)</translation>
    </message>
    <message>
        <source>Postcode *</source>
        <translation>Kod pocztowy *</translation>
    </message>
    <message>
        <source>City *</source>
        <translation>Miasto *</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo / region</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Kraj *</translation>
    </message>
    <message>
        <source>No address needed for this delivery method.</source>
        <translation>Ten sposób dostawy nie wymaga adresu.</translation>
    </message>
    <message>
        <source>Prepaid online</source>
        <translation>Przedpłata online</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>Za pobraniem</translation>
    </message>
    <message>
        <source>Pay on pickup</source>
        <translation>Płatność przy odbiorze</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Koszt wysyłki</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Już zapłacono</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>Dodaj produkt: wpisz SKU lub nazwę albo zeskanuj kod kreskowy, potem Enter</translation>
    </message>
    <message>
        <source>Items *</source>
        <translation>Produkty *</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Create order (Ctrl+Enter)</source>
        <translation>Utwórz zamówienie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Not a valid phone number: include the country code, e.g. +48 600 123 456.</source>
        <translation>Nieprawidłowy numer telefonu: podaj numer kierunkowy kraju, np. +48 600 123 456.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.com).</source>
        <translation>To nie jest adres e-mail (name@example.com).</translation>
    </message>
    <message>
        <source>Items %1 + shipping %2 = &lt;b&gt;total %3&lt;/b&gt; · due %4</source>
        <translation>Produkty %1 + wysyłka %2 = &lt;b&gt;razem %3&lt;/b&gt; · do zapłaty %4</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>Brak produktu pasującego do „%1”.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Wpisz imię i nazwisko klienta.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail, so the customer hears from us.</source>
        <translation>Podaj telefon lub e-mail, aby klient otrzymywał od nas wiadomości.</translation>
    </message>
    <message>
        <source>Enter the street and number.</source>
        <translation>Wpisz ulicę i numer.</translation>
    </message>
    <message>
        <source>Enter the postcode.</source>
        <translation>Wpisz kod pocztowy.</translation>
    </message>
    <message>
        <source>Enter the city.</source>
        <translation>Wpisz miasto.</translation>
    </message>
    <message>
        <source>Enter the country code, e.g. PL.</source>
        <translation>Wpisz kod kraju, np. PL.</translation>
    </message>
    <message>
        <source>Enter the pickup point code.</source>
        <translation>Wpisz kod punktu odbioru.</translation>
    </message>
    <message>
        <source>Add at least one item.</source>
        <translation>Dodaj co najmniej jeden produkt.</translation>
    </message>
    <message>
        <source>Saving the order…</source>
        <translation>Zapisywanie zamówienia…</translation>
    </message>
    <message>
        <source>This order is not created yet. Press Esc or Cancel again to discard it; Ctrl+Enter creates it.</source>
        <translation>To zamówienie nie jest jeszcze utworzone. Naciśnij Esc lub Anuluj jeszcze raz, aby je odrzucić; Ctrl+Enter je tworzy.</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsDialog</name>
    <message>
        <source>Notification settings</source>
        <translation>Ustawienia powiadomień</translation>
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
        <translation>Kiedy i jak często</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Wyślij test</translation>
    </message>
    <message>
        <source>Reading settings…</source>
        <translation>Wczytywanie ustawień…</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>none (local test server only)</source>
        <translation>brak (tylko lokalny serwer testowy)</translation>
    </message>
    <message>
        <source>Send customer notifications</source>
        <translation>Wysyłaj powiadomienia do klientów</translation>
    </message>
    <message>
        <source>SMS gateway</source>
        <translation>Bramka SMS</translation>
    </message>
    <message>
        <source>&lt;b&gt;Twilio&lt;/b&gt;</source>
        <translation>&lt;b&gt;Twilio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>Bazowy adres URL API</translation>
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
        <translation>Numer lub nazwa nadawcy</translation>
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
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</source>
        <translation>&lt;b&gt;SMSAPI.pl&lt;/b&gt;</translation>
    </message>
    <message>
        <source>OAuth token</source>
        <translation>Token OAuth</translation>
    </message>
    <message>
        <source>E-mail goes out through your mail server (SMTP).</source>
        <translation>E-maile są wysyłane przez Twój serwer poczty (SMTP).</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Zabezpieczenia</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>Manager&apos;s address for alerts</source>
        <translation>Adres kierownika do alertów</translation>
    </message>
    <message>
        <source>Quiet hours (no SMS), e.g. 21:00-08:00</source>
        <translation>Godziny ciszy (bez SMS), np. 21:00-08:00</translation>
    </message>
    <message>
        <source>Time zone (empty: this PC&apos;s)</source>
        <translation>Strefa czasowa (puste: jak na tym komputerze)</translation>
    </message>
    <message>
        <source>At most messages per order per day</source>
        <translation>Najwyżej wiadomości na zamówienie dziennie</translation>
    </message>
    <message>
        <source>Payment reminder after hours (0: never)</source>
        <translation>Przypomnienie o płatności po godzinach (0: nigdy)</translation>
    </message>
    <message>
        <source>Try the other channel when one fails</source>
        <translation>Spróbuj drugiego kanału, gdy jeden zawiedzie</translation>
    </message>
    <message>
        <source>Give up after temporary failures</source>
        <translation>Zrezygnuj po chwilowych błędach</translation>
    </message>
    <message>
        <source>Payment page link</source>
        <translation>Link do strony płatności</translation>
    </message>
    <message>
        <source>Tracking page link</source>
        <translation>Link do strony śledzenia</translation>
    </message>
    <message>
        <source>your own phone number or e-mail address</source>
        <translation>Twój własny numer telefonu lub adres e-mail</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <source>Saves the settings above, then sends one message now through the chosen gateway.</source>
        <translation>Zapisuje powyższe ustawienia, potem od razu wysyła jedną wiadomość przez wybraną bramkę.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Opening the keyring…</source>
        <translation>Otwieranie magazynu kluczy…</translation>
    </message>
    <message>
        <source>Deleted from the keyring.</source>
        <translation>Usunięto z magazynu kluczy.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Saving notification settings…</source>
        <translation>Zapisywanie ustawień powiadomień…</translation>
    </message>
    <message>
        <source>Not sent: the settings were not saved.</source>
        <translation>Nie wysłano: ustawienia nie zostały zapisane.</translation>
    </message>
    <message>
        <source>Write where the test message goes.</source>
        <translation>Wpisz, dokąd wysłać wiadomość testową.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Wysyłanie wiadomości testowej…</translation>
    </message>
    <message>
        <source>Sent. The gateway answered: status {s}, message id {i}.</source>
        <translation>Wysłano. Bramka odpowiedziała: status {s}, id wiadomości {i}.</translation>
    </message>
    <message>
        <source>Not sent: {e}</source>
        <translation>Nie wysłano: {e}</translation>
    </message>
    <message>
        <source>The notification settings have changes that are not saved.</source>
        <translation>Ustawienia powiadomień mają niezapisane zmiany.</translation>
    </message>
</context>
<context>
    <name>NotificationsController</name>
    <message>
        <source>Customer messages that failed or need a check; open Messages ▸ Outbox</source>
        <translation>Wiadomości do klientów, które się nie udały lub wymagają sprawdzenia; otwórz Wiadomości ▸ Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Wiadomości</translation>
    </message>
    <message>
        <source>Outbox…</source>
        <translation>Skrzynka nadawcza…</translation>
    </message>
    <message>
        <source>Templates and rules…</source>
        <translation>Szablony i reguły…</translation>
    </message>
    <message>
        <source>Notification settings…</source>
        <translation>Ustawienia powiadomień…</translation>
    </message>
    <message>
        <source>Send waiting messages now</source>
        <translation>Wyślij oczekujące wiadomości teraz</translation>
    </message>
    <message>
        <source>✉ {f} failed, {u} to check</source>
        <translation>✉ nieudane: {f}, do sprawdzenia: {u}</translation>
    </message>
    <message>
        <source>(manager alerts: {m})</source>
        <translation>(alerty dla kierownika: {m})</translation>
    </message>
    <message>
        <source>Messages: {s} sent, {f} failed, {u} unknown — see Messages ▸ Outbox.</source>
        <translation>Wiadomości: wysłane {s}, nieudane {f}, nieznane {u} — zobacz Wiadomości ▸ Skrzynka nadawcza.</translation>
    </message>
    <message>
        <source>Customer messages could not be sent: {e}</source>
        <translation>Nie udało się wysłać wiadomości do klientów: {e}</translation>
    </message>
</context>
<context>
    <name>OrderDetailsWindow</name>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>VIP: their orders are priority</source>
        <translation>VIP: zamówienia klienta są priorytetowe</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Delivery address</source>
        <translation>Adres dostawy</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Street (2)</source>
        <translation>Ulica (2)</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Województwo / region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Usuń produkt</translation>
    </message>
    <message>
        <source>Remove the selected items (Delete)</source>
        <translation>Usuń zaznaczone pozycje (Delete)</translation>
    </message>
    <message>
        <source>Add item: type a SKU or name, or scan a barcode, then Enter</source>
        <translation>Dodaj pozycję: wpisz SKU lub nazwę albo zeskanuj kod kreskowy, potem Enter</translation>
    </message>
    <message>
        <source>No product matches &apos;%1&apos;.</source>
        <translation>Brak produktu pasującego do „%1”.</translation>
    </message>
    <message>
        <source>Shipping fee</source>
        <translation>Koszt wysyłki</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numer przesyłki</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Ostatnie sprawdzenie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>Przesyłki</translation>
    </message>
    <message>
        <source>Tracking events (newest first)</source>
        <translation>Zdarzenia śledzenia (najnowsze najpierw)</translation>
    </message>
    <message>
        <source>return parcel %1</source>
        <translation>paczka zwrotna %1</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Wstrzymanie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Resolve hold…</source>
        <translation>Rozwiąż wstrzymanie…</translation>
    </message>
    <message>
        <source>Put on hold…</source>
        <translation>Wstrzymaj…</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Items &amp;&amp; payment</source>
        <translation>Produkty &amp;&amp; płatność</translation>
    </message>
    <message>
        <source>Delivery &amp;&amp; shipments</source>
        <translation>Dostawa &amp;&amp; przesyłki</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Wstrzymania</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Reading the order…</source>
        <translation>Wczytywanie zamówienia…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Zamówienie %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 · in this status since %3 · version %4</source>
        <translation>Utworzone %1 z %2 · w tym statusie od %3 · wersja %4</translation>
    </message>
    <message>
        <source>external id %1</source>
        <translation>numer zewnętrzny %1</translation>
    </message>
    <message>
        <source>Items are fixed in this status; an owner can move the order back to change them.</source>
        <translation>W tym statusie produktów nie można zmienić; właściciel może cofnąć zamówienie, aby je zmienić.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulowane</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>Holds (%1)</source>
        <translation>Wstrzymania (%1)</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>web store</source>
        <translation>sklep internetowy</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>file import</source>
        <translation>import z pliku</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>przewoźnik</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>własny kurier</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>odbiór w sklepie</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>punkt odbioru</translation>
    </message>
    <message>
        <source>Items can be added, removed and re-counted until assembling starts.</source>
        <translation>Pozycje można dodawać, usuwać i przeliczać do rozpoczęcia kompletowania.</translation>
    </message>
    <message>
        <source>prepaid online</source>
        <translation>przedpłata online</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>przelew bankowy</translation>
    </message>
    <message>
        <source>cash on delivery</source>
        <translation>za pobraniem</translation>
    </message>
    <message>
        <source>on pickup</source>
        <translation>przy odbiorze</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>faktura</translation>
    </message>
    <message>
        <source>Items %1</source>
        <translation>Produkty %1</translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation>wysyłka %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>razem %1</translation>
    </message>
    <message>
        <source>Payment: %1</source>
        <translation>Płatność: %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>zapłacono %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>do zapłaty %1</translation>
    </message>
    <message>
        <source>collect %1 on handover</source>
        <translation>pobrać %1 przy wydaniu</translation>
    </message>
    <message>
        <source>refund due</source>
        <translation>do zwrotu</translation>
    </message>
    <message>
        <source>%1 is priced in %2; this order is in %3.</source>
        <translation>%1 ma cenę w %2; to zamówienie jest w %3.</translation>
    </message>
    <message>
        <source>Delivery: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Dostawa: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pickup point: %1</source>
        <translation>Punkt odbioru: %1</translation>
    </message>
    <message>
        <source>Pickup code: %1</source>
        <translation>Kod odbioru: %1</translation>
    </message>
    <message>
        <source>Shelf: %1</source>
        <translation>Półka: %1</translation>
    </message>
    <message>
        <source>Tracking: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Numer przesyłki: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nie ma nic do zapisania.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved yet: Ctrl+S saves the changes, Esc again closes without saving.</source>
        <translation>Jeszcze nie zapisano: Ctrl+S zapisuje zmiany, ponowne Esc zamyka bez zapisywania.</translation>
    </message>
    <message>
        <source>Resolve hold</source>
        <translation>Rozwiąż wstrzymanie</translation>
    </message>
    <message>
        <source>What was done about it?</source>
        <translation>Co zostało zrobione?</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Wstrzymaj zamówienie</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Co jest nie tak?</translation>
    </message>
    <message>
        <source>Say why (the owner reads this):</source>
        <translation>Podaj powód (przeczyta go właściciel):</translation>
    </message>
    <message>
        <source>Save or undo your edits first, then put the order on hold.</source>
        <translation>Najpierw zapisz lub cofnij zmiany, potem wstrzymaj zamówienie.</translation>
    </message>
    <message>
        <source>Order details</source>
        <translation>Szczegóły zamówienia</translation>
    </message>
</context>
<context>
    <name>OrderListWidget</name>
    <message>
        <source>All orders</source>
        <translation>Wszystkie zamówienia</translation>
    </message>
    <message>
        <source>On the board</source>
        <translation>Na tablicy</translation>
    </message>
    <message>
        <source>Closed and returns</source>
        <translation>Zamknięte i zwroty</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Right-click a column title to choose columns; Enter opens; Ctrl+M acts.</source>
        <translation>Kliknij prawym przyciskiem tytuł kolumny, aby wybrać kolumny; Enter otwiera; Ctrl+M — działania.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Przenieś do: %1</translation>
    </message>
    <message>
        <source>Back to %1 (owner)</source>
        <translation>Cofnij do: %1 (właściciel)</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>Zamówienie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Płatność</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status od</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Wstrzymania</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox — customer messages</source>
        <translation>Skrzynka nadawcza — wiadomości do klientów</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Wszystkie wiadomości</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Odśwież (F5)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Retry / resend…</source>
        <translation>Ponów / wyślij ponownie…</translation>
    </message>
    <message>
        <source>1 message</source>
        <translation>1 wiadomość</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>Wiadomości: {n}</translation>
    </message>
    <message>
        <source>(the newest {n}; filter to see others)</source>
        <translation>(najnowsze {n}; użyj filtra, aby zobaczyć inne)</translation>
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
        <translation>Ilość</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lokalizacja</translation>
    </message>
</context>
<context>
    <name>PackingStation</name>
    <message>
        <source>Packing bench</source>
        <translation>Stanowisko pakowania</translation>
    </message>
    <message>
        <source>OrderDesk — packing bench</source>
        <translation>OrderDesk — stanowisko pakowania</translation>
    </message>
    <message>
        <source>Scan or type an order number, then each item</source>
        <translation>Zeskanuj lub wpisz numer zamówienia, potem każdy produkt</translation>
    </message>
    <message>
        <source>Welcome back. Order {n} is still open.</source>
        <translation>Witaj ponownie. Zamówienie {n} jest nadal otwarte.</translation>
    </message>
    <message>
        <source>Scan the packing slip of the next order</source>
        <translation>Zeskanuj specyfikację wysyłki następnego zamówienia</translation>
    </message>
    <message>
        <source>No order open</source>
        <translation>Brak otwartego zamówienia</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>Zamówienie {n}</translation>
    </message>
    <message>
        <source>Order {n} is open: scan its items.</source>
        <translation>Zamówienie {n} jest otwarte: skanuj jego produkty.</translation>
    </message>
    <message>
        <source>Finish order {n} first, or press Esc to put it aside.</source>
        <translation>Najpierw dokończ zamówienie {n} albo naciśnij Esc, aby je odłożyć.</translation>
    </message>
    <message>
        <source>Order {n} is packed. Scan the next order&apos;s slip.</source>
        <translation>Zamówienie {n} spakowane. Zeskanuj specyfikację następnego zamówienia.</translation>
    </message>
    <message>
        <source>Opening {t}…</source>
        <translation>Otwieranie {t}…</translation>
    </message>
    <message>
        <source>Order {n} is already packed. Scan its slip again or press F9 to hand it over.</source>
        <translation>Zamówienie {n} jest już spakowane. Zeskanuj jego specyfikację ponownie lub naciśnij F9, aby je przekazać.</translation>
    </message>
    <message>
        <source>Order {n}: scan each item ({k} to scan)</source>
        <translation>Zamówienie {n}: zeskanuj każdy produkt (zostało {k})</translation>
    </message>
    <message>
        <source>All items verified ✓ Packing and printing…</source>
        <translation>Wszystkie produkty sprawdzone ✓ Pakowanie i drukowanie…</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>Packed ✓ but printing failed: {e} Press F5 to print again.</source>
        <translation>Spakowane ✓, ale drukowanie nie powiodło się: {e} Naciśnij F5, aby wydrukować ponownie.</translation>
    </message>
    <message>
        <source>Pack the order first: scan all its items.</source>
        <translation>Najpierw spakuj zamówienie: zeskanuj wszystkie jego produkty.</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Przekazywanie…</translation>
    </message>
    <message>
        <source>Packed ✓ Printed: {p}.</source>
        <translation>Spakowane ✓ Wydrukowano: {p}.</translation>
    </message>
    <message>
        <source>F2 switch user · F4 open the next offered order · F5 print again · F6 print label now · F8 report a problem · F9 hand over · Esc put the order aside</source>
        <translation>F2 zmień użytkownika · F4 otwórz następne proponowane zamówienie · F5 drukuj ponownie · F6 drukuj etykietę teraz · F8 zgłoś problem · F9 przekaż · Esc odłóż zamówienie</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorytet</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>twoje</translation>
    </message>
    <message>
        <source>Next to pack: {list} — F4 opens the first.</source>
        <translation>Następne do spakowania: {list} — F4 otwiera pierwsze.</translation>
    </message>
    <message>
        <source>Nothing waiting to be packed.</source>
        <translation>Nic nie czeka na spakowanie.</translation>
    </message>
    <message>
        <source>Put the slip in the parcel, then scan the slip again (or F9) to put it on the pickup shelf: its shelf label prints then.</source>
        <translation>Włóż specyfikację wysyłki do paczki, a potem zeskanuj ją ponownie (lub F9), aby odłożyć paczkę na półkę odbioru: wtedy wydrukuje się etykieta półki.</translation>
    </message>
    <message>
        <source>Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>Naklej etykietę, a potem zeskanuj ponownie specyfikację (lub F9), aby nadać paczkę.</translation>
    </message>
    <message>
        <source>Own courier: scan the courier&apos;s waybill, or this slip again for our own tracking number.</source>
        <translation>Własny kurier: zeskanuj list przewozowy kuriera albo ponownie tę specyfikację wysyłki, aby użyć naszego numeru przesyłki.</translation>
    </message>
    <message>
        <source>Order {n} has no carrier label yet: the owner buys it (Carriers → Buy label…), then scan the slip again.</source>
        <translation>Zamówienie {n} nie ma jeszcze etykiety przewoźnika: kupuje ją właściciel (Przewoźnicy → Kup etykietę…), potem zeskanuj specyfikację ponownie.</translation>
    </message>
    <message>
        <source>Saving the tracking number and printing the label…</source>
        <translation>Zapisywanie numeru przesyłki i drukowanie etykiety…</translation>
    </message>
    <message>
        <source>Tracking number {t} saved, but the label did not print: {e} Press F5 to print again.</source>
        <translation>Numer przesyłki {t} zapisany, ale etykieta się nie wydrukowała: {e} Naciśnij F5, aby wydrukować ponownie.</translation>
    </message>
    <message>
        <source>Tracking number {t} ✓ Label printed. Put the label on, then scan the slip again (or F9) to hand it over.</source>
        <translation>Numer przesyłki {t} ✓ Etykieta wydrukowana. Naklej etykietę, a potem zeskanuj ponownie specyfikację (lub F9), aby nadać paczkę.</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ but its shelf label did not print: {e} Write {s} on the parcel.</source>
        <translation>Zamówienie {n} → półka odbioru {s} ✓, ale etykieta półki się nie wydrukowała: {e} Napisz {s} na paczce.</translation>
    </message>
    <message>
        <source>Order {n} → pickup shelf {s} ✓ Put the shelf label on. Next order, please.</source>
        <translation>Zamówienie {n} → półka odbioru {s} ✓ Naklej etykietę półki. Następne zamówienie, proszę.</translation>
    </message>
    <message>
        <source>Order {n} handed to the carrier ✓ Next order, please.</source>
        <translation>Zamówienie {n} przekazane przewoźnikowi ✓ Następne zamówienie, proszę.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drukowanie…</translation>
    </message>
    <message>
        <source>Printed again ✓</source>
        <translation>Wydrukowano ponownie ✓</translation>
    </message>
    <message>
        <source>The label prints only after every item is verified ({k} still to scan).</source>
        <translation>Etykieta drukuje się dopiero po sprawdzeniu wszystkich produktów (zostało do zeskanowania: {k}).</translation>
    </message>
    <message>
        <source>Printing the label…</source>
        <translation>Drukowanie etykiety…</translation>
    </message>
    <message>
        <source>Label printed ✓ Keep scanning the items.</source>
        <translation>Etykieta wydrukowana ✓ Skanuj dalej produkty.</translation>
    </message>
    <message>
        <source>Item missing</source>
        <translation>Brak produktu</translation>
    </message>
    <message>
        <source>Item damaged</source>
        <translation>Produkt uszkodzony</translation>
    </message>
    <message>
        <source>Wrong item on the shelf</source>
        <translation>Zły produkt na półce</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Inny problem</translation>
    </message>
    <message>
        <source>Report a problem with order {n}</source>
        <translation>Zgłoś problem z zamówieniem {n}</translation>
    </message>
    <message>
        <source>What is wrong? {o}</source>
        <translation>Co jest nie tak? {o}</translation>
    </message>
    <message>
        <source>Problem number</source>
        <translation>Numer problemu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>e.g. which item, what you saw</source>
        <translation>np. który produkt, co zauważyłeś</translation>
    </message>
    <message>
        <source>Type a problem number from 1 to {m}.</source>
        <translation>Wpisz numer problemu od 1 do {m}.</translation>
    </message>
    <message>
        <source>Reporting…</source>
        <translation>Zgłaszanie…</translation>
    </message>
    <message>
        <source>Order {n} is on hold for the owner. Put it on the problem shelf.</source>
        <translation>Zamówienie {n} jest wstrzymane do decyzji właściciela. Odłóż je na półkę problemów.</translation>
    </message>
    <message>
        <source>Order {n} put aside; nothing was changed.</source>
        <translation>Zamówienie {n} odłożone; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Order {n}: keep scanning.</source>
        <translation>Zamówienie {n}: skanuj dalej.</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>przewoźnik</translation>
    </message>
    <message>
        <source>own courier</source>
        <translation>własny kurier</translation>
    </message>
    <message>
        <source>pickup at the shop</source>
        <translation>odbiór w sklepie</translation>
    </message>
    <message>
        <source>pickup point</source>
        <translation>punkt odbioru</translation>
    </message>
    <message>
        <source>packing slip</source>
        <translation>specyfikacja wysyłki</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etykieta</translation>
    </message>
</context>
<context>
    <name>ParcelsEditor</name>
    <message>
        <source>One row per box. Sizes are optional for most carriers: give all three or leave all empty.</source>
        <translation>Jeden wiersz na karton. U większości przewoźników wymiary są opcjonalne: podaj wszystkie trzy albo zostaw wszystkie puste.</translation>
    </message>
    <message>
        <source>Add parcel</source>
        <translation>Dodaj paczkę</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Locker size</source>
        <translation>Rozmiar skrytki</translation>
    </message>
    <message>
        <source>A — small</source>
        <translation>A — mała</translation>
    </message>
    <message>
        <source>B — medium</source>
        <translation>B — średnia</translation>
    </message>
    <message>
        <source>C — large</source>
        <translation>C — duża</translation>
    </message>
</context>
<context>
    <name>ParcelsModel</name>
    <message>
        <source>Weight, g</source>
        <translation>Waga, g</translation>
    </message>
    <message>
        <source>Length, cm</source>
        <translation>Długość, cm</translation>
    </message>
    <message>
        <source>Width, cm</source>
        <translation>Szerokość, cm</translation>
    </message>
    <message>
        <source>Height, cm</source>
        <translation>Wysokość, cm</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Who works at the desk, the packing bench and the pickup counter. With people set up, everyone signs in with a PIN and the history names them. Leave it empty to skip.</source>
        <translation>Kto pracuje przy biurku, na stanowisku pakowania i w punkcie wydawania. Gdy osoby są skonfigurowane, każdy loguje się kodem PIN, a historia pokazuje, kto co zrobił. Zostaw puste, aby pominąć.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>PIN (4–8 digits)</source>
        <translation>PIN (4–8 cyfr)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Powtórz PIN</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pakowacz</translation>
    </message>
    <message>
        <source>Pickup clerk</source>
        <translation>Pracownik wydawania</translation>
    </message>
    <message>
        <source>People are set up already: %1. The owner adds more with &apos;orderdesk users add&apos;.</source>
        <translation>Osoby są już skonfigurowane: %1. Właściciel dodaje kolejne poleceniem „orderdesk users add”.</translation>
    </message>
</context>
<context>
    <name>PickupStation</name>
    <message>
        <source>Pickup counter</source>
        <translation>Punkt wydawania</translation>
    </message>
    <message>
        <source>OrderDesk — pickup counter</source>
        <translation>OrderDesk — punkt wydawania</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Półka</translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>Do odbioru</translation>
    </message>
    <message>
        <source>Waiting too long — return to stock (F10)</source>
        <translation>Czekają za długo — zwrot na magazyn (F10)</translation>
    </message>
    <message>
        <source>Scan the QR code or type the order number, then the pickup code</source>
        <translation>Zeskanuj kod QR lub wpisz numer zamówienia, potem kod odbioru</translation>
    </message>
    <message>
        <source>F2 switch user · F3 paid cash · F4 paid card · F7 print receipt · F10 return to stock (owner) · F11 hand over without code (owner) · Esc clear</source>
        <translation>F2 zmiana użytkownika · F3 zapłata gotówką · F4 zapłata kartą · F7 drukuj paragon · F10 zwrot na magazyn (właściciel) · F11 wydaj bez kodu (właściciel) · Esc wyczyść</translation>
    </message>
    <message>
        <source>Scan the customer&apos;s QR code or type the order number</source>
        <translation>Zeskanuj kod QR klienta lub wpisz numer zamówienia</translation>
    </message>
    <message>
        <source>No order</source>
        <translation>Brak zamówienia</translation>
    </message>
    <message>
        <source>Order {n}</source>
        <translation>Zamówienie {n}</translation>
    </message>
    <message>
        <source>Paid ✓</source>
        <translation>Opłacone ✓</translation>
    </message>
    <message>
        <source>{k} items in the parcel</source>
        <translation>Produktów w paczce: {k}</translation>
    </message>
    <message>
        <source>Locked after too many wrong codes — the owner must check (F11)</source>
        <translation>Zablokowane po zbyt wielu błędnych kodach — właściciel musi sprawdzić (F11)</translation>
    </message>
    <message>
        <source>Pickup code checked ✓</source>
        <translation>Kod odbioru sprawdzony ✓</translation>
    </message>
    <message>
        <source>Wrong codes so far: {k} of {m}</source>
        <translation>Błędne kody: {k} z {m}</translation>
    </message>
    <message>
        <source>Waiting for the pickup code</source>
        <translation>Oczekiwanie na kod odbioru</translation>
    </message>
    <message>
        <source>{n} · {c} · {d} days</source>
        <translation>{n} · {c} · dni: {d}</translation>
    </message>
    <message>
        <source>None — all parcels are fresh</source>
        <translation>Brak — wszystkie paczki są świeże</translation>
    </message>
    <message>
        <source>That is not a pickup code: the code has 6 digits. Ask the customer again.</source>
        <translation>To nie jest kod odbioru: kod ma 6 cyfr. Zapytaj klienta ponownie.</translation>
    </message>
    <message>
        <source>Looking for {t}…</source>
        <translation>Szukanie {t}…</translation>
    </message>
    <message>
        <source>F3 or 1: {cash} · F4 or 2: {card}</source>
        <translation>F3 lub 1: {cash} · F4 lub 2: {card}</translation>
    </message>
    <message>
        <source>Paid by ({a})</source>
        <translation>Zapłacono ({a})</translation>
    </message>
    <message>
        <source>Order {n} is {s}, not waiting on the shelf.</source>
        <translation>Zamówienie {n} ma status „{s}” i nie czeka na półce.</translation>
    </message>
    <message>
        <source>Order {n} on shelf {s}. Type the code the customer reads out, then Enter.</source>
        <translation>Zamówienie {n} na półce {s}. Wpisz kod podany przez klienta, potem Enter.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>Code ✓ Take {a} — then F3 cash or F4 card</source>
        <translation>Kod ✓ Pobierz {a} — potem F3 gotówka lub F4 karta</translation>
    </message>
    <message>
        <source>Check the pickup code first: type it and press Enter.</source>
        <translation>Najpierw sprawdź kod odbioru: wpisz go i naciśnij Enter.</translation>
    </message>
    <message>
        <source>Order {n} is locked after too many wrong codes: only the owner can hand it over (F11).</source>
        <translation>Zamówienie {n} jest zablokowane po zbyt wielu błędnych kodach: wydać je może tylko właściciel (F11).</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>gotówka</translation>
    </message>
    <message>
        <source>card</source>
        <translation>karta</translation>
    </message>
    <message>
        <source>Handing over…</source>
        <translation>Przekazywanie…</translation>
    </message>
    <message>
        <source>Collected ✓</source>
        <translation>Odebrane ✓</translation>
    </message>
    <message>
        <source>Hand over the parcel from shelf {s} ✓ Order {n} collected. F7 prints a receipt.</source>
        <translation>Wydaj paczkę z półki {s} ✓ Zamówienie {n} odebrane. F7 drukuje paragon.</translation>
    </message>
    <message>
        <source>A receipt is printed after a handover.</source>
        <translation>Paragon drukuje się po wydaniu.</translation>
    </message>
    <message>
        <source>Printing the receipt…</source>
        <translation>Drukowanie paragonu…</translation>
    </message>
    <message>
        <source>No receipt printer set up: the receipt is shown on screen.</source>
        <translation>Nie skonfigurowano drukarki paragonów: paragon jest pokazany na ekranie.</translation>
    </message>
    <message>
        <source>Receipt printed ✓</source>
        <translation>Paragon wydrukowany ✓</translation>
    </message>
    <message>
        <source>Owner PIN</source>
        <translation>PIN właściciela</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>e.g. ID checked, SMS lost</source>
        <translation>np. sprawdzono dowód, SMS zaginął</translation>
    </message>
    <message>
        <source>Owner: hand over order {n} without the pickup code</source>
        <translation>Właściciel: wydaj zamówienie {n} bez kodu odbioru</translation>
    </message>
    <message>
        <source>Paid by: press F3 (or type 1) for {cash}, F4 (or 2) for {card}.</source>
        <translation>Zapłacono: naciśnij F3 (lub wpisz 1) — {cash}, F4 (lub 2) — {card}.</translation>
    </message>
    <message>
        <source>Checking the owner&apos;s PIN…</source>
        <translation>Sprawdzanie PIN-u właściciela…</translation>
    </message>
    <message>
        <source>Owner: return an uncollected parcel to stock</source>
        <translation>Właściciel: zwróć nieodebraną paczkę na magazyn</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Numer zamówienia</translation>
    </message>
    <message>
        <source>not collected in time</source>
        <translation>nieodebrane w terminie</translation>
    </message>
    <message>
        <source>Returning {n} to stock…</source>
        <translation>Zwracanie {n} na magazyn…</translation>
    </message>
    <message>
        <source>Order {n} returned to stock ✓ Take it off the shelf.</source>
        <translation>Zamówienie {n} zwrócone na magazyn ✓ Zdejmij je z półki.</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>No printer is chosen for this document; nothing was printed.</source>
        <translation>Nie wybrano drukarki dla tego dokumentu; nic nie wydrukowano.</translation>
    </message>
    <message>
        <source>packing-slips</source>
        <translation>specyfikacje-wysylki</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etykiety</translation>
    </message>
    <message>
        <source>pick-list</source>
        <translation>lista-kompletacyjna</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Szukanie drukarek…</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Zapisywanie PDF…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Drukowanie…</translation>
    </message>
    <message>
        <source>The documents were printed, but writing them to the orders&apos; history failed: {error}</source>
        <translation>Dokumenty wydrukowano, ale nie udało się zapisać ich w historii zamówień: {error}</translation>
    </message>
    <message>
        <source>Check that the printer is switched on and connected, or choose another printer in Print → Printer setup…; Save as PDF works without a printer. Nothing was written to the orders&apos; history.</source>
        <translation>Sprawdź, czy drukarka jest włączona i podłączona, albo wybierz inną w Drukowanie → Ustawienia drukarek…; zapis jako PDF działa bez drukarki. Nic nie zapisano w historii zamówień.</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drukowanie nie powiodło się</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Packing slips</source>
        <translation>Specyfikacje wysyłki</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>Etykiety wysyłkowe</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>Lista kompletacyjna</translation>
    </message>
    <message>
        <source>Use this printer and size for quick printing on this computer</source>
        <translation>Używaj tej drukarki i rozmiaru do szybkiego drukowania na tym komputerze</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Szukanie drukarek…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>i %1 więcej</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 zamówienie</translation>
    </message>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, or save as PDF.</source>
        <translation>Nie znaleziono drukarek. Dodaj drukarkę w ustawieniach systemu albo zapisz jako PDF.</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>Nie udało się pobrać listy drukarek: {error}</translation>
    </message>
</context>
<context>
    <name>PrinterSetupDialog</name>
    <message>
        <source>Printer setup (this computer)</source>
        <translation>Ustawienia drukarek (ten komputer)</translation>
    </message>
    <message>
        <source>Shipping labels</source>
        <translation>Etykiety wysyłkowe</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Drukarka etykiet</translation>
    </message>
    <message>
        <source>Label type</source>
        <translation>Rodzaj etykiety</translation>
    </message>
    <message>
        <source>Packing slips and pick lists</source>
        <translation>Specyfikacje wysyłki i listy kompletacyjne</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Looking for printers…</source>
        <translation>Szukanie drukarek…</translation>
    </message>
    <message>
        <source>Chosen once for this computer; quick printing, the packing bench and the command line use it.</source>
        <translation>Wybierana raz dla tego komputera; korzysta z niej szybkie drukowanie, stanowisko pakowania i wiersz poleceń.</translation>
    </message>
    <message>
        <source>1 printer found.</source>
        <translation>Znaleziono 1 drukarkę.</translation>
    </message>
    <message numerus="yes">
        <source>%n printers found.</source>
        <translation>
            <numerusform>Znaleziono %n drukarkę.</numerusform>
            <numerusform>Znaleziono %n drukarki.</numerusform>
            <numerusform>Znaleziono %n drukarek.</numerusform>
        </translation>
    </message>
    <message>
        <source>No printers found. Add one in the system&apos;s printer settings, then open this again.</source>
        <translation>Nie znaleziono drukarek. Dodaj drukarkę w ustawieniach systemu, potem otwórz to okno ponownie.</translation>
    </message>
    <message>
        <source>Could not list the printers: {error}</source>
        <translation>Nie udało się pobrać listy drukarek: {error}</translation>
    </message>
</context>
<context>
    <name>PrintersPage</name>
    <message>
        <source>Printers</source>
        <translation>Drukarki</translation>
    </message>
    <message>
        <source>The label printer (4×6&quot; or 100×150 mm) and the A4 printer for slips, chosen once on this PC.</source>
        <translation>Drukarka etykiet (4×6&quot; lub 100×150 mm) i drukarka A4 do specyfikacji wysyłki, wybierane raz na tym komputerze.</translation>
    </message>
    <message>
        <source>Choose printers…</source>
        <translation>Wybierz drukarki…</translation>
    </message>
    <message>
        <source>Later: Print → Printer setup….</source>
        <translation>Później: Drukowanie → Ustawienia drukarek….</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>Labels: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Packing slips and pick lists: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>Etykiety: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Specyfikacje wysyłki i listy kompletacyjne: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>%n orders</source>
        <translation>
            <numerusform>%n zamówienie</numerusform>
            <numerusform>%n zamówienia</numerusform>
            <numerusform>%n zamówień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <source>one or more, separated by spaces</source>
        <translation>jeden lub więcej, oddzielone spacjami</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Kody kreskowe</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>Re-order at</source>
        <translation>Zamów przy</translation>
    </message>
    <message>
        <source>Usual order</source>
        <translation>Typowa partia</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>{sku}: {on_hand} on hand, {reserved} reserved, {available} available</source>
        <translation>{sku}: na stanie {on_hand}, zarezerwowane {reserved}, dostępne {available}</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (zarchiwizowany)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message numerus="yes">
        <source>%n in stock</source>
        <translation>
            <numerusform>%n szt. na stanie</numerusform>
            <numerusform>%n szt. na stanie</numerusform>
            <numerusform>%n szt. na stanie</numerusform>
        </translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>brak na stanie</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Products and orders</source>
        <translation>Produkty i zamówienia</translation>
    </message>
    <message>
        <source>Bring in what you sell and the orders you have; you can also do this later.</source>
        <translation>Wprowadź to, co sprzedajesz, i posiadane zamówienia; możesz to zrobić także później.</translation>
    </message>
    <message>
        <source>Orders from a JSON or CSV file (Orders → Import…)</source>
        <translation>Zamówienia z pliku JSON lub CSV (Zamówienia → Importuj…)</translation>
    </message>
    <message>
        <source>An order taken by phone (Orders → New order)</source>
        <translation>Zamówienie przyjęte telefonicznie (Zamówienia → Nowe zamówienie)</translation>
    </message>
    <message>
        <source>Products: a CSV catalogue comes in with &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; (check it first with &lt;code&gt;--dry-run&lt;/code&gt;); products not in the catalogue yet can also come with the imported orders&apos; lines (name and price).</source>
        <translation>Produkty: katalog CSV wczytasz poleceniem &lt;code&gt;orderdesk products import products.csv&lt;/code&gt; (najpierw sprawdź go z &lt;code&gt;--dry-run&lt;/code&gt;); produkty, których jeszcze nie ma w katalogu, mogą też przyjść z pozycjami importowanych zamówień (nazwa i cena).</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>SKU, name or barcode — or scan</source>
        <translation>SKU, nazwa lub kod kreskowy — albo zeskanuj</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>{n} products</source>
        <translation>Produkty: {n}</translation>
    </message>
    <message>
        <source>Saving the product</source>
        <translation>Zapisywanie produktu</translation>
    </message>
    <message>
        <source>{sku} saved</source>
        <translation>{sku} zapisany</translation>
    </message>
    <message>
        <source>Archiving the product</source>
        <translation>Archiwizowanie produktu</translation>
    </message>
    <message>
        <source>{sku} archived</source>
        <translation>{sku} zarchiwizowany</translation>
    </message>
    <message>
        <source>{sku} is back in the catalogue</source>
        <translation>{sku} wrócił do katalogu</translation>
    </message>
</context>
<context>
    <name>ReceiveReturnDialog</name>
    <message>
        <source>Receive a return</source>
        <translation>Przyjmij zwrot</translation>
    </message>
    <message>
        <source>Restock (F2)</source>
        <translation>Przyjmij na stan (F2)</translation>
    </message>
    <message>
        <source>Write off (F3)</source>
        <translation>Spisz na straty (F3)</translation>
    </message>
    <message>
        <source>Send for repair (F4)</source>
        <translation>Wyślij do naprawy (F4)</translation>
    </message>
    <message>
        <source>the item&apos;s state, e.g. box dented</source>
        <translation>stan towaru, np. wgniecione pudełko</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Oczekiwane</translation>
    </message>
    <message>
        <source>Scanned now</source>
        <translation>Zeskanowano teraz</translation>
    </message>
    <message>
        <source>restock</source>
        <translation>przyjmij na stan</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>spisz na straty</translation>
    </message>
    <message>
        <source>repair</source>
        <translation>naprawa</translation>
    </message>
    <message>
        <source>Book received (Ctrl+Enter)</source>
        <translation>Zaksięguj przyjęcie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clear scans (F8)</source>
        <translation>Wyczyść skany (F8)</translation>
    </message>
    <message>
        <source>Add photos… (F6)</source>
        <translation>Dodaj zdjęcia… (F6)</translation>
    </message>
    <message>
        <source>Handling:</source>
        <translation>Postępowanie:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Book or clear the items of %1 first.</source>
        <translation>Najpierw zaksięguj lub wyczyść pozycje %1.</translation>
    </message>
    <message>
        <source>%1: all %2 expected are scanned already.</source>
        <translation>%1: wszystkie oczekiwane (%2) są już zeskanowane.</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>Zdjęcia stanu</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n zdjęcie</numerusform>
            <numerusform>%n zdjęcia</numerusform>
            <numerusform>%n zdjęć</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan the slip, then the items, before booking.</source>
        <translation>Przed zaksięgowaniem zeskanuj formularz, a potem towary.</translation>
    </message>
    <message>
        <source>%1 booked: %2.</source>
        <translation>%1: przesyłka zamówiona: %2.</translation>
    </message>
    <message>
        <source>Scan the slip&apos;s QR code:</source>
        <translation>Zeskanuj kod QR z formularza:</translation>
    </message>
    <message>
        <source>Return %1 · scan an item:</source>
        <translation>Zwrot %1 · zeskanuj pozycję:</translation>
    </message>
</context>
<context>
    <name>ReceivingWindow</name>
    <message>
        <source>Receive stock</source>
        <translation>Przyjęcie towaru</translation>
    </message>
    <message>
        <source>the supplier&apos;s delivery note number (scan or type)</source>
        <translation>numer dokumentu dostawy od dostawcy (zeskanuj lub wpisz)</translation>
    </message>
    <message>
        <source>scan a product, or type its SKU and press Enter</source>
        <translation>zeskanuj produkt albo wpisz jego SKU i naciśnij Enter</translation>
    </message>
    <message>
        <source>Scan the first product.</source>
        <translation>Zeskanuj pierwszy produkt.</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Dokument dostawy</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Scan, quantity, next: scanning the same product again counts one more; the next product or Enter books it.</source>
        <translation>Skan, ilość, dalej: ponowne zeskanowanie tego samego produktu dolicza jeszcze jedną sztukę; następny produkt lub Enter go księguje.</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Booking {sku} × {n}…</source>
        <translation>Księgowanie {sku} × {n}…</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Przyjmowanie</translation>
    </message>
    <message>
        <source>{sku}: +{n} booked, {on_hand} on hand.</source>
        <translation>{sku}: +{n} zaksięgowano, na stanie {on_hand}.</translation>
    </message>
    <message>
        <source>Complete again: {orders}.</source>
        <translation>Znów kompletne: {orders}.</translation>
    </message>
    <message>
        <source>Scan the next product.</source>
        <translation>Zeskanuj następny produkt.</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund return %1</source>
        <translation>Zwrot pieniędzy za zwrot %1</translation>
    </message>
    <message>
        <source>Items %1 · shipping %2 · paid %3, refunded before %4</source>
        <translation>Produkty %1 · wysyłka %2 · zapłacono %3, wcześniej zwrócono %4</translation>
    </message>
    <message>
        <source>Refunded on this return so far: %1; this is the rest.</source>
        <translation>Dotychczas zwrócono za ten zwrot: %1; to jest reszta.</translation>
    </message>
    <message>
        <source>%1: paid back by hand. Send the money yourself (cash or a bank transfer), then record it here.</source>
        <translation>%1: zwrot ręczny. Wyślij pieniądze samodzielnie (gotówką lub przelewem bankowym), a potem zapisz to tutaj.</translation>
    </message>
    <message>
        <source>A part now, the rest later</source>
        <translation>Część teraz, reszta później</translation>
    </message>
    <message>
        <source>The return stays Partly refunded and shows what is left</source>
        <translation>Zwrot pozostaje w statusie „Częściowo zwrócono środki” i pokazuje, ile zostało</translation>
    </message>
    <message>
        <source>Give back the shipping cost</source>
        <translation>Zwróć koszt wysyłki</translation>
    </message>
    <message>
        <source>needed when the amount differs</source>
        <translation>wymagane, gdy kwota się różni</translation>
    </message>
    <message>
        <source>Record refund</source>
        <translation>Zapisz zwrot pieniędzy</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>Kwota (%1):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount (e.g. 20.00).</source>
        <translation>&apos;%1&apos; to nie jest kwota (np. 20.00).</translation>
    </message>
</context>
<context>
    <name>ReorderWindow</name>
    <message>
        <source>Re-order list</source>
        <translation>Lista do zamówienia</translation>
    </message>
    <message>
        <source>Ask the customer: wait or cancel</source>
        <translation>Zapytaj klienta: czekać czy anulować</translation>
    </message>
    <message>
        <source>Customer waits</source>
        <translation>Klient czeka</translation>
    </message>
    <message>
        <source>Customer cancels</source>
        <translation>Klient anuluje</translation>
    </message>
    <message>
        <source>Mark the supplier&apos;s lines as ordered</source>
        <translation>Oznacz pozycje dostawcy jako zamówione</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
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
        <translation>Otwarte zamówienia do dostawców</translation>
    </message>
    <message>
        <source>Orders waiting for stock (oldest first)</source>
        <translation>Zamówienia oczekujące na towar (najstarsze najpierw)</translation>
    </message>
    <message>
        <source>Nothing to re-order.</source>
        <translation>Nie ma nic do zamówienia.</translation>
    </message>
    <message>
        <source>{n}: {lines} products ordered from {s}. Receiving the delivery closes it.</source>
        <translation>{n}: zamówiono produkty u {s}: {lines}. Przyjęcie dostawy je zamknie.</translation>
    </message>
    <message>
        <source>Choose a waiting order first.</source>
        <translation>Najpierw wybierz oczekujące zamówienie.</translation>
    </message>
    <message>
        <source>{n}: the wait-or-cancel message is queued.</source>
        <translation>{n}: wiadomość „czekać czy anulować” jest w kolejce.</translation>
    </message>
    <message>
        <source>{n}: the customer will wait.</source>
        <translation>{n}: klient poczeka.</translation>
    </message>
    <message>
        <source>{n}: cancelled.</source>
        <translation>{n}: anulowane.</translation>
    </message>
    <message>
        <source>Saved {p}</source>
        <translation>Zapisano: {p}</translation>
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
        <translation>Zapisz zamówienie do dostawcy</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Reports…</source>
        <translation>Raporty…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>All delivery methods</source>
        <translation>Wszystkie metody dostawy</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Shop pickup</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Zapisz CSV…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Zapisz XLSX…</translation>
    </message>
    <message>
        <source>Save PDF of all reports…</source>
        <translation>Zapisz PDF wszystkich raportów…</translation>
    </message>
    <message>
        <source>The first day is after the last: change From or To.</source>
        <translation>Pierwszy dzień jest po ostatnim: zmień „Od” lub „Do”.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Pracuję…</translation>
    </message>
    <message>
        <source>No orders in this range.</source>
        <translation>Brak zamówień w tym okresie.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made: {e}</source>
        <translation>Nie udało się utworzyć raportu: {e}</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Skoroszyty Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Saved {f}</source>
        <translation>Zapisano: {f}</translation>
    </message>
    <message>
        <source>Could not save: {e}</source>
        <translation>Nie udało się zapisać: {e}</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Zapisywanie raportu</translation>
    </message>
</context>
<context>
    <name>ReturnPhotosDialog</name>
    <message>
        <source>Photos of return %1</source>
        <translation>Zdjęcia zwrotu %1</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Dodaj zdjęcia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>No photos of this return yet.</source>
        <translation>Ten zwrot nie ma jeszcze zdjęć.</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Nie można wyświetlić tego obrazu.</translation>
    </message>
    <message>
        <source>Photos of the state</source>
        <translation>Zdjęcia stanu</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Obrazy (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>pakowacz</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>pracownik wydawania</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this secret from the keyring of this PC</source>
        <translation>Usuń ten sekret z magazynu kluczy tego komputera</translation>
    </message>
    <message>
        <source>keyring unavailable</source>
        <translation>magazyn kluczy niedostępny</translation>
    </message>
    <message>
        <source>✓ in the keyring</source>
        <translation>✓ w magazynie kluczy</translation>
    </message>
    <message>
        <source>stored; type to replace it</source>
        <translation>zapisane; wpisz, aby zastąpić</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <source>stored only in this PC&apos;s keyring</source>
        <translation>przechowywane tylko w magazynie kluczy tego komputera</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>The shop&apos;s database server</source>
        <translation>Serwer bazy danych sklepu</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or shop-server</source>
        <translation>np. 192.168.1.10 lub shop-server</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Baza danych</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keyring, never in a file or the database.</source>
        <translation>Hasło jest przechowywane w magazynie kluczy tego komputera, nigdy w pliku ani w bazie danych.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Użyj tego serwera</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>właściciel</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>pakowacz</translation>
    </message>
    <message>
        <source>pickup clerk</source>
        <translation>pracownik wydawania</translation>
    </message>
    <message>
        <source>Shop (all PCs; printed on documents)</source>
        <translation>Sklep (wszystkie komputery; drukowane na dokumentach)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>Domyślny kraj</translation>
    </message>
    <message>
        <source>Default currency</source>
        <translation>Domyślna waluta</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Język dokumentów</translation>
    </message>
    <message>
        <source>You (this user on this PC)</source>
        <translation>Ty (ten użytkownik na tym komputerze)</translation>
    </message>
    <message>
        <source>Signed in as %1. People, roles and PINs: orderdesk users</source>
        <translation>Zalogowano jako %1. Osoby, role i PIN-y: orderdesk users</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Your name (in order history)</source>
        <translation>Twoje imię (w historii zamówień)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Interface language (after restart)</source>
        <translation>Język interfejsu (po ponownym uruchomieniu)</translation>
    </message>
    <message>
        <source>Restart OrderDesk to use the new interface language.</source>
        <translation>Uruchom ponownie OrderDesk, aby włączyć nowy język interfejsu.</translation>
    </message>
    <message>
        <source>Not a valid phone number for %1.</source>
        <translation>Nieprawidłowy numer telefonu dla %1.</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Your shop</source>
        <translation>Twój sklep</translation>
    </message>
    <message>
        <source>The name and address are the sender on every shipping label and the header of packing slips.</source>
        <translation>Nazwa i adres to nadawca na każdej etykiecie wysyłkowej i nagłówek specyfikacji wysyłki.</translation>
    </message>
    <message>
        <source>Street and number
Postcode and city
Country</source>
        <translation>Ulica i numer
Kod pocztowy i miejscowość
Kraj</translation>
    </message>
    <message>
        <source>Welcome to OrderDesk. Four short steps set up a new shop; each can be skipped and done later (Orders → Shop setup guide…).</source>
        <translation>Witamy w OrderDesk. Cztery krótkie kroki konfigurują nowy sklep; każdy można pominąć i wykonać później (Zamówienia → Przewodnik konfiguracji sklepu…).</translation>
    </message>
    <message>
        <source>Shop name *</source>
        <translation>Nazwa sklepu *</translation>
    </message>
    <message>
        <source>Address *</source>
        <translation>Adres *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country (2 letters)</source>
        <translation>Kraj (2 litery)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Documents language</source>
        <translation>Język dokumentów</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Single-user mode: add users with `orderdesk users add`</source>
        <translation>Tryb jednego użytkownika: dodaj użytkowników poleceniem `orderdesk users add`</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Who is at the desk?</source>
        <translation>Kto jest przy biurku?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>↑ ↓ choose your name · type your PIN · Enter</source>
        <translation>↑ ↓ wybierz imię · wpisz PIN · Enter</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>Who is working here?</source>
        <translation>Kto tu pracuje?</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowane</translation>
    </message>
    <message>
        <source>Choose your name and type your PIN.</source>
        <translation>Wybierz swoje imię i wpisz PIN.</translation>
    </message>
    <message>
        <source>Nobody may work here yet: the owner adds users with the right role.</source>
        <translation>Nikt nie może tu jeszcze pracować: właściciel dodaje użytkowników z odpowiednią rolą.</translation>
    </message>
    <message>
        <source>{n} cannot work at this station.</source>
        <translation>{n} nie może pracować na tym stanowisku.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Logowanie nie powiodło się.</translation>
    </message>
    <message>
        <source>The scan broke off.</source>
        <translation>Skanowanie zostało przerwane.</translation>
    </message>
    <message>
        <source>Only part of a code was read.</source>
        <translation>Odczytano tylko część kodu.</translation>
    </message>
    <message>
        <source>The code had unreadable characters.</source>
        <translation>Kod zawierał nieczytelne znaki.</translation>
    </message>
    <message>
        <source>Scan again.</source>
        <translation>Zeskanuj ponownie.</translation>
    </message>
    <message>
        <source>One moment… then scan again.</source>
        <translation>Chwileczkę… potem zeskanuj ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong: {e}</source>
        <translation>Coś poszło nie tak: {e}</translation>
    </message>
</context>
<context>
    <name>StocktakeWindow</name>
    <message>
        <source>Stocktake</source>
        <translation>Inwentaryzacja</translation>
    </message>
    <message>
        <source>bin prefix, e.g. A-01 (empty: everything)</source>
        <translation>prefiks lokalizacji, np. A-01 (puste: wszystko)</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>Rozpocznij liczenie</translation>
    </message>
    <message>
        <source>reason, e.g. monthly stocktake</source>
        <translation>powód, np. comiesięczna inwentaryzacja</translation>
    </message>
    <message>
        <source>Apply differences</source>
        <translation>Zastosuj różnice</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Półka</translation>
    </message>
    <message>
        <source>{n} products expected here. Scan each item.</source>
        <translation>Oczekiwane produkty tutaj: {n}. Zeskanuj każdą sztukę.</translation>
    </message>
    <message>
        <source>Looking up</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>{sku}: {n} counted</source>
        <translation>{sku}: policzono {n}</translation>
    </message>
    <message>
        <source>Nothing counted yet.</source>
        <translation>Jeszcze nic nie policzono.</translation>
    </message>
    <message>
        <source>Applied: {n} products differed, every other count matched.</source>
        <translation>Zastosowano: różnice w {n} produktach, pozostałe zgodne.</translation>
    </message>
</context>
<context>
    <name>StoreMappingsDialog</name>
    <message>
        <source>Store mappings</source>
        <translation>Mapowania sklepu</translation>
    </message>
    <message>
        <source>Store&apos;s method</source>
        <translation>Metoda sklepu</translation>
    </message>
    <message>
        <source>Name in the store</source>
        <translation>Nazwa w sklepie</translation>
    </message>
    <message>
        <source>Delivery at the desk</source>
        <translation>Dostawa w biurku</translation>
    </message>
    <message>
        <source>Desk status</source>
        <translation>Status biurka</translation>
    </message>
    <message>
        <source>Store status sent</source>
        <translation>Wysyłany status sklepu</translation>
    </message>
    <message>
        <source>a method id, e.g. flat_rate:3</source>
        <translation>id metody, np. flat_rate:3</translation>
    </message>
    <message>
        <source>Add method</source>
        <translation>Dodaj metodę</translation>
    </message>
    <message>
        <source>Shipping methods → delivery (orders coming in)</source>
        <translation>Metody wysyłki → dostawa (zamówienia przychodzące)</translation>
    </message>
    <message>
        <source>A method with a number (flat_rate:3) is one shipping zone&apos;s; it follows its method&apos;s row until you change it. Methods the store&apos;s orders used are listed with their names.</source>
        <translation>Metoda z numerem (flat_rate:3) należy do jednej strefy wysyłki; podąża za wierszem swojej metody, dopóki jej nie zmienisz. Metody użyte w zamówieniach sklepu są wymienione z nazwami.</translation>
    </message>
    <message>
        <source>Desk status → store status (sent to the store)</source>
        <translation>Status biurka → status sklepu (wysyłany do sklepu)</translation>
    </message>
    <message>
        <source>Choose “—” to tell the store nothing about a step. A plugin&apos;s own status (e.g. shipped) can be typed in. A payment is always recorded in the store as paid, and a refund of money as a refund.</source>
        <translation>Wybierz „—”, aby nie informować sklepu o danym kroku. Własny status wtyczki (np. shipped) można wpisać. Płatność jest zawsze zapisywana w sklepie jako opłacona, a zwrot pieniędzy jako zwrot.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Nie połączono jeszcze żadnego sklepu: Kanały → Dodaj sklep WooCommerce…</translation>
    </message>
    <message>
        <source>(any zone not listed)</source>
        <translation>(każda strefa spoza listy)</translation>
    </message>
    <message>
        <source>The mappings of store %1 have changes that are not saved.</source>
        <translation>Mapowania sklepu %1 mają niezapisane zmiany.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Reading or saving the mappings failed unexpectedly; see the log.</source>
        <translation>Odczyt lub zapis mapowań nieoczekiwanie się nie powiódł; zobacz dziennik.</translation>
    </message>
</context>
<context>
    <name>StorePanel</name>
    <message>
        <source>Push again</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Accept the store&apos;s</source>
        <translation>Przyjmij wersję sklepu</translation>
    </message>
    <message>
        <source>Open in the store</source>
        <translation>Otwórz w sklepie</translation>
    </message>
    <message>
        <source>Desk: %1</source>
        <translation>Biurko: %1</translation>
    </message>
    <message>
        <source>Store %1: %2</source>
        <translation>Sklep %1: %2</translation>
    </message>
    <message>
        <source>Carrier: %1</source>
        <translation>Przewoźnik: %1</translation>
    </message>
    <message>
        <source>(store order #%1)</source>
        <translation>(zamówienie sklepu nr %1)</translation>
    </message>
    <message>
        <source>%1 change(s) waiting to be sent to the store.</source>
        <translation>Zmiany oczekujące na wysłanie do sklepu: %1.</translation>
    </message>
</context>
<context>
    <name>StoresDialog</name>
    <message>
        <source>Stores</source>
        <translation>Sklepy</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Sklep</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Ostatnia runda</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>To read again</source>
        <translation>Do ponownego odczytu</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Ostatni błąd</translation>
    </message>
    <message>
        <source>Store order</source>
        <translation>Zamówienie sklepu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Próby</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>No store is connected yet: Channels → Add WooCommerce store…</source>
        <translation>Nie połączono jeszcze żadnego sklepu: Kanały → Dodaj sklep WooCommerce…</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nigdy nie synchronizowano</translation>
    </message>
    <message>
        <source>Store orders the rounds could not take, read again by every round (up to 50 a round):</source>
        <translation>Zamówienia sklepu, których rundy nie zdołały przyjąć; każda runda odczytuje je ponownie (do 50 na rundę):</translation>
    </message>
    <message>
        <source>No store order is waiting to be read again.</source>
        <translation>Żadne zamówienie sklepu nie czeka na ponowny odczyt.</translation>
    </message>
    <message>
        <source>Reading the stores failed unexpectedly; see the log.</source>
        <translation>Odczyt sklepów nieoczekiwanie się nie powiódł; zobacz dziennik.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing tracking…</source>
        <translation>Synchronizacja śledzenia…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Messages: rules and templates</source>
        <translation>Wiadomości: reguły i szablony</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>When to send (rules)</source>
        <translation>Kiedy wysyłać (reguły)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Reading templates…</source>
        <translation>Wczytywanie szablonów…</translation>
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
        <translation>Opcjonalnie: tekst wysyłany, gdy brakuje wartości powyżej; można podać kilka, każdy po linii ---, są próbowane po kolei. Jeśli zostawisz puste, zostanie użyty wbudowany tekst zastępczy tej wiadomości</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>Przywróć domyślny</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor</source>
        <translation>Kliknij dwukrotnie, aby wstawić w miejscu kursora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Zdarzenie</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Fallback text (when a value is missing)</source>
        <translation>Tekst zastępczy (gdy brakuje wartości)</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Symbole zastępcze</translation>
    </message>
    <message>
        <source>Preview with a sample order</source>
        <translation>Podgląd na przykładowym zamówieniu</translation>
    </message>
    <message>
        <source>Every delivery method</source>
        <translation>Każdy sposób dostawy</translation>
    </message>
    <message>
        <source>Pickup at the shop</source>
        <translation>Odbiór w sklepie</translation>
    </message>
    <message>
        <source>Pickup point</source>
        <translation>Punkt odbioru</translation>
    </message>
    <message>
        <source>Own courier</source>
        <translation>Własny kurier</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Przewoźnik</translation>
    </message>
    <message>
        <source>Same as every method</source>
        <translation>Jak dla każdego sposobu</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Zapisz reguły</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>Zmienione, jeszcze nie zapisane.</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Sposób dostawy</translation>
    </message>
    <message>
        <source>Tick the channels each event goes out on. Grey ticks follow &apos;Every delivery method&apos;.</source>
        <translation>Zaznacz kanały, którymi wychodzi każde zdarzenie. Szare znaczniki podążają za „Każdy sposób dostawy”.</translation>
    </message>
    <message>
        <source>Edited, not saved yet.</source>
        <translation>Edytowane, jeszcze nie zapisane.</translation>
    </message>
    <message>
        <source>The shop&apos;s own text.</source>
        <translation>Własny tekst sklepu.</translation>
    </message>
    <message>
        <source>The default text.</source>
        <translation>Tekst domyślny.</translation>
    </message>
    <message>
        <source>Subject: {s}</source>
        <translation>Temat: {s}</translation>
    </message>
    <message>
        <source>E-mail: {n} characters</source>
        <translation>E-mail: znaków {n}</translation>
    </message>
    <message>
        <source>1 SMS</source>
        <translation>1 SMS</translation>
    </message>
    <message>
        <source>{n} SMS parts</source>
        <translation>Części SMS: {n}</translation>
    </message>
    <message>
        <source>{units} characters · {encoding} · {parts} · {left} left in the last part</source>
        <translation>{units} znaków · {encoding} · {parts} · w ostatniej części zostało {left}</translation>
    </message>
    <message>
        <source>UCS-2 (70 per SMS, 67 per part) because of: {chars}</source>
        <translation>UCS-2 (70 na SMS, 67 na część) z powodu znaków: {chars}</translation>
    </message>
    <message>
        <source>Saving the template…</source>
        <translation>Zapisywanie szablonu…</translation>
    </message>
    <message>
        <source>Rules saved.</source>
        <translation>Reguły zapisane.</translation>
    </message>
    <message>
        <source>This template (or the rules) has changes that are not saved.</source>
        <translation>Ten szablon (lub reguły) ma niezapisane zmiany.</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
</context>
<context>
    <name>WorkMenu</name>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Przypisz do</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>Mark delayed…</source>
        <translation>Oznacz jako opóźnione…</translation>
    </message>
    <message>
        <source>Put the order on a &apos;delayed&apos; hold; the customer is told it is delayed</source>
        <translation>Wstrzymaj zamówienie jako „opóźnione”; klient zostanie poinformowany o opóźnieniu</translation>
    </message>
    <message>
        <source>Mark delayed</source>
        <translation>Oznacz jako opóźnione</translation>
    </message>
    <message>
        <source>Why is it delayed? (the owner reads this)</source>
        <translation>Dlaczego jest opóźnione? (właściciel to przeczyta)</translation>
    </message>
    <message>
        <source>Say why the order is delayed.</source>
        <translation>Podaj, dlaczego zamówienie jest opóźnione.</translation>
    </message>
</context>
</TS>

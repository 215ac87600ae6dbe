## Officers' inbox of a call and dossier pages (pages/inbox), and the words the app layer
## uses when it shows, exports or mails a dossier.

inbox-title = Złożone wnioski — { $scheme }
inbox-back-scheme = Powrót do karty programu
inbox-back-list = Powrót do wniosków: „{ $scheme }”
inbox-counts-title = Wnioski według statusu
inbox-none-submitted = Nie złożono jeszcze żadnego wniosku.
inbox-drafts = { $count ->
    [0] Brak wersji roboczych w przygotowaniu.
    [one] 1 wersja robocza w przygotowaniu (jej treść pozostaje prywatna do czasu złożenia).
    [few] { $count } wersje robocze w przygotowaniu (ich treść pozostaje prywatna do czasu złożenia).
   *[many] { $count } wersji roboczych w przygotowaniu (ich treść pozostaje prywatna do czasu złożenia).
}
inbox-filters-title = Filtrowanie i sortowanie
inbox-filter-q = Szukaj we wnioskach
inbox-filter-q-hint = Słowa z tytułu, nazwy organizacji, numeru lub odpowiedzi.
inbox-filter-state = Status
inbox-any = Dowolne
inbox-filter-territory = Terytorium wnioskodawcy
inbox-filter-territory-hint = Nazwa lub identyfikator, np. Wrocław lub pl:wojewodztwo:02.
inbox-filter-theme = Temat
inbox-filter-verdict = Kwalifikowalność przy złożeniu
inbox-filter-amount = Wnioskowana kwota
inbox-filter-min = Co najmniej
inbox-filter-max = Co najwyżej
inbox-sort = Sortuj według
inbox-sort-newest = Od najnowszych
inbox-sort-oldest = Od najstarszych
inbox-sort-amount = Wnioskowana kwota (malejąco)
inbox-sort-title = Tytuł projektu
inbox-sort-organisation = Organizacja
inbox-filter-apply = Filtruj
inbox-filter-reset = Wyczyść filtry
inbox-found = { $count ->
    [0] Żaden wniosek nie spełnia kryteriów
    [one] 1 wniosek spełnia kryteria
    [few] { $count } wnioski spełniają kryteria
   *[many] { $count } wniosków spełnia kryteria
}
inbox-export-csv = Eksportuj te wnioski do CSV
inbox-export-xlsx = Eksportuj te wnioski do XLSX
inbox-empty = Żaden wniosek nie spełnia tych kryteriów.
inbox-caption = Złożone wnioski; zaznacz kilka, aby zmienić ich status jednocześnie.
inbox-col-select = Wybór
inbox-col-title = Projekt
inbox-col-amount = Wnioskowana kwota
inbox-col-submitted = Data złożenia ({ $zone })
inbox-col-verdict = Kwalifikowalność przy złożeniu
inbox-select-one = Zaznacz wniosek { $reference }
inbox-bulk-title = Zmiana statusu zaznaczonych wniosków
inbox-bulk-event = Działanie
inbox-bulk-choose = Wybierz działanie
inbox-bulk-apply = Zastosuj do zaznaczonych wniosków
inbox-bulk-changed = { $count ->
    [0] Żaden wniosek nie zmienił statusu.
    [one] 1 wniosek zmienił status.
    [few] { $count } wnioski zmieniły status.
   *[many] { $count } wniosków zmieniło status.
}
inbox-bulk-refused = Odrzucone:
inbox-pages = Strony wyników
inbox-prev = Poprzednia strona
inbox-next = Następna strona
inbox-page-of = Strona { $page } z { $pages }
inbox-page-beyond = Ta strona wykracza poza wyniki.
inbox-first-page = Wróć do pierwszej strony
inbox-reference = Numer
inbox-state = Status
inbox-organisation = Organizacja
inbox-submitted-at = Data złożenia
inbox-sha256 = Skrót SHA-256 złożonego wniosku
inbox-verdict-at-submission = Kwalifikowalność przy złożeniu
inbox-form-version = Wersja formularza
inbox-untitled = Wniosek bez tytułu
inbox-summary = W skrócie
inbox-pdf = Pobierz cały wniosek (PDF)
inbox-transitions = Dalsze kroki
inbox-no-transition = W obecnym statusie wniosku żadne działanie nie jest możliwe.
inbox-note-hint = Notatka jest nieobowiązkowa; zostanie wysłana wnioskodawcom razem z nowym statusem i zachowana w historii.
inbox-note-for = Notatka do działania „{ $action }”
inbox-answers = Odpowiedzi
inbox-record-completed = To odpowiedzi uzupełnione { $when } w odpowiedzi na prośbę o uzupełnienie; potwierdzenie złożenia dotyczy pierwotnej wersji.
inbox-not-answered = Brak odpowiedzi
inbox-messages = Wiadomości
inbox-no-message = Na razie brak wiadomości.
inbox-message-label = Napisz do wnioskodawców
inbox-message-hint = Otrzymają powiadomienie e-mailem.
inbox-message-send = Wyślij wiadomość
inbox-side-applicant = Wnioskodawca
inbox-side-officer = Instytucja rozpatrująca
inbox-history = Historia
inbox-history-when = Kiedy
inbox-history-who = Kto
inbox-history-what = Co
inbox-history-from = Status przed
inbox-history-to = Status po
flash-inbox-state-changed = Status wniosku został zmieniony.
flash-inbox-message-sent = Wiadomość została wysłana.
bo-applications-link = { $count ->
    [0] Złożone wnioski (brak)
   *[other] Złożone wnioski ({ $count })
}
error-none_selected = Zaznacz co najmniej jeden wniosek.
error-range_invalid = Minimum jest większe niż maksimum.
error-not_submitted = Ten wniosek nie został jeszcze złożony.
error-export_too_wide = Zbyt wiele kolumn dla arkusza kalkulacyjnego.
error-export_too_long = Zbyt wiele wierszy dla arkusza kalkulacyjnego.

## Audit trail
event-create = Utworzono wersję roboczą
event-join = Dodano współautora
event-submit = Złożono wniosek
event-start-review = Rozpoczęto ocenę
event-request-info = Poproszono o uzupełnienie
event-complete = Przesłano uzupełnienie
event-accept = Wniosek przyjęty
event-reject = Wniosek odrzucony
event-withdraw = Wniosek wycofany przez wnioskodawcę
event-close = Pozostawiono bez rozpatrzenia
event-reopen = Wznowiono ocenę
event-view = Wyświetlono wniosek
event-export-pdf = Wyeksportowano wniosek do PDF
event-view-attachment = Wyświetlono załącznik

## Verdicts of the eligibility engine at submission
verdict-eligible = Kwalifikuje się
verdict-unknown = Do sprawdzenia
verdict-not-eligible = Nie kwalifikuje się

## Answers as read (pages, PDFs, exports)
answer-yes = Tak
answer-no = Nie
answer-ticked = Zaznaczone
answer-not-ticked = Niezaznaczone
budget-phase = Etap
budget-year = Rok
budget-category = Kategoria
budget-label = Opis
budget-amount = Kwota
budget-eligible = Kwalifikowalny
budget-total = Razem
budget-eligible-part = w tym kwalifikowalne: { $amount }
cofunding-funder = Współfinansujący
cofunding-kind = Rodzaj
cofunding-kind-public = Publiczny
cofunding-kind-private = Prywatny
cofunding-status = Status
cofunding-requested = Wnioskowane
cofunding-obtained = Uzyskane
partner-name = Organizacja
partner-lead = Lider
plan-year = Rok
plan-milestone = Etap
plan-deliverable = Produkt
size-kb = { $n } KB
size-mb = { $n } MB

## Exports of a call's applications
export-reference = Numer
export-state = Status
export-submitted-at = Data złożenia
export-organisation = Organizacja
export-title = Projekt
export-eligibility = Kwalifikowalność przy złożeniu
export-col-total = { $label } – razem
export-col-eligible = { $label } – kwalifikowalne
export-col-public = { $label } – publiczne
export-col-private = { $label } – prywatne

## The dossier as PDF
dossier-state = Status
dossier-eligibility = Kwalifikowalność przy złożeniu
dossier-history = Historia
dossier-untitled = Wniosek bez tytułu
dossier-exported = Wyeksportowano { $when }, eksportujący: { $who }
receipt-organisation = Organizacja
receipt-submitted-at = Data złożenia
receipt-sha256 = Skrót SHA-256
pdf-page = Strona

## Mails about a dossier
mail-app-state-subject = Wniosek { $reference }: nowy status
mail-app-state-body = Dzień dobry,

    wniosek { $reference } „{ $project }” ma teraz status: { $state }.

    { $note }

    Szczegóły wniosku: { $link }
mail-app-message-subject = Wniosek { $reference }: nowa wiadomość
mail-app-message-body = Dzień dobry,

    { $author } napisał(a) w sprawie projektu „{ $project }”:

    { $body }

    Odpowiedz: { $link }

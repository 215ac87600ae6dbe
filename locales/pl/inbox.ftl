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
inbox-history-note = Uwaga
inbox-history-to = Status po
flash-inbox-state-changed = Status wniosku został zmieniony.
flash-inbox-message-sent = Wiadomość została wysłana.
bo-applications-link = { $count ->
    [0] Złożone wnioski (brak)
   *[other] Złożone wnioski ({ $count })
}
error-none_selected = Zaznacz co najmniej jeden wniosek.
## Audit trail
## Verdicts of the eligibility engine at submission
## Answers as read (pages, PDFs, exports)
## Exports of a call's applications
## The dossier as PDF
## Mails about a dossier
## Public catalogue pages: search, scheme page, eligibility wizard
nav-schemes = Instrumenty wsparcia
nav-eligibility = Czy mogę skorzystać?
catalogue-title = Znajdź instrument wsparcia
catalogue-intro = Dotacje, pożyczki, doradztwo i konkursy dla ekonomii społecznej i solidarnej.
catalogue-wizard-link = Sprawdź, czy spełniasz kryteria, krok po kroku
catalogue-query = Słowa kluczowe
catalogue-query-hint = Po polsku, francusku lub angielsku, np. „spółdzielnia socjalna”, „coworking”, „tiers-lieu”.
catalogue-territory = Miejsce
catalogue-territory-hint = Gmina, powiat, województwo, departament lub region (nazwa lub kod), np. „Wrocław” lub „pl:gmina:0264011”.
catalogue-territory-understood = Przyjęte miejsce: { $name }.
catalogue-sort = Sortuj według
catalogue-sort-relevance = Trafności
catalogue-sort-deadline = Najbliższego terminu
catalogue-filters = Filtry
catalogue-facet-open = Nabór
catalogue-open-any = Wszystkie
catalogue-open-now = Otwarte teraz
catalogue-closing-soon = Zamknięcie w ciągu 30 dni
catalogue-funder = Podmiot finansujący
catalogue-funder-any = Wszystkie podmioty
catalogue-apply-filters = Zastosuj filtry
catalogue-reset = Wyczyść wyszukiwanie
catalogue-results = { $count ->
    [0] Brak instrumentów
    [one] { $count } instrument
    [few] { $count } instrumenty
   *[other] { $count } instrumentów
}
catalogue-no-results = Żaden instrument nie spełnia tych warunków. Usuń filtr lub spróbuj innych słów.
catalogue-badge-open = Otwarty
catalogue-badge-closed = Zamknięty
catalogue-closes = Zamknięcie:
catalogue-up-to = do { $amount }
catalogue-pagination = Strony wyników
catalogue-prev = Poprzednia strona
catalogue-next = Następna strona
catalogue-page-of = Strona { $page } z { $pages }
breadcrumb-label = Ścieżka nawigacji
scheme-status-closed = Ten instrument jest zamknięty; pozostaje dostępny do wglądu.
scheme-check-eligibility = Czy mogę skorzystać?
scheme-facts = Najważniejsze informacje
scheme-window = Nabór
scheme-perimeter = Obszar
scheme-funders = Podmioty finansujące
scheme-envelope = Łączna pula
scheme-max-grant = Maksymalna kwota wsparcia
scheme-min-grant = Minimalna kwota wsparcia
scheme-rate-cap = Maksymalny poziom dofinansowania
scheme-min-expenses = Minimalne wydatki kwalifikowalne
scheme-languages = Języki wniosku
scheme-contact = Kontakt
scheme-url = Strona oficjalna
scheme-conditions = Warunki kwalifikowalności
scheme-conditions-hint = Te warunki są sprawdzane automatycznie przez narzędzie „Czy mogę skorzystać?”.
scheme-no-conditions = Brak szczególnych warunków.
scheme-assessed = Oceniane w trakcie oceny wniosków
scheme-assessed-hint = Te elementy nie decydują o kwalifikowalności: oceniają je eksperci i komisja.
scheme-documents = Wymagane dokumenty
scheme-description = Opis
language-name-fr = francuski
language-name-pl = polski
language-name-en = angielski
wizard-title = Czy mogę skorzystać?
wizard-intro = Odpowiedz na to, co wiesz: każda odpowiedź doprecyzowuje wynik, a pytanie bez odpowiedzi zostaje wskazane, a nie zgadywane.
wizard-for-scheme = Sprawdzenie dla: { $title }.
wizard-all-schemes = Sprawdź wszystkie instrumenty
wizard-answers = Wynik
wizard-from-org = Użyty profil: { $name }.
wizard-eligible = { $count ->
    [0] Brak instrumentów, z których możesz skorzystać
    [one] { $count } instrument, z którego możesz skorzystać
    [few] { $count } instrumenty, z których możesz skorzystać
   *[other] { $count } instrumentów, z których możesz skorzystać
}
wizard-unknown = { $count ->
    [0] Brak instrumentów do potwierdzenia
    [one] { $count } instrument do potwierdzenia
    [few] { $count } instrumenty do potwierdzenia
   *[other] { $count } instrumentów do potwierdzenia
}
wizard-near = { $count ->
    [0] Brak instrumentów, do których niewiele brakuje
    [one] { $count } instrument, do którego niewiele brakuje
    [few] { $count } instrumenty, do których niewiele brakuje
   *[other] { $count } instrumentów, do których niewiele brakuje
}
wizard-others = { $count ->
    [one] { $count } inny instrument, z którego nie możesz skorzystać
    [few] { $count } inne instrumenty, z których nie możesz skorzystać
   *[other] { $count } innych instrumentów, z których nie możesz skorzystać
}
wizard-why = Szczegóły, kryterium po kryterium
wizard-verdict-met = Spełnione:
wizard-verdict-not_met = Niespełnione:
wizard-verdict-unknown = Do uzupełnienia:
wizard-to-answer = Aby rozstrzygnąć, podaj:
wizard-failing = Jedyny niespełniony warunek:
wizard-who = Twoja organizacja
wizard-org = Użyj profilu
wizard-org-hint = Kraj, forma prawna, gmina i przynależność do ekonomii społecznej zostaną pobrane z tego profilu.
wizard-org-none = Żadnego, odpowiem sam(a)
wizard-dont-know = Nie wiem
wizard-category = Rodzaj organizacji
wizard-legal-form = Kod formy prawnej (opcjonalnie)
wizard-legal-form-hint = Trzycyfrowy kod szczególnej formy prawnej REGON (np. 155 dla stowarzyszenia) lub czterocyfrowa kategoria INSEE.
wizard-location = Gmina siedziby
wizard-ess = Czy Twoja organizacja należy do ekonomii społecznej i solidarnej?
wizard-yes = Tak
wizard-no = Nie
wizard-project = Twój projekt
wizard-requested = Wnioskowana kwota
wizard-currency = Waluta
wizard-expenses = Wydatki kwalifikowalne
wizard-vat = Wydatki podano
wizard-cofunders = Współfinansujący (uzyskani lub wnioskowani)
wizard-members = Liczba organizacji realizujących projekt
wizard-members-hint = 1, jeśli Twoja organizacja realizuje projekt samodzielnie.
wizard-lead = Wskazano lidera
wizard-submit = Pokaż instrumenty
error-money_invalid = Nieprawidłowa kwota: podaj liczbę, np. 12 000 lub 12000,50.

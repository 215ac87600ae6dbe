### Panel urzędnika: zarządzanie programami wsparcia (lista, formularz, kryteria, historia, import i eksport).

## Nawigacja i lista

bo-list-title = Programy wsparcia – { $authority }
bo-list-caption = Programy wsparcia samorządu we wszystkich statusach
bo-list-empty = Nie ma jeszcze żadnego programu.
bo-back-authority = Powrót do strony samorządu
bo-back-list = Powrót do programów: { $authority }
bo-back-scheme = Powrót do programu
bo-back-history = Powrót do historii
bo-links = Linki
bo-scheme-nav = Strony programu
bo-criteria-link = Kryteria kwalifikowalności
bo-history-link = Historia
bo-export-one = Eksport JSON
bo-manage-link = Zarządzaj programami wsparcia
bo-action-new = Utwórz program
bo-version-n = Wersja { $version }

## Formularz programu

bo-new-title = Nowy program
bo-new-lead = Program powstaje jako wersja robocza: będzie widoczny publicznie dopiero po opublikowaniu.
bo-edit-title = Edycja programu { $slug }
bo-action-create = Utwórz wersję roboczą
bo-language-fr = francuski
bo-language-pl = polski
bo-language-en = angielski
bo-section-identity = Identyfikacja
bo-section-texts = Teksty w języku: { $language }
bo-section-funders = Finansujący
bo-section-where = Obszar objęty programem
bo-section-themes = Tematy
bo-section-window = Terminy naboru
bo-section-money = Waluta i budżet
bo-section-documents = Wymagane dokumenty
bo-section-review = Kryteria oceniane w trakcie oceny wniosków
bo-section-languages = Języki, w których można składać wnioski
bo-section-contact = Kontakt
bo-field-slug = Identyfikator w adresie
bo-field-kind = Rodzaj wsparcia
bo-field-title = Tytuł
bo-field-summary = Streszczenie
bo-field-description = Opis
bo-field-funder-name = Nazwa
bo-field-funder-kind = Rodzaj finansującego
bo-field-funder-lead = Główny finansujący
bo-funder-n = Finansujący { $n }
bo-field-perimeter = Obszary objęte programem
bo-perimeter-names = Rozpoznane obszary
bo-field-recurrence = Powtarzalność
bo-field-opens = Otwarcie naboru (czas lokalny)
bo-field-closes = Zamknięcie naboru (czas lokalny)
bo-field-zone = Strefa czasowa
bo-field-currency = Waluta
bo-field-envelope = Łączna pula środków
bo-field-max-grant = Maksymalna kwota na projekt
bo-field-documents = Wymagane dokumenty ({ $language })
bo-field-review = Kryteria oceny ({ $language })
bo-field-contact = Kontakt (adres e-mail, telefon lub komórka organizacyjna)
bo-field-url = Strona internetowa programu
bo-field-note = Opis wersji
bo-field-programme = Program
bo-field-edition = Edycja
bo-field-status = Status
bo-field-version = Wersja
bo-field-updated = Ostatnia zmiana
bo-field-author = Autor
bo-field-date = Data
bo-field-new-slug = Identyfikator w adresie nowej edycji
bo-hint-slug = Od 3 do 80 małych liter, cyfr i łączników, np. „progress-2025”. Pojawia się w adresie strony i później się nie zmienia.
bo-slug-fixed = Identyfikator w adresie się nie zmienia; aby ponowić program, utwórz nową edycję.
bo-hint-summary = Jedno lub dwa zdania, wyświetlane na listach wyników.
bo-hint-description = Zwykły tekst; akapity oddzielaj pustą linią.
bo-hint-funders = Jeden wiersz na finansującego; pozostaw pustą nazwę, aby pominąć wiersz. Zapisz, aby otrzymać nowe puste wiersze.
bo-hint-perimeter = Identyfikatory obszarów oddzielone przecinkami, np. fr:departement:92 lub pl:wojewodztwo:14. Pozostaw puste, jeśli program nie ma ograniczeń terytorialnych.
bo-hint-perimeter-link = Wyszukaj identyfikator (nowa karta)
bo-hint-window = Lokalne daty i godziny w wybranej strefie. Program stały nie ma dat; program coroczny otwiera się co roku tego samego dnia i o tej samej godzinie.
bo-hint-closes = Zamknięcie jest wyłączne: dla „do 31 grudnia włącznie” podaj 1 stycznia, godz. 00:00.
bo-hint-amount = W jednostkach głównych (euro lub złotych), np. 15000 lub 15 000,50.
bo-hint-lines = Jedna pozycja w wierszu; wiersz n w każdym języku to tłumaczenie tej samej pozycji.
bo-hint-review = Warunki, których silnik kwalifikowalności nie sprawdza, a które oceniają eksperci (innowacyjność…).
bo-hint-note = Opcjonalnie: co zmienia się w tej wersji; widoczne w historii.
bo-conflict-title = Równoczesna zmiana
bo-conflict-changed = Pola zmienione od chwili otwarcia formularza:
bo-conflict-open-current = Zobacz aktualną wersję (nowa karta)
bo-conflict-overwrite = Mimo to zapisz moją wersję
bo-conditions-title = Warunki kwalifikowalności
bo-conditions-none = Brak warunków: program jest otwarty dla wszystkich w swoich terminach i na swoim obszarze.
bo-criteria-edit = Edytuj kryteria
bo-status-title = Publikacja
bo-status-current = Obecny status: { $status }.
bo-status-final = Program zarchiwizowany nie zmienia już statusu; aby go ponowić, utwórz nową edycję.
bo-action-publish = Opublikuj
bo-action-unpublish = Wycofaj publikację (z powrotem do wersji roboczej)
bo-action-close = Zamknij nabór
bo-action-reopen = Otwórz ponownie
bo-action-archive = Zarchiwizuj
bo-action-change-status = Zmień status
bo-edition-title = Nowa edycja
bo-edition-hint = Kopiuje program wraz z kryteriami do nowej wersji roboczej; daty programu jednorazowego przesuwają się o rok.
bo-action-edition = Utwórz nową edycję

## Edytor kryteriów

bo-criteria-page-title = Kryteria kwalifikowalności programu { $slug }
bo-criteria-title = Kryteria kwalifikowalności
bo-criteria-lead = Każda zmiana jest zapisywana jako nowa wersja. Rozwiń kryterium, aby zmienić jego parametry, dodać warunek do grupy lub usunąć kryterium.
bo-criteria-live-warning = Ten program jest opublikowany: każda zmiana od razu wpływa na sprawdzanie kwalifikowalności.
bo-node-edit = Edytuj
bo-node-id = Identyfikator kryterium
bo-hint-node-id = Litery, cyfry, - i _; niepowtarzalny w ramach programu.
bo-param-min = Liczba minimalna
bo-param-countries = Akceptowane kraje
bo-param-categories = Akceptowane kategorie beneficjentów
bo-param-legal-forms = Inne akceptowane formy prawne
bo-hint-legal-forms = Kody oddzielone przecinkami: kategoria prawna INSEE (4 cyfry, Francja) lub forma REGON (3 cyfry, Polska), np. 9220, 155.
bo-param-label = Status lub certyfikat
bo-param-themes = Tematy
bo-param-services = Usługi
bo-param-cofunder-kinds = Rodzaje współfinansujących
bo-param-commitment = Zobowiązanie
bo-param-commitments = Zobowiązania
bo-param-amount = Kwota ({ $currency })
bo-param-vat = Podstawa
bo-param-rate = Maksymalna stawka (%)
bo-hint-rate = Największy udział w wydatkach kwalifikowalnych, np. 80 lub 12,5.
bo-param-lead-required = Należy wskazać lidera
bo-param-min-members = Najmniejsza liczba członków
bo-param-max-members = Największa liczba członków
bo-hint-optional = Opcjonalnie.
bo-group-type = Rodzaj grupy
bo-group-min = Liczba minimalna (dla „co najmniej N”)
bo-hint-group-min = Używana tylko w grupie „co najmniej N warunków”.
bo-action-regroup = Zmień rodzaj grupy
bo-child-type = Rodzaj dodawanego warunku
bo-action-add-child = Dodaj do grupy
bo-action-delete-node = Usuń to kryterium
bo-type-all = Grupa: wszystkie warunki
bo-type-any = Grupa: co najmniej jeden warunek
bo-type-at_least = Grupa: co najmniej N warunków
bo-type-country = Kraj rejestracji
bo-type-beneficiary = Beneficjenci (formy prawne)
bo-type-sse = Przynależność do ekonomii społecznej i solidarnej
bo-type-label = Status lub certyfikat
bo-type-themes = Tematy projektu
bo-type-requested_max = Maksymalna wnioskowana kwota
bo-type-requested_min = Minimalna wnioskowana kwota
bo-type-rate_max = Maksymalna stawka dofinansowania
bo-type-expenses_min = Minimalne wydatki kwalifikowalne
bo-type-services = Oferowane usługi
bo-type-commitment = Zobowiązanie wnioskodawcy
bo-type-cofunders = Współfinansujący
bo-type-consortium = Konsorcjum

## Podgląd

bo-preview-title = Podgląd: przykładowy wnioskodawca
bo-preview-lead = Opisz wnioskodawcę i jego projekt: silnik poda werdykt dla tego programu, także w wersji roboczej. Pozostaw puste to, czego nie wiadomo.
bo-sample-applicant = Wnioskodawca
bo-sample-project = Projekt
bo-sample-unknown = Nie podano
bo-sample-none = Brak
bo-sample-location = Siedziba
bo-sample-ess = Należy do ekonomii społecznej i solidarnej
bo-sample-requested = Wnioskowana kwota ({ $currency })
bo-sample-expenses = Wydatki kwalifikowalne ({ $currency })
bo-sample-members = Liczba podmiotów realizujących projekt
bo-sample-lead = Wskazano lidera
bo-sample-at = Data złożenia wniosku ({ $zone })
bo-hint-sample-legal-form = Kod INSEE (4 cyfry) lub REGON (3 cyfry), np. 155.
bo-hint-sample-location = Identyfikator obszaru, np. pl:gmina:1465011.
bo-hint-sample-lists = Nie zaznaczaj niczego dla „nie podano” albo zaznacz „Brak”, jeśli lista jest pusta.
bo-hint-sample-members = 1, jeśli projekt realizuje jeden podmiot.
bo-hint-sample-at = Domyślnie teraz.
bo-action-preview = Pokaż werdykt
bo-yes = Tak
bo-no = Nie
bo-verdict-met = Spełniony
bo-verdict-not_met = Niespełniony
bo-verdict-unknown = Do sprawdzenia
bo-scheme-verdict-eligible = Kwalifikuje się
bo-scheme-verdict-not_eligible = Nie kwalifikuje się
bo-scheme-verdict-unknown = Kwalifikowalność do potwierdzenia: brakuje informacji

## Historia

bo-history-title = Historia programu { $slug }
bo-history-caption = Wersje, od najnowszej do najstarszej
bo-author-none = —
bo-version-title = Wersja { $version }
bo-changes-title = Zmiany od poprzedniej wersji
bo-changes-first = Pierwsza wersja.
bo-changes-none = Żadne pole programu się nie zmieniło.
bo-fields-title = Treść tej wersji
bo-value-none = —
bo-note-created = Utworzenie
bo-note-edit = Zmiana tekstu
bo-note-demo = Dane demonstracyjne
bo-note-import = Import
bo-note-status = Status: { $status }
bo-note-edition-of = Nowa edycja programu { $slug }
bo-note-criteria-save = Zmieniono kryterium { $node }
bo-note-criteria-add = Dodano kryterium { $node }
bo-note-criteria-delete = Usunięto kryterium { $node }
bo-note-criteria-regroup = Zmieniono rodzaj grupy { $node }

## Import i eksport

bo-export-title = Eksport
bo-export-json = Wszystkie programy w formacie JSON
bo-export-xlsx = Wszystkie programy w formacie Excel (XLSX)
bo-export-schema = Schemat JSON formatu wymiany
bo-export-hint = Plik Excel zawiera jeden wiersz na program; kryteria, finansujący i dokumenty są zapisane w komórkach w formacie JSON. Kolumny max_grant, min_grant i rate_cap_percent wynikają z kryteriów i są pomijane przy imporcie.
bo-import-title = Import
bo-import-file = Plik JSON lub XLSX
bo-import-hint = Eksport z Passerelle lub plik w tym samym formacie (najwyżej 2 MB). Importowane jest wszystko albo nic: nowe programy są tworzone, istniejące programy samorządu otrzymują nową wersję.
bo-action-import = Importuj
bo-import-problems = Problemy do poprawienia przed importem
bo-import-scheme = Program
bo-import-field = Pole
bo-import-message = Problem
bo-import-nth = nr { $n }
bo-import-nth-slug = nr { $n } ({ $slug })
bo-import-done = Import zakończony:
bo-import-created = { $count ->
    [0] nie utworzono żadnego programu
    [one] utworzono 1 program
    [few] utworzono { $count } programy
   *[many] utworzono { $count } programów
}
bo-import-updated = { $count ->
    [0] nie zaktualizowano żadnego programu
    [one] zaktualizowano 1 program
    [few] zaktualizowano { $count } programy
   *[many] zaktualizowano { $count } programów
}
bo-import-unchanged = { $count ->
    [0] żaden program nie pozostał bez zmian
    [one] 1 program bez zmian
    [few] { $count } programy bez zmian
   *[many] { $count } programów bez zmian
}

## Komunikaty

flash-bo-created = Utworzono wersję roboczą programu.
flash-bo-saved = Program został zapisany.
flash-bo-published = Program został opublikowany.
flash-bo-unpublished = Program wrócił do wersji roboczej.
flash-bo-closed = Nabór do programu został zamknięty.
flash-bo-archived = Program został zarchiwizowany.
flash-bo-edition-created = Nowa edycja została utworzona jako wersja robocza.
flash-bo-criteria-saved = Kryteria zostały zapisane.
flash-bo-imported = Import został zakończony.

## Błędy

error-datetime_invalid = Nieprawidłowa data i godzina: użyj formatu RRRR-MM-DDTGG:MM, np. 2025-01-01T00:00.
error-tenant_mismatch = Ten program należy do innego samorządu niż ten, do którego importujesz.
error-slug_duplicate = Ten plik zawiera dwa razy ten sam identyfikator w adresie.
error-slug_other_tenant = Ten identyfikator w adresie jest już używany przez program innego samorządu.
error-import_empty = Plik nie zawiera żadnego programu.
error-json_invalid = Ten plik nie jest poprawnym plikiem JSON w formacie wymiany programów.
error-xlsx_invalid = Ten plik nie jest czytelnym skoroszytem Excel (XLSX).
error-xlsx_columns_missing = Pierwszy wiersz skoroszytu musi zawierać nazwy kolumn eksportu (slug, status, kind…).
error-file_required = Wybierz plik do zaimportowania.
error-file_unreadable = Nie udało się odczytać przesłanego pliku.
error-import_refused = Nic nie zostało zaimportowane: popraw problemy wymienione poniżej i spróbuj ponownie.
error-criterion_not_found = To kryterium już nie istnieje: odśwież stronę.
error-not_a_group = Tylko grupa może zawierać inne warunki.
error-criterion_root = Głównej grupy kryteriów nie można usunąć.

## Layout
skip-to-content = Przejdź do treści
nav-main-label = Nawigacja główna
nav-language-label = Język
nav-home = Strona główna
nav-territories = Terytoria
nav-my-organisations = Moje organizacje
nav-sign-in = Zaloguj się
nav-sign-up = Załóż konto
nav-sign-out = Wyloguj się ({ $name })
nav-outbox = Wysłane wiadomości (demo)
footer-text = Passerelle — otwartoźródłowa platforma programów wsparcia ekonomii społecznej i solidarnej.
banner-unconfirmed = Potwierdź swój adres e-mail: wysłaliśmy na niego link.
form-has-errors = Formularz zawiera błędy
option-none = — Brak —

## Formats
money-eur = { $amount } €
money-pln = { $amount } zł
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

## Actions
action-back-home = Powrót do strony głównej
action-sign-up = Załóż konto
action-sign-in = Zaloguj się
action-send-reset = Wyślij link
action-set-password = Zapisz hasło
action-resend-confirmation = Wyślij ponownie link potwierdzający
action-new-organisation = Dodaj organizację
action-create-organisation = Utwórz organizację
action-save = Zapisz
action-edit = Edytuj
action-invite = Zaproś
action-accept-invitation = Przyjmij zaproszenie
action-search = Szukaj

## Flash messages
flash-signed-up = Konto zostało utworzone. Link potwierdzający został wysłany e-mailem.
flash-check-mail = Sprawdź swoją skrzynkę pocztową: wysłaliśmy wiadomość e-mail.
flash-email-confirmed = Adres e-mail został potwierdzony.
flash-reset-sent = Jeśli dla tego adresu istnieje konto, właśnie wysłaliśmy na niego link do zresetowania hasła.
flash-password-changed = Hasło zostało zmienione.
flash-organisation-created = Organizacja została utworzona.
flash-organisation-saved = Zmiany zostały zapisane.
flash-invitation-sent = Zaproszenie zostało wysłane.
flash-invitation-accepted = Dołączono do organizacji.

## Home and programmes
home-title = Programy wsparcia ekonomii społecznej i solidarnej
home-lead = Znajdź nabory projektów i programy wsparcia prowadzone przez samorządy, sprawdź, czy spełniasz kryteria, i złóż wniosek.
home-authorities = Samorządy
tenant-programmes = Programy
programme-opens = Otwarcie naboru
programme-closes = Termin składania wniosków
programme-deadline-at = { $date }, godz. { $time } ({ $zone })
programme-envelope = Pula środków
programme-cap = Maksymalna kwota na projekt
programme-themes = Tematy
programme-read-more = Przeczytaj pełny opis
programme-status-open = Otwarty
programme-status-closed = Zamknięty
programme-status-ongoing = W toku
programme-kind-call_for_projects = Nabór projektów
programme-kind-grant_scheme = Program wsparcia
programme-kind-interreg_project = Projekt Interreg
theme-sustainable_development = Zrównoważony rozwój
theme-solidarity_finance = Finanse solidarne
theme-social_economy = Ekonomia społeczna
theme-tiers_lieux = Miejsca trzecie (tiers-lieux)
theme-social_impact = Wpływ społeczny
theme-public_procurement = Odpowiedzialne zamówienia publiczne
theme-digital_inclusion = Włączenie cyfrowe
theme-innovation = Innowacje
theme-networks = Sieci i współpraca
theme-social_enterprise = Przedsiębiorstwo społeczne

## Accounts
signup-title = Załóż konto
signup-have-account = Masz już konto?
login-title = Logowanie
login-forgot = Nie pamiętasz hasła?
login-no-account = Nie masz jeszcze konta?
forgot-title = Resetowanie hasła
forgot-lead = Podaj swój adres e-mail: wyślemy na niego link do ustawienia nowego hasła.
reset-title = Nowe hasło
field-name = Nazwa
field-full-name = Imię i nazwisko
field-email = Adres e-mail
field-password = Hasło
field-new-password = Nowe hasło
field-password-confirm = Potwierdzenie hasła
hint-password = Co najmniej 10 znaków łączących małe i wielkie litery, cyfry lub symbole (albo fraza o długości co najmniej 16 znaków).

## Organisations
orgs-mine-title = Moje organizacje
orgs-mine-empty = Nie należysz do żadnej organizacji.
org-new-title = Nowa organizacja
org-edit-title = Edytuj organizację
org-identifiers = Urzędowe numery identyfikacyjne
org-sse = Ekonomia społeczna i solidarna
org-sse-yes = Należy do ekonomii społecznej i solidarnej (ESS)
org-sse-no = Nie należy do ekonomii społecznej i solidarnej (ESS)
org-members = Członkowie
org-member-since = Data dołączenia
org-pending-invitations = Oczekujące zaproszenia
org-invite = Zaproś członka
org-role-owner = Właściciel
org-role-manager = Menedżer
org-role-member = Członek
field-legal-name = Nazwa podmiotu
field-country = Kraj
field-legal-form = Forma prawna
field-legal-category = Kategoria
field-commune = Gmina
field-address = Adres
field-postcode = Kod pocztowy
field-website = Strona internetowa
field-description = Opis
field-role = Rola
hint-legal-form = Kategoria prawna INSEE (francuski urząd statystyczny) we Francji lub forma prawna według REGON w Polsce.
hint-identifiers = Podaj numery właściwe dla swojego kraju: we Francji SIRET lub SIREN (francuskie numery rejestru przedsiębiorstw) albo RNA (francuski rejestr stowarzyszeń); w Polsce NIP, REGON lub KRS. Cyfry kontrolne są sprawdzane.
hint-sse = Stowarzyszenia, fundacje, spółdzielnie i towarzystwa ubezpieczeń wzajemnych należą do ekonomii społecznej i solidarnej (ESS) z mocy swojego statusu prawnego.
hint-commune = Nazwa lub kod INSEE / TERYT gminy, np. „Nanterre” lub „92050”.
country-FR = Francja
country-PL = Polska
identifier-siren = SIREN
identifier-siret = SIRET
identifier-rna = RNA
identifier-nip = NIP
identifier-regon = REGON
identifier-krs = KRS
legal-category-association = Stowarzyszenie
legal-category-foundation = Fundacja
legal-category-cooperative = Spółdzielnia
legal-category-mutual = Towarzystwo ubezpieczeń wzajemnych
legal-category-commercial_company = Spółka handlowa
legal-category-sole_trader = Jednoosobowa działalność gospodarcza
legal-category-public_authority = Samorząd lub podmiot publiczny
legal-category-public_law_group = Związek publicznoprawny
legal-category-other = Inna
sse-by_status = z mocy statusu prawnego
sse-declared_commercial_company = Spółka handlowa ESS (art. 1 francuskiej ustawy o ekonomii społecznej i solidarnej, loi du 31 juillet 2014)
sse-esus_approved = Akredytacja ESUS (francuski status „przedsiębiorstwa solidarnego o użyteczności społecznej”)
sse-pl_social_enterprise = Status przedsiębiorstwa społecznego (Polska)
sse-pl_social_cooperative = Spółdzielnia socjalna (Polska)
invitation-title = Zaproszenie
invitation-lead = Zaproszono Cię do dołączenia do organizacji { $organisation }.
invitation-for = Zaproszenie wysłane na adres { $email }.
invitation-sign-in-first = Aby przyjąć zaproszenie, zaloguj się lub załóż konto przy użyciu tego adresu.

## Territories
territories-title = Terytoria
territories-query = Nazwa lub kod
territories-hint = Na przykład „Île-de-France”, „wroclaw” lub „92050”.
territories-kind = Typ
territories-all-kinds = Wszystkie typy
territories-results = { $count ->
    [0] Brak wyników
    [one] 1 wynik
    [few] { $count } wyniki
    [many] { $count } wyników
   *[other] { $count } wyniku
}
territories-code = Kod
territories-in = Jednostka nadrzędna
territories-id = Identyfikator
territories-population = Liczba ludności
territories-children = Bezpośrednie jednostki podrzędne
territories-ancestors = Należy do
territory-kind-fr-region = region (Francja)
territory-kind-fr-departement = departament
territory-kind-fr-epci = związek międzygminny (EPCI)
territory-kind-fr-commune = gmina (Francja)
territory-kind-pl-wojewodztwo = województwo
territory-kind-pl-powiat = powiat
territory-kind-pl-gmina = gmina
territory-kind-eu-nuts0 = NUTS 0 (kraj)
territory-kind-eu-nuts1 = NUTS 1
territory-kind-eu-nuts2 = NUTS 2
territory-kind-eu-nuts3 = NUTS 3

## Demo outbox
outbox-title = Wysłane wiadomości e-mail (tryb demonstracyjny)
outbox-lead = W trybie demonstracyjnym wiadomości e-mail nie są wysyłane, lecz zapisywane tutaj.
outbox-empty = Na razie brak wiadomości.
outbox-to = Odbiorca
outbox-to-line = Odbiorca: { $to }
outbox-subject = Temat
outbox-links = Linki w wiadomości
outbox-back = Powrót do listy

## Mails
mail-confirm-subject = Potwierdź swój adres w serwisie Passerelle
mail-confirm-body = Dzień dobry { $name },

    Aby potwierdzić swój adres e-mail, otwórz ten link (ważny przez 7 dni):
    { $link }

    Jeśli konto w serwisie Passerelle nie zostało założone przez Ciebie, zignoruj tę wiadomość.
mail-exists-subject = Twoje konto w serwisie Passerelle
mail-exists-body = Dzień dobry { $name },

    Ktoś (być może Ty) próbował założyć konto przy użyciu tego adresu, dla którego konto już istnieje.
    Jeśli nie pamiętasz hasła, ustaw nowe tutaj:
    { $link }
mail-reset-subject = Nowe hasło do serwisu Passerelle
mail-reset-body = Dzień dobry { $name },

    Aby ustawić nowe hasło, otwórz ten link (ważny przez 1 godzinę):
    { $link }

    Jeśli prośba nie pochodzi od Ciebie, zignoruj tę wiadomość: Twoje hasło pozostanie bez zmian.
mail-invite-subject = Zaproszenie do organizacji { $organisation } w serwisie Passerelle
mail-invite-body = Dzień dobry,

    { $inviter } zaprasza Cię do dołączenia do organizacji { $organisation } w serwisie Passerelle.
    Aby przyjąć zaproszenie, otwórz ten link (ważny przez 14 dni):
    { $link }

## HTTP statuses
status-400 = Nieprawidłowe żądanie
status-401 = Wymagane logowanie
status-403 = Brak dostępu
status-404 = Nie znaleziono strony
status-405 = Niedozwolona metoda
status-408 = Przekroczono limit czasu
status-409 = Nie można wykonać operacji
status-413 = Zbyt duża zawartość
status-415 = Nieobsługiwany format
status-422 = Nieprawidłowe dane
status-429 = Zbyt wiele prób
status-500 = Błąd wewnętrzny
status-503 = Usługa niedostępna
status-error = Błąd

## Errors (error-<code>)
error-not_found = Szukany zasób nie istnieje lub nie jest już dostępny.
error-unauthenticated = Zaloguj się, aby kontynuować.
error-forbidden = Nie masz uprawnień do wykonania tej operacji.
error-invalid_input = Niektóre dane są nieprawidłowe; nic nie zostało zmienione.
error-internal = Wystąpił nieoczekiwany błąd. Spróbuj ponownie później.
error-rate_limited = Zbyt wiele prób. Odczekaj minutę, zanim spróbujesz ponownie.
error-csrf_failed = Formularz wygasł lub nie pochodzi z tej witryny. Odśwież stronę i spróbuj ponownie.
error-token_invalid = Ten link jest nieprawidłowy, wygasł lub został już użyty.
error-email_not_confirmed = Najpierw potwierdź swój adres e-mail.
error-invitation_other_email = To zaproszenie zostało wysłane na inny adres e-mail.
error-malformed_json = Treść żądania nie jest prawidłowym dokumentem JSON.
error-payload_too_large = Przesłana zawartość jest zbyt duża.
error-unsupported_media_type = Prześlij treść żądania w formacie application/json.
error-bad_request = Nieprawidłowe żądanie.
error-method_not_allowed = Ta metoda nie jest dozwolona dla tego adresu.
error-timeout = Przekroczono czas oczekiwania na odpowiedź serwera.
error-invalid_value = Nieprawidłowa wartość.
error-email_invalid = Wpisz prawidłowy adres e-mail, np. nazwa@przyklad.pl.
error-name_required = Podaj swoje imię i nazwisko.
error-too_long = Ten tekst jest za długi.
error-password_mismatch = Hasła nie są identyczne.
error-password_too_short = Hasło musi mieć co najmniej 10 znaków.
error-password_too_long = Hasło może mieć najwyżej 128 znaków.
error-password_common = To hasło jest zbyt popularne. Wybierz inne.
error-password_sequence = To hasło jest zbyt prostym ciągiem znaków.
error-password_contains_personal = Hasło nie może zawierać Twojego imienia i nazwiska ani adresu e-mail.
error-password_weak = Użyj co najmniej trzech rodzajów znaków (małe litery, wielkie litery, cyfry, symbole) lub frazy o długości co najmniej 16 znaków.
error-login_failed = Nieprawidłowy adres e-mail lub hasło.
error-legal_name_required = Podaj nazwę podmiotu.
error-country_invalid = Wybierz Francję lub Polskę.
error-legal_form_unknown = Ta forma prawna nie istnieje w tym kraju.
error-identifier_kind_invalid = Nieznany rodzaj identyfikatora.
error-identifier_wrong_country = Ten identyfikator nie odpowiada krajowi organizacji.
error-identifier_duplicate = Ten identyfikator został wpisany dwukrotnie.
error-identifier_taken = Organizacja z tym identyfikatorem jest już zarejestrowana.
error-id_empty = Identyfikator jest pusty.
error-id_bad_length = Identyfikator ma nieprawidłową liczbę cyfr.
error-id_not_digits = Identyfikator może zawierać tylko cyfry.
error-id_bad_checksum = Cyfra kontrolna tego identyfikatora jest nieprawidłowa: sprawdź wpisane dane.
error-id_bad_format = Nieprawidłowy format identyfikatora.
error-sse_basis_invalid = Nieznana podstawa przynależności do ekonomii społecznej i solidarnej (ESS).
error-commune_invalid = Wybierz gminę w kraju organizacji.
error-commune_not_found = Nie znaleziono gminy: wpisz jej dokładną nazwę lub kod INSEE / TERYT.
error-commune_ambiguous = Kilka gmin ma tę nazwę: wpisz kod INSEE / TERYT.
error-postcode_invalid = Nieprawidłowy kod pocztowy (5 cyfr we Francji, 00-000 w Polsce).
error-website_invalid = Wpisz pełny adres strony zaczynający się od https://.
error-role_invalid = Nieznana rola.
error-role_not_allowed = Tylko właściciel może wyznaczyć innego właściciela.
error-already_member = Ta osoba jest już członkiem organizacji.
error-limit_invalid = Liczba wyników musi mieścić się w przedziale od 1 do 100.
error-territory_kind_invalid = Nieznany typ jednostki terytorialnej.
error-territory_id_invalid = Nieprawidłowy identyfikator jednostki terytorialnej.

## Staff
staff-title = Zespół – { $authority }
staff-link = Zarządzaj zespołem i rolami
staff-back = Powrót do programów
staff-actions = Działania
staff-add = Nadaj rolę
staff-add-hint = Osoba musi już mieć konto w Passerelle.
staff-remove-label = Odbierz rolę: { $name }
tenant-role-admin = Administrator
tenant-role-officer = Opiekun programu
tenant-role-reviewer = Oceniający
action-remove = Odbierz
action-add-role = Nadaj rolę
flash-staff-added = Rola została nadana.
flash-staff-removed = Rola została odebrana.
error-account_not_found = Nie ma konta z tym adresem: ta osoba musi się najpierw zarejestrować.
error-last_admin = Nie można odebrać roli ostatniemu administratorowi instytucji.

## Catalogue: errors and formats
error-code_unknown = Nieznany kod: sprawdź listę dopuszczalnych kodów.
error-territory_unknown = Nieznane terytorium: podaj identyfikator, np. pl:gmina:1465011.
error-scheme_unknown = Nie ma opublikowanego instrumentu o tej nazwie.
error-instant_invalid = Nieprawidłowa data i godzina: użyj formatu RFC 3339, np. 2023-12-31T23:59:00+01:00.
error-amount_negative = Kwota nie może być ujemna.
error-number_invalid = Nieprawidłowa liczba.
error-slug_invalid = Nieprawidłowy identyfikator adresu: od 3 do 80 małych liter, cyfr i łączników.
error-slug_taken = Instrument o tym identyfikatorze adresu już istnieje.
error-slug_immutable = Identyfikator adresu instrumentu się nie zmienia; utwórz nową edycję.
error-window_zone_unknown = Nieznana strefa czasowa.
error-window_dates_missing = Podaj daty otwarcia i zamknięcia naboru.
error-window_closes_before_opening = Zamknięcie naboru musi nastąpić po jego otwarciu.
error-criterion_id_invalid = Nieprawidłowy identyfikator kryterium: tylko litery, cyfry, - i _.
error-criterion_id_duplicate = Dwa kryteria mają ten sam identyfikator.
error-criterion_id_reserved = Identyfikatory „open” i „perimeter” są zarezerwowane.
error-min_out_of_range = Przy tej liście nie da się osiągnąć wymaganej liczby minimalnej.
error-list_empty = Wybierz co najmniej jeden element.
error-rate_out_of_range = Stopa musi wynosić od 0,01% do 100%.
error-currency_mismatch = Wszystkie kwoty instrumentu muszą być w jego walucie.
error-amount_invalid = Nieprawidłowa kwota.
error-min_above_max = Kwota minimalna przekracza kwotę maksymalną.
error-version_conflict = Ktoś zmienił ten instrument w czasie Twojej edycji: odśwież stronę, aby zobaczyć jego wersję, i wprowadź zmiany ponownie.
error-status_change_not_allowed = Ta zmiana statusu jest niedozwolona.
error-required = To pole jest obowiązkowe.
error-value_unknown = Nieznana wartość.
list-none = brak
percent = { $value }%
datetime-at = { $date }, godz. { $time }
datetime-zone = { $datetime } ({ $zone })
perimeter-everywhere = Bez ograniczeń terytorialnych.

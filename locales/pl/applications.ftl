## Wnioski: statusy (publiczne = co widzi wnioskodawca, wewnętrzne = co widzą urzędnicy),
## zdarzenia i błędy reguł wniosków.

app-state-public-draft = Wersja robocza
app-state-public-submitted = Złożony
app-state-public-in-review = W ocenie
app-state-public-info-requested = Wezwanie do uzupełnienia
app-state-public-accepted = Wybrany do dofinansowania
app-state-public-rejected = Niewybrany
app-state-public-withdrawn = Wycofany
app-state-public-closed-without-follow-up = Pozostawiony bez rozpatrzenia
app-state-internal-draft = Wersja robocza (niezłożony)
app-state-internal-submitted = Do weryfikacji
app-state-internal-in-review = W ocenie
app-state-internal-info-requested = Oczekuje na uzupełnienie
app-state-internal-accepted = Przyjęty
app-state-internal-rejected = Odrzucony
app-state-internal-withdrawn = Wycofany przez wnioskodawcę
app-state-internal-closed-without-follow-up = Pozostawiony bez rozpatrzenia
app-event-submit = Złóż wniosek
app-event-start-review = Rozpocznij ocenę
app-event-request-info = Wezwij do uzupełnienia
app-event-complete = Wyślij uzupełnienie
app-event-accept = Przyjmij
app-event-reject = Odrzuć
app-event-withdraw = Wycofaj wniosek
app-event-close = Pozostaw bez rozpatrzenia
app-event-reopen = Wznów ocenę
error-transition_not_allowed = Tej czynności nie można wykonać przy obecnym statusie wniosku.
error-submission_not_open = Nabór wniosków jeszcze się nie rozpoczął.
error-submission_closed = Nabór wniosków został zakończony: wniosku nie można już złożyć.
error-budget_negative = Kwota nie może być ujemna.
error-budget_phase_unknown = Nieznany etap dla tego formularza.
error-budget_category_unknown = Nieznana kategoria wydatków dla tego formularza.
error-budget_year_outside = Rok spoza okresu programu.
error-budget_overflow = Suma jest zbyt duża.
error-answer_invalid = Ta odpowiedź nie ma oczekiwanej postaci.
error-field_unknown = Tego pytania nie ma w formularzu.
error-number_too_small = Liczba jest mniejsza od dopuszczalnego minimum.
error-number_too_large = Liczba przekracza dopuszczalne maksimum.
error-date_invalid = Taka data nie istnieje; wpisz ją jako RRRR-MM-DD.
error-too_few_choices = Zaznacz więcej odpowiedzi.
error-too_many_choices = Zaznaczono zbyt wiele odpowiedzi.
error-too_many_files = W tym miejscu oczekiwany jest jeden plik.
error-partners_one_lead = Wskaż dokładnie jednego lidera.
error-partners_too_few = Konsorcjum ma zbyt mało członków.
error-partners_too_many = Konsorcjum ma zbyt wielu członków.
error-form_id_invalid = Identyfikator jest pusty lub już użyty w formularzu.
error-form_condition_invalid = Warunek wyświetlania musi dotyczyć wcześniejszego pytania.
error-form_field_invalid = Ustawienia tego pytania są niespójne (opcje, limity lub typy plików).

## Składanie wniosku: strony wnioskodawcy.
app-apply-title = Złóż wniosek
app-apply-intro = Składasz wniosek w naborze „{ $scheme }”. Wniosek pozostaje wersją roboczą, dopóki go nie złożysz; możesz do niego wracać i zaprosić partnerów do jego uzupełnienia.
app-apply-no-organisation = Wnioski składa się w imieniu organizacji. Najpierw utwórz profil swojej organizacji.
app-apply-which-organisation = W imieniu której organizacji składasz wniosek?
app-apply-sections = Formularz składa się z następujących części:
app-apply-start = Rozpocznij wniosek
app-mine-title = Moje wnioski
app-mine-none = Nie masz jeszcze żadnego wniosku.
app-mine-find = Znajdź program wsparcia
app-col-project = Projekt
app-col-call = Nabór
app-col-state = Stan
app-col-reference = Numer
app-col-question = Pytanie
app-col-answer = Odpowiedź
app-untitled = Wniosek bez tytułu
app-closes = Wnioski można składać do { $when }.
app-submitted-on = Złożony { $when }.
app-see-receipt = Zobacz potwierdzenie złożenia
app-sections = Części formularza
app-section-not-needed = (nie dotyczy, biorąc pod uwagę Twoje odpowiedzi)
app-check-and-submit = Sprawdź i złóż
app-dossier-pdf = Pobierz cały wniosek (PDF)
app-actions = Możliwe działania
app-team = Zespół redagujący
app-team-member = członek organizacji
app-team-co_editor = zaproszony partner
app-team-pending = zaproszenie wysłane, oczekuje
app-invite-email = Adres e-mail osoby, którą chcesz zaprosić
app-invite-hint = Na przykład osoba z organizacji partnerskiej: będzie mogła uzupełniać wniosek razem z Tobą.
app-invite = Zaproś
app-messages = Korespondencja z instytucją oceniającą
app-messages-none = Na razie brak wiadomości.
app-side-applicant = wnioskodawca
app-side-officer = instytucja oceniająca
app-message-label = Twoja wiadomość
app-message-send = Wyślij wiadomość
app-required = (obowiązkowe)
app-read-only = Tego wniosku nie można już zmieniać.
app-field-condition = Wypełnij tylko w zależności od odpowiedzi na pytanie „{ $field }”.
app-max-chars = Najwyżej { $n } znaków.
app-declaration-tick = Zaznaczam, aby potwierdzić
app-autosave-saved = Zapisano automatycznie o %time%.
app-autosave-conflict = Ktoś (%name%) zapisał w międzyczasie tę część: automatyczny zapis wstrzymano. Zapisz, aby porównać obie wersje.
app-autosave-invalid = Nie udało się zapisać automatycznie: niektóre odpowiedzi wymagają poprawy. Zapisz, aby zobaczyć które.
app-autosave-offline = Na razie nie można zapisać automatycznie (połączenie?). Twoje odpowiedzi pozostają na stronie.
app-add-row = Dodaj wiersz
app-chars-left = Pozostało znaków: %n%.
app-save = Zapisz
app-save-next = Zapisz i przejdź dalej
app-back-to-application = Powrót do wniosku
app-budget-totals = Razem: { $total }, w tym wydatki kwalifikowalne: { $eligible }
app-no-files = Brak załączonych plików.
app-file-choose = Wybierz plik
app-file-upload = Załącz plik
app-file-remove = Usuń { $name }
app-file-limit = Akceptowane formaty powyżej; najwyżej { $mb } MB na plik. Zapisz odpowiedzi przed załączeniem pliku.
app-conflict-title = Ktoś zapisał tę część w tym samym czasie co Ty
app-conflict-intro = { $name } zapisał(a) tę część po tym, jak ją otworzyłeś(-aś). Nic nie zostało nadpisane: Twoje wpisy są nadal w formularzu poniżej, a oto zapisana wersja.
app-conflict-theirs = Zapisana wersja
app-conflict-choose = Zapisz formularz, aby zachować swoją wersję (zastąpi ona drugą), albo przyjmij zapisaną wersję.
app-conflict-take-theirs = Przyjmij zapisaną wersję (Twoje wpisy zostaną porzucone)
app-submit-title = Sprawdź i złóż wniosek
app-submit-checks = Sprawdzenie formularza
app-submit-complete = Wszystkie pytania obowiązkowe są wypełnione, a kwoty się zgadzają.
app-submit-problems = Przed złożeniem popraw:
app-submit-eligibility = Kwalifikowalność
app-verdict-eligible = Na podstawie Twoich odpowiedzi i profilu organizacji projekt kwalifikuje się do wsparcia.
app-verdict-not-eligible = Na podstawie Twoich odpowiedzi i profilu organizacji projekt nie kwalifikuje się do wsparcia: wniosku nie można złożyć.
app-verdict-unknown = Niektóre warunki sprawdzi instytucja oceniająca.
app-criterion-met = warunek spełniony
app-criterion-not-met = warunek niespełniony
app-criterion-unknown = do sprawdzenia
app-submit-send = Złożenie
app-submit-final = Po złożeniu wniosku nie można go już zmieniać. Otrzymasz potwierdzenie złożenia.
app-receipt-intro = Twój wniosek w naborze „{ $scheme }” został złożony.
app-receipt-pdf = Pobierz potwierdzenie złożenia (PDF)
app-invitation-title = Zaproszenie do współtworzenia wniosku
app-invitation-intro = Zaproszono Cię do uzupełnienia wniosku w naborze „{ $scheme }”.
app-invitation-for = Zaproszenie skierowane do
app-invitation-as = Jesteś zalogowany(-a) jako { $email }.
app-invitation-accept = Przyjmij i otwórz wniosek
app-invitation-sign-in = Zaloguj się (lub załóż konto) na zaproszony adres, aby przyjąć zaproszenie.
flash-app-started = Wniosek został utworzony i zapisany jako wersja robocza.
flash-app-saved = Odpowiedzi zostały zapisane.
flash-app-submitted = Wniosek został złożony. Potwierdzenie złożenia wysłaliśmy e-mailem.
flash-app-invited = Zaproszenie zostało wysłane.
flash-app-joined = Możesz teraz uzupełniać ten wniosek.
flash-app-message-sent = Wiadomość została wysłana.
flash-app-file-added = Plik został załączony.
flash-app-file-removed = Plik został usunięty.
flash-app-no-file = Najpierw wybierz plik.
flash-app-complete = Uzupełnienia zostały przekazane instytucji oceniającej.
flash-app-withdraw = Wniosek został wycofany.

## Odpowiedzi w czytelnej postaci (strony, PDF, eksporty).
answer-yes = Tak
answer-no = Nie
answer-ticked = Zaznaczone
answer-not-ticked = Niezaznaczone
budget-phase = Etap
budget-year = Rok
budget-category = Kategoria wydatku
budget-label = Opis
budget-amount = Kwota
budget-eligible = Kwalifikowalny
budget-total = Razem
budget-eligible-part = w tym kwalifikowalne: { $amount }
cofunding-funder = Współfinansujący
cofunding-kind = Rodzaj współfinansującego
cofunding-kind-public = publiczny
cofunding-kind-private = prywatny
cofunding-status = Status
cofunding-requested = wnioskowane
cofunding-obtained = przyznane
partner-name = Organizacja
partner-lead = lider
plan-year = Rok
plan-milestone = Etap
plan-deliverable = Rezultat
size-kb = { $n } kB
size-mb = { $n } MB
time-days = { $n ->
    [one] { $n } dzień
   *[other] { $n } dni
}
time-hours = { $n ->
    [one] { $n } godzina
    [few] { $n } godziny
   *[other] { $n } godzin
}
verdict-eligible = Kwalifikuje się
verdict-not-eligible = Nie kwalifikuje się
verdict-unknown = Do sprawdzenia

## Potwierdzenie złożenia i wniosek (PDF).
receipt-title = Potwierdzenie złożenia wniosku
receipt-reference = Numer
receipt-organisation = Organizacja
receipt-project = Projekt
receipt-submitted-at = Data złożenia
receipt-form-version = Wersja formularza
receipt-sha256 = Skrót SHA-256
receipt-attachments = Załączniki
receipt-footer = Skrót SHA-256 dotyczy złożonej treści (odpowiedzi i skrótów załączników, w kanonicznym formacie JSON). Dowodzi, że treść ta nie zmieniła się od chwili złożenia.
pdf-page = Strona
dossier-state = Stan
dossier-eligibility = Kwalifikowalność przy złożeniu
dossier-history = Historia
dossier-untitled = Wniosek bez tytułu
dossier-exported = Wyeksportowano { $when }, eksportujący: { $who }
event-create = Utworzono wniosek
event-join = Dołączył(a) do zespołu redagującego
event-submit = Złożono wniosek
event-view = Odczytano wniosek
event-view-attachment = Odczytano załącznik
event-export-pdf = Wyeksportowano wniosek do PDF
event-start-review = Rozpoczęto ocenę
event-request-info = Wezwano do uzupełnień
event-complete = Przekazano uzupełnienia
event-accept = Wniosek wybrany
event-reject = Wniosek odrzucony
event-withdraw = Wniosek wycofany
event-close = Pozostawiono bez rozpatrzenia
event-reopen = Wznowiono ocenę

## Eksporty.
export-reference = Numer
export-state = Stan
export-submitted-at = Data złożenia ({ $zone })
export-organisation = Organizacja
export-title = Projekt
export-eligibility = Kwalifikowalność
export-col-total = { $label } – razem
export-col-eligible = { $label } – kwalifikowalne
export-col-public = { $label } – publiczne
export-col-private = { $label } – prywatne

## Wiadomości e-mail.
mail-app-invite-subject = Zaproszenie do uzupełnienia wniosku – { $scheme }
mail-app-invite-body = Dzień dobry,

    { $inviter } zaprasza Cię do wspólnego uzupełnienia wniosku „{ $project }” w naborze „{ $scheme }”.

    Aby przyjąć zaproszenie, otwórz ten link (ważny 14 dni) i zaloguj się na ten adres:
    { $link }

    Jeśli nie znasz tej osoby, zignoruj tę wiadomość.
mail-receipt-subject = Potwierdzenie złożenia wniosku { $reference }
mail-receipt-body = Dzień dobry,

    Twój wniosek „{ $project }” w naborze „{ $scheme }” został złożony.

    Numer: { $reference }
    Data złożenia: { $when }
    Skrót SHA-256 złożonej treści: { $sha256 }

    Potwierdzenie złożenia w formacie PDF jest załączone. Wniosek możesz śledzić tutaj:
    { $link }
mail-app-state-subject = Zmiana stanu wniosku { $reference }
mail-app-state-body = Dzień dobry,

    Wniosek „{ $project }” ({ $reference }) ma teraz stan: { $state }.
    { $note }

    Aby go zobaczyć: { $link }
mail-app-message-subject = Nowa wiadomość dotycząca wniosku { $reference }
mail-app-message-body = Dzień dobry,

    { $author } napisał(a) w sprawie wniosku „{ $project }”:

    { $body }

    Aby odpowiedzieć: { $link }
mail-reminder-subject = Zostało { $left } na złożenie wniosku – { $scheme }
mail-reminder-body = Dzień dobry,

    Twój wniosek „{ $project }” w naborze „{ $scheme }” jest wciąż wersją roboczą: nie został złożony.

    Nabór zamyka się { $when } (za { $left }). Po tym terminie wniosku nie będzie można złożyć.

    Aby go dokończyć i złożyć: { $link }

## Błędy wniosków.
error-already_editor = Ta osoba już redaguje wniosek.
error-already_submitted = Ten wniosek został już złożony.
error-answers_invalid = Odpowiedzi nie mają oczekiwanej postaci.
error-attachment_unknown = Ten plik nie należy do tego wniosku.
error-budget_row_invalid = Pozycja budżetu jest niepełna: podaj rok i kwotę.
error-budget_unbalanced = Budżet musi się bilansować: wnioskowana kwota + współfinansowanie (wraz ze środkami własnymi) = suma wydatków.
error-call_closed = Nabór jest zamknięty: wniosku nie można już zmieniać.
error-call_has_no_form = Ten nabór nie ma jeszcze formularza wniosku.
error-cofunding_row_invalid = Pozycja planu finansowania jest niepełna: podaj rodzaj współfinansującego i kwotę.
error-cofunding_kind_mismatch = Charakter publiczny lub prywatny nie odpowiada rodzajowi współfinansującego.
error-expenses_under_min = Wydatki kwalifikowalne są niższe niż minimum określone w naborze.
error-export_too_long = Zbyt wiele wierszy do eksportu.
error-export_too_wide = Zbyt wiele kolumn do eksportu.
error-file_empty = Plik jest pusty.
error-file_too_large = Plik przekracza dozwolony rozmiar.
error-file_type_refused = Ten rodzaj pliku nie jest tu akceptowany (rodzaj rozpoznajemy po zawartości pliku).
error-form_empty = Formularz musi mieć co najmniej jedną część.
error-form_feeds_invalid = Ten rodzaj pytania nie może dostarczać tego kryterium kwalifikowalności.
error-form_feeds_twice = Inne pytanie już dostarcza to kryterium kwalifikowalności.
error-invitation_expired = To zaproszenie jest już nieważne.
error-invitation_other_address = To zaproszenie wysłano na inny adres e-mail niż adres Twojego konta.
error-not_a_file_field = To pytanie nie przyjmuje pliku.
error-not_editable = Tego wniosku nie można już zmieniać.
error-not_eligible = Zgodnie z oceną kwalifikowalności wniosku nie można złożyć.
error-not_submitted = Wniosek nie został jeszcze złożony.
error-organisation_not_yours = Wniosek możesz złożyć tylko w imieniu organizacji, której jesteś członkiem.
error-range_invalid = Minimum jest większe niż maksimum.
error-rate_over_cap = Wnioskowana kwota przekracza maksymalny poziom dofinansowania w naborze.
error-reminders_invalid = Podaj najwyżej 5 przypomnień, każde od 1 godziny do 60 dni przed zamknięciem naboru.
error-requested_over_cap = Wnioskowana kwota przekracza limit naboru.
error-requested_over_expenses = Wnioskowana kwota przekracza wydatki kwalifikowalne.
error-requested_under_min = Wnioskowana kwota jest niższa niż minimum naboru.
error-retention_invalid = Okres przechowywania musi wynosić od 0 do 3650 dni.
error-year_invalid = Podaj rok czterema cyframi.

## Links from the catalogue and the header.
scheme-apply = Złóż wniosek
nav-my-applications = Moje wnioski

## Dossier page details.
app-section-progress = Wypełnione pytania obowiązkowe: { $done } z { $required }
app-history-line = { $who }: { $what }
app-info-requested = Instytucja oceniająca prosi o uzupełnienia:
app-info-requested-how = Uzupełnij odpowiednie części, a następnie kliknij „Wyślij uzupełnienie”. Możesz też odpowiedzieć wiadomością.
app-withdraw-confirm = Potwierdzam, że chcę wycofać ten wniosek (wycofanie jest ostateczne).
error-withdraw_unconfirmed = Zaznacz pole, aby potwierdzić wycofanie.

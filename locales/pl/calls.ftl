## A call's application form builder, its preview and its settings (officers).

calls-builder-title = Formularz wniosku – { $title }
calls-builder-link = Formularz wniosku
calls-settings-link = Przypomnienia i wersje robocze
calls-nav = Formularz i ustawienia naboru
calls-saved-version = Zapisana wersja: { $version }
calls-no-form-yet = Brak zapisanego formularza
calls-count-sections = { $count ->
    [one] { $count } część
    [few] { $count } części
   *[many] { $count } części
}
calls-count-questions = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
   *[many] { $count } pytań
}
calls-builder-lead = Zmiany pozostają na tej stronie, dopóki nie klikniesz „Zapisz jako nową wersję”. Wnioski już rozpoczęte zachowują wersję, w której zostały otwarte.
calls-preview-saved-link = Podgląd zapisanej wersji
calls-unsaved = Niezapisane zmiany: przepadną, jeśli opuścisz stronę bez zapisania.
calls-empty = Ten formularz nie ma jeszcze żadnej części. Zacznij od utworzenia pierwszej, a potem dodaj do niej pytania.
calls-create-first-section = Utwórz pierwszą część
calls-code = Kod
calls-required = Obowiązkowe
calls-untitled = Pytanie bez treści
calls-feeds = Przekazuje: { $fact }
calls-edit-section = Edytuj część
calls-edit-question = Edytuj
calls-move-up = W górę
calls-move-down = W dół
calls-delete-section = Usuń część
calls-delete-question = Usuń
calls-section-empty = Brak pytań w tej części.
calls-new-type = Rodzaj nowego pytania w części „{ $section }”
calls-add-question = Dodaj pytanie
calls-add-section = Dodaj część
calls-form-settings = Ustawienia formularza
calls-balanced-budget = Budżet musi być zrównoważony
calls-balanced-budget-hint = Wydatki muszą być równe wnioskowanej kwocie powiększonej o plan współfinansowania (wkład własny wpisuje się jako współfinansowanie prywatne), jak we francuskim formularzu CERFA 12156.
calls-save = Zapisz jako nową wersję
calls-save-over = Zapisz moją wersję zamiast wersji { $version }
calls-save-hint = Każdy zapis tworzy nową wersję; wnioskodawcy, którzy rozpoczną wniosek później, otrzymają właśnie ją.
calls-preview-changes = Podgląd z moimi zmianami
calls-discard = Odrzuć moje zmiany
calls-conflict = Ktoś inny zapisał wersję { $version } tego formularza, gdy go edytowałeś(-aś). Nic nie zostało zapisane; twoje zmiany nadal są na tej stronie.
calls-conflict-open-current = Zobacz aktualną wersję (nowa karta)
calls-problem = „{ $item }”: { $problem }
calls-delete-blocked = Nie można usunąć: zależy od tego warunek wyświetlania elementu { $items }. Najpierw zmień ten warunek.
calls-notice-moved = Przeniesiono (niezapisane).
calls-notice-deleted = Usunięto (niezapisane).
calls-notice-question-applied = Pytanie zaktualizowane w formularzu (niezapisane).
calls-notice-section-applied = Część zaktualizowana w formularzu (niezapisane).
calls-flash-saved = Formularz zapisany jako nowa wersja. Wnioski już rozpoczęte zachowują swoją.
calls-flash-settings-saved = Ustawienia naboru zapisane.

## Question and section editors

calls-new-question-title = Nowe pytanie: { $type }
calls-edit-question-title = Edycja pytania: { $type }
calls-new-section-title = Nowa część
calls-edit-section-title = Edycja części
calls-field-id = Kod
calls-hint-id = Identyfikuje odpowiedź w eksportach: małe litery bez znaków diakrytycznych, cyfry i „_”, niepowtarzalny w formularzu.
calls-hint-section-id = Małe litery bez znaków diakrytycznych, cyfry i „_”, niepowtarzalny wśród części.
calls-texts-in = Teksty w języku: { $language }
calls-field-label = Treść pytania
calls-field-title = Tytuł części
calls-hint-label = Co najmniej jeden język; w pustym języku wyświetla się tekst francuski.
calls-field-help = Pomoc pod pytaniem (nieobowiązkowa)
calls-field-intro = Wprowadzenie do części (nieobowiązkowe)
calls-field-required = Odpowiedź wymagana do złożenia wniosku
calls-type-settings = Ustawienia rodzaju „{ $type }”
calls-hint-optional = Nieobowiązkowe.
calls-field-max-len = Maksymalna liczba znaków
calls-field-options = Opcje, po jednej w wierszu
calls-hint-choices = W każdym wierszu: kod | etykieta francuska | etykieta polska | etykieta angielska. Na przykład: product | Produit | Produkt | Product
calls-field-min-number = Wartość minimalna
calls-field-max-number = Wartość maksymalna
calls-field-min-multiple_choice = Minimalna liczba zaznaczeń
calls-field-max-multiple_choice = Maksymalna liczba zaznaczeń
calls-field-min-partners = Minimalna liczba członków (z wnioskodawcą)
calls-field-max-partners = Maksymalna liczba członków
calls-field-accept = Dozwolone rodzaje plików (rozpoznawane po zawartości)
calls-field-max-mb = Maksymalny rozmiar pliku w MB
calls-hint-max-mb = Liczba całkowita od 1 do 100.
calls-field-multiple = Można dodać kilka plików
calls-field-phases = Etapy, po jednym w wierszu (nieobowiązkowe)
calls-hint-phases = W każdym wierszu: kod | etykieta francuska | etykieta polska | etykieta angielska. Na przykład: study | Étude | Studium | Study
calls-field-categories = Kategorie wydatków, po jednej w wierszu (nieobowiązkowe)
calls-hint-categories = W każdym wierszu: kod | etykieta francuska | etykieta polska | etykieta angielska. Bez kategorii wnioskodawca opisuje każdy wydatek dowolnie.
calls-field-year-from = Pierwszy rok
calls-field-year-to = Ostatni rok
calls-field-vat = Kwoty podawane
calls-field-condition = Wyświetlaj to pytanie
calls-hint-condition = Wybierz odpowiedź na wcześniejsze pytanie, aby wyświetlać to pytanie tylko w takim przypadku.
calls-field-section-condition = Wyświetlaj tę część
calls-hint-section-condition = Wybierz odpowiedź na pytanie z wcześniejszej części, aby wyświetlać tę część tylko w takim przypadku.
calls-condition-always = Zawsze
calls-condition-is = tylko gdy odpowiedź to „{ $value }”
calls-condition-includes = tylko gdy zaznaczono „{ $value }”
calls-condition-ticked = tylko gdy jest zaznaczone
calls-condition-text = Wyświetlane, gdy „{ $question }”: „{ $value }”
calls-cond-ticked = zaznaczone
calls-field-feeds = Informacja przekazywana do sprawdzenia kwalifikowalności
calls-hint-feeds = Odpowiedź służy do sprawdzenia kryteriów programu przy składaniu wniosku.
calls-feeds-nothing = Żadna
calls-feeds-themes = Obszary tematyczne projektu
calls-feeds-requested = Wnioskowana kwota
calls-feeds-eligible_expenses = Wydatki kwalifikowalne
calls-feeds-services = Oferowane usługi
calls-feeds-cofunders = Współfinansujący
calls-feeds-consortium = Skład konsorcjum
calls-feeds-commitment = Zobowiązanie: { $commitment }
calls-apply = Zastosuj w formularzu
calls-cancel = Anuluj
calls-apply-hint = Zmiana trafia do twojej kopii roboczej; zostanie zapisana dopiero przyciskiem „Zapisz jako nową wersję”.
calls-change-type = Zmień rodzaj pytania
calls-hint-change-type = Teksty zostaną zachowane; ustawienia zaczną się od ustawień nowego rodzaju.
calls-field-type = Nowy rodzaj
calls-retype = Pokaż ustawienia tego rodzaju
calls-type-short_text = Krótki tekst
calls-type-long_text = Długi tekst
calls-type-number = Liczba całkowita
calls-type-money = Kwota
calls-type-date = Data
calls-type-single_choice = Jednokrotny wybór
calls-type-multiple_choice = Wielokrotny wybór
calls-type-declaration = Oświadczenie do zaznaczenia
calls-type-file = Plik
calls-type-budget = Tabela budżetu
calls-type-cofunding = Plan współfinansowania
calls-type-partners = Lista partnerów
calls-type-plan = Plan wieloletni
calls-file-pdf = PDF
calls-file-png = Obraz PNG
calls-file-jpeg = Obraz JPEG
calls-file-text = Tekst (ODT, DOCX)
calls-file-sheet = Arkusz kalkulacyjny (XLSX, ODS)

## Preview

calls-preview-title = Podgląd formularza – { $title }
calls-preview-saved-lead = Formularz tak, jak widzi go wnioskodawca, w twoim języku; język zmienisz u góry strony. Pola są nieaktywne.
calls-preview-changes-title = Podgląd z twoimi zmianami
calls-preview-lead = Formularz tak, jak zobaczy go wnioskodawca, w twoim języku. Twoje zmiany nie są jeszcze zapisane.
calls-back-to-outline = Wróć do planu formularza
calls-back-to-builder = Wróć do formularza wniosku
calls-pv-note = Dla pracowników naboru: { $note }
calls-preview-empty = Ten formularz nie ma jeszcze żadnych pytań.
calls-rule-max-len = Najwyżej { $max } znaków.
calls-rule-number-between = Od { $min } do { $max }.
calls-rule-number-min = Co najmniej { $min }.
calls-rule-number-max = Najwyżej { $max }.
calls-rule-choices-between = Zaznacz od { $min } do { $max } odpowiedzi.
calls-rule-choices-min = { $min ->
    [one] Zaznacz co najmniej { $min } odpowiedź.
   *[other] Zaznacz co najmniej { $min } odpowiedzi.
}
calls-rule-choices-max = { $max ->
    [one] Zaznacz najwyżej { $max } odpowiedź.
   *[other] Zaznacz najwyżej { $max } odpowiedzi.
}
calls-rule-file = { $kinds } – jeden plik, najwyżej { $size } MB.
calls-rule-files = { $kinds } – można dodać kilka plików, każdy najwyżej { $size } MB.
calls-rule-partners-between = Od { $min } do { $max } członków, w tym jeden lider.
calls-rule-partners-min = { $min ->
    [one] Co najmniej { $min } członek, będący liderem.
    [few] Co najmniej { $min } członków, w tym jeden lider.
   *[many] Co najmniej { $min } członków, w tym jeden lider.
}
calls-rule-partners-max = { $max ->
    [one] Tylko jeden członek, będący liderem.
   *[other] Najwyżej { $max } członków, w tym jeden lider.
}

## Call settings

calls-settings-title = Przypomnienia i wersje robocze – { $title }
calls-window-title = Termin naboru
calls-window-open = Nabór trwa; zamknięcie: { $closes }.
calls-window-permanent = Nabór ciągły: bez daty zamknięcia przypomnienia nie są wysyłane.
calls-window-upcoming = Nabór jeszcze się nie rozpoczął; otwarcie: { $opens }.
calls-window-closed = Nabór zamknięty od: { $closed }.
calls-reminders = Przypomnienia przed zamknięciem
calls-reminders-hint = Osoby z niezłożoną wersją roboczą otrzymują e-mail w każdym z tych terminów przed chwilą zamknięcia naboru. Do 5 przypomnień, najwyżej 60 dni; zostaw puste, aby nie przypominać.
calls-reminder-n = Przypomnienie { $n }
calls-reminder-unit-n = Jednostka przypomnienia { $n }
calls-unit-days = dni przed
calls-unit-hours = godzin przed
calls-drafts = Po zamknięciu naboru niezłożone wersje robocze są
calls-drafts-read-only = zachowywane tylko do odczytu
calls-drafts-delete = usuwane po okresie przechowywania
calls-retention-days = Okres przechowywania w dniach
calls-retention-hint = Stosowany tylko przy usuwaniu wersji roboczych: od 0 do 3650 dni po zamknięciu.

## Errors of the builder and the settings

error-form_id_format = Nieprawidłowy kod: tylko małe litery bez znaków diakrytycznych, cyfry i „_”.
error-form_label_missing = Wpisz tekst w co najmniej jednym języku.
error-form_bounds_invalid = Maksimum musi być większe od minimum lub mu równe (i nie większe niż liczba opcji).
error-form_options_missing = Podaj co najmniej jedną opcję.
error-form_option_invalid = Błędny wiersz: wpisz kod | etykieta francuska | etykieta polska | etykieta angielska, kod małymi literami bez znaków diakrytycznych.
error-form_option_twice = Dwa wiersze mają ten sam kod.
error-form_accept_missing = Zaznacz co najmniej jeden rodzaj pliku.
error-form_size_invalid = Podaj rozmiar w pełnych MB, od 1 do 100.
error-form_years_invalid = Podaj pierwszy i ostatni rok (od 1900 do 2200), w tej kolejności.

## Ocena i wybór: błędy kart oceny, ocen, puli ekspertów i konfliktów interesów.
error-grid_empty = Karta oceny musi mieć co najmniej jedno kryterium.
error-grid_id_invalid = Identyfikator kryterium jest pusty lub już użyty.
error-grid_weight_invalid = Waga musi wynosić od 1 do 100.
error-grid_scale_invalid = Skala musi prowadzić od minimum do większego maksimum (najwyżej 1000).
error-grid_threshold_invalid = Próg komentarza musi mieścić się w skali kryterium.
error-grid_spread_invalid = Rozbieżność ocen mierzy się w skali od 0 do 100.
error-criterion_unknown = Tego kryterium nie ma w karcie oceny.
error-score_required = Oceń to kryterium.
error-score_outside = Ta ocena jest poza skalą kryterium.
error-comment_required = Tak niską ocenę trzeba uzasadnić komentarzem.
error-capacity_invalid = Liczba wniosków musi wynosić od 1 do 500.
error-account_unknown = Żadne konto nie ma tego adresu: poproś tę osobę, aby najpierw się zarejestrowała.
error-conflict_target_required = Wskaż organizację albo wniosek.
error-organisation_unknown = Nieznana organizacja.
error-committee_closed = Komisja zamknęła decyzje: nic nie może się już zmienić.
error-number_outside = Ta liczba jest poza dozwolonym zakresem.

## Strony oceniających.
nav-my-reviews = Moje oceny
review-list-title = Moje oceny
review-list-intro = Wnioski powierzone Ci do oceny. Wniosek, wobec którego masz konflikt interesów, nigdy się tu nie pojawia.
review-list-none = Na razie nie powierzono Ci żadnego wniosku.
review-col-progress = Postęp
review-progress-to-do = Do oceny
review-progress-draft = Wersja robocza
review-progress-sent = Wysłana
review-title = Ocena
review-blind = Ocena anonimowa: tożsamość wnioskodawcy i jego partnerów jest ukryta.
review-answers = Wniosek
review-grid = Twoja ocena
review-sent = Twoja ocena została wysłana; możesz ją jeszcze zmienić do zamknięcia prac komisji.
review-score = Ocena ważona:
review-weight = (waga { $weight })
review-comment = Komentarz
review-comment-below = Komentarz (obowiązkowy przy ocenie niższej niż { $score })
review-save-draft = Zapisz wersję roboczą
review-send = Wyślij ocenę
review-conflict-title = Konflikt interesów
review-conflict-hint = Jeśli znasz wnioskodawcę lub jego partnerów albo masz interes w tym projekcie, zgłoś to: wniosek zostanie Ci odebrany i powierzony innej osobie.
review-conflict-reason = Na czym polega konflikt
review-conflict-declare = Zgłoś konflikt interesów
flash-review-saved = Wersja robocza została zapisana.
flash-review-sent = Ocena została wysłana. Dziękujemy.
flash-review-conflict = Konflikt interesów został zapisany; ten wniosek został Ci odebrany.

## Pula oceniających i ustawienia oceny (urzędnicy).
reviewers-title = Oceniający
reviewers-back = Powrót do programów
reviewers-intro = Pracownicy i eksperci zewnętrzni, którzy oceniają wnioski w Twoich naborach, wraz z ich dziedzinami, językami, znanymi terytoriami i liczbą wniosków, które mogą ocenić w jednym naborze. Korzysta z tego automatyczny przydział.
reviewers-none = Na razie brak oceniających.
reviewers-col-name = Imię i nazwisko
reviewers-col-kind = Status
reviewers-col-expertise = Dziedziny
reviewers-col-languages = Języki
reviewers-col-capacity = Najwyżej wniosków na nabór
reviewers-col-active = Dostępny(-a)
reviewers-staff = pracownik
reviewers-external = ekspert zewnętrzny
reviewers-add = Dodaj lub zmień oceniającego
reviewers-add-hint = Osoba musi mieć konto na platformie; otrzyma rolę oceniającego w Twojej instytucji.
reviewers-email = Adres e-mail jej konta
reviewers-external-label = Ekspert zewnętrzny (nie pracownik instytucji)
reviewers-territories = Znane terytoria
reviewers-territories-hint = Identyfikatory oddzielone przecinkami, np. pl:wojewodztwo:14, pl:gmina:1465011.
reviewers-capacity-hint = Od 1 do 500.
reviewers-active-label = Dostępny(-a) do nowych ocen
reviewers-save = Zapisz oceniającego
flash-reviewer-saved = Oceniający został zapisany.
review-settings-title = Ustawienia oceny
review-settings-intro = Karta oceny naboru i podział wniosków między oceniających.
review-settings-assignment = Podział
review-settings-k = Oceniający na wniosek
review-settings-k-hint = Od 1 do 10.
review-settings-min = Najmniej wniosków na oceniającego
review-settings-max = Najwyżej wniosków na oceniającego
review-settings-max-hint = Własny limit oceniającego może być niższy.
review-settings-alternates = Zastępcy na wniosek
review-settings-grid = Karta oceny
review-settings-blind = Ocena anonimowa (tożsamość wnioskodawcy jest ukryta)
review-settings-spread = Rozbieżność sygnalizująca brak zgody (na 100)
review-settings-spread-hint = Gdy oceny wniosku różnią się bardziej, komisja zostaje o tym uprzedzona.
review-settings-criterion = Kryterium { $n }
review-settings-col-id = Kod
review-settings-col-label-fr = Nazwa (po francusku)
review-settings-col-label-pl = Nazwa (po polsku)
review-settings-col-label-en = Nazwa (po angielsku)
review-settings-col-help-fr = Wskazówki do oceny (po francusku)
review-settings-col-help-pl = Wskazówki do oceny (po polsku)
review-settings-col-help-en = Wskazówki do oceny (po angielsku)
review-settings-col-weight = Waga
review-settings-col-min = Najniższa ocena
review-settings-col-max = Najwyższa ocena
review-settings-col-below = Komentarz obowiązkowy poniżej oceny
review-settings-partial = Komisja może przyznać mniej niż wnioskowana kwota
flash-review-settings-saved = Ustawienia oceny zostały zapisane.

## Przydział oceniających (urzędnicy) i rezygnacja (oceniający).
error-review_already_sent = Twoja ocena została już wysłana: nie możesz już zrezygnować z tego wniosku.
error-assignment_forced = Urzędnicy wyznaczyli cię do tego wniosku: poproś ich o zwolnienie.
error-reviewer_unknown = Tej osoby nie ma w puli oceniających.
review-decline-title = Rezygnacja z tego wniosku
review-decline-hint = Jeśli nie możesz go ocenić (czas, kompetencje), zrezygnuj: trafi do innego oceniającego, przy jak najmniejszej zmianie pracy pozostałych.
review-decline = Rezygnuję z tego wniosku
flash-review-declined = Wniosek został ci odebrany i przekazany innemu oceniającemu.
assign-title = Przydział oceniających
assign-intro = Każdy wniosek czekający na ocenę otrzymuje oceniających: przydział najlepiej dopasowany do ich dziedzin, znanych im terytoriów i języków, w granicach obciążenia każdego i nigdy w konflikcie interesów. Urzędnicy mogą wymusić lub wykluczyć parę; rozpoczęta ocena nigdy nie jest odbierana.
assign-settings-k = { $k ->
    [one] Jeden oceniający na wniosek.
    [few] { $k } oceniających na wniosek.
   *[other] { $k } oceniających na wniosek.
}
assign-run = Oblicz przydział
assign-run-hint = Oblicz ponownie po zmianie puli, ustawień lub wyborów: rozpoczęte oceny, wymuszone pary i rezygnacje zostają zachowane.
assign-remind = Przypomnij oceniającym o zaległych ocenach
assign-applications = Wnioski
assign-no-applications = Żaden wniosek nie czeka na ocenę.
assign-col-reviewers = Oceniający
assign-col-sent = Wysłane oceny
assign-col-load = Wnioski
assign-none-yet = Jeszcze nieprzydzielony
assign-affinity = dopasowanie { $points }
assign-status-assigned = przydzielony
assign-status-alternate = zastępca
assign-status-declined = zrezygnował
assign-status-forbidden = wykluczony
assign-pin-forced = wymuszony przez urzędników
assign-pin-forbidden = wykluczony przez urzędników
assign-reviewers = Oceniający i ich obciążenie
assign-pin-title = Wymuś lub wyklucz oceniającego
assign-pin-hint = Wymuszony oceniający zawsze ocenia wniosek; wykluczony nigdy. Następne obliczenie to uwzględni.
assign-pin-application = Wniosek
assign-pin-reviewer = Oceniający
assign-pin-what = Wybór
assign-pin-none = Niech zdecyduje obliczenie
assign-pin-save = Zapisz wybór
assign-infeasible-title = Żaden przydział nie spełnia wszystkich ograniczeń
assign-infeasible-nothing-changed = Nic nie zostało zmienione. Popraw ustawienia, pulę lub wybory i oblicz ponownie.
assign-infeasible-min-above-max = { $reviewers } ma ocenić co najmniej { $needed } wniosków, ale najwyżej { $available }.
assign-infeasible-forced-and-forbidden = { $reviewers } jest jednocześnie wymuszony i wykluczony przy { $applications }.
assign-infeasible-too-many-forced = { $applications } ma { $needed } wymuszonych oceniających, a przyjmuje tylko { $available }.
assign-infeasible-forced-over-max = { $reviewers } jest wymuszony przy { $needed } wnioskach, powyżej swojego maksimum { $available }.
assign-infeasible-too-few-candidates = { $applications } wymaga { $needed } oceniających, ale ocenić go może tylko { $available } (konflikty interesów, języki, wykluczenia, rezygnacje).
assign-infeasible-capacity-short = Potrzeba { $needed } ocen, a oceniający mogą wykonać tylko { $available }: dodaj oceniających lub zwiększ ich limit.
assign-infeasible-min-loads-too-high = Minimalne obciążenia dają razem { $needed } ocen, a do wykonania jest tylko { $available }: obniż minimum.
assign-infeasible-min-load-unreachable = { $reviewers } ma ocenić co najmniej { $needed } wniosków, ale może ocenić tylko { $available }.
assign-infeasible-applications-short = { $applications } potrzebują jeszcze { $needed } ocen, a oceniający, którzy mogą je czytać, dadzą najwyżej { $available }.
assign-infeasible-min-loads-short = { $reviewers } potrzebują jeszcze { $needed } ocen do swojego minimum, a mogą dostać najwyżej { $available }.
flash-assignment-done = Przydział został obliczony i zapisany.
flash-assignment-pinned = Wybór zapisany; obowiązuje od następnego obliczenia.
flash-assignment-reminded = Oceniającym z zaległymi ocenami wysłano przypomnienie e-mailem.
flash-assignment-nobody-to-remind = Nikt nie ma zaległych ocen.
mail-review-reminder-subject = Oceny do wysłania – { $scheme }
mail-review-reminder-body = Dzień dobry,

    Liczba ocen, które pozostały do wysłania w naborze „{ $scheme }”: { $left }.

    Twoje wnioski do oceny: { $link }

    Jeśli nie możesz ocenić któregoś z nich, zrezygnuj na jego stronie: trafi do innego oceniającego.

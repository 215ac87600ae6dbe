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

## Komisja oceny (urzędnicy).
committee-title = Komisja oceny
committee-intro = Ranking wniosków z ich ocenami, podział puli, który dokładnie maksymalizuje cel komisji, obok zwykłego podziału „finansujemy według kolejności w rankingu”, oraz decyzje komisji. Decyzje zostają zablokowane po zamknięciu prac komisji.
committee-closed-on = Komisja zakończyła prace { $when }: decyzje są zablokowane, pisma wysłane, a finansowane projekty są publiczne.
committee-rules = Zasady podziału
committee-envelope = Pula środków
committee-envelope-hint = Kwota do podziału, na przykład 100000.
committee-cap = Limit na projekt
committee-cap-hint = Pozostaw puste, jeśli nie ma limitu. Proponowany jest limit z kryteriów naboru.
committee-minimum-share = Minimalny wykonalny udział wnioskowanej kwoty (%)
committee-minimum-share-hint = Projekt finansowany poniżej wnioskowanej kwoty otrzymuje co najmniej ten udział, chyba że komisja ustali własne minimum.
committee-objective = Co maksymalizuje podział
committee-objective-value = Wartość finansowania ważoną ocenami (środki trafiają tam, gdzie oceny są najwyższe)
committee-objective-projects = Liczbę finansowanych projektów, a potem wartość ważoną
committee-score = Uwzględniana ocena
committee-score-corrected = Skorygowana o surowość oceniających
committee-score-raw = Surowa średnia ocen
committee-quotas = Kwoty
committee-quotas-hint = Na przykład co najmniej 30 % puli poza stolicą województwa albo najwyżej 4 projekty z danej dziedziny. Udziały są udziałami w puli.
committee-quota-n = Kwota { $n }
committee-quota-limit = Rodzaj
committee-quota-target = Liczone projekty
committee-quota-target-hint = inside:terytorium, outside:terytorium lub theme:kod, na przykład outside:pl:gmina:1465011 lub theme:solidarity-finance. Podczas pisania pojawiają się podpowiedzi.
committee-quota-value = Wartość (%, kwota lub liczba projektów)
committee-limit-min-share = Co najmniej udział w puli
committee-limit-max-share = Najwyżej udział w puli
committee-limit-min-amount = Co najmniej kwota
committee-limit-max-amount = Najwyżej kwota
committee-limit-min-projects = Co najmniej liczba projektów
committee-limit-max-projects = Najwyżej liczba projektów
committee-target-outside = poza: { $place }
committee-target-inside = w: { $place }
committee-preview = Przelicz bez zapisywania
committee-save-rules = Zapisz zasady
committee-allocation = Podział puli
committee-previewing = Te wyniki wynikają z zasad wpisanych powyżej, jeszcze niezapisanych.
committee-compare = Podział dokładny i „według kolejności w rankingu”
committee-optimal = Podział dokładny
committee-greedy = Według rankingu
committee-funded = Finansowane projekty
committee-spent = Przyznano
committee-unspent = Niewykorzystane
committee-difference = W porównaniu z finansowaniem według rankingu podział dokładny finansuje o { $funded } projekt(y) więcej i wykorzystuje o { $unspent } więcej z puli.
committee-greedy-unmet = Finansowanie według rankingu narusza kwoty: { $quotas }.
committee-decided = { $n ->
    [one] Jeden wniosek rozstrzygnięty
    [few] { $n } wnioski rozstrzygnięte
   *[other] { $n } wniosków rozstrzygniętych
}
committee-none = Żaden wniosek nie czeka na komisję.
committee-ranking = Ranking, od najwyższej oceny skorygowanej
committee-col-requested = Wnioskowano
committee-col-eligibility = Kwalifikowalność
committee-col-reviews = Oceny
committee-col-raw = Ocena surowa
committee-col-corrected = Ocena skorygowana
committee-col-offset = Surowość (punkty)
committee-col-decision = Decyzja
committee-disagreement = Oceny rozbieżne
committee-minimum = minimum { $amount }
committee-amount-for = Kwota przyznana dla { $reference }
committee-minimum-label = Minimalna wykonalna kwota
committee-note = Uwaga komisji
committee-decide = Zapisz
committee-amount-hint = 0 odrzuca projekt; pusta kwota zostawia go podziałowi, który uwzględnia każdą zapisaną decyzję.
committee-finish = Rozstrzygnij i zamknij
committee-adopt-hint = Zapisuje podział dokładny jako decyzję dla każdego jeszcze nierozstrzygniętego wniosku.
committee-adopt = Przyjmij podział dokładny
committee-close-hint = Zamknięcie blokuje decyzje, przenosi każdy wniosek do przyjętych lub odrzuconych, wysyła każdemu wnioskodawcy pismo w jego języku z plikiem PDF i publikuje finansowane projekty.
committee-close-confirm = Potwierdzam, że decyzje są ostateczne
committee-close = Zamknij prace komisji
committee-severity = Surowość oceniających
committee-severity-hint = Ile każdy oceniający dodaje do oceny, jaką dałby przeciętny oceniający (ujemnie: surowiej). Ocena skorygowana to usuwa.
committee-problem-decision-outside = Decyzja dotycząca { $application } nie mieści się już w minimum lub limicie: zmień ją.
committee-problem-rules-invalid = Pula lub limit jest poza dopuszczalnym zakresem.
committee-problem-quota-invalid = Kwota { $quota } jest poza dopuszczalnym zakresem.
committee-problem-fixed-exceed-envelope = Decyzje przyznają już { $fixed }, więcej niż pula { $envelope }.
committee-problem-quota-infeasible = Kwoty { $quota } nie da się spełnić razem z pulą, dopuszczalnymi kwotami, decyzjami i poprzednimi kwotami.
committee-problem-search-limit = Dokładny podział przy tych zasadach trwa zbyt długo: uprość kwoty.
flash-committee-rules-saved = Zasady zostały zapisane.
flash-committee-decided = Decyzja została zapisana.
flash-committee-adopted = Podział dokładny został zapisany jako decyzje komisji.
flash-committee-nothing-to-adopt = Wszystkie wnioski są już rozstrzygnięte.
flash-committee-closed = Prace komisji zostały zamknięte: pisma są wysyłane, a wyniki są publiczne.
error-confirm_required = Zaznacz pole, aby potwierdzić.
error-decisions_missing = Przed zamknięciem prac komisji każdy wniosek musi zostać rozstrzygnięty.
error-envelope_exceeded = Decyzje przyznają więcej niż pula.
error-allocation_infeasible = Żaden podział nie spełnia tych zasad: zobacz komunikat nad rankingiem.
error-decision_state_invalid = Wniosek wciąż czeka na informacje od wnioskodawcy albo został wycofany: rozstrzygnij to przed zamknięciem.
error-partial_not_allowed = Ten nabór nie finansuje mniej niż wnioskowana kwota.
error-minimum_outside = Minimum musi być dodatnie i nie większe niż limit.
error-amount_outside = Kwota musi wynosić 0 albo mieścić się między minimum a limitem (pełna kwota, gdy częściowe finansowanie nie jest dozwolone).
error-quota_target_invalid = Wpisz inside:terytorium, outside:terytorium lub theme:kod.
error-placeholder_unknown = Nieznane pole korespondencji: używaj tylko wymienionych powyżej.
error-too_many = Zbyt wiele pozycji.

## Pisma z decyzją.
letters-title = Pisma z decyzją
letters-intro = Pismo, które każdy wnioskodawca otrzymuje po zamknięciu prac komisji, e-mailem i w PDF, w swoim języku. Pola korespondencji są wypełniane dla każdego wniosku.
letters-placeholders = Pola korespondencji:
letters-heading-funded = Projekt finansowany – { $language }
letters-heading-not-funded = Projekt niefinansowany – { $language }
letters-default = tekst standardowy
letters-subject = Temat
letters-body = Treść pisma
letters-reset-hint = Opróżnij oba pola i zapisz, aby wrócić do tekstu standardowego.
letters-preview = Podgląd z przykładem
flash-letter-saved = Pismo zostało zapisane.
letter-funded-subject = Projekt „{ $project }” otrzymuje dofinansowanie
letter-funded-body = Szanowni Państwo,

    Komisja oceny naboru „{ $call }” rozpatrzyła wniosek { $reference } złożony przez { $organisation }.

    Z przyjemnością informujemy, że projekt „{ $project }” otrzymuje dofinansowanie w wysokości { $amount } (wnioskowana kwota: { $requested }).

    Urzędnicy odpowiedzialni za nabór skontaktują się z Państwem w sprawie umowy i wypłaty.

    Z wyrazami szacunku
    { $authority }
letter-not-funded-subject = Wniosek w naborze „{ $call }”
letter-not-funded-body = Szanowni Państwo,

    Komisja oceny naboru „{ $call }” rozpatrzyła wniosek { $reference } złożony przez { $organisation } dotyczący projektu „{ $project }”.

    Z przykrością informujemy, że tym razem komisja nie mogła go dofinansować: pula środków nie pozwoliła sfinansować wszystkich wartościowych wniosków.

    Oceny wniosku mogą pomóc w przygotowaniu kolejnego; więcej informacji udzielą urzędnicy odpowiedzialni za nabór.

    Z wyrazami szacunku
    { $authority }
letter-pdf-call = Nabór
letter-pdf-reference = Wniosek
letter-pdf-amount = Przyznana kwota
letter-pdf-footer = { $authority } – zawiadomienie o decyzji komisji oceny
letter-mail-footer = Pismo jest załączone w PDF. Twój wniosek: { $link }
letter-example-project = Kawiarenka naprawcza na osiedlu
letter-example-organisation = Stowarzyszenie Przykład
letter-example-authority = Urząd

## Wyniki publiczne.
results-title = Projekty z dofinansowaniem
results-intro = Wyniki komisji oceny z dnia { $when }.
results-summary = Dofinansowane projekty: { $funded } z { $decided } rozpatrzonych wniosków, łącznie { $total }.
results-none = Żaden projekt nie otrzymał dofinansowania.
results-col-organisation = Organizacja
results-col-territory = Gmina
results-col-amount = Przyznana kwota
results-csv = Pobierz listę (CSV)
app-decision-letter = Pismo z decyzją (PDF)

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

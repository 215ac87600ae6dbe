# Zapisane wyszukiwania i powiadomienia.

nav-my-alerts = Moje powiadomienia
alerts-create-title = Utwórz powiadomienie dla tego wyszukiwania
alerts-create-hint = Otrzymasz e-mail, gdy zostanie opublikowany pasujący program, oraz 7 dni przed terminem naboru.
alerts-email-hint = Wyślemy link potwierdzający: nic nie zostanie wysłane, zanim go otworzysz.
alerts-to-account = Powiadomienia będą wysyłane na adres Twojego konta.
alerts-field-title = Nazwa powiadomienia
alerts-title-hint = Opcjonalnie, na przykład „Trzecie miejsca na Mazowszu”.
alerts-field-frequency = Częstotliwość
alerts-frequency-immediate = Od razu, gdy pojawi się coś nowego
alerts-frequency-daily = Najwyżej jedno podsumowanie dziennie
alerts-create-submit = Utwórz powiadomienie
alerts-see-search = Zobacz wyszukiwanie
alerts-kind-search = Wyszukiwanie w katalogu
alerts-kind-eligibility = Profil kwalifikowalności
alerts-default-title-search = Moje wyszukiwanie wsparcia
alerts-default-title-eligibility = Programy, do których się kwalifikuję
alerts-flash-created = Powiadomienie zostało utworzone.
alerts-flash-check-mail = Sprawdź skrzynkę: otwórz otrzymany link, aby włączyć powiadomienie.
alerts-flash-deleted = Powiadomienie zostało usunięte.
alerts-confirmed-title = Powiadomienie włączone
alerts-confirmed-text = Twoje powiadomienie „{ $title }” jest aktywne.
alerts-feed = Kanał Atom
alerts-feed-link = Subskrybuj kanał
alerts-feed-title = Passerelle: { $title }
alerts-unsubscribe = Wypisz się
alerts-unsubscribe-title = Wypisanie się
alerts-unsubscribe-question = Czy przestać otrzymywać powiadomienie „{ $title }”?
alerts-unsubscribe-submit = Wypisz mnie
alerts-unsubscribed = Nie będziesz już otrzymywać powiadomienia „{ $title }”.
alerts-back-to-catalogue = Powrót do katalogu programów
alerts-mine-title = Moje powiadomienia
alerts-mine-empty = Nie masz jeszcze żadnego powiadomienia.
alerts-mine-hint = Aby utworzyć powiadomienie, wyszukaj programy lub odpowiedz na pytania o kwalifikowalność:
alerts-column-kind = Przedmiot
alerts-column-status = Stan
alerts-column-actions = Działania
alerts-status-active = Aktywne
alerts-status-pending = Czeka na potwierdzenie przez { $email }
alerts-delete = Usuń
alerts-delete-label = Usuń powiadomienie „{ $title }”
alerts-deadline = Termin: { $deadline }
alerts-no-deadline = Bez terminu
alerts-confirm-subject = Potwierdź powiadomienie „{ $title }”
alerts-confirm-body = Dzień dobry,

    Aby włączyć powiadomienie „{ $title }” w serwisie Passerelle, otwórz ten link (ważny przez 7 dni):
    { $link }

    Obserwowane wyszukiwanie: { $search }

    Jeśli nie prosiłeś(-aś) o to powiadomienie, zignoruj tę wiadomość: nic nie otrzymasz.
alerts-mail-subject = { $title }: { $count ->
    [one] jeden program
    [few] { $count } programy
   *[many] { $count } programów
}
alerts-mail-intro = Dzień dobry,

    Nowości dla Twojego powiadomienia „{ $title }”:
alerts-mail-section-published = Nowo opublikowane programy:
alerts-mail-section-deadline = Termin upływa za mniej niż 7 dni:
alerts-mail-search = Zobacz wyszukiwanie: { $link }
alerts-mail-feed = Kanał Atom: { $link }
alerts-mail-footer = Otrzymujesz tę wiadomość, ponieważ utworzyłeś(-aś) to powiadomienie w serwisie Passerelle. Wypisz się jednym kliknięciem: { $link }
error-alert_source_invalid = Powiadomienie tworzy się z katalogu programów lub z pytań o kwalifikowalność.
error-alert_query_invalid = To wyszukiwanie zawiera nieprawidłowe kryteria: popraw je przed utworzeniem powiadomienia.
error-alerts_too_many = Ten adres osiągnął maksymalną liczbę powiadomień (20): najpierw usuń jedno z nich.

### Silnik oceny kwalifikowalności, opis kryteriów i słowniki programów.
###
### Argumenty przychodzą już sformatowane, jako tekst: kwoty z walutą („15 000 zł”), stawki
### z „%”, momenty w czasie ze strefą („31 grudnia 2023 o 23:59 (czas warszawski)”), listy kodów
### jako etykiety rozdzielone przecinkami, formy prawne i terytoria jako nazwy, pola jako ich
### etykiety (field-…). Liczby całkowite są przekazywane także jako liczby, pod tą samą nazwą,
### aby działał wybór formy liczby mnogiej (one/few/many/other).
###
### `forms` (elig-beneficiary-…, crit-beneficiary) przychodzi albo puste, albo zaczyna się od „; ”,
### po którym następują formy prawne dopuszczone poza kategoriami: komunikat dokleja je wprost
### po `categories`.

## Kwalifikowalność: brakujące informacje

elig-missing = Do oceny potrzebna jest informacja: { $field }.
elig-missing-vat = Wydatki kwalifikowalne podano w kwocie { $given_vat } ({ $expenses }), a próg { $limit } dotyczy kwoty { $vat }: podaj kwotę { $vat }, aby można było dokonać oceny.
elig-currency = Kwoty należy podać w walucie programu, aby można je było porównać: { $currency }.

## Kwalifikowalność: grupy warunków

elig-all-met = { $total ->
    [0] Ta grupa nie zawiera żadnych warunków.
    [one] Warunek z tej grupy jest spełniony.
   *[other] Wszystkie warunki z tej grupy ({ $total }) są spełnione.
}
elig-all-not-met = { $total ->
    [one] Warunek z tej grupy nie jest spełniony.
   *[other] Wszystkie warunki z tej grupy ({ $total }) muszą być spełnione; { $met ->
        [0] nie jest spełniony żaden z nich.
        [one] spełniony jest tylko jeden.
        [few] spełnione są tylko { $met }.
        [many] spełnionych jest tylko { $met }.
       *[other] spełnionych jest tylko { $met }.
    }
}
elig-all-unknown = Z powodu braku informacji nie można jeszcze sprawdzić { $unknown ->
    [one] jednego warunku z tej grupy
   *[other] { $unknown } warunków z tej grupy
}{ $met ->
    [0] .
    [one] ; pozostały warunek jest spełniony.
   *[other] ; pozostałe warunki ({ $met }) są spełnione.
}
elig-at-least-met = { $need ->
    [one] Należy spełnić co najmniej jeden warunek z tej grupy
    [few] Należy spełnić co najmniej { $need } warunki z tej grupy
    [many] Należy spełnić co najmniej { $need } warunków z tej grupy
   *[other] Należy spełnić co najmniej { $need } warunków z tej grupy
}: { $met ->
    [one] spełniony jest jeden z { $total }.
    [few] spełnione są { $met } z { $total }.
    [many] spełnionych jest { $met } z { $total }.
   *[other] spełnionych jest { $met } z { $total }.
}
elig-at-least-not-met = { $need ->
    [one] Należy spełnić co najmniej jeden warunek z tej grupy
    [few] Należy spełnić co najmniej { $need } warunki z tej grupy
    [many] Należy spełnić co najmniej { $need } warunków z tej grupy
   *[other] Należy spełnić co najmniej { $need } warunków z tej grupy
}: { $met ->
    [0] nie jest spełniony żaden.
    [one] spełniony jest tylko jeden z { $total }.
    [few] spełnione są tylko { $met } z { $total }.
    [many] spełnionych jest tylko { $met } z { $total }.
   *[other] spełnionych jest tylko { $met } z { $total }.
}
elig-at-least-unknown = { $need ->
    [one] Należy spełnić co najmniej jeden warunek z tej grupy
    [few] Należy spełnić co najmniej { $need } warunki z tej grupy
    [many] Należy spełnić co najmniej { $need } warunków z tej grupy
   *[other] Należy spełnić co najmniej { $need } warunków z tej grupy
}: { $met ->
    [0] żaden nie jest jeszcze spełniony
    [one] spełniony jest jeden z { $total }
    [few] spełnione są { $met } z { $total }
    [many] spełnionych jest { $met } z { $total }
   *[other] spełnionych jest { $met } z { $total }
}, a sprawdzenie { $unknown ->
    [one] jednego warunku
   *[other] { $unknown } warunków
} wymaga dodatkowych informacji.

## Kwalifikowalność: termin naboru i obszar

elig-open-permanent = Nabór prowadzony jest w trybie ciągłym: wnioski można składać w dowolnym momencie.
elig-open-met = Stan na { $at }: nabór trwa i zakończy się { $closes }.
elig-open-upcoming = Stan na { $at }: nabór jeszcze się nie rozpoczął; wnioski będzie można składać od { $opens }.
elig-open-closed = Stan na { $at }: nabór zakończył się { $closed } i nie można już składać wniosków.
elig-perimeter-met = Siedziba Twojej organizacji ({ $place }) znajduje się na obszarze objętym programem: { $perimeter }.
elig-perimeter-not-met = Siedziba Twojej organizacji ({ $place }) znajduje się poza obszarem objętym programem; program jest przeznaczony dla organizacji z siedzibą na obszarze: { $perimeter }.

## Kwalifikowalność: organizacja

elig-country-met = Twoja organizacja jest zarejestrowana w kraju objętym programem ({ $country }); kraje objęte programem: { $allowed }.
elig-country-not-met = Twoja organizacja jest zarejestrowana w kraju nieobjętym programem ({ $country }); program jest przeznaczony wyłącznie dla organizacji zarejestrowanych w następujących krajach: { $allowed }.
elig-beneficiary-met = Forma prawna Twojej organizacji ({ $form }, kategoria „{ $category }”) mieści się w katalogu uprawnionych wnioskodawców: { $categories }{ $forms }.
elig-beneficiary-not-met = Forma prawna Twojej organizacji ({ $form }, kategoria „{ $category }”) nie mieści się w katalogu uprawnionych wnioskodawców, którymi mogą być: { $categories }{ $forms }.
elig-beneficiary-category-met = Twoja organizacja należy do kategorii „{ $category }”, która mieści się w katalogu uprawnionych wnioskodawców: { $categories }{ $forms }.
elig-beneficiary-category-not-met = Twoja organizacja należy do kategorii „{ $category }”, która nie mieści się w katalogu uprawnionych wnioskodawców, którymi mogą być: { $categories }{ $forms }.
elig-sse-status = Twoja organizacja jest podmiotem ekonomii społecznej ze względu na swoją formę prawną ({ $form }).
elig-sse-declared = Zgodnie z Twoim oświadczeniem Twoja organizacja jest podmiotem ekonomii społecznej.
elig-sse-not-met = Program jest przeznaczony dla podmiotów ekonomii społecznej, a zgodnie z Twoim oświadczeniem Twoja organizacja nie jest takim podmiotem.
elig-sse-public = Program jest przeznaczony dla podmiotów ekonomii społecznej, do których nie należą jednostki samorządu ani inne podmioty publiczne.
elig-label-met = Twoja organizacja posiada wymagany status lub akredytację: { $label }.
elig-label-not-met = Program jest przeznaczony dla podmiotów posiadających następujący status lub akredytację: { $label }; zgodnie z Twoimi odpowiedziami Twoja organizacja nie spełnia tego warunku.

## Kwalifikowalność: projekt

elig-themes-met = Twój projekt wpisuje się w { $count ->
    [one] jeden obszar tematyczny programu
    [few] { $count } obszary tematyczne programu
    [many] { $count } obszarów tematycznych programu
   *[other] { $count } obszarów tematycznych programu
} ({ $matched }); wymagane minimum: { $min }.
elig-themes-not-met = Projekt musi wpisywać się w co najmniej { $min ->
    [one] jeden z następujących obszarów tematycznych
   *[other] { $min } z następujących obszarów tematycznych
}: { $allowed }; { $count ->
    [0] Twój projekt nie wpisuje się w żaden z nich.
    [one] Twój projekt wpisuje się tylko w jeden ({ $matched }).
   *[other] Twój projekt wpisuje się tylko w { $count } ({ $matched }).
}
elig-requested-max-met = Wnioskowana kwota ({ $requested }) nie przekracza maksymalnej kwoty wsparcia ({ $limit }).
elig-requested-max-not-met = Wnioskowana kwota ({ $requested }) przekracza maksymalną kwotę wsparcia; może wynosić najwyżej { $limit }.
elig-requested-min-met = Wnioskowana kwota ({ $requested }) jest nie niższa niż minimalna kwota wsparcia ({ $limit }).
elig-requested-min-not-met = Wnioskowana kwota ({ $requested }) jest niższa niż minimalna kwota wsparcia; musi wynosić co najmniej { $limit }.
elig-rate-met = Wnioskowana kwota ({ $requested }) stanowi { $rate } wydatków kwalifikowalnych ({ $expenses }) i mieści się w maksymalnym poziomie dofinansowania ({ $limit }).
elig-rate-not-met = Wnioskowana kwota ({ $requested }) stanowi { $rate } wydatków kwalifikowalnych ({ $expenses }) i przekracza maksymalny poziom dofinansowania ({ $limit }); należy obniżyć wnioskowaną kwotę lub wykazać wyższe wydatki kwalifikowalne.
elig-expenses-met = Wydatki kwalifikowalne projektu ({ $expenses } { $given_vat }) osiągają wymagany próg { $limit } { $vat }.
elig-expenses-not-met = Wydatki kwalifikowalne projektu ({ $expenses } { $given_vat }) nie osiągają progu { $limit } { $vat } wymaganego w programie.
elig-services-met = Twój projekt obejmuje { $count ->
    [one] jedną z oczekiwanych usług
   *[other] { $count } z oczekiwanych usług
} ({ $matched }); wymagane minimum: { $min }.
elig-services-not-met = Projekt musi obejmować co najmniej { $min ->
    [one] jedną z następujących usług
   *[other] { $min } z następujących usług
}: { $allowed }; { $count ->
    [0] Twój projekt nie obejmuje żadnej z nich.
    [one] Twój projekt obejmuje tylko jedną ({ $matched }).
   *[other] Twój projekt obejmuje tylko { $count } ({ $matched }).
}
elig-commitment-met = Podejmujesz wymagane zobowiązanie: { $commitment }.
elig-commitment-not-met = Program wymaga podjęcia następującego zobowiązania, którego nie podjęto: { $commitment }.
elig-cofunders-met = Projekt jest współfinansowany przez { $count ->
    [one] jeden podmiot
    [few] { $count } podmioty
    [many] { $count } podmiotów
   *[other] { $count } podmiotów
} spośród oczekiwanych rodzajów ({ $matched }); wymagane minimum: { $min }.
elig-cofunders-not-met = Projekt musi mieć co najmniej { $min ->
    [one] jeden podmiot współfinansujący
    [few] { $min } podmioty współfinansujące
    [many] { $min } podmiotów współfinansujących
   *[other] { $min } podmiotów współfinansujących
} spośród następujących rodzajów: { $allowed }; { $count ->
    [0] Twój projekt nie ma żadnego.
    [one] Twój projekt ma tylko jeden ({ $matched }).
   *[other] Twój projekt ma tylko { $count } ({ $matched }).
}
elig-consortium-single = Projekt jest realizowany przez jedną organizację, więc zasady dotyczące partnerstw nie mają zastosowania.
elig-consortium-no-lead = Projekt jest realizowany w partnerstwie { $members } organizacji bez wskazanego lidera; program wymaga wskazania lidera partnerstwa.
elig-consortium-too-few = Partnerstwo składa się z { $members } organizacji, a program wymaga co najmniej { $min }.
elig-consortium-too-many = Partnerstwo składa się z { $members } organizacji, a program dopuszcza najwyżej { $max }.
elig-consortium-met = Projekt jest realizowany w partnerstwie { $members } organizacji zgodnie z zasadami programu.

## Opis kryteriów (strona programu)

crit-all = Wszystkie poniższe warunki:
crit-any = Co najmniej jeden z poniższych warunków:
crit-at-least = Co najmniej { $min ->
    [one] jeden
   *[other] { $min }
} z { $total } poniższych warunków:
crit-country = Kraj rejestracji wnioskodawcy: { $allowed }.
crit-beneficiary = Uprawnieni wnioskodawcy: { $categories }{ $forms }.
crit-sse = Wnioskodawca musi być podmiotem ekonomii społecznej.
crit-label = Wnioskodawca musi posiadać następujący status lub akredytację: { $label }.
crit-themes = Projekt musi wpisywać się w co najmniej { $min ->
    [one] jeden
   *[other] { $min }
} z następujących obszarów tematycznych: { $allowed }.
crit-requested-max = Wnioskowana kwota nie może przekraczać { $limit }.
crit-requested-min = Wnioskowana kwota musi wynosić co najmniej { $limit }.
crit-rate-max = Poziom dofinansowania nie może przekraczać { $limit } wydatków kwalifikowalnych.
crit-expenses-min = Wydatki kwalifikowalne muszą wynosić co najmniej { $limit } { $vat }.
crit-services = Projekt musi obejmować co najmniej { $min ->
    [one] jedną
   *[other] { $min }
} z następujących usług: { $allowed }.
crit-commitment = Wnioskodawca musi podjąć następujące zobowiązanie: { $commitment }.
crit-cofunders = Projekt musi mieć co najmniej { $min ->
    [one] jeden podmiot współfinansujący
    [few] { $min } podmioty współfinansujące
    [many] { $min } podmiotów współfinansujących
   *[other] { $min } podmiotów współfinansujących
} spośród następujących rodzajów: { $allowed }.
crit-consortium = Projekty partnerskie: { $lead ->
    [yes] wymagane jest wskazanie lidera partnerstwa
   *[no] wskazanie lidera partnerstwa nie jest wymagane
}{ $min ->
    [0] {""}
   *[other] ; minimalna liczba podmiotów w partnerstwie: { $min }
}{ $max ->
    [0] {""}
   *[other] ; maksymalna liczba podmiotów w partnerstwie: { $max }
}.
crit-open-one-off = Otwarcie naboru: { $opens }; zamknięcie naboru: { $closes }.
crit-open-annual = Nabór coroczny: otwarcie { $opens }, zamknięcie { $closes }.
crit-open-permanent = Nabór ciągły: wnioski można składać w dowolnym momencie.
crit-perimeter = Siedziba wnioskodawcy musi znajdować się na obszarze objętym programem: { $perimeter }.

## Pola formularza („potrzebna informacja”)

field-applicant-country = kraj rejestracji Twojej organizacji
field-applicant-legal-form = forma prawna Twojej organizacji
field-applicant-location = miejsce siedziby Twojej organizacji
field-applicant-ess = czy Twoja organizacja jest podmiotem ekonomii społecznej
field-applicant-labels = statusy i akredytacje posiadane przez Twoją organizację
field-project-themes = obszary tematyczne Twojego projektu
field-project-requested = wnioskowana kwota wsparcia
field-project-eligible-expenses = wydatki kwalifikowalne projektu, w kwocie netto lub brutto
field-project-services = usługi, które obejmie Twój projekt
field-project-cofunders = podmioty współfinansujące Twój projekt
field-project-commitments = zobowiązania, które podejmujesz
field-project-consortium = czy projekt jest realizowany w partnerstwie, a jeśli tak — kto jest jego liderem

## Słowniki: tytuły

vocab-title-scheme_kinds = Formy wsparcia
vocab-title-statuses = Statusy publikacji
vocab-title-recurrences = Tryb naboru
vocab-title-themes = Obszary tematyczne
vocab-title-services = Oferowane usługi
vocab-title-commitments = Zobowiązania
vocab-title-labels = Statusy i akredytacje
vocab-title-cofunder_kinds = Podmioty współfinansujące
vocab-title-vat = VAT
vocab-title-beneficiary_categories = Kategorie wnioskodawców
vocab-title-countries = Kraje
vocab-title-currencies = Waluty

## Słowniki: formy wsparcia

vocab-scheme_kinds-grant = Dotacja
vocab-scheme_kinds-loan = Pożyczka (w tym preferencyjna i nieoprocentowana)
vocab-scheme_kinds-guarantee = Poręczenie kredytu
vocab-scheme_kinds-coaching = Doradztwo i wsparcie merytoryczne
vocab-scheme_kinds-incubation = Inkubacja lub akceleracja
vocab-scheme_kinds-call-for-projects = Konkurs
vocab-scheme_kinds-prize = Nagroda lub wyróżnienie

## Słowniki: statusy publikacji

vocab-statuses-draft = Wersja robocza
vocab-statuses-published = Opublikowany
vocab-statuses-closed = Zamknięty
vocab-statuses-archived = Zarchiwizowany

## Słowniki: tryb naboru

vocab-recurrences-one-off = Jednorazowy
vocab-recurrences-annual = Coroczny
vocab-recurrences-permanent = Ciągły

## Słowniki: obszary tematyczne

vocab-themes-sustainable-development = Zrównoważony rozwój
vocab-themes-solidarity-finance = Finanse społeczne i solidarne
vocab-themes-tiers-lieux = Trzecie miejsca (tiers-lieux)
vocab-themes-coworking = Coworking
vocab-themes-digital-inclusion = Włączenie cyfrowe
vocab-themes-social-innovation = Innowacje społeczne
vocab-themes-employment-inclusion = Zatrudnienie i reintegracja zawodowa
vocab-themes-circular-economy = Gospodarka o obiegu zamkniętym
vocab-themes-short-food-circuits = Krótkie łańcuchy dostaw żywności
vocab-themes-responsible-procurement = Społecznie odpowiedzialne zamówienia publiczne
vocab-themes-culture = Kultura i działalność twórcza
vocab-themes-mobility = Mobilność
vocab-themes-housing = Mieszkalnictwo
vocab-themes-care-services = Usługi opiekuńcze, zdrowotne i społeczne
vocab-themes-energy-transition = Transformacja energetyczna i społeczności energetyczne
vocab-themes-local-development = Rozwój lokalny i rewitalizacja obszarów wiejskich

## Słowniki: usługi trzecich miejsc

vocab-services-telework-centre = Centrum pracy zdalnej
vocab-services-coworking = Przestrzeń współpracy (coworking)
vocab-services-fab-lab = Fab lab (pracownia fabrykacji cyfrowej)
vocab-services-living-lab = Living lab
vocab-services-support-space = Przestrzeń wsparcia projektów zawodowych
vocab-services-digital-mediation = Ogólnodostępna przestrzeń edukacji cyfrowej
vocab-services-social-life-space = Przestrzeń aktywności lokalnej (handel i usługi dla mieszkańców)

## Słowniki: zobowiązania

vocab-commitments-animation-staff = Animowanie miejsca: program działań i dedykowany personel
vocab-commitments-public-opening = Udostępnianie miejsca publiczności w stałych godzinach
vocab-commitments-network-membership = Przystąpienie do sieci regionalnej i udostępnianie danych o działalności
vocab-commitments-impact-reporting = Coroczne raportowanie wskaźników oddziaływania społecznego

## Słowniki: statusy i akredytacje

vocab-labels-esus = Agrément ESUS (Francja: przedsiębiorstwo solidarne o użyteczności społecznej)
vocab-labels-siae = SIAE – podmiot reintegracji zawodowej (Francja)
vocab-labels-entreprise-adaptee = Entreprise adaptée – przedsiębiorstwo zatrudniające głównie osoby z niepełnosprawnościami (Francja)
vocab-labels-pl-social-enterprise = Status przedsiębiorstwa społecznego
vocab-labels-pl-cis = Centrum integracji społecznej (CIS)
vocab-labels-pl-kis = Klub integracji społecznej (KIS)
vocab-labels-pl-zaz = Zakład aktywności zawodowej (ZAZ)
vocab-labels-pl-wtz = Warsztat terapii zajęciowej (WTZ)

## Słowniki: podmioty współfinansujące

vocab-cofunder_kinds-eu = Unia Europejska
vocab-cofunder_kinds-state = Administracja rządowa
vocab-cofunder_kinds-region = Województwo lub region
vocab-cofunder_kinds-departement = Powiat lub departament
vocab-cofunder_kinds-intercommunality = Związek międzygminny
vocab-cofunder_kinds-commune = Gmina
vocab-cofunder_kinds-private = Podmiot prywatny

## Słowniki: VAT

vocab-vat-excl = netto
vocab-vat-incl = brutto

## Słowniki: kategorie wnioskodawców

vocab-beneficiary_categories-association = Stowarzyszenia
vocab-beneficiary_categories-foundation = Fundacje
vocab-beneficiary_categories-cooperative = Spółdzielnie
vocab-beneficiary_categories-mutual = Towarzystwa ubezpieczeń wzajemnych
vocab-beneficiary_categories-commercial_company = Spółki handlowe
vocab-beneficiary_categories-sole_trader = Osoby fizyczne prowadzące działalność gospodarczą
vocab-beneficiary_categories-public_authority = Jednostki samorządu terytorialnego i inne podmioty publiczne
vocab-beneficiary_categories-public_law_group = Związki i porozumienia podmiotów publicznych
vocab-beneficiary_categories-other = Inne podmioty

## Słowniki: kraje i waluty

vocab-countries-fr = Francja
vocab-countries-pl = Polska
vocab-currencies-eur = Euro (EUR)
vocab-currencies-pln = Złoty (PLN)

# A clause after a semicolon, spaced as the language writes it.
list-then = ; { $rest }
# Between the items of a list whose items may contain commas.
list-sep = { "; " }

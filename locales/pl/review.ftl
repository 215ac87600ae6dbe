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

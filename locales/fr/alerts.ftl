# Recherches enregistrées et alertes.

nav-my-alerts = Mes alertes
alerts-create-title = Créer une alerte pour cette recherche
alerts-create-hint = Recevez un courriel quand une aide correspondante est publiée et 7 jours avant sa date limite.
alerts-email-hint = Un lien de confirmation vous sera envoyé : rien ne part avant que vous l’ayez ouvert.
alerts-to-account = Les alertes seront envoyées à l’adresse de votre compte.
alerts-field-title = Nom de l’alerte
alerts-title-hint = Facultatif, par exemple « Tiers-lieux dans les Hauts-de-Seine ».
alerts-field-frequency = Fréquence
alerts-frequency-immediate = Dès qu’il y a du nouveau
alerts-frequency-daily = Un récapitulatif par jour au plus
alerts-create-submit = Créer l’alerte
alerts-see-search = Voir la recherche
alerts-kind-search = Recherche dans le catalogue
alerts-kind-eligibility = Profil d’éligibilité
alerts-default-title-search = Ma recherche d’aides
alerts-default-title-eligibility = Les aides auxquelles je suis éligible
alerts-flash-created = L’alerte est créée.
alerts-flash-check-mail = Consultez votre messagerie : ouvrez le lien reçu pour activer l’alerte.
alerts-flash-deleted = L’alerte est supprimée.
alerts-confirmed-title = Alerte activée
alerts-confirmed-text = Votre alerte « { $title } » est active.
alerts-feed = Flux Atom
alerts-feed-link = S’abonner au flux
alerts-feed-title = Passerelle : { $title }
alerts-unsubscribe = Se désabonner
alerts-unsubscribe-title = Désabonnement
alerts-unsubscribe-question = Ne plus recevoir l’alerte « { $title } » ?
alerts-unsubscribe-submit = Me désabonner
alerts-unsubscribed = Vous ne recevrez plus l’alerte « { $title } ».
alerts-back-to-catalogue = Retour au catalogue des aides
alerts-mine-title = Mes alertes
alerts-mine-empty = Vous n’avez pas encore d’alerte.
alerts-mine-hint = Pour créer une alerte, faites une recherche ou répondez au questionnaire d’éligibilité :
alerts-column-kind = Objet
alerts-column-status = État
alerts-column-actions = Actions
alerts-status-active = Active
alerts-status-pending = En attente de confirmation par { $email }
alerts-delete = Supprimer
alerts-delete-label = Supprimer l’alerte « { $title } »
alerts-deadline = Date limite : { $deadline }
alerts-no-deadline = Sans date limite
alerts-confirm-subject = Confirmez votre alerte « { $title } »
alerts-confirm-body = Bonjour,

    Pour activer l’alerte « { $title } » sur Passerelle, ouvrez ce lien (valable 7 jours) :
    { $link }

    Recherche suivie : { $search }

    Si vous n’avez pas demandé cette alerte, ignorez ce message : vous ne recevrez rien.
alerts-mail-subject = { $title } : { $count ->
    [one] une aide
   *[other] { $count } aides
}
alerts-mail-intro = Bonjour,

    Du nouveau pour votre alerte « { $title } » :
alerts-mail-section-published = Nouvelles aides publiées :
alerts-mail-section-deadline = Date limite dans moins de 7 jours :
alerts-mail-search = Voir la recherche : { $link }
alerts-mail-feed = Flux Atom : { $link }
alerts-mail-footer = Vous recevez ce message parce que vous avez créé cette alerte sur Passerelle. Se désabonner en un clic : { $link }
error-alert_source_invalid = Une alerte se crée depuis le catalogue des aides ou le questionnaire d’éligibilité.
error-alert_query_invalid = Cette recherche contient des critères invalides : corrigez-la avant de créer l’alerte.
error-alerts_too_many = Cette adresse a atteint le nombre maximal d’alertes (20) : supprimez-en une d’abord.

//! The dossier page: every answer, the audit trail, transitions with notes, messages, the
//! content of record after a completion, the PDF.

use passerelle_app::applications::drafts::{self, Saved};
use passerelle_store::repo::applications as apps;

use super::{
    ADMIN, PORTEUR, Project, SLUG, actions_of, actor, demo, fixture, get, login, sections, state_of,
};
use crate::{location, text};

#[tokio::test]
async fn the_dossier_page_shows_everything_and_moves_the_dossier() {
    let app = demo().await;
    let f = fixture(&app).await;
    let c = login(&app, ADMIN).await;
    let page = format!("/schemes/{SLUG}/applications/{}", f.lot.0);

    let (s, body) = get(&app, &c, &page).await;
    assert_eq!(s, 200, "{body}");
    assert!(body.contains(&f.lot.1) && body.contains("À examiner"));
    assert!(
        body.contains("Un atelier de réparation de vélos"),
        "long text"
    );
    assert!(
        body.contains("<p>Des ateliers chaque semaine.</p><p>Une fête par saison.</p>"),
        "paragraphs"
    );
    assert!(
        body.contains("Fab Lab") && body.contains("Coché"),
        "choices and declarations"
    );
    assert!(
        body.contains("<th scope=\"col\">Financeur</th>")
            && body.contains("Ville de Villeneuve-sur-Lot")
    );
    assert!(
        body.contains("href=\"/organisations/"),
        "organisation's public page"
    );
    // Files link to the attachments' download route.
    let prefix = format!("<a href=\"/applications/{}/attachments/", f.lot.0);
    assert!(
        body.contains(&prefix) && body.contains(">devis-travaux.pdf</a>"),
        "{body}"
    );
    assert!(
        body.contains("(Europe/Paris)"),
        "submission instant in the call's zone"
    );
    let sha = {
        let mut conn = app.ctx.db.conn().await.unwrap();
        apps::find(&mut conn, &f.lot.0)
            .await
            .unwrap()
            .unwrap()
            .frozen_sha256
            .unwrap()
    };
    assert!(body.contains(&sha));
    assert!(body.contains(&format!("{page}/dossier.pdf")));
    // Officers' events from "submitted"; none of the applicant's.
    for e in ["start_review", "request_info", "reject", "close"] {
        assert!(
            body.contains(&format!("name=\"event\" value=\"{e}\"")),
            "{e}"
        );
    }
    assert!(!body.contains("value=\"withdraw\"") && !body.contains("value=\"accept\""));
    // Reading it is in the audit trail, and the history shows it.
    assert_eq!(actions_of(&app, &f.lot.0).await.last().unwrap(), "view");
    assert!(body.contains("Dossier consulté") && body.contains("Julien Moreau"));

    // A transition with a note: the state changes and the applicant is told, with the note.
    let note = "Nous commençons l’instruction de votre dossier.";
    let res = app
        .post_form(
            &c,
            &format!("{page}/transition"),
            &[("event", "start_review"), ("note", note)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), page);
    assert_eq!(state_of(&app, &f.lot.0).await, "in_review");
    let (_, body) = get(&app, &c, &page).await;
    assert!(body.contains("L’état du dossier a été modifié.") && body.contains("En instruction"));
    app.deliver_mail().await.unwrap();
    let mail = passerelle_testkit::decode_body(app.mails_to(PORTEUR).last().unwrap());
    assert!(
        mail.contains(note) && mail.contains("En cours d’examen"),
        "{mail}"
    );

    // Refused from here (already in review): the reason, in the reader's language.
    let res = app
        .post_form(
            &c,
            &format!("{page}/transition"),
            &[("event", "start_review"), ("note", "")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 409);
    assert!(
        text(res)
            .await
            .contains("Cette action n’est pas possible dans l’état actuel du dossier.")
    );
    // A note too long: 422, tied to that form's note, kept.
    let long = "n".repeat(2_001);
    let res = app
        .post_form(
            &c,
            &format!("{page}/transition"),
            &[("event", "accept"), ("note", &long)],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body = text(res).await;
    assert!(body.contains("id=\"note-accept-error\"") && body.contains(&long));
    assert_eq!(state_of(&app, &f.lot.0).await, "in_review");

    // A message: posted, shown in the thread, mailed to the applicants.
    let res = app
        .post_form(
            &c,
            &format!("{page}/messages"),
            &[("body", "Pouvez-vous joindre un devis ?")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), format!("{page}#messages"));
    let (_, body) = get(&app, &c, &page).await;
    assert!(
        body.contains("<p>Pouvez-vous joindre un devis ?</p>")
            && body.contains("Service instructeur")
    );
    app.deliver_mail().await.unwrap();
    let mail = passerelle_testkit::decode_body(app.mails_to(PORTEUR).last().unwrap());
    assert!(mail.contains("Pouvez-vous joindre un devis ?"), "{mail}");
    let res = app
        .post_form(&c, &format!("{page}/messages"), &[("body", "  ")])
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    assert!(text(res).await.contains("id=\"body-error\""));

    // After a request for information and its completion, the completed answers are shown.
    let res = app
        .post_form(
            &c,
            &format!("{page}/transition"),
            &[("event", "request_info"), ("note", "Le nom ?")],
        )
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let porteur = actor(&app, PORTEUR).await;
    let mut p = sections(&Project {
        name: "Tiers-lieu des Bords du Lot et de la Garonne",
        description: "Un atelier de réparation de vélos et un espace de coworking.",
        requested: 10_000,
        cofunding: 15_000,
        cofunder: ("Ville de Villeneuve-sur-Lot", "commune"),
        quote: None,
    });
    let (section, answers) = p.remove(0);
    let saved = drafts::save_section(
        &app.ctx,
        &porteur,
        Some(SLUG),
        &f.lot.0,
        section,
        1,
        serde_json::from_value(answers).unwrap(),
    )
    .await
    .unwrap();
    assert!(matches!(saved, Saved::Done { .. }));
    passerelle_app::applications::workflow::transition(
        &app.ctx,
        &porteur,
        Some(SLUG),
        &f.lot.0,
        passerelle_domain::application::Event::Complete,
        "",
    )
    .await
    .unwrap();
    let (_, body) = get(&app, &c, &page).await;
    assert!(
        body.contains("Tiers-lieu des Bords du Lot et de la Garonne"),
        "content of record"
    );
    assert!(body.contains("à la suite d’une demande de compléments"));
    assert!(body.contains("Compléments transmis") && body.contains("Thomas Girard"));

    // The PDF, written to the audit trail.
    let res = c
        .get(app.url(&format!("{page}/dossier.pdf")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(
        res.headers()["content-disposition"],
        format!("attachment; filename=\"{}.pdf\"", f.lot.1)
    );
    assert!(res.bytes().await.unwrap().starts_with(b"%PDF-"));
    assert_eq!(
        actions_of(&app, &f.lot.0).await.last().unwrap(),
        "export_pdf"
    );
}

//! `POST /schemes/{slug}/applications/bulk`: one officer event applied to the ticked
//! applications. Each succeeds or fails on its own; the inbox comes back, with the filters it
//! was posted from, headed by what changed and what was refused and why.

use std::collections::HashMap;

use axum::Form;
use axum::extract::Path;
use axum::response::Response;
use passerelle_app::applications::inbox::{self, Filters};
use passerelle_app::applications::workflow;
use passerelle_app::{AppError, FieldError};
use passerelle_domain::application::Event;

use super::Typed;
use super::list::{BulkSummary, render};
use crate::error::WebError;
use crate::page::PageCtx;
use crate::pages::backoffice::FormData;

/// `POST /schemes/{slug}/applications/bulk`.
pub async fn apply(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let f = FormData(pairs);
    p.check_csrf(f.get("_csrf")).await?;
    // The filters the list was shown with travel in `back`, so the page comes back the same.
    let back: Vec<(String, String)> = form_urlencoded::parse(f.get("back").as_bytes())
        .into_owned()
        .collect();
    let t = Typed::read(&FormData(back));
    let ids = f.all("ids");
    let mut errors = Vec::new();
    let event = f.get("event").parse::<Event>().ok();
    if event.is_none() {
        errors.push(FieldError::new("event", "code_unknown"));
    }
    if ids.is_empty() {
        errors.push(FieldError::new("ids", "none_selected"));
    }
    let Some(event) = event.filter(|_| errors.is_empty()) else {
        return render(p, &slug, t, errors, None).await;
    };
    let results = match workflow::bulk(&p.state.app, &p.actor, &slug, &ids, event).await {
        Ok(r) => r,
        Err(AppError::Invalid(errs)) => return render(p, &slug, t, errs, None).await,
        Err(e) => return Err(e.into()),
    };
    let changed = results.iter().filter(|(_, r)| r.is_ok()).count();
    let refused: Vec<(String, &str)> = results
        .iter()
        .filter_map(|(id, r)| r.as_ref().err().map(|code| (id.clone(), *code)))
        .collect();
    let references = if refused.is_empty() {
        HashMap::new()
    } else {
        // Refused applications are named by their reference, wherever the filters put them.
        inbox::matching(&p.state.app, &p.actor, &slug, &Filters::default())
            .await?
            .items
            .into_iter()
            .map(|i| (i.row.id, i.row.reference.unwrap_or_default()))
            .collect()
    };
    let tr = &p.common.tr;
    let summary = BulkSummary {
        changed: tr.ta("inbox-bulk-changed", &[("count", &changed.to_string())]),
        refused: refused
            .into_iter()
            .map(|(id, code)| {
                let name = references.get(&id).cloned().unwrap_or(id);
                (name, tr.t(&format!("error-{code}")))
            })
            .collect(),
    };
    render(p, &slug, t, vec![], Some(summary)).await
}

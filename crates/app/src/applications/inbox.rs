//! The officers' inbox of a call: the submitted applications with filters (state, territory,
//! theme, amount, eligibility verdict), full-text search over the answers (stemmed, accents
//! folded, in French, Polish and English), sorting and pages. A call holds hundreds to a few
//! thousand applications: they are read once and filtered in memory, which keeps every
//! filter the same on both database engines.

use std::collections::HashMap;

use passerelle_domain::application::State;
use passerelle_domain::application::facts::{self, Completeness};
use passerelle_domain::application::form::{Answers, Form};
use passerelle_domain::scheme::vocab::Theme;
use passerelle_domain::{Locale, TerritoryId};
use passerelle_store::repo::applications::{self as repo, ApplicationRow};
use passerelle_store::repo::organisations::{self, OrganisationRow};
use passerelle_store::repo::schemes as scheme_repo;
use passerelle_store::repo::tenants;
use serde_json::Value;

use super::internal;
use crate::authz::{self, TenantAction};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// Rows per page.
pub const PAGE_SIZE: usize = 50;

/// How the list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Newest submission first.
    #[default]
    Newest,
    /// Oldest submission first.
    Oldest,
    /// Largest amount requested first.
    Amount,
    /// By project title.
    Title,
    /// By organisation name.
    Organisation,
}

impl Sort {
    /// Reads a query-string value.
    pub fn parse(s: &str) -> Option<Sort> {
        Some(match s {
            "" | "newest" => Sort::Newest,
            "oldest" => Sort::Oldest,
            "amount" => Sort::Amount,
            "title" => Sort::Title,
            "organisation" => Sort::Organisation,
            _ => return None,
        })
    }
}

/// The filters, as typed.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// State code.
    pub state: Option<String>,
    /// Territory id: the applicant's commune lies inside it.
    pub territory: Option<String>,
    /// Theme code.
    pub theme: Option<String>,
    /// Smallest amount requested, minor units.
    pub min_minor: Option<i64>,
    /// Largest amount requested, minor units.
    pub max_minor: Option<i64>,
    /// Verdict at submission (`eligible`, `unknown`, `not_eligible`).
    pub verdict: Option<String>,
    /// Words to find in the answers, title, organisation or reference.
    pub q: Option<String>,
    /// Order.
    pub sort: Sort,
    /// Page from 1.
    pub page: usize,
}

/// One application as listed.
#[derive(Debug, Clone)]
pub struct Item {
    /// The row.
    pub row: ApplicationRow,
    /// State.
    pub state: State,
    /// Applying organisation.
    pub organisation: String,
    /// Its commune or gmina id.
    pub commune: Option<String>,
    /// Amount requested (minor units).
    pub requested: Option<i64>,
    /// Themes addressed.
    pub themes: Vec<Theme>,
    /// Answers of record.
    pub answers: Answers,
}

/// A page of the inbox.
#[derive(Debug, Clone)]
pub struct InboxPage {
    /// The call.
    pub scheme: SchemeRecord,
    /// The form the newest applications use (columns of exports).
    pub form: Option<Form>,
    /// Matching applications on this page.
    pub items: Vec<Item>,
    /// How many match.
    pub total: usize,
    /// How many submitted applications are in each state (before filtering).
    pub by_state: Vec<(State, usize)>,
    /// Drafts in progress (their content stays private).
    pub drafts: usize,
}

fn text_of(v: &Value, out: &mut String) {
    match v {
        Value::String(s) => {
            out.push_str(s);
            out.push(' ');
        }
        Value::Array(a) => a.iter().for_each(|x| text_of(x, out)),
        Value::Object(m) => m.values().for_each(|x| text_of(x, out)),
        _ => {}
    }
}

/// Whether every word of `q` is in `text`, in one of the three languages' stems.
pub fn matches(q: &str, text: &str) -> bool {
    Locale::all().iter().any(|l| {
        let wanted = passerelle_search::terms(*l, q);
        if wanted.is_empty() {
            return true;
        }
        let have: std::collections::HashSet<String> =
            passerelle_search::terms(*l, text).into_iter().collect();
        wanted.iter().all(|w| have.contains(w))
    })
}

/// Reads and checks the filters against the call.
fn parse_filters(
    ctx: &AppCtx,
    f: &Filters,
) -> AppResult<(Option<State>, Option<TerritoryId>, Option<Theme>)> {
    let mut errs = Vec::new();
    let state = f.state.as_deref().filter(|s| !s.is_empty()).and_then(|s| {
        s.parse::<State>()
            .map_err(|_| errs.push(FieldError::new("state", "code_unknown")))
            .ok()
    });
    let territory = f
        .territory
        .as_deref()
        .filter(|s| !s.is_empty())
        .and_then(|s| {
            crate::schemes::search::resolve_territory(&ctx.territories, s).or_else(|| {
                errs.push(FieldError::new("territory", "territory_unknown"));
                None
            })
        });
    let theme = f.theme.as_deref().filter(|s| !s.is_empty()).and_then(|s| {
        s.parse::<Theme>()
            .map_err(|_| errs.push(FieldError::new("theme", "code_unknown")))
            .ok()
    });
    if let Some(v) = f.verdict.as_deref().filter(|s| !s.is_empty())
        && !["eligible", "unknown", "not_eligible"].contains(&v)
    {
        errs.push(FieldError::new("verdict", "code_unknown"));
    }
    if matches!((f.min_minor, f.max_minor), (Some(a), Some(b)) if a > b) {
        errs.push(FieldError::new("max", "range_invalid"));
    }
    if errs.is_empty() {
        Ok((state, territory, theme))
    } else {
        Err(AppError::Invalid(errs))
    }
}

/// Every submitted application of a call as listed, with the call (for its officers).
pub(crate) async fn all_items(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
) -> AppResult<(SchemeRecord, Option<Form>, Vec<Item>, usize)> {
    let mut conn = ctx.db.conn().await?;
    let row = scheme_repo::find_by_slug(&mut conn, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::tenant(actor, &row.tenant_id, TenantAction::ManageProgrammes)?;
    let scheme = crate::schemes::record(row)?;
    let form = super::forms::current(&mut conn, &scheme.id)
        .await?
        .map(|(_, f)| f);
    let rows = repo::list_for_scheme(&mut conn, &scheme.id).await?;
    let mut forms: HashMap<i64, Form> = HashMap::new();
    let mut orgs: HashMap<String, Option<OrganisationRow>> = HashMap::new();
    let mut items = Vec::new();
    let mut drafts = 0;
    for r in rows {
        let state: State = r.state.parse().map_err(internal)?;
        if state == State::Draft {
            drafts += 1;
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(slot) = forms.entry(r.form_version) {
            let body = repo::form(&mut conn, &scheme.id, r.form_version)
                .await?
                .ok_or_else(|| internal("form version missing"))?;
            slot.insert(serde_json::from_str(&body).map_err(internal)?);
        }
        if let std::collections::hash_map::Entry::Vacant(slot) =
            orgs.entry(r.organisation_id.clone())
        {
            slot.insert(organisations::find(&mut conn, &r.organisation_id).await?);
        }
        let org = orgs.get(&r.organisation_id).cloned().flatten();
        let f = forms.get(&r.form_version).ok_or_else(|| internal("form"))?;
        let answers: Answers = r
            .frozen
            .as_deref()
            .and_then(|t| serde_json::from_str::<Value>(t).ok())
            .and_then(|v| serde_json::from_value(v.get("answers")?.clone()).ok())
            .unwrap_or_default();
        let project = facts::project(f, &answers, scheme.scheme.currency, Completeness::Final);
        items.push(Item {
            state,
            organisation: org
                .as_ref()
                .map(|o| o.legal_name.clone())
                .unwrap_or_default(),
            commune: org.and_then(|o| o.commune_id),
            requested: project.requested.map(|m| m.minor),
            themes: project.themes.unwrap_or_default(),
            answers,
            row: r,
        });
    }
    Ok((scheme, form, items, drafts))
}

/// How many applications past the draft each scheme of the authority `tenant_slug` has, by
/// scheme id, for its officers (the back office's list shows them beside each call).
#[tracing::instrument(skip_all)]
pub async fn submitted_counts(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
) -> AppResult<HashMap<String, i64>> {
    let mut conn = ctx.db.conn().await?;
    let tenant = tenants::find_by_slug(&mut conn, tenant_slug)
        .await?
        .ok_or(AppError::NotFound)?;
    authz::tenant(actor, &tenant.id, TenantAction::ManageProgrammes)?;
    Ok(repo::submitted_counts(&mut conn, &tenant.id)
        .await?
        .into_iter()
        .collect())
}

/// A page of a call's inbox.
#[tracing::instrument(skip_all)]
pub async fn inbox(ctx: &AppCtx, actor: &Actor, slug: &str, f: &Filters) -> AppResult<InboxPage> {
    // Authorised first (all_items), then the filters: outsiders learn nothing.
    let (scheme, form, all, drafts) = all_items(ctx, actor, slug).await?;
    let (state, territory, theme) = parse_filters(ctx, f)?;
    let mut by_state: Vec<(State, usize)> = State::all()
        .iter()
        .filter(|s| **s != State::Draft)
        .map(|s| (*s, all.iter().filter(|i| i.state == *s).count()))
        .collect();
    by_state.retain(|(_, n)| *n > 0);
    let mut items = filter(ctx, all, f, state, territory.as_ref(), theme);
    sort(&mut items, f.sort);
    let total = items.len();
    let page = f.page.max(1);
    let items = items
        .into_iter()
        .skip((page - 1) * PAGE_SIZE)
        .take(PAGE_SIZE)
        .collect();
    Ok(InboxPage {
        scheme,
        form,
        items,
        total,
        by_state,
        drafts,
    })
}

/// Every matching application of a call, in order (exports).
#[tracing::instrument(skip_all)]
pub async fn matching(
    ctx: &AppCtx,
    actor: &Actor,
    slug: &str,
    f: &Filters,
) -> AppResult<InboxPage> {
    let (scheme, form, all, drafts) = all_items(ctx, actor, slug).await?;
    let (state, territory, theme) = parse_filters(ctx, f)?;
    let mut items = filter(ctx, all, f, state, territory.as_ref(), theme);
    sort(&mut items, f.sort);
    Ok(InboxPage {
        scheme,
        form,
        total: items.len(),
        items,
        by_state: vec![],
        drafts,
    })
}

fn filter(
    ctx: &AppCtx,
    all: Vec<Item>,
    f: &Filters,
    state: Option<State>,
    territory: Option<&TerritoryId>,
    theme: Option<Theme>,
) -> Vec<Item> {
    let q = f.q.as_deref().map(str::trim).filter(|s| !s.is_empty());
    all.into_iter()
        .filter(|i| state.is_none_or(|s| i.state == s))
        .filter(|i| {
            territory.is_none_or(|t| {
                i.commune
                    .as_deref()
                    .and_then(|c| TerritoryId::parse(c).ok())
                    .is_some_and(|c| ctx.territories.contains(t, &c))
            })
        })
        .filter(|i| theme.is_none_or(|t| i.themes.contains(&t)))
        .filter(|i| {
            f.min_minor
                .is_none_or(|m| i.requested.is_some_and(|r| r >= m))
        })
        .filter(|i| {
            f.max_minor
                .is_none_or(|m| i.requested.is_some_and(|r| r <= m))
        })
        .filter(|i| {
            f.verdict
                .as_deref()
                .filter(|v| !v.is_empty())
                .is_none_or(|v| i.row.eligibility.as_deref() == Some(v))
        })
        .filter(|i| {
            q.is_none_or(|q| {
                let mut text = format!(
                    "{} {} {} ",
                    i.row.title,
                    i.organisation,
                    i.row.reference.as_deref().unwrap_or("")
                );
                for v in i.answers.values() {
                    text_of(v, &mut text);
                }
                // A reference typed whole is found even though it is not made of words.
                text.to_lowercase().contains(&q.to_lowercase()) || matches(q, &text)
            })
        })
        .collect()
}

fn sort(items: &mut [Item], s: Sort) {
    let key = |i: &Item| i.row.submitted_at.unwrap_or(i.row.created_at);
    match s {
        Sort::Newest => items.sort_by(|a, b| key(b).cmp(&key(a)).then(a.row.id.cmp(&b.row.id))),
        Sort::Oldest => items.sort_by(|a, b| key(a).cmp(&key(b)).then(a.row.id.cmp(&b.row.id))),
        Sort::Amount => {
            items.sort_by(|a, b| b.requested.cmp(&a.requested).then(key(a).cmp(&key(b))))
        }
        Sort::Title => items.sort_by(|a, b| {
            passerelle_domain::text::fold(&a.row.title)
                .cmp(&passerelle_domain::text::fold(&b.row.title))
        }),
        Sort::Organisation => items.sort_by(|a, b| {
            passerelle_domain::text::fold(&a.organisation)
                .cmp(&passerelle_domain::text::fold(&b.organisation))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_across_inflections_accents_and_languages() {
        assert!(matches("associations", "Une association de quartier"));
        assert!(matches("Tiers-Lieux", "des tiers-lieux ruraux"));
        assert!(matches("numerique", "Médiation numérique pour tous"));
        assert!(matches("spoldzielnia", "Spółdzielnie socjalne w gminie"));
        assert!(matches(
            "coworkings rural",
            "espace de coworking en zone rurale"
        ));
        assert!(!matches("fablab", "espace de coworking"));
        assert!(matches("", "anything"));
    }

    #[test]
    fn sorts_parse() {
        assert_eq!(Sort::parse(""), Some(Sort::Newest));
        assert_eq!(Sort::parse("amount"), Some(Sort::Amount));
        assert_eq!(Sort::parse("nope"), None);
    }
}

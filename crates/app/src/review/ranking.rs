//! The committee's ranking of a call: every application sent and not withdrawn, with its
//! requested amount, eligibility verdict, reviews, raw mean and severity-corrected score
//! (`passerelle_domain::review::aggregate`), and whether its reviewers disagree.
//!
//! Only sent reviews count, and never one by a reviewer now in conflict with the application:
//! a conflict discovered after the review removes its influence as well as its access.

use std::collections::BTreeMap;

use passerelle_domain::TerritoryId;
use passerelle_domain::application::State;
use passerelle_domain::application::facts::{self, Completeness};
use passerelle_domain::application::form::Form;
use passerelle_domain::review::aggregate::{self, Fit};
use passerelle_domain::scheme::criteria::{Node, Rule};
use passerelle_domain::scheme::vocab::Theme;
use passerelle_store::AsExec;
use passerelle_store::repo::applications::{self as app_repo, ApplicationRow};
use passerelle_store::repo::review as repo;
use passerelle_store::repo::{organisations, users};

use super::conflicts::{ConflictIndex, parties};
use super::settings::ReviewSettings;
use super::{call_for_staff, internal, settings};
use crate::schemes::SchemeRecord;
use crate::{Actor, AppCtx, AppResult};

/// One application in the ranking.
#[derive(Debug, Clone)]
pub struct RankLine {
    /// Application id.
    pub id: String,
    /// Receipt reference.
    pub reference: String,
    /// Project title.
    pub title: String,
    /// Applying organisation.
    pub organisation: String,
    /// The organisation's commune (or gmina), when known.
    pub commune: Option<TerritoryId>,
    /// Its name.
    pub commune_name: Option<String>,
    /// The commune and every territory containing it.
    pub places: Vec<TerritoryId>,
    /// Themes of the project.
    pub themes: Vec<Theme>,
    /// Amount requested, minor units.
    pub requested: i64,
    /// Eligibility verdict at submission (`eligible`, `not_eligible`, `unknown`).
    pub eligibility: Option<String>,
    /// Where the application stands.
    pub state: State,
    /// Reviews counted (sent, by reviewers not in conflict).
    pub reviews: usize,
    /// Mean of the reviews, 0–100.
    pub raw: Option<f64>,
    /// Corrected for the reviewers' severity, 0–100.
    pub corrected: Option<f64>,
    /// Highest minus lowest review.
    pub spread: Option<f64>,
    /// Whether the reviewers disagree beyond the grid's threshold.
    pub disagreement: bool,
}

/// A reviewer's fitted severity on the call.
#[derive(Debug, Clone, PartialEq)]
pub struct SeverityLine {
    /// Reviewer's name.
    pub name: String,
    /// Reviews counted.
    pub reviews: usize,
    /// Points added to an average reviewer's score (negative: harsher).
    pub offset: f64,
}

/// A call's ranking.
#[derive(Debug, Clone)]
pub struct Ranking {
    /// The call.
    pub scheme: SchemeRecord,
    /// Its review settings.
    pub settings: ReviewSettings,
    /// Applications, best corrected score first; unreviewed ones last.
    pub lines: Vec<RankLine>,
    /// Reviewers' severities, harshest first.
    pub severities: Vec<SeverityLine>,
}

/// The per-project ceiling a call's eligibility criteria set (a `requested_max` that must hold
/// for every application, i.e. not under an alternative), in minor units.
pub fn ceiling_of(criteria: &Node) -> Option<i64> {
    match &criteria.rule {
        Rule::RequestedMax { max } => Some(max.minor),
        Rule::All { children } => children.iter().filter_map(ceiling_of).min(),
        _ => None,
    }
}

/// Whether an application stands before the committee.
pub(crate) fn before_committee(state: State) -> bool {
    matches!(
        state,
        State::Submitted
            | State::InReview
            | State::InfoRequested
            | State::Accepted
            | State::Rejected
    )
}

/// Ranks a call's applications (shared by the ranking page, the committee and the exports).
pub(crate) async fn compute(
    ctx: &AppCtx,
    e: &mut impl AsExec,
    scheme: SchemeRecord,
) -> AppResult<Ranking> {
    let s = settings::of(e, &scheme.id).await?;
    let mut forms: BTreeMap<i64, Form> = BTreeMap::new();
    let mut rows: Vec<(ApplicationRow, State, Vec<String>, Vec<String>)> = vec![];
    let mut lines = vec![];
    for row in app_repo::list_for_scheme(e, &scheme.id).await? {
        let state: State = row.state.parse().map_err(internal)?;
        if !before_committee(state) {
            continue;
        }
        if let std::collections::btree_map::Entry::Vacant(slot) = forms.entry(row.form_version) {
            let body = app_repo::form(e, &scheme.id, row.form_version)
                .await?
                .ok_or_else(|| internal("form version missing"))?;
            slot.insert(serde_json::from_str(&body).map_err(internal)?);
        }
        let form = forms
            .get(&row.form_version)
            .ok_or_else(|| internal("form"))?;
        let answers = super::record_answers(&row)?;
        let project = facts::project(form, &answers, scheme.scheme.currency, Completeness::Final);
        let org = organisations::find(e, &row.organisation_id).await?;
        let commune = org
            .as_ref()
            .and_then(|o| o.commune_id.as_deref())
            .and_then(|c| TerritoryId::parse(c).ok());
        let places = commune
            .iter()
            .flat_map(|id| {
                std::iter::once(id.clone()).chain(
                    ctx.territories
                        .ancestors(id)
                        .into_iter()
                        .map(|r| r.id.clone()),
                )
            })
            .collect();
        let (partners, editors) = parties(e, &row, form, &answers).await?;
        lines.push(RankLine {
            id: row.id.clone(),
            reference: row.reference.clone().unwrap_or_default(),
            title: row.title.clone(),
            organisation: org.map(|o| o.legal_name).unwrap_or_default(),
            commune_name: commune
                .as_ref()
                .and_then(|c| ctx.territories.get(c))
                .map(|r| r.name.clone()),
            commune,
            places,
            themes: project.themes.unwrap_or_default(),
            requested: project.requested.map_or(0, |m| m.minor),
            eligibility: row.eligibility.clone(),
            state,
            reviews: 0,
            raw: None,
            corrected: None,
            spread: None,
            disagreement: false,
        });
        rows.push((row, state, partners, editors));
    }
    let reviews = repo::reviews(e, &scheme.id).await?;
    let reviewer_ids: Vec<String> = {
        let mut v: Vec<String> = reviews.iter().map(|r| r.user_id.clone()).collect();
        v.sort();
        v.dedup();
        v
    };
    let ix = ConflictIndex::load(e, &scheme.tenant_id, &reviewer_ids).await?;
    let mut scores = vec![];
    for r in &reviews {
        let (Some(value), Some(a)) = (
            r.score,
            rows.iter().position(|(row, ..)| row.id == r.application_id),
        ) else {
            continue;
        };
        let (row, _, partners, editors) = &rows[a];
        if r.submitted_at.is_none() || ix.why(&r.user_id, row, partners, editors).is_some() {
            continue;
        }
        let Some(reviewer) = reviewer_ids.iter().position(|u| *u == r.user_id) else {
            continue;
        };
        scores.push(aggregate::Score {
            application: a,
            reviewer,
            value: u32::try_from(value.clamp(0, 10_000)).unwrap_or(0),
        });
    }
    let (aggs, sev) = aggregate::aggregate(
        &scores,
        Fit {
            disagreement_spread: f64::from(s.grid.disagreement_spread),
            ..Fit::default()
        },
    );
    for g in aggs {
        let l = &mut lines[g.application];
        l.reviews = g.reviews;
        l.raw = Some(g.raw);
        l.corrected = Some(g.corrected);
        l.spread = Some(g.spread);
        l.disagreement = g.disagreement;
    }
    let mut severities = vec![];
    for v in sev {
        let name = users::find_by_id(e, &reviewer_ids[v.reviewer])
            .await?
            .map(|u| u.name)
            .unwrap_or_default();
        severities.push(SeverityLine {
            name,
            reviews: v.reviews,
            offset: v.offset,
        });
    }
    severities.sort_by(|a, b| a.offset.total_cmp(&b.offset));
    lines.sort_by(|a, b| {
        let key = |l: &RankLine| (l.corrected.unwrap_or(-1.0), l.raw.unwrap_or(-1.0));
        let (ka, kb) = (key(a), key(b));
        kb.0.total_cmp(&ka.0)
            .then(kb.1.total_cmp(&ka.1))
            .then_with(|| a.reference.cmp(&b.reference))
    });
    Ok(Ranking {
        scheme,
        settings: s,
        lines,
        severities,
    })
}

/// A call's ranking, for its officers.
#[tracing::instrument(skip_all)]
pub async fn ranking(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<Ranking> {
    let mut conn = ctx.db.conn().await?;
    let scheme = call_for_staff(&mut conn, actor, slug).await?;
    compute(ctx, &mut conn, scheme).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use passerelle_domain::{Currency, Money};

    fn max(id: &str, minor: i64) -> Node {
        Node {
            id: id.into(),
            rule: Rule::RequestedMax {
                max: Money::new(minor, Currency::Eur),
            },
        }
    }

    #[test]
    fn the_ceiling_is_the_tightest_requested_max_that_always_applies() {
        assert_eq!(ceiling_of(&max("m", 1_500_000)), Some(1_500_000));
        let all = Node {
            id: "all".into(),
            rule: Rule::All {
                children: vec![max("a", 2_000_000), max("b", 1_500_000)],
            },
        };
        assert_eq!(ceiling_of(&all), Some(1_500_000));
        let any = Node {
            id: "any".into(),
            rule: Rule::Any {
                children: vec![max("a", 2_000_000)],
            },
        };
        assert_eq!(ceiling_of(&any), None, "an alternative is not a ceiling");
    }
}

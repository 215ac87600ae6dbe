//! The selection committee's page, `GET/POST /schemes/{slug}/committee`: the rules (envelope,
//! ceiling, minimum viable share, quotas, objective, the score weighed), the ranking with raw and
//! corrected scores, the exact allocation beside the greedy one and what separates them, the
//! committee's decisions line by line, adopting the optimal allocation, and closing.
//!
//! `action=preview` recomputes under the rules typed without saving them (the page's script
//! sends it on every change and swaps the results in; without the script a button does), so
//! the committee sees the effect of an input before deciding to keep it.

use askama::Template;
use axum::Form;
use axum::extract::Path;
use axum::http::StatusCode;
use axum::response::Response;
use passerelle_app::AppError;
use passerelle_app::review::committee::{self, Board, DecisionInput, LIMITS, QuotaSpec, Rules};
use passerelle_domain::Currency;

use crate::error::WebError;
use crate::page::{FormErrors, PageCommon, PageCtx};
use crate::pages::applications::fields::{money_text, parse_money};

/// Spare quota rows offered by the form.
const SPARE_QUOTAS: usize = 2;

/// A quota row of the form, as typed.
pub struct QuotaRow {
    /// Index (input names `q.<i>.<column>`).
    pub i: usize,
    /// Target code.
    pub target: String,
    /// Limit kind.
    pub limit: String,
    /// Value as typed.
    pub value: String,
}

#[derive(Template)]
#[template(path = "committee.html")]
struct CommitteePage {
    page: PageCommon,
    errors: FormErrors,
    slug: String,
    call: String,
    board: Board,
    /// The rules' inputs as typed (or as saved).
    typed: Vec<(String, String)>,
    quotas: Vec<QuotaRow>,
    /// Suggested quota targets: (code, label).
    targets: Vec<(String, String)>,
    results: String,
}

impl CommitteePage {
    fn typed(&self, k: &str) -> String {
        one(&self.typed, k).to_owned()
    }

    fn is(&self, k: &str, v: &str) -> bool {
        one(&self.typed, k) == v
    }

    fn limit_label(&self, l: &str) -> String {
        self.page
            .t(&format!("committee-limit-{}", l.replace('_', "-")))
    }
}

/// The results block: summary of both allocations, the ranking with decisions.
#[derive(Template)]
#[template(path = "committee_results.html")]
struct Results<'a> {
    page: &'a PageCommon,
    errors: &'a FormErrors,
    slug: &'a str,
    board: &'a Board,
    currency: Currency,
    partial: bool,
    closed: bool,
    previewing: bool,
}

impl Results<'_> {
    fn money(&self, minor: &i64) -> String {
        self.page.tr.money(*minor, self.currency)
    }

    fn opt_money(&self, minor: &Option<i64>) -> String {
        minor.map_or_else(|| "—".to_owned(), |m| self.money(&m))
    }

    fn score(&self, s: &Option<f64>) -> String {
        s.map_or_else(
            || "—".to_owned(),
            |v| format!("{v:.1}").replace('.', self.sep()),
        )
    }

    fn sep(&self) -> &'static str {
        if self.page.lang() == "en" { "." } else { "," }
    }

    fn input_money(&self, minor: &Option<i64>) -> String {
        minor
            .map(|m| money_text(&self.page.tr, m))
            .unwrap_or_default()
    }

    fn problem(&self) -> Option<String> {
        let p = self.board.problem.as_ref()?;
        let (a, b) = p.amounts.unwrap_or_default();
        Some(self.page.tr.ta(
            &format!("committee-problem-{}", p.code.replace('_', "-")),
            &[
                ("application", p.application.as_deref().unwrap_or_default()),
                ("quota", &p.quota.unwrap_or_default().to_string()),
                ("fixed", &self.money(&a)),
                ("envelope", &self.money(&b)),
            ],
        ))
    }

    fn eligibility(&self, v: &Option<String>) -> String {
        match v.as_deref() {
            Some(code) => self.page.t(&format!("verdict-{}", code.replace('_', "-"))),
            None => "—".to_owned(),
        }
    }

    fn unmet(&self) -> Vec<String> {
        let Some(g) = &self.board.greedy else {
            return vec![];
        };
        g.unmet_quotas.iter().map(|i| (i + 1).to_string()).collect()
    }

    fn difference_text(&self) -> Option<String> {
        let d = self.board.difference?;
        Some(self.page.tr.ta(
            "committee-difference",
            &[
                ("funded", &d.funded.to_string()),
                ("unspent", &self.money(&d.unspent)),
            ],
        ))
    }
}

fn one<'a>(f: &'a [(String, String)], k: &str) -> &'a str {
    f.iter()
        .find(|(a, _)| a == k)
        .map(|(_, v)| v.trim())
        .unwrap_or_default()
}

fn percent_text(bp: i64, tr: &passerelle_app::i18n::Tr) -> String {
    let s = if bp % 100 == 0 {
        (bp / 100).to_string()
    } else {
        format!("{}.{:02}", bp / 100, bp % 100)
    };
    if tr.locale() == passerelle_domain::Locale::En {
        s
    } else {
        s.replace('.', ",")
    }
}

fn parse_percent(s: &str) -> Option<i64> {
    let t = s.trim().trim_end_matches('%').trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if frac.len() > 2 || whole.is_empty() {
        return None;
    }
    let w: i64 = whole.parse().ok()?;
    let f: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<2}").parse().ok()?
    };
    let bp = w.checked_mul(100)?.checked_add(f)?;
    (0..=10_000).contains(&bp).then_some(bp)
}

/// The form's fields for saved rules.
fn typed_of(r: &Rules, tr: &passerelle_app::i18n::Tr) -> Vec<(String, String)> {
    let mut out = vec![
        ("envelope".to_owned(), money_text(tr, r.envelope)),
        (
            "cap".to_owned(),
            r.cap.map(|c| money_text(tr, c)).unwrap_or_default(),
        ),
        (
            "minimum_share".to_owned(),
            percent_text(i64::from(r.minimum_share_bp), tr),
        ),
        ("objective".to_owned(), r.objective.clone()),
        ("score".to_owned(), r.score.clone()),
        ("version".to_owned(), r.version.to_string()),
    ];
    for (i, q) in r.quotas.iter().enumerate() {
        let value = match q.limit.as_str() {
            "min_share" | "max_share" => percent_text(q.value, tr),
            "min_amount" | "max_amount" => money_text(tr, q.value),
            _ => q.value.to_string(),
        };
        out.push((format!("q.{i}.target"), q.target.clone()));
        out.push((format!("q.{i}.limit"), q.limit.clone()));
        out.push((format!("q.{i}.value"), value));
    }
    out
}

/// Reads the rules typed in the form; problems name their fields.
fn rules_of(
    f: &[(String, String)],
    cur: Currency,
) -> Result<Rules, Vec<passerelle_app::FieldError>> {
    use passerelle_app::FieldError as E;
    let mut errs = vec![];
    let mut money = |k: &str, required: bool| -> Option<i64> {
        let v = one(f, k);
        if v.is_empty() {
            if required {
                errs.push(E::new(k, "required"));
            }
            return None;
        }
        let m = parse_money(v, cur);
        if m.is_none() {
            errs.push(E::new(k, "amount_invalid"));
        }
        m
    };
    let envelope = money("envelope", true).unwrap_or(0);
    let cap = money("cap", false);
    let minimum_share_bp = match one(f, "minimum_share") {
        "" => 5_000,
        v => parse_percent(v).unwrap_or_else(|| {
            errs.push(E::new("minimum_share", "number_outside"));
            5_000
        }),
    };
    let mut quotas = vec![];
    let rows = f
        .iter()
        .filter_map(|(k, _)| {
            k.strip_prefix("q.")?
                .split('.')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .max()
        .map_or(0, |m| m + 1)
        .min(committee::MAX_QUOTAS + SPARE_QUOTAS);
    for i in 0..rows {
        let target = one(f, &format!("q.{i}.target"));
        let limit = one(f, &format!("q.{i}.limit"));
        let raw = one(f, &format!("q.{i}.value"));
        if target.is_empty() && raw.is_empty() {
            continue;
        }
        let value = match limit {
            "min_share" | "max_share" => parse_percent(raw),
            "min_amount" | "max_amount" => parse_money(raw, cur),
            _ => raw.parse::<i64>().ok().filter(|n| *n >= 0),
        };
        match value {
            Some(value) => quotas.push(QuotaSpec {
                target: target.to_owned(),
                limit: limit.to_owned(),
                value,
            }),
            None => errs.push(E::new(format!("q.{i}.value"), "number_outside")),
        }
    }
    let rules = Rules {
        envelope,
        cap,
        minimum_share_bp: u32::try_from(minimum_share_bp).unwrap_or(5_000),
        quotas,
        objective: one(f, "objective").to_owned(),
        score: one(f, "score").to_owned(),
        version: one(f, "version").parse().unwrap_or(0),
    };
    errs.extend(rules.check());
    if errs.is_empty() {
        Ok(rules)
    } else {
        Err(errs)
    }
}

fn quota_rows(typed: &[(String, String)]) -> Vec<QuotaRow> {
    let used = typed
        .iter()
        .filter_map(|(k, _)| {
            k.strip_prefix("q.")?
                .split('.')
                .next()?
                .parse::<usize>()
                .ok()
        })
        .max()
        .map_or(0, |m| m + 1);
    (0..used + SPARE_QUOTAS)
        .map(|i| QuotaRow {
            i,
            target: one(typed, &format!("q.{i}.target")).to_owned(),
            limit: one(typed, &format!("q.{i}.limit")).to_owned(),
            value: one(typed, &format!("q.{i}.value")).to_owned(),
        })
        .collect()
}

async fn render(
    p: PageCtx,
    slug: &str,
    board: Board,
    typed: Option<Vec<(String, String)>>,
    errors: FormErrors,
    status: StatusCode,
    previewing: bool,
) -> Result<Response, WebError> {
    let tr = &p.common.tr;
    let scheme = &board.ranking.scheme;
    let currency = scheme.scheme.currency;
    let call = scheme.scheme.title.get(p.locale).to_owned();
    let typed = typed.unwrap_or_else(|| typed_of(&board.rules, tr));
    let mut targets = vec![];
    for t in &scheme.scheme.themes {
        targets.push((
            format!("theme:{}", t.as_str()),
            passerelle_app::schemes::explain::code_label(tr, "themes", t.as_str()),
        ));
    }
    let mut places: Vec<(String, String)> = board
        .lines
        .iter()
        .filter_map(|l| {
            Some((
                l.rank.commune.as_ref()?.to_string(),
                l.rank.commune_name.clone()?,
            ))
        })
        .collect();
    places.sort();
    places.dedup();
    for (id, name) in places {
        targets.push((
            format!("outside:{id}"),
            tr.ta("committee-target-outside", &[("place", &name)]),
        ));
        targets.push((
            format!("inside:{id}"),
            tr.ta("committee-target-inside", &[("place", &name)]),
        ));
    }
    let results = Results {
        page: &p.common,
        errors: &errors,
        slug,
        board: &board,
        currency,
        partial: board.ranking.settings.partial_funding,
        closed: board.closed_at.is_some(),
        previewing,
    }
    .render()
    .map_err(|e| WebError(AppError::Internal(e.into())))?;
    let page = CommitteePage {
        quotas: quota_rows(&typed),
        page: p.common,
        errors,
        slug: slug.to_owned(),
        call,
        board,
        typed,
        targets,
        results,
    };
    Ok(super::html(status, &page))
}

/// `GET /schemes/{slug}/committee`.
pub async fn show(p: PageCtx, Path(slug): Path<String>) -> Result<Response, WebError> {
    let board = committee::board(&p.state.app, &p.actor, &slug).await?;
    render(
        p,
        &slug,
        board,
        None,
        FormErrors::default(),
        StatusCode::OK,
        false,
    )
    .await
}

/// `POST /schemes/{slug}/committee`: `action` is `preview`, `rules`, `decide`, `adopt` or
/// `close`.
pub async fn act(
    p: PageCtx,
    Path(slug): Path<String>,
    Form(f): Form<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    p.check_csrf(one(&f, "_csrf")).await?;
    let back = format!("/schemes/{slug}/committee");
    let app = p.state.app.clone();
    match one(&f, "action") {
        "preview" | "rules" => {
            let saved = committee::board(&app, &p.actor, &slug).await?;
            let cur = saved.ranking.scheme.scheme.currency;
            let rules = match rules_of(&f, cur) {
                Ok(r) => r,
                Err(errs) => {
                    let errors = p.form_errors(&errs);
                    return render(
                        p,
                        &slug,
                        saved,
                        Some(f),
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        true,
                    )
                    .await;
                }
            };
            if one(&f, "action") == "preview" {
                let board = committee::preview(&app, &p.actor, &slug, &rules).await?;
                return render(
                    p,
                    &slug,
                    board,
                    Some(f),
                    FormErrors::default(),
                    StatusCode::OK,
                    true,
                )
                .await;
            }
            committee::save_rules(&app, &p.actor, &slug, &rules).await?;
            p.flash("flash-committee-rules-saved").await;
            Ok(super::see_other(&back))
        }
        "decide" => {
            let board = committee::board(&app, &p.actor, &slug).await?;
            let cur = board.ranking.scheme.scheme.currency;
            let mut errs = vec![];
            let mut amount_of = |k: &str| match one(&f, k) {
                "" => None,
                v => {
                    let m = parse_money(v, cur);
                    if m.is_none() {
                        errs.push(passerelle_app::FieldError::new(k, "amount_invalid"));
                    }
                    m
                }
            };
            let d = DecisionInput {
                amount: amount_of("amount"),
                minimum: amount_of("minimum"),
                note: one(&f, "note").to_owned(),
            };
            let result = if errs.is_empty() {
                committee::decide(&app, &p.actor, &slug, one(&f, "application"), &d).await
            } else {
                Err(AppError::Invalid(errs))
            };
            match result {
                Ok(()) => {
                    p.flash("flash-committee-decided").await;
                    Ok(super::see_other(&format!(
                        "{back}#line-{}",
                        one(&f, "application")
                    )))
                }
                Err(AppError::Invalid(errs)) => {
                    let errs: Vec<_> = errs
                        .into_iter()
                        .map(|e| {
                            passerelle_app::FieldError::new(
                                format!("{}.{}", one(&f, "application"), e.field),
                                e.code,
                            )
                        })
                        .collect();
                    let errors = p.form_errors(&errs);
                    render(
                        p,
                        &slug,
                        board,
                        None,
                        errors,
                        StatusCode::UNPROCESSABLE_ENTITY,
                        false,
                    )
                    .await
                }
                Err(e) => Err(WebError(e)),
            }
        }
        "adopt" => {
            let n = committee::adopt(&app, &p.actor, &slug).await?;
            p.flash(if n == 0 {
                "flash-committee-nothing-to-adopt"
            } else {
                "flash-committee-adopted"
            })
            .await;
            Ok(super::see_other(&back))
        }
        "close" => {
            if one(&f, "confirm") != "1" {
                let board = committee::board(&app, &p.actor, &slug).await?;
                let errors = p.form_errors(&[passerelle_app::FieldError::new(
                    "confirm",
                    "confirm_required",
                )]);
                return render(
                    p,
                    &slug,
                    board,
                    None,
                    errors,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    false,
                )
                .await;
            }
            let version = one(&f, "version").parse().unwrap_or(-1);
            committee::close(&app, &p.actor, &slug, version).await?;
            p.flash("flash-committee-closed").await;
            Ok(super::see_other(&back))
        }
        _ => Err(WebError(AppError::field("action", "value_unknown"))),
    }
}

/// The limit kinds, for the template.
pub fn limits() -> [&'static str; 6] {
    LIMITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percents_read_as_basis_points() {
        assert_eq!(parse_percent("30"), Some(3_000));
        assert_eq!(parse_percent("30 %"), Some(3_000));
        assert_eq!(parse_percent("12,5"), Some(1_250));
        assert_eq!(parse_percent("12.05"), Some(1_205));
        assert_eq!(parse_percent("100"), Some(10_000));
        for bad in ["", "101", "-1", "1,234", "abc", ","] {
            assert_eq!(parse_percent(bad), None, "{bad}");
        }
    }
}

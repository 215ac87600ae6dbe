//! Answers as people read them (pages, PDFs, mails), the receipt and the dossier as PDF.

use passerelle_domain::application::budget::BudgetLine;
use passerelle_domain::application::budget::{CofundingLine, CofundingTotals, FundingStatus};
use passerelle_domain::application::facts::budget_totals;
use passerelle_domain::application::form::{Answers, Field, FieldKind, Form, Partner, PlanLine};
use passerelle_domain::{Currency, Locale};
use passerelle_store::repo::applications::{self as repo, AttachmentRow};
use passerelle_store::repo::{organisations, tenants};
use serde_json::Value;

use super::pdf::{self, DossierDoc, PdfItem, PdfLine, PdfSection, ReceiptDoc};
use super::workflow::{answers_of_record, history_of, record_view};
use super::{Loaded, Role, Want, load};
use crate::i18n::Tr;
use crate::{Actor, AppCtx, AppError, AppResult};

/// An instant in `zone` to the second: `31 décembre 2023 à 23:59:58 (Europe/Paris)`.
pub fn instant_precise(tr: &Tr, ms: i64, zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).unwrap_or(jiff::tz::TimeZone::UTC);
    let Ok(t) = jiff::Timestamp::from_millisecond(ms) else {
        return String::new();
    };
    let z = t.to_zoned_datetime(tz);
    let dt = tr.ta(
        "datetime-at",
        &[
            ("date", &tr.date(&z.date().to_string())),
            (
                "time",
                &format!("{:02}:{:02}:{:02}", z.hour(), z.minute(), z.second()),
            ),
        ],
    );
    tr.ta("datetime-zone", &[("datetime", &dt), ("zone", zone)])
}

/// An answer rendered for reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// Not answered.
    Empty,
    /// Text (paragraphs separated by new lines).
    Text(String),
    /// Files: (attachment id, name, size in bytes).
    Files(Vec<(String, String, i64)>),
    /// A table with a totals line.
    Table {
        /// Column titles.
        headers: Vec<String>,
        /// Rows.
        rows: Vec<Vec<String>>,
        /// Right-aligned columns.
        right: Vec<bool>,
    },
}

fn labels(f: &Field, tr: &Tr, v: &str) -> String {
    match &f.kind {
        FieldKind::SingleChoice { options } | FieldKind::MultipleChoice { options, .. } => options
            .iter()
            .find(|o| o.value == v)
            .map(|o| o.label.get(tr.locale()).to_owned())
            .unwrap_or_else(|| v.to_owned()),
        FieldKind::Budget {
            phases, categories, ..
        } => phases
            .iter()
            .chain(categories)
            .find(|o| o.value == v)
            .map(|o| o.label.get(tr.locale()).to_owned())
            .unwrap_or_else(|| v.to_owned()),
        _ => v.to_owned(),
    }
}

fn budget_table(f: &Field, v: &Value, tr: &Tr, cur: Currency) -> Shown {
    let lines: Vec<BudgetLine> = serde_json::from_value(v.clone()).unwrap_or_default();
    // A budget without phases (Progr'ESS) has no phase column, as on the form.
    let phased = matches!(&f.kind, FieldKind::Budget { phases, .. } if !phases.is_empty());
    let skip = usize::from(!phased);
    let mut rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            vec![
                labels(f, tr, &l.phase),
                l.year.to_string(),
                labels(f, tr, &l.category),
                l.label.clone(),
                tr.money(l.amount_minor, cur),
                tr.t(if l.eligible {
                    "answer-yes"
                } else {
                    "answer-no"
                }),
            ]
            .split_off(skip)
        })
        .collect();
    if let Some(t) = budget_totals(f, v) {
        let mut total = vec![
            String::new(),
            tr.t("budget-total"),
            String::new(),
            tr.ta(
                "budget-eligible-part",
                &[("amount", &tr.money(t.all.eligible, cur))],
            ),
            tr.money(t.all.total(), cur),
            String::new(),
        ];
        if phased {
            total.swap(0, 1);
        }
        rows.push(total.split_off(skip));
    }
    Shown::Table {
        headers: [
            "budget-phase",
            "budget-year",
            "budget-category",
            "budget-label",
            "budget-amount",
            "budget-eligible",
        ]
        .iter()
        .map(|k| tr.t(k))
        .collect::<Vec<_>>()
        .split_off(skip),
        rows,
        right: vec![false, false, false, false, true, false].split_off(skip),
    }
}

fn cofunding_table(v: &Value, tr: &Tr, cur: Currency) -> Shown {
    let lines: Vec<CofundingLine> = serde_json::from_value(v.clone()).unwrap_or_default();
    let mut rows: Vec<Vec<String>> = lines
        .iter()
        .map(|l| {
            vec![
                l.funder.clone(),
                l.funder_kind
                    .map(|k| crate::schemes::explain::code_label(tr, "cofunder_kinds", k.as_str()))
                    .unwrap_or_else(|| {
                        tr.t(&format!(
                            "cofunding-kind-{}",
                            serde_json::to_value(l.kind)
                                .ok()
                                .and_then(|x| x.as_str().map(str::to_owned))
                                .unwrap_or_default()
                        ))
                    }),
                tr.money(l.amount_minor, cur),
                tr.t(match l.status {
                    FundingStatus::Requested => "cofunding-requested",
                    FundingStatus::Obtained => "cofunding-obtained",
                }),
            ]
        })
        .collect();
    if let Ok(t) = CofundingTotals::compute(&lines) {
        rows.push(vec![
            tr.t("budget-total"),
            String::new(),
            tr.money(t.total(), cur),
            String::new(),
        ]);
    }
    Shown::Table {
        headers: [
            "cofunding-funder",
            "cofunding-kind",
            "budget-amount",
            "cofunding-status",
        ]
        .iter()
        .map(|k| tr.t(k))
        .collect(),
        rows,
        right: vec![false, false, true, false],
    }
}

/// An answer as people read it.
pub fn shown(
    f: &Field,
    v: Option<&Value>,
    files: &[AttachmentRow],
    tr: &Tr,
    cur: Currency,
) -> Shown {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Shown::Empty;
    };
    match &f.kind {
        FieldKind::ShortText { .. } | FieldKind::LongText { .. } => match v.as_str() {
            Some(s) if !s.trim().is_empty() => Shown::Text(s.to_owned()),
            _ => Shown::Empty,
        },
        FieldKind::Date => Shown::Text(tr.date(v.as_str().unwrap_or_default())),
        FieldKind::Number { .. } => v
            .as_i64()
            .map_or(Shown::Empty, |n| Shown::Text(tr.number(n))),
        FieldKind::Money { vat } => {
            v.get("amount_minor")
                .and_then(Value::as_i64)
                .map_or(Shown::Empty, |m| {
                    Shown::Text(format!(
                        "{} {}",
                        tr.money(m, cur),
                        tr.t(&format!("vocab-vat-{}", vat.as_str()))
                    ))
                })
        }
        FieldKind::SingleChoice { .. } => {
            Shown::Text(labels(f, tr, v.as_str().unwrap_or_default()))
        }
        FieldKind::MultipleChoice { .. } => {
            let picked: Vec<String> = serde_json::from_value(v.clone()).unwrap_or_default();
            if picked.is_empty() {
                return Shown::Empty;
            }
            Shown::Text(
                picked
                    .iter()
                    .map(|p| labels(f, tr, p))
                    .collect::<Vec<_>>()
                    .join("\n"),
            )
        }
        FieldKind::Declaration => Shown::Text(tr.t(if v.as_bool() == Some(true) {
            "answer-ticked"
        } else {
            "answer-not-ticked"
        })),
        FieldKind::File { .. } => {
            let ids: Vec<String> = serde_json::from_value(v.clone()).unwrap_or_default();
            let list: Vec<_> = ids
                .iter()
                .filter_map(|id| files.iter().find(|a| &a.id == id))
                .map(|a| (a.id.clone(), a.filename.clone(), a.size_bytes))
                .collect();
            if list.is_empty() {
                Shown::Empty
            } else {
                Shown::Files(list)
            }
        }
        FieldKind::Budget { .. } => budget_table(f, v, tr, cur),
        FieldKind::Cofunding => cofunding_table(v, tr, cur),
        FieldKind::Partners { .. } => {
            let p: Vec<Partner> = serde_json::from_value(v.clone()).unwrap_or_default();
            Shown::Table {
                headers: vec![tr.t("partner-name"), tr.t("partner-lead")],
                rows: p
                    .iter()
                    .map(|x| {
                        vec![
                            x.name.clone(),
                            if x.lead {
                                tr.t("answer-yes")
                            } else {
                                String::new()
                            },
                        ]
                    })
                    .collect(),
                right: vec![false, false],
            }
        }
        FieldKind::Plan => {
            let p: Vec<PlanLine> = serde_json::from_value(v.clone()).unwrap_or_default();
            Shown::Table {
                headers: vec![
                    tr.t("plan-year"),
                    tr.t("plan-milestone"),
                    tr.t("plan-deliverable"),
                ],
                rows: p
                    .iter()
                    .map(|x| {
                        vec![
                            x.year.to_string(),
                            x.milestone.clone(),
                            x.deliverable.clone(),
                        ]
                    })
                    .collect(),
                right: vec![false, false, false],
            }
        }
    }
}

/// A file's size as people read it: `12 Ko`, `3.4 Mo`.
pub fn size(tr: &Tr, bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        tr.ta(
            "size-mb",
            &[("n", &format!("{:.1}", bytes as f64 / 1_048_576.0))],
        )
    } else {
        tr.ta("size-kb", &[("n", &((bytes + 1023) / 1024).to_string())])
    }
}

fn pdf_item(label: String, s: Shown, tr: &Tr) -> PdfItem {
    match s {
        Shown::Empty => PdfItem::Field {
            label,
            value: "—".into(),
        },
        Shown::Text(value) => PdfItem::Field { label, value },
        Shown::Files(list) => PdfItem::Field {
            label,
            value: list
                .into_iter()
                .map(|(_, n, b)| format!("{n} ({})", size(tr, b)))
                .collect::<Vec<_>>()
                .join("\n"),
        },
        Shown::Table {
            headers,
            rows,
            right,
        } => PdfItem::Table {
            label,
            headers,
            rows,
            right_align: right,
        },
    }
}

fn frozen_attachments(frozen: Option<&str>) -> Vec<(String, String, i64)> {
    frozen
        .and_then(|t| serde_json::from_str::<Value>(t).ok())
        .and_then(|v| v.get("attachments").cloned())
        .and_then(|a| a.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|a| {
            Some((
                a.get("filename")?.as_str()?.to_owned(),
                a.get("sha256")?.as_str()?.to_owned(),
                a.get("size")?.as_i64()?,
            ))
        })
        .collect()
}

async fn authority_name(ctx: &AppCtx, tenant_id: &str) -> AppResult<String> {
    let mut conn = ctx.db.conn().await?;
    Ok(tenants::list(&mut conn)
        .await?
        .into_iter()
        .find(|t| t.id == tenant_id)
        .map(|t| t.name)
        .unwrap_or_default())
}

async fn receipt_doc(ctx: &AppCtx, l: &Loaded, tr: &Tr) -> AppResult<ReceiptDoc> {
    let (Some(reference), Some(at), Some(sha)) = (
        l.row.reference.clone(),
        l.row.submitted_at,
        l.row.frozen_sha256.clone(),
    ) else {
        return Err(AppError::Conflict("not_submitted"));
    };
    let org = {
        let mut conn = ctx.db.conn().await?;
        organisations::find(&mut conn, &l.row.organisation_id).await?
    };
    let zone = &l.scheme.scheme.window.zone;
    Ok(ReceiptDoc {
        lang: tr.locale().as_str().to_owned(),
        title: tr.t("receipt-title"),
        heading: super::scheme_title(&l.scheme.scheme, tr.locale()),
        authority: authority_name(ctx, &l.scheme.tenant_id).await?,
        lines: vec![
            PdfLine {
                label: tr.t("receipt-reference"),
                value: reference,
            },
            PdfLine {
                label: tr.t("receipt-organisation"),
                value: org.map(|o| o.legal_name).unwrap_or_default(),
            },
            PdfLine {
                label: tr.t("receipt-project"),
                value: l.row.title.clone(),
            },
            PdfLine {
                label: tr.t("receipt-submitted-at"),
                value: instant_precise(tr, at, zone),
            },
            PdfLine {
                label: tr.t("receipt-form-version"),
                value: l.row.form_version.to_string(),
            },
            PdfLine {
                label: tr.t("receipt-sha256"),
                value: sha,
            },
        ],
        attachments_heading: tr.t("receipt-attachments"),
        attachments: frozen_attachments(l.row.frozen.as_deref())
            .into_iter()
            .map(|(name, sha, bytes)| PdfLine {
                label: name,
                value: format!("SHA-256 {sha} · {}", size(tr, bytes)),
            })
            .collect(),
        footer: tr.t("receipt-footer"),
        page_label: tr.t("pdf-page"),
    })
}

fn pdf_err(e: anyhow::Error) -> AppError {
    AppError::Internal(e.context("PDF"))
}

/// The receipt of a submitted application as a PDF, for its editors and officers:
/// `(file name, bytes)`.
#[tracing::instrument(skip_all)]
pub async fn receipt_pdf(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    locale: Locale,
) -> AppResult<(String, Vec<u8>)> {
    let l = {
        let mut conn = ctx.db.conn().await?;
        load(&mut conn, actor, slug, id, Want::Any).await?
    };
    let doc = receipt_doc(ctx, &l, &Tr::new(locale)).await?;
    let name = format!("{}.pdf", l.row.reference.clone().unwrap_or_default());
    Ok((name, pdf::receipt(&doc).map_err(pdf_err)?))
}

/// The receipt for the mail queue (no actor: the queue only names applications it was
/// given by a submission).
pub async fn receipt_pdf_for_mail(
    ctx: &AppCtx,
    id: &str,
    locale: Locale,
) -> AppResult<(String, Vec<u8>)> {
    let mut conn = ctx.db.conn().await?;
    let row = repo::find(&mut conn, id).await?.ok_or(AppError::NotFound)?;
    let scheme = super::scheme_by_id(&mut conn, &row.scheme_id).await?;
    drop(conn);
    let l = Loaded {
        state: row.state.parse().map_err(super::internal)?,
        row,
        scheme,
        form: Form::default(),
        sections: Default::default(),
        role: Role::Editor,
    };
    let doc = receipt_doc(ctx, &l, &Tr::new(locale)).await?;
    let name = format!("{}.pdf", l.row.reference.clone().unwrap_or_default());
    Ok((name, pdf::receipt(&doc).map_err(pdf_err)?))
}

/// The whole dossier as a PDF: every answer, attachments and history. Officers' exports are
/// written to the audit trail.
#[tracing::instrument(skip_all)]
pub async fn dossier_pdf(
    ctx: &AppCtx,
    actor: &Actor,
    id: &str,
    locale: Locale,
) -> AppResult<(String, Vec<u8>)> {
    dossier_pdf_as(ctx, actor, None, id, locale, Want::Any).await
}

/// As [`dossier_pdf`], for the call `slug` when named and for one side only: the officers'
/// route asks for [`Want::Officer`], so that an applicant gets "not found" there.
#[tracing::instrument(skip_all)]
pub async fn dossier_pdf_as(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    locale: Locale,
    want: Want,
) -> AppResult<(String, Vec<u8>)> {
    let tr = Tr::new(locale);
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, slug, id, want).await?;
    if l.role == Role::Officer {
        record_view(ctx, actor, &l, "export_pdf").await?;
    }
    let answers: Answers = if l.role == Role::Officer {
        answers_of_record(&mut conn, &l).await?
    } else {
        l.answers()
    };
    let files = repo::attachments(&mut conn, id).await?;
    let org = organisations::find(&mut conn, &l.row.organisation_id).await?;
    let history = history_of(&mut conn, &l).await?;
    drop(conn);
    let zone = l.scheme.scheme.window.zone.clone();
    let cur = l.scheme.scheme.currency;
    let state_label = match l.role {
        Role::Officer => tr.t(&l.state.internal_label_key()),
        Role::Editor => tr.t(&l.state.public_label_key()),
    };
    let mut summary = vec![
        PdfLine {
            label: tr.t("receipt-organisation"),
            value: org.map(|o| o.legal_name).unwrap_or_default(),
        },
        PdfLine {
            label: tr.t("dossier-state"),
            value: state_label,
        },
    ];
    if let Some(at) = l.row.submitted_at {
        summary.push(PdfLine {
            label: tr.t("receipt-submitted-at"),
            value: instant_precise(&tr, at, &zone),
        });
    }
    if let Some(v) = &l.row.eligibility {
        summary.push(PdfLine {
            label: tr.t("dossier-eligibility"),
            value: tr.t(&format!("verdict-{}", v.replace('_', "-"))),
        });
    }
    if let Some(sha) = &l.row.frozen_sha256 {
        summary.push(PdfLine {
            label: tr.t("receipt-sha256"),
            value: sha.clone(),
        });
    }
    let sections = l
        .form
        .sections
        .iter()
        .filter(|s| l.form.visible_section(s, &answers))
        .map(|s| PdfSection {
            heading: s.title.get(locale).to_owned(),
            items: s
                .fields
                .iter()
                .filter(|f| l.form.visible(f, &answers))
                .map(|f| {
                    pdf_item(
                        f.label.get(locale).to_owned(),
                        shown(f, answers.get(&f.id), &files, &tr, cur),
                        &tr,
                    )
                })
                .collect(),
        })
        .collect();
    let now = ctx.now_ms();
    let who = actor
        .user
        .as_ref()
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let doc = DossierDoc {
        lang: locale.as_str().to_owned(),
        title: if l.row.title.is_empty() {
            tr.t("dossier-untitled")
        } else {
            l.row.title.clone()
        },
        subtitle: format!(
            "{}{}",
            l.row
                .reference
                .as_deref()
                .map(|r| format!("{r} · "))
                .unwrap_or_default(),
            super::scheme_title(&l.scheme.scheme, locale)
        ),
        summary,
        sections,
        history_heading: tr.t("dossier-history"),
        history: history
            .iter()
            .map(|h| PdfLine {
                label: instant_precise(&tr, h.event.at, &zone),
                value: format!(
                    "{}: {}",
                    h.actor,
                    tr.t(&format!("event-{}", h.event.action.replace('_', "-")))
                ),
            })
            .collect(),
        footer: tr.ta(
            "dossier-exported",
            &[("when", &instant_precise(&tr, now, &zone)), ("who", &who)],
        ),
        page_label: tr.t("pdf-page"),
    };
    let name = format!(
        "{}.pdf",
        l.row
            .reference
            .clone()
            .unwrap_or_else(|| format!("dossier-{}", &l.row.id[..8.min(l.row.id.len())]))
    );
    Ok((name, pdf::dossier(&doc).map_err(pdf_err)?))
}

/// Whether a field is a file field (pages list its attachments apart).
pub fn is_file(f: &Field) -> bool {
    matches!(f.kind, FieldKind::File { .. })
}

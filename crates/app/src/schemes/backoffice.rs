//! The officers' back office beyond single edits: exporting a tenant's
//! schemes, importing a batch of scheme files all-or-nothing, reading the
//! JSON exchange format with a diagnosis per scheme and field, and naming
//! the authors of a history.

use std::collections::{HashMap, HashSet};

use passerelle_domain::scheme::criteria::Node;
use passerelle_domain::scheme::vocab::{SchemeKind, SchemeStatus};
use passerelle_domain::scheme::window::Window;
use passerelle_domain::scheme::{Funder, LocalText};
use passerelle_domain::{Currency, Locale, Money, TerritoryId};
use passerelle_store::repo::schemes::{self as repo, SchemeRow};
use passerelle_store::repo::{tenants, users};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{SchemeFile, internal, problems, reload, version_row};
use crate::authz::{self, TenantAction};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult, FieldError};

/// The note recorded on versions written by an import.
pub const IMPORT_NOTE: &str = "import";

/// One problem of an import: which scheme of the file (position from 0 and
/// slug when readable), which field, and a stable code (`error-<code>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// Position of the scheme in the file (row order for spreadsheets).
    pub index: usize,
    /// Its slug, when it could be read.
    pub slug: String,
    /// Field path (`scheme.window.zone`, `criteria.max-grant`, `file`).
    pub field: String,
    /// Error code.
    pub code: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Slugs created.
    pub created: Vec<String>,
    /// Slugs updated with a new version.
    pub updated: Vec<String>,
    /// Slugs already identical (no new version).
    pub unchanged: Vec<String>,
}

/// The result of an import: everything saved, or nothing and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportOutcome {
    /// Every scheme was saved in one transaction.
    Done(ImportReport),
    /// Nothing was saved.
    Refused(Vec<ImportProblem>),
}

/// One scheme of an uploaded file: readable, or the fields that are not.
pub type ParsedItem = Result<SchemeFile, Vec<FieldError>>;

/// A tenant's slug from its id.
#[tracing::instrument(skip_all)]
pub async fn tenant_slug_of(ctx: &AppCtx, tenant_id: &str) -> AppResult<String> {
    let mut conn = ctx.db.conn().await?;
    tenants::list(&mut conn)
        .await?
        .into_iter()
        .find(|t| t.id == tenant_id)
        .map(|t| t.slug)
        .ok_or(AppError::NotFound)
}

/// One scheme as an exchange file, for its tenant's staff.
#[tracing::instrument(skip_all)]
pub async fn export_one(ctx: &AppCtx, actor: &Actor, slug: &str) -> AppResult<SchemeFile> {
    let rec = super::get_for_staff(ctx, actor, slug).await?;
    let tenant = tenant_slug_of(ctx, &rec.tenant_id).await?;
    Ok(SchemeFile {
        tenant,
        status: rec.status,
        scheme: rec.scheme,
    })
}

/// Every scheme of a tenant (all statuses) as exchange files, by slug.
#[tracing::instrument(skip_all)]
pub async fn export_tenant(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
) -> AppResult<Vec<SchemeFile>> {
    let recs = super::list_for_tenant(ctx, actor, tenant_slug).await?;
    Ok(recs
        .into_iter()
        .map(|r| SchemeFile {
            tenant: tenant_slug.to_owned(),
            status: r.status,
            scheme: r.scheme,
        })
        .collect())
}

/// Display names of the accounts `ids` (unknown ones are left out).
#[tracing::instrument(skip_all)]
pub async fn author_names(ctx: &AppCtx, ids: &[String]) -> AppResult<HashMap<String, String>> {
    let mut conn = ctx.db.conn().await?;
    let mut out = HashMap::new();
    for id in ids.iter().collect::<HashSet<_>>() {
        if let Some(u) = users::find_by_id(&mut conn, id).await? {
            out.insert(id.clone(), u.name);
        }
    }
    Ok(out)
}

/// Imports scheme files into a tenant, all or nothing: new slugs are
/// created, the tenant's existing ones get a new version (none when
/// identical), and a slug of another tenant, a file naming another tenant, an
/// invalid scheme or a forbidden status change refuses the whole batch.
#[tracing::instrument(skip_all)]
pub async fn import(
    ctx: &AppCtx,
    actor: &Actor,
    tenant_slug: &str,
    items: Vec<ParsedItem>,
) -> AppResult<ImportOutcome> {
    let tenant = {
        let mut conn = ctx.db.conn().await?;
        tenants::find_by_slug(&mut conn, tenant_slug)
            .await?
            .ok_or(AppError::NotFound)?
    };
    authz::tenant(actor, &tenant.id, TenantAction::ManageProgrammes)?;
    let mut problems_out = Vec::new();
    if items.is_empty() {
        problems_out.push(ImportProblem {
            index: 0,
            slug: String::new(),
            field: "file".into(),
            code: "import_empty".into(),
        });
    }
    let mut files = Vec::new();
    let mut seen = HashSet::new();
    for (index, item) in items.into_iter().enumerate() {
        let file = match item {
            Ok(f) => f,
            Err(errs) => {
                problems_out.extend(errs.into_iter().map(|e| ImportProblem {
                    index,
                    slug: String::new(),
                    field: e.field,
                    code: e.code,
                }));
                continue;
            }
        };
        let slug = file.scheme.slug.clone();
        let mut p = |field: &str, code: &str| {
            problems_out.push(ImportProblem {
                index,
                slug: slug.clone(),
                field: field.to_owned(),
                code: code.to_owned(),
            });
        };
        if file.tenant != tenant_slug {
            p("tenant", "tenant_mismatch");
        }
        if !seen.insert(slug.clone()) {
            p("scheme.slug", "slug_duplicate");
        }
        for e in problems(ctx, &file.scheme) {
            p(&format!("scheme.{}", e.field), &e.code);
        }
        files.push((index, file));
    }
    if !problems_out.is_empty() {
        return Ok(ImportOutcome::Refused(problems_out));
    }
    let now = ctx.now_ms();
    let mut report = ImportReport::default();
    let mut newly_published = Vec::new();
    let mut tx = ctx.db.begin().await?;
    for (index, file) in files {
        let slug = file.scheme.slug.clone();
        let body = serde_json::to_string(&file.scheme).map_err(internal)?;
        let published_now = (file.status == SchemeStatus::Published).then_some(now);
        match repo::find_by_slug(&mut tx, &slug).await? {
            None => {
                let row = SchemeRow {
                    id: new_id(),
                    tenant_id: tenant.id.clone(),
                    slug: slug.clone(),
                    status: file.status.as_str().to_owned(),
                    version: 1,
                    body,
                    created_at: now,
                    updated_at: now,
                    published_at: published_now,
                };
                repo::insert(&mut tx, &row).await?;
                repo::insert_version(&mut tx, &version_row(&row, actor, IMPORT_NOTE)).await?;
                if file.status == SchemeStatus::Published {
                    newly_published.push(slug.clone());
                }
                report.created.push(slug);
            }
            Some(old) if old.tenant_id != tenant.id => {
                problems_out.push(ImportProblem {
                    index,
                    slug,
                    field: "scheme.slug".into(),
                    code: "slug_other_tenant".into(),
                });
            }
            Some(old) => {
                let old_status: SchemeStatus = old.status.parse().map_err(internal)?;
                if old.body == body && old_status == file.status {
                    report.unchanged.push(slug);
                    continue;
                }
                if old_status != file.status && !old_status.can_become(file.status) {
                    problems_out.push(ImportProblem {
                        index,
                        slug,
                        field: "status".into(),
                        code: "status_change_not_allowed".into(),
                    });
                    continue;
                }
                let row = SchemeRow {
                    version: old.version + 1,
                    status: file.status.as_str().to_owned(),
                    body,
                    updated_at: now,
                    published_at: old.published_at.or(published_now),
                    ..old.clone()
                };
                if !repo::update(&mut tx, &row, old.version).await? {
                    return Err(AppError::Conflict("version_conflict"));
                }
                repo::insert_version(&mut tx, &version_row(&row, actor, IMPORT_NOTE)).await?;
                if file.status == SchemeStatus::Published && old_status != SchemeStatus::Published {
                    newly_published.push(slug.clone());
                }
                report.updated.push(slug);
            }
        }
    }
    if !problems_out.is_empty() {
        // Dropping the transaction rolls back what was written before the problem.
        drop(tx);
        return Ok(ImportOutcome::Refused(problems_out));
    }
    tx.commit().await?;
    reload(ctx).await?;
    for slug in &newly_published {
        crate::alerts::after_publish(ctx, slug).await;
    }
    Ok(ImportOutcome::Done(report))
}

/// Reads a JSON exchange file: one scheme file object or an array of them.
/// A file that is not JSON at all fails whole (`file`, `json_invalid`);
/// otherwise each scheme is read on its own, with its unreadable fields.
pub fn parse_json(bytes: &[u8]) -> Result<Vec<ParsedItem>, FieldError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let value: Value =
        serde_json::from_slice(bytes).map_err(|_| FieldError::new("file", "json_invalid"))?;
    match value {
        Value::Array(items) => Ok(items.iter().map(parse_item).collect()),
        v @ Value::Object(_) => Ok(vec![parse_item(&v)]),
        _ => Err(FieldError::new("file", "json_invalid")),
    }
}

/// Reads one scheme file from a JSON value, naming every unreadable field.
pub fn parse_item(v: &Value) -> ParsedItem {
    if let Ok(f) = serde_json::from_value::<SchemeFile>(v.clone()) {
        return Ok(f);
    }
    let mut errs = Vec::new();
    let Some(obj) = v.as_object() else {
        return Err(vec![FieldError::new("", "json_invalid")]);
    };
    field::<String>(obj, "tenant", "tenant", true, &mut errs);
    field::<SchemeStatus>(obj, "status", "status", true, &mut errs);
    match obj.get("scheme").and_then(Value::as_object) {
        None => errs.push(FieldError::new("scheme", "required")),
        Some(s) => scheme_fields(s, &mut errs),
    }
    if errs.is_empty() {
        errs.push(FieldError::new("scheme", "invalid_value"));
    }
    Err(errs)
}

fn scheme_fields(s: &serde_json::Map<String, Value>, errs: &mut Vec<FieldError>) {
    let f = |name: &str| format!("scheme.{name}");
    field::<String>(s, "slug", &f("slug"), true, errs);
    field::<SchemeKind>(s, "kind", &f("kind"), true, errs);
    field::<u32>(s, "edition", &f("edition"), false, errs);
    field::<Option<String>>(s, "previous_edition", &f("previous_edition"), false, errs);
    field::<Option<String>>(s, "programme", &f("programme"), false, errs);
    field::<LocalText>(s, "title", &f("title"), true, errs);
    field::<LocalText>(s, "summary", &f("summary"), false, errs);
    field::<LocalText>(s, "description", &f("description"), false, errs);
    field::<Vec<Funder>>(s, "funders", &f("funders"), false, errs);
    field::<Vec<TerritoryId>>(s, "perimeter", &f("perimeter"), false, errs);
    field::<Vec<passerelle_domain::scheme::vocab::Theme>>(s, "themes", &f("themes"), false, errs);
    field::<Window>(s, "window", &f("window"), true, errs);
    field::<Currency>(s, "currency", &f("currency"), true, errs);
    field::<Option<Money>>(s, "envelope", &f("envelope"), false, errs);
    match s.get("criteria") {
        None => errs.push(FieldError::new(f("criteria"), "required")),
        Some(c) => node_fields(c, "scheme.criteria", errs),
    }
    field::<Vec<LocalText>>(
        s,
        "assessed_in_review",
        &f("assessed_in_review"),
        false,
        errs,
    );
    field::<Vec<LocalText>>(s, "documents", &f("documents"), false, errs);
    field::<Vec<Locale>>(s, "languages", &f("languages"), false, errs);
    field::<Option<String>>(s, "contact", &f("contact"), false, errs);
    field::<Option<String>>(s, "url", &f("url"), false, errs);
}

/// Finds the deepest criteria that do not read, named by their ids.
fn node_fields(v: &Value, path: &str, errs: &mut Vec<FieldError>) {
    let Err(e) = serde_json::from_value::<Node>(v.clone()) else {
        return;
    };
    let id = v.get("id").and_then(Value::as_str).unwrap_or("");
    let here = if id.is_empty() {
        path.to_owned()
    } else {
        format!("scheme.criteria.{id}")
    };
    let before = errs.len();
    if let Some(children) = v.get("children").and_then(Value::as_array) {
        for (i, c) in children.iter().enumerate() {
            node_fields(c, &format!("{here}.children[{i}]"), errs);
        }
    }
    if errs.len() == before {
        errs.push(from_serde(&here, &e));
    }
}

fn field<T: DeserializeOwned>(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    path: &str,
    required: bool,
    errs: &mut Vec<FieldError>,
) {
    match obj.get(key) {
        None if required => errs.push(FieldError::new(path, "required")),
        None => {}
        Some(v) => {
            if let Err(e) = serde_json::from_value::<T>(v.clone()) {
                errs.push(from_serde(path, &e));
            }
        }
    }
}

/// A serde error as a field error: `missing field `x`` names the field.
fn from_serde(path: &str, e: &serde_json::Error) -> FieldError {
    let msg = e.to_string();
    if let Some(rest) = msg.strip_prefix("missing field `")
        && let Some((name, _)) = rest.split_once('`')
    {
        return FieldError::new(format!("{path}.{name}"), "required");
    }
    let code = if msg.contains("unknown variant") || msg.starts_with("unknown ") {
        "value_unknown"
    } else {
        "invalid_value"
    };
    FieldError::new(path, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRESS: &str = include_str!("../../../../data/demo/schemes/progress-2024.json");

    #[test]
    fn reads_one_object_or_an_array() {
        let one = parse_json(PROGRESS.as_bytes()).unwrap();
        assert_eq!(one.len(), 1);
        assert!(one[0].is_ok());
        let arr = format!("[{PROGRESS}, {PROGRESS}]");
        assert_eq!(parse_json(arr.as_bytes()).unwrap().len(), 2);
        assert_eq!(
            parse_json(b"not json").unwrap_err(),
            FieldError::new("file", "json_invalid")
        );
    }

    #[test]
    fn names_the_broken_fields() {
        let mut v: Value = serde_json::from_str(PROGRESS).unwrap();
        v["status"] = "live".into();
        v["scheme"]["window"]
            .as_object_mut()
            .unwrap()
            .remove("zone");
        v["scheme"]["criteria"]["children"][2]["max"] = "lots".into();
        let errs = parse_item(&v).unwrap_err();
        assert!(errs.contains(&FieldError::new("status", "value_unknown")));
        assert!(errs.contains(&FieldError::new("scheme.window.zone", "required")));
        assert!(
            errs.contains(&FieldError::new(
                "scheme.criteria.max-grant",
                "invalid_value"
            )),
            "{errs:?}"
        );
    }
}

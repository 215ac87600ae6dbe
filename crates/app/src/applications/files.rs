//! Attachments: checked by content (magic bytes, not the name), bounded by the field's size,
//! kept in the object store under a random key (never a name a client chose), and served only
//! to those who may see the application.

use std::path::Path;
use std::sync::Arc;

use bytes::Bytes;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, ObjectStoreExt, PutPayload};
use passerelle_domain::application::files::{accepts, clean_filename};
use passerelle_domain::application::form::{Answers, FieldKind};
use passerelle_store::repo::applications::{self as repo, AttachmentRow, NewEvent};
use sha2::{Digest, Sha256};

use super::drafts::check_editable;
use super::{Role, Want, internal, load};
use crate::tokens::new_id;
use crate::{Actor, AppCtx, AppError, AppResult};

/// Files kept in a local folder (the embedded default).
pub fn local_store(dir: &Path) -> anyhow::Result<Arc<dyn ObjectStore>> {
    std::fs::create_dir_all(dir)?;
    Ok(Arc::new(LocalFileSystem::new_with_prefix(dir)?))
}

/// Settings of an S3-compatible store.
#[derive(Debug, Clone)]
pub struct S3Settings {
    /// Bucket.
    pub bucket: String,
    /// Endpoint URL (MinIO, Scaleway, OVH…); the AWS one when empty.
    pub endpoint: String,
    /// Region.
    pub region: String,
    /// Access key id.
    pub access_key_id: String,
    /// Secret access key.
    pub secret_access_key: String,
}

/// Files kept in an S3-compatible bucket.
pub fn s3_store(s: &S3Settings) -> anyhow::Result<Arc<dyn ObjectStore>> {
    let mut b = object_store::aws::AmazonS3Builder::new()
        .with_bucket_name(&s.bucket)
        .with_region(&s.region)
        .with_access_key_id(&s.access_key_id)
        .with_secret_access_key(&s.secret_access_key);
    if !s.endpoint.is_empty() {
        b = b
            .with_endpoint(&s.endpoint)
            .with_allow_http(s.endpoint.starts_with("http://"));
    }
    Ok(Arc::new(b.build()?))
}

/// The MIME type recognised from a file's first bytes, if any.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    infer::get(bytes).map(|t| t.mime_type())
}

fn store_err(e: impl std::fmt::Display) -> AppError {
    AppError::Internal(anyhow::anyhow!("file store: {e}"))
}

/// An uploaded file on its way in.
#[derive(Debug, Clone)]
pub struct Upload {
    /// Field it is given for.
    pub field_id: String,
    /// Name the client gave (display only).
    pub filename: String,
    /// Content.
    pub bytes: Bytes,
}

/// Adds a file to a file field: checked, stored, recorded, and appended to the field's
/// answer (bumping the section's version, so an upload never conflicts with itself).
#[tracing::instrument(skip_all)]
pub async fn upload(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    up: Upload,
) -> AppResult<AttachmentRow> {
    // Checks first, outside any transaction: a refused file costs no write.
    let (section_id, multiple) = {
        let mut conn = ctx.db.conn().await?;
        let l = load(&mut conn, actor, slug, id, Want::Editor).await?;
        check_editable(ctx, &mut conn, &l).await?;
        let section = l.form.section_of(&up.field_id).ok_or(AppError::NotFound)?;
        let field = l.form.field(&up.field_id).ok_or(AppError::NotFound)?;
        let FieldKind::File {
            accept,
            max_bytes,
            multiple,
        } = &field.kind
        else {
            return Err(AppError::field(&up.field_id, "not_a_file_field"));
        };
        if up.bytes.is_empty() {
            return Err(AppError::field(&up.field_id, "file_empty"));
        }
        if up.bytes.len() as u64 > *max_bytes {
            return Err(AppError::field(&up.field_id, "file_too_large"));
        }
        if !accepts(accept, sniff(&up.bytes)) {
            return Err(AppError::field(&up.field_id, "file_type_refused"));
        }
        (section.id.clone(), *multiple)
    };
    let att_id = new_id();
    let key = format!("applications/{id}/{}", new_id());
    let row = AttachmentRow {
        id: att_id.clone(),
        application_id: id.to_owned(),
        field_id: up.field_id.clone(),
        filename: clean_filename(&up.filename),
        content_type: sniff(&up.bytes)
            .unwrap_or("application/octet-stream")
            .to_owned(),
        size_bytes: i64::try_from(up.bytes.len()).unwrap_or(i64::MAX),
        sha256: hex::encode(Sha256::digest(&up.bytes)),
        storage_key: key.clone(),
        uploaded_by: actor.user_id().map(str::to_owned),
        uploaded_at: ctx.now_ms(),
    };
    // The bytes go first: a row never points at a missing file. A failed commit leaves an
    // orphan object, removed below.
    let path = ObjectPath::from(key.as_str());
    ctx.files
        .put(&path, PutPayload::from(up.bytes.clone()))
        .await
        .map_err(store_err)?;
    let saved = record_upload(ctx, actor, id, &section_id, multiple, &row).await;
    if saved.is_err() {
        let _ = ctx.files.delete(&path).await;
    }
    saved.map(|()| row)
}

async fn record_upload(
    ctx: &AppCtx,
    actor: &Actor,
    id: &str,
    section_id: &str,
    multiple: bool,
    row: &AttachmentRow,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, None, id, Want::Editor).await?;
    check_editable(ctx, &mut tx, &l).await?;
    repo::insert_attachment(&mut tx, row).await?;
    let current = l.sections.get(section_id);
    let mut answers: Answers = current
        .map(|s| serde_json::from_str(&s.answers))
        .transpose()
        .map_err(internal)?
        .unwrap_or_default();
    let mut ids: Vec<String> = answers
        .get(&row.field_id)
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default();
    if !multiple {
        ids.clear();
    }
    ids.push(row.id.clone());
    answers.insert(row.field_id.clone(), serde_json::json!(ids));
    let text = serde_json::to_string(&answers).map_err(internal)?;
    let from = current.map_or(0, |s| s.version);
    repo::save_section(
        &mut tx,
        id,
        section_id,
        from,
        &text,
        actor.user_id(),
        ctx.now_ms(),
    )
    .await?
    .ok_or(AppError::Conflict("version_conflict"))?;
    repo::touch(&mut tx, id, ctx.now_ms()).await?;
    tx.commit().await?;
    Ok(())
}

/// A file of an application, for its editors and (once submitted) its officers; an
/// officer's download is written to the audit trail.
#[tracing::instrument(skip_all)]
pub async fn download(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    attachment_id: &str,
) -> AppResult<(AttachmentRow, Bytes)> {
    let mut conn = ctx.db.conn().await?;
    let l = load(&mut conn, actor, slug, id, Want::Any).await?;
    let att = repo::find_attachment(&mut conn, attachment_id)
        .await?
        .filter(|a| a.application_id == id)
        .ok_or(AppError::NotFound)?;
    if l.role == Role::Officer {
        let mut tx = ctx.db.begin().await?;
        repo::append_event(
            &mut tx,
            id,
            &NewEvent {
                at: ctx.now_ms(),
                actor_id: actor.user_id(),
                action: "view_attachment",
                from_state: None,
                to_state: None,
                detail: &serde_json::json!({ "attachment": att.filename }).to_string(),
            },
        )
        .await?;
        tx.commit().await?;
    }
    drop(conn);
    let bytes = fetch(ctx, &att.storage_key).await?;
    Ok((att, bytes))
}

/// The files of an application, for its editors and officers.
#[tracing::instrument(skip_all)]
pub async fn list(ctx: &AppCtx, actor: &Actor, id: &str) -> AppResult<Vec<AttachmentRow>> {
    let mut conn = ctx.db.conn().await?;
    load(&mut conn, actor, None, id, Want::Any).await?;
    Ok(repo::attachments(&mut conn, id).await?)
}

/// The bytes of a stored file (callers authorise first).
pub(crate) async fn fetch(ctx: &AppCtx, key: &str) -> AppResult<Bytes> {
    ctx.files
        .get(&ObjectPath::from(key))
        .await
        .map_err(store_err)?
        .bytes()
        .await
        .map_err(store_err)
}

/// Removes a file from a draft (or an application being completed).
#[tracing::instrument(skip_all)]
pub async fn remove(
    ctx: &AppCtx,
    actor: &Actor,
    slug: Option<&str>,
    id: &str,
    attachment_id: &str,
) -> AppResult<()> {
    let mut tx = ctx.db.begin().await?;
    let l = load(&mut tx, actor, slug, id, Want::Editor).await?;
    check_editable(ctx, &mut tx, &l).await?;
    let att = repo::find_attachment(&mut tx, attachment_id)
        .await?
        .filter(|a| a.application_id == id)
        .ok_or(AppError::NotFound)?;
    if let Some(section) = l.form.section_of(&att.field_id)
        && let Some(s) = l.sections.get(&section.id)
    {
        let mut answers: Answers = serde_json::from_str(&s.answers).map_err(internal)?;
        if let Some(v) = answers.get_mut(&att.field_id)
            && let Some(list) = v.as_array_mut()
        {
            list.retain(|x| x.as_str() != Some(attachment_id));
        }
        let text = serde_json::to_string(&answers).map_err(internal)?;
        repo::save_section(
            &mut tx,
            id,
            &section.id,
            s.version,
            &text,
            actor.user_id(),
            ctx.now_ms(),
        )
        .await?
        .ok_or(AppError::Conflict("version_conflict"))?;
    }
    repo::delete_attachment(&mut tx, attachment_id).await?;
    tx.commit().await?;
    let _ = ctx
        .files
        .delete(&ObjectPath::from(att.storage_key.as_str()))
        .await;
    Ok(())
}

/// Deletes a file's bytes (drafts removed at the deadline); a missing object is not an error.
pub(crate) async fn delete_object(ctx: &AppCtx, key: &str) {
    if let Err(e) = ctx.files.delete(&ObjectPath::from(key)).await
        && !matches!(e, object_store::Error::NotFound { .. })
    {
        tracing::warn!(error = %e, key, "could not delete a stored file");
    }
}

#[cfg(test)]
mod tests {
    use super::sniff;

    #[test]
    fn types_come_from_content_not_names() {
        assert_eq!(
            sniff(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
            Some("application/pdf")
        );
        assert_eq!(
            sniff(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]),
            Some("image/png")
        );
        assert_eq!(
            sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some("image/jpeg")
        );
        assert_eq!(
            sniff(b"MZ\x90\x00 this is an exe renamed .pdf"),
            Some("application/vnd.microsoft.portable-executable")
        );
        assert_eq!(sniff(b"just text"), None);
    }
}

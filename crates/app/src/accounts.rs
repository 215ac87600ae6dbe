//! Accounts: sign-up with e-mail confirmation, sign-in with throttling, password reset.
//! Answers never reveal whether an address has an account (no enumeration).

use std::net::IpAddr;

use anyhow::Context as _;
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use passerelle_domain::{Email, Locale, TenantRole, check_strength};
use passerelle_store::repo::users::UserRow;
use passerelle_store::repo::{tenants, tokens as token_repo, users};

use crate::i18n::Tr;
use crate::mail::OutgoingMail;
use crate::tokens::{hash, new_id, new_token};
use crate::{Actor, ActorUser, AppCtx, AppError, AppResult, FieldError};

const CONFIRM: &str = "confirm";
const RESET: &str = "reset";
const CONFIRM_TTL_MS: i64 = 7 * 24 * 3600 * 1000;
const RESET_TTL_MS: i64 = 3600 * 1000;

/// A sign-up form, as typed.
#[derive(Debug, Clone)]
pub struct SignUp {
    /// E-mail address.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Password.
    pub password: String,
    /// Password again.
    pub password_confirm: String,
    /// Language of the interface at sign-up (mails are sent in it).
    pub locale: Locale,
}

/// Hash a password with Argon2id (default parameters), off the async threads.
pub async fn hash_password(password: &str) -> AppResult<String> {
    let pw = password.to_owned();
    let h = tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(pw.as_bytes())
            .map(|h| h.to_string())
    })
    .await
    .context("hashing task")?
    .map_err(|e| anyhow::anyhow!("argon2: {e}"))?;
    Ok(h)
}

async fn verify_password(password: &str, phc: &str) -> bool {
    let pw = password.to_owned();
    let phc = phc.to_owned();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .verify_password(pw.as_bytes(), phc.as_str())
            .is_ok()
    })
    .await
    .unwrap_or(false)
}

fn validate_new_password(
    password: &str,
    confirm: &str,
    inputs: &[&str],
    errors: &mut Vec<FieldError>,
) {
    if let Err(e) = check_strength(password, inputs) {
        errors.push(FieldError::new("password", e.code()));
    } else if password != confirm {
        errors.push(FieldError::new("password_confirm", "password_mismatch"));
    }
}

/// Create an account (signed in at once, e-mail unconfirmed) and mail the confirmation link.
/// When the address already has an account, that account's owner is told by mail instead and
/// the caller sees the same answer: `Ok(None)`.
#[tracing::instrument(skip_all)]
pub async fn sign_up(ctx: &AppCtx, cmd: SignUp) -> AppResult<Option<String>> {
    let mut errors = Vec::new();
    let email = Email::parse(&cmd.email)
        .map_err(|e| errors.push(FieldError::new("email", e.code())))
        .ok();
    let name = cmd.name.trim().to_owned();
    if name.is_empty() {
        errors.push(FieldError::new("name", "name_required"));
    } else if name.chars().count() > 200 {
        errors.push(FieldError::new("name", "too_long"));
    }
    let local = email
        .as_ref()
        .map(|e| e.as_str().split('@').next().unwrap_or("").to_owned())
        .unwrap_or_default();
    validate_new_password(
        &cmd.password,
        &cmd.password_confirm,
        &[&local, &name],
        &mut errors,
    );
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(AppError::Invalid(errors));
    };

    let tr = Tr::new(cmd.locale);
    let mut tx = ctx.db.begin().await?;
    if let Some(existing) = users::find_by_email(&mut tx, email.as_str()).await? {
        drop(tx);
        let tr = Tr::new(existing.locale.parse().unwrap_or(cmd.locale));
        let link = format!("{}/password/forgot", ctx.config.base_url);
        send(
            ctx,
            &existing.email,
            tr.t("mail-exists-subject"),
            tr.ta(
                "mail-exists-body",
                &[("name", &existing.name), ("link", &link)],
            ),
        )
        .await;
        return Ok(None);
    }
    let now = ctx.now_ms();
    let user = UserRow {
        id: new_id(),
        email: email.as_str().to_owned(),
        name,
        password_hash: hash_password(&cmd.password).await?,
        locale: cmd.locale.as_str().to_owned(),
        platform_admin: false,
        email_confirmed_at: None,
        created_at: now,
        sessions_valid_after: 0,
    };
    match users::insert(&mut tx, &user).await {
        Ok(()) => {}
        // Lost a race with a concurrent sign-up of the same address: same answer as above.
        Err(e) if e.is_conflict_on("email") => return Ok(None),
        Err(e) => return Err(e.into()),
    }
    let token = new_token();
    token_repo::insert(
        &mut tx,
        &hash(&token),
        &user.id,
        CONFIRM,
        now + CONFIRM_TTL_MS,
        now,
    )
    .await?;
    tx.commit().await?;
    let link = format!("{}/confirm?token={token}", ctx.config.base_url);
    send(
        ctx,
        &user.email,
        tr.t("mail-confirm-subject"),
        tr.ta(
            "mail-confirm-body",
            &[("name", &user.name), ("link", &link)],
        ),
    )
    .await;
    Ok(Some(user.id))
}

/// Send the confirmation link again to the signed-in, unconfirmed actor.
#[tracing::instrument(skip_all)]
pub async fn resend_confirmation(ctx: &AppCtx, actor: &Actor) -> AppResult<()> {
    let Some(u) = &actor.user else {
        return Err(AppError::Unauthenticated);
    };
    if u.confirmed {
        return Ok(());
    }
    let mut tx = ctx.db.begin().await?;
    let row = users::find_by_id(&mut tx, &u.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let now = ctx.now_ms();
    let token = new_token();
    token_repo::insert(
        &mut tx,
        &hash(&token),
        &row.id,
        CONFIRM,
        now + CONFIRM_TTL_MS,
        now,
    )
    .await?;
    tx.commit().await?;
    let tr = Tr::new(row.locale.parse().unwrap_or(Locale::DEFAULT));
    let link = format!("{}/confirm?token={token}", ctx.config.base_url);
    send(
        ctx,
        &row.email,
        tr.t("mail-confirm-subject"),
        tr.ta("mail-confirm-body", &[("name", &row.name), ("link", &link)]),
    )
    .await;
    Ok(())
}

/// Confirm an address from the mailed token; returns the account id.
#[tracing::instrument(skip_all)]
pub async fn confirm_email(ctx: &AppCtx, token: &str) -> AppResult<String> {
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let user_id = token_repo::take(&mut tx, &hash(token), CONFIRM, now)
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    users::confirm_email(&mut tx, &user_id, now).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// Check credentials; returns the account id. Throttled per account and per IP; the same
/// error for an unknown address and a wrong password.
#[tracing::instrument(skip_all)]
pub async fn login(
    ctx: &AppCtx,
    email: &str,
    password: &str,
    ip: Option<IpAddr>,
) -> AppResult<String> {
    let normalised = email.trim().to_lowercase();
    if !ctx.login_limiter.check(&normalised, ip) {
        return Err(AppError::RateLimited);
    }
    let mut c = ctx.db.conn().await?;
    let user = users::find_by_email(&mut c, &normalised).await?;
    drop(c);
    match user {
        Some(u) if verify_password(password, &u.password_hash).await => Ok(u.id),
        Some(_) => Err(AppError::field("password", "login_failed")),
        None => {
            // Spend the same time as a real check so timing does not reveal unknown addresses.
            let _ = verify_password(password, &dummy_hash().await).await;
            Err(AppError::field("password", "login_failed"))
        }
    }
}

/// A real Argon2id hash (of a random string) to verify against when the address is unknown,
/// computed once with the same parameters as real hashes.
async fn dummy_hash() -> String {
    static DUMMY: tokio::sync::OnceCell<String> = tokio::sync::OnceCell::const_new();
    DUMMY
        .get_or_init(|| async {
            hash_password(&crate::tokens::new_token())
                .await
                .unwrap_or_default()
        })
        .await
        .clone()
}

/// Mail a reset link when the address has an account; always answers `Ok`.
#[tracing::instrument(skip_all)]
pub async fn request_password_reset(ctx: &AppCtx, email: &str) -> AppResult<()> {
    let Ok(email) = Email::parse(email) else {
        return Err(AppError::field("email", "email_invalid"));
    };
    let mut tx = ctx.db.begin().await?;
    let Some(user) = users::find_by_email(&mut tx, email.as_str()).await? else {
        return Ok(());
    };
    let now = ctx.now_ms();
    let token = new_token();
    token_repo::insert(
        &mut tx,
        &hash(&token),
        &user.id,
        RESET,
        now + RESET_TTL_MS,
        now,
    )
    .await?;
    tx.commit().await?;
    let tr = Tr::new(user.locale.parse().unwrap_or(Locale::DEFAULT));
    let link = format!("{}/password/reset?token={token}", ctx.config.base_url);
    send(
        ctx,
        &user.email,
        tr.t("mail-reset-subject"),
        tr.ta("mail-reset-body", &[("name", &user.name), ("link", &link)]),
    )
    .await;
    Ok(())
}

/// Whether a reset token is still usable (to show the form or an error).
pub async fn reset_token_valid(ctx: &AppCtx, token: &str) -> AppResult<bool> {
    let mut c = ctx.db.conn().await?;
    Ok(token_repo::peek(&mut c, &hash(token), RESET, ctx.now_ms())
        .await?
        .is_some())
}

/// Set a new password from a reset token (single use; other reset links die with it).
/// A reset also proves the address, so it confirms it.
#[tracing::instrument(skip_all)]
pub async fn reset_password(
    ctx: &AppCtx,
    token: &str,
    password: &str,
    confirm: &str,
) -> AppResult<String> {
    let now = ctx.now_ms();
    let mut tx = ctx.db.begin().await?;
    let user_id = token_repo::peek(&mut tx, &hash(token), RESET, now)
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    let user = users::find_by_id(&mut tx, &user_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut errors = Vec::new();
    let local = user.email.split('@').next().unwrap_or("").to_owned();
    validate_new_password(password, confirm, &[&local, &user.name], &mut errors);
    if !errors.is_empty() {
        return Err(AppError::Invalid(errors));
    }
    token_repo::take(&mut tx, &hash(token), RESET, now)
        .await?
        .ok_or(AppError::Conflict("token_invalid"))?;
    token_repo::invalidate_all(&mut tx, &user_id, RESET, now).await?;
    users::set_password(&mut tx, &user_id, &hash_password(password).await?).await?;
    users::confirm_email(&mut tx, &user_id, now).await?;
    // Whoever knew the old password is signed out everywhere.
    users::revoke_sessions(&mut tx, &user_id, now).await?;
    tx.commit().await?;
    Ok(user_id)
}

/// The actor behind a session's account id (`None` when the account no longer exists).
pub async fn load_actor(ctx: &AppCtx, user_id: &str) -> AppResult<Option<Actor>> {
    let mut c = ctx.db.conn().await?;
    let Some(u) = users::find_by_id(&mut c, user_id).await? else {
        return Ok(None);
    };
    let roles = tenants::roles_of_user(&mut c, user_id).await?;
    let tenant_roles = roles
        .into_iter()
        .filter_map(|r| {
            r.role
                .parse::<TenantRole>()
                .ok()
                .map(|role| (r.tenant_id, role))
        })
        .collect();
    Ok(Some(Actor {
        user: Some(ActorUser {
            id: u.id,
            email: u.email,
            name: u.name,
            platform_admin: u.platform_admin,
            confirmed: u.email_confirmed_at.is_some(),
            sessions_valid_after: u.sessions_valid_after,
            tenant_roles,
        }),
    }))
}

/// The preferred language of an account.
pub async fn locale_of(ctx: &AppCtx, user_id: &str) -> AppResult<Option<Locale>> {
    let mut c = ctx.db.conn().await?;
    Ok(users::find_by_id(&mut c, user_id)
        .await?
        .and_then(|u| u.locale.parse().ok()))
}

/// Remember the actor's language.
pub async fn set_locale(ctx: &AppCtx, actor: &Actor, locale: Locale) -> AppResult<()> {
    let Some(id) = actor.user_id() else {
        return Ok(());
    };
    let mut c = ctx.db.conn().await?;
    users::set_locale(&mut c, id, locale.as_str()).await?;
    Ok(())
}

/// Create an account directly (CLI `user create`, demo data): confirmed, checked like a sign-up.
pub async fn create_user(
    ctx: &AppCtx,
    email: &str,
    name: &str,
    password: &str,
    locale: Locale,
    platform_admin: bool,
) -> AppResult<String> {
    let email = Email::parse(email).map_err(|e| AppError::field("email", e.code()))?;
    let local = email.as_str().split('@').next().unwrap_or("").to_owned();
    check_strength(password, &[&local, name]).map_err(|e| AppError::field("password", e.code()))?;
    let mut tx = ctx.db.begin().await?;
    if let Some(u) = users::find_by_email(&mut tx, email.as_str()).await? {
        if platform_admin {
            users::set_platform_admin(&mut tx, &u.id, true).await?;
            tx.commit().await?;
        }
        return Ok(u.id);
    }
    let now = ctx.now_ms();
    let user = UserRow {
        id: new_id(),
        email: email.as_str().to_owned(),
        name: name.trim().to_owned(),
        password_hash: hash_password(password).await?,
        locale: locale.as_str().to_owned(),
        platform_admin,
        email_confirmed_at: Some(now),
        created_at: now,
        sessions_valid_after: 0,
    };
    users::insert(&mut tx, &user).await?;
    tx.commit().await?;
    Ok(user.id)
}

/// Send a mail after the transaction that caused it committed. A delivery failure is logged,
/// not shown: the account exists and the user can ask for the link again.
pub(crate) async fn send(ctx: &AppCtx, to: &str, subject: String, body: String) {
    let mail = OutgoingMail {
        to: to.to_owned(),
        subject,
        body,
        attachments: vec![],
    };
    if let Err(e) = ctx.mailer.send(&ctx.config.mail_from, &mail).await {
        tracing::error!(error = %format!("{e:#}"), "mail delivery failed");
    }
}

//! Passerelle use cases. Each one authorises the actor, opens a transaction, applies the
//! domain rule, saves through the store and sends what must be sent. The web handlers, the CLI
//! and background jobs all call these, so authorisation lives in one place ([`authz`]).

pub mod accounts;
pub mod alerts;
pub mod applications;
pub mod authz;
pub mod clock;
pub mod demo;
mod error;
pub mod i18n;
pub mod mail;
pub mod organisations;
pub mod outbox;
pub mod ratelimit;
pub mod review;
pub mod schemes;
pub mod tenants;
pub mod territories;
mod tokens;

use std::sync::Arc;

use passerelle_domain::TerritoryIndex;
use passerelle_store::Db;

pub use error::{AppError, AppResult, FieldError};

/// Settings the use cases need (a slice of the binary's configuration).
#[derive(Debug, Clone)]
pub struct AppConfig {
    /// Public base URL used in e-mailed links, without trailing slash.
    pub base_url: String,
    /// Demo mode: the outbox is browsable at `/dev/outbox`.
    pub demo: bool,
    /// Address mails are sent from.
    pub mail_from: String,
    /// Key of the long-lived links in alert mails (unsubscribe, feed).
    pub link_key: alerts::LinkKey,
}

/// Everything a use case needs, cheap to clone.
#[derive(Clone)]
pub struct AppCtx {
    /// The database.
    pub db: Db,
    /// Territories, indexed in memory at start-up.
    pub territories: Arc<TerritoryIndex>,
    /// Outgoing mail.
    pub mailer: Arc<dyn mail::Mailer>,
    /// Time source.
    pub clock: Arc<dyn clock::Clock>,
    /// Login throttling.
    pub login_limiter: Arc<ratelimit::LoginLimiter>,
    /// Settings.
    pub config: AppConfig,
    /// The public catalogue of schemes, in memory.
    pub catalogue: Arc<schemes::live::LiveCatalogue>,
    /// Throttles the confirmation mails of saved searches, per address and per client IP.
    pub alert_limiter: Arc<ratelimit::LoginLimiter>,
    /// Uploaded files (a local folder by default, S3-compatible storage in production).
    pub files: Arc<dyn object_store::ObjectStore>,
    /// Wakes the mail sender after a commit that queued mail.
    pub mail_wakeup: Arc<outbox::Wakeup>,
}

impl AppCtx {
    /// Build the context: loads the territory index from the database.
    pub async fn new(
        db: Db,
        mailer: Arc<dyn mail::Mailer>,
        clock: Arc<dyn clock::Clock>,
        files: Arc<dyn object_store::ObjectStore>,
        config: AppConfig,
    ) -> AppResult<AppCtx> {
        let territories = Arc::new(territories::load_index(&db).await?);
        let ctx = AppCtx {
            db,
            territories,
            mailer,
            clock,
            login_limiter: Arc::new(ratelimit::LoginLimiter::default()),
            config,
            catalogue: Arc::default(),
            // 3 confirmation mails per address then one per 10 minutes; 10 per IP then one a minute.
            alert_limiter: Arc::new(ratelimit::LoginLimiter::new(
                3,
                std::time::Duration::from_secs(600),
                10,
                std::time::Duration::from_secs(60),
            )),
            files,
            mail_wakeup: Arc::default(),
        };
        schemes::reload(&ctx).await?;
        Ok(ctx)
    }

    /// Current instant in epoch milliseconds.
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }
}

/// Who is acting: an anonymous visitor or a signed-in account with its tenant roles.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// The signed-in account, if any.
    pub user: Option<ActorUser>,
}

/// The signed-in part of an [`Actor`].
#[derive(Debug, Clone)]
pub struct ActorUser {
    /// Account id.
    pub id: String,
    /// E-mail.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Platform administrator.
    pub platform_admin: bool,
    /// Whether the e-mail address is confirmed.
    pub confirmed: bool,
    /// Sessions signed in before this instant (epoch ms) no longer carry this account.
    pub sessions_valid_after: i64,
    /// Staff roles: (tenant id, role).
    pub tenant_roles: Vec<(String, passerelle_domain::TenantRole)>,
}

impl Actor {
    /// An anonymous visitor.
    pub fn anonymous() -> Actor {
        Actor { user: None }
    }

    /// The account id, if signed in.
    pub fn user_id(&self) -> Option<&str> {
        self.user.as_ref().map(|u| u.id.as_str())
    }
}

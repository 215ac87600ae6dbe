//! Test support: a fresh database per test on the engine named by
//! `PASSERELLE_TEST_DATABASE_URL` (default: an SQLite temp file), and the real server spawned
//! on 127.0.0.1:0 with a cookie-keeping HTTP client.
//!
//! Databases are cloned from a template migrated and loaded with the territories once per
//! test process (PostgreSQL `CREATE DATABASE … TEMPLATE`, SQLite file copy), so each test
//! starts from the same state in milliseconds.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use passerelle_app::clock::ManualClock;
use passerelle_app::mail::FileOutbox;
use passerelle_app::{AppConfig, AppCtx};
use passerelle_store::{Db, DbOptions};
use tokio::sync::OnceCell;

/// The engine under test, from the environment.
pub fn pg_url() -> Option<String> {
    std::env::var("PASSERELLE_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

/// A per-test database; dropped (PostgreSQL) or deleted (SQLite) with this value.
pub struct TestDb {
    /// The pool.
    pub db: Db,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(PathBuf),
    Postgres { admin_url: String, name: String },
}

static SQLITE_TEMPLATE: OnceCell<PathBuf> = OnceCell::const_new();
static PG_TEMPLATE: OnceCell<String> = OnceCell::const_new();

fn unique(prefix: &str) -> String {
    format!("{prefix}{}", uuid::Uuid::new_v4().simple())
}

async fn prepare(db: &Db) -> anyhow::Result<()> {
    db.migrate().await?;
    passerelle_app::territories::import(db, passerelle_app::territories::EMBEDDED_TSV, 0)
        .await
        .map_err(|e| anyhow::anyhow!("territory import: {e:?}"))?;
    Ok(())
}

fn db_url_with_name(admin_url: &str, name: &str) -> String {
    // postgres://user@host:port/db?params → replace the path.
    let (base, query) = admin_url
        .split_once('?')
        .map(|(b, q)| (b, Some(q)))
        .unwrap_or((admin_url, None));
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut url = format!("{}/{}", &base[..path_start], name);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    url
}

async fn admin_exec(admin_url: &str, sql: String) -> anyhow::Result<()> {
    use sqlx::Connection;
    let mut c = sqlx::PgConnection::connect(admin_url).await?;
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .execute(&mut c)
        .await?;
    c.close().await?;
    Ok(())
}

impl TestDb {
    /// A fresh database with migrations applied and territories loaded.
    pub async fn new() -> anyhow::Result<TestDb> {
        let opts = DbOptions {
            max_connections: 5,
            create_if_missing: true,
        };
        match pg_url() {
            Some(admin) => {
                let tpl = PG_TEMPLATE
                    .get_or_try_init(|| async {
                        let name = unique("t_tpl_");
                        admin_exec(&admin, format!("CREATE DATABASE {name}")).await?;
                        let db = Db::connect(&db_url_with_name(&admin, &name), &opts).await?;
                        prepare(&db).await?;
                        db.close().await;
                        anyhow::Ok(name)
                    })
                    .await?
                    .clone();
                let name = unique("t_");
                admin_exec(&admin, format!("CREATE DATABASE {name} TEMPLATE {tpl}")).await?;
                let db = Db::connect(&db_url_with_name(&admin, &name), &opts).await?;
                Ok(TestDb {
                    db,
                    cleanup: Cleanup::Postgres {
                        admin_url: admin,
                        name,
                    },
                })
            }
            None => {
                let tpl = SQLITE_TEMPLATE
                    .get_or_try_init(|| async {
                        let dir = std::env::temp_dir().join(unique("passerelle-tpl-"));
                        std::fs::create_dir_all(&dir)?;
                        let path = dir.join("template.db");
                        let db =
                            Db::connect(&format!("sqlite://{}", path.display()), &opts).await?;
                        prepare(&db).await?;
                        // Fold the WAL into the main file so a plain copy is complete.
                        db.backup_sqlite_to(&dir.join("clean.db")).await?;
                        db.close().await;
                        anyhow::Ok(dir.join("clean.db"))
                    })
                    .await?
                    .clone();
                let dir = std::env::temp_dir().join(unique("passerelle-test-"));
                std::fs::create_dir_all(&dir)?;
                let path = dir.join("test.db");
                std::fs::copy(&tpl, &path)?;
                let db = Db::connect(&format!("sqlite://{}", path.display()), &opts).await?;
                Ok(TestDb {
                    db,
                    cleanup: Cleanup::Sqlite(dir),
                })
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.cleanup {
            Cleanup::Sqlite(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Cleanup::Postgres { admin_url, name } => {
                let (admin, name) = (admin_url.clone(), name.clone());
                // Drop runs inside the test's runtime; a separate thread with its own runtime
                // can block on the cleanup without deadlocking it.
                let _ = std::thread::spawn(move || {
                    if let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                    {
                        // FORCE ends the connections still open (the server may hold some: it
                        // cannot run while this runtime thread blocks), so no close() wait.
                        rt.block_on(async {
                            let _ = admin_exec(
                                &admin,
                                format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                            )
                            .await;
                        });
                    }
                })
                .join();
            }
        }
    }
}

/// The real server on a random port, with its database, outbox and a cookie-keeping client.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Client with a cookie jar; redirects are not followed (tests assert them).
    pub client: reqwest::Client,
    /// Use cases, for setting up state directly.
    pub ctx: AppCtx,
    /// The test clock (starts at the real now).
    pub clock: Arc<ManualClock>,
    /// Where mails are written.
    pub outbox: PathBuf,
    _db: TestDb,
    _dir: TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Options of [`TestApp::spawn_with`].
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Demo mode (outbox browsable, demo data loaded).
    pub demo: bool,
    /// Largest accepted body (default 256 KiB).
    pub body_limit: Option<usize>,
}

impl TestApp {
    /// A server without demo data.
    pub async fn spawn() -> anyhow::Result<TestApp> {
        Self::spawn_with(Options::default()).await
    }

    /// A server with options.
    pub async fn spawn_with(opts: Options) -> anyhow::Result<TestApp> {
        let test_db = TestDb::new().await?;
        let dir = std::env::temp_dir().join(unique("passerelle-app-"));
        std::fs::create_dir_all(&dir)?;
        let outbox = dir.join("outbox");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let base = format!("http://{addr}");
        let clock = Arc::new(ManualClock::at(jiff_now_ms()));
        let config = AppConfig {
            base_url: base.clone(),
            demo: opts.demo,
            mail_from: "Passerelle <test@passerelle.test>".into(),
            link_key: passerelle_app::alerts::LinkKey::new(&unique("test-link-key-")),
        };
        let files = passerelle_app::applications::files::local_store(&dir.join("files"))?;
        let ctx = AppCtx::new(
            test_db.db.clone(),
            Arc::new(FileOutbox::new(&outbox)),
            clock.clone(),
            files,
            config,
        )
        .await
        .map_err(|e| anyhow::anyhow!("context: {e:?}"))?;
        if opts.demo {
            let data = passerelle_app::demo::parse(passerelle_app::demo::EMBEDDED_DEMO)?;
            passerelle_app::demo::load(&ctx, &data)
                .await
                .map_err(|e| anyhow::anyhow!("demo: {e:?}"))?;
        }
        let mut state = passerelle_web::WebState::new(
            ctx.clone(),
            Some(outbox.clone()),
            false,
            &unique("test-secret-"),
        );
        if let Some(l) = opts.body_limit {
            state.body_limit = l;
        }
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = passerelle_web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await;
        });
        Ok(TestApp {
            base,
            client: Self::new_client()?,
            ctx,
            clock,
            outbox,
            _db: test_db,
            _dir: TempDir(dir),
            shutdown: Some(tx),
        })
    }

    /// Another browser: its own cookie jar.
    pub fn new_client() -> anyhow::Result<reqwest::Client> {
        Ok(reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()?)
    }

    /// Absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GET with the default client.
    pub async fn get(&self, path: &str) -> anyhow::Result<reqwest::Response> {
        Ok(self.client.get(self.url(path)).send().await?)
    }

    /// The CSRF token of `client`'s session (read from a page's form).
    pub async fn csrf(&self, client: &reqwest::Client) -> anyhow::Result<String> {
        let html = client.get(self.url("/login")).send().await?.text().await?;
        extract_csrf(&html).ok_or_else(|| anyhow::anyhow!("no CSRF token on /login"))
    }

    /// POST a form with `client`, adding its CSRF token.
    pub async fn post_form(
        &self,
        client: &reqwest::Client,
        path: &str,
        fields: &[(&str, &str)],
    ) -> anyhow::Result<reqwest::Response> {
        let token = self.csrf(client).await?;
        let mut all: Vec<(&str, &str)> = vec![("_csrf", token.as_str())];
        all.extend_from_slice(fields);
        Ok(client.post(self.url(path)).form(&all).send().await?)
    }

    /// Create a confirmed account directly.
    pub async fn create_user(
        &self,
        email: &str,
        name: &str,
        password: &str,
    ) -> anyhow::Result<String> {
        passerelle_app::accounts::create_user(
            &self.ctx,
            email,
            name,
            password,
            passerelle_domain::Locale::Fr,
            false,
        )
        .await
        .map_err(|e| anyhow::anyhow!("create_user: {e:?}"))
    }

    /// A new client signed in as a new confirmed account.
    pub async fn signed_in_client(&self, email: &str) -> anyhow::Result<reqwest::Client> {
        self.create_user(email, "Test User", PASSWORD).await?;
        let client = Self::new_client()?;
        let res = self
            .post_form(
                &client,
                "/login",
                &[("email", email), ("password", PASSWORD)],
            )
            .await?;
        anyhow::ensure!(
            res.status().as_u16() == 303,
            "login failed: {}",
            res.status()
        );
        Ok(client)
    }

    /// Set the test clock to an RFC 3339 instant (`2023-12-31T23:59:59.999+01:00`).
    pub fn set_now(&self, rfc3339: &str) -> anyhow::Result<()> {
        let t: jiff::Timestamp = rfc3339.parse()?;
        self.clock.set(t.as_millisecond());
        Ok(())
    }

    /// Move the test clock forward by `ms` milliseconds.
    pub fn advance(&self, ms: i64) {
        self.clock.advance(ms);
    }

    /// Run the alerts' periodic work (deadline reminders, digests) at the test clock's now.
    pub async fn run_alerts(&self) -> anyhow::Result<passerelle_app::alerts::DueReport> {
        let now = passerelle_app::clock::Clock::now_ms(&*self.clock);
        passerelle_app::alerts::run_due(&self.ctx, now)
            .await
            .map_err(|e| anyhow::anyhow!("run_due: {e:?}"))
    }

    /// Deliver the queued mails now (the server's sender does it in the background).
    pub async fn deliver_mail(&self) -> anyhow::Result<usize> {
        passerelle_app::outbox::deliver_due(&self.ctx)
            .await
            .map_err(|e| anyhow::anyhow!("deliver_due: {e:?}"))
    }

    /// Run the application deadlines' work (reminders, draft deletion) at the test clock's now.
    pub async fn run_deadline(
        &self,
    ) -> anyhow::Result<passerelle_app::applications::deadline::DeadlineReport> {
        let now = passerelle_app::clock::Clock::now_ms(&*self.clock);
        passerelle_app::applications::deadline::run(&self.ctx, now)
            .await
            .map_err(|e| anyhow::anyhow!("deadline run: {e:?}"))
    }

    /// Raw texts of the mails sent to `to`, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<String> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.outbox)
            .map(|rd| {
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .filter(|raw| raw.lines().any(|l| l.starts_with("To:") && l.contains(to)))
            .collect()
    }

    /// The first link to `path_prefix` in the newest mail to `to` (decoding transfer encodings).
    pub fn link_in_last_mail(&self, to: &str, path_prefix: &str) -> Option<String> {
        let raw = self.mails_to(to).pop()?;
        let body = decode_body(&raw);
        let needle = format!("{}{path_prefix}", self.base);
        body.split_whitespace()
            .find(|w| w.starts_with(&needle))
            .map(|w| w.trim_start_matches(&self.base).to_owned())
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// A password that passes the strength rules.
pub const PASSWORD: &str = "Correct-Horse-42-battery";

fn jiff_now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// The `_csrf` hidden field's value in an HTML page.
pub fn extract_csrf(html: &str) -> Option<String> {
    let i = html.find("name=\"_csrf\" value=\"")? + "name=\"_csrf\" value=\"".len();
    let j = html[i..].find('"')?;
    Some(html[i..i + j].to_owned())
}

/// Decode a mail body (quoted-printable or base64, as lettre writes them).
pub fn decode_body(raw: &str) -> String {
    passerelle_app::mail::body(raw)
}

/// Root of the repository (for tests reading locales or data).
pub fn repo_root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

//! `passerelle`: the one binary. `demo` runs everything on an embedded SQLite file with the
//! seed programmes; `serve` is the production entry point.

mod config;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context as _;
use clap::{Parser, Subcommand};
use passerelle_app::clock::{Clock, SystemClock};
use passerelle_app::mail::{FileOutbox, Mailer, SmtpMailer, SmtpSettings};
use passerelle_app::{AppConfig, AppCtx};
use passerelle_domain::Locale;
use passerelle_store::{Db, DbOptions};

use crate::config::Config;

/// Passerelle: programmes of support for the social and solidarity economy.
#[derive(Parser)]
#[command(name = "passerelle", version, about, long_about = None)]
struct Cli {
    /// Configuration file (default: ./passerelle.toml when present).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build an embedded demo (SQLite file, local files, the seed programmes and demo
    /// accounts) and serve it; prints the URL and the demo credentials.
    Demo {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: String,
        /// Folder holding the database, files and the mail outbox.
        #[arg(long, default_value = "passerelle-data")]
        data_dir: PathBuf,
        /// Pretend the demo starts at this instant (RFC 3339, e.g. 2023-12-15T10:00:00+01:00);
        /// the clock then runs normally. Lets you apply to the seed calls, which closed years
        /// ago, as their applicants did.
        #[arg(long)]
        now: Option<String>,
        /// Run the demo on this database instead of the SQLite file in the data folder
        /// (e.g. `postgres://postgres@127.0.0.1/passerelle_demo`); demo data is loaded into it.
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Serve with the configuration from the file and PASSERELLE_* variables.
    Serve,
    /// Apply pending database migrations.
    Migrate,
    /// Reference territories.
    Territories {
        #[command(subcommand)]
        command: TerritoriesCommand,
    },
    /// Accounts.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Write a consistent copy of the SQLite database and the files to a folder.
    Backup {
        /// Destination folder (created; must not already hold a backup).
        dest: PathBuf,
    },
    /// Configuration helpers.
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
}

#[derive(Subcommand)]
enum TerritoriesCommand {
    /// (Re)load territories from a reference file (default: the copy built into the binary,
    /// made by scripts/territories/build.py).
    Import {
        /// A territories.tsv file.
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account (confirmed). The password is read from PASSERELLE_NEW_PASSWORD
    /// or asked on standard input.
    Create {
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// Make the account a platform administrator.
        #[arg(long)]
        admin: bool,
    },
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Print a commented example configuration.
    PrintDefault,
}

fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_sessions=warn"));
    if std::env::var("PASSERELLE_LOG_FORMAT").as_deref() == Ok("json") {
        tracing_subscriber::fmt()
            .with_env_filter(filter)
            .json()
            .init();
    } else {
        tracing_subscriber::fmt().with_env_filter(filter).init();
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_tracing();
    // One TLS provider for the whole process (SMTP, PostgreSQL): aws-lc.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    match cli.command {
        Command::Demo {
            bind,
            data_dir,
            now,
            database_url,
        } => demo(bind, data_dir, now.as_deref(), database_url).await,
        Command::Config {
            command: ConfigCommand::PrintDefault,
        } => {
            print!("{}", Config::example());
            Ok(())
        }
        command => {
            let cfg = Config::load(cli.config.as_deref())?;
            match command {
                Command::Serve => serve(cfg, false, Arc::new(SystemClock)).await,
                Command::Migrate => {
                    let db = connect(&cfg).await?;
                    db.migrate().await.context("applying migrations")?;
                    println!("migrations applied");
                    Ok(())
                }
                Command::Territories {
                    command: TerritoriesCommand::Import { file },
                } => {
                    let db = connect(&cfg).await?;
                    db.migrate().await?;
                    let text = match file {
                        Some(f) => std::fs::read_to_string(&f)
                            .with_context(|| format!("reading {}", f.display()))?,
                        None => passerelle_app::territories::EMBEDDED_TSV.to_owned(),
                    };
                    let r = passerelle_app::territories::import(&db, &text, now_ms())
                        .await
                        .map_err(app_err)?;
                    println!("{} territories loaded", r.count);
                    for s in r.sources {
                        println!("  {s}");
                    }
                    Ok(())
                }
                Command::User {
                    command: UserCommand::Create { email, name, admin },
                } => {
                    let ctx = context(&cfg, false, Arc::new(SystemClock)).await?;
                    let password = match std::env::var("PASSERELLE_NEW_PASSWORD") {
                        Ok(p) => p,
                        Err(_) => {
                            eprint!("password: ");
                            let mut s = String::new();
                            std::io::stdin().read_line(&mut s)?;
                            s.trim_end_matches(['\r', '\n']).to_owned()
                        }
                    };
                    let id = passerelle_app::accounts::create_user(
                        &ctx,
                        &email,
                        &name,
                        &password,
                        Locale::DEFAULT,
                        admin,
                    )
                    .await
                    .map_err(app_err)?;
                    println!(
                        "account {id} ready{}",
                        if admin {
                            " (platform administrator)"
                        } else {
                            ""
                        }
                    );
                    Ok(())
                }
                Command::Backup { dest } => backup(&cfg, &dest).await,
                Command::Demo { .. } | Command::Config { .. } => unreachable!("handled above"),
            }
        }
    }
}

fn now_ms() -> i64 {
    passerelle_app::clock::Clock::now_ms(&SystemClock)
}

fn app_err(e: passerelle_app::AppError) -> anyhow::Error {
    match e {
        passerelle_app::AppError::Internal(e) => e,
        passerelle_app::AppError::Invalid(f) => {
            anyhow::anyhow!(
                "invalid: {}",
                f.iter()
                    .map(|x| format!("{} ({})", x.field, x.code))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        other => anyhow::anyhow!("{} ({})", other, other.code()),
    }
}

async fn connect(cfg: &Config) -> anyhow::Result<Db> {
    if let Some(path) = cfg.database_url.strip_prefix("sqlite://")
        && let Some(parent) = Path::new(path.split('?').next().unwrap_or(path)).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    Db::connect(&cfg.database_url, &DbOptions::default())
        .await
        .with_context(|| format!("connecting to the database ({})", redact(&cfg.database_url)))
}

/// The URL with any password hidden, for messages and logs.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}://{user}:***@{}", &url[..s], &url[at + 1..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

async fn context(cfg: &Config, demo: bool, clock: Arc<dyn Clock>) -> anyhow::Result<AppCtx> {
    let db = connect(cfg).await?;
    db.migrate().await.context("applying migrations")?;
    if let Some(r) = passerelle_app::territories::ensure_loaded(&db, now_ms())
        .await
        .map_err(app_err)?
    {
        tracing::info!(count = r.count, "reference territories loaded");
    }
    let mailer: Arc<dyn Mailer> = match &cfg.smtp {
        Some(s) => Arc::new(SmtpMailer::new(&SmtpSettings {
            host: s.host.clone(),
            port: s.port,
            security: s.security.clone(),
            username: s.username.clone(),
            password: s.password.clone(),
        })?),
        None => Arc::new(FileOutbox::new(cfg.data_dir.join("outbox"))),
    };
    let app_cfg = AppConfig {
        base_url: cfg.base_url.trim_end_matches('/').to_owned(),
        demo,
        mail_from: cfg.mail_from.clone(),
        link_key: passerelle_app::alerts::LinkKey::new(&cfg.secret_key),
    };
    let files = match &cfg.s3 {
        Some(s) => passerelle_app::applications::files::s3_store(
            &passerelle_app::applications::files::S3Settings {
                bucket: s.bucket.clone(),
                endpoint: s.endpoint.clone(),
                region: s.region.clone(),
                access_key_id: s.access_key_id.clone(),
                secret_access_key: s.secret_access_key.clone(),
            },
        )
        .context("bad configuration setting `s3`")?,
        None => passerelle_app::applications::files::local_store(&cfg.data_dir.join("files"))
            .context("creating the files folder")?,
    };
    AppCtx::new(db, mailer, clock, files, app_cfg)
        .await
        .map_err(app_err)
}

async fn serve(cfg: Config, demo: bool, clock: Arc<dyn Clock>) -> anyhow::Result<()> {
    cfg.check_secret()?;
    let ctx = context(&cfg, demo, clock).await?;
    if demo {
        let data = passerelle_app::demo::parse(passerelle_app::demo::EMBEDDED_DEMO)?;
        passerelle_app::demo::load(&ctx, &data)
            .await
            .map_err(app_err)?;
    }
    let listener = tokio::net::TcpListener::bind(&cfg.bind)
        .await
        .with_context(|| format!("listening on {}", cfg.bind))?;
    let outbox = if cfg.smtp.is_none() {
        Some(cfg.data_dir.join("outbox"))
    } else {
        None
    };
    let state =
        passerelle_web::WebState::new(ctx.clone(), outbox, cfg.secure_cookies, &cfg.secret_key);
    let addr = listener.local_addr()?;
    println!("Passerelle is running at http://{addr}/");
    if demo {
        println!("Demo accounts (password: Passerelle-demo-2026):");
        println!("  programme officer  agent@demo.passerelle.test");
        println!("  reviewer           evaluatrice@demo.passerelle.test");
        println!("  applicant          porteur@demo.passerelle.test");
        println!("  Polish officer     urzednik@demo.passerelle.test");
        println!("  platform admin     admin@demo.passerelle.test");
        println!(
            "Mails are written to {} and listed at http://{addr}/dev/outbox",
            cfg.data_dir.join("outbox").display()
        );
    }
    // Expired sessions and idle throttling counters are swept every hour.
    let sweeper = passerelle_web::session::DbSessionStore::new(ctx.db.clone());
    let limiter = ctx.login_limiter.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            tick.tick().await;
            limiter.forget_idle();
            if let Err(e) = sweeper
                .sweep(time::OffsetDateTime::now_utc().unix_timestamp())
                .await
            {
                tracing::warn!(error = %e, "session sweep failed");
            }
        }
    });
    // Saved-search alerts: deadline reminders, daily digests, missed publications.
    let alerts_ctx = ctx.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let c = alerts_ctx.clone();
            // Each run in its own task: a panic is reported here and the next tick still runs.
            let run = tokio::spawn(async move {
                let now = c.now_ms();
                passerelle_app::alerts::run_due(&c, now).await
            });
            match run.await {
                Ok(Ok(r)) if r != passerelle_app::alerts::DueReport::default() => {
                    tracing::info!(
                        mails = r.mails,
                        queued = r.queued,
                        purged = r.purged,
                        "alerts run"
                    );
                }
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %format!("{e:?}"), "alerts run failed"),
                Err(e) => tracing::error!(error = %e, "alerts run panicked"),
            }
        }
    });
    // Application deadlines: reminders to draft holders, drafts deleted after the retention.
    let deadline_ctx = ctx.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(300));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let c = deadline_ctx.clone();
            let run = tokio::spawn(async move {
                let now = c.now_ms();
                passerelle_app::applications::deadline::run(&c, now).await
            });
            match run.await {
                Ok(Ok(r))
                    if r != passerelle_app::applications::deadline::DeadlineReport::default() =>
                {
                    tracing::info!(reminded = r.reminded, deleted = r.deleted, "deadline run");
                }
                Ok(Ok(_)) => {}
                Ok(Err(e)) => tracing::warn!(error = %format!("{e:?}"), "deadline run failed"),
                Err(e) => tracing::error!(error = %e, "deadline run panicked"),
            }
        }
    });
    // Mails queued by use cases (receipts, reminders, messages) go out as soon as committed.
    passerelle_app::outbox::spawn_sender(ctx.clone());
    passerelle_web::serve(listener, state, shutdown_signal()).await?;
    ctx.db.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn demo(
    bind: String,
    data_dir: PathBuf,
    now: Option<&str>,
    database_url: Option<String>,
) -> anyhow::Result<()> {
    let clock: Arc<dyn Clock> = match now {
        None => Arc::new(SystemClock),
        Some(s) => {
            let at: jiff::Timestamp = s
                .parse()
                .with_context(|| format!("--now {s:?} is not an RFC 3339 instant"))?;
            println!("Demo clock set to {at} (it runs from there).");
            Arc::new(passerelle_app::clock::ShiftedClock::starting_at(
                at.as_millisecond(),
            ))
        }
    };
    std::fs::create_dir_all(&data_dir)
        .with_context(|| format!("creating {}", data_dir.display()))?;
    let db_path = data_dir.join("passerelle.db");
    let port_url = bind.replace("0.0.0.0", "127.0.0.1");
    let secret_key = demo_secret(&data_dir)?;
    let cfg = Config {
        database_url: database_url.unwrap_or_else(|| format!("sqlite://{}", db_path.display())),
        bind,
        data_dir,
        base_url: format!("http://{port_url}"),
        secret_key,
        ..Config::default()
    };
    cfg.validate()?;
    serve(cfg, true, clock).await
}

/// The demo's secret key: made once, kept in the data folder so sessions survive a restart.
fn demo_secret(data_dir: &Path) -> anyhow::Result<String> {
    let path = data_dir.join("secret.key");
    if let Ok(s) = std::fs::read_to_string(&path)
        && s.trim().len() >= 32
    {
        return Ok(s.trim().to_owned());
    }
    let secret = format!(
        "{}{}",
        uuid::Uuid::new_v4().simple(),
        uuid::Uuid::new_v4().simple()
    );
    std::fs::write(&path, &secret).with_context(|| format!("writing {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(secret)
}

async fn backup(cfg: &Config, dest: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        !dest.join("passerelle.db").exists(),
        "{} already holds a backup",
        dest.display()
    );
    std::fs::create_dir_all(dest).with_context(|| format!("creating {}", dest.display()))?;
    let db = connect(cfg).await?;
    db.backup_sqlite_to(&dest.join("passerelle.db"))
        .await
        .context("copying the database (SQLite only; use pg_dump for PostgreSQL)")?;
    let mut files = 0usize;
    for sub in ["files", "outbox"] {
        let from = cfg.data_dir.join(sub);
        if from.is_dir() {
            files += copy_dir(&from, &dest.join(sub))?;
        }
    }
    println!(
        "backup written to {} (database + {files} files)",
        dest.display()
    );
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<usize> {
    std::fs::create_dir_all(to)?;
    let mut n = 0;
    for e in std::fs::read_dir(from)? {
        let e = e?;
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            n += copy_dir(&e.path(), &target)?;
        } else {
            std::fs::copy(e.path(), &target)?;
            n += 1;
        }
    }
    Ok(n)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down, finishing requests in flight");
}

//! Configuration: defaults < `passerelle.toml` (or `--config FILE`) < `PASSERELLE_*`
//! environment variables (`PASSERELLE_DATABASE_URL`, `PASSERELLE_SMTP__HOST`, …).

use std::path::{Path, PathBuf};

use anyhow::Context as _;
use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

/// The whole configuration of a server.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// `sqlite://path/to/file.db` or `postgres://user@host/db`.
    pub database_url: String,
    /// Address to listen on.
    pub bind: String,
    /// Folder for uploaded files, the outbox and backups.
    pub data_dir: PathBuf,
    /// Public URL of the site (used in mailed links), without trailing slash.
    pub base_url: String,
    /// Secret used to sign tokens; at least 32 characters in production.
    pub secret_key: String,
    /// Mark cookies `Secure` (set when served over HTTPS).
    pub secure_cookies: bool,
    /// Sender address of mails.
    pub mail_from: String,
    /// SMTP relay; without it, mails are written to `<data_dir>/outbox/`.
    pub smtp: Option<Smtp>,
    /// S3-compatible storage for uploaded files; without it, `<data_dir>/files/`.
    pub s3: Option<S3>,
}

/// S3-compatible object storage settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct S3 {
    /// Bucket.
    pub bucket: String,
    /// Endpoint URL (MinIO, Scaleway, OVH…); empty for AWS.
    #[serde(default)]
    pub endpoint: String,
    /// Region.
    #[serde(default = "default_region")]
    pub region: String,
    /// Access key id.
    pub access_key_id: String,
    /// Secret access key.
    pub secret_access_key: String,
}

fn default_region() -> String {
    "us-east-1".into()
}

/// SMTP relay settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Smtp {
    /// Relay host.
    pub host: String,
    /// Port.
    #[serde(default = "default_port")]
    pub port: u16,
    /// `starttls`, `tls` or `none`.
    #[serde(default = "default_security")]
    pub security: String,
    /// User name.
    pub username: Option<String>,
    /// Password.
    pub password: Option<String>,
}

fn default_port() -> u16 {
    587
}

fn default_security() -> String {
    "starttls".into()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: "sqlite://passerelle-data/passerelle.db".into(),
            bind: "127.0.0.1:8080".into(),
            data_dir: "passerelle-data".into(),
            base_url: "http://127.0.0.1:8080".into(),
            secret_key: String::new(),
            secure_cookies: false,
            mail_from: "Passerelle <no-reply@passerelle.invalid>".into(),
            smtp: None,
            s3: None,
        }
    }
}

/// Top-level settings, as named in the file and after `PASSERELLE_`.
const SETTINGS: [&str; 9] = [
    "database_url",
    "bind",
    "data_dir",
    "base_url",
    "secret_key",
    "secure_cookies",
    "mail_from",
    "smtp",
    "s3",
];

impl Config {
    /// Load from `file` (if it exists, or must exist when given explicitly) and the environment.
    pub fn load(file: Option<&Path>) -> anyhow::Result<Config> {
        let mut fig = Figment::from(Serialized::defaults(Config::default()));
        match file {
            Some(f) => {
                anyhow::ensure!(f.exists(), "configuration file {} not found", f.display());
                fig = fig.merge(Toml::file(f));
            }
            None => fig = fig.merge(Toml::file("passerelle.toml")),
        }
        fig = fig.merge(
            // Only variables naming a setting: PASSERELLE_BIN, PASSERELLE_LOG_FORMAT and the
            // test variables belong to other tools.
            Env::prefixed("PASSERELLE_")
                .filter(|k| {
                    let top = k
                        .as_str()
                        .split("__")
                        .next()
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    SETTINGS.contains(&top.as_str())
                })
                .split("__"),
        );
        let cfg: Config = fig.extract().map_err(|e| {
            let path = e.path.join(".");
            anyhow::anyhow!(
                "bad configuration setting `{}`: {}",
                if path.is_empty() { "?".into() } else { path },
                e.kind
            )
        })?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Check values that parse but cannot work.
    pub fn validate(&self) -> anyhow::Result<()> {
        if !(self.database_url.starts_with("sqlite:")
            || self.database_url.starts_with("postgres:")
            || self.database_url.starts_with("postgresql:"))
        {
            anyhow::bail!(
                "bad configuration setting `database_url`: must start with sqlite:// or postgres://"
            );
        }
        self.bind.parse::<std::net::SocketAddr>().with_context(|| {
            format!(
                "bad configuration setting `bind`: {:?} is not ADDRESS:PORT",
                self.bind
            )
        })?;
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://")) {
            anyhow::bail!(
                "bad configuration setting `base_url`: must start with http:// or https://"
            );
        }
        if let Some(s) = &self.smtp
            && !["starttls", "tls", "none"].contains(&s.security.as_str())
        {
            anyhow::bail!(
                "bad configuration setting `smtp.security`: must be starttls, tls or none"
            );
        }
        Ok(())
    }

    /// Serving needs a real secret (it signs the session cookies); the other commands do not.
    pub fn check_secret(&self) -> anyhow::Result<()> {
        if self.secret_key.chars().count() < 32 {
            anyhow::bail!(
                "bad configuration setting `secret_key`: needs at least 32 characters (e.g. the output of `openssl rand -hex 32`)"
            );
        }
        Ok(())
    }

    /// The commented example configuration.
    pub fn example() -> String {
        let d = Config::default();
        format!(
            "# passerelle.toml — every setting can also come from PASSERELLE_<NAME> (PASSERELLE_SMTP__HOST for smtp.host).\n\
             # Database: sqlite://FILE (embedded) or postgres://USER@HOST/DB (production).\n\
             database_url = {:?}\n\
             # Address and port to listen on.\nbind = {:?}\n\
             # Folder for files, the outbox (when no SMTP) and backups.\ndata_dir = {:?}\n\
             # Public URL used in mailed links.\nbase_url = {:?}\n\
             # Secret key signing session cookies, required by `serve`: 32+ random characters\n\
             # (openssl rand -hex 32). Keep it secret; changing it signs everyone out.\nsecret_key = \"\"\n\
             # Set to true when served over HTTPS.\nsecure_cookies = false\n\
             mail_from = {:?}\n\
             # [smtp]\n# host = \"smtp.example.org\"\n# port = 587\n# security = \"starttls\"  # starttls | tls | none\n# username = \"\"\n# password = \"\"\n\n\
             # Uploaded files go to <data_dir>/files unless an S3-compatible bucket is set:\n\
             # [s3]\n# bucket = \"passerelle\"\n# endpoint = \"https://s3.fr-par.scw.cloud\"\n# region = \"fr-par\"\n# access_key_id = \"\"\n# secret_access_key = \"\"\n",
            d.database_url,
            d.bind,
            d.data_dir.display().to_string(),
            d.base_url,
            d.mail_from
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_but_serving_needs_a_secret() {
        Config::default().validate().unwrap();
        let e = Config::default().check_secret().unwrap_err().to_string();
        assert!(e.contains("`secret_key`"), "{e}");
        valid().check_secret().unwrap();
    }

    fn valid() -> Config {
        Config {
            secret_key: "x".repeat(32),
            ..Config::default()
        }
    }

    #[test]
    #[expect(
        clippy::result_large_err,
        reason = "figment::Jail's closure returns figment::Error"
    )]
    fn environment_overrides_only_settings() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("PASSERELLE_BIND", "127.0.0.1:9999");
            jail.set_env("PASSERELLE_SMTP__HOST", "smtp.example.org");
            jail.set_env("PASSERELLE_REQUIRE_ALL", "1");
            jail.set_env("PASSERELLE_SECRET_KEY", "0123456789abcdef0123456789abcdef");
            let c = Config::load(None).map_err(|e| e.to_string())?;
            assert_eq!(c.bind, "127.0.0.1:9999");
            assert_eq!(c.smtp.map(|s| s.host).as_deref(), Some("smtp.example.org"));
            jail.set_env("PASSERELLE_BIND", "nowhere");
            let e = Config::load(None).unwrap_err().to_string();
            assert!(e.contains("`bind`"), "{e}");
            Ok(())
        });
    }

    #[test]
    fn bad_bind_names_the_setting() {
        let c = Config {
            bind: "nowhere".into(),
            ..Config::default()
        };
        let e = c.validate().unwrap_err().to_string();
        assert!(e.contains("`bind`"), "{e}");
    }

    #[test]
    fn bad_database_url_names_the_setting() {
        let c = Config {
            database_url: "mysql://x".into(),
            ..Config::default()
        };
        assert!(
            c.validate()
                .unwrap_err()
                .to_string()
                .contains("`database_url`")
        );
    }

    #[test]
    fn bad_file_value_names_the_setting() {
        let dir = std::env::temp_dir().join(format!("passerelle-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("p.toml");
        std::fs::write(&f, "secure_cookies = \"maybe\"\n").unwrap();
        let e = Config::load(Some(&f)).unwrap_err().to_string();
        assert!(e.contains("secure_cookies"), "{e}");
        std::fs::write(&f, "unknown_key = 1\n").unwrap();
        let e = Config::load(Some(&f)).unwrap_err().to_string();
        assert!(e.contains("unknown_key"), "{e}");
    }
}

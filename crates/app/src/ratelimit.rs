//! Login throttling per account and per client IP (governor's GCRA limiter). Counters live in
//! memory, per process: enough to make online guessing impractical, and reset on restart.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Two keyed limiters: the account (stops guessing one password from many IPs) and the IP
/// (stops spraying many accounts from one client).
pub struct LoginLimiter {
    per_account: DefaultKeyedRateLimiter<String>,
    per_ip: DefaultKeyedRateLimiter<IpAddr>,
}

impl std::fmt::Debug for LoginLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginLimiter")
    }
}

const fn nz(n: u32) -> NonZeroU32 {
    match NonZeroU32::new(n) {
        Some(v) => v,
        None => panic!("zero quota"),
    }
}

impl Default for LoginLimiter {
    /// 5 attempts per account then one per minute; 20 per IP then one every 6 seconds.
    fn default() -> Self {
        LoginLimiter::new(5, Duration::from_secs(60), 20, Duration::from_secs(6))
    }
}

impl LoginLimiter {
    /// A limiter allowing `account_burst` attempts per account, then one per `account_period`,
    /// and likewise per IP.
    pub fn new(
        account_burst: u32,
        account_period: Duration,
        ip_burst: u32,
        ip_period: Duration,
    ) -> Self {
        let acc = Quota::with_period(account_period)
            .unwrap_or_else(|| Quota::per_minute(nz(1)))
            .allow_burst(NonZeroU32::new(account_burst).unwrap_or(nz(1)));
        let ip = Quota::with_period(ip_period)
            .unwrap_or_else(|| Quota::per_minute(nz(10)))
            .allow_burst(NonZeroU32::new(ip_burst).unwrap_or(nz(1)));
        LoginLimiter {
            per_account: RateLimiter::keyed(acc),
            per_ip: RateLimiter::keyed(ip),
        }
    }

    /// Record an attempt; false when either key is over its quota.
    pub fn check(&self, account: &str, ip: Option<IpAddr>) -> bool {
        let ip_ok = ip
            .map(|ip| self.per_ip.check_key(&ip).is_ok())
            .unwrap_or(true);
        let acc_ok = self.per_account.check_key(&account.to_owned()).is_ok();
        ip_ok && acc_ok
    }

    /// Forget keys whose quota is full again, so the maps do not grow without bound.
    pub fn forget_idle(&self) {
        self.per_account.retain_recent();
        self.per_ip.retain_recent();
        self.per_account.shrink_to_fit();
        self.per_ip.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_quota_then_refusal_other_accounts_unaffected() {
        let l = LoginLimiter::new(3, Duration::from_secs(3600), 100, Duration::from_secs(3600));
        let ip = Some(IpAddr::from([127, 0, 0, 1]));
        assert!((0..3).all(|_| l.check("a@example.org", ip)));
        assert!(!l.check("a@example.org", ip));
        assert!(
            l.check("b@example.org", ip),
            "another account keeps its own quota"
        );
        l.forget_idle();
        assert!(
            !l.check("a@example.org", ip),
            "forgetting idle keys keeps busy ones"
        );
    }

    #[test]
    fn ip_quota_stops_spraying_many_accounts() {
        let l = LoginLimiter::new(100, Duration::from_secs(3600), 4, Duration::from_secs(3600));
        let ip = Some(IpAddr::from([10, 0, 0, 1]));
        assert!((0..4).all(|i| l.check(&format!("u{i}@example.org"), ip)));
        assert!(!l.check("u9@example.org", ip));
        assert!(
            l.check("u9@example.org", Some(IpAddr::from([10, 0, 0, 2]))),
            "other clients unaffected"
        );
        assert!(
            l.check("u10@example.org", None),
            "no IP known: only the account counts"
        );
    }
}

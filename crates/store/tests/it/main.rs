//! Integration stories of `passerelle-store`, run on the engine named by
//! `PASSERELLE_TEST_DATABASE_URL`: unset → a fresh SQLite file per test; a `postgres://…` URL →
//! a fresh PostgreSQL database per test, created through that (admin) URL and dropped after.
//!
//! ```text
//! cargo test -p passerelle-store --test it
//! PASSERELLE_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     cargo test -p passerelle-store --test it
//! ```
#![allow(missing_docs)]

mod applications;
mod backup;
mod common;

mod meta;
mod organisations;
mod parity;
mod programmes;
mod review;
mod sessions;
mod tenants;
mod territories;
mod tokens;
mod txn;
mod users;

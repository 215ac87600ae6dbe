//! One module per aggregate. Functions take any [`crate::AsExec`] (a pooled connection or a
//! transaction), so the application layer decides the transaction boundaries.

pub mod alerts;
pub mod applications;
pub mod mail_queue;
pub mod meta;
pub mod organisations;
pub mod programmes;
pub mod review;
pub mod schemes;
pub mod sessions;
pub mod tenants;
pub mod territories;
pub mod tokens;
pub mod users;

//! Passerelle domain: the pure rules shared by every other crate.
//!
//! Nothing here performs IO or is async, so the web, store and CLI layers can
//! all rely on the same validation and ranking rules and test them cheaply.

#[macro_use]
mod enum_str;

pub mod application;
pub mod country;
pub mod email;
pub mod ids;
pub mod legal_form;
pub mod locale;
pub mod money;
pub mod password;
pub mod review;
pub mod role;
pub mod scheme;
pub mod sse;
pub mod territory;
pub mod text;

pub use country::Country;
pub use email::{Email, EmailError};
pub use enum_str::ParseEnumError;
pub use ids::{IdError, IdentifierKind, Krs, Nip, OrgIdentifier, Regon, Rna, Siren, Siret};
pub use legal_form::{LegalCategory, LegalForm, LegalFormInfo};
pub use locale::Locale;
pub use money::{Currency, Money, MoneyError};
pub use password::{PasswordError, check_strength};
pub use role::{OrgRole, TenantRole};
pub use sse::{SseBasis, sse_member};
pub use territory::{
    TerritoryDataError, TerritoryId, TerritoryIdError, TerritoryIndex, TerritoryKind,
    TerritoryRecord,
};

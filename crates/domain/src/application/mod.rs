//! Applications to a scheme: the life of a dossier as a state machine, the
//! instant-exact submission rule, and the budget arithmetic of application
//! forms. Pure rules; the store keeps the dossiers and the app layer calls
//! these before every write.

pub mod budget;
pub mod deadline;
pub mod deadline_work;
pub mod facts;
pub mod files;
pub mod form;
pub mod receipt;
pub mod state;

pub use budget::{
    BudgetError, BudgetLine, BudgetRules, BudgetTotals, CofundingLine, CofundingTotals,
    FundingStatus, PublicPrivate, Split, balance,
};
pub use deadline::{SubmissionClosed, check_submission};
pub use state::{By, Event, State, TransitionError};

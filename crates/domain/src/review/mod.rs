//! Review and selection: scoring grids and the reading of reviews (`grid`), from reviews to a
//! ranking corrected for reviewers' severity (`aggregate`). The assignment of reviewers and the
//! allocation of the envelope are optimisation problems and live in `passerelle-optimize`.

pub mod aggregate;
pub mod grid;

pub use aggregate::{Aggregate, Fit, Score, Severity, aggregate};
pub use grid::{Completion, Criterion, Grid, GridProblem, Mark, Marks};

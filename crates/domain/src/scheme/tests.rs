//! Engine and model tests.
//!
//! Split by the module they exercise; `support` holds the builders they share
//! and `props` the property tests over random trees and questions.

mod catalogue;
mod catalogue_index;
mod criteria;
mod kleene;
mod leaves;
mod model;
mod props;
mod support;
mod vocab;
mod window;

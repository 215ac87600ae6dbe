//! Engine and model tests.

//! Passerelle testkit.

//! Optimisation on plain data, with no IO: the assignment of reviewers to applications
//! ([`assignment`]). Each solver is exact and has a brute-force twin that the tests compare
//! it with.

pub mod assignment;

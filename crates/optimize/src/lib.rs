//! Optimisation on plain data, with no IO: the assignment of reviewers to applications
//! ([`assignment`]) and the allocation of an envelope among ranked projects ([`allocation`]).
//! Each solver is exact and has a brute-force twin that the tests compare it with.

pub mod allocation;
pub mod assignment;

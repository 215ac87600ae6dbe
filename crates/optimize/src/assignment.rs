//! Reviewer assignment: each application gets k reviewers, each reviewer a bounded load, no
//! conflict, the total affinity maximised exactly (min-cost flow).

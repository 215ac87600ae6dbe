//! Envelope allocation: which projects to fund and with how much, under the envelope, per-project
//! caps and minimum amounts and the committee's quotas, maximising the score-weighted funded value.

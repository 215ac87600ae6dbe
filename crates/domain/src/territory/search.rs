//! Prefix search over territory names and codes.

use super::{TerritoryIndex, TerritoryKind, TerritoryRecord};
use crate::text::fold;

/// Match quality, best (lowest) first.
const EXACT: u8 = 0;
/// The folded name or the code starts with the query.
const PREFIX: u8 = 1;
/// A later word of the folded name starts with the query.
const WORD: u8 = 2;
/// Not matched.
const NONE: u8 = u8::MAX;

impl TerritoryIndex {
    /// Accent- and case-insensitive prefix search on names and codes.
    ///
    /// The query is folded with [`fold`], then matched as a prefix of the
    /// whole folded name, of the code, or of the part of the name starting
    /// at any later word (`rose` finds L'Haÿ-les-Roses). Results are ranked
    /// by tier (exact name or code, then whole-name or code prefix, then
    /// later-word prefix), then by population (largest first, unknown
    /// last), kind rank and name; at most `limit` are returned, optionally
    /// only of one `kind`. An empty query finds nothing.
    ///
    /// Name and code keys are sorted once at build time, so each query is
    /// two binary searches plus a walk over the matching range only; the
    /// within-tier order is precomputed, so ranking compares integers.
    pub fn search(
        &self,
        query: &str,
        kind: Option<TerritoryKind>,
        limit: usize,
    ) -> Vec<&TerritoryRecord> {
        let q = fold(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let mut best = vec![NONE; self.records.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut offer = |idx: u32, tier: u8| {
            if kind.is_none_or(|k| self.records[idx as usize].kind == k) {
                let b = &mut best[idx as usize];
                if *b == NONE {
                    touched.push(idx);
                }
                *b = (*b).min(tier);
            }
        };

        let key = |&(i, off): &(u32, u32)| &self.folded[i as usize][off as usize..];
        let start = self.name_keys.partition_point(|k| key(k) < q.as_str());
        for k in self.name_keys[start..]
            .iter()
            .take_while(|k| key(k).starts_with(&q))
        {
            let tier = match (k.1, key(k).len() == q.len()) {
                (0, true) => EXACT,
                (0, false) => PREFIX,
                _ => WORD,
            };
            offer(k.0, tier);
        }

        let start = self
            .code_keys
            .partition_point(|(c, _)| c.as_str() < q.as_str());
        for (code, idx) in self.code_keys[start..]
            .iter()
            .take_while(|(c, _)| c.starts_with(&q))
        {
            offer(*idx, if code.len() == q.len() { EXACT } else { PREFIX });
        }

        // Tier in the high half, within-tier rank in the low half.
        let mut keys: Vec<u64> = touched
            .iter()
            .map(|&i| (u64::from(best[i as usize]) << 32) | u64::from(self.rank[i as usize]))
            .collect();
        if keys.len() > limit {
            keys.select_nth_unstable(limit - 1);
            keys.truncate(limit);
        }
        keys.sort_unstable();
        keys.into_iter()
            .map(|k| &self.records[self.by_rank[(k & u64::from(u32::MAX)) as usize] as usize])
            .collect()
    }
}

//! In-memory territory index: containment in O(1), ancestors, children.

use super::{TerritoryDataError, TerritoryId, TerritoryRecord};
use crate::text::fold;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet, VecDeque};

/// All territories with their DAG precomputed for fast queries.
///
/// Building computes, for every territory, its full ancestor set and stores
/// the (territory, ancestor) pairs in a hash set, so [`Self::contains`] is
/// one hash lookup whatever the depth or shape of the DAG.
#[derive(Debug, Clone)]
pub struct TerritoryIndex {
    pub(super) records: Vec<TerritoryRecord>,
    by_id: HashMap<TerritoryId, u32>,
    parents: Vec<Vec<u32>>,
    children_count: Vec<u32>,
    /// Per territory, ancestors nearest first then by kind rank.
    ancestors: Vec<Vec<u32>>,
    /// (territory, ancestor) pairs.
    inside: HashSet<(u32, u32)>,
    /// Folded names, by record index.
    pub(super) folded: Vec<String>,
    /// (record, byte offset) of every searchable suffix of a folded name:
    /// offset 0 for the whole name, then each word start. Sorted by suffix.
    pub(super) name_keys: Vec<(u32, u32)>,
    /// (folded code, record), sorted.
    pub(super) code_keys: Vec<(String, u32)>,
    /// Position of each record in the within-tier search order (population
    /// descending, unknown last, then kind rank, name, id), so ranking a
    /// query compares integers only.
    pub(super) rank: Vec<u32>,
    /// Inverse of `rank`.
    pub(super) by_rank: Vec<u32>,
}

impl TerritoryIndex {
    /// Builds the index, rejecting duplicate ids, unknown parents and cycles.
    pub fn build(records: Vec<TerritoryRecord>) -> Result<Self, TerritoryDataError> {
        let n = records.len();
        let mut by_id = HashMap::with_capacity(n);
        for (i, r) in records.iter().enumerate() {
            if by_id.insert(r.id.clone(), i as u32).is_some() {
                return Err(TerritoryDataError::DuplicateId(r.id.clone()));
            }
        }
        let mut parents = Vec::with_capacity(n);
        let mut children_count = vec![0u32; n];
        for r in &records {
            let mut ps = Vec::with_capacity(r.parents.len());
            for p in &r.parents {
                let &pi = by_id
                    .get(p)
                    .ok_or_else(|| TerritoryDataError::UnknownParent {
                        child: r.id.clone(),
                        parent: p.clone(),
                    })?;
                // A parent listed twice is still one edge.
                if !ps.contains(&pi) {
                    ps.push(pi);
                    children_count[pi as usize] += 1;
                }
            }
            parents.push(ps);
        }
        if let Some(i) = find_cycle(&parents) {
            return Err(TerritoryDataError::Cycle(records[i as usize].id.clone()));
        }
        let ancestors = compute_ancestors(&records, &parents);
        let inside = ancestors
            .iter()
            .enumerate()
            .flat_map(|(i, anc)| anc.iter().map(move |&a| (i as u32, a)))
            .collect();
        let folded: Vec<String> = records.iter().map(|r| fold(&r.name)).collect();
        let mut name_keys: Vec<(u32, u32)> = Vec::with_capacity(n * 2);
        for (i, name) in folded.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            name_keys.push((i as u32, 0));
            for (pos, _) in name.match_indices(' ') {
                name_keys.push((i as u32, pos as u32 + 1));
            }
        }
        name_keys.sort_unstable_by(|a, b| {
            let ka = &folded[a.0 as usize][a.1 as usize..];
            let kb = &folded[b.0 as usize][b.1 as usize..];
            ka.cmp(kb).then(a.cmp(b))
        });
        let mut code_keys: Vec<(String, u32)> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (fold(&r.code), i as u32))
            .collect();
        code_keys.sort_unstable();
        let mut by_rank: Vec<u32> = (0..n as u32).collect();
        by_rank.sort_unstable_by(|&a, &b| {
            let (ra, rb) = (&records[a as usize], &records[b as usize]);
            by_population(ra.population, rb.population)
                .then(ra.kind.rank().cmp(&rb.kind.rank()))
                .then_with(|| ra.name.cmp(&rb.name))
                .then_with(|| ra.id.cmp(&rb.id))
        });
        let mut rank = vec![0u32; n];
        for (pos, &i) in by_rank.iter().enumerate() {
            rank[i as usize] = pos as u32;
        }
        Ok(Self {
            records,
            by_id,
            parents,
            children_count,
            ancestors,
            inside,
            folded,
            name_keys,
            code_keys,
            rank,
            by_rank,
        })
    }

    /// Number of territories.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Whether the index holds no territory.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }

    /// The territory with this id.
    pub fn get(&self, id: &TerritoryId) -> Option<&TerritoryRecord> {
        self.by_id.get(id).map(|&i| &self.records[i as usize])
    }

    /// Whether `place` lies inside `ancestor`: true when they are equal or
    /// when `ancestor` is reachable from `place` through parents. Unknown
    /// ids are inside nothing but themselves.
    pub fn contains(&self, ancestor: &TerritoryId, place: &TerritoryId) -> bool {
        if ancestor == place {
            return true;
        }
        match (self.by_id.get(place), self.by_id.get(ancestor)) {
            (Some(&p), Some(&a)) => self.inside.contains(&(p, a)),
            _ => false,
        }
    }

    /// Direct parents, in data-file order.
    pub fn parents(&self, id: &TerritoryId) -> Vec<&TerritoryRecord> {
        self.indices(id, &self.parents)
    }

    /// Every ancestor once, nearest first (by number of parent steps), then
    /// by kind rank (région before département before EPCI…), then by name.
    pub fn ancestors(&self, id: &TerritoryId) -> Vec<&TerritoryRecord> {
        self.indices(id, &self.ancestors)
    }

    /// Number of direct children (territories listing `id` as a parent).
    pub fn children_count(&self, id: &TerritoryId) -> usize {
        self.by_id
            .get(id)
            .map_or(0, |&i| self.children_count[i as usize] as usize)
    }

    /// Every record, in data-file order.
    pub fn records(&self) -> &[TerritoryRecord] {
        &self.records
    }

    fn indices<'a>(&'a self, id: &TerritoryId, table: &'a [Vec<u32>]) -> Vec<&'a TerritoryRecord> {
        self.by_id.get(id).map_or_else(Vec::new, |&i| {
            table[i as usize]
                .iter()
                .map(|&j| &self.records[j as usize])
                .collect()
        })
    }
}

/// Larger population first, unknown population last.
fn by_population(a: Option<i64>, b: Option<i64>) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => y.cmp(&x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Returns a node on a cycle of the parent graph, if any (iterative DFS
/// with three colours, so deep chains cannot overflow the stack).
fn find_cycle(parents: &[Vec<u32>]) -> Option<u32> {
    const WHITE: u8 = 0;
    const GREY: u8 = 1;
    const BLACK: u8 = 2;
    let mut colour = vec![WHITE; parents.len()];
    for start in 0..parents.len() {
        if colour[start] != WHITE {
            continue;
        }
        let mut stack: Vec<(u32, usize)> = vec![(start as u32, 0)];
        colour[start] = GREY;
        while let Some((node, next)) = stack.last_mut() {
            let ps = &parents[*node as usize];
            if *next < ps.len() {
                let p = ps[*next];
                *next += 1;
                match colour[p as usize] {
                    GREY => return Some(p),
                    WHITE => {
                        colour[p as usize] = GREY;
                        stack.push((p, 0));
                    }
                    _ => {}
                }
            } else {
                colour[*node as usize] = BLACK;
                stack.pop();
            }
        }
    }
    None
}

/// Breadth-first walk up from every node. A per-walk stamp array avoids
/// clearing a visited set for each of the ~40 000 nodes.
fn compute_ancestors(records: &[TerritoryRecord], parents: &[Vec<u32>]) -> Vec<Vec<u32>> {
    let n = parents.len();
    let mut stamp = vec![u32::MAX; n];
    let mut queue = VecDeque::new();
    let mut out = Vec::with_capacity(n);
    for start in 0..n {
        let mut found: Vec<(u32, u32)> = Vec::new(); // (depth, node)
        stamp[start] = start as u32;
        queue.push_back((start as u32, 0u32));
        while let Some((node, depth)) = queue.pop_front() {
            for &p in &parents[node as usize] {
                if stamp[p as usize] != start as u32 {
                    stamp[p as usize] = start as u32;
                    found.push((depth + 1, p));
                    queue.push_back((p, depth + 1));
                }
            }
        }
        found.sort_by(|a, b| {
            let (ra, rb) = (&records[a.1 as usize], &records[b.1 as usize]);
            a.0.cmp(&b.0)
                .then(ra.kind.rank().cmp(&rb.kind.rank()))
                .then(ra.name.cmp(&rb.name))
                .then(a.1.cmp(&b.1))
        });
        out.push(found.into_iter().map(|(_, node)| node).collect());
    }
    out
}

//! Three-valued logic of the combinators, checked against every assignment
//! of met / not met / unknown to two and three children.

use super::support::{all, any, at_least, blank, eval, fast, node};
use crate::Country;
use crate::scheme::criteria::{Arg, Node, Question, Rule, Verdict};
use crate::scheme::vocab::Label;
use rstest::rstest;

const VALUES: [Verdict; 3] = [Verdict::Met, Verdict::NotMet, Verdict::Unknown];

/// A leaf that answers `v` for [`question`]: the applicant is French and
/// its labels are unknown.
pub(super) fn leaf_with(id: &str, v: Verdict) -> Node {
    let rule = match v {
        Verdict::Met => Rule::Country {
            countries: vec![Country::Fr],
        },
        Verdict::NotMet => Rule::Country {
            countries: vec![Country::Pl],
        },
        Verdict::Unknown => Rule::Label { label: Label::Esus },
    };
    node(id, rule)
}

/// The question [`leaf_with`] leaves are written for.
pub(super) fn question() -> Question {
    let mut q = blank();
    q.applicant.country = Some(Country::Fr);
    q
}

/// Every assignment of the three verdicts to `n` children.
fn assignments(n: usize) -> Vec<Vec<Verdict>> {
    let mut out = vec![vec![]];
    for _ in 0..n {
        out = out
            .into_iter()
            .flat_map(|prefix| {
                VALUES.iter().map(move |v| {
                    let mut p = prefix.clone();
                    p.push(*v);
                    p
                })
            })
            .collect();
    }
    out
}

/// The Kleene answer by definition: met when every way of filling in the
/// unknowns meets `need`, not met when none does, unknown otherwise.
fn oracle(children: &[Verdict], need: usize) -> Verdict {
    let unknown: Vec<usize> = (0..children.len())
        .filter(|&i| children[i] == Verdict::Unknown)
        .collect();
    let (mut some_met, mut some_not) = (false, false);
    for mask in 0u32..(1 << unknown.len()) {
        let met = children
            .iter()
            .enumerate()
            .filter(|(i, v)| match unknown.iter().position(|u| u == i) {
                Some(bit) => mask & (1 << bit) != 0,
                None => **v == Verdict::Met,
            })
            .count();
        if met >= need {
            some_met = true;
        } else {
            some_not = true;
        }
    }
    match (some_met, some_not) {
        (true, false) => Verdict::Met,
        (false, true) => Verdict::NotMet,
        _ => Verdict::Unknown,
    }
}

#[derive(Debug, Clone, Copy)]
enum Comb {
    All,
    Any,
    AtLeast(u32),
}

fn group(comb: Comb, children: Vec<Node>) -> Node {
    match comb {
        Comb::All => all("g", children),
        Comb::Any => any("g", children),
        Comb::AtLeast(n) => at_least("g", n, children),
    }
}

fn check_table(comb: Comb, n: usize) -> usize {
    let q = question();
    let mut checked = 0;
    for vs in assignments(n) {
        let children: Vec<Node> = vs
            .iter()
            .enumerate()
            .map(|(i, v)| leaf_with(&format!("c{i}"), *v))
            .collect();
        let need = match comb {
            Comb::All => n,
            Comb::Any => 1,
            Comb::AtLeast(k) => k as usize,
        };
        let want = oracle(&vs, need);
        // The group is nested under the root so that it gets a finding.
        let root = all("criteria", vec![group(comb, children)]);
        let e = eval(&root, &q);
        let g = &e.findings[1];
        assert_eq!(g.id, "g");
        assert!(g.group);
        assert_eq!(g.verdict, want, "{comb:?} {vs:?}");
        // The children answer what they were built to answer.
        let kids: Vec<Verdict> = e.findings[2..].iter().map(|f| f.verdict).collect();
        assert_eq!(kids, vs);
        assert_eq!(e.verdict, want.into(), "{comb:?} {vs:?}");
        assert_eq!(fast(&root, &q), want.into(), "{comb:?} {vs:?}");
        // Reason arguments count what the children said.
        let arg = |name: &str| {
            g.reason
                .args
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, a)| a.clone())
        };
        let count = |v: Verdict| Arg::Int(vs.iter().filter(|x| **x == v).count() as i64);
        assert_eq!(arg("need"), Some(Arg::Int(need as i64)));
        assert_eq!(arg("met"), Some(count(Verdict::Met)));
        assert_eq!(arg("unknown"), Some(count(Verdict::Unknown)));
        assert_eq!(arg("total"), Some(Arg::Int(n as i64)));
        checked += 1;
    }
    checked
}

#[rstest]
#[case::all_2(Comb::All, 2)]
#[case::all_3(Comb::All, 3)]
#[case::any_2(Comb::Any, 2)]
#[case::any_3(Comb::Any, 3)]
#[case::at_least_1_of_2(Comb::AtLeast(1), 2)]
#[case::at_least_2_of_2(Comb::AtLeast(2), 2)]
#[case::at_least_1_of_3(Comb::AtLeast(1), 3)]
#[case::at_least_2_of_3(Comb::AtLeast(2), 3)]
#[case::at_least_3_of_3(Comb::AtLeast(3), 3)]
fn combinator_truth_table(#[case] comb: Comb, #[case] n: usize) {
    assert_eq!(check_table(comb, n), 3usize.pow(n as u32));
}

#[rstest]
#[case(&[Verdict::Met, Verdict::Met], Verdict::Met)]
#[case(&[Verdict::Met, Verdict::Unknown], Verdict::Unknown)]
#[case(&[Verdict::Unknown, Verdict::NotMet], Verdict::NotMet)]
#[case(&[Verdict::Unknown, Verdict::Unknown], Verdict::Unknown)]
#[case(&[Verdict::NotMet, Verdict::Met], Verdict::NotMet)]
fn oracle_agrees_with_kleene_and(#[case] vs: &[Verdict], #[case] want: Verdict) {
    // Guards the oracle itself with a few hand-written rows.
    assert_eq!(oracle(vs, vs.len()), want);
}

#[rstest]
#[case(&[Verdict::NotMet, Verdict::NotMet], Verdict::NotMet)]
#[case(&[Verdict::NotMet, Verdict::Unknown], Verdict::Unknown)]
#[case(&[Verdict::Unknown, Verdict::Met], Verdict::Met)]
fn oracle_agrees_with_kleene_or(#[case] vs: &[Verdict], #[case] want: Verdict) {
    assert_eq!(oracle(vs, 1), want);
}

#[rstest]
#[case::all("elig-all-met", "elig-all-not-met", "elig-all-unknown", Comb::All)]
#[case::any(
    "elig-at-least-met",
    "elig-at-least-not-met",
    "elig-at-least-unknown",
    Comb::Any
)]
#[case::at_least(
    "elig-at-least-met",
    "elig-at-least-not-met",
    "elig-at-least-unknown",
    Comb::AtLeast(1)
)]
fn group_reason_keys(
    #[case] met: &str,
    #[case] not_met: &str,
    #[case] unknown: &str,
    #[case] comb: Comb,
) {
    let q = question();
    for (v, key) in [
        (Verdict::Met, met),
        (Verdict::NotMet, not_met),
        (Verdict::Unknown, unknown),
    ] {
        let root = all("criteria", vec![group(comb, vec![leaf_with("a", v)])]);
        let e = eval(&root, &q);
        assert_eq!((e.findings[1].verdict, e.findings[1].reason.key), (v, key));
        assert_eq!(e.findings[1].reason.missing_field(), None);
    }
}

#[test]
fn empty_all_is_met() {
    let q = blank();
    let e = eval(&all("criteria", vec![all("nothing", vec![])]), &q);
    assert_eq!(e.findings[1].verdict, Verdict::Met);
    assert_eq!(e.verdict, crate::scheme::SchemeVerdict::Eligible);
}

#[test]
fn nested_groups_combine() {
    // any(all(met, unknown), not_met) is unknown; at_least 2 of
    // [any(not_met, met), met, unknown] is met.
    let q = question();
    let a = any(
        "a",
        vec![
            all(
                "a1",
                vec![
                    leaf_with("x", Verdict::Met),
                    leaf_with("y", Verdict::Unknown),
                ],
            ),
            leaf_with("z", Verdict::NotMet),
        ],
    );
    let b = at_least(
        "b",
        2,
        vec![
            any(
                "b1",
                vec![
                    leaf_with("p", Verdict::NotMet),
                    leaf_with("r", Verdict::Met),
                ],
            ),
            leaf_with("s", Verdict::Met),
            leaf_with("t", Verdict::Unknown),
        ],
    );
    let e = eval(&all("criteria", vec![a, b]), &q);
    let v = |id: &str| e.findings.iter().find(|f| f.id == id).unwrap().verdict;
    assert_eq!(v("a1"), Verdict::Unknown);
    assert_eq!(v("a"), Verdict::Unknown);
    assert_eq!(v("b1"), Verdict::Met);
    assert_eq!(v("b"), Verdict::Met);
    assert_eq!(e.verdict, crate::scheme::SchemeVerdict::Unknown);
}

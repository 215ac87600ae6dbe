//! The simplex against the optimality conditions of linear programming, checked exactly on
//! random small problems: a primal-feasible `x` and dual-feasible `π ≥ 0` satisfying
//! complementary slackness prove `x` optimal, whoever computed them. Both pivoting rules must
//! reach the same optimum value and the same infeasibility verdict.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use proptest::prelude::*;

use super::*;

fn problem() -> impl Strategy<Value = Problem> {
    (1usize..=4, 0usize..=8).prop_flat_map(|(m, n)| {
        let col = (
            -10i128..=10,
            proptest::collection::vec((0..m, -5i64..=5), 0..=m),
            -3i64..=3,
            0i64..=5,
        )
            .prop_map(|(obj, entries, lower, width)| {
                let mut entries: Vec<(usize, i64)> =
                    entries.into_iter().filter(|&(_, a)| a != 0).collect();
                entries.sort_by_key(|&(r, _)| r);
                entries.dedup_by_key(|e| e.0);
                Column {
                    obj,
                    entries,
                    lower,
                    upper: lower + width,
                }
            });
        (
            proptest::collection::vec(-20i128..=40, m),
            proptest::collection::vec(col, n),
        )
            .prop_map(|(rhs, cols)| Problem { rhs, cols })
    })
}

/// Checks the optimality certificate of `sol` exactly; returns `D·c·x`.
fn certify(p: &Problem, sol: &Solution) -> Result<BigInt, TestCaseError> {
    let d = &sol.den;
    prop_assert!(d.is_positive());
    let mut rows = vec![BigInt::zero(); p.rhs.len()];
    let mut value = BigInt::zero();
    for (c, x) in p.cols.iter().zip(&sol.x) {
        prop_assert!(*x >= BigInt::from(c.lower) * d && *x <= BigInt::from(c.upper) * d);
        for &(r, a) in &c.entries {
            rows[r] += x * a;
        }
        value += x * c.obj;
        let reduced: BigInt = BigInt::from(c.obj) * d
            - c.entries
                .iter()
                .map(|&(r, a)| &sol.duals[r] * a)
                .sum::<BigInt>();
        if *x > BigInt::from(c.lower) * d {
            prop_assert!(!reduced.is_negative(), "can gain by decreasing");
        }
        if *x < BigInt::from(c.upper) * d {
            prop_assert!(!reduced.is_positive(), "can gain by increasing");
        }
    }
    for (r, (lhs, b)) in rows.iter().zip(&p.rhs).enumerate() {
        let b = BigInt::from(*b) * d;
        prop_assert!(*lhs <= b, "row {r} violated");
        prop_assert!(!sol.duals[r].is_negative());
        prop_assert!(
            sol.duals[r].is_zero() || *lhs == b,
            "slack row with a price"
        );
    }
    Ok(value)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn both_rules_reach_a_certified_optimum(p in problem()) {
        let fast = solve(&p).map_err(|_| TestCaseError::fail("stalled"))?;
        let bland = solve_bland(&p).map_err(|_| TestCaseError::fail("stalled"))?;
        match (fast, bland) {
            (Outcome::Optimal(a), Outcome::Optimal(b)) => {
                let (va, vb) = (certify(&p, &a)?, certify(&p, &b)?);
                prop_assert_eq!(va * &b.den, vb * &a.den);
            }
            (Outcome::Infeasible, Outcome::Infeasible) => {}
            (a, b) => prop_assert!(false, "{a:?} vs {b:?}"),
        }
    }
}

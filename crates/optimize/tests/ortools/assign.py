#!/usr/bin/env python3
"""Optimum of a reviewer-assignment instance computed by Google OR-tools (PyPI `ortools`).

Reads on stdin one instance, or a JSON list of instances, in the format written by
`harness.rs` beside this file:

    {"applications": A, "reviewers": R, "k": k, "min_load": [..R], "max_load": [..R],
     "allow_zero_score": bool, "affinity": [[a, r, score], ...],
     "forbidden": [[a, r], ...], "forced": [[a, r], ...]}

and prints one JSON object per instance and per line (JSON Lines):

    {"feasible": true, "objective": 12345, "seconds": 0.0123, "solve_seconds": 0.0042}

`objective` is the maximum total affinity (forced pairs included), `null` when infeasible;
`seconds` times building the model and solving it (not Python's start-up nor the JSON
parsing), `solve_seconds` the solver's call alone.

Methods (`--method`):
- `flow` (default): `SimpleMinCostFlow`, with lower bounds (minimum loads, forced pairs)
  removed by the textbook transformation on node supplies, written independently of the Rust
  model (which pre-places forced pairs and routes minimums through dedicated arcs).
- `cpsat`: CP-SAT on the plain 0/1 formulation (x[a,r] per allowed pair, sum over r = k, min
  <= sum over a <= max, forced x = 1), a second, structure-free check for small instances.
"""

import argparse
import json
import sys
import time


def allowed_pairs(inst):
    """Pairs that may be assigned (with their score) and the forced pairs."""
    score = {(a, r): s for a, r, s in inst["affinity"]}
    forbidden = {(a, r) for a, r in inst["forbidden"]}
    forced = {(a, r) for a, r in inst["forced"]}
    if inst["allow_zero_score"]:
        candidates = ((a, r) for a in range(inst["applications"]) for r in range(inst["reviewers"]))
    else:
        candidates = (p for p, s in score.items() if s != 0)
    pairs = {p: score.get(p, 0) for p in candidates if p not in forbidden and p not in forced}
    return pairs, {p: score.get(p, 0) for p in forced}, forbidden


def solve_flow(inst):
    from ortools.graph.python import min_cost_flow

    a_n, r_n, k = inst["applications"], inst["reviewers"], inst["k"]
    pairs, forced, forbidden = allowed_pairs(inst)
    if any(p in forbidden for p in forced):
        return None, 0.0
    sink = a_n + r_n
    supply = [0] * (sink + 1)
    for a in range(a_n):
        supply[a] = k
    supply[sink] = -a_n * k
    constant = 0
    # Forced pair: an arc with lower bound 1 and capacity 1 -> move one unit up front.
    for (a, r), s in forced.items():
        supply[a] -= 1
        supply[a_n + r] += 1
        constant += s
    tails, heads, caps, costs = [], [], [], []
    for (a, r), s in pairs.items():
        tails.append(a)
        heads.append(a_n + r)
        caps.append(1)
        costs.append(-s)
    # Reviewer -> sink with lower bound min and capacity max.
    for r in range(r_n):
        lo, hi = inst["min_load"][r], inst["max_load"][r]
        supply[a_n + r] -= lo
        supply[sink] += lo
        tails.append(a_n + r)
        heads.append(sink)
        caps.append(hi - lo)
        costs.append(0)
    flow = min_cost_flow.SimpleMinCostFlow()
    flow.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
    for node, s in enumerate(supply):
        flow.set_node_supply(node, s)
    start = time.perf_counter()
    status = flow.solve()
    solve_seconds = time.perf_counter() - start
    if status != flow.OPTIMAL:
        return None, solve_seconds
    return constant - flow.optimal_cost(), solve_seconds


def solve_cpsat(inst):
    from ortools.sat.python import cp_model

    pairs, forced, forbidden = allowed_pairs(inst)
    if any(p in forbidden for p in forced):
        return None, 0.0
    model = cp_model.CpModel()
    x = {p: model.new_bool_var(f"x{p}") for p in list(pairs) + list(forced)}
    for p in forced:
        model.add(x[p] == 1)
    by_app = [[] for _ in range(inst["applications"])]
    by_rev = [[] for _ in range(inst["reviewers"])]
    for (a, r), var in x.items():
        by_app[a].append(var)
        by_rev[r].append(var)
    for vars_ in by_app:
        model.add(sum(vars_) == inst["k"])
    for r, vars_ in enumerate(by_rev):
        model.add_linear_constraint(sum(vars_), inst["min_load"][r], inst["max_load"][r])
    every = {**pairs, **forced}
    model.maximize(sum(s * x[p] for p, s in every.items()))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    start = time.perf_counter()
    status = solver.solve(model)
    solve_seconds = time.perf_counter() - start
    if status == cp_model.INFEASIBLE:
        return None, solve_seconds
    if status != cp_model.OPTIMAL:
        raise RuntimeError(f"CP-SAT ended with status {solver.status_name(status)}")
    return round(solver.objective_value), solve_seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--method", choices=["flow", "cpsat"], default="flow")
    args = parser.parse_args()
    doc = json.load(sys.stdin)
    solve = solve_flow if args.method == "flow" else solve_cpsat
    for inst in doc if isinstance(doc, list) else [doc]:
        start = time.perf_counter()
        objective, solve_seconds = solve(inst)
        seconds = time.perf_counter() - start
        out = {
            "feasible": objective is not None,
            "objective": objective,
            "seconds": seconds,
            "solve_seconds": solve_seconds,
        }
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()

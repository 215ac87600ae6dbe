#!/usr/bin/env python3
"""Solves an envelope-allocation instance exactly with Google OR-tools CP-SAT.

Reads one instance as JSON on stdin (the fields of passerelle_optimize::allocation's Project,
Rules and Objective, amounts in minor units) and prints
{"status": "OPTIMAL" | "INFEASIBLE" | ..., "value": int, "funded": int, "seconds": float}
(with "FEASIBLE", the time limit stopped the search: "value" is the best found and "bound" the
proven upper bound on the score-weighted value).

The model is the same mixed-integer programme as the Rust solver's, in integers only, so no
scaling is needed: per project a boolean `funded` and an integer `amount` in [0, hi] with
amount >= lo when funded and amount == 0 otherwise (lo = max(minimum, 1),
hi = min(requested, cap)); the fixed decisions; sum(amount) <= envelope; each quota as one
linear constraint (shares of the envelope as 10 000 * sum >= basis_points * envelope, which is
exact in integers). "score_weighted_value" maximises sum(score * amount); "projects_funded"
maximises the number funded, then, with that number fixed, the score-weighted value.
"""

import json
import sys
import time

from ortools.sat.python import cp_model


def build(inst):
    m = cp_model.CpModel()
    cap = inst.get("cap")
    funded, amount = [], []
    for i, p in enumerate(inst["projects"]):
        lo = max(p["minimum"], 1)
        hi = p["requested"] if cap is None else min(p["requested"], cap)
        y = m.new_bool_var(f"y{i}")
        a = m.new_int_var(0, max(hi, 0), f"a{i}")
        if lo > hi:
            m.add(y == 0)
        m.add(a >= lo).only_enforce_if(y)
        m.add(a == 0).only_enforce_if(~y)
        fixed = p.get("fixed")
        if fixed is not None:
            m.add(a == fixed)
            m.add(y == (1 if fixed > 0 else 0))
        funded.append(y)
        amount.append(a)
    envelope = inst["envelope"]
    m.add(sum(amount) <= envelope)
    for q in inst["quotas"]:
        members = [i for i, p in enumerate(inst["projects"]) if q["tag"] in p["tags"]]
        amounts = sum(amount[i] for i in members)
        count = sum(funded[i] for i in members)
        kind = q["kind"]
        if kind == "min_share":
            m.add(10_000 * amounts >= q["basis_points"] * envelope)
        elif kind == "max_share":
            m.add(10_000 * amounts <= q["basis_points"] * envelope)
        elif kind == "min_amount":
            m.add(amounts >= q["amount"])
        elif kind == "max_amount":
            m.add(amounts <= q["amount"])
        elif kind == "min_projects":
            m.add(count >= q["n"])
        elif kind == "max_projects":
            m.add(count <= q["n"])
        else:
            raise ValueError(f"unknown quota kind {kind}")
    value = sum(p["score"] * a for p, a in zip(inst["projects"], amount))
    return m, funded, amount, value


def solve(m, limit):
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    solver.parameters.max_time_in_seconds = limit
    status = solver.solve(m)
    return solver, status


def main():
    inst = json.load(sys.stdin)
    limit = float(inst.get("time_limit", 120.0))
    start = time.perf_counter()
    m, funded, amount, value = build(inst)
    if inst.get("objective", "score_weighted_value") == "projects_funded":
        m.maximize(sum(funded))
        solver, status = solve(m, limit)
        if status == cp_model.OPTIMAL:
            m.add(sum(funded) == round(solver.objective_value))
            m.clear_objective()
    m.maximize(value)
    solver, status = solve(m, limit)
    out = {"status": solver.status_name(status), "seconds": time.perf_counter() - start}
    if status == cp_model.FEASIBLE:
        # Stopped by the time limit: the best value found and the proven upper bound.
        out["value"] = round(solver.objective_value)
        out["bound"] = int(solver.best_objective_bound)
    if status == cp_model.OPTIMAL:
        out["value"] = sum(p["score"] * solver.value(a) for p, a in zip(inst["projects"], amount))
        out["funded"] = sum(solver.value(y) for y in funded)
        out["amounts"] = [solver.value(a) for a in amount]
    print(json.dumps(out))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build data/territories/territories.tsv: the reference territories of France and Poland,
plus the EU NUTS 2024 units of FR and PL, as one tab-separated file.

Usage (from the repository root):

    python3 scripts/territories/build.py [--shared ../shared] [--etalab DIR] [--out FILE]

Python 3 standard library only. The output is deterministic: the same inputs give a
byte-identical file (rows sorted by id, parents sorted, no timestamps).

Sources
-------
* France: npm package ``@etalab/decoupage-administratif`` 6.0.0 (INSEE Code officiel
  géographique 2026, DGCL EPCI composition 2026, INSEE legal populations; Licence Ouverte 2.0).
  Without ``--etalab`` the script runs ``npm pack @etalab/decoupage-administratif@6.0.0`` in a
  temporary directory, checks the tarball against the registry's pinned sha512 integrity and
  extracts it. ``--etalab DIR`` takes an already extracted package (``DIR/data/*.json``) or its
  ``data`` folder.
* Poland: GUS TERYT, from the shared data folder (``<shared>/data/pl/``):
  - gminy: ``gminy_TERYT_2025-01-06.csv`` (state 2025-01-06; columns teryt,nazwa,rodzaj,powiat,woj);
  - powiaty and województwa: ``TERC_2020-01-01.csv`` (state 2020-01-01, the STAN_NA column),
    rows with an empty GMI (and an empty POW for województwa).
* NUTS: Eurostat NUTS 2024 (CC BY 4.0, "Source: Eurostat, NUTS 2024 classification"), from
  ``<shared>/data/nuts/``: ``nuts2024_units.csv`` (FR and PL units, Extra-Regio ``…Z`` codes
  skipped), ``fr_departement_nuts3.csv`` (département → NUTS 3; the overseas collectivities
  975–989 have none) and ``pl_powiat_nuts3.csv`` (powiat → NUTS 3).

Output format
-------------
UTF-8, LF line ends. Leading ``#`` lines are comments naming the sources and their states,
then the header ``id kind code name population parents`` (tab-separated), then one row per
territory sorted by id.

* ids: ``fr:region:<INSEE>``, ``fr:departement:<INSEE>``, ``fr:epci:<SIREN>``,
  ``fr:commune:<INSEE>``, ``pl:wojewodztwo:<2 digits>``, ``pl:powiat:<4 digits>``,
  ``pl:gmina:<7 characters TERC>``, ``eu:nuts:<code>``.
* kinds: ``fr:region``, ``fr:departement``, ``fr:epci``, ``fr:commune``, ``pl:wojewodztwo``,
  ``pl:powiat``, ``pl:gmina``, ``eu:nuts0`` … ``eu:nuts3``.
* population: FR communes as given by communes.json; EPCI, départements and régions as the sum
  of their current communes' populations (empty if any member commune has no population:
  only the overseas collectivities 984 and 989 are concerned). Empty for PL and NUTS.
  NB: epci.json carries its own (DGCL, older) populations; they are deliberately not used.
* parents: comma-separated ids of the DIRECT parents (the graph is a DAG, checked):
  commune → département, EPCI (if a member of one); EPCI → see below; département → région,
  NUTS 3 (if any); région → none; gmina → powiat; powiat → województwo, NUTS 3;
  województwo → none; NUTS n → NUTS n-1 (code prefix); NUTS 1 → country (NUTS 0).
  Régions and województwa are NOT linked to NUTS 1/2: the only FR/PL → NUTS links are those of
  the two shared correspondence tables (département → NUTS 3, powiat → NUTS 3).
* A parent wholly contains its child, since "X is inside Y" follows parents transitively. So an
  EPCI's parent is the single département that contains all its member communes, if there is
  one; otherwise the single région that contains all of them, if there is one; otherwise the
  EPCI has no parent (it straddles régions). It is never given every département its members
  touch: a member commune would then be "inside" the other départements through the EPCI.
  For the pinned package (EXPECTED_EPCI_PARENTS): 1166 EPCI → one département, 63 → one région
  (e.g. Métropole du Grand Paris 200054781 → région 11), 26 → no parent (e.g. CA du Grand
  Avignon 248400251, départements 30 and 84, régions 76 and 93).

Naming rules
------------
* France: ``nom`` as given by decoupage-administratif (official case and diacritics).
  Only current communes (``type == "commune-actuelle"``) are kept: no arrondissements
  municipaux, communes déléguées or associées. The 8 overseas collectivities (975–989) are kept
  as the package lists them, i.e. both as a département and as a région with the same code.
* Poland, województwa: TERC gives them in capitals (``DOLNOŚLĄSKIE``); they are written in
  lowercase, as Polish writes them (``dolnośląskie``).
* Poland, powiaty: always built from the two TERC 2020 fields NAZWA and NAZWA_DOD, verbatim:
  - NAZWA_DOD ``powiat`` (314 powiaty, named by an adjective): ``NAZWA_DOD NAZWA``,
    e.g. ``powiat bolesławiecki``;
  - cities with powiat rights (NAZWA_DOD ``miasto na prawach powiatu``, 65, or
    ``miasto stołeczne, na prawach powiatu`` for Warszawa): ``NAZWA (NAZWA_DOD)``,
    e.g. ``Wrocław (miasto na prawach powiatu)``. TERC names them by the city alone; the form
    ``powiat m. Wrocław`` seen in GUS statistical tables does not occur in TERC, so it is not
    used. The parenthesis keeps the powiat distinct from the gmina ``Wrocław`` in a name list.
* Poland, gminy: ``nazwa`` of the 2025 list verbatim (an urban gmina and the rural gmina
  around it can share a name, e.g. Bolesławiec 0201011 and 0201022; the code tells them apart).
* NUTS: the Eurostat label (which is not always the national spelling, e.g. ``Ile-de-France``);
  the country level (not in the units table) is named ``France`` / ``Polska``.

Checks (the script fails loudly if one fails): unique ids, no tab or newline in a field, every
parent id exists, no cycle, kinds of parents as described above, the NUTS correspondence tables
cover exactly the départements / powiaty and point to existing NUTS 3 units, every 2025 gmina's
powiat exists in TERC 2020 (gminy whose code is not in TERC 2020 are reported and kept), counts
per kind and EPCI parent cases for the pinned sources, every EPCI's parent contains all its
member communes, no commune is inside (through any path of parents, i.e. among its transitive
ancestors) a département or a région other than its own, and spot checks (Nanterre 92050: its
ancestors include département 92, région 11 and EPCI 200054781 but not département 75;
département 92 in région 11; Wrocław 0264011).
"""

import argparse
import base64
import csv
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ETALAB_PACKAGE = "@etalab/decoupage-administratif"
ETALAB_VERSION = "6.0.0"
# dist.integrity of the npm registry for @etalab/decoupage-administratif@6.0.0
ETALAB_INTEGRITY = (
    "sha512-XavYsFlbcM/prKr8hNHPKER94IHw/dsxNM4nxjWMYk6PLFACpEedvn/7wK8Baozm0dCYhWWcf+7bcWpA5pmCaQ=="
)
COG_YEAR = {"6.0.0": "2026"}  # package version -> COG vintage (see the package README)

PL_GMINY_FILE = "gminy_TERYT_2025-01-06.csv"
PL_GMINY_STATE = "2025-01-06"
PL_TERC_FILE = "TERC_2020-01-01.csv"

NUTS_COUNTRIES = {"FR": "France", "PL": "Polska"}

# Counts per kind for the pinned sources (fr:* only checked for ETALAB_VERSION).
EXPECTED_COUNTS = {
    "fr:region": 26,
    "fr:departement": 109,
    "fr:epci": 1255,
    "fr:commune": 34969,
    "pl:wojewodztwo": 16,
    "pl:powiat": 380,
    "pl:gmina": 2479,
    "eu:nuts0": 2,
    "eu:nuts1": 21,
    "eu:nuts2": 44,
    "eu:nuts3": 174,
}

# EPCI per kind of parent for the pinned package: one département holds all the members /
# one région does / none (the EPCI straddles régions). Only checked for ETALAB_VERSION.
EXPECTED_EPCI_PARENTS = {"fr:departement": 1166, "fr:region": 63, "none": 26}

# Allowed kinds of direct parents, per kind.
PARENT_KINDS = {
    "fr:region": set(),
    "fr:departement": {"fr:region", "eu:nuts3"},
    "fr:epci": {"fr:departement", "fr:region"},
    "fr:commune": {"fr:departement", "fr:epci"},
    "pl:wojewodztwo": set(),
    "pl:powiat": {"pl:wojewodztwo", "eu:nuts3"},
    "pl:gmina": {"pl:powiat"},
    "eu:nuts0": set(),
    "eu:nuts1": {"eu:nuts0"},
    "eu:nuts2": {"eu:nuts1"},
    "eu:nuts3": {"eu:nuts2"},
}

REPO_ROOT = Path(__file__).resolve().parents[2]


class BuildError(Exception):
    pass


def fail(msg):
    raise BuildError(msg)


def check(cond, msg):
    if not cond:
        fail(msg)


# --------------------------------------------------------------------------- inputs


def fetch_etalab(tmp):
    """npm pack the pinned package into tmp, verify its integrity, extract it; return data dir."""
    npm = shutil.which("npm")
    check(npm is not None, "npm not found: install it or pass --etalab DIR")
    spec = f"{ETALAB_PACKAGE}@{ETALAB_VERSION}"
    print(f"npm pack {spec} …", file=sys.stderr)
    res = subprocess.run(
        [npm, "pack", "--silent", spec], cwd=tmp, capture_output=True, text=True
    )
    check(res.returncode == 0, f"npm pack failed:\n{res.stderr}")
    tgz = tmp / res.stdout.strip().splitlines()[-1]
    check(tgz.is_file(), f"npm pack did not produce {tgz}")
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    check(digest == ETALAB_INTEGRITY, f"{tgz.name}: integrity {digest} != pinned {ETALAB_INTEGRITY}")
    out = tmp / "x"
    with tarfile.open(tgz, "r:gz") as tar:
        members = []
        for m in tar.getmembers():
            parts = Path(m.name).parts
            check(not Path(m.name).is_absolute() and ".." not in parts, f"unsafe path {m.name}")
            if m.isfile() and (m.name == "package/package.json" or m.name.startswith("package/data/")):
                members.append(m)
        if hasattr(tarfile, "data_filter"):
            tar.extractall(out, members=members, filter="data")
        else:  # pragma: no cover - old Python without extraction filters
            tar.extractall(out, members=members)
    return out / "package" / "data"


def etalab_data_dir(arg):
    d = Path(arg)
    if (d / "data" / "communes.json").is_file():
        return d / "data"
    if (d / "communes.json").is_file():
        return d
    fail(f"--etalab {arg}: neither {d}/data/communes.json nor {d}/communes.json exists")


def etalab_version(data_dir):
    for p in (data_dir.parent / "package.json", data_dir / "package.json"):
        if p.is_file():
            meta = json.loads(p.read_text(encoding="utf-8"))
            check(meta.get("name") == ETALAB_PACKAGE, f"{p}: not {ETALAB_PACKAGE}")
            return meta["version"]
    return None


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_csv(path, delimiter=","):
    # utf-8-sig: tolerate a BOM; newline="" lets csv handle CRLF.
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def shared_data_dir(arg):
    d = Path(arg)
    for cand in (d / "data", d):
        if (cand / "pl" / PL_TERC_FILE).is_file() and (cand / "nuts" / "nuts2024_units.csv").is_file():
            return cand
    fail(f"--shared {arg}: no data/pl/{PL_TERC_FILE} and data/nuts/nuts2024_units.csv under it")


# --------------------------------------------------------------------------- model


class Territories:
    def __init__(self):
        self.rows = {}  # id -> dict(kind, code, name, population, parents)

    def add(self, tid, kind, code, name, population=None, parents=()):
        check(tid not in self.rows, f"duplicate id {tid}")
        scope, name_of_kind = kind.split(":")
        check(tid == f"{scope}:{name_of_kind.rstrip('0123')}:{code}",
              f"id {tid} does not match kind {kind} and code {code}")
        check(bool(name and name.strip()), f"{tid}: empty name")
        check(name == name.strip(), f"{tid}: name has surrounding spaces: {name!r}")
        for v in (tid, code, name, *parents):
            check(not any(c in v for c in "\t\r\n"), f"{tid}: tab or newline in {v!r}")
        check(population is None or (isinstance(population, int) and population >= 0),
              f"{tid}: bad population {population!r}")
        self.rows[tid] = {
            "kind": kind,
            "code": code,
            "name": name,
            "population": population,
            "parents": set(parents),
        }


def sum_population(pops):
    """Sum of member populations, or None if any is unknown (keeps the value exact)."""
    pops = list(pops)
    if not pops or any(p is None for p in pops):
        return None
    return sum(pops)


# --------------------------------------------------------------------------- builders


def build_nuts(t, nuts_dir):
    units = read_csv(nuts_dir / "nuts2024_units.csv")
    level3 = set()
    skipped = []
    for cc, name in NUTS_COUNTRIES.items():
        t.add(f"eu:nuts:{cc}", "eu:nuts0", cc, name)
    for u in units:
        if u["country"] not in NUTS_COUNTRIES:
            continue
        code, level = u["code"], int(u["level"])
        check(1 <= level <= 3 and len(code) == 2 + level and code.startswith(u["country"]),
              f"NUTS {code}: inconsistent level {level}")
        if code.endswith("Z"):
            check(u["label"].startswith("Extra-Regio"), f"NUTS {code} ends in Z but is {u['label']!r}")
            skipped.append(code)
            continue
        t.add(f"eu:nuts:{code}", f"eu:nuts{level}", code, u["label"], parents=[f"eu:nuts:{code[:-1]}"])
        if level == 3:
            level3.add(code)
    print(f"nuts: skipped Extra-Regio {', '.join(sorted(skipped))}", file=sys.stderr)
    return level3


def build_fr(t, data_dir, nuts_dir, nuts3):
    regions = load_json(data_dir / "regions.json")
    departements = load_json(data_dir / "departements.json")
    epcis = load_json(data_dir / "epci.json")
    communes = [c for c in load_json(data_dir / "communes.json") if c["type"] == "commune-actuelle"]

    by_code = {}
    for c in communes:
        check(c["code"] not in by_code, f"duplicate commune {c['code']}")
        by_code[c["code"]] = c

    # commune -> EPCI
    epci_of = {}
    for e in epcis:
        check(len(e["code"]) == 9 and e["code"].isdigit(), f"EPCI SIREN {e['code']!r}")
        for m in e["membres"]:
            check(m["code"] in by_code, f"EPCI {e['code']}: member {m['code']} is not a current commune")
            check(m["code"] not in epci_of, f"commune {m['code']} in two EPCI")
            epci_of[m["code"]] = e["code"]

    # département -> NUTS 3
    dep_nuts = {}
    for r in read_csv(nuts_dir / "fr_departement_nuts3.csv"):
        check(r["departement"] not in dep_nuts, f"fr_departement_nuts3: duplicate {r['departement']}")
        check(r["nuts3"] == "" or r["nuts3"] in nuts3, f"fr_departement_nuts3: unknown NUTS 3 {r['nuts3']}")
        dep_nuts[r["departement"]] = r["nuts3"]
    dep_codes = {d["code"] for d in departements}
    check(set(dep_nuts) == dep_codes,
          f"fr_departement_nuts3 and departements.json differ: {sorted(set(dep_nuts) ^ dep_codes)}")

    members_of = defaultdict(list)  # territory id -> commune codes
    no_pop = []
    for c in communes:
        pop = c.get("population")
        if pop is None:
            no_pop.append(c["code"])
        parents = [f"fr:departement:{c['departement']}"]
        if c["code"] in epci_of:
            parents.append(f"fr:epci:{epci_of[c['code']]}")
        t.add(f"fr:commune:{c['code']}", "fr:commune", c["code"], c["nom"], pop, parents)
        members_of[f"fr:departement:{c['departement']}"].append(c["code"])
        members_of[f"fr:region:{c['region']}"].append(c["code"])

    def pop_of(tid):
        return sum_population(by_code[code].get("population") for code in members_of[tid])

    dep_region = {}
    for d in departements:
        tid = f"fr:departement:{d['code']}"
        dep_region[d["code"]] = d["region"]
        parents = [f"fr:region:{d['region']}"]
        if dep_nuts[d["code"]]:
            parents.append(f"eu:nuts:{dep_nuts[d['code']]}")
        check(members_of[tid], f"département {d['code']} has no commune")
        t.add(tid, "fr:departement", d["code"], d["nom"], pop_of(tid), parents)
    for c in communes:
        check(dep_region[c["departement"]] == c["region"],
              f"commune {c['code']}: région {c['region']} but its département is in {dep_region[c['departement']]}")
    for r in regions:
        tid = f"fr:region:{r['code']}"
        check(members_of[tid], f"région {r['code']} has no commune")
        t.add(tid, "fr:region", r["code"], r["nom"], pop_of(tid))
    # An EPCI's parent must contain all its members (a parent wholly contains its child):
    # the one département of all its members, else the one région, else none.
    epci_parent = Counter()
    multi = 0
    for e in epcis:
        check(e["membres"], f"EPCI {e['code']} has no member")
        deps = {by_code[m["code"]]["departement"] for m in e["membres"]}
        regs = {by_code[m["code"]]["region"] for m in e["membres"]}
        multi += len(deps) > 1
        if len(deps) == 1:
            parents = [f"fr:departement:{deps.pop()}"]
        elif len(regs) == 1:
            parents = [f"fr:region:{regs.pop()}"]
        else:
            parents = []
        epci_parent[parents[0].rsplit(":", 1)[0] if parents else "none"] += 1
        t.add(f"fr:epci:{e['code']}", "fr:epci", e["code"], e["nom"],
              sum_population(by_code[m["code"]].get("population") for m in e["membres"]),
              parents)

    outside = Counter(c["departement"] for c in communes if c["code"] not in epci_of)
    print(f"fr: {len(communes)} current communes, {len(no_pop)} without population "
          f"({', '.join(no_pop)}); {sum(outside.values())} in no EPCI "
          f"(by département: {', '.join(f'{k} {v}' for k, v in sorted(outside.items()))}); "
          f"{multi} EPCI span several départements; EPCI parent: "
          f"{epci_parent['fr:departement']} a département, {epci_parent['fr:region']} a région, "
          f"{epci_parent['none']} none (members in several régions)", file=sys.stderr)


def powiat_name(row):
    nazwa, dod = row["NAZWA"], row["NAZWA_DOD"]
    if dod == "powiat":
        return f"{dod} {nazwa}"
    check(dod in ("miasto na prawach powiatu", "miasto stołeczne, na prawach powiatu"),
          f"TERC powiat {row['WOJ']}{row['POW']}: unexpected NAZWA_DOD {dod!r}")
    return f"{nazwa} ({dod})"


def build_pl(t, pl_dir, nuts_dir, nuts3):
    terc = read_csv(pl_dir / PL_TERC_FILE, delimiter=";")
    states = {r["STAN_NA"] for r in terc}
    check(len(states) == 1, f"TERC: several STAN_NA {sorted(states)}")
    terc_state = states.pop()

    pow_nuts = {}
    for r in read_csv(nuts_dir / "pl_powiat_nuts3.csv"):
        check(r["powiat"] not in pow_nuts, f"pl_powiat_nuts3: duplicate {r['powiat']}")
        check(r["nuts3"] in nuts3, f"pl_powiat_nuts3: unknown NUTS 3 {r['nuts3']!r} for {r['powiat']}")
        pow_nuts[r["powiat"]] = r["nuts3"]

    powiaty = set()
    terc_gminy = {}  # 7-char code -> name (RODZ 1, 2, 3: the gminy themselves)
    for r in terc:
        woj, pow_, gmi, rodz = r["WOJ"], r["POW"], r["GMI"], r["RODZ"]
        if not pow_:
            check(not gmi and r["NAZWA_DOD"] == "województwo", f"TERC województwo row {r}")
            check(len(woj) == 2 and woj.isdigit(), f"TERC WOJ {woj!r}")
            t.add(f"pl:wojewodztwo:{woj}", "pl:wojewodztwo", woj, r["NAZWA"].lower())
        elif not gmi:
            code = woj + pow_
            check(len(code) == 4 and code.isdigit(), f"TERC powiat {code!r}")
            check(code in pow_nuts, f"powiat {code} not in pl_powiat_nuts3.csv")
            t.add(f"pl:powiat:{code}", "pl:powiat", code, powiat_name(r),
                  parents=[f"pl:wojewodztwo:{woj}", f"eu:nuts:{pow_nuts[code]}"])
            powiaty.add(code)
        elif rodz in ("1", "2", "3"):
            terc_gminy[woj + pow_ + gmi + rodz] = r["NAZWA"]
    check(set(pow_nuts) == powiaty,
          f"pl_powiat_nuts3 and TERC powiaty differ: {sorted(set(pow_nuts) ^ powiaty)}")

    gminy = read_csv(pl_dir / PL_GMINY_FILE)
    by6 = {code[:6]: code for code in terc_gminy}
    rodz_changed, new, renamed, missing_powiat = [], [], [], []
    for g in gminy:
        code = g["teryt"]
        check(len(code) == 7 and code.isdigit(), f"gmina code {code!r}")
        check(code[:4] == g["powiat"] and code[:2] == g["woj"], f"gmina {code}: powiat/woj columns disagree")
        if code[:4] not in powiaty:
            missing_powiat.append(code)
        if code in terc_gminy:
            old = code
        elif code[:6] in by6:
            old = by6[code[:6]]
            rodz_changed.append(f"{old}->{code}")
        else:
            old = None
            new.append(f"{code} {g['nazwa']}")
        if old and terc_gminy[old] != g["nazwa"]:
            renamed.append(f"{code} {terc_gminy[old]} -> {g['nazwa']}")
        t.add(f"pl:gmina:{code}", "pl:gmina", code, g["nazwa"], parents=[f"pl:powiat:{code[:4]}"])
    check(not missing_powiat,
          f"gminy 2025 whose powiat is not in TERC {terc_state}: {', '.join(missing_powiat)}")
    gone = sorted(set(terc_gminy) - {g["teryt"] for g in gminy} - {by6[c.split('->')[0][:6]] for c in rodz_changed})
    print(f"pl: TERC state {terc_state}; {len(gminy)} gminy {PL_GMINY_STATE}, "
          f"{len(gminy) - len(rodz_changed) - len(new)} with the same code as in TERC, "
          f"{len(rodz_changed)} with a changed RODZ digit, {len(new)} new ({'; '.join(new)}); "
          f"renamed since TERC: {'; '.join(renamed) or 'none'}; "
          f"TERC gminy gone: {', '.join(gone) or 'none'}", file=sys.stderr)
    print(f"pl: RODZ changes: {' '.join(rodz_changed)}", file=sys.stderr)
    return terc_state


# --------------------------------------------------------------------------- checks


def validate(t, fr_pinned):
    rows = t.rows
    for tid, r in rows.items():
        for p in r["parents"]:
            check(p in rows, f"{tid}: parent {p} does not exist")
            check(rows[p]["kind"] in PARENT_KINDS[r["kind"]],
                  f"{tid} ({r['kind']}): parent {p} has kind {rows[p]['kind']}")
    # direct-parent rules that must always hold
    for tid, r in rows.items():
        kinds = Counter(rows[p]["kind"] for p in r["parents"])
        if r["kind"] == "fr:commune":
            check(kinds["fr:departement"] == 1 and kinds["fr:epci"] <= 1, f"{tid}: parents {r['parents']}")
        elif r["kind"] == "fr:departement":
            check(kinds["fr:region"] == 1 and kinds["eu:nuts3"] <= 1, f"{tid}: parents {r['parents']}")
        elif r["kind"] == "fr:epci":
            check(len(r["parents"]) <= 1, f"{tid}: several parents {r['parents']}")
        elif r["kind"] == "pl:powiat":
            check(kinds["pl:wojewodztwo"] == 1 and kinds["eu:nuts3"] == 1, f"{tid}: parents {r['parents']}")
        elif r["kind"] in ("pl:gmina", "eu:nuts1", "eu:nuts2", "eu:nuts3"):
            check(len(r["parents"]) == 1, f"{tid}: parents {r['parents']}")
        elif r["kind"] in ("fr:region", "pl:wojewodztwo", "eu:nuts0"):
            check(not r["parents"], f"{tid}: a root kind has parents")

    # no cycle (Kahn's algorithm)
    indeg = {tid: len(r["parents"]) for tid, r in rows.items()}
    children = defaultdict(list)
    for tid, r in rows.items():
        for p in r["parents"]:
            children[p].append(tid)
    queue = [tid for tid, d in indeg.items() if d == 0]
    seen = 0
    while queue:
        tid = queue.pop()
        seen += 1
        for c in children[tid]:
            indeg[c] -= 1
            if indeg[c] == 0:
                queue.append(c)
    check(seen == len(rows), f"cycle among {len(rows) - seen} territories")

    counts = Counter(r["kind"] for r in rows.values())
    for kind in EXPECTED_COUNTS:
        print(f"{kind:16} {counts[kind]:6}")
    print(f"{'total':16} {len(rows):6}")
    for kind, n in EXPECTED_COUNTS.items():
        if kind.startswith("fr:") and not fr_pinned:
            continue
        check(counts[kind] == n, f"{kind}: {counts[kind]} rows, expected {n}")
    check(set(counts) <= set(EXPECTED_COUNTS), f"unexpected kinds {set(counts) - set(EXPECTED_COUNTS)}")

    # Transitive ancestors (the graph is acyclic, checked above; paths are at most 6 steps).
    # "X is inside Y" follows parents transitively, so a parent must wholly contain its child.
    memo = {}

    def ancestors(tid):
        if tid not in memo:
            acc = set()
            for p in rows[tid]["parents"]:
                acc.add(p)
                acc |= ancestors(p)
            memo[tid] = frozenset(acc)
        return memo[tid]

    members = defaultdict(set)  # EPCI id -> ids of its member communes
    for tid, r in rows.items():
        if r["kind"] != "fr:commune":
            continue
        own_dep = next(p for p in r["parents"] if rows[p]["kind"] == "fr:departement")
        own_reg = next(p for p in rows[own_dep]["parents"] if rows[p]["kind"] == "fr:region")
        anc = ancestors(tid)
        deps = {a for a in anc if rows[a]["kind"] == "fr:departement"}
        regs = {a for a in anc if rows[a]["kind"] == "fr:region"}
        check(deps == {own_dep}, f"{tid} is inside départements {sorted(deps)}, not only its own {own_dep}")
        check(regs == {own_reg}, f"{tid} is inside régions {sorted(regs)}, not only its own {own_reg}")
        for p in r["parents"]:
            if rows[p]["kind"] == "fr:epci":
                members[p].add(tid)
    epci_parent = Counter()
    for tid, r in rows.items():
        if r["kind"] != "fr:epci":
            continue
        check(members[tid], f"{tid}: no member commune")
        for p in r["parents"]:
            check(all(p in ancestors(m) for m in members[tid]), f"{tid}: parent {p} does not contain all its members")
        epci_parent[rows[next(iter(r["parents"]))]["kind"] if r["parents"] else "none"] += 1
    if fr_pinned:
        check(dict(epci_parent) == EXPECTED_EPCI_PARENTS,
              f"EPCI parents {dict(epci_parent)}, expected {EXPECTED_EPCI_PARENTS}")

    # spot checks
    n = rows.get("fr:commune:92050")
    check(n is not None and n["name"] == "Nanterre" and "fr:departement:92" in n["parents"],
          f"fr:commune:92050 is {n}")
    anc = ancestors("fr:commune:92050")
    for a in ("fr:departement:92", "fr:region:11", "fr:epci:200054781"):
        check(a in anc, f"fr:commune:92050 is not inside {a}: ancestors {sorted(anc)}")
    check("fr:departement:75" not in anc, f"fr:commune:92050 is inside fr:departement:75: ancestors {sorted(anc)}")
    check(rows["fr:epci:200054781"]["parents"] == {"fr:region:11"},
          f"fr:epci:200054781 parents {rows['fr:epci:200054781']['parents']}")
    d = rows.get("fr:departement:92")
    check(d is not None and "fr:region:11" in d["parents"], f"fr:departement:92 is {d}")
    check(rows.get("fr:region:11", {}).get("name") == "Île-de-France", "fr:region:11 is not Île-de-France")
    w = rows.get("pl:gmina:0264011")
    check(w is not None and w["name"] == "Wrocław" and w["parents"] == {"pl:powiat:0264"},
          f"pl:gmina:0264011 is {w}")
    check(rows["pl:powiat:0264"]["parents"] == {"pl:wojewodztwo:02", "eu:nuts:PL514"},
          f"pl:powiat:0264 parents {rows['pl:powiat:0264']['parents']}")
    check(rows["pl:wojewodztwo:02"]["name"] == "dolnośląskie", "pl:wojewodztwo:02 name")
    check(rows["eu:nuts:FR101"]["parents"] == {"eu:nuts:FR10"}, "eu:nuts:FR101 parents")
    check(rows["eu:nuts:FR1"]["parents"] == {"eu:nuts:FR"}, "eu:nuts:FR1 parents")
    return counts


# --------------------------------------------------------------------------- output


def render(t, header_comments):
    lines = [f"# {c}" for c in header_comments]
    lines.append("\t".join(("id", "kind", "code", "name", "population", "parents")))
    for tid in sorted(t.rows):
        r = t.rows[tid]
        pop = "" if r["population"] is None else str(r["population"])
        lines.append("\t".join((tid, r["kind"], r["code"], r["name"], pop, ",".join(sorted(r["parents"])))))
    return ("\n".join(lines) + "\n").encode("utf-8")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(REPO_ROOT.parent / "shared"),
                    help="shared folder holding data/pl and data/nuts (default: ../shared from the repository root)")
    ap.add_argument("--etalab", help="extracted @etalab/decoupage-administratif package (or its data/ folder); "
                                     "default: npm pack it into a temporary folder")
    ap.add_argument("--out", default=str(REPO_ROOT / "data" / "territories" / "territories.tsv"))
    args = ap.parse_args(argv)

    shared = shared_data_dir(args.shared)
    with tempfile.TemporaryDirectory(prefix="territories-") as tmp:
        data_dir = etalab_data_dir(args.etalab) if args.etalab else fetch_etalab(Path(tmp))
        version = etalab_version(data_dir)
        fr_pinned = version == ETALAB_VERSION
        if not fr_pinned:
            print(f"warning: {ETALAB_PACKAGE} version {version}, expected {ETALAB_VERSION}; "
                  f"French counts are not checked", file=sys.stderr)

        t = Territories()
        nuts3 = build_nuts(t, shared / "nuts")
        build_fr(t, data_dir, shared / "nuts", nuts3)
    terc_state = build_pl(t, shared / "pl", shared / "nuts", nuts3)
    validate(t, fr_pinned)

    cog = COG_YEAR.get(version, "vintage unknown")
    cog = f"COG {cog}" if version in COG_YEAR else cog
    comments = [
        "Passerelle reference territories: France, Poland and their EU NUTS 2024 units. "
        "Generated by scripts/territories/build.py; do not edit by hand (see data/territories/README.md).",
        f"source fr: {ETALAB_PACKAGE} {version} ({cog}); INSEE COG, DGCL EPCI, INSEE populations; Licence Ouverte 2.0",
        f"source pl: TERYT gminy {PL_GMINY_STATE}, TERC {terc_state} for powiaty/wojewodztwa; GUS TERYT public register",
        "source nuts: Eurostat NUTS 2024 (CC BY 4.0, \"Source: Eurostat, NUTS 2024 classification\"); "
        "links only departement->NUTS3 and powiat->NUTS3",
        "columns: id, kind, code, name, population (FR only; sums of current communes), "
        "parents (comma-separated direct parent ids)",
    ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = render(t, comments)
    tmp_out = out.with_suffix(out.suffix + ".tmp")
    tmp_out.write_bytes(data)
    tmp_out.replace(out)
    print(f"wrote {out} ({len(data)} bytes, {len(t.rows)} rows, sha256 {hashlib.sha256(data).hexdigest()})")


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        sys.exit(f"error: {e}")

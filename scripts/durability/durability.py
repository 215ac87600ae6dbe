#!/usr/bin/env python3
"""Durability of submissions (issue 4): SIGKILL the server during concurrent submissions.

A load client fires N concurrent `POST /api/v1/calls/{call}/applications/{id}/submit` at a demo
server (`passerelle demo`), kills the server with SIGKILL after a random number of receipts,
restarts it on the same data and checks that:

  * every submission whose receipt the client got is `submitted`, with the same reference,
    submission instant and SHA-256 as the receipt it was given, and its frozen content still
    hashes to that SHA-256 and holds the answers that were sent;
  * every submission cut off by the kill is either still a `draft` or fully `submitted` with a
    valid receipt (a commit whose answer was lost is fine, a half state is not);
  * no two applications share a reference; the demo data reloaded on restart is unchanged;
  * the remaining drafts submit after the restart (the server is healthy), and in the database
    submitted applications = references = SHA-256s = submit events = receipt mails queued = the
    call's receipt counter.

Standard library only. Exit status 0 when every check passes, 1 when one fails, 2 on a setup
problem (binary missing, database unreachable). See scripts/durability/README.md.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

CALL = "tiers-lieux-intermediation"
PASSWORD = "Durable-Test-2026-xyz"
ACCOUNTS = 4
# Tables the demo loader fills: a restart must find them exactly as they were.
DEMO_TABLES = (
    "territory",
    "tenant",
    "tenant_member",
    "programme",
    "scheme",
    "scheme_version",
    "call_form",
    "call_settings",
    "app_user",
    "organisation",
)
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
# RFC 3339 as the API writes it (jiff's Timestamp: UTC, `Z`, optional fraction).
RFC3339_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


class Failed(Exception):
    """A check failed: the platform broke a durability promise (exit 1)."""


class SetupError(Exception):
    """The test could not run (exit 2)."""


def log(msg: str) -> None:
    print(msg, flush=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --------------------------------------------------------------------------------------------
# HTTP client: http.client, one connection per request, cookies kept by hand (the session
# cookie is all that matters and it does not change between requests once signed in).


class Client:
    def __init__(self, port: int, timeout: float = 60.0):
        self.port = port
        self.timeout = timeout
        self.cookies: dict[str, str] = {}
        self.lock = threading.Lock()

    def request(self, method: str, path: str, *, json_body=None, form=None):
        """Returns (status, body bytes). Network errors propagate."""
        headers = {"Accept": "application/json", "Accept-Language": "fr"}
        body = None
        if json_body is not None:
            body = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif form is not None:
            body = urllib.parse.urlencode(form).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif method in ("POST", "PATCH", "PUT"):
            body = b""
        with self.lock:
            if self.cookies:
                headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            with self.lock:
                for c in resp.headers.get_all("Set-Cookie") or []:
                    name, _, rest = c.partition("=")
                    value = rest.split(";", 1)[0]
                    self.cookies[name.strip()] = value
            return resp.status, data
        finally:
            conn.close()

    def json(self, method: str, path: str, body=None, expect=(200,)):
        status, data = self.request(method, path, json_body=body)
        if status not in expect:
            raise Failed(f"{method} {path}: HTTP {status}: {data[:600].decode(errors='replace')}")
        return json.loads(data) if data else None

    def sign_in(self, email: str) -> None:
        status, page = self.request("GET", "/login")
        m = re.search(rb'name="_csrf" value="([^"]+)"', page)
        if status != 200 or not m:
            raise Failed(f"GET /login: HTTP {status}, no CSRF token")
        form = {"_csrf": m.group(1).decode(), "email": email, "password": PASSWORD, "next": "/"}
        status, page = self.request("POST", "/login", form=form)
        if status != 303:
            raise Failed(f"sign-in of {email}: HTTP {status} (expected 303): {page[:300]!r}")


# --------------------------------------------------------------------------------------------
# Databases.


class Database:
    """The engine under test: the URL the server uses, plus read-only SQL for the checks."""

    engine = ""
    url = ""

    def create(self) -> None: ...

    def drop(self) -> None: ...

    def rows(self, sql: str) -> list[tuple[str, ...]]:
        raise NotImplementedError


class Sqlite(Database):
    engine = "sqlite"

    def __init__(self, data_dir: str):
        self.path = os.path.join(data_dir, "passerelle.db")
        self.url = f"sqlite://{self.path}"

    def rows(self, sql: str) -> list[tuple[str, ...]]:
        # Only ever read while the server runs (WAL: readers do not block it); never between
        # the kill and the restart, so recovery of the WAL is the server's own.
        con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
        try:
            return [
                tuple("" if v is None else str(v) for v in r) for r in con.execute(sql).fetchall()
            ]
        finally:
            con.close()


class Postgres(Database):
    engine = "postgres"

    def __init__(self, admin_url: str):
        if not shutil.which("psql"):
            raise SetupError("psql not found (apt-get install postgresql-client)")
        self.admin_url = admin_url
        # Not from the seed: two runs with the same seed must not share a database.
        self.name = f"durability_{os.urandom(6).hex()}"
        u = urllib.parse.urlsplit(admin_url)
        self.url = urllib.parse.urlunsplit((u.scheme, u.netloc, "/" + self.name, u.query, ""))
        self.created = False

    def _psql(self, url: str, sql: str) -> str:
        cmd = ["psql", "-X", "-q", "-A", "-t", "-F", "\x1f", "-v", "ON_ERROR_STOP=1", "-d", url,
               "-c", sql]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if r.returncode != 0:
            raise SetupError(f"psql failed ({sql[:80]}…): {r.stderr.strip()}")
        return r.stdout

    def create(self) -> None:
        self._psql(self.admin_url, f'CREATE DATABASE "{self.name}"')
        self.created = True

    def drop(self) -> None:
        if self.created:
            self._psql(self.admin_url, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            self.created = False

    def rows(self, sql: str) -> list[tuple[str, ...]]:
        out = self._psql(self.url, sql)
        return [tuple(line.split("\x1f")) for line in out.splitlines() if line != ""]


# --------------------------------------------------------------------------------------------
# The server.


class Server:
    def __init__(self, binary: str, data_dir: str, db: Database):
        self.binary = binary
        self.data_dir = data_dir
        self.db = db
        self.proc: subprocess.Popen | None = None
        self.logs: list[str] = []
        self.port = 0

    def env(self) -> dict[str, str]:
        # Only what we set: a PASSERELLE_* setting of the caller's shell must not leak in.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PASSERELLE_")}
        env.setdefault("RUST_LOG", "info")
        env["NO_COLOR"] = "1"  # plain server logs, for the tail printed on failure
        return env

    def start(self) -> None:
        self.port = free_port()
        logfile = os.path.join(self.data_dir, f"server-{len(self.logs) + 1}.log")
        self.logs.append(logfile)
        cmd = [self.binary, "demo", "--bind", f"127.0.0.1:{self.port}", "--data-dir",
               self.data_dir]
        if self.db.engine == "postgres":
            cmd += ["--database-url", self.db.url]
        with open(logfile, "wb") as out:
            # The binary itself, not a shell: its pid is the server's, which SIGKILL must hit.
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, cwd=self.data_dir,
                                         env=self.env())
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise Failed(f"the server exited with status {self.proc.returncode} on start")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    conn.close()
                    return
                conn.close()
            except OSError:
                pass
            time.sleep(0.1)
        raise Failed("the server did not answer /healthz within 180 s")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def create_user(self, email: str, name: str) -> None:
        env = self.env()
        env.update(
            PASSERELLE_DATABASE_URL=self.db.url,
            PASSERELLE_DATA_DIR=self.data_dir,
            PASSERELLE_NEW_PASSWORD=PASSWORD,
        )
        r = subprocess.run([self.binary, "user", "create", "--email", email, "--name", name],
                           capture_output=True, text=True, cwd=self.data_dir, env=env,
                           timeout=120)
        if r.returncode != 0:
            raise Failed(f"passerelle user create {email}: {r.stdout}{r.stderr}".strip())

    def tail(self, lines: int = 40) -> str:
        out = []
        for path in self.logs:
            try:
                with open(path, errors="replace") as f:
                    content = f.read().splitlines()
            except OSError:
                continue
            out.append(f"--- {os.path.basename(path)} (last {lines} lines)")
            out.extend(content[-lines:])
        return "\n".join(out)

    def panics(self) -> list[str]:
        found = []
        for path in self.logs:
            try:
                with open(path, errors="replace") as f:
                    found += [line for line in f if "panic" in line.lower()]
            except OSError:
                pass
        return found


# --------------------------------------------------------------------------------------------
# What an application contains.


def answers_for(n: int) -> dict[str, dict]:
    """A complete, eligible application (its content depends on n, so each one hashes apart)."""
    works = 3_000_000 + n * 100  # cents
    equipment = 1_250_000 + n
    total = works + equipment
    requested = total * 40 // 100
    region = total * 30 // 100
    own = total - requested - region
    return {
        "place": {
            "name": f"Tiers-lieu de l’Agenais n°{n}",
            "address": f"{n} boulevard de la République, 47000 Agen",
            "services": ["coworking", "fab-lab", "digital-mediation"],
            "description": f"Un lieu partagé (dossier {n}) : coworking, fabrication numérique, "
            "médiation pour tous les âges.",
        },
        "animation": {
            "animation_commitment": True,
            "animation_programme": "Ateliers hebdomadaires, permanences numériques, "
            f"cafés-rencontres (programme {n}).",
            "animation_staff": 2,
        },
        "funding": {
            "expenses": [
                {"phase": "", "year": 2026, "category": "works", "label": "Aménagement",
                 "amount_minor": works, "eligible": True},
                {"phase": "", "year": 2026, "category": "equipment", "label": "Mobilier",
                 "amount_minor": equipment, "eligible": True},
            ],
            "requested": {"amount_minor": requested},
            "cofunding": [
                {"funder": "Région Nouvelle-Aquitaine", "kind": "public", "funder_kind": "region",
                 "amount_minor": region, "status": "requested"},
                {"funder": "Fonds propres", "kind": "private", "amount_minor": own,
                 "status": "obtained"},
            ],
            "honour": True,
        },
    }


class App:
    def __init__(self, n: int, account: int, org_id: str, app_id: str, answers: dict):
        self.n = n
        self.account = account
        self.org_id = org_id
        self.id = app_id
        self.answers = answers
        self.receipt: dict | None = None  # the receipt the client got during the load run
        self.outcome = ""  # "ack", "cut" (network error) or "http <status>"
        self.detail = ""
        self.after: dict | None = None  # receipt of the submission after the restart
        self.cut_at = 0.0  # when the client saw the connection fail

    def path(self, suffix: str = "") -> str:
        return f"/api/v1/calls/{CALL}/applications/{self.id}{suffix}"


def flat(answers: dict[str, dict]) -> dict:
    out: dict = {}
    for section in answers.values():
        out.update(section)
    return out


def check_receipt_shape(r: dict, what: str) -> None:
    for key in ("reference", "submitted_at", "submitted_at_local", "zone", "sha256"):
        if not isinstance(r.get(key), str) or not r[key]:
            raise Failed(f"{what}: receipt without {key}: {r}")
    if not SHA256_RE.match(r["sha256"]):
        raise Failed(f"{what}: receipt SHA-256 is not 64 hex digits: {r['sha256']!r}")
    if not RFC3339_RE.match(r["submitted_at"]):
        raise Failed(f"{what}: receipt instant is not RFC 3339: {r['submitted_at']!r}")


RECEIPT_KEYS = ("reference", "submitted_at", "sha256", "zone")


# --------------------------------------------------------------------------------------------
# One attempt: fresh data, setup, load run with SIGKILL, restart, checks.


class Attempt:
    def __init__(self, args, db: Database, data_dir: str, kill_after: int, jitter: float):
        self.args = args
        self.db = db
        self.data_dir = data_dir
        self.kill_after = kill_after
        self.jitter = jitter  # seconds between receipt #kill_after and the SIGKILL
        self.timer: threading.Timer | None = None
        self.server = Server(args.bin, data_dir, db)
        self.clients: list[Client] = []
        self.apps: list[App] = []
        self.probe: App | None = None
        self.lock = threading.Lock()
        self.acked = 0
        self.killed_at: float | None = None
        self.acked_at_kill = 0
        self.summary = ""

    def emails(self) -> list[str]:
        return [f"durability-{i}@durability.passerelle.test" for i in range(ACCOUNTS)]

    def sign_in_all(self) -> None:
        def sign_in(email: str) -> Client:
            c = Client(self.server.port)
            c.sign_in(email)
            return c

        with self.pool(ACCOUNTS) as ex:
            self.clients = list(ex.map(sign_in, self.emails()))

    def pool(self, workers: int):
        return concurrent.futures.ThreadPoolExecutor(max_workers=workers)

    # -- setup ---------------------------------------------------------------------------

    def new_app(self, n: int, account: int) -> App:
        c = self.clients[account]
        org = c.json("POST", "/api/v1/organisations", {
            "legal_name": f"Association durabilité {n}",
            "country": "FR",
            "legal_form": "9220",
            "commune_id": "fr:commune:47001",
        }, expect=(201,))
        app = c.json("POST", f"/api/v1/calls/{CALL}/applications",
                     {"organisation_id": org["id"]}, expect=(201,))
        a = App(n, account, org["id"], app["id"], answers_for(n))
        saved = c.json("PATCH", a.path(), {"sections": {
            sid: {"version": 0, "answers": ans} for sid, ans in a.answers.items()
        }})
        if saved["state"] != "draft":
            raise Failed(f"application {a.id} is {saved['state']} after saving, not draft")
        return a

    def setup(self) -> None:
        t0 = time.monotonic()
        self.db.create()
        self.server.start()
        t_started = time.monotonic()
        with self.pool(ACCOUNTS) as ex:
            for f in [ex.submit(self.server.create_user, email, f"Durabilité {i}")
                      for i, email in enumerate(self.emails())]:
                f.result()
        self.sign_in_all()
        t_accounts = time.monotonic()
        n = self.args.submissions
        with self.pool(12) as ex:
            futs = [ex.submit(self.new_app, i, i % ACCOUNTS) for i in range(n + 1)]
            apps = [f.result() for f in futs]
        t_drafts = time.monotonic()
        self.probe, self.apps = apps[n], apps[:n]
        # One submission end to end before the load: the drafts are complete and eligible.
        c = self.clients[self.probe.account]
        status, data = c.request("POST", self.probe.path("/submit"))
        if status != 200:
            raise Failed(f"the probe submission failed: HTTP {status}: {data[:800].decode()}")
        r = json.loads(data)
        check_receipt_shape(r, "probe")
        again = c.json("GET", self.probe.path("/receipt"))
        if any(again[k] != r[k] for k in RECEIPT_KEYS):
            raise Failed(f"probe: receipt read back differs: {r} then {again}")
        self.probe.receipt, self.probe.outcome = r, "ack"
        log(f"    setup: server up in {t_started - t0:.1f} s; {ACCOUNTS} accounts created and "
            f"signed in in {t_accounts - t_started:.1f} s; {n + 1} organisations and complete "
            f"drafts in {t_drafts - t_accounts:.1f} s; probe submission {r['reference']} ok")

    # -- the load run --------------------------------------------------------------------

    def submit_one(self, a: App) -> None:
        c = self.clients[a.account]
        try:
            status, data = c.request("POST", a.path("/submit"))
        except (OSError, http.client.HTTPException) as e:
            a.outcome, a.detail = "cut", f"{type(e).__name__}: {e}"
            a.cut_at = time.monotonic()
            return
        if status != 200:
            a.outcome, a.detail = f"http {status}", data[:800].decode(errors="replace")
            return
        try:
            r = json.loads(data)
            check_receipt_shape(r, f"application {a.id}")
        except (ValueError, Failed) as e:
            a.outcome, a.detail = "bad receipt", f"{e}: {data[:300]!r}"
            return
        a.receipt, a.outcome = r, "ack"
        with self.lock:
            self.acked += 1
            if self.timer is None and self.acked >= self.kill_after:
                # A few milliseconds later, so the kill falls anywhere in the handling of the
                # submissions in flight (inside a transaction, in its commit, after it).
                self.timer = threading.Timer(self.jitter, self.kill)
                self.timer.start()

    def kill(self) -> None:
        with self.lock:
            if self.killed_at is None:
                self.killed_at = time.monotonic()
                self.server.kill()
                self.acked_at_kill = self.acked

    def load(self) -> None:
        t0 = time.monotonic()
        order = list(self.apps)
        random.Random(self.kill_after).shuffle(order)
        with self.pool(self.args.workers) as ex:
            list(ex.map(self.submit_one, order))
        if self.timer is not None:
            self.timer.join()
        # Fewer receipts than the kill point means something failed: stop anyway and report.
        self.kill()
        rc = self.server.proc.wait()
        if rc != -signal.SIGKILL:
            raise Failed(f"the server ended with status {rc}, not by SIGKILL")
        acks = sum(a.outcome == "ack" for a in self.apps)
        cut = sum(a.outcome == "cut" for a in self.apps)
        log(f"    load: {len(self.apps)} concurrent submissions on {self.args.workers} threads, "
            f"SIGKILL {self.jitter * 1000:.1f} ms after receipt #{self.kill_after} "
            f"(at {self.killed_at - t0:.2f} s, {self.acked_at_kill} receipts by then); "
            f"{acks} receipts in all, {cut} cut off")
        # A connection that failed before the kill was dropped by a live server: a bug too.
        bad = [a for a in self.apps if a.outcome not in ("ack", "cut")
               or (a.outcome == "cut" and a.cut_at < self.killed_at)]
        if bad:
            lines = "\n".join(f"      {a.id}: {a.outcome}: {a.detail}" for a in bad[:10])
            raise Failed(f"{len(bad)} submissions got an error answer under load, or lost their "
                         f"connection before the kill (every draft was complete and eligible):"
                         f"\n{lines}")

    # -- after the restart ---------------------------------------------------------------

    def read(self, a: App) -> tuple[dict, dict | None, int]:
        c = self.clients[a.account]
        app = c.json("GET", a.path())
        status, data = c.request("GET", a.path("/receipt"))
        receipt = json.loads(data) if status == 200 else None
        return app, receipt, status

    def check_one(self, a: App, app: dict, receipt: dict | None, rstatus: int) -> None:
        """Checks one application read after the restart."""
        what = f"application {a.id} (n={a.n}, {a.outcome})"
        state = app["state"]
        for sid, ans in a.answers.items():
            got = app["sections"].get(sid, {}).get("answers")
            if got != ans:
                raise Failed(f"{what}: section {sid} differs after restart: {got} != {ans}")
        if a.outcome == "ack":
            if state != "submitted":
                raise Failed(f"{what}: acknowledged with receipt {a.receipt['reference']}, "
                             f"but state is {state!r} after restart")
            if receipt is None:
                raise Failed(f"{what}: acknowledged, but GET receipt answers HTTP {rstatus}")
            for k in RECEIPT_KEYS:
                if receipt[k] != a.receipt[k]:
                    raise Failed(f"{what}: receipt {k} was {a.receipt[k]!r}, "
                                 f"after restart {receipt[k]!r}")
        elif state == "submitted":
            if receipt is None:
                raise Failed(f"{what}: submitted without a receipt (HTTP {rstatus})")
            check_receipt_shape(receipt, what)
        elif state == "draft":
            if rstatus != 409 or app.get("reference") or app.get("sha256") \
                    or app.get("submitted_at"):
                raise Failed(f"{what}: a draft with traces of a submission: receipt HTTP "
                             f"{rstatus}, reference {app.get('reference')!r}, "
                             f"sha256 {app.get('sha256')!r}")
        else:
            raise Failed(f"{what}: state {state!r} after restart (expected draft or submitted)")
        if state == "submitted":
            if app.get("reference") != receipt["reference"] or app.get("sha256") != receipt[
                    "sha256"] or app.get("submitted_at") != receipt["submitted_at"]:
                raise Failed(f"{what}: the application ({app.get('reference')}, "
                             f"{app.get('sha256')}, {app.get('submitted_at')}) and its receipt "
                             f"({receipt}) disagree")

    def read_all(self) -> dict[str, tuple[dict, dict | None, int]]:
        everyone = self.apps + [self.probe]
        with self.pool(12) as ex:
            return dict(zip((a.id for a in everyone), ex.map(self.read, everyone)))

    def unique_references(self, seen: dict[str, tuple[dict, dict | None, int]]) -> None:
        refs: dict[str, str] = {}
        for app_id, (app, _, _) in seen.items():
            ref = app.get("reference")
            if ref is None:
                continue
            if ref in refs:
                raise Failed(f"reference {ref} given to two applications: {refs[ref]} and {app_id}")
            refs[ref] = app_id

    def snapshot(self) -> dict[str, str]:
        sql = " UNION ALL ".join(f"SELECT '{t}', COUNT(*) FROM {t}" for t in DEMO_TABLES)
        return dict(self.db.rows(sql))

    def db_checks(self) -> None:
        """Submitted = references = hashes = submit events = receipt mails = counter."""
        rows = self.db.rows(
            "SELECT a.id, a.state, COALESCE(a.reference, ''), COALESCE(a.frozen_sha256, ''), "
            "COALESCE(a.frozen, ''), "
            "(SELECT COUNT(*) FROM application_event e WHERE e.application_id = a.id "
            "AND e.action = 'submit'), "
            "(SELECT COUNT(*) FROM mail_queue m WHERE m.attach LIKE 'receipt:' || a.id || ':%') "
            "FROM application a JOIN scheme s ON s.id = a.scheme_id "
            f"WHERE s.slug = '{CALL}'")
        counter = self.db.rows(
            "SELECT c.last FROM submission_counter c JOIN scheme s ON s.id = c.scheme_id "
            f"WHERE s.slug = '{CALL}'")
        by_id = {a.id: a for a in self.apps + [self.probe]}
        if len(rows) != len(by_id) or any(r[0] not in by_id for r in rows):
            raise Failed(f"the database holds {len(rows)} applications on {CALL}, "
                         f"expected the {len(by_id)} of this run")
        for app_id, state, ref, sha, frozen, events, mails in rows:
            a = by_id[app_id]
            what = f"application {app_id} (n={a.n}) in the database"
            if state != "submitted" or not ref or not sha:
                raise Failed(f"{what}: state {state!r}, reference {ref!r}, sha256 {sha!r}")
            if hashlib.sha256(frozen.encode()).hexdigest() != sha:
                raise Failed(f"{what}: the frozen content does not hash to its SHA-256 {sha}")
            doc = json.loads(frozen)
            if doc.get("reference") != ref:
                raise Failed(f"{what}: frozen content names reference {doc.get('reference')!r}, "
                             f"not {ref!r}")
            if doc.get("answers") != flat(a.answers):
                raise Failed(f"{what}: frozen answers differ from those sent: "
                             f"{doc.get('answers')}")
            if events != "1":
                raise Failed(f"{what}: {events} submit events in the audit trail, expected 1")
            if mails == "0":
                raise Failed(f"{what}: submitted but no receipt mail queued")
        if counter != [(str(len(rows)),)]:
            raise Failed(f"the call's receipt counter is {counter}, expected {len(rows)} "
                         "(one number per committed submission)")

    def run(self) -> str:
        """Returns "ok", or "retry" when the kill missed the window."""
        t0 = time.monotonic()
        self.setup()
        before = self.snapshot()
        self.load()
        acked = [a for a in self.apps if a.outcome == "ack"]
        if not acked or len(acked) == len(self.apps):
            log(f"    {len(acked)} of {len(self.apps)} acknowledged before the kill: "
                "nothing tested, another kill moment")
            return "retry"

        t1 = time.monotonic()
        self.server.start()
        log(f"    restart on the same data: /healthz answers after {time.monotonic() - t1:.1f} s")
        after = self.snapshot()
        if after != before:
            diff = {k: (before.get(k), after.get(k)) for k in DEMO_TABLES
                    if before.get(k) != after.get(k)}
            raise Failed(f"restarting the demo changed its data (rows before, after): {diff}")
        self.sign_in_all()
        seen = self.read_all()
        self.unique_references(seen)
        for a in self.apps + [self.probe]:
            self.check_one(a, *seen[a.id])
        committed_unacked = sum(1 for a in self.apps
                                if a.outcome != "ack" and seen[a.id][0]["state"] == "submitted")
        drafts = [a for a in self.apps if seen[a.id][0]["state"] == "draft"]
        log(f"    after restart: {len(acked)}/{len(acked)} acknowledged intact; of "
            f"{len(self.apps) - len(acked)} cut off, {committed_unacked} committed without "
            f"an answer, {len(drafts)} still drafts")

        # The server is healthy: the remaining drafts submit.
        def finish(a: App) -> None:
            c = self.clients[a.account]
            status, data = c.request("POST", a.path("/submit"))
            if status != 200:
                raise Failed(f"application {a.id}: submission after restart: HTTP {status}: "
                             f"{data[:600].decode(errors='replace')}")
            a.after = json.loads(data)
            check_receipt_shape(a.after, f"application {a.id} after restart")

        with self.pool(self.args.workers) as ex:
            for f in [ex.submit(finish, a) for a in drafts]:
                f.result()
        seen = self.read_all()
        self.unique_references(seen)
        for a in self.apps + [self.probe]:
            app, receipt, status = seen[a.id]
            if app["state"] != "submitted" or receipt is None:
                raise Failed(f"application {a.id}: {app['state']} at the end (receipt HTTP "
                             f"{status})")
            expected = a.receipt if a.outcome == "ack" else a.after
            if expected and any(receipt[k] != expected[k] for k in RECEIPT_KEYS):
                raise Failed(f"application {a.id}: receipt {receipt} differs from the one "
                             f"given {expected}")
        self.db_checks()
        panics = self.server.panics()
        if panics:
            raise Failed("the server log reports panics:\n" + "".join(panics[:10]))
        self.summary = (
            f"durability {self.db.engine}: {len(self.apps)} submissions, {len(acked)} "
            f"acknowledged before SIGKILL, {len(acked)}/{len(acked)} intact after restart, "
            f"{len(drafts)} completed after restart ({committed_unacked} committed without an "
            f"answer; SIGKILL {self.jitter * 1000:.1f} ms after receipt #{self.kill_after}; "
            f"{time.monotonic() - t0:.1f} s)")
        return "ok"


# --------------------------------------------------------------------------------------------


def main() -> int:
    p = argparse.ArgumentParser(
        description="Durability test of submissions: concurrent submissions, SIGKILL of the "
        "server at a random moment, restart, and every acknowledged receipt checked intact.",
        epilog="Example: python3 scripts/durability/durability.py --bin target/debug/passerelle "
        "--engine postgres --pg-url postgres://postgres@127.0.0.1:5432/postgres")
    p.add_argument("--bin", required=True, help="the passerelle binary (e.g. target/debug/passerelle)")
    p.add_argument("--engine", choices=("sqlite", "postgres"), default="sqlite",
                   help="database engine (default: sqlite)")
    p.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/postgres",
                   help="PostgreSQL server on which a fresh database durability_<random> is "
                   "created and dropped at the end (default: %(default)s)")
    p.add_argument("--submissions", type=int, default=200, help="concurrent submissions (default: 200)")
    p.add_argument("--workers", type=int, default=64,
                   help="client threads submitting at once (default: 64)")
    p.add_argument("--seed", type=int, help="seed of the kill moments (default: random; printed)")
    p.add_argument("--tries", type=int, default=3,
                   help="kill moments tried when one acknowledges none or all (default: 3)")
    p.add_argument("--keep", action="store_true",
                   help="keep the data folder (and the PostgreSQL database) for inspection")
    args = p.parse_args()
    # A SIGTERM (CI timeout, kill) unwinds like an exception: the server is stopped and the
    # temporary data removed by the `finally` below.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.submissions < 20:
        p.error("--submissions must be at least 20")
    args.bin = os.path.abspath(args.bin)
    if not os.access(args.bin, os.X_OK):
        print(f"durability: {args.bin} is not an executable (cargo build -p passerelle-cli)",
              file=sys.stderr)
        return 2
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**9)
    rng = random.Random(seed)
    log(f"=== durability {args.engine}: seed {seed} (rerun with --seed {seed})")
    t_start = time.monotonic()
    for attempt in range(1, args.tries + 1):
        # Kill after 10..150 receipts of 200 (scaled to --submissions): some in, some cut off.
        lo = max(1, args.submissions // 20)
        hi = max(lo, args.submissions * 3 // 4)
        kill_after = rng.randint(lo, hi)
        jitter = rng.uniform(0, 0.02)
        data_dir = tempfile.mkdtemp(prefix=f"durability-{args.engine}-")
        try:
            db: Database = Sqlite(data_dir) if args.engine == "sqlite" else Postgres(args.pg_url)
        except SetupError as e:
            print(f"durability: {e}", file=sys.stderr)
            shutil.rmtree(data_dir, ignore_errors=True)
            return 2
        log(f"--- try {attempt}/{args.tries}: SIGKILL {jitter * 1000:.1f} ms after receipt "
            f"#{kill_after}; data in {data_dir}"
            + (f", database {db.name}" if isinstance(db, Postgres) else ""))
        run = Attempt(args, db, data_dir, kill_after, jitter)
        ok = False
        try:
            outcome = run.run()
            ok = True
        except Failed as e:
            print(f"FAILED durability {args.engine} (seed {seed}, try {attempt}): {e}",
                  file=sys.stderr)
            print(run.server.tail(), file=sys.stderr)
            return 1
        except SetupError as e:
            print(f"durability: {e}", file=sys.stderr)
            return 2
        except BaseException:
            print(run.server.tail(), file=sys.stderr)
            raise
        finally:
            run.server.stop()
            if args.keep:
                print(f"    kept: {data_dir}" + (f" and database {db.url}"
                      if isinstance(db, Postgres) else ""), file=sys.stdout if ok else sys.stderr)
            else:
                try:
                    db.drop()
                except SetupError as e:
                    print(f"durability: {e}", file=sys.stderr)
                shutil.rmtree(data_dir, ignore_errors=True)
        if outcome == "ok":
            log(run.summary)
            return 0
    print(f"FAILED durability {args.engine} (seed {seed}): {args.tries} kill moments, none fell "
          f"while submissions were in flight ({time.monotonic() - t_start:.0f} s)",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())

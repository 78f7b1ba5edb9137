"""Benchmark of the public register's search, served by gunicorn, on SQLite and on PostgreSQL.

For each database: a fresh database with the demo data and 10,000 generated services
(``rsqm demo --scale 10000``), gunicorn on 127.0.0.1 (as ``rsqm serve`` runs it), then

1. what each query of ``QUERIES`` finds (the result count the page shows);
2. latency, one user: every query in turn, ``--rounds`` times, p50 and p95 per kind of query;
3. throughput with ``--clients`` concurrent clients for ``--seconds`` seconds: the search queries
   in turn, then the same page with no search (the floor), in the same run.

Only 127.0.0.1 is loaded, for a bounded time. Results go to ``bench/register/out/`` as JSON and
are printed as a table. Run from the repository's root::

    .venv/bin/python bench/register/run.py                 # both databases
    .venv/bin/python bench/register/run.py --db sqlite --seconds 10

PostgreSQL: ``--pg-url`` (default ``postgres://postgres@127.0.0.1:5432/helper_register``); the
database of that name is dropped and made again.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "out"
PYTHON = sys.executable

#: (kind, query parameters). Names and places of the seed's holders and of generated services,
#: typing mistakes, the field's short forms, one-word queries that match thousands, filters.
QUERIES: list[tuple[str, dict]] = [
    ("name", {"q": "Leeds Youth Offending Service"}),
    ("name", {"q": "Why me?"}),
    ("name", {"q": "Police & Crime"}),
    ("name", {"q": "HMP Durham - Offender"}),
    ("name", {"q": "Restorative Solutions"}),
    ("name", {"q": "Remedi"}),
    ("place", {"q": "Manchester"}),
    ("place", {"q": "Cardiff"}),
    ("place", {"q": "Lincolnshire"}),
    ("place", {"q": "Ashford"}),
    ("place", {"q": "Fenwick"}),
    ("place", {"q": "Thornmouth"}),
    ("typo", {"q": "Manchster"}),
    ("typo", {"q": "Lincon"}),
    ("typo", {"q": "Sunderlnad"}),
    ("typo", {"q": "mediaton"}),
    ("typo", {"q": "Thornmouht"}),
    ("abbreviation", {"q": "YOS"}),
    ("abbreviation", {"q": "RJ"}),
    ("abbreviation", {"q": "YOT Gateshead"}),
    ("abbreviation", {"q": "PCC Cheshire"}),
    ("abbreviation", {"q": "CRC London"}),
    ("thousands", {"q": "restorative"}),
    ("thousands", {"q": "service"}),
    ("thousands", {"q": "youth"}),
    ("thousands", {"q": "mediation"}),
    ("thousands", {"q": "justice"}),
    ("filtered", {"q": "youth", "region": "north-west"}),
    ("filtered", {"q": "restorative", "sector": "community", "sort": "renewal"}),
    ("filtered", {"q": "restorative", "page": "7"}),
    ("nothing", {"q": "Zanzibar"}),
]
FLOOR: dict = {}  # the same page with no search


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rsqm(env: dict, *args: str, timeout: int = 900) -> str:
    result = subprocess.run([PYTHON, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT, capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(db: str, pg_url: str, scale: int) -> tuple[dict, Path]:
    var = Path(tempfile.mkdtemp(prefix=f"bench-register-{db}-"))
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}}
    env.update({"RSQM_VAR_DIR": str(var), "RSQM_MODE": "demo", "DATABASE_CONN_MAX_AGE": "60", "LOG_LEVEL": "WARNING"})
    if db == "postgres":
        env["DATABASE_URL"] = pg_url
        name = urllib.parse.urlparse(pg_url).path.lstrip("/")
        admin = pg_url.rsplit("/", 1)[0] + "/postgres"
        for sql in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
            subprocess.run(["psql", admin, "-q", "-c", sql], check=True, capture_output=True)
    started = time.time()
    rsqm(env, "migrate", "--noinput")
    rsqm(env, "createcachetable")
    rsqm(env, "demo", "--quiet", "--scale", str(scale))
    if db == "postgres":
        subprocess.run(["psql", pg_url, "-q", "-c", "VACUUM ANALYZE"], check=True, capture_output=True)
    print(f"[{db}] data ready in {time.time() - started:.0f}s", flush=True)
    return env, var


class Server:
    def __init__(self, env: dict, workers: int):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = [PYTHON, "-m", "gunicorn", "rsqm.wsgi", "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers),
                "--no-control-socket"]
        self.log = open(Path(env["RSQM_VAR_DIR"]) / "gunicorn.log", "w")
        self.process = subprocess.Popen(args, env=env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2):
                    break
            except OSError:
                if time.time() > deadline or self.process.poll() is not None:
                    raise SystemExit("gunicorn did not start") from None
                time.sleep(0.3)

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def path_of(params: dict) -> str:
    return "/register/" + ("?" + urllib.parse.urlencode(params) if params else "")


def fetch(base: str, path: str) -> tuple[float, bytes]:
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=30) as response:
        body = response.read()
        assert response.status == 200, (path, response.status)
    return time.perf_counter() - started, body


def found(body: bytes) -> str:
    match = re.search(rb'id="result-count">(.*?)</p>', body, re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", match.group(1).decode())).split()) if match else "?"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def single_user(base: str, rounds: int) -> dict:
    timings: dict[str, list[float]] = {}
    for _ in range(rounds):
        for kind, params in [*QUERIES, ("floor", FLOOR)]:
            elapsed, _ = fetch(base, path_of(params))
            timings.setdefault(kind, []).append(elapsed * 1000)
            timings.setdefault("all searches" if kind != "floor" else "floor (all)", []).append(elapsed * 1000)
    return {kind: {"n": len(v), "p50_ms": round(statistics.median(v), 1), "p95_ms": round(percentile(v, 95), 1),
                   "max_ms": round(max(v), 1)} for kind, v in timings.items()}


def throughput(base: str, paths: list[str], clients: int, seconds: float) -> dict:
    done = [0] * clients
    errors = [0] * clients
    latencies: list[list[float]] = [[] for _ in range(clients)]
    stop = time.perf_counter() + seconds

    def client(i: int):
        n = i
        while time.perf_counter() < stop:
            try:
                elapsed, _ = fetch(base, paths[n % len(paths)])
                latencies[i].append(elapsed * 1000)
                done[i] += 1
            except Exception:  # noqa: BLE001 - counted, reported
                errors[i] += 1
            n += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    every = [x for per in latencies for x in per]
    return {"requests": sum(done), "errors": sum(errors), "seconds": round(wall, 1),
            "per_second": round(sum(done) / wall, 1), "p50_ms": round(statistics.median(every), 1),
            "p95_ms": round(percentile(every, 95), 1)}


def run(db: str, args) -> dict:
    env, var = prepare(db, args.pg_url, args.scale)
    server = Server(env, args.workers)
    try:
        for _ in range(2):  # warm every worker's caches and connections
            for _, params in [*QUERIES, ("floor", FLOOR)]:
                fetch(server.url, path_of(params))
        answers = [{"kind": kind, "params": params, "found": found(fetch(server.url, path_of(params))[1])}
                   for kind, params in [*QUERIES, ("floor", FLOOR)]]
        latency = single_user(server.url, args.rounds)
        search_paths = [path_of(params) for _, params in QUERIES]
        search_rate = throughput(server.url, search_paths, args.clients, args.seconds)
        floor_rate = throughput(server.url, [path_of(FLOOR)], args.clients, args.seconds)
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(var, ignore_errors=True)
    return {"database": db, "services": args.scale, "gunicorn_workers": args.workers, "clients": args.clients,
            "found": answers, "single_user": latency, "throughput": {"search": search_rate, "floor": floor_rate},
            "search_share_of_floor": round(search_rate["per_second"] / floor_rate["per_second"], 2)}


def report(result: dict) -> str:
    lines = [f"## {result['database']}: {result['services']} generated services, gunicorn {result['gunicorn_workers']} "
             f"workers", "", "| Kind | p50 ms | p95 ms | max ms | n |", "|---|---|---|---|---|"]
    for kind, row in result["single_user"].items():
        lines.append(f"| {kind} | {row['p50_ms']} | {row['p95_ms']} | {row['max_ms']} | {row['n']} |")
    s, f = result["throughput"]["search"], result["throughput"]["floor"]
    lines += ["", f"| {result['clients']} clients | requests/s | p50 ms | p95 ms | requests | errors |",
              "|---|---|---|---|---|---|",
              f"| search | {s['per_second']} | {s['p50_ms']} | {s['p95_ms']} | {s['requests']} | {s['errors']} |",
              f"| floor (no search) | {f['per_second']} | {f['p50_ms']} | {f['p95_ms']} | {f['requests']} | "
              f"{f['errors']} |", "", f"Search throughput is {result['search_share_of_floor']:.0%} of the floor's.", "",
              "| Query | Found |", "|---|---|"]
    for answer in result["found"]:
        lines.append(f"| `{urllib.parse.urlencode(answer['params']) or '(no search)'}` ({answer['kind']}) | "
                     f"{answer['found']} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--pg-url", default="postgres://postgres@127.0.0.1:5432/helper_register")
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (rsqm serve's default: 2)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the temporary var folder")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    for db in (["sqlite", "postgres"] if args.db == "both" else [args.db]):
        result = run(db, args)
        (OUT / f"{db}.json").write_text(json.dumps(result, indent=1))
        text = report(result)
        (OUT / f"{db}.md").write_text(text + "\n")
        print(text, flush=True)


if __name__ == "__main__":
    main()

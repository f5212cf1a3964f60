"""Latency of ``kgmem serve`` under 50 concurrent clients, before and after (loopback only).

Starts each server in its own process on 127.0.0.1 (``before``: ``kg_memory/serve.py`` as of a git
ref (59955aa, the last standard-library server); ``after``: the current one), then runs ``--clients`` client threads
that each send ``--requests`` small SELECT queries, once opening a new connection per request and
once over one kept-alive connection per client (with 50 clients, then 1), and prints p50/p95/max latency and throughput.

    python benchmarks/serve.py                      # before = 59955aa; 50 clients, then 1; 20 requests each
    python benchmarks/serve.py --before-ref 63abd8e --clients 50 10 --requests 40
"""

from __future__ import annotations

import argparse
import http.client
import importlib.util
import io
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

QUERY = "SELECT ?person ?city WHERE { ?p rdfs:label ?person ; :livesIn/rdfs:label ?city } ORDER BY ?person"


def _load_before(ref: str) -> Any:
    """The serve module as of ``ref``, imported as ``kg_memory._serve_before``."""
    root = Path(__file__).resolve().parent.parent
    source = subprocess.run(["git", "show", f"{ref}:kg_memory/serve.py"], cwd=root, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "serve_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("kg_memory._serve_before", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _serve(which: str, ref: str) -> None:
    """Run one server (in a child process) and print its URL."""
    from kg_memory import Memory, Turn

    memory = Memory()
    memory.remember([Turn("c1", "1", "Alice", "I live in Paris."), Turn("c1", "2", "Bob", "I live in Lyon.")])
    nt = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(250))
    memory.ingest(io.BytesIO(nt.encode()), format="nt")
    if which == "before":
        module = _load_before(ref)
        server = module.SparqlServer(memory, ("127.0.0.1", 0), module.ServeOptions(timeout=30))
    else:
        from kg_memory.serve import ServeOptions, SparqlServer

        server = SparqlServer(memory, ("127.0.0.1", 0), ServeOptions(timeout=30))
    print(server.url, flush=True)
    server.serve_forever()


def _client(port: int, path: str, requests: int, keep_alive: bool, times: list[float], errors: list[str]) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30) if keep_alive else None
    for _ in range(requests):
        started = time.perf_counter()
        try:
            conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(str(response.status))
            if connection is None:
                conn.close()
        except OSError as e:
            errors.append(type(e).__name__)
            if connection is not None:
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        times.append(time.perf_counter() - started)
    if connection is not None:
        connection.close()


def _measure(url: str, clients: int, requests: int, keep_alive: bool) -> dict[str, float]:
    parts = urllib.parse.urlsplit(url)
    path = parts.path + "?" + urllib.parse.urlencode({"query": QUERY})
    assert parts.port is not None
    times: list[float] = []
    errors: list[str] = []
    threads = [threading.Thread(target=_client, args=(parts.port, path, requests, keep_alive, times, errors))
               for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    ordered = sorted(times)
    return {"p50": statistics.median(ordered) * 1000, "p95": ordered[int(0.95 * (len(ordered) - 1))] * 1000,
            "max": ordered[-1] * 1000, "rps": len(times) / elapsed, "errors": len(errors)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before-ref", default="59955aa",
                        help="git ref holding the http.server kg_memory/serve.py (the last one: 59955aa)")
    parser.add_argument("--clients", type=int, nargs="+", default=[50, 1], help="concurrent clients (each count is a run)")
    parser.add_argument("--requests", type=int, default=20, help="requests per client and mode")
    parser.add_argument("--serve", choices=["before", "after"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        _serve(args.serve, args.before_ref)
        return
    rows = []
    for which in ("before", "after"):
        process = subprocess.Popen([sys.executable, __file__, "--serve", which, "--before-ref", args.before_ref],
                                   stdout=subprocess.PIPE, text=True)
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            _measure(url, 4, 5, True)  # warm up (the new server forks its query workers)
            for clients in args.clients:
                for keep_alive in (False, True):
                    result = _measure(url, clients, args.requests, keep_alive)
                    rows.append((which, clients, "keep-alive" if keep_alive else "new connection", result))
        finally:
            process.terminate()
            process.wait(30)
    print(f"{args.requests} requests per client, loopback")
    print(f"{'server':8} {'clients':>7} {'connections':15} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'req/s':>8} "
          f"{'errors':>7}")
    for which, clients, mode, r in sorted(rows, key=lambda row: (-row[1], row[2], row[0])):
        print(f"{which:8} {clients:7} {mode:15} {r['p50']:8.1f} {r['p95']:8.1f} {r['max']:8.1f} {r['rps']:8.0f} "
              f"{r['errors']:7.0f}")


if __name__ == "__main__":
    main()

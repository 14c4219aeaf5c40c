"""Throughput and latency of a whole conversation over HTTP on loopback, under the production server (gunicorn).

Four servers in one run, each with the same worker count and the same client: under gunicorn's sync workers (the old
serving model) our app with verification on (a throwaway CA injected, chain cached after the first request), our app
with verification off, and a canned-response app; and our app with verification on under the gevent worker that
`python -m skill serve` now runs (skill.web.gevent_worker), to say what surviving slow clients costs. Printed as
ratios, because absolute numbers on a shared machine mean little.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench_turns import percentile, record_conversation
from gunicorn.config import KNOWN_SETTINGS

from skill.local.signing import ThrowawayCertificateAuthority
from skill.web.server import WORKER_CLASS
from skill.web.server_settings import ServerSettings

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


SYNC = ["--worker-class", "sync"]
# The production server's worker and defaults (as `python -m skill serve` configures them).
GEVENT = ["--worker-class", WORKER_CLASS, "--worker-connections", str(ServerSettings().worker_connections),
          "--keep-alive", str(ServerSettings().keep_alive)]
# Four servers at once would contend for gunicorn's one control socket per user (gunicorn 25 and later).
NO_CONTROL_SOCKET = ["--no-control-socket"] if any(s.name == "control_socket_disable" for s in KNOWN_SETTINGS) else []


def start_server(app_name: str, worker: list[str], workers: int, ca_dir: str) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "BENCH_CA_DIR": ca_dir, "PYTHONPATH": str(ROOT / "scripts")}
    command = [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), *worker,
               *NO_CONTROL_SOCKET, "--log-level", "warning", f"bench_http_apps:{app_name}()"]
    server = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server, port
        except OSError:
            if server.poll() is not None:
                raise SystemExit(f"{app_name} server exited: {server.stderr.read().decode()[-500:]}") from None
            time.sleep(0.1)
    server.kill()
    raise SystemExit(f"{app_name} server did not start within 30 s")


def post(port: int, body: bytes, headers: dict[str, str]) -> float:
    """One request on a fresh connection (gunicorn's sync workers close after each; the gevent worker is measured
    the same way); returns milliseconds."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/alexa", body=body, headers=headers)
        reply = connection.getresponse()
        reply.read()
        if reply.status != 200:
            raise SystemExit(f"server answered {reply.status}; the benchmark measures only successful turns")
    finally:
        connection.close()
    return (time.perf_counter() - started) * 1000


def run_load(port: int, requests: list[tuple[bytes, dict[str, str]]], clients: int, conversations: int
             ) -> tuple[float, list[float]]:
    """`clients` threads each replay the conversation; returns (seconds taken, latencies in ms)."""
    latencies: list[float] = []
    lock = threading.Lock()

    def client() -> None:
        mine = [post(port, body, headers) for _ in range(conversations) for body, headers in requests]
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, latencies


def signed_requests(ca: ThrowawayCertificateAuthority) -> list[tuple[bytes, dict[str, str]]]:
    """The recorded conversation, re-stamped to now (the timestamp check allows 150 s) and signed."""
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    requests = []
    for envelope in record_conversation():
        envelope["request"]["timestamp"] = now
        body = json.dumps(envelope).encode("utf-8")
        requests.append((body, {"Content-Type": "application/json", **ca.headers(body)}))
    return requests


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    parser.add_argument("--clients", type=int, default=2, help="concurrent client threads")
    parser.add_argument("--rounds", type=int, default=20, help="rounds; each client replays one conversation a round")
    args = parser.parse_args()
    ca = ThrowawayCertificateAuthority()
    servers = (("verification on", "verified_app", SYNC), ("verification off", "unverified_app", SYNC),
               ("canned response", "canned_app", SYNC), ("on, gevent worker", "verified_app", GEVENT))
    seconds = dict.fromkeys((label for label, _, _ in servers), 0.0)
    latencies: dict[str, list[float]] = {label: [] for label, _, _ in servers}
    with tempfile.TemporaryDirectory() as ca_dir:
        Path(ca_dir, "root.pem").write_bytes(ca.root.public_bytes(_pem()))
        Path(ca_dir, "chain.pem").write_bytes(ca.chain_pem())
        requests = signed_requests(ca)
        running = [(label, *start_server(app_name, worker, args.workers, ca_dir))
                   for label, app_name, worker in servers]
        try:
            for _, _, port in running:  # warm up: imports, and the certificate chain into each worker's cache
                for body, headers in requests * args.workers:
                    post(port, body, headers)
            # Short bursts in turn, so that noise from the rest of the machine falls on all four alike.
            for _ in range(args.rounds):
                for label, _, port in running:
                    taken, measured = run_load(port, requests, args.clients, 1)
                    seconds[label] += taken
                    latencies[label] += measured
        finally:
            for _, server, _ in running:
                server.terminate()
                server.wait(timeout=10)
    rows = [(label, len(latencies[label]) / seconds[label], latencies[label]) for label, _, _ in servers]
    print(f"gunicorn workers: {args.workers}, clients: {args.clients}, "
          f"turns per conversation: {len(requests)}, requests per server: {len(rows[0][2])}")
    print(f"{'server':<20}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}")
    for label, rps, latencies in rows:
        print(f"{label:<20}{rps:>10.1f}{percentile(latencies, .5):>10.2f}{percentile(latencies, .99):>10.2f}"
              f"{statistics.fmean(latencies):>10.2f}")
    (_, on_rps, on_ms), (_, off_rps, off_ms), (_, canned_rps, _), (_, gevent_rps, gevent_ms) = rows
    cost = 1 - on_rps / off_rps
    print(f"verification costs {cost:.1%} of throughput (aim: under 20% once the chain is cached); "
          f"p50 on/off: {percentile(on_ms, .5) / percentile(off_ms, .5):.2f}x")
    print(f"throughput vs canned response: verification on {on_rps / canned_rps:.2f}x, "
          f"off {off_rps / canned_rps:.2f}x")
    print(f"gevent worker (new model) vs sync workers (old), verification on: throughput "
          f"{gevent_rps / on_rps:.2f}x ({gevent_rps:.0f} vs {on_rps:.0f} req/s), p99 "
          f"{percentile(gevent_ms, .99):.2f} vs {percentile(on_ms, .99):.2f} ms "
          f"({percentile(gevent_ms, .99) / percentile(on_ms, .99):.2f}x), p50 "
          f"{percentile(gevent_ms, .5) / percentile(on_ms, .5):.2f}x")


def _pem() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.PEM


if __name__ == "__main__":
    main()

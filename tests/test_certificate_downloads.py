"""Certificate downloads under a flood of forged chain URLs, over real sockets on 127.0.0.1.

Every URL under https://s3.amazonaws.com/echo.api/ passes the URL check, so each forged request with a new one
costs a download. Here the downloads go (through `HttpsCertificateSource(connect_to=...)`) to a loopback server that
accepts and never answers, the worst case: each one hangs for the whole deadline. A request signed with a cached
chain must still be answered at once. Nothing here touches the internet.
"""

from __future__ import annotations

import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

from skill.alexa.builder import build_skill
from skill.local.signing import DEFAULT_URL, ThrowawayCertificateAuthority
from skill.web.app import WebSettings, create_app
from skill.web.verification import DOWNLOAD_FAILED, DOWNLOADS_BUSY, HttpsCertificateSource, SignatureVerifier

REPO = Path(__file__).resolve().parents[1]
BODY = (REPO / "tests" / "fixtures" / "requests" / "launch.json").read_bytes()
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
NOW = datetime(2026, 11, 26, 9, 0, 30, tzinfo=UTC)  # 30 s after the fixture's timestamp
CA = ThrowawayCertificateAuthority(now=NOW)
DEADLINE_SECONDS = 3.0  # HttpsCertificateSource's default, as in production


def forged_urls(count: int, prefix: str = "forged") -> list[str]:
    return [f"https://s3.amazonaws.com/echo.api/{prefix}-{n}.pem" for n in range(count)]


class SilentServer:
    """A loopback TCP server that accepts connections and never sends a byte: a certificate host that hangs."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        self._listener.settimeout(0.1)  # so the loop notices `stop`: closing a socket does not wake accept()
        self.address: tuple[str, int] = self._listener.getsockname()[:2]
        self.connections: list[socket.socket] = []
        self._changed = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._changed:
                self.connections.append(connection)
                self._changed.notify_all()

    def wait_for_connections(self, count: int, timeout: float = 5) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.connections) >= count, timeout=timeout)

    def __enter__(self) -> SilentServer:
        self._thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._listener.close()
        for connection in self.connections:
            connection.close()


class KnownChainElseNetwork:
    """Amazon's usual URL from memory (so it can be cached before the flood), every other URL from the network."""

    def __init__(self, network: HttpsCertificateSource) -> None:
        self.known = CA.certificate_source()
        self.network = network
        self.timeout_seconds = network.timeout_seconds  # the verifier times its waits by this

    def fetch(self, url: str) -> bytes:
        return self.known.fetch(url) if url in self.known.chains else self.network.fetch(url)


def verifier_downloading_from(address: tuple[str, int], deadline: float) -> SignatureVerifier:
    network = HttpsCertificateSource(timeout_seconds=deadline, connect_to=address)
    return SignatureVerifier(KnownChainElseNetwork(network), trust_roots=[CA.root], clock=lambda: NOW)


@contextmanager
def served(app: Flask) -> Iterator[int]:
    """The app on a real socket, one thread per request (werkzeug's threaded server); yields the port."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@dataclass(frozen=True)
class Reply:
    url: str
    status: int
    error: str | None
    seconds: float


def post(port: int, url: str = DEFAULT_URL) -> Reply:
    """POST the launch request, signed by the throwaway CA, naming `url` as its chain."""
    started = time.monotonic()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/alexa", body=BODY,
                           headers={**CA.headers(BODY, url=url), "Content-Type": "application/json"})
        response = connection.getresponse()
        payload = json.loads(response.read())
    finally:
        connection.close()
    return Reply(url, response.status, payload.get("error"), time.monotonic() - started)


def flood(forged_count: int = 6) -> dict[str, Any]:
    """Forged requests with new chain URLs all at once, then a request whose chain is cached; every reply, timed."""
    with SilentServer() as silent:
        verifier = verifier_downloading_from(silent.address, DEADLINE_SECONDS)
        app = create_app(WebSettings(skill_ids=(SKILL_ID,)), skill=build_skill(), signature_verifier=verifier,
                         clock=lambda: NOW)
        with served(app) as port:
            warm_up = post(port)  # Alexa's chain, downloaded once and cached
            with ThreadPoolExecutor(forged_count) as pool:
                pending = [pool.submit(post, port, url) for url in forged_urls(forged_count)]
                assert silent.wait_for_connections(2)  # both download slots taken, and hanging
                signed = post(port)
                forged = [future.result() for future in pending]
            # Again a URL whose download just failed (which ones got the two slots depends on thread timing).
            failed = [reply.url for reply in forged if reply.error == DOWNLOAD_FAILED]
            repeated = post(port, failed[0]) if failed else None
            connections = len(silent.connections)
    return {"warm_up": warm_up, "signed": signed, "forged": forged, "repeated": repeated,
            "connections": connections}


def test_forged_chain_urls_neither_delay_a_signed_request_nor_pile_up_downloads() -> None:
    result = flood(6)
    assert result["warm_up"].status == 200
    signed: Reply = result["signed"]
    assert signed.status == 200, signed
    assert signed.seconds < 1.5, f"a request with a cached chain waited {signed.seconds:.2f} s"

    forged: list[Reply] = result["forged"]
    assert [reply.status for reply in forged] == [400] * 6
    hung = [reply for reply in forged if reply.error == DOWNLOAD_FAILED]
    refused = [reply for reply in forged if reply.error == DOWNLOADS_BUSY]
    # Two downloads ran (and hung for the whole deadline); the other four were refused without waiting.
    assert (len(hung), len(refused)) == (2, 4), forged
    assert all(DEADLINE_SECONDS - 0.5 <= reply.seconds < DEADLINE_SECONDS + 1.5 for reply in hung), hung
    assert all(reply.seconds < 1.0 for reply in refused), refused

    repeated: Reply = result["repeated"]
    assert (repeated.status, repeated.error) == (400, DOWNLOAD_FAILED)
    assert repeated.seconds < 1.0
    assert result["connections"] == 2  # the failure was remembered: no third connection


# --- the same under gevent -------------------------------------------------------------------------------------


def flood_under_gevent() -> dict[str, Any]:
    """Run in a monkey-patched interpreter: greenlets instead of threads, gevent's locks and sockets throughout."""
    import gevent

    def reason(verifier: SignatureVerifier, url: str) -> str | None:
        try:
            verifier.verify(CA.headers(BODY, url=url), BODY, None)
        except Exception as error:  # noqa: BLE001 - reported to the test, which expects VerificationError only
            return getattr(error, "reason", repr(error))
        return None

    deadline = 1.0
    with SilentServer() as silent:
        verifier = verifier_downloading_from(silent.address, deadline)
        verifier.verify(CA.headers(BODY), BODY, None)  # Alexa's chain, cached
        same, *others = forged_urls(5)
        greenlets = [gevent.spawn(reason, verifier, url) for url in [same] * 4 + others]
        assert silent.wait_for_connections(2)
        started = time.monotonic()
        cached = reason(verifier, DEFAULT_URL)
        cached_seconds = time.monotonic() - started
        gevent.joinall(greenlets, timeout=deadline + 3)
        started = time.monotonic()
        repeated = reason(verifier, same)
        repeated_seconds = time.monotonic() - started
        connections = len(silent.connections)
    return {"forged": [greenlet.value for greenlet in greenlets], "cached": cached, "cached_seconds": cached_seconds,
            "repeated": repeated, "repeated_seconds": repeated_seconds, "connections": connections}


def test_the_same_limits_hold_under_gevent_monkey_patching() -> None:
    script = ("from gevent import monkey; monkey.patch_all()\n"
              "import json, tests.test_certificate_downloads as t\n"
              "print(json.dumps(t.flood_under_gevent()))\n")
    # A separate interpreter: monkey-patching this one would change every other test's threads and sockets.
    finished = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(REPO)})
    assert finished.returncode == 0, finished.stderr
    result = json.loads(finished.stdout.strip().splitlines()[-1])
    # Four requests for one URL shared one download; the next new URL took the second slot; the rest were refused.
    assert result["forged"] == [DOWNLOAD_FAILED] * 5 + [DOWNLOADS_BUSY] * 3
    assert result["cached"] is None and result["cached_seconds"] < 0.5
    assert result["repeated"] == DOWNLOAD_FAILED and result["repeated_seconds"] < 0.5
    assert result["connections"] == 2

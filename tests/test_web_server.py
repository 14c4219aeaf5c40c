"""The real servers as processes: the production server (gunicorn) verifies; the dev server answers locally."""

from __future__ import annotations

import contextlib
import http.client
import json
import resource
import selectors
import socket
import ssl
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from skill.cli import main
from skill.local.signing import ThrowawayCertificateAuthority
from skill.web import server as web_server
from skill.web.gevent_worker import ReadDeadlineWorker
from skill.web.server_settings import ServerSettings
from tests.skill_server import RunningServer, skill_server

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = (ROOT / "tests" / "fixtures" / "requests" / "launch.json").read_bytes()
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
READ_TIMEOUT_S = 3  # short, so the tests see slow clients cut off; the default is 10
IDLE_CLIENTS = 300
TRICKLING_CLIENTS = 10
ANSWER_WITHIN_S = 1.0


def post(base: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(f"{base}/alexa", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def production(tmp_path: Path) -> Iterator[str]:
    with skill_server("--skill-id", SKILL_ID, log_dir=tmp_path) as server:
        yield server.base_url


@pytest.fixture
def development(tmp_path: Path) -> Iterator[RunningServer]:
    with skill_server("--dev", log_dir=tmp_path) as server:
        yield server


def health(base: str) -> dict:
    with urllib.request.urlopen(f"{base}/healthz", timeout=5) as reply:
        return json.loads(reply.read())


def test_production_server_refuses_an_unsigned_request(production: str) -> None:
    assert health(production)["verification"] == "on"
    status, body = post(production, LAUNCH)
    assert status == 400 and "Signature" in body["error"]


def test_development_server_answers_and_warns_loudly(development: RunningServer) -> None:
    status, body = post(development.base_url, LAUNCH)
    assert status == 200 and "Welcome" in body["response"]["outputSpeech"]["ssml"]
    assert "NOT checked" in development.stop()


def test_chat_over_http_holds_a_conversation_with_the_dev_server(development: RunningServer) -> None:
    base = development.base_url
    lines = "open muscle twitch helper\nmy calf keeps twitching\nno\nno\nyes, some weakness\nno\n"
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", f"{base}/alexa"], cwd=ROOT,
                            input=lines, capture_output=True, text=True, timeout=30)
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert [t["pending_question"] for t in turns[1:4]] == ["emergency_screen", "emergency_screen_sudden",
                                                           "nerve_signs"]
    assert turns[-1]["outcome"] == "see_doctor_soon"


def test_chat_reports_an_unreachable_server_without_a_traceback() -> None:
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", "http://127.0.0.1:9/alexa"],
                            cwd=ROOT, input="open muscle twitch helper\n", capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "cannot reach the skill endpoint" in result.stderr and "Traceback" not in result.stderr


# --- Slow and idle clients: gevent workers with a read deadline ------------------------------------------------


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    """The production server with a short read deadline, the worker count and keep-alive at their defaults."""
    log_dir = tmp_path_factory.mktemp("guarded")
    with skill_server("--skill-id", SKILL_ID, log_dir=log_dir, env={"MTH_READ_TIMEOUT": str(READ_TIMEOUT_S)}) as server:
        yield server


def _need_open_files(count: int) -> None:
    """Raise this process's open-file limit to `count` if allowed, else skip: the test holds that many sockets."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < count:
        if hard != resource.RLIM_INFINITY and hard < count:
            pytest.skip(f"the open-file limit ({hard}) is below the {count} this test needs for its connections")
        resource.setrlimit(resource.RLIMIT_NOFILE, (count, hard))


def _trickle_request_head(content_length: int) -> bytes:
    return (f"POST /alexa HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {content_length}\r\n\r\n").encode()


class _Trickler:
    """Clients that each send a request head, then their body one byte every 50 ms, from one background thread."""

    def __init__(self, port: int, count: int) -> None:
        self.sockets = [socket.create_connection(("127.0.0.1", port)) for _ in range(count)]
        for sock in self.sockets:
            sock.sendall(_trickle_request_head(100_000))
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            for sock in self.sockets:
                with contextlib.suppress(OSError):  # cut off by the server: what the deadline test waits for
                    sock.send(b" ")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


class _PromptKeptAliveClient:
    """GET /healthz `requests` times on one kept-alive connection, pausing between them, in a background thread."""

    def __init__(self, port: int, requests: int, pause_s: float) -> None:
        self.statuses: list[str] = []
        self.local_ports: set[int] = set()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(port, requests, pause_s), daemon=True)
        self._thread.start()

    def _run(self, port: int, requests: int, pause_s: float) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        try:
            for index in range(requests):
                if index:
                    time.sleep(pause_s)
                connection.request("GET", "/healthz")
                reply = connection.getresponse()
                self.statuses.append(json.loads(reply.read())["status"])
                self.local_ports.add(connection.sock.getsockname()[1])
        except BaseException as error:  # noqa: BLE001 - handed to the test thread by result()
            self._error = error
        finally:
            connection.close()

    def result(self) -> list[str]:
        self._thread.join(timeout=10)
        if self._error is not None:
            raise self._error
        return self.statuses


def _still_open(sockets: list[socket.socket]) -> int:
    """How many of these connections the server has not closed (nothing readable: no EOF, no answer)."""
    with selectors.DefaultSelector() as selector:
        for sock in sockets:
            selector.register(sock, selectors.EVENT_READ)
        return len(sockets) - len(selector.select(0))


def _close_times(sockets: list[socket.socket], started: float, limit_s: float) -> list[float | None]:
    """Seconds from `started` until the server closed each connection (None: still open after `limit_s`)."""
    closed: list[float | None] = [None] * len(sockets)
    with selectors.DefaultSelector() as selector:
        for index, sock in enumerate(sockets):
            selector.register(sock, selectors.EVENT_READ, index)
        while selector.get_map() and (remaining := started + limit_s - time.monotonic()) > 0:
            for key, _ in selector.select(remaining):
                try:
                    data = key.fileobj.recv(4096)  # type: ignore[union-attr]
                except OSError:
                    data = b""
                if not data:
                    closed[key.data] = time.monotonic() - started
                    selector.unregister(key.fileobj)
    return closed


def _timed(call: Any) -> tuple[float, Any]:
    started = time.monotonic()
    result = call()
    return time.monotonic() - started, result


def test_health_checks_and_requests_answer_in_under_a_second_beside_idle_and_trickling_clients(
        guarded: RunningServer) -> None:
    # The issue's measure: with two sync workers, two idle connections stalled the server for 30 s.
    _need_open_files(IDLE_CLIENTS + TRICKLING_CLIENTS + 100)
    idle = [socket.create_connection(("127.0.0.1", guarded.port)) for _ in range(IDLE_CLIENTS)]
    trickler = _Trickler(guarded.port, TRICKLING_CLIENTS)
    try:
        time.sleep(0.2)  # the workers have accepted them and are waiting on all of them
        timings = []
        for _ in range(3):
            seconds, body = _timed(lambda: health(guarded.base_url))
            assert body["status"] == "ok"
            timings.append(("GET /healthz", seconds))
            seconds, (status, answer) = _timed(lambda: post(guarded.base_url, LAUNCH))
            assert status == 400 and "Signature" in answer["error"]  # unsigned: refused, promptly
            timings.append(("POST /alexa", seconds))
        assert max(seconds for _, seconds in timings) < ANSWER_WITHIN_S, timings
        # Measured under the whole load: none of the slow clients had been let go yet.
        assert _still_open(idle + trickler.sockets) == IDLE_CLIENTS + TRICKLING_CLIENTS
    finally:
        trickler.stop()
        for sock in idle + trickler.sockets:
            sock.close()


def test_idle_and_slow_clients_are_cut_off_at_the_read_deadline_but_a_prompt_client_keeps_its_connection(
        guarded: RunningServer) -> None:
    port = guarded.port
    started = time.monotonic()
    idle = socket.create_connection(("127.0.0.1", port))
    slow_head = socket.create_connection(("127.0.0.1", port))
    slow_head.sendall(b"POST /alexa HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and never the rest of the head
    trickler = _Trickler(port, 1)
    # The deadline is per request: a client asking at shorter intervals keeps one connection well past it.
    prompt_client = _PromptKeptAliveClient(port, requests=3, pause_s=READ_TIMEOUT_S * 0.6)
    try:
        closed = _close_times([idle, slow_head, *trickler.sockets], started, READ_TIMEOUT_S + 3)
    finally:
        trickler.stop()
        for sock in (idle, slow_head, *trickler.sockets):
            sock.close()
    assert prompt_client.result() == ["ok"] * 3
    assert len(prompt_client.local_ports) == 1, "the kept-alive connection was closed between prompt requests"
    for who, seconds in zip(("idle", "slow headers", "trickling body"), closed, strict=True):
        assert seconds is not None, f"the {who} client was still connected {READ_TIMEOUT_S + 3} s after connecting"
        assert READ_TIMEOUT_S - 0.2 < seconds < READ_TIMEOUT_S + 1.5, f"the {who} client was cut off at {seconds:.2f} s"


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path, ssl.SSLContext]:
    """A certificate for localhost from a throwaway CA, its key, and a client context that trusts the CA."""
    ca = ThrowawayCertificateAuthority(name="web server TLS test")
    leaf = ca.issue_leaf(san=("localhost",))
    certfile, keyfile = tmp_path / "chain.pem", tmp_path / "key.pem"
    certfile.write_bytes(leaf.chain_pem())
    keyfile.write_bytes(leaf.private_key_pem())
    client = ssl.create_default_context()
    client.load_verify_locations(cadata=leaf.intermediates[0].public_bytes(_pem()).decode()
                                 + ca.root.public_bytes(_pem()).decode())
    client.check_hostname = False  # the test connects to 127.0.0.1; the certificate names localhost
    return certfile, keyfile, client


def _pem() -> Any:
    from cryptography.hazmat.primitives.serialization import Encoding

    return Encoding.PEM


def test_with_a_certificate_the_server_speaks_only_https_and_cuts_off_a_silent_handshake(
        tmp_path: Path, tls_files: tuple[Path, Path, ssl.SSLContext]) -> None:
    certfile, keyfile, client = tls_files
    with skill_server("--skill-id", SKILL_ID, "--certfile", str(certfile), "--keyfile", str(keyfile),
                      "--read-timeout", "1", log_dir=tmp_path, tls=client) as server:
        assert server.base_url.startswith("https://")
        with urllib.request.urlopen(f"{server.base_url}/healthz", timeout=5, context=client) as reply:
            assert json.loads(reply.read())["verification"] == "on"
        plain = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
        with pytest.raises((OSError, http.client.HTTPException)):
            plain.request("GET", "/healthz")
            plain.getresponse()
        plain.close()
        # Connected, no ClientHello: gevent would wait on this handshake for ever; the deadline ends it.
        started = time.monotonic()
        silent = socket.create_connection(("127.0.0.1", server.port))
        try:
            (seconds,) = _close_times([silent], started, 4)
        finally:
            silent.close()
        assert seconds is not None and seconds < 2.5, f"the silent TLS client was cut off at {seconds} s"


# --- Settings: command line and MTH_* variables into gunicorn ---------------------------------------------------


def _captured_serve(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the server with a recorder of what `python -m skill serve` would start it with."""
    captured: dict[str, Any] = {}

    def record(settings: Any, host: str, port: int, **kwargs: Any) -> None:
        captured.update(settings=settings, host=host, port=port, **kwargs)

    monkeypatch.setattr(web_server, "serve", record)
    return captured


def test_serve_options_and_environment_reach_gunicorn_and_the_worker(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    captured = _captured_serve(monkeypatch)
    certfile = tmp_path / "chain.pem"
    certfile.write_text("not read here")
    monkeypatch.setenv("MTH_WORKERS", "5")  # the flag wins
    monkeypatch.setenv("MTH_WORKER_CONNECTIONS", "321")
    monkeypatch.setenv("MTH_KEEP_ALIVE", "0")
    monkeypatch.setenv("MTH_CERTFILE", str(certfile))
    assert main(["serve", "--skill-id", SKILL_ID, "--workers", "3", "--read-timeout", "2.5",
                 "--worker-timeout", "45"]) == 0
    server: ServerSettings = captured["server"]
    application = web_server.production_server(lambda: None, server, "127.0.0.1:8443")  # type: ignore[arg-type, return-value]
    cfg = application.cfg
    assert cfg.worker_class is ReadDeadlineWorker
    assert (cfg.workers, cfg.worker_connections, cfg.keepalive, cfg.timeout) == (3, 321, 0, 45)
    assert cfg.certfile == str(certfile) and cfg.is_ssl and server.scheme == "https"
    assert cfg.preload_app is False  # the app must be built in each worker, after gevent has patched it
    assert application.read_timeout == 2.5


def test_each_worker_builds_its_own_app_when_gunicorn_loads_it() -> None:
    built: list[object] = []

    def build() -> Any:
        built.append(object())
        return built[-1]

    application = web_server.production_server(build, ServerSettings(), "127.0.0.1:8000")
    assert built == []  # configuring gunicorn builds nothing: no app made in the master reaches a worker
    assert application.load() is built[0] and application.load() is built[1]


def test_serve_defaults_suit_a_two_core_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    captured = _captured_serve(monkeypatch)
    for option in ("WORKERS", "WORKER_CONNECTIONS", "READ_TIMEOUT", "KEEP_ALIVE", "WORKER_TIMEOUT", "CERTFILE",
                   "KEYFILE"):
        monkeypatch.delenv(f"MTH_{option}", raising=False)
    assert main(["serve", "--skill-id", SKILL_ID]) == 0
    cfg = web_server.production_server(lambda: None, captured["server"], "127.0.0.1:8000").cfg  # type: ignore
    assert (cfg.workers, cfg.worker_connections, cfg.keepalive, cfg.timeout) == (2, 1000, 5, 30)
    assert not cfg.is_ssl and captured["server"].read_timeout == 10


@pytest.mark.parametrize(("argv", "message"), [
    (["--workers", "0"], "--workers: must be a whole number from 1 to 64, not '0'"),
    (["--worker-connections", "lots"], "--worker-connections: must be a whole number"),
    (["--read-timeout", "soon"], "--read-timeout: must be a number of seconds above 0"),
    (["--read-timeout", "nan"], "--read-timeout: must be a number of seconds above 0"),
    (["--keep-alive", "-1"], "--keep-alive: must be a whole number from 0 to 300"),
    (["--certfile", "/no/such/chain.pem"], "--certfile: no such file: /no/such/chain.pem"),
])
def test_bad_serve_options_are_usage_errors(argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _captured_serve(monkeypatch)
    with pytest.raises(SystemExit) as exit_status:
        main(["serve", "--skill-id", SKILL_ID, *argv])
    assert exit_status.value.code == 2
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(("env", "argv", "message"), [
    ({"MTH_WORKERS": "two"}, [], "MTH_WORKERS must be a whole number from 1 to 64, not 'two'"),
    ({"MTH_READ_TIMEOUT": "0"}, [], "MTH_READ_TIMEOUT must be a number of seconds above 0"),
    ({"MTH_KEYFILE": __file__}, [], "--keyfile (MTH_KEYFILE) needs --certfile (MTH_CERTFILE)"),
    ({}, ["--dev", "--workers", "4"], "--workers set the production server; --dev runs the development one"),
])
def test_bad_server_settings_from_the_environment_are_usage_errors(
        env: dict[str, str], argv: list[str], message: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    captured = _captured_serve(monkeypatch)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["serve", "--skill-id", SKILL_ID, *argv]) == 2
    assert not captured, "the server was started despite the error"
    assert f"error: {message}" in capsys.readouterr().err


def test_an_unusable_certificate_stops_the_server_at_start_with_the_reason(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_certificate = tmp_path / "chain.pem"
    not_a_certificate.write_text("hello")
    # Checked before the app is built or gunicorn starts, so this returns at once instead of serving.
    assert main(["serve", "--skill-id", SKILL_ID, "--port", "0", "--certfile", str(not_a_certificate)]) == 2
    assert f"error: cannot use the certificate {not_a_certificate}" in capsys.readouterr().err


def test_the_server_remembers_across_sessions_with_memory_on(tmp_path: Path) -> None:
    first_visit = ("open muscle twitch helper\nmy eyelid keeps twitching\nno\nno\nno\nyes\nthree days\nno\n"
                   "stop\nyes\n")
    with skill_server("--dev", "--memory", "on", "--data-dir", str(tmp_path / "data"), log_dir=tmp_path) as server:
        def chat(lines: str) -> list[dict]:
            result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", server.skill_url],
                                    cwd=ROOT, input=lines, capture_output=True, text=True, timeout=60)
            return [json.loads(line) for line in result.stdout.splitlines()]

        assert "I'll remember it" in chat(first_visit)[-1]["speech"]
        back = chat("open muscle twitch helper\n")
        assert "Last time, earlier today, you told me about twitching in your eyelid" in back[0]["speech"]
        log = server.stop()
    assert "eyelid" not in log  # nothing remembered reaches the server's log

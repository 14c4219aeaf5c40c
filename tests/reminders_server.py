"""A loopback HTTPS server that stands in for Amazon's Alexa Reminders API in tests; nothing here reaches Amazon.

It follows the shapes in Amazon's "Alexa Reminders API Reference":

* every call must carry `Authorization: Bearer <apiAccessToken>`; a wrong or missing token gets
  401 `{"code": "UNAUTHORIZED", "message": "Request Unauthorized."}`;
* `POST /v1/alerts/reminders` with a JSON body `{requestTime, trigger{type SCHEDULED_ABSOLUTE (scheduledTime) or
  SCHEDULED_RELATIVE (offsetInSeconds)}, alertInfo.spokenInfo.content[{locale, text}], pushNotification{status}}`
  answers 201 `{alertToken, createdTime, updatedTime, status: "ON", version, href}`; a body of another shape
  gets 400 `{code, message}`;
* `GET /v1/alerts/reminders` answers 200 `{totalCount, alerts[...reminder objects...], links}`,
  `GET /v1/alerts/reminders/{alertToken}` one reminder object, `DELETE /v1/alerts/reminders/{alertToken}` 200;
  an unknown token gets 404.

A test can make it answer 401, 403, 429 or 500 (`fail_with`), hang without answering (`hang`), or trickle its
answer a byte at a time (`trickle`), to show the client's deadline holds. It serves a leaf certificate for
127.0.0.1 issued by a throwaway CA (skill.local.signing); only a test's client is told to trust that CA.
"""

from __future__ import annotations

import ipaddress
import json
import ssl
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from skill.local.signing import ThrowawayCertificateAuthority, cached_rsa_key

REMINDERS_PATH = "/v1/alerts/reminders"
TRIGGER_TYPES = {"SCHEDULED_ABSOLUTE", "SCHEDULED_RELATIVE"}
PUSH_STATUSES = {"ENABLED", "DISABLED"}
_ERRORS = {
    400: ("INVALID_REQUEST", "The request body is invalid."),
    401: ("UNAUTHORIZED", "Request Unauthorized."),
    403: ("FORBIDDEN", "Forbidden."),
    404: ("NOT_FOUND", "Alert not found."),
    429: ("TOO_MANY_REQUESTS", "Rate exceeded."),
    500: ("INTERNAL_SERVER_ERROR", "Internal Server Error."),
}


@dataclass
class ReceivedCall:
    """One request as the server saw it (the body parsed when it was JSON)."""

    method: str
    path: str
    authorization: str | None
    content_type: str | None
    body: Any


@dataclass
class ReminderService:
    """The state behind the server: what it holds, how it should misbehave, and what it was sent."""

    access_token: str
    reminders: dict[str, dict[str, Any]] = field(default_factory=dict)
    calls: list[ReceivedCall] = field(default_factory=list)
    failure: int | None = None  # answer every call with this status
    failure_body: bytes | None = None  # None: the documented {code, message}
    mode: str = "normal"  # normal | hang | trickle
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail_with(self, status: int, body: bytes | None = None) -> None:
        self.failure, self.failure_body = status, body

    def hang(self) -> None:
        self.mode = "hang"

    def trickle(self) -> None:
        self.mode = "trickle"

    def behave(self) -> None:
        self.failure, self.failure_body, self.mode = None, None, "normal"

    def created_texts(self) -> list[str]:
        """Every spoken text of every reminder POSTed so far, valid or not."""
        texts = []
        for call in self.calls:
            if call.method == "POST" and isinstance(call.body, dict):
                content = call.body.get("alertInfo", {}).get("spokenInfo", {}).get("content", [])
                texts.extend(item.get("text") for item in content if isinstance(item, dict))
        return texts


def reminder_body_problem(body: Any) -> str | None:
    """Why `body` is not a documented create-reminder body, or None when it is."""
    if not isinstance(body, dict):
        return "body is not a JSON object"
    unknown = set(body) - {"requestTime", "trigger", "alertInfo", "pushNotification"}
    if unknown:
        return f"unknown fields {sorted(unknown)}"
    if not isinstance(body.get("requestTime"), str):
        return "requestTime missing"
    trigger = body.get("trigger")
    if not isinstance(trigger, dict) or trigger.get("type") not in TRIGGER_TYPES:
        return "trigger.type missing or unknown"
    if trigger["type"] == "SCHEDULED_RELATIVE":
        offset = trigger.get("offsetInSeconds")
        if not isinstance(offset, int) or isinstance(offset, bool) or offset <= 0:
            return "trigger.offsetInSeconds must be a positive integer"
    elif not isinstance(trigger.get("scheduledTime"), str):
        return "trigger.scheduledTime missing"
    alert_info = body.get("alertInfo")
    spoken_info = alert_info.get("spokenInfo") if isinstance(alert_info, dict) else None
    content = spoken_info.get("content") if isinstance(spoken_info, dict) else None
    if not isinstance(content, list) or not content:
        return "alertInfo.spokenInfo.content missing"
    for item in content:
        if not isinstance(item, dict) or not isinstance(item.get("locale"), str) or not isinstance(
                item.get("text"), str) or not item["text"]:
            return "spoken content needs locale and text"
    push = body.get("pushNotification")
    if push is not None and (not isinstance(push, dict) or push.get("status") not in PUSH_STATUSES):
        return "pushNotification.status must be ENABLED or DISABLED"
    return None


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # answer at once: Nagle plus delayed ACKs adds ~40 ms per call

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def _serve(self, method: str) -> None:
        service = self.server.service
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        with service.lock:
            service.calls.append(ReceivedCall(method, self.path, self.headers.get("Authorization"),
                                              self.headers.get("Content-Type"), body))
        if service.mode in ("hang", "trickle"):
            self.close_connection = True
            if service.mode == "hang":
                service.release.wait(30)  # set when the server stops
            else:
                self._trickle(service)
            return
        if service.failure is not None:
            self._answer(service.failure, service.failure_body if service.failure_body is not None
                         else _error(service.failure))
            return
        if self.headers.get("Authorization") != f"Bearer {service.access_token}":
            self._answer(401, _error(401))
            return
        status, answer = self._route(method, body, service)
        self._answer(status, answer)

    def _route(self, method: str, body: Any, service: ReminderService) -> tuple[int, bytes]:
        path = self.path.split("?", 1)[0].rstrip("/")
        if path == REMINDERS_PATH and method == "POST":
            if "json" not in (self.headers.get("Content-Type") or ""):
                return 400, _error(400)
            problem = reminder_body_problem(body)
            if problem:
                return 400, json.dumps({"code": "INVALID_REQUEST", "message": problem}).encode()
            reminder = _stored_reminder(body)
            with service.lock:
                service.reminders[reminder["alertToken"]] = reminder
            created = {key: reminder[key] for key in ("alertToken", "createdTime", "updatedTime", "status",
                                                      "version")}
            created["href"] = f"{REMINDERS_PATH}/{reminder['alertToken']}"
            return 201, json.dumps(created).encode()
        if path == REMINDERS_PATH and method == "GET":
            with service.lock:
                alerts = list(service.reminders.values())
            return 200, json.dumps({"totalCount": str(len(alerts)), "alerts": alerts, "links": None}).encode()
        if path.startswith(REMINDERS_PATH + "/"):
            token = path[len(REMINDERS_PATH) + 1:]
            with service.lock:
                if token not in service.reminders:
                    return 404, _error(404)
                if method == "DELETE":
                    del service.reminders[token]
                    return 200, b""
                if method == "GET":
                    return 200, json.dumps(service.reminders[token]).encode()
        return 404, _error(404)

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, service: ReminderService) -> None:
        """A 201 whose body arrives one byte every 50 ms: every read succeeds, so only a deadline on the whole call
        stops the client waiting."""
        self.send_response(201)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.wfile.flush()
        for _ in range(100_000):
            if service.release.wait(0.05):
                return
            try:
                self.wfile.write(b" ")
                self.wfile.flush()
            except OSError:  # the client hung up
                return


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    service: ReminderService

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up mid-answer or refuse our certificate are what several tests do on purpose.
        pass


@dataclass(frozen=True)
class RunningReminders:
    """A started server: its base URL (use as context.System.apiEndpoint), its state, and the CA root's PEM file."""

    endpoint: str
    service: ReminderService
    ca_root_file: Path


def _error(status: int) -> bytes:
    code, message = _ERRORS.get(status, ("ERROR", "Error."))
    return json.dumps({"code": code, "message": message}).encode()


def _stored_reminder(body: dict[str, Any]) -> dict[str, Any]:
    """The reminder object the documented GET returns for a created reminder."""
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    trigger = dict(body["trigger"])
    if trigger["type"] == "SCHEDULED_RELATIVE":
        fires = now + timedelta(seconds=trigger["offsetInSeconds"])
        trigger["scheduledTime"] = fires.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
    return {
        "alertToken": str(uuid.uuid4()),
        "createdTime": stamp,
        "updatedTime": stamp,
        "trigger": trigger,
        "status": "ON",
        "alertInfo": body["alertInfo"],
        "pushNotification": body.get("pushNotification", {"status": "ENABLED"}),
        "version": "1",
    }


def _loopback_leaf(ca: ThrowawayCertificateAuthority) -> tuple[bytes, bytes]:
    """(chain PEM, key PEM) for 127.0.0.1: the CA's own leaves carry DNS names only, and TLS checks an IP literal
    against IP-address SANs."""
    issuer = ca.intermediate
    key = cached_rsa_key(f"{ca.name}/reminders-loopback")
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(issuer.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(ca.now - timedelta(days=1))
        .not_valid_after(ca.now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                       critical=False)
        .sign(issuer.private_key, hashes.SHA256())
    )
    chain = b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in (certificate, issuer.certificate))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return chain, key_pem


@contextmanager
def running_reminders_server(access_token: str = "test-access-token") -> Iterator[RunningReminders]:
    """Start the server on 127.0.0.1 (a free port) for the duration of the block; always stops it."""
    ca = ThrowawayCertificateAuthority(name="Reminders Loopback Test")
    with tempfile.TemporaryDirectory(prefix="reminders-server-") as folder:
        directory = Path(folder)
        chain, key = _loopback_leaf(ca)
        (directory / "chain.pem").write_bytes(chain)
        (directory / "key.pem").write_bytes(key)
        (directory / "root.pem").write_bytes(ca.root.public_bytes(serialization.Encoding.PEM))
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(directory / "chain.pem", directory / "key.pem")

        service = ReminderService(access_token=access_token)
        server = _Server(("127.0.0.1", 0), _Handler)
        server.service = service
        # The handshake happens on the handler's thread, so a slow client never blocks the accept loop.
        server.socket = context.wrap_socket(server.socket, server_side=True, do_handshake_on_connect=False)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield RunningReminders(f"https://127.0.0.1:{server.server_address[1]}", service,
                                   directory / "root.pem")
        finally:
            service.release.set()
            server.shutdown()
            server.server_close()
            thread.join(5)

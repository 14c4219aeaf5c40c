"""The skill as an HTTPS web service for Alexa: a Flask app factory that verifies requests the way Amazon requires.

Production (`python -m skill serve`, or gunicorn with `-k skill.web.gevent_worker.ReadDeadlineWorker`, with
ALEXA_SKILL_ID set) checks every request's signature, timestamp and application id. Development mode
(`python -m skill serve --dev`) skips the signature and timestamp checks, and then only answers callers on a
loopback address.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from ask_sdk_core.skill import CustomSkill
from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import RequestEntityTooLarge

from skill import __version__
from skill.alexa.builder import build_skill
from skill.alexa.endpoint import BadRequest, answer, parse_event
from skill.alexa.reminders import api_client
from skill.alexa.request_log import log_request, request_summary
from skill.storage import MemorySettings, StorageSettingsError, persistence_adapter
from skill.web.verification import (
    ApplicationIdVerifier,
    RequestVerifier,
    SignatureVerifier,
    TimestampVerifier,
    VerificationError,
    parse_skill_ids,
)

log = logging.getLogger("skill.web")

MAX_BODY_BYTES = 256 * 1024
LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost", "ip6-loopback"})
SKILL_ID_ENV = "ALEXA_SKILL_ID"


class ConfigurationError(RuntimeError):
    """The service cannot start safely with these settings."""


@dataclass(frozen=True)
class WebSettings:
    """How the service runs. Production needs at least one skill id; dev mode turns off signature checks."""

    skill_ids: tuple[str, ...] = ()
    dev: bool = False
    max_body_bytes: int = MAX_BODY_BYTES
    interaction_model_path: str | None = None
    memory: MemorySettings = field(default_factory=MemorySettings)  # off unless MTH_MEMORY=on or --memory on

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **overrides: Any) -> WebSettings:
        """Skill ids from ALEXA_SKILL_ID (comma-separated), memory from MTH_*; the rest from keyword overrides."""
        overrides.setdefault("memory", MemorySettings.from_env(environ))
        return cls(skill_ids=parse_skill_ids([environ.get(SKILL_ID_ENV, "")]), **overrides)


class _Rejection(Exception):
    """A request refused with an HTTP status and a short reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def create_app(
    settings: WebSettings | None = None,
    *,
    skill: CustomSkill | None = None,
    signature_verifier: RequestVerifier | None = None,
    clock: Callable[[], datetime] | None = None,
) -> Flask:
    """Build the Flask app. Dependencies are injected here (tests pass a verifier with a throwaway CA)."""
    settings = settings or WebSettings.from_env()
    if not settings.dev and not settings.skill_ids:
        raise ConfigurationError(
            f"refusing to start without a skill id: set {SKILL_ID_ENV} or pass --skill-id (or use --dev locally)"
        )
    try:
        skill = skill or build_skill(persistence_adapter=persistence_adapter(settings.memory),
                                     api_client=api_client() if settings.memory.memory else None)
    except StorageSettingsError as error:
        raise ConfigurationError(str(error)) from error
    verifiers = _request_verifiers(settings, signature_verifier, clock)
    model_loaded = _interaction_model_loads(settings.interaction_model_path)

    app = Flask(__name__, static_folder=None)  # skill/web/static is the dev console's, served by its blueprint only
    # One byte over the limit, so a chunked body (no Content-Length) that is too long can be told from one that
    # is exactly at it: Werkzeug stops reading a stream at this length without saying there was more.
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes + 1
    app.config["SKILL_SETTINGS"] = settings

    @app.get("/healthz")
    def healthz() -> Response:
        return jsonify({
            "status": "ok",
            "version": __version__,
            "skill_loaded": True,
            "model_loaded": model_loaded,
            "verification": "off (development mode)" if settings.dev else "on",
        })

    @app.post("/alexa")
    def alexa() -> tuple[Response, int]:
        started = time.perf_counter()
        summary: dict[str, Any] = {"request_id": None, "type": None, "intent": None}
        try:
            event = _read_verified_event(settings, verifiers, summary)
            answered = answer(skill, event)
            status, payload = answered.status, answered.body
        except _Rejection as rejection:
            status, payload = rejection.status, {"error": rejection.reason}
        except RequestEntityTooLarge:
            status, payload = 413, {"error": f"request body is larger than {settings.max_body_bytes} bytes"}
        log_request(log, summary, status, started)
        return jsonify(payload), status

    @app.errorhandler(404)
    def not_found(_: Exception) -> tuple[Response, int]:
        return jsonify({"error": "not found: the skill endpoint is POST /alexa"}), 404

    @app.errorhandler(405)
    def wrong_method(_: Exception) -> tuple[Response, int]:
        return jsonify({"error": "method not allowed"}), 405

    @app.errorhandler(413)
    def too_large(_: Exception) -> tuple[Response, int]:
        return jsonify({"error": f"request body is larger than {settings.max_body_bytes} bytes"}), 413

    @app.errorhandler(500)
    def server_error(_: Exception) -> tuple[Response, int]:
        # Reached only by a bug in this file; say so briefly, never with a trace.
        return jsonify({"error": "internal error"}), 500

    if settings.dev:

        @app.before_request
        def only_this_machine() -> tuple[Response, int] | None:
            # Both the caller and the name it used: a web page elsewhere can point a host name at 127.0.0.1 (DNS
            # rebinding) and have a browser on this machine post to it; the Host header still carries its name.
            if not _is_loopback(request.remote_addr):
                return jsonify({"error": "development mode only answers callers on this machine"}), 403
            if not is_loopback_name(request.host):
                return jsonify({"error": "development mode only answers under a loopback host name (localhost)"}), 403
            return None

        from skill.web.console import console_blueprint  # the talk-to-it page has no authentication: dev only

        app.register_blueprint(console_blueprint(skill))
        log.warning("DEVELOPMENT MODE: Alexa request signatures and timestamps are NOT checked; loopback only.")
    return app


def _request_verifiers(settings: WebSettings, signature_verifier: RequestVerifier | None,
                       clock: Callable[[], datetime] | None) -> tuple[RequestVerifier | None, list[RequestVerifier]]:
    """The signature verifier (runs on raw bytes) and the envelope verifiers (run on the parsed body)."""
    envelope_verifiers: list[RequestVerifier] = []
    if settings.skill_ids:
        envelope_verifiers.append(ApplicationIdVerifier(settings.skill_ids))
    if settings.dev:
        return None, envelope_verifiers
    timestamp = TimestampVerifier(clock=clock) if clock else TimestampVerifier()
    signature = signature_verifier or (SignatureVerifier(clock=clock) if clock else SignatureVerifier())
    if isinstance(signature, SignatureVerifier):
        # Load the trust store now: a machine without one must fail at start, not answer requests with 500s.
        try:
            signature.trust_roots  # noqa: B018 - the property loads and caches the roots
        except RuntimeError as error:
            raise ConfigurationError(f"cannot verify Alexa requests: {error}") from error
    return signature, [timestamp, *envelope_verifiers]


def _read_verified_event(settings: WebSettings, verifiers: tuple[RequestVerifier | None, list[RequestVerifier]],
                         summary: dict[str, Any]) -> dict[str, Any]:
    """Check size, type and signature on the raw bytes, then parse, then check timestamp and application id."""
    if request.content_length is not None and request.content_length > settings.max_body_bytes:
        raise RequestEntityTooLarge()
    if request.mimetype != "application/json":
        raise _Rejection(415, "content type must be application/json")
    body = request.get_data(cache=False)
    if len(body) > settings.max_body_bytes:
        raise RequestEntityTooLarge()
    signature_verifier, envelope_verifiers = verifiers
    headers = dict(request.headers.items())
    try:
        if signature_verifier is not None:
            # Before parsing: the signature covers the exact bytes received.
            signature_verifier.verify(headers, body, None)
        event = _parse_event(body)
        summary.update(request_summary(event))
        view = envelope_view(event)
        for verifier in envelope_verifiers:
            verifier.verify(headers, body, view)
    except VerificationError as error:
        raise _Rejection(400, error.reason) from error
    return event


def _parse_event(body: bytes) -> dict[str, Any]:
    try:
        return parse_event(body)
    except BadRequest as error:
        raise _Rejection(400, error.reason) from error


def envelope_view(event: dict[str, Any]) -> SimpleNamespace:
    """The parts of an envelope the verifiers read, shaped like ask-sdk's model but built from the raw JSON.

    Verifying from the raw JSON means a request type newer than the SDK is still verified before it is answered.
    """
    raw_request = event["request"]
    try:
        timestamp = datetime.fromisoformat(raw_request["timestamp"])
    except ValueError as error:
        raise VerificationError("request timestamp is not a valid date and time") from error
    system = (event.get("context") or {}).get("System") or {}
    session = event.get("session") or {}

    def application(part: Any) -> SimpleNamespace | None:
        found = part.get("application") if isinstance(part, dict) else None
        app_id = found.get("applicationId") if isinstance(found, dict) else None
        return SimpleNamespace(application=SimpleNamespace(application_id=app_id)) if app_id else None

    return SimpleNamespace(
        request=SimpleNamespace(object_type=raw_request["type"], timestamp=timestamp,
                                request_id=raw_request["requestId"]),
        context=SimpleNamespace(system=application(system)) if application(system) else None,
        session=application(session),
    )


def _is_loopback(address: str | None) -> bool:
    if not address:
        return False
    try:
        return ipaddress.ip_address(address.split("%")[0]).is_loopback
    except ValueError:
        return address == "localhost"


def is_loopback_host(host: str) -> bool:
    """True for a bind address that only this machine can reach."""
    return host == "localhost" or _is_loopback(host)


def is_loopback_name(host_header: str) -> bool:
    """True for a Host header naming this machine: localhost or a loopback address, with any port."""
    host = urlsplit(f"//{host_header}").hostname or ""
    return host in LOOPBACK_NAMES or is_loopback_host(host)


def _interaction_model_loads(path: str | None) -> bool:
    try:
        from skill.local.interaction_model import load_interaction_model

        load_interaction_model(path)
        return True
    except Exception:  # noqa: BLE001 - a deployment without the model file is still a working skill endpoint
        return False


def settings_for_cli(skill_ids: Sequence[str], dev: bool, environ: Mapping[str, str] = os.environ,
                     memory: MemorySettings | None = None) -> WebSettings:
    """`--skill-id` values (repeatable, comma-separated) win over ALEXA_SKILL_ID; memory from the flags or MTH_*."""
    ids = parse_skill_ids(skill_ids) or parse_skill_ids([environ.get(SKILL_ID_ENV, "")])
    return WebSettings(skill_ids=ids, dev=dev, memory=memory or MemorySettings.from_env(environ))

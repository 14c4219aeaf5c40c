"""Check-in reminders through Alexa's Reminders API, for handlers that offer one; every call has a deadline.

What Amazon documents ("Alexa Reminders API Reference") and this module follows:

* calls go to `context.System.apiEndpoint` with `Authorization: Bearer <context.System.apiAccessToken>`;
* `POST /v1/alerts/reminders` takes `{requestTime, trigger, alertInfo.spokenInfo.content[{locale, text}],
  pushNotification.status}` and answers 201 (the SDK's table says 200; both are success) with
  `{alertToken, createdTime, updatedTime, status, version, href}`;
* `GET /v1/alerts/reminders` lists this skill's reminders for this user as `{totalCount, alerts[], links}`, and
  `DELETE /v1/alerts/reminders/{alertToken}` removes one;
* 401/403 mean the user has not granted `alexa::alerts:reminders:skill:readwrite`; 400, 429 and 5xx are failures.

The skill must carry on speaking whatever the service does, so nothing here raises: `create_check_in_reminder`
returns a `ReminderOutcome` and `delete_our_reminders` a count. Logs carry operation names and status codes only,
never the reminder's words, tokens or anything about the user.

Transport: `DeadlineApiClient` stands in for ask-sdk's `DefaultApiClient`, which has no timeout at all. Pass
`api_client()` to `CustomSkillBuilder(api_client=...)`; the SDK then gives every handler a service client factory
built on it, and this module reads the client, endpoint and token from that factory. In tests a loopback HTTPS
server (tests/reminders_server.py) stands in for Amazon's service; only tests make the client trust its CA.
"""

from __future__ import annotations

import enum
import json
import logging
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from ask_sdk_core.exceptions import ApiClientException
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.services import ApiClient, ApiClientRequest, ApiClientResponse, ApiConfiguration

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 3.0
REMINDERS_PATH = "/v1/alerts/reminders"
SECONDS_PER_DAY = 86_400
MAX_DAYS = 365
MAX_TEXT_CHARACTERS = 200
# A listing or deletion run stops starting new calls after this long: Alexa waits about 8 s for the whole answer.
DELETE_BUDGET_SECONDS = 5.0
_MAX_RESPONSE_BYTES = 1_000_000
_READ_CHUNK_BYTES = 65_536
WORKER_THREAD_NAME = "reminders-api-call"


class DeadlineExceeded(ApiClientException):
    """The service gave no complete answer within the client's deadline."""


class DeadlineApiClient(ApiClient):
    """An ask-sdk `ApiClient` (a drop-in for `DefaultApiClient`) whose every call ends within `timeout_seconds`.

    `requests` timeouts bound each socket operation, not the call: a server that trickles a byte at a time never
    trips them. So the call runs on a worker thread and the caller waits at most `timeout_seconds` in total; the
    worker left behind ends at its next socket timeout or at the next chunk of body that arrives. Like
    `DefaultApiClient` it refuses anything but https, raises `ApiClientException` when no HTTP answer arrives, and
    returns every HTTP status as a response.

    `verify` is `requests`' own: True (the system's CA bundle) in production; tests pass the path of a throwaway
    CA's root. `trust_environment=False` ignores proxy and CA-bundle environment variables (tests on loopback).
    """

    def __init__(self, timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS, *, verify: bool | str = True,
                 trust_environment: bool = True) -> None:
        if not timeout_seconds > 0:
            raise ValueError("timeout_seconds must be positive")
        self.timeout_seconds = timeout_seconds
        self.verify = verify
        self.trust_environment = trust_environment

    def invoke(self, request: ApiClientRequest) -> ApiClientResponse:
        """Send one request; an HTTP answer of any status comes back, anything else raises ApiClientException."""
        method = (request.method or "").upper()
        if method not in {"GET", "POST", "PUT", "DELETE"}:
            raise ApiClientException(f"Invalid request method: {request.method}")
        if urlsplit(request.url or "").scheme != "https":
            raise ApiClientException("Requests against non-HTTPS endpoints are not allowed.")
        headers = _headers_dict(request.headers)
        data = _encode_body(request.body)

        outcome: dict[str, Any] = {}
        give_up = threading.Event()

        def call() -> None:
            try:
                outcome["response"] = self._send(method, request.url, headers, data, give_up)
            except Exception as error:  # handed over to the caller's thread, which decides
                outcome["error"] = error

        worker = threading.Thread(target=call, name=WORKER_THREAD_NAME, daemon=True)
        worker.start()
        worker.join(self.timeout_seconds)
        if worker.is_alive():
            give_up.set()  # the worker stops reading at its next chunk
            raise DeadlineExceeded(f"no answer within {self.timeout_seconds:g} s")
        if "error" in outcome:
            error = outcome["error"]
            if isinstance(error, requests.Timeout | DeadlineExceeded):  # a socket timeout is the same deadline
                raise DeadlineExceeded(f"no answer within {self.timeout_seconds:g} s") from error
            raise ApiClientException(f"Error executing the request: {type(error).__name__}") from error
        return outcome["response"]

    def _send(self, method: str, url: str, headers: dict[str, str], data: str | None,
              give_up: threading.Event) -> ApiClientResponse:
        with requests.Session() as session:
            session.trust_env = self.trust_environment
            with session.request(method, url, headers=headers, data=data, verify=self.verify, stream=True,
                                 allow_redirects=False,
                                 timeout=(self.timeout_seconds, self.timeout_seconds)) as response:
                # Read what has arrived, chunk by chunk, so a body that trickles in cannot keep this thread
                # alive long after the caller has given up.
                chunks: list[bytes] = []
                received = 0
                while chunk := response.raw.read1(_READ_CHUNK_BYTES, decode_content=True):
                    if give_up.is_set():
                        raise DeadlineExceeded("abandoned by the caller")
                    received += len(chunk)
                    if received > _MAX_RESPONSE_BYTES:
                        raise ApiClientException("response too large")
                    chunks.append(chunk)
                body = b"".join(chunks).decode(response.encoding or "utf-8", errors="replace")
                return ApiClientResponse(
                    headers=[(key, value) for key, value in response.headers.items()],
                    status_code=response.status_code,
                    body=body,
                )


def api_client(timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS) -> DeadlineApiClient:
    """The production API client: system CA bundle, total deadline per call. For `CustomSkillBuilder(api_client=)`."""
    return DeadlineApiClient(timeout_seconds)


class ReminderResult(enum.Enum):
    CREATED = "created"
    NO_PERMISSION = "no_permission"
    FAILED = "failed"


@dataclass(frozen=True)
class ReminderOutcome:
    """What became of a reminder request. `reason` is a short code for logs and tests, never user data."""

    result: ReminderResult
    alert_token: str | None = None
    status_code: int | None = None
    reason: str = ""

    @property
    def created(self) -> bool:
        return self.result is ReminderResult.CREATED


def create_check_in_reminder(handler_input: HandlerInput, text: str, days: int = 14, *,
                             push_notification: bool = False) -> ReminderOutcome:
    """Ask Alexa for a one-off reminder `days` days from now (SCHEDULED_RELATIVE, days × 86 400 s: the same time of
    day as this request) that says exactly `text` in the request's locale. Never raises.

    Relative rather than "10:00 local": a fixed local hour needs the device's time zone from the Settings API, a
    second call with its own failures and deadline inside Alexa's 8-second answer window.

    The reminder carries only `text`: nothing from the conversation is read here, so no symptom or answer can end
    up in it. Keep `text` neutral (Alexa may read it aloud on a shared device, and already announces the skill's
    name before it). `push_notification` also shows the text on the user's phone; off by default for discretion.
    """
    try:
        return _create(handler_input, text, days, push_notification)
    except Exception as error:  # a bug here must not cost the user the rest of the answer
        logger.warning("reminder create: unexpected %s", type(error).__name__)
        return ReminderOutcome(ReminderResult.FAILED, reason="unexpected_error")


def delete_our_reminders(handler_input: HandlerInput, budget_seconds: float = DELETE_BUDGET_SECONDS) -> int:
    """Delete every reminder this skill holds for this user; returns how many went. Never raises.

    The Reminders API only lists a skill's own reminders, so everything listed is ours. Listing is repeated
    (at most three rounds) in case the service pages its list; no new call starts after `budget_seconds`.
    """
    try:
        return _delete_all(handler_input, budget_seconds)
    except Exception as error:
        logger.warning("reminder delete: unexpected %s", type(error).__name__)
        return 0


def check_in_reminder_body(text: str, days: int, locale: str, push_notification: bool = False,
                           now: datetime | None = None) -> dict[str, Any]:
    """The documented create-reminder body. Built as plain JSON rather than through ask-sdk-model's
    ReminderRequest so that `requestTime` has the documented form (milliseconds, no offset; UTC here)."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return {
        "requestTime": moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}",
        "trigger": {"type": "SCHEDULED_RELATIVE", "offsetInSeconds": days * SECONDS_PER_DAY},
        "alertInfo": {"spokenInfo": {"content": [{"locale": locale, "text": text}]}},
        "pushNotification": {"status": "ENABLED" if push_notification else "DISABLED"},
    }


def _create(handler_input: HandlerInput, text: str, days: int, push_notification: bool) -> ReminderOutcome:
    if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT_CHARACTERS:
        logger.warning("reminder create: refused, unusable text")
        return ReminderOutcome(ReminderResult.FAILED, reason="bad_text")
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        logger.warning("reminder create: refused, days out of range")
        return ReminderOutcome(ReminderResult.FAILED, reason="bad_days")
    service = _service(handler_input)
    if isinstance(service, ReminderOutcome):
        logger.info("reminder create: %s", service.reason)
        return service
    locale = getattr(handler_input.request_envelope.request, "locale", None) or "en-US"
    body = check_in_reminder_body(text.strip(), days, locale, push_notification)
    reply = service.call("POST", REMINDERS_PATH, body)
    if isinstance(reply, ReminderOutcome):
        logger.info("reminder create: %s", reply.reason)
        return reply
    status, payload = reply
    logger.info("reminder create: HTTP %s", status)
    if 200 <= status < 300:
        token = payload.get("alertToken") if isinstance(payload, dict) else None
        if isinstance(token, str) and token:
            return ReminderOutcome(ReminderResult.CREATED, alert_token=token, status_code=status)
        return ReminderOutcome(ReminderResult.FAILED, status_code=status, reason="no_alert_token")
    return _refusal(status)


def _delete_all(handler_input: HandlerInput, budget_seconds: float) -> int:
    service = _service(handler_input)
    if isinstance(service, ReminderOutcome):
        logger.info("reminder delete: %s", service.reason)
        return 0
    deadline = time.monotonic() + budget_seconds
    deleted = 0
    for _round in range(3):
        tokens = _list_tokens(service)
        if not tokens:
            break
        deleted_this_round = 0
        for token in tokens:
            if time.monotonic() >= deadline:
                logger.info("reminder delete: budget spent")
                return deleted + deleted_this_round
            reply = service.call("DELETE", f"{REMINDERS_PATH}/{quote(token, safe='')}", None)
            if isinstance(reply, ReminderOutcome):
                logger.info("reminder delete: %s", reply.reason)
                continue
            logger.info("reminder delete: HTTP %s", reply[0])
            if 200 <= reply[0] < 300:
                deleted_this_round += 1
        deleted += deleted_this_round
        if deleted_this_round == 0 or time.monotonic() >= deadline:
            break
    return deleted


def _list_tokens(service: _Service) -> list[str]:
    """Alert tokens from GET /v1/alerts/reminders, read from the JSON ourselves.

    ask-sdk-model cannot read this answer: its AlertInfo names a module `alert_info_spoken_info` that the package
    does not ship, so ReminderManagementServiceClient.get_reminders() fails with a SerializationException on any
    reminder that has alertInfo (all of them). Only `alerts[].alertToken` is needed, so nothing else is parsed.
    """
    reply = service.call("GET", REMINDERS_PATH, None)
    if isinstance(reply, ReminderOutcome):
        logger.info("reminder list: %s", reply.reason)
        return []
    status, payload = reply
    logger.info("reminder list: HTTP %s", status)
    if not 200 <= status < 300 or not isinstance(payload, dict) or not isinstance(payload.get("alerts"), list):
        return []
    tokens = [alert.get("alertToken") for alert in payload["alerts"] if isinstance(alert, dict)]
    return [token for token in tokens if isinstance(token, str) and token]


def _refusal(status: int) -> ReminderOutcome:
    if status in (401, 403):
        return ReminderOutcome(ReminderResult.NO_PERMISSION, status_code=status, reason=f"http_{status}")
    return ReminderOutcome(ReminderResult.FAILED, status_code=status, reason=f"http_{status}")


@dataclass(frozen=True)
class _Service:
    """The API client, endpoint and token the SDK put in this request's service client factory."""

    api_client: ApiClient
    endpoint: str
    token: str

    def call(self, method: str, path: str, body: dict[str, Any] | None) -> tuple[int, Any] | ReminderOutcome:
        """(status, parsed JSON or None) for any HTTP answer; a FAILED outcome when none came.

        The SDK's ReminderManagementServiceClient is not used even for create and delete: it turns statuses
        missing from its tables, and error bodies that are not JSON, into exceptions that lose the status code,
        and the status is exactly what decides NO_PERMISSION against FAILED.
        """
        headers = [("Authorization", f"Bearer {self.token}"), ("Accept", "application/json")]
        if body is not None:
            headers.append(("Content-type", "application/json"))
        request = ApiClientRequest(url=self.endpoint.rstrip("/") + path, method=method, headers=headers,
                                   body=body)
        try:
            response = self.api_client.invoke(request)
        except DeadlineExceeded:
            return ReminderOutcome(ReminderResult.FAILED, reason="timeout")
        except ApiClientException:
            return ReminderOutcome(ReminderResult.FAILED, reason="no_answer")
        status = response.status_code
        if not isinstance(status, int):
            return ReminderOutcome(ReminderResult.FAILED, reason="no_status")
        try:
            payload = json.loads(response.body) if response.body else None
        except ValueError:
            payload = None
        return status, payload


def _service(handler_input: HandlerInput) -> _Service | ReminderOutcome:
    try:
        factory = handler_input.service_client_factory
    except ValueError:  # CustomSkillBuilder() without api_client= gives handlers no service client factory
        factory = None
    configuration: ApiConfiguration | None = getattr(factory, "api_configuration", None)
    if configuration is None or configuration.api_client is None:
        logger.warning("reminders: the skill was built without an API client")
        return ReminderOutcome(ReminderResult.FAILED, reason="no_api_client")
    if not configuration.authorization_value:
        return ReminderOutcome(ReminderResult.NO_PERMISSION, reason="no_access_token")
    if not configuration.api_endpoint:
        return ReminderOutcome(ReminderResult.FAILED, reason="no_api_endpoint")
    return _Service(configuration.api_client, configuration.api_endpoint, configuration.authorization_value)


def _headers_dict(headers: list[tuple[str, str]] | None) -> dict[str, str]:
    merged: dict[str, str] = {}
    for key, value in headers or []:
        merged[key] = f"{merged[key]}, {value}" if key in merged else value
    return merged


def _encode_body(body: Any) -> str | None:
    if body is None or body == "":
        return None
    return body if isinstance(body, str) else json.dumps(body)

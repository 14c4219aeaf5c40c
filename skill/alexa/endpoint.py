"""One request in, one answer out, for every entry point (the web service, Lambda, the console): never raises.

A body a client controls gets a 2xx with speech or a 4xx with a short reason, never a 5xx or an exception:
bodies nested too deep or with numbers Python will not read are refused before anything recurses over them,
and a response whose SSML is not well-formed XML is replaced by a spoken apology rather than sent.
"""

from __future__ import annotations

import json
import logging
import math
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from typing import Any

from ask_sdk_core.skill import CustomSkill

from skill.alexa.builder import MalformedRequestError, invoke, spoken_response
from skill.domain.content import Content, load_content_for

log = logging.getLogger(__name__)

# A real envelope nests about a dozen levels (request.intent.slots.X.slotValue.values[0].resolutions...) and our
# session attributes add a few; far deeper JSON is an attack on whatever recurses over it (the SDK, the encoder).
MAX_JSON_DEPTH = 64
# Alexa sends a session with every request of these types; without one the skill has nowhere to keep the case.
SESSION_REQUEST_TYPES = frozenset({"LaunchRequest", "IntentRequest", "SessionEndedRequest"})


class BadRequest(ValueError):
    """A body refused with a short reason that contains no request data (for an HTTP 400 body or a log)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Answered:
    """What the entry point sends back: an HTTP status (200 or 4xx) and a JSON body."""

    status: int
    body: dict[str, Any]


def parse_event(body: bytes) -> dict[str, Any]:
    """The request envelope in `body`, or BadRequest saying why it is not one."""
    try:
        event = json.loads(body, parse_constant=_refuse_constant, parse_float=_finite_float)
    except RecursionError as error:
        raise BadRequest("request body is nested too deeply") from error
    except (UnicodeDecodeError, ValueError) as error:
        # ValueError also covers integers longer than Python converts (4,300 digits) and NaN or Infinity.
        raise BadRequest("request body is not valid JSON") from error
    problem = envelope_problem(event)
    if problem:
        raise BadRequest(problem)
    return event


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError("number out of range")
    return value


def envelope_problem(event: Any) -> str | None:
    """Why a parsed body is not an Alexa request envelope this skill can answer, or None when it is one."""
    if not isinstance(event, dict):
        return "request body is not a JSON object"
    if _deeper_than(event, MAX_JSON_DEPTH):
        return f"request body is nested more than {MAX_JSON_DEPTH} levels deep"
    request_part = event.get("request")
    if not isinstance(event.get("version"), str) or not isinstance(request_part, dict):
        return "request body is not an Alexa request envelope (needs version and request)"
    for key in ("type", "requestId", "timestamp"):
        if not isinstance(request_part.get(key), str) or not request_part[key]:
            return f"request envelope is missing request.{key}"
    intent = request_part.get("intent")
    named = isinstance(intent, dict) and isinstance(intent.get("name"), str)
    if request_part["type"] == "IntentRequest" and not named:
        return "request envelope is an IntentRequest without an intent name"
    context, session = event.get("context", {}), event.get("session", {})
    if not isinstance(context, dict) or not isinstance(session, dict):
        return "request envelope has a malformed context or session"
    system = context.get("System", {})
    if not isinstance(system, dict) or not all(
            isinstance(part.get("application", {}), dict) for part in (system, session)):
        return "request envelope has a malformed application"
    if request_part["type"] in SESSION_REQUEST_TYPES and not session:
        return f"request envelope has no session (Alexa sends one with every {request_part['type']})"
    if not isinstance(session.get("attributes") or {}, dict):
        return "request envelope has malformed session attributes"
    return None


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether JSON-like `value` nests more than `limit` levels; iterative, so depth itself cannot break it."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def answer(skill: CustomSkill, event: Any, context: Any = None) -> Answered:
    """Run one parsed envelope through the skill: 400 for what is not an envelope, otherwise 200 with speech (an
    apology in the words of the request's locale if the skill itself fails)."""
    problem = envelope_problem(event)
    if problem:
        return Answered(400, {"error": problem})
    try:
        response = invoke(skill, event, context)
    except MalformedRequestError as error:
        return Answered(400, {"error": str(error)})
    except Exception:  # noqa: BLE001 - Alexa must get a spoken answer, never a 500 or a Lambda error
        log.exception("the skill failed outside its own error handlers")
        response = spoken_response(event, _content(event).line("error_retry"))
    if not ssml_well_formed(response):
        log.error("the skill produced SSML that is not well-formed; answering with an apology instead")
        response = spoken_response(event, _content(event).line("error_retry"))
    return Answered(200, response)


def _content(event: dict[str, Any]) -> Content:
    return load_content_for(event["request"].get("locale"))


def ssml_well_formed(response: Any) -> bool:
    """Whether every SSML the response would speak (speech and reprompt) parses as XML."""
    body = response.get("response") if isinstance(response, dict) else None
    if not isinstance(body, dict):
        return True
    speeches = [body.get("outputSpeech"), (body.get("reprompt") or {}).get("outputSpeech")]
    for speech in speeches:
        if isinstance(speech, dict) and speech.get("type") == "SSML":
            try:
                ElementTree.fromstring(speech.get("ssml") or "")
            except ElementTree.ParseError:
                return False
    return True

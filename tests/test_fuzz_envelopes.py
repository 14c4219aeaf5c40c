"""Property-based fuzzing (Hypothesis): real request envelopes, mutated, through every entry point.

Seeds are the envelopes of real conversations (benign advice, an emergency, a correction, advice details, repeat),
so the session attributes are the skill's own. Each example mutates one to five places: any value replaced by
another type, a key removed, JSON nested hundreds deep, numbers too long for Python, characters XML forbids, an
unknown request type or intent. Through the Flask app (as bytes), `lambda_handler` and the skill object, it must
hold that nothing raises, nothing answers 5xx, every SSML spoken parses as XML, and an emergency in the request's
state is never lost. The suite runs a quick share; `scripts/bench fuzz` runs the long one (MTH_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from skill.alexa.builder import KNOWN_REQUEST_TYPES, MalformedRequestError, build_skill, invoke
from skill.alexa.endpoint import envelope_problem
from skill.domain.conversation import emergency_in
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.local.simulator import ChatSession
from skill.storage import SqlitePersistenceAdapter
from skill.web.app import WebSettings, create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = int(os.environ.get("MTH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SKILL = build_skill()
MODEL = load_interaction_model(None)
CONVERSATIONS = (
    ("open muscle twitch helper", "my eyelid keeps twitching", "no", "no", "no", "yes", "three days", "no", "no",
     "no", "tell me more", "self-care tips", "repeat"),
    ("open muscle twitch helper", "my calf keeps twitching", "yes", "repeat", "start over", "stop"),
    ("open muscle twitch helper", "my thumb twitches", "no", "sorry I meant yes", "what"),
    ("open muscle twitch helper", "my arm is twitching and I blacked out", "why do you ask", "help"),
    ("open muscle twitch helper", "I'm not sure", "my leg", "I don't know", "I don't know", "I don't know"),
)
# The emergency instruction in any locale's words (the locale may be mutated too).
CALL_NOW = re.compile(r"call (911|999|000|112|your local emergency number)", re.IGNORECASE)
# A stand-in for an integer too long for Python to read (4,300 digits); JSON text can carry it, Python cannot.
HUGE_NUMBER = "\x00huge-number\x00"


@cache
def seeds() -> tuple[dict[str, Any], ...]:
    """Every request envelope the conversations above send, each with the skill's own state from the turn before."""
    recorded: list[dict[str, Any]] = []

    def record(event: dict[str, Any]) -> dict[str, Any]:
        recorded.append(copy.deepcopy(event))
        return invoke(SKILL, event)

    resolver = Resolver(MODEL)
    for utterances in CONVERSATIONS:
        session = ChatSession(invoke_fn=record, resolver=resolver)
        for utterance in utterances:
            if session.send(utterance).ended:
                break
    return tuple(recorded)


@cache
def lambda_handler() -> Any:
    spec = importlib.util.spec_from_file_location("lambda_function", ROOT / "lambda" / "lambda_function.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.lambda_handler


@cache
def flask_client() -> Any:
    return create_app(WebSettings(dev=True), skill=SKILL).test_client()


# --- mutations ----------------------------------------------------------------------------------------------

text = st.text(st.characters(exclude_categories=()), max_size=30)  # control characters and lone surrogates too
leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False, allow_infinity=False), text,
                   st.sampled_from(["emergency", "yes", "no", "unknown", "emergency_screen", "fainting", "calf",
                                    "remember_consent", "still_twitching", "forget_confirm", "reminder_offer"]),
                   st.just(HUGE_NUMBER))
values = st.one_of(
    st.recursive(leaves, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(text, inner, max_size=3),
                 max_leaves=8),
    st.integers(min_value=60, max_value=600).map(lambda depth: _nested(depth)),
)
request_types = st.sampled_from(sorted(KNOWN_REQUEST_TYPES) + ["Foo.Bar", "", "IntentRequest"])
intent_names = st.sampled_from(sorted(MODEL.intents) + ["NoSuchIntent", "AMAZON.RepeatIntent"])


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for level in range(depth):
        value = [value] if level % 2 else {"d": value}
    return value


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside an envelope, the root excluded."""
    found = []
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        found.append((*path, key))
        found.extend(_places(child, (*path, key)))
    return found


def _parent(envelope: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        envelope = envelope[key]
    return envelope


class Mutated(dict):  # type: ignore[type-arg]
    """An envelope whose repr stays short: Hypothesis prints failing examples, and some are nested 600 deep."""

    def __repr__(self) -> str:
        try:
            return json.dumps(self)[:3000]
        except (RecursionError, ValueError):
            return f"<envelope with keys {sorted(self)}>"


@st.composite
def mutated_envelopes(draw: st.DrawFn) -> dict[str, Any]:
    envelope = copy.deepcopy(draw(st.sampled_from(seeds())))
    for _ in range(draw(st.integers(min_value=1, max_value=5))):
        kind = draw(st.sampled_from(["replace", "replace", "delete", "type", "intent", "slot", "attribute"]))
        if kind == "type" and isinstance(envelope.get("request"), dict):
            envelope["request"]["type"] = draw(request_types)
        elif kind == "intent" and isinstance(envelope.get("request"), dict):
            envelope["request"]["intent"] = {"name": draw(intent_names), "confirmationStatus": "NONE",
                                             "slots": envelope["request"].get("intent", {}).get("slots", {})
                                             if isinstance(envelope["request"].get("intent"), dict) else {}}
        elif kind == "slot":
            slot_paths = [path for path in _places(envelope) if path[-1] == "value" and "slots" in path]
            if slot_paths:
                path = draw(st.sampled_from(slot_paths))
                _parent(envelope, path)[path[-1]] = draw(text)
        elif kind == "attribute" and isinstance(envelope.get("session"), dict) and isinstance(
                envelope["session"].get("attributes"), dict):
            attributes = envelope["session"]["attributes"]
            key = draw(st.sampled_from(sorted(attributes) + ["outcome", "case", "last_response", "misses"]))
            attributes[key] = draw(values)
        else:
            places = _places(envelope)
            if not places:
                break
            path = draw(st.sampled_from(places))
            parent = _parent(envelope, path)
            if kind == "delete" and isinstance(parent, dict):
                del parent[path[-1]]
            else:
                parent[path[-1]] = draw(values)
    return Mutated(envelope)


def as_bytes(envelope: dict[str, Any]) -> bytes:
    """The envelope as a client would send it; the stand-in becomes a 5,000-digit number in the JSON text."""
    return json.dumps(envelope).replace(json.dumps(HUGE_NUMBER), "9" * 5000).encode()


def as_event(envelope: dict[str, Any]) -> dict[str, Any]:
    """The envelope as a Python caller could hand it to Lambda: the stand-in becomes a 5,000-digit int."""
    event = json.loads(json.dumps(envelope))
    stack: list[Any] = [event]
    while stack:  # not recursive: some envelopes are nested 600 deep
        item = stack.pop()
        keys = list(item) if isinstance(item, dict) else range(len(item)) if isinstance(item, list) else ()
        for key in keys:
            if item[key] == HUGE_NUMBER:
                item[key] = 10**5000
            else:
                stack.append(item[key])
    return event


# --- what must hold ---------------------------------------------------------------------------------------------


def holds_for(event: Any, response: dict[str, Any]) -> None:
    """Every SSML spoken parses as XML, and an emergency in the request's state is not lost."""
    body = response.get("response") or {}
    speech = ""
    for part in (body.get("outputSpeech"), (body.get("reprompt") or {}).get("outputSpeech")):
        if isinstance(part, dict) and part.get("type") == "SSML":
            speech += " ".join(ElementTree.fromstring(part["ssml"]).itertext())
    if _continues_an_emergency(event):
        attributes = response.get("sessionAttributes") or {}
        assert CALL_NOW.search(speech) or attributes.get("outcome") == "emergency", speech


def _continues_an_emergency(event: Any) -> bool:
    """A request in a session whose state holds an emergency (a launch starts afresh; an ended session is mute)."""
    request = event.get("request") if isinstance(event, dict) else None
    session = event.get("session") if isinstance(event, dict) else None
    if not isinstance(request, dict) or not isinstance(session, dict) or request.get("type") != "IntentRequest":
        return False
    return emergency_in(session.get("attributes"))


@FUZZ
@given(mutated_envelopes())
def test_the_web_service_never_answers_5xx_and_speaks_well_formed_ssml(envelope: dict[str, Any]) -> None:
    reply = flask_client().post("/alexa", data=as_bytes(envelope), content_type="application/json",
                                environ_base={"REMOTE_ADDR": "127.0.0.1"})
    assert reply.status_code < 500, reply.get_data()[:300]
    body = reply.get_json()
    if reply.status_code == 200:
        holds_for(envelope, body)
    else:
        assert 0 < len(body["error"]) < 120


@FUZZ
@given(mutated_envelopes())
def test_lambda_handler_never_raises_and_speaks_well_formed_ssml(envelope: dict[str, Any]) -> None:
    event = as_event(envelope)
    response = lambda_handler()(event, None)
    if "error" not in response:
        holds_for(event, response)


@FUZZ
@given(mutated_envelopes())
def test_the_skill_object_raises_nothing_but_malformed_request(envelope: dict[str, Any]) -> None:
    event = as_event(envelope)
    if envelope_problem(event):
        return  # every entry point refuses these before the skill sees them (the two tests above)
    try:
        response = invoke(SKILL, event)
    except MalformedRequestError:
        return
    holds_for(event, response)


@cache
def remembering_skill() -> Any:
    """The skill with memory on (an SQLite store in a temporary folder), as `serve --memory on` builds it."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-memory-"))
    return build_skill(persistence_adapter=SqlitePersistenceAdapter(folder / "memory.sqlite3"))


@FUZZ
@given(mutated_envelopes())
def test_with_memory_on_the_skill_raises_nothing_but_malformed_request(envelope: dict[str, Any]) -> None:
    event = as_event(envelope)
    if envelope_problem(event):
        return
    try:
        response = invoke(remembering_skill(), event)
    except MalformedRequestError:
        return
    holds_for(event, response)


@settings(max_examples=20, deadline=None, database=None)
@given(st.sampled_from([None, [], [1, 2], "launch", 7, {"request": None}]))
def test_lambda_handler_answers_non_envelopes_with_an_error(event: Any) -> None:
    assert "error" in lambda_handler()(event, None)


def test_lambda_handler_refuses_an_intent_request_without_a_session() -> None:
    envelope = copy.deepcopy(next(seed for seed in seeds() if seed["request"]["type"] == "IntentRequest"))
    del envelope["session"]
    response = lambda_handler()(envelope, None)
    assert response == {"error": "request envelope has no session (Alexa sends one with every IntentRequest)"}

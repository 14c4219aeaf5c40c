"""Dialogue state in Alexa session attributes. `pending_question` and `outcome` sit at the top level (a contract
for tests and tools); the last response is kept beside them so Repeat can replay it word for word.

Session attributes come back inside the request, so Repeat only replays a response that carries this skill's own
HMAC: one it did not sign (edited, or invented by a caller) is never spoken. The key comes from MTH_REPLAY_KEY,
shared by every process that serves the skill; without it each process makes its own, and a Repeat that reaches
another process asks the question again instead of replaying.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.domain.conversation import DialogueState

LAST_RESPONSE = "last_response"
REPLAY_KEY_ENV = "MTH_REPLAY_KEY"
_REPLAY_KEY = os.environ.get(REPLAY_KEY_ENV, "").encode() or secrets.token_bytes(32)


def session_attributes(handler_input: HandlerInput) -> dict[str, Any]:
    """The session's attributes; for a request outside a session (an event, a permission answer), an empty dict
    that nothing keeps: such a request starts from nothing and has nowhere to store anything."""
    if handler_input.request_envelope.session is None:
        return {}
    return handler_input.attributes_manager.session_attributes


def load_state(handler_input: HandlerInput) -> DialogueState:
    """The conversation so far; raises CaseError if the attributes were tampered with."""
    return DialogueState.from_dict(session_attributes(handler_input))


def save_state(handler_input: HandlerInput, state: DialogueState) -> None:
    attributes = session_attributes(handler_input)
    last = attributes.get(LAST_RESPONSE)
    attributes.clear()
    attributes.update(state.to_dict())
    if last is not None:
        attributes[LAST_RESPONSE] = last


def last_response(handler_input: HandlerInput) -> dict[str, Any] | None:
    """The last response this skill gave in the session, if it is there and carries the skill's own signature."""
    last = session_attributes(handler_input).get(LAST_RESPONSE)
    if not isinstance(last, dict) or not isinstance(last.get("ssml"), str) or not last["ssml"]:
        return None
    reprompt, signature = last.get("reprompt"), last.get("signature")
    if reprompt is not None and not isinstance(reprompt, str) or not isinstance(signature, str):
        return None
    if not hmac.compare_digest(signature, _signature(last["ssml"], reprompt)):
        return None
    return last


def remember_response(handler_input: HandlerInput, ssml: str, reprompt_ssml: str | None, replays: int = 0) -> None:
    """Keep what was said for Repeat, signed, and how often it has been replayed already."""
    session_attributes(handler_input)[LAST_RESPONSE] = {
        "ssml": ssml, "reprompt": reprompt_ssml, "replays": replays, "signature": _signature(ssml, reprompt_ssml),
    }


def _signature(ssml: str, reprompt_ssml: str | None) -> str:
    # The replay count is not signed: changing it can only make Repeat ask the question again, never speak text.
    message = json.dumps([ssml, reprompt_ssml]).encode()  # ASCII: json escapes the rest
    return hmac.new(_REPLAY_KEY, message, hashlib.sha256).hexdigest()


def replays(last: dict[str, Any]) -> int:
    count = last.get("replays", 0)
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else 0

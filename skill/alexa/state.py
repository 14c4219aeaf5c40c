"""Dialogue state in Alexa session attributes. `pending_question` and `outcome` sit at the top level (a contract
for tests and tools); the last response is kept beside them so Repeat can replay it word for word."""

from __future__ import annotations

from typing import Any

from ask_sdk_core.handler_input import HandlerInput

from skill.domain.conversation import DialogueState

LAST_RESPONSE = "last_response"


def load_state(handler_input: HandlerInput) -> DialogueState:
    """The conversation so far; raises CaseError if the attributes were tampered with."""
    return DialogueState.from_dict(handler_input.attributes_manager.session_attributes)


def save_state(handler_input: HandlerInput, state: DialogueState) -> None:
    attributes = handler_input.attributes_manager.session_attributes
    last = attributes.get(LAST_RESPONSE)
    attributes.clear()
    attributes.update(state.to_dict())
    if last is not None:
        attributes[LAST_RESPONSE] = last


def last_response(handler_input: HandlerInput) -> dict[str, Any] | None:
    last = handler_input.attributes_manager.session_attributes.get(LAST_RESPONSE)
    if isinstance(last, dict) and isinstance(last.get("ssml"), str) and last["ssml"]:
        return last
    return None


def remember_response(handler_input: HandlerInput, ssml: str, reprompt_ssml: str | None, replays: int = 0) -> None:
    """Keep what was said for Repeat, and how often it has been replayed already."""
    handler_input.attributes_manager.session_attributes[LAST_RESPONSE] = {
        "ssml": ssml, "reprompt": reprompt_ssml, "replays": replays,
    }


def replays(last: dict[str, Any]) -> int:
    count = last.get("replays", 0)
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else 0

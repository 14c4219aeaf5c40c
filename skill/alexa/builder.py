"""Assembles the skill: content → conversation → handlers. Every entry point (Lambda, web, CLI, tests) uses this."""

from __future__ import annotations

import json
import logging
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import SerializationException
from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import Request, RequestEnvelope
from ask_sdk_model.services import ApiClient

from skill.alexa.conversations import Conversations
from skill.alexa.handlers.answers import AnswerHandler
from skill.alexa.handlers.errors import CatchAllErrorHandler, LostStateHandler
from skill.alexa.handlers.facts import CorrectionHandler, FactsHandler
from skill.alexa.handlers.guidance import GuidanceHandler
from skill.alexa.handlers.launch import LaunchHandler
from skill.alexa.handlers.memory import (
    ForgetMeHandler,
    MemoryAnswerHandler,
    OfferBeforeLeavingHandler,
    PermissionAnswerHandler,
    RecallHandler,
    RecordFollowsTheAdvice,
    WelcomeBackHandler,
)
from skill.alexa.handlers.navigation import ExitHandler, FallbackHandler, RepeatHandler, StartOverHandler
from skill.alexa.handlers.session import SessionEndedHandler, UnsupportedRequestHandler
from skill.alexa.ssml import to_ssml
from skill.domain.content import Content, load_content, load_content_for
from skill.domain.conversation import Conversation

log = logging.getLogger(__name__)

# Every request type this SDK version can deserialize.
KNOWN_REQUEST_TYPES = frozenset(Request.discriminator_value_class_map)


def build_skill(content: Content | None = None, conversation: Conversation | None = None,
                persistence_adapter: AbstractPersistenceAdapter | None = None,
                api_client: ApiClient | None = None) -> CustomSkill:
    """The skill object that serves Alexa, the web service and every local tool: each request is answered in the
    words of its locale. Given `content` or a `conversation`, that one serves every locale (tests, tools). With a
    `persistence_adapter` the skill remembers, with each person's consent (skill/storage builds one from settings);
    without one it behaves as it always has. `api_client` reaches Amazon's services (the Reminders API); without
    one a reminder cannot be made, and the person is told so."""
    if conversation is not None or content is not None:
        conversations = Conversations.only(conversation or Conversation(content or load_content()))
    else:
        conversations = Conversations.for_every_locale()
    builder = CustomSkillBuilder(persistence_adapter=persistence_adapter, api_client=api_client)
    # Order matters: the first handler whose can_handle is true wins, and Fallback catches every other intent.
    # The memory handlers come first: with memory off they only answer "forget me" and "what do you remember?".
    for handler in (
        WelcomeBackHandler(conversations),
        MemoryAnswerHandler(conversations),
        OfferBeforeLeavingHandler(conversations),
        ForgetMeHandler(conversations),
        RecallHandler(conversations),
        PermissionAnswerHandler(conversations),
        LaunchHandler(conversations),
        FactsHandler(conversations),
        CorrectionHandler(conversations),
        AnswerHandler(conversations),
        GuidanceHandler(conversations),
        RepeatHandler(conversations),
        StartOverHandler(conversations),
        ExitHandler(conversations),
        FallbackHandler(conversations),
        SessionEndedHandler(),
        UnsupportedRequestHandler(conversations),
    ):
        builder.add_request_handler(handler)
    builder.add_global_response_interceptor(RecordFollowsTheAdvice(conversations))
    builder.add_exception_handler(LostStateHandler(conversations))
    builder.add_exception_handler(CatchAllErrorHandler(conversations))
    return builder.create()


class MalformedRequestError(ValueError):
    """The body is not an Alexa request envelope the SDK can read."""


def parse_envelope(skill: CustomSkill, event: dict[str, Any]) -> RequestEnvelope:
    """Deserialize a request envelope; an unreadable one raises MalformedRequestError with a short reason."""
    try:
        return skill.serializer.deserialize(payload=json.dumps(event), obj_type=RequestEnvelope)
    except (SerializationException, TypeError, ValueError) as error:
        raise MalformedRequestError("the body is not a valid Alexa request envelope") from error


def invoke(skill: CustomSkill, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """Run one request envelope (as JSON-compatible dict) through the skill; returns the response envelope dict.

    Request types newer than the SDK's model cannot even be deserialized; they get the skill's polite
    "I can't do that here" instead of an error, as every other unsupported request does.
    """
    if request_type(event) not in KNOWN_REQUEST_TYPES:
        return unsupported_request_response(event)
    request_envelope = parse_envelope(skill, event)
    if forgets_on_disable(event):
        forget_user(skill, request_envelope)
    response_envelope = skill.invoke(request_envelope=request_envelope, context=context)
    return skill.serializer.serialize(response_envelope)


def forgets_on_disable(event: dict[str, Any]) -> bool:
    """The person disabled the skill and chose not to keep their data. Read from the raw JSON: the SDK's model
    of SkillDisabled has no `body.userInformationPersistenceStatus`."""
    request = event.get("request") if isinstance(event.get("request"), dict) else {}
    body = request.get("body") if isinstance(request.get("body"), dict) else {}
    return request.get("type") == "AlexaSkillEvent.SkillDisabled" and (
        body.get("userInformationPersistenceStatus") == "NOT_PERSISTED")


def forget_user(skill: CustomSkill, request_envelope: RequestEnvelope) -> None:
    """Delete everything stored for the request's user, if this skill stores anything; never raises."""
    adapter = getattr(skill, "persistence_adapter", None)
    if adapter is None:
        return
    try:
        adapter.delete_attributes(request_envelope=request_envelope)
    except Exception as error:  # noqa: BLE001 - logged by type only: the store may be down, the event is answered
        log.warning("could not delete a disabled user's memory: %s", type(error).__name__)


def request_type(event: Any) -> str | None:
    request = event.get("request") if isinstance(event, dict) else None
    kind = request.get("type") if isinstance(request, dict) else None
    return kind if isinstance(kind, str) else None


def unsupported_request_response(event: dict[str, Any]) -> dict[str, Any]:
    """A spoken "I can't do that here", in the words of the request's locale, that keeps the session and its
    attributes as they were."""
    request = event.get("request") if isinstance(event.get("request"), dict) else {}
    return spoken_response(event, load_content_for(request.get("locale")).line("unsupported_request"))


def spoken_response(event: dict[str, Any], line: str) -> dict[str, Any]:
    """A response envelope that says one line, keeps the session open and its attributes unchanged."""
    session = event.get("session") if isinstance(event.get("session"), dict) else {}
    speech = {"type": "SSML", "ssml": f"<speak>{to_ssml([line])}</speak>"}
    return {
        "version": "1.0",
        "sessionAttributes": session.get("attributes") or {},
        "response": {"outputSpeech": speech, "reprompt": {"outputSpeech": speech}, "shouldEndSession": False},
    }

"""Assembles the skill: content → conversation → handlers. Every entry point (Lambda, web, CLI, tests) uses this."""

from __future__ import annotations

import json
from typing import Any

from ask_sdk_core.skill import CustomSkill
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.alexa.handlers.answers import AnswerHandler
from skill.alexa.handlers.errors import CatchAllErrorHandler, LostStateHandler
from skill.alexa.handlers.facts import FactsHandler
from skill.alexa.handlers.guidance import GuidanceHandler
from skill.alexa.handlers.launch import LaunchHandler
from skill.alexa.handlers.navigation import ExitHandler, FallbackHandler, RepeatHandler, StartOverHandler
from skill.alexa.handlers.session import SessionEndedHandler, UnsupportedRequestHandler
from skill.alexa.interceptors import RequestLogInterceptor, ResponseLogInterceptor
from skill.domain.content import Content, load_content
from skill.domain.conversation import Conversation


def build_skill(content: Content | None = None, conversation: Conversation | None = None) -> CustomSkill:
    """The skill object that serves Alexa, the web service and every local tool."""
    content = content or load_content()
    conversation = conversation or Conversation(content)
    builder = CustomSkillBuilder()
    # Order matters: the first handler whose can_handle is true wins, and Fallback catches every other intent.
    for handler in (
        LaunchHandler(conversation),
        FactsHandler(conversation),
        AnswerHandler(conversation),
        GuidanceHandler(conversation),
        RepeatHandler(conversation),
        StartOverHandler(conversation),
        ExitHandler(conversation),
        FallbackHandler(conversation),
        SessionEndedHandler(),
        UnsupportedRequestHandler(content),
    ):
        builder.add_request_handler(handler)
    builder.add_exception_handler(LostStateHandler(content))
    builder.add_exception_handler(CatchAllErrorHandler(content))
    builder.add_global_request_interceptor(RequestLogInterceptor())
    builder.add_global_response_interceptor(ResponseLogInterceptor())
    return builder.create()


def invoke(skill: CustomSkill, event: dict[str, Any], context: Any = None) -> dict[str, Any]:
    """Run one request envelope (as JSON-compatible dict) through the skill; returns the response envelope dict."""
    serializer = skill.serializer
    request_envelope = serializer.deserialize(payload=json.dumps(event), obj_type=RequestEnvelope)
    response_envelope = skill.invoke(request_envelope=request_envelope, context=context)
    return serializer.serialize(response_envelope)

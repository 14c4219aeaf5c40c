from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.base import ConversationHandler, speak
from skill.alexa.ssml import to_ssml

log = logging.getLogger(__name__)


class SessionEndedHandler(AbstractRequestHandler):
    """The session closed (user left, silence, or an error on the device). Alexa allows no speech here."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("SessionEndedRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        reason = getattr(getattr(request, "reason", None), "value", None)
        if reason == "ERROR":
            error = getattr(request, "error", None)
            log.warning("session ended by device error: %s", getattr(error, "object_type", None) or "unknown")
        return handler_input.response_builder.response


class UnsupportedRequestHandler(ConversationHandler):
    """Request types this skill does not use: a polite answer rather than an error."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return True

    def handle(self, handler_input: HandlerInput) -> Response:
        request_type = handler_input.request_envelope.request.object_type
        log.info("unsupported request type %s", request_type)
        if request_type and request_type.startswith(("System.", "AlexaSkillEvent.")):
            # System.ExceptionEncountered, skill events and friends must not be answered with speech.
            return handler_input.response_builder.response
        line = to_ssml([self.conversation(handler_input).content.line("unsupported_request")])
        return speak(handler_input, line, line, end_session=False)

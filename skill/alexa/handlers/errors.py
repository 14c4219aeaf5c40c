from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa.handlers.base import speak
from skill.alexa.ssml import to_ssml
from skill.alexa.state import last_response, save_state
from skill.domain.case import CaseError
from skill.domain.content import Content
from skill.domain.conversation import DialogueState

log = logging.getLogger(__name__)


class LostStateHandler(AbstractExceptionHandler):
    """Session attributes that cannot be trusted: say so and start a clean case, never guess at health facts."""

    def __init__(self, content: Content) -> None:
        self.content = content

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return isinstance(exception, CaseError)

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.warning("discarding untrusted session state: %s", type(exception).__name__)
        save_state(handler_input, DialogueState())
        line = self.content.line("error_restart")
        reprompt = to_ssml([self.content.line("opening_reprompt")])
        return speak(handler_input, to_ssml([line]), reprompt, end_session=False)


class CatchAllErrorHandler(AbstractExceptionHandler):
    """Anything else: apologise, keep the conversation as it was, never speak a trace."""

    def __init__(self, content: Content) -> None:
        self.content = content

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        log.exception("unhandled error while handling a request")
        last = last_response(handler_input)
        line = to_ssml([self.content.line("error_retry")])
        reprompt = (last or {}).get("reprompt") or line
        # The state is left untouched, so the person can simply answer again.
        builder = handler_input.response_builder.speak(line).ask(reprompt).set_should_end_session(False)
        return builder.response

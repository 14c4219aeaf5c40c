from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractExceptionHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response

from skill.alexa.handlers.base import SpeaksInTheRequestsLocale
from skill.alexa.ssml import to_ssml
from skill.alexa.state import last_response, session_attributes
from skill.domain.case import CaseError
from skill.domain.conversation import emergency_in

log = logging.getLogger(__name__)

# Errors in a row after which the conversation restarts: the same state failing twice will fail again.
ERRORS_BEFORE_RESTART = 2
ERRORS_IN_A_ROW = "errors_in_a_row"


class LostStateHandler(SpeaksInTheRequestsLocale, AbstractExceptionHandler):
    """Session attributes that cannot be trusted: say so and start a clean case, never guess at health facts —
    except that an emergency anywhere in them is given again (the domain's `recover`)."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return isinstance(exception, CaseError)

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        conversation = self.conversation(handler_input)
        log.warning("discarding untrusted session state: %s", type(exception).__name__)
        untrusted = dict(session_attributes(handler_input))
        return self.respond(handler_input, conversation.recover(untrusted))


class CatchAllErrorHandler(SpeaksInTheRequestsLocale, AbstractExceptionHandler):
    """Anything else: apologise and keep the conversation as it was, so the person can simply answer again; a
    second error in a row restarts it (as untrusted state does), so no state can wedge a user. Never a trace."""

    def can_handle(self, handler_input: HandlerInput, exception: Exception) -> bool:
        return True

    def handle(self, handler_input: HandlerInput, exception: Exception) -> Response:
        conversation = self.conversation(handler_input)
        log.exception("unhandled error while handling a request")
        attributes = session_attributes(handler_input)
        errors = attributes.get(ERRORS_IN_A_ROW)
        errors = (errors if isinstance(errors, int) and not isinstance(errors, bool) and errors > 0 else 0) + 1
        if errors >= ERRORS_BEFORE_RESTART or emergency_in(attributes):
            # An emergency is said again at once rather than "something went wrong": nothing lowers it.
            return self.respond(handler_input, conversation.recover(dict(attributes)))
        attributes[ERRORS_IN_A_ROW] = errors  # the next saved state drops it
        last = last_response(handler_input)
        line = to_ssml([conversation.content.line("error_retry")])
        reprompt = (last or {}).get("reprompt") or line
        builder = handler_input.response_builder.speak(line).ask(reprompt).set_should_end_session(False)
        return builder.response

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.base import ConversationHandler
from skill.alexa.state import load_state
from skill.domain.case import Answer

ANSWERS = {"AMAZON.YesIntent": Answer.YES, "AMAZON.NoIntent": Answer.NO, "DontKnowIntent": Answer.UNKNOWN}


class AnswerHandler(ConversationHandler):
    """Yes, no and "I don't know". What they mean depends on the pending question, which the domain knows."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in ANSWERS

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        answer = ANSWERS[get_intent_name(handler_input)]
        return self.respond(handler_input, conversation.answer(load_state(handler_input), answer))

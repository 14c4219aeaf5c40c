from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.base import ConversationHandler
from skill.alexa.handlers.facts import heard
from skill.alexa.slots import slot_values
from skill.alexa.state import load_state
from skill.domain.conversation import ADVICE_TOPICS


def advice_topic(handler_input: HandlerInput) -> str | None:
    """The part of the advice asked for ("self-care tips" → self_care); None for "tell me more" or anything else."""
    intent = handler_input.request_envelope.request.intent
    slot = (intent.slots or {}).get("detail") if intent else None
    found = next((value.id for value in slot_values(slot) if value.id), None)
    return found if found in ADVICE_TOPICS else None


class GuidanceHandler(ConversationHandler):
    """Questions back: help, "why do you ask?", "is it ALS?", "what counts as weakness?", "is it serious?", and after
    advice "self-care tips", "tell me more". Each is answered, records nothing, and resumes where it was."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in (
            "AMAZON.HelpIntent", "WhyIntent", "AskAboutAlsIntent", "ExplainIntent", "UrgencyQuestionIntent",
            "AdviceDetailIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        state = load_state(handler_input)
        intent = get_intent_name(handler_input)
        if intent == "WhyIntent":
            reply = conversation.why(state)
        elif intent == "AskAboutAlsIntent":
            reply = conversation.about_als(state)
        elif intent == "ExplainIntent":
            reply = conversation.explain(state, heard(handler_input, conversation.content))
        elif intent == "UrgencyQuestionIntent":
            reply = conversation.urgency(state)
        elif intent == "AdviceDetailIntent":
            reply = conversation.detail(state, advice_topic(handler_input))
        else:
            reply = conversation.help(state)
        return self.respond(handler_input, reply)

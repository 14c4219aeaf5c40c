from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import IntentRequest, Response

from skill.alexa.handlers.base import ConversationHandler
from skill.alexa.slots import heard_from_intent
from skill.alexa.state import load_state
from skill.domain.content import Content
from skill.domain.conversation import Heard

FACT_INTENTS = ("ReportTwitchIntent", "DescribeSymptomIntent", "DescribeTriggerIntent", "DurationIntent",
                "FrequencyIntent", "PregnancyIntent", "OnsetPaceIntent")


class FactsHandler(ConversationHandler):
    """Intents that carry facts in slots: where it twitches, symptoms, triggers, how long, how often, pregnancy,
    how the signs came on, whose twitch it is — and any yes or no said with them.

    Also the one-shot entry ("ask muscle twitch helper about my calf twitching"), which arrives as one of these in
    a new session.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in FACT_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        facts = heard(handler_input, conversation.content)
        return self.respond(handler_input, conversation.hear(load_state(handler_input), facts))


class CorrectionHandler(ConversationHandler):
    """"Sorry, I meant my calf", "I misheard, no weakness", "can I change my answer?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("CorrectionIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        facts = heard(handler_input, conversation.content)
        return self.respond(handler_input, conversation.correct(load_state(handler_input), facts))


def heard(handler_input: HandlerInput, content: Content) -> Heard:
    """The facts an IntentRequest's slots carry, dates read as of the day the request was made and seasons as the
    request's locale has them."""
    request = handler_input.request_envelope.request
    assert isinstance(request, IntentRequest)
    return heard_from_intent(request.intent, request.timestamp.date() if request.timestamp else None,
                             content.season_starts)

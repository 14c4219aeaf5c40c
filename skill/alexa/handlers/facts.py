from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import IntentRequest, Response

from skill.alexa.handlers.base import ConversationHandler, respond
from skill.alexa.slots import heard_from_intent
from skill.alexa.state import load_state

FACT_INTENTS = ("ReportTwitchIntent", "DescribeSymptomIntent", "DescribeTriggerIntent", "DurationIntent",
                "FrequencyIntent")


class FactsHandler(ConversationHandler):
    """Intents that carry facts in slots: where it twitches, symptoms, triggers, how long, how often.

    Also the one-shot entry ("ask muscle twitch helper about my calf twitching"), which arrives as one of these in
    a new session.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in FACT_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        request = handler_input.request_envelope.request
        assert isinstance(request, IntentRequest)
        heard = heard_from_intent(request.intent)
        return respond(handler_input, self.conversation.hear(load_state(handler_input), heard))

from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.base import ConversationHandler, speak
from skill.alexa.state import last_response, load_state, replays, save_state
from skill.domain.triage import EMERGENCY


class RepeatHandler(ConversationHandler):
    """"Repeat": replay the last response word for word, without touching the state."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.RepeatIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        state = load_state(handler_input)
        last = last_response(handler_input)
        if last is None or (replays(last) and state.outcome != EMERGENCY):
            # Nothing to replay, or replayed once already: the question, another way, counted (no loop).
            return self.respond(handler_input, conversation.reask(state))
        save_state(handler_input, conversation.repeated(state))
        return speak(handler_input, last["ssml"], last.get("reprompt"), end_session=False, replays=replays(last) + 1)


class StartOverHandler(ConversationHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("AMAZON.StartOverIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        return self.respond(handler_input, conversation.start_over(load_state(handler_input)))


class ExitHandler(ConversationHandler):
    """Stop, Cancel and Home all end the session with the safety net (or the emergency instruction)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in (
            "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        return self.respond(handler_input, conversation.stop(load_state(handler_input)))


class FallbackHandler(ConversationHandler):
    """Anything Alexa could not match, and any intent this skill does not know: re-ask, then offer help."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        # Registered last among intent handlers, so it also catches intents a newer model adds before the code.
        return is_request_type("IntentRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        return self.respond(handler_input, conversation.misheard(load_state(handler_input)))

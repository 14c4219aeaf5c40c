"""What every conversation handler shares: load the state, let the domain decide, speak its reply."""

from __future__ import annotations

from collections.abc import Collection

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Response
from ask_sdk_model.ui import SimpleCard

from skill.alexa.apl import advice_screen
from skill.alexa.conversations import Conversations
from skill.alexa.ssml import to_ssml
from skill.alexa.state import remember_response, save_state
from skill.domain.conversation import Conversation, Reply


class SpeaksInTheRequestsLocale:
    """For handlers that ask the domain what to say: the conversation in the words of the request's locale."""

    def __init__(self, conversations: Conversations) -> None:
        self.conversations = conversations

    def conversation(self, handler_input: HandlerInput) -> Conversation:
        return self.conversations.for_request(handler_input)

    def respond(self, handler_input: HandlerInput, reply: Reply) -> Response:
        return respond(handler_input, reply, self.conversation(handler_input).content.telephone_numbers)


class ConversationHandler(SpeaksInTheRequestsLocale, AbstractRequestHandler):
    """Base for request handlers that ask the domain `Conversation` what to say."""


def respond(handler_input: HandlerInput, reply: Reply, telephone: Collection[str] = ()) -> Response:
    """Store the new state, remember the words for Repeat, and build the Alexa response (with a card for the
    Alexa app when the reply has one: the full advice, for reading). `telephone` numbers are read digit by digit."""
    save_state(handler_input, reply.state)
    ssml = to_ssml(reply.speech, telephone)
    reprompt = to_ssml(reply.reprompt, telephone) if reply.reprompt and not reply.end_session else None
    if reply.card is not None:
        handler_input.response_builder.set_card(SimpleCard(title=reply.card.title, content=reply.card.text))
        if _shows_apl(handler_input):
            # A device with a screen shows the same advice, in large type; one without gets no APL at all.
            handler_input.response_builder.add_directive(advice_screen(reply.card.title, reply.card.text))
    return speak(handler_input, ssml, reprompt, reply.end_session)


def _shows_apl(handler_input: HandlerInput) -> bool:
    """Whether the device says it shows APL. Read part by part, not with the SDK's get_supported_interfaces: an
    envelope without a device or its interfaces (never from Alexa, but a client can send one) shows nothing."""
    system = getattr(handler_input.request_envelope.context, "system", None)
    interfaces = getattr(getattr(system, "device", None), "supported_interfaces", None)
    return getattr(interfaces, "alexa_presentation_apl", None) is not None


def speak(
    handler_input: HandlerInput, ssml: str, reprompt: str | None, end_session: bool, replays: int = 0
) -> Response:
    """Build a response from ready SSML (already escaped) and remember it for Repeat."""
    remember_response(handler_input, ssml, reprompt, replays)
    builder = handler_input.response_builder.speak(ssml)
    if reprompt:
        builder.ask(reprompt)
    # Alexa keeps the microphone open only when shouldEndSession is false; ask() sets that, so be explicit.
    builder.set_should_end_session(end_session)
    return builder.response

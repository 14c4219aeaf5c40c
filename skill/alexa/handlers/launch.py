from __future__ import annotations

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.base import ConversationHandler
from skill.domain.conversation import DialogueState


class LaunchHandler(ConversationHandler):
    """"Alexa, open muscle twitch helper": welcome, disclaimer, and the opening question."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        conversation = self.conversation(handler_input)
        # A launch always starts a fresh case, even if the device somehow carries old attributes.
        return self.respond(handler_input, conversation.launch(DialogueState()))

"""One conversation policy per locale, chosen by each request's `locale`; anything else gets the safe fallback.

The policy is the same everywhere; the words differ (the emergency number above all). A locale this skill does not
serve gets en-US words that say "your local emergency number": never a number that may be wrong where the person is.
"""

from __future__ import annotations

from collections.abc import Mapping

from ask_sdk_core.handler_input import HandlerInput

from skill.domain.content import load_content
from skill.domain.conversation import Conversation
from skill.domain.locales import SUPPORTED_LOCALES, supported


class Conversations:
    def __init__(self, by_locale: Mapping[str, Conversation], fallback: Conversation) -> None:
        self.by_locale = dict(by_locale)
        self.fallback = fallback

    @classmethod
    def for_every_locale(cls) -> Conversations:
        return cls({locale: Conversation(load_content(locale)) for locale in SUPPORTED_LOCALES},
                   Conversation(load_content(None)))

    @classmethod
    def only(cls, conversation: Conversation) -> Conversations:
        """The same conversation whatever the locale (tests that inject one)."""
        return cls({}, conversation)

    def for_locale(self, locale: object) -> Conversation:
        return self.by_locale.get(supported(locale) or "", self.fallback)

    def for_request(self, handler_input: HandlerInput) -> Conversation:
        return self.for_locale(getattr(handler_input.request_envelope.request, "locale", None))

"""Memory, when the deployment turns it on (a persistence adapter given to the builder): the offer, the follow-up on
return, "what did I tell you?", "forget me". Registered before the other handlers; with memory off they never
handle anything but "forget me" and "what do you remember?", which then say nothing is stored.

What is stored goes through the SDK's AttributesManager (persistent attributes); it never appears in logs. A store
that fails (down, or another device saving the same user at the same moment) costs the memory, never the answer.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from ask_sdk_core.dispatch_components import AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import get_intent_name, is_intent_name, is_request_type
from ask_sdk_model import Response

from skill.alexa.handlers.answers import ANSWERS
from skill.alexa.handlers.base import ConversationHandler, SpeaksInTheRequestsLocale
from skill.alexa.handlers.facts import FACT_INTENTS, heard
from skill.alexa.permissions import ask_for_reminders_directive, consent_card, permission_answer
from skill.alexa.reminders import ReminderResult, create_check_in_reminder, delete_our_reminders
from skill.alexa.state import load_state, save_state, session_attributes
from skill.domain.case import CaseError
from skill.domain.conversation import MEMORY_QUESTIONS, STILL_TWITCHING, DialogueState
from skill.domain.memory import Memory, MemoryDialogue, MemoryReply, UnreadableMemory
from skill.domain.triage import EMERGENCY
from skill.storage.records import VERSION_KEY, VersionConflict, stored_part

log = logging.getLogger(__name__)

EXIT_INTENTS = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")


def remembers(handler_input: HandlerInput) -> bool:
    """Whether this deployment keeps memory (the builder was given a persistence adapter)."""
    return handler_input.attributes_manager._persistence_adapter is not None  # noqa: SLF001 - the SDK has no getter


def today(handler_input: HandlerInput) -> date:
    """The day of the request, as Alexa stamped it (the system clock for local tools)."""
    stamp = getattr(handler_input.request_envelope.request, "timestamp", None)
    return stamp.astimezone(UTC).date() if isinstance(stamp, datetime) else datetime.now(UTC).date()


def load_memory(handler_input: HandlerInput) -> Memory:
    if not remembers(handler_input):
        return Memory()
    try:
        return Memory.from_dict(_stored(handler_input))
    except UnreadableMemory:
        log.warning("stored memory could not be read; treated as empty")
        return Memory()
    except Exception:  # noqa: BLE001 - a store that is down must not cost the conversation
        log.warning("memory store unavailable", exc_info=False)
        return Memory()


def _stored(handler_input: HandlerInput) -> dict[str, Any]:
    return stored_part(handler_input.attributes_manager.persistent_attributes)


def _as_read(memory: Memory, read: dict[str, Any]) -> dict[str, Any]:
    """`memory` to save over the record `read`: with the version that was read, so the store's check applies."""
    return {**memory.to_dict(), **{key: read[key] for key in (VERSION_KEY,) if key in read}}


def keep(handler_input: HandlerInput, memory: Memory | None, forget: bool = False) -> None:
    """Store `memory`, or delete everything for this user (and the reminders the skill made)."""
    if not remembers(handler_input) or (memory is None and not forget):
        return
    manager = handler_input.attributes_manager
    try:
        if forget:
            manager.delete_persistent_attributes()
            delete_our_reminders(handler_input)  # never raises; without an API client there are none to find
            return
        assert memory is not None
        manager.persistent_attributes = _as_read(memory, manager.persistent_attributes)
        try:
            manager.save_persistent_attributes()
        except VersionConflict:
            # Another of this person's devices saved in between. What is saved here is their own latest answer
            # (a consent, a closed record, the newest advice), so it goes on top of the fresh version, once.
            fresh = manager._persistence_adapter.get_attributes(  # noqa: SLF001 - the SDK has no getter
                request_envelope=handler_input.request_envelope)
            manager.persistent_attributes = _as_read(memory, fresh)
            manager.save_persistent_attributes()
    except Exception as error:  # noqa: BLE001 - never the answer; and never the values in a log
        log.warning("memory not saved: %s", type(error).__name__)


class MemoryHandler(ConversationHandler):
    """Base: the memory dialogue in the request's locale."""

    def dialogue(self, handler_input: HandlerInput) -> MemoryDialogue:
        return MemoryDialogue(self.conversation(handler_input))

    def emergency_first(self, handler_input: HandlerInput, state: DialogueState) -> Response | None:
        """In an emergency, every turn says to call for help again: nothing about memory lowers it."""
        if state.outcome != EMERGENCY:
            return None
        return self.respond(handler_input, self.conversation(handler_input).emergency_again(state))

    def reply_and_keep(self, handler_input: HandlerInput, outcome: MemoryReply) -> Response:
        keep(handler_input, outcome.memory, outcome.forget)
        if outcome.set_reminder:
            return self.set_reminder(handler_input, outcome.reply.state)
        return self.respond(handler_input, outcome.reply)

    def set_reminder(self, handler_input: HandlerInput, state: DialogueState) -> Response:
        """Ask Amazon for the check-in reminder; without the permission, ask for it by voice (AskFor), and the
        answer comes back as a Connections.Response (PermissionAnswerHandler)."""
        dialogue = self.dialogue(handler_input)
        made = create_check_in_reminder(handler_input, text=dialogue.reminder_text())
        if made.result is ReminderResult.NO_PERMISSION:
            save_state(handler_input, state)
            # Alexa speaks the permission question itself: no speech and no reprompt of ours go with it.
            return handler_input.response_builder.add_directive(ask_for_reminders_directive()).response
        return self.respond(handler_input, dialogue.reminder_result(state, made.result.value))


class WelcomeBackHandler(MemoryHandler):
    """A launch, for someone with a remembered twitch: "Last time, 9 days ago, ... Is it still twitching?"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("LaunchRequest")(handler_input) and remembers(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        return self.respond(handler_input, self.dialogue(handler_input).launch(load_memory(handler_input),
                                                                             today(handler_input)))


class MemoryAnswerHandler(MemoryHandler):
    """Yes, no or "not sure" to a memory question (said alone or with facts); facts instead of an answer on
    return start a new assessment."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not is_request_type("IntentRequest")(handler_input):
            return False
        intent = get_intent_name(handler_input)
        if intent not in ANSWERS and intent not in FACT_INTENTS:
            return False
        # The raw attribute, not the whole state: this runs on every answer; handle() checks the state in full.
        pending = session_attributes(handler_input).get("pending_question")
        return isinstance(pending, str) and pending in MEMORY_QUESTIONS

    def handle(self, handler_input: HandlerInput) -> Response:
        state = load_state(handler_input)
        if emergency := self.emergency_first(handler_input, state):
            return emergency
        dialogue = self.dialogue(handler_input)
        memory = load_memory(handler_input)
        intent = get_intent_name(handler_input)
        answer = ANSWERS.get(intent)
        if answer is None:
            facts = heard(handler_input, self.conversation(handler_input).content)
            if state.pending_question == STILL_TWITCHING and facts:
                return self.reply_and_keep(handler_input, dialogue.hear_on_return(state, facts, memory))
            if facts.answer is None:
                return self.respond(handler_input, self.conversation(handler_input).hear(state, facts))
            answer = facts.answer
        return self.reply_and_keep(handler_input, dialogue.answer(state, answer, memory, today(handler_input)))


class ForgetMeHandler(MemoryHandler):
    """"Forget me", "delete my data": a yes/no first; with memory off, there is nothing to delete."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_intent_name("ForgetMeIntent")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        state = load_state(handler_input)
        if emergency := self.emergency_first(handler_input, state):
            return emergency
        dialogue = self.dialogue(handler_input)
        if not remembers(handler_input):
            return self.respond(handler_input, dialogue.recall(state, Memory(), today(handler_input), False))
        return self.respond(handler_input, dialogue.forget(state))


class RecallHandler(MemoryHandler):
    """"What did I tell you last time?", "how long has it been?": from the record, then back to where we were."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("IntentRequest")(handler_input) and get_intent_name(handler_input) in (
            "RecallIntent", "HowLongIntent")

    def handle(self, handler_input: HandlerInput) -> Response:
        state = load_state(handler_input)
        if emergency := self.emergency_first(handler_input, state):
            return emergency
        how_long = get_intent_name(handler_input) == "HowLongIntent"
        reply = self.dialogue(handler_input).recall(state, load_memory(handler_input), today(handler_input), how_long)
        return self.respond(handler_input, reply)


class OfferBeforeLeavingHandler(MemoryHandler):
    """Stop (or "no" to "anything else?") after advice, never asked before: the offer to remember, once."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if not remembers(handler_input) or not is_request_type("IntentRequest")(handler_input):
            return False
        intent = get_intent_name(handler_input)
        try:
            state = load_state(handler_input)
        except CaseError:
            return False
        leaving = intent in EXIT_INTENTS or (intent == "AMAZON.NoIntent" and state.pending_question is None)
        # "Stop" to the offer itself (or to any memory question) leaves: never the offer twice.
        if not leaving or state.pending_question in MEMORY_QUESTIONS:
            return False
        return self.dialogue(handler_input).offer_due(state, load_memory(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        return self.respond(handler_input, self.dialogue(handler_input).offer(load_state(handler_input)))


class PermissionAnswerHandler(MemoryHandler):
    """Alexa's answer to the AskFor request: allowed, the reminder is made; refused or not answered, the person
    hears how to allow reminders in the Alexa app, with the consent card there for it."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return is_request_type("Connections.Response")(handler_input)

    def handle(self, handler_input: HandlerInput) -> Response:
        state = load_state(handler_input)  # a fresh state when the answer comes outside a session
        dialogue = self.dialogue(handler_input)
        if permission_answer(handler_input) == "ACCEPTED":
            made = create_check_in_reminder(handler_input, text=dialogue.reminder_text())
            result = "failed" if made.result is not ReminderResult.CREATED else "created"
            return self.respond(handler_input, dialogue.reminder_result(state, result))
        handler_input.response_builder.set_card(consent_card())
        return self.respond(handler_input, dialogue.reminder_result(state, "not_allowed"))


class RecordFollowsTheAdvice(SpeaksInTheRequestsLocale, AbstractResponseInterceptor):
    """After any turn that gave or changed advice, for someone who agreed to be remembered: the record follows."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        if not remembers(handler_input):
            return
        try:
            state = load_state(handler_input)
        except CaseError:
            return
        if state.outcome is None or state.pending_question in MEMORY_QUESTIONS:
            return
        memory = load_memory(handler_input)
        updated = MemoryDialogue(self.conversation(handler_input)).kept_up_to_date(state, memory,
                                                                                 today(handler_input))
        keep(handler_input, updated)

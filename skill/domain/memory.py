"""Remembering a twitch between sessions, only with the person's consent: the least needed to follow it up.

Stored per user (by the adapter, keyed by Alexa's user id): whether they agreed to be remembered and when, and for
a twitch they agreed to, the day it started, where, the last level of advice and its day, and the answers that set
it. No speech, no free text (the places are value ids), nothing from the case that the follow-up does not need.
A person who says no is remembered only as "don't offer again", which holds no health data.

Pure, like the rest of the domain: memory and the day in, a reply and the memory to keep out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from skill.domain.case import Answer, Case
from skill.domain.conversation import (
    FORGET_CONFIRM,
    MEMORY_QUESTIONS,
    REMEMBER_CONSENT,
    REMINDER_OFFER,
    STILL_TWITCHING,
    Conversation,
    DialogueState,
    Heard,
    Reply,
)
from skill.domain.triage import EMERGENCY, RANK, SEE_DOCTOR_IF_PERSISTS, WARNING_SIGN_QUESTIONS
from skill.domain.wording import join_words

__all__ = ["MEMORY_QUESTIONS", "Memory", "MemoryDialogue", "MemoryReply", "Remembered"]


class UnreadableMemory(ValueError):
    """Stored memory that cannot be read: treated as nothing remembered."""


@dataclass(frozen=True)
class Remembered:
    """One twitch followed up: what the next session needs to ask "is it still twitching?" and re-judge."""

    reported_on: date
    body_parts: tuple[str, ...]
    level: str
    level_on: date
    started_on: date | None = None  # the day it began, as far as told; None when the person never said
    answers: Mapping[str, str] = field(default_factory=dict)  # the warning-sign answers that set the level


@dataclass(frozen=True)
class Memory:
    consent: bool | None = None  # None: never asked; False: said no (never offered again)
    consent_on: date | None = None
    record: Remembered | None = None

    def to_dict(self) -> dict[str, Any]:
        record = self.record
        return {
            "consent": self.consent,
            "consent_on": _day(self.consent_on),
            "record": None if record is None else {
                "reported_on": _day(record.reported_on), "started_on": _day(record.started_on),
                "body_parts": list(record.body_parts), "level": record.level, "level_on": _day(record.level_on),
                "answers": dict(record.answers),
            },
        }

    @classmethod
    def from_dict(cls, data: Any) -> Memory:
        """Memory as stored; anything malformed raises UnreadableMemory (the caller treats it as nothing stored)."""
        if not data:
            return cls()
        try:
            consent = data.get("consent")
            if consent is not None and not isinstance(consent, bool):
                raise UnreadableMemory("malformed consent")
            raw = data.get("record")
            record = None
            if raw is not None:
                level = raw["level"]
                if level not in RANK or level == EMERGENCY:
                    raise UnreadableMemory("unknown level")
                answers = {str(q): str(Answer(a)) for q, a in dict(raw.get("answers") or {}).items()}
                parts = raw["body_parts"]
                if not isinstance(parts, list) or not all(isinstance(part, str) for part in parts):
                    raise UnreadableMemory("malformed body parts")
                record = Remembered(_parse_day(raw["reported_on"]), tuple(parts), level, _parse_day(raw["level_on"]),
                                    _parse_day(raw.get("started_on")), answers)
            return cls(consent, _parse_day(data.get("consent_on")), record)
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise UnreadableMemory(f"malformed memory: {type(error).__name__}") from error


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _parse_day(text: Any) -> date | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise UnreadableMemory("malformed date")
    return date.fromisoformat(text)


@dataclass(frozen=True)
class MemoryReply:
    """A reply, and what to do afterwards: `memory` to store (None: leave the store as it is); `forget`: delete
    everything stored for this user (and the reminders this skill made); `set_reminder`: see `reminder_result`."""

    reply: Reply
    memory: Memory | None = None
    forget: bool = False
    set_reminder: bool = False  # the person asked for the check-in reminder: the adapter calls Amazon's API


class MemoryDialogue:
    """The turns about memory, around the conversation: the offer, the follow-up on return, read-back, forgetting."""

    def __init__(self, conversation: Conversation) -> None:
        self.conversation = conversation
        self.content = conversation.content

    # -- a session starts ---------------------------------------------------------------------------------------

    def launch(self, memory: Memory, today: date) -> Reply:
        """A returning person with a record is asked about it first; anyone else gets the usual welcome."""
        record = memory.record if memory.consent else None
        if record is None:
            return self.conversation.launch(DialogueState())
        c = self.content
        prompt = c.line("welcome_back").format(when=self._ago(record.reported_on, today), places=self._places(record))
        state = DialogueState(pending_question=STILL_TWITCHING, disclaimer_given=True, asked=(STILL_TWITCHING,))
        return Reply((prompt, c.line("disclaimer_short"), c.line("still_twitching_prompt")),
                     (c.line("still_twitching_reprompt"),), state)

    # -- the offer, once, when the person is done ------------------------------------------------------------

    def offer_due(self, state: DialogueState, memory: Memory) -> bool:
        return memory.consent is None and state.outcome is not None and state.outcome != EMERGENCY

    def offer(self, state: DialogueState) -> Reply:
        c = self.content
        return Reply((c.line("remember_consent_prompt"),), (c.line("remember_consent_reprompt"),),
                     replace(state, pending_question=REMEMBER_CONSENT, misses=0))

    # -- answers to the memory questions -------------------------------------------------------------------------

    def answer(self, state: DialogueState, answer: Answer, memory: Memory, today: date) -> MemoryReply:
        question = state.pending_question
        if question == REMEMBER_CONSENT:
            return self._consent(state, answer, today)
        if question == STILL_TWITCHING:
            return self._still_twitching(state, answer, memory, today)
        if question == REMINDER_OFFER:
            return self._reminder_wanted(state, answer)
        return self._forget_confirmed(state, answer)

    def _consent(self, state: DialogueState, answer: Answer, today: date) -> MemoryReply:
        c = self.content
        done = replace(state, pending_question=None)
        if answer is Answer.YES:  # only a clear yes stores anything
            memory = Memory(True, today, self.record_of(done, today))
            if state.outcome == SEE_DOCTOR_IF_PERSISTS:
                # "See a provider if it lasts": a check-in in two weeks is when that question comes up.
                offer = replace(done, pending_question=REMINDER_OFFER, misses=0)
                return MemoryReply(Reply((c.line("remember_yes"), c.line("reminder_offer_prompt")),
                                         (c.line("reminder_offer_reprompt"),), offer), memory)
            return MemoryReply(Reply((c.line("remember_yes"), c.line("goodbye")), (), done, end_session=True), memory)
        # No, or not sure: remembered only as "don't offer again", which holds no health data.
        return MemoryReply(Reply((c.line("remember_no"), c.line("goodbye")), (), done, end_session=True),
                           Memory(False, today))

    def _still_twitching(self, state: DialogueState, answer: Answer, memory: Memory, today: date) -> MemoryReply:
        c = self.content
        record = memory.record
        if answer is Answer.NO or record is None:
            closed = replace(memory, record=None)
            reply = Reply((c.line("still_no"), c.line("opening_after_follow_up")), (c.line("opening_reprompt"),),
                          DialogueState(disclaimer_given=True))
            return MemoryReply(reply, closed)
        # Still twitching (or not sure): the same twitch, older now; the warning signs are asked again.
        case = Case(body_parts=record.body_parts)
        if record.started_on is not None:
            case = replace(case, onset_days=float((today - record.started_on).days))
        state = DialogueState(case=case, disclaimer_given=True, asked=(STILL_TWITCHING,))
        return MemoryReply(self.conversation.resume(state, lead=c.line("still_yes")))

    def hear_on_return(self, state: DialogueState, heard: Heard, memory: Memory) -> MemoryReply:
        """Something new said instead of yes or no on return: a new assessment; the old record is closed."""
        fresh = DialogueState(disclaimer_given=True)
        return MemoryReply(self.conversation.hear(fresh, heard), replace(memory, record=None))

    # -- the check-in reminder ---------------------------------------------------------------------------------

    def _reminder_wanted(self, state: DialogueState, answer: Answer) -> MemoryReply:
        done = replace(state, pending_question=None)
        if answer is Answer.YES:
            # Words come after the API answers (reminder_result); until then, nothing to say.
            return MemoryReply(Reply((), (), done, end_session=True), set_reminder=True)
        c = self.content
        return MemoryReply(Reply((c.line("reminder_declined"), c.line("goodbye")), (), done, end_session=True))

    def reminder_result(self, state: DialogueState, result: str) -> Reply:
        """What to say once Amazon's Reminders API has answered: "created", "not_allowed" (the person said no to
        the permission, or did not answer) or "failed". The session ends either way; nothing here is retried."""
        c = self.content
        line = {"created": "reminder_set", "not_allowed": "reminder_not_allowed"}.get(result, "reminder_failed")
        return Reply((c.line(line), c.line("goodbye")), (), replace(state, pending_question=None), end_session=True)

    def reminder_text(self) -> str:
        """The reminder's own words: no diagnosis, no symptom, not even the skill's name (Alexa says it)."""
        return self.content.line("reminder_text")

    # -- after advice, with consent given earlier: the record follows the newest advice -----------------------

    def record_of(self, state: DialogueState, today: date) -> Remembered | None:
        """What to keep of a finished (non-emergency) assessment."""
        if state.outcome is None or state.outcome == EMERGENCY:
            return None
        case = state.case
        started = today - timedelta(days=round(case.onset_days)) if case.onset_days is not None else None
        answers = {q: str(a) for q, a in case.answers.items() if q in WARNING_SIGN_QUESTIONS}
        return Remembered(today, tuple(case.body_parts), state.outcome, today, started, answers)

    def kept_up_to_date(self, state: DialogueState, memory: Memory, today: date) -> Memory | None:
        """With consent given, the record follows the newest advice; None when nothing needs storing."""
        if not memory.consent:
            return None
        record = self.record_of(state, today)
        if record is None:
            return None
        if memory.record is not None:
            # The same twitch followed up: it started when it was first told, not today.
            started = memory.record.started_on or record.started_on
            reported = memory.record.reported_on if memory.record.body_parts == record.body_parts else today
            record = replace(record, started_on=started, reported_on=reported)
        return None if record == memory.record else replace(memory, record=record)

    # -- questions about what is remembered, and forgetting ---------------------------------------------------

    def recall(self, state: DialogueState, memory: Memory, today: date, how_long: bool) -> Reply:
        c = self.content
        record = memory.record if memory.consent else None
        if record is None:
            line = c.line("nothing_remembered")
        elif how_long and record.started_on is not None:
            line = c.line("how_long").format(days=(today - record.started_on).days, places=self._places(record))
        else:
            level = c.level(record.level)["title"]
            line = c.line("recall").format(when=self._ago(record.reported_on, today), places=self._places(record),
                                           level=level)
        return self.conversation.resume(state, lead=line)

    def forget(self, state: DialogueState) -> Reply:
        c = self.content
        return Reply((c.line("forget_confirm_prompt"),), (c.line("forget_confirm_reprompt"),),
                     replace(state, pending_question=FORGET_CONFIRM, misses=0))

    def _forget_confirmed(self, state: DialogueState, answer: Answer) -> MemoryReply:
        c = self.content
        if answer is Answer.YES:
            reply = Reply((c.line("forget_done"), c.line("goodbye")), (), DialogueState(disclaimer_given=True),
                          end_session=True)
            return MemoryReply(reply, forget=True)
        return MemoryReply(self.conversation.resume(replace(state, pending_question=None),
                                                    lead=c.line("forget_kept")))

    # -- words ---------------------------------------------------------------------------------------------------

    def _places(self, record: Remembered) -> str:
        names = self.conversation.wording.place_names(Case(body_parts=record.body_parts))
        return join_words(names) if names else self.content.line("places_all_over")

    def _ago(self, day: date, today: date) -> str:
        days = (today - day).days
        if days <= 0:
            return self.content.line("ago_today")
        if days == 1:
            return self.content.line("ago_yesterday")
        return self.content.line("ago_days").format(days=days)

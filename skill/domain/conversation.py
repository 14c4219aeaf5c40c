"""The conversation: what to say next, given what was heard. Pure: state in, reply (with new state) out.

The Alexa handlers translate requests into calls on `Conversation` and its replies into SSML; nothing here knows
about Alexa, so the whole dialogue is testable in microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from skill.domain.case import Answer, Case, CaseError
from skill.domain.content import Content
from skill.domain.triage import (
    ALL_QUESTIONS,
    EMERGENCY,
    RANK,
    YES_NO_QUESTIONS,
    Assessment,
    assess,
)
from skill.domain.wording import Wording

# Questions whose "yes" is worth a short follow-up ("which ones?") so the advice can fit what was meant.
DETAIL_QUESTIONS = frozenset({"triggers", "other_symptoms"})
_HOUR = 3600.0
_DAY = 86_400.0


@dataclass(frozen=True)
class Heard:
    """Facts carried by one utterance's slots, already translated to value ids and seconds."""

    body_parts: tuple[str, ...] = ()
    unrecognised_body_parts: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    unrecognised_symptoms: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    durations_seconds: tuple[float, ...] = ()
    frequencies: tuple[str, ...] = ()
    # Durations said but not usable ("P?W", or words a client failed to convert): heard, but not understood.
    unusable_durations: int = 0

    def __bool__(self) -> bool:
        """True when there is at least one fact to record."""
        return any(getattr(self, name) for name in self.__dataclass_fields__ if name != "unusable_durations")


@dataclass(frozen=True)
class DialogueState:
    """Everything the conversation needs between turns; stored in Alexa session attributes."""

    case: Case = field(default_factory=Case)
    pending_question: str | None = None
    awaiting_detail: bool = False
    misses: int = 0
    disclaimer_given: bool = False
    outcome: str | None = None
    asked: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "pending_question": self.pending_question,
            "outcome": self.outcome,
            "awaiting_detail": self.awaiting_detail,
            "misses": self.misses,
            "disclaimer_given": self.disclaimer_given,
            "asked": list(self.asked),
            "case": self.case.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> DialogueState:
        """Rebuild from session attributes; raises CaseError on anything that cannot be trusted."""
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise CaseError("session attributes are not an object")
        pending = data.get("pending_question")
        outcome = data.get("outcome")
        asked = data.get("asked") or []
        misses = data.get("misses", 0)
        if pending is not None and pending not in ALL_QUESTIONS:
            raise CaseError(f"unknown pending question {pending!r}")
        if outcome is not None and outcome not in RANK:
            raise CaseError(f"unknown outcome {outcome!r}")
        if not isinstance(asked, list) or any(q not in ALL_QUESTIONS for q in asked):
            raise CaseError("malformed list of asked questions")
        if isinstance(misses, bool) or not isinstance(misses, int) or misses < 0:
            raise CaseError("malformed miss count")
        return cls(
            case=Case.from_dict(data.get("case")),
            pending_question=pending,
            awaiting_detail=bool(data.get("awaiting_detail", False)),
            misses=misses,
            disclaimer_given=bool(data.get("disclaimer_given", False)),
            outcome=outcome,
            asked=tuple(asked),
        )


@dataclass(frozen=True)
class Reply:
    """What to say, what to say if the person stays silent, and the state to keep."""

    speech: tuple[str, ...]
    reprompt: tuple[str, ...]
    state: DialogueState
    end_session: bool = False


class Conversation:
    """The dialogue policy. One instance serves every session; all session data lives in `DialogueState`."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.wording = Wording(content)

    # -- session start and end ------------------------------------------------------------------------------

    def launch(self, state: DialogueState) -> Reply:
        c = self.content
        state = replace(state, disclaimer_given=True, misses=0)
        return Reply((c.line("welcome"), c.line("disclaimer"), c.line("opening_question")),
                     (c.line("opening_reprompt"),), state)

    def stop(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return Reply((self.content.line("goodbye_emergency"),), (), state, end_session=True)
        speech = self._disclaimed(state, (self.content.advice("safety_net"), self.content.line("goodbye")))
        return Reply(speech, (), self._disclaim(state), end_session=True)

    def start_over(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        c = self.content
        speech = self._disclaimed(state, (c.line("start_over"), c.line("opening_question")))
        return Reply(speech, (c.line("opening_reprompt"),), DialogueState(disclaimer_given=True))

    # -- what the person said --------------------------------------------------------------------------------

    def hear(self, state: DialogueState, heard: Heard) -> Reply:
        """Facts from a slot-carrying intent: record them all, then move on."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if not heard and heard.unusable_durations:
            return self.misheard(state)
        if not heard and state.pending_question is not None:
            return self._not_an_answer(state)
        case = state.case
        case = case.with_body_parts(heard.body_parts, heard.unrecognised_body_parts)
        case = case.with_symptoms(heard.symptoms, heard.unrecognised_symptoms)
        case = case.with_triggers(heard.triggers)
        for seconds in heard.durations_seconds:
            case = self._with_duration(case, seconds, state.pending_question)
        for frequency in heard.frequencies:
            case = case.with_frequency(frequency)
        if state.pending_question == "other_symptoms" and (heard.symptoms or heard.unrecognised_symptoms):
            case = case.with_answer("other_symptoms", Answer.YES)
        return self._advance(replace(state, case=case, awaiting_detail=False), acknowledge=True)

    def answer(self, state: DialogueState, answer: Answer) -> Reply:
        """Yes, no or "I don't know": it means whatever the pending question asked."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        question = state.pending_question
        if question is None:
            if state.outcome is None and answer is Answer.UNKNOWN:
                # "I don't know" to "what's going on?": fine, the questions will find out.
                return self._advance(state, acknowledge=True)
            return self._not_an_answer(state)
        case = state.case
        if state.awaiting_detail:
            # They already said yes; a second yes, no or "don't know" means they can't name it.
            if question == "triggers":
                case = case.with_triggers({"unspecified"})
            return self._advance(replace(state, case=case, awaiting_detail=False), acknowledge=True)
        if question in YES_NO_QUESTIONS:
            if answer is Answer.YES and question in DETAIL_QUESTIONS:
                case = case.with_answer(question, Answer.YES)
                return self._ask(replace(state, case=case), question, detail=True, acknowledge=False)
            return self._advance(replace(state, case=case.with_answer(question, answer)), acknowledge=True)
        if answer is Answer.UNKNOWN:
            return self._advance(replace(state, case=case.with_answer(question, Answer.UNKNOWN)), acknowledge=True)
        return self._not_an_answer(state)

    # -- questions about the conversation --------------------------------------------------------------------

    def why(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.pending_question is None:
            return self._with_resume(state, self.content.line("why_general"))
        return self._with_resume(state, self.content.question(state.pending_question).why)

    def help(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.pending_question is None and state.outcome is not None:
            return self._after_advice(state, (self.content.line("help_after_advice"),))
        return self._with_resume(state, self.content.line("help"))

    def about_als(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        lead = self.content.advice("als")
        if state.pending_question is not None:
            return self._with_resume(state, f"{lead} {self.content.line('als_resume')}")
        return self._with_resume(state, lead)

    def misheard(self, state: DialogueState) -> Reply:
        """Fallback: re-ask with more detail; after two misses in a row, offer help."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        return self._miss(state, self.content.line("misheard"))

    def _miss(self, state: DialogueState, first_lead: str) -> Reply:
        state = replace(state, misses=state.misses + 1)
        lead = first_lead if state.misses < 2 else self.content.line("misheard_again")
        _, reprompt = self._prompt_for(state)
        # The reprompt carries the added detail, so a miss gets the fuller wording straight away.
        return Reply(self._disclaimed(state, (lead, reprompt)), (reprompt,), self._disclaim(state))

    def reask(self, state: DialogueState) -> Reply:
        """Say the current question again (Repeat with nothing stored, or a generic re-entry)."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        return self._with_resume(state, None)

    # -- internals ---------------------------------------------------------------------------------------------

    def _with_duration(self, case: Case, seconds: float, pending: str | None) -> Case:
        # Context first; without it, short spans are how long a twitch lasts and long ones how long ago it began.
        if pending == "episode_length" or (pending != "onset" and seconds < _HOUR):
            return case.with_episode(seconds)
        return case.with_onset(seconds / _DAY)

    def _advance(self, state: DialogueState, acknowledge: bool) -> Reply:
        assessment = assess(state.case, at_least=state.outcome)
        state = replace(state, misses=0)
        if state.outcome is not None and assessment.settled:
            return self._revisit_advice(state, assessment)
        if assessment.level == EMERGENCY:
            return self._emergency(state, assessment)
        if assessment.next_question is not None:
            return self._ask(state, assessment.next_question, detail=False, acknowledge=acknowledge)
        return self._advice(state, assessment)

    def _ask(self, state: DialogueState, question: str, detail: bool, acknowledge: bool) -> Reply:
        asked = state.asked if question in state.asked else (*state.asked, question)
        state = replace(state, pending_question=question, awaiting_detail=detail, asked=asked, misses=0)
        prompt, reprompt = self._prompt_for(state)
        lead = (self._acknowledgement(state),) if acknowledge else ()
        return Reply(self._disclaimed(state, (*lead, prompt)), (reprompt,), self._disclaim(state))

    def _prompt_for(self, state: DialogueState) -> tuple[str, str]:
        c = self.content
        if state.pending_question is None:
            if state.outcome is not None:
                return c.line("after_advice"), c.line("after_advice_reprompt")
            return c.line("opening_question"), c.line("opening_reprompt")
        if state.awaiting_detail:
            detail = c.detail_prompt(state.pending_question)
            if detail:
                return detail
        question = c.question(state.pending_question)
        return question.prompt, question.reprompt

    def _acknowledgement(self, state: DialogueState) -> str:
        # Vary the acknowledgement by progress so it doesn't sound like a loop, but stay deterministic for tests.
        options = self.content.lines("acknowledgements")
        return options[len(state.asked) % len(options)]

    def _with_resume(self, state: DialogueState, lead: str | None) -> Reply:
        prompt, reprompt = self._prompt_for(state)
        speech = (lead, prompt) if lead else (prompt,)
        return Reply(self._disclaimed(state, speech), (reprompt,), self._disclaim(state))

    def _not_an_answer(self, state: DialogueState) -> Reply:
        """Understood, but not an answer to what was asked ("yes" to "where is it?"): counts as a miss."""
        if state.pending_question is None and state.outcome is not None:
            # Nothing was asked: after advice, a stray "yes" just gets the options again.
            return self._after_advice(state, ())
        lead = self.content.line("not_an_answer") if state.pending_question else self.content.line("misheard")
        return self._miss(state, lead)

    def _emergency(self, state: DialogueState, assessment: Assessment) -> Reply:
        state = replace(state, pending_question=None, awaiting_detail=False, outcome=EMERGENCY,
                        disclaimer_given=True)
        speech = tuple(self.wording.emergency(assessment, state.case))
        return Reply(speech, (self.content.line("emergency_reprompt"),), state)

    def _restate_emergency(self, state: DialogueState) -> Reply:
        c = self.content
        speech = (c.line("emergency_sticky"), c.level(EMERGENCY)["action"])
        return Reply(speech, (c.line("emergency_reprompt"),), state)

    def _advice(self, state: DialogueState, assessment: Assessment, lead: tuple[str, ...] = ()) -> Reply:
        state = replace(state, pending_question=None, awaiting_detail=False, outcome=assessment.level,
                        disclaimer_given=True)
        speech = (*lead, *self.wording.advice(assessment, state.case))
        return self._after_advice(state, speech)

    def _after_advice(self, state: DialogueState, speech: tuple[str, ...]) -> Reply:
        c = self.content
        return Reply((*speech, c.line("after_advice")), (c.line("after_advice_reprompt"),), state)

    def _revisit_advice(self, state: DialogueState, assessment: Assessment) -> Reply:
        """New facts after advice was given: advice may go up, never down."""
        assert state.outcome is not None and assessment.level is not None
        if assessment.level == EMERGENCY:
            return self._emergency(state, assessment)
        if RANK[assessment.level] > RANK[state.outcome]:
            return self._advice(state, assessment, lead=(self.content.line("changed_advice"),))
        return self._after_advice(replace(state, pending_question=None),
                                  (self.content.line("noted_after_advice"),))

    def _disclaimed(self, state: DialogueState, speech: tuple[str, ...]) -> tuple[str, ...]:
        """Prefix the not-a-diagnosis line to the first answer of a session (one-shot launches start here)."""
        return speech if state.disclaimer_given else (self.content.line("disclaimer"), *speech)

    @staticmethod
    def _disclaim(state: DialogueState) -> DialogueState:
        return replace(state, disclaimer_given=True)

"""The conversation: what to say next, given what was heard. Pure: state in, reply (with new state) out.

The Alexa handlers translate requests into calls on `Conversation` and its replies into SSML; nothing here knows
about Alexa, so the whole dialogue is testable in microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from skill.domain.case import (
    LIFESTYLE_TRIGGERS,
    MEDICINE_TRIGGERS,
    MEDICINE_WORDS,
    SYMPTOM_ANSWERS,
    Answer,
    Case,
    CaseError,
    caution,
    denial_answers,
    reassuring_answer,
    worrying_answer,
)
from skill.domain.content import Content
from skill.domain.triage import (
    ALL_QUESTIONS,
    EMERGENCY,
    EMERGENCY_SCREENS,
    EMERGENCY_SYMPTOMS,
    QUESTION_GROUPS,
    RANK,
    SCREEN_SIGN_QUESTIONS,
    SCREEN_SYMPTOMS,
    SEE_DOCTOR_SOON,
    STIMULANT_REACTION_SYMPTOMS,
    STIMULANTS,
    SUDDEN_SCREEN,
    SUDDEN_SIGNS,
    YES_NO_QUESTIONS,
    Assessment,
    assess,
    findings,
    floor_of,
    is_answered,
    named_other_symptoms,
    open_members,
    questions_of,
)
from skill.domain.wording import Wording

# Questions whose "yes" is worth a short follow-up ("which ones?") so the advice can fit what was meant.
DETAIL_QUESTIONS = frozenset({"triggers", "other_symptoms"})
# Questions about the conversation itself rather than the twitch: "what would you like to change?" and "so no
# weakness, is that right?".
CORRECTION = "correction"
CONFIRM_CORRECTION = "confirm_correction"
# With memory on (skill/domain/memory.py): "shall I remember this?", "is it still twitching?" on return, and the
# yes/no before deleting what is stored. Answered there; here only asked again or given up on like the others.
REMEMBER_CONSENT = "remember_consent"
STILL_TWITCHING = "still_twitching"
FORGET_CONFIRM = "forget_confirm"
REMINDER_OFFER = "reminder_offer"
MEMORY_QUESTIONS = (REMEMBER_CONSENT, STILL_TWITCHING, FORGET_CONFIRM, REMINDER_OFFER)
CONVERSATION_QUESTIONS = (CORRECTION, CONFIRM_CORRECTION, *MEMORY_QUESTIONS)
PENDING_QUESTIONS = ALL_QUESTIONS + CONVERSATION_QUESTIONS
SCREEN_QUESTIONS = frozenset({*EMERGENCY_SCREENS, *SCREEN_SIGN_QUESTIONS})
# The yes/no questions about one warning sign: a yes to them is that sign, for "did it come on suddenly?".
SIGN_QUESTIONS = {"weakness": "weakness", "sensation": "sensation_change"}
# The questions whose "yes" may be one of those signs: the sign's own, and a group that asks it with others.
ASKS_SUDDEN_SIGNS = frozenset(
    {*SIGN_QUESTIONS, *(group for group, members in QUESTION_GROUPS.items() if set(members) & set(SIGN_QUESTIONS))}
)
# A question is asked at most three times: as written, then with more detail, then shorter with the answers it
# takes. A third miss notes "not sure" and moves on, so nobody is stuck.
MAX_MISSES = 3
SAME_PLACE = "same_place"
BOTH_SIDES = "both_sides"
PACE_SUDDEN = "sudden"
PACE_GRADUAL = "gradual"
_HOUR = 3600.0
_DAY = 86_400.0
# A weakness, numbness, speech or swallowing sign that started within this long ("an hour ago", "last night",
# "yesterday") came on suddenly: stroke signs of the last day or two need help now, even if they have passed.
_SUDDEN_WITHIN = 2 * _DAY
# The parts the second half of the safety check asks about ("has your face, an arm or a leg suddenly gone weak...").
_FACE_AND_LIMBS = frozenset({"face", "lip", "tongue", "arm", "hand", "finger", "thumb", "shoulder", "leg", "thigh",
                             "calf", "foot", "toe"})
# The parts of the advice offered after it, in the order "tell me more" says them.
ADVICE_TOPICS = ("reasons", "self_care", "visit", "summary")
_ADVICE_PART = re.compile(r"(reasons|self_care|visit|summary)\.\d{1,2}")
# What one turn may say, about 25 seconds: the advice is offered in parts this size.
TURN_WORDS = 60
_NOTED_WORDS = 6  # an answer said back longer than this is a read-back, not an acknowledgement
# A detail turn's words before the offer that ends it (about 12).
_DETAIL_WORDS = TURN_WORDS - 14
# A sign said only with times at least this long ago is history ("a stroke fifteen years back"), not a sign now;
# "last month" is not (a first fit a month ago, never seen to, still needs help now).
HISTORY_AFTER_SECONDS = 60 * _DAY


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
    # What was said not to be there: "no weakness or tingling", "i'm not on any tablets".
    denied_symptoms: tuple[str, ...] = ()
    denied_triggers: tuple[str, ...] = ()
    pregnancy: Answer | None = None  # "i'm definitely not pregnant", "she might be pregnant"
    person: str | None = None  # whose twitch, a PERSON id ("it's my mum's hand")
    pace: str | None = None  # how the signs said came on: "sudden" ("out of nowhere") or "gradual" ("bit by bit")
    place_pattern: str | None = None  # "always the same spot" (same_place) or "both my calves" (both_sides)
    symptom_sites: tuple[str, ...] = ()  # where a symptom is felt ("my fingers tingle"): not a twitching place
    # Durations said but not usable ("P?W", or words a client failed to convert): heard, but not understood.
    unusable_durations: int = 0
    # A yes, no or "not sure" said in the same breath as the facts ("yeah, my chest is really tight").
    answer: Answer | None = None
    # Every time said is a day or year something happened on ("on sunday he fell down"), none a length ("for
    # years"): when, which says nothing of how it came on.
    only_dates: bool = False
    # "I can't remember since when": when the twitch started is not known (the onset question, answered "not sure").
    start_unknown: bool = False

    def __bool__(self) -> bool:
        """True when there is at least one fact to record (a bare answer or pace is not a fact)."""
        return any(
            getattr(self, name)
            for name in self.__dataclass_fields__
            if name not in ("unusable_durations", "answer", "pace", "only_dates")
        )


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
    last_answered: str | None = None  # what "sorry, I meant no" corrects
    proposed: Case | None = None  # a correction waiting for "yes, that's right"
    told: tuple[str, ...] = ()  # the parts of the advice said since it was given ("reasons.0", "self_care.1")
    detoured: tuple[str, ...] = ()  # questions interrupted by "can I change an answer?" (once each: no loop)
    declined: tuple[str, ...] = ()  # questions at which a change was put to "is that right?" and declined
    # Asking which after a bare yes to a grouped question: the questions that yes was to (those the group asked), so
    # only they are narrowed by the answer ("the medicine"); a yes said before, to another of them, stays.
    assumed: tuple[str, ...] = ()

    @property
    def asking(self) -> tuple[str, ...] | None:
        """For a grouped question, the questions it asks now: those still open, or, asking which after a yes, those
        the yes was to. None for any other question. (Derived: stored for tools, never read back.)"""
        group = self.pending_question
        if group not in QUESTION_GROUPS:
            return None
        if self.awaiting_detail:
            return _assumed(self.case, group, self.assumed)
        return asked_now(self.case, group, self.outcome)

    def to_dict(self) -> dict[str, Any]:
        return {
            "pending_question": self.pending_question,
            "asking": list(self.asking) if self.asking is not None else None,
            "outcome": self.outcome,
            "awaiting_detail": self.awaiting_detail,
            "misses": self.misses,
            "disclaimer_given": self.disclaimer_given,
            "asked": list(self.asked),
            "last_answered": self.last_answered,
            "case": self.case.to_dict(),
            "proposed": self.proposed.to_dict() if self.proposed is not None else None,
            "told": list(self.told),
            "detoured": list(self.detoured),
            "assumed": list(self.assumed),
        } | ({"declined": list(self.declined)} if self.declined else {})

    @classmethod
    def from_dict(cls, data: Any) -> DialogueState:
        """Rebuild from session attributes; raises CaseError on anything that cannot be trusted."""
        if not data:
            return cls()
        if not isinstance(data, dict):
            raise CaseError("session attributes are not an object")
        try:
            return cls._from_trusted_types(data)
        except CaseError:
            raise
        except (TypeError, ValueError, AttributeError) as error:  # a value of a type no check above foresaw
            raise CaseError(f"malformed session attributes: {type(error).__name__}") from error

    @classmethod
    def _from_trusted_types(cls, data: dict[str, Any]) -> DialogueState:
        for name in ("pending_question", "outcome", "last_answered"):
            if data.get(name) is not None and not isinstance(data[name], str):
                raise CaseError(f"malformed {name}")
        for name in ("awaiting_detail", "disclaimer_given"):
            if not isinstance(data.get(name, False), bool):
                raise CaseError(f"malformed {name}")
        pending = data.get("pending_question")
        outcome = data.get("outcome")
        asked = data.get("asked") or []
        misses = data.get("misses", 0)
        last_answered = data.get("last_answered")
        proposed = data.get("proposed")
        if pending is not None and pending not in PENDING_QUESTIONS:
            raise CaseError(f"unknown pending question {pending!r}")
        if last_answered is not None and last_answered not in ALL_QUESTIONS:
            raise CaseError(f"unknown answered question {last_answered!r}")
        if outcome is not None and outcome not in RANK:
            raise CaseError(f"unknown outcome {outcome!r}")
        if not isinstance(asked, list) or any(q not in PENDING_QUESTIONS for q in asked):
            raise CaseError("malformed list of asked questions")
        if isinstance(misses, bool) or not isinstance(misses, int) or misses < 0:
            raise CaseError("malformed miss count")
        told = data.get("told") or []
        if not isinstance(told, list) or any(not isinstance(part, str) or not _ADVICE_PART.fullmatch(part)
                                             for part in told):
            raise CaseError("malformed list of advice parts told")
        detoured = data.get("detoured") or []
        if not isinstance(detoured, list) or any(q not in PENDING_QUESTIONS for q in detoured):
            raise CaseError("malformed list of interrupted questions")
        assumed = data.get("assumed") or []
        if not isinstance(assumed, list) or any(q not in ALL_QUESTIONS for q in assumed):
            raise CaseError("malformed list of assumed answers")
        declined = data.get("declined") or []
        if not isinstance(declined, list) or any(q not in PENDING_QUESTIONS for q in declined):
            raise CaseError("malformed list of questions whose change was declined")
        state = cls(
            case=Case.from_dict(data.get("case")),
            pending_question=pending,
            awaiting_detail=data.get("awaiting_detail", False),
            misses=misses,
            disclaimer_given=data.get("disclaimer_given", False),
            outcome=outcome,
            asked=tuple(asked),
            last_answered=last_answered,
            proposed=Case.from_dict(proposed) if proposed is not None else None,
            told=tuple(told),
            detoured=tuple(detoured),
            assumed=tuple(assumed),
            declined=tuple(declined),
        )
        read = {id(data.get("case")): state.case, id(proposed): state.proposed or Case()}
        if outcome != EMERGENCY and emergency_in(data, read):
            # The skill never leaves such a state itself (checked on every corpus conversation): the outcome was
            # changed or lost, and the facts, not the stored outcome, decide.
            raise CaseError("the facts call for an emergency the outcome does not say")
        if outcome is not None and pending is None and assess(state.case, at_least=outcome).level != outcome:
            # Advice said and nothing asked since: its level is what the facts give (checked on every corpus
            # conversation), or the outcome was edited and no part of the advice can be trusted.
            raise CaseError("the outcome is not what the facts give")
        return state


def emergency_in(untrusted: Any, read: Mapping[int, Case] | None = None) -> bool:
    """Whether anything in session attributes that cannot be trusted as a whole calls for an emergency: the
    emergency outcome or an emergency sign, as a key or a value anywhere, or any object with a case's fields whose
    readable facts call for one. A broken or tampered state restarts the conversation, but must never lower an
    emergency. `read` maps the id of an object already read as a case to that case, so it is not read twice."""
    read = read or {}
    stack = [untrusted]
    while stack:  # not recursive: no depth can break it
        item = stack.pop()
        if isinstance(item, str):
            if item == EMERGENCY or item in EMERGENCY_SYMPTOMS:
                return True
        elif isinstance(item, dict):
            if not _CASE_FIELDS.isdisjoint(item):
                case = read.get(id(item)) or Case.salvage(item)
                if any(finding.level == EMERGENCY for finding in findings(case)):
                    return True
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_CASE_FIELDS = frozenset(Case.__dataclass_fields__)


@dataclass(frozen=True)
class Card:
    """The advice written for reading in the Alexa app: a title and plain text."""

    title: str
    text: str


@dataclass(frozen=True)
class Reply:
    """What to say, what to say if the person stays silent, the state to keep, and a card to show, if any."""

    speech: tuple[str, ...]
    reprompt: tuple[str, ...]
    state: DialogueState
    end_session: bool = False
    card: Card | None = None


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
        # With nothing yet said to start over from, starting over is the opening question again: heard again, it is
        # asked another way, then moved past, as any miss is (round 97: a twitch "on top" of a forearm, misheard as
        # "from the top", had been answered forty times with the same question).
        untouched = state.case == Case() and state.pending_question is None and state.outcome is None
        if untouched and state.misses:
            return self._miss(state, c.line("start_over"))
        speech = self._disclaimed(state, (c.line("start_over"), c.line("opening_question")))
        return Reply(speech, (c.line("opening_reprompt"),), DialogueState(disclaimer_given=True, misses=int(untouched)))

    def recover(self, untrusted: Any) -> Reply:
        """Session attributes that cannot be trusted (tampered, or a state this skill cannot go on from): a clean
        case, said plainly, unless any fact in them calls for an emergency, which is given again instead."""
        c = self.content
        if emergency_in(untrusted):
            salvaged = Case.salvage(untrusted.get("case")) if isinstance(untrusted, dict) and isinstance(
                untrusted.get("case"), dict) else Case()
            assessment = assess(salvaged)
            if assessment.level != EMERGENCY:  # found outside the case: no reason to name, the call still first
                assessment = Assessment(floor=EMERGENCY, findings=(), next_question=None, level=EMERGENCY)
            return self._emergency(DialogueState(case=salvaged), assessment)
        return Reply((c.line("error_restart"),), (c.line("opening_reprompt"),), DialogueState(disclaimer_given=True))

    def emergency_again(self, state: DialogueState) -> Reply:
        """The emergency instruction again, for any turn in an emergency (memory turns included)."""
        return self._restate_emergency(state)

    def resume(self, state: DialogueState, lead: str) -> Reply:
        """Carry on from `state` after a turn about something else (memory, a read-back), `lead` said first."""
        if state.pending_question is not None or state.outcome is not None:
            return self._guide(state, lead)
        if not state.case.body_parts and not state.case.unrecognised_body_parts:
            # Still "what's going on?": counted like a question back, so it is never asked a third time the same way.
            return self._guide(state, lead)
        return self._advance(state, lead=lead)

    # -- what the person said --------------------------------------------------------------------------------

    def hear(self, state: DialogueState, heard: Heard, as_facts: bool = False) -> Reply:
        """Facts from a slot-carrying intent, perhaps with a yes or no said in the same breath: record them all,
        then move on. `as_facts`: heard as facts even where a correction is waited for (a correction declined
        before is not put again, and is never sent back here to loop)."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if not as_facts and (state.pending_question == CORRECTION or (
            state.pending_question == "sudden_onset" and _takes_back(state.case, heard)
        )):
            # ("Did that come on suddenly?" "Oh, I take that back, no numbness at all": the sign is withdrawn.)
            return self.correct(state, heard)
        if _history_only(heard):
            # "I had a stroke fifteen years back, long done": what happened once, long ago, is no sign now.
            heard = replace(heard, symptoms=tuple(s for s in heard.symptoms if s not in EMERGENCY_SYMPTOMS),
                            durations_seconds=())
        asked = questions_of(state.pending_question)
        if "medication" in asked and heard.durations_seconds and set(heard.triggers) & MEDICINE_WORDS and not (
            set(heard.symptoms) & SUDDEN_SIGNS
        ):
            # "No, the same cholesterol tablet for ten years": how long the medicine has been taken, not the twitch.
            heard = replace(heard, durations_seconds=())
        if "pregnant" in asked and heard.durations_seconds and (
            state.pending_question == "pregnant" or heard.pregnancy is not None or heard.answer is Answer.YES and not (
                heard.symptoms or heard.unrecognised_symptoms or heard.triggers or heard.body_parts)
        ):
            # (Asked with other questions, a time said with the pregnancy, or after a bare yes, is the pregnancy's:
            # "yes, twenty weeks". Not after a no: "no, but it's been going on four months" dates the twitch.)
            if set(heard.symptoms) & SUDDEN_SIGNS:
                # "No chance, but my arm went numb a few minutes ago": the time is the sign's; that recent is sudden.
                recent = min(heard.durations_seconds) < _SUDDEN_WITHIN
                heard = replace(heard, durations_seconds=(), pace=PACE_SUDDEN if recent else heard.pace)
            else:
                # "Yes, I'm twenty weeks": how far along the pregnancy is, not how long the twitch has lasted; said
                # alone, it is a yes.
                heard = replace(heard, durations_seconds=(), answer=heard.answer or (
                    Answer.YES if heard.pregnancy is None else None))
        if heard.answer is Answer.UNKNOWN and state.pending_question in YES_NO_QUESTIONS and (
                heard.pace != PACE_SUDDEN):
            # "Hard to say, I'm clumsy anyway" to "any weakness?": the sign named is what is in doubt, not said.
            # (Not "no clue, my arm just went dead suddenly": a sign told as sudden is told, whatever opened it.)
            heard = replace(heard, symptoms=tuple(
                symptom for symptom in heard.symptoms if _asked_by(symptom) not in asked
            ))
        if state.pending_question == CONFIRM_CORRECTION and (
            heard.answer is Answer.YES or (heard.answer is None and _says_again(state.proposed, heard))
        ):
            # "yes, no tingling": the yes, said with the change; or the change said again ("correct, no weakness").
            return self._confirm_correction(state, Answer.YES)
        if state.pending_question == CONFIRM_CORRECTION and (heard or heard.answer is None):
            # Something new instead of "yes, that's right": keep things as they were and listen to it.
            state = replace(state, proposed=None, pending_question=None)
        if not heard and heard.pace is None:
            if heard.answer is not None:
                return self.answer(state, heard.answer)
            if heard.unusable_durations:
                return self.misheard(state)
            if state.pending_question is not None:
                return self._not_an_answer(state)
        case = self._recorded(state, heard)
        group = state.pending_question
        if group in QUESTION_GROUPS and not state.awaiting_detail and heard.answer is Answer.YES and not (
            _named_in_group(heard, group)
        ) and assess(case).level != EMERGENCY:
            # "Yes, it's been a few weeks" to "any weakness, numbness or tingling...?": a yes that names none of
            # them, so which? (All of them are noted meanwhile: never towards no.)
            return self._ask(replace(state, case=case, assumed=asked_now(state.case, group, state.outcome),
                                     last_answered=group), group, detail=True)
        return self._advance_after(state, case)

    def answer(self, state: DialogueState, answer: Answer) -> Reply:
        """Yes, no or "I don't know": it means whatever the pending question asked."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        question = state.pending_question
        if question is None and state.outcome is not None:
            # The offer after advice: "want to hear why, self-care tips...?"
            if answer is Answer.YES:
                return self.detail(state, None)
            return self._after_advice(state, (self.content.line("advice_offer_declined"),))
        if question is None:
            if state.outcome is None and answer is Answer.UNKNOWN:
                # "I don't know" to "what's going on?": fine, the questions will find out.
                return self._advance(state, lead=self._acknowledgement(state))
            return self._not_an_answer(state)
        if question == CONFIRM_CORRECTION:
            return self._confirm_correction(state, answer)
        if question == CORRECTION:
            return self.correct(state, Heard(answer=answer))
        case = state.case
        if state.awaiting_detail:
            # They already said yes; a second yes or "don't know" means they can't name it. A no takes the yes back
            # ("no, none of those, I sleep grand"): a trigger is never invented, as it makes self-care likelier.
            if question == "triggers" and answer is Answer.NO:
                case = case.without_answers(["triggers"]).with_answer("triggers", Answer.NO)
            elif question == "triggers":
                case = case.with_triggers({"unspecified"})
            if question in QUESTION_GROUPS:
                # "Which ones?" "Yes" (or "all of them", "not sure", even "no"): every one stays a yes.
                return self._advance(self._answered(state, case, question),
                                     lead=self.content.line("noted_all_of_those"), lead_is_ack=True)
            return self._advance(self._answered(state, case, question), lead=self._acknowledgement(state))
        if question in QUESTION_GROUPS:
            asked = asked_now(case, question, state.outcome)
            case = _group_answered(case, asked, answer)
            if answer is Answer.YES and assess(case).level != EMERGENCY:
                # (The yes answered the group: "sorry, I meant no" corrects it.)
                return self._ask(replace(state, case=case, assumed=asked, last_answered=question), question,
                                 detail=True)
            return self._advance(self._answered(state, case, question), lead=self._noted(state, case),
                                 lead_is_ack=True)
        if question in YES_NO_QUESTIONS:
            case = case.with_answer(question, answer)
            if answer is Answer.YES and question in DETAIL_QUESTIONS:
                return self._ask(replace(state, case=case), question, detail=True)
            return self._advance(self._answered(state, case, question), lead=self._noted(state, case),
                                 lead_is_ack=True)
        if answer is Answer.UNKNOWN:
            case = case.with_answer(question, Answer.UNKNOWN)
            return self._advance(self._answered(state, case, question), lead=self._noted(state, case),
                                 lead_is_ack=True)
        return self._not_an_answer(state)

    def _noted(self, state: DialogueState, case: Case) -> str:
        """What a yes, no or "not sure" just changed, said back briefly ("No weakness, noted."), so a mishearing
        is caught at once; a plain acknowledgement where there is nothing short to name (the safety check)."""
        if state.pending_question in SCREEN_QUESTIONS:
            # "No emergency signs" after half of the safety check would mislead; a no is still said back, so a
            # "dunno" heard as "no" can be caught.
            denied = case.answer(state.pending_question) is Answer.NO
            return self.content.line("noted_none_of_those") if denied else self._acknowledgement(state)
        group = state.pending_question
        # (What the group asked: its questions then open; a man was not asked whether he could be pregnant.)
        asked = (asked_now(state.case, group, state.outcome) or QUESTION_GROUPS[group]) if (
            group in QUESTION_GROUPS) else ()
        if asked and all(case.answer(question) is reassuring_answer(question) for question in asked):
            return self.content.line("noted_none_of_those")  # "no weakness, no muscle loss, no numbness" is long
        if asked and not state.awaiting_detail and all(case.answer(question) is Answer.UNKNOWN for question in asked):
            return self.content.line("noted_unsure_of_those")
        if group in QUESTION_GROUPS and state.awaiting_detail:
            # "Which ones?" answered: what the yes is now to ("Yes to numbness, noted.").
            change = self.wording.confirmed(case, _assumed(case, group, state.assumed))
        else:
            change = self.wording.change(state.case, case)
        if not change or len(change.split()) > _NOTED_WORDS:
            return self._acknowledgement(state)
        return self.content.line("noted").format(heard=change[:1].upper() + change[1:])

    def correct(self, state: DialogueState, heard: Heard) -> Reply:
        """"Sorry, I meant my calf", "I misheard, no weakness", "can I change my answer?".

        What is corrected replaces what was heard (facts otherwise only merge towards caution). A correction that
        makes things sound less worrying is confirmed first, unless it adds an emergency sign. Nothing lowers an
        emergency.
        """
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        pending = state.pending_question
        if pending is None and state.outcome is None and state.case == Case() and heard:
            # Nothing told yet, nothing to change: what is said with a correction's words is the report ("mi cyaan
            # sleep good inna di new place. mi nuh have no weakness": round 160 had been thanked for a change).
            return self.hear(state, heard, as_facts=True)
        if pending in SCREEN_QUESTIONS and set(heard.symptoms) & SCREEN_SYMPTOMS:
            # A sign the safety check names, described while it is asked, answers it, however it was said ("my leg
            # just gave out on the stairs, like it wasn't even mine" has the words of a correction).
            return self.hear(state, replace(heard, answer=None))
        if heard.answer is not None and not heard and pending in YES_NO_QUESTIONS and pending in state.detoured:
            # A bare "no, I mean..." again at a question a correction already interrupted: it answers the question.
            return self.answer(state, heard.answer)
        topic = _topic_named(state.case, heard)
        if topic is not None and state.pending_question == CORRECTION and state.awaiting_detail:
            return self._miss(state, self.content.line("misheard"))  # named again, still no answer: no loop
        if topic is not None:
            # "I got the medicine one wrong": that question again, its answer taken as the correction. (While a
            # correction waits, `awaiting_detail` says it is about that one question.)
            state = replace(state, last_answered=topic, proposed=None)
            return self._ask(state, CORRECTION, detail=True, lead=self.content.line("correction_topic"))
        corrected = self._corrected(state, heard)
        if corrected is None:
            if state.pending_question == CORRECTION or (state.last_answered is None and state.pending_question) or (
                state.pending_question in state.detoured
            ):
                # Still nothing to change, nothing answered yet to change, or this question was interrupted that
                # way before: a miss of the question (no loop).
                return self._miss(state, self.content.line("misheard"))
            # Nothing said to change yet: ask what, and come back to where we were afterwards.
            detoured = (*state.detoured, state.pending_question) if state.pending_question else state.detoured
            return self._ask(replace(state, proposed=None, detoured=detoured), CORRECTION, detail=False)
        if _lowers(state.case, corrected) and assess(corrected).level != EMERGENCY and pending in state.declined and (
                _takes_back(state.case, heard)) and not set(heard.symptoms) - set(state.case.symptoms):
            # A sign taken back again at a question where a change was already put to "is that right?": a miss of the
            # question, counting towards "not sure" ("no, there's no weakness, I just dropped a catch", said after
            # each "no" to "so, no weakness?", had looped between the two with no advice: round 104). Not with a new
            # sign said in the same breath ("it's not weak, it's my speech, it's gone slurred", review A47b).
            return self._miss(state, self.content.line("misheard"))
        if _lowers(state.case, corrected) and assess(corrected).level != EMERGENCY and pending in state.detoured and (
                not _takes_back(state.case, heard)):
            # The same question interrupted by a correction once already, and its change declined: what is said is
            # heard as an answer, facts merging towards caution, not put to "is that right?" again ("No. I mean I
            # blanked on my lines on Tuesday", said again after "no" to "so, starting about 2 days ago?", had looped
            # between the two questions with no advice). A sign taken back is still put to "is that right?": that
            # cannot loop, and heard as facts it stays (round 4's tingling, taken back twice, had become an emergency).
            return self.hear(state, heard, as_facts=True)
        if _lowers(state.case, corrected) and assess(corrected).level != EMERGENCY:
            # An emergency sign added by a correction is never put to a "is that right?": it is acted on at once.
            detoured = (*state.detoured, pending) if pending in ALL_QUESTIONS else state.detoured
            state = replace(state, proposed=corrected, detoured=detoured)
            return self._ask(state, CONFIRM_CORRECTION, detail=False)
        return self._apply_correction(state, corrected)

    # -- questions about the conversation --------------------------------------------------------------------

    def why(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.pending_question is None and state.outcome is not None:
            return self.detail(state, "reasons")
        if state.pending_question is None or state.pending_question in CONVERSATION_QUESTIONS:
            return self._guide(state, self.content.line("why_general"))
        return self._guide(state, self._say(state, self.content.question(state.pending_question).why))

    def detail(self, state: DialogueState, topic: str | None) -> Reply:
        """One more part of the advice, on request ("why?", "self-care tips", "what does the visit involve?",
        "tell me more"): a short turn, then the offer again. `topic` None is whatever has not been said yet."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.outcome is None or state.pending_question is not None:
            return self._not_an_answer(state) if state.pending_question is not None else self.help(state)
        assessment = assess(state.case)
        pages = {
            name: _pages(sentences, _DETAIL_WORDS)
            for name, sentences in self.wording.advice_topics(assessment, state.case, _DETAIL_WORDS).items()
        }
        order = [f"{name}.{index}" for name in ADVICE_TOPICS for index in range(len(pages[name]))]
        wanted = [part for part in order if topic is None or part.startswith(f"{topic}.")]
        part = next((p for p in wanted if p not in state.told), wanted[0] if topic is not None and wanted else None)
        c = self.content
        state = replace(state, pending_question=None, misses=0)
        if part is None:
            return self._after_advice(state, (c.line("advice_all_told"),))
        state = replace(state, told=(*state.told, part) if part not in state.told else state.told)
        name, index = part.split(".")
        offer = "detail_offer" if assessment.level == SEE_DOCTOR_SOON else "detail_offer_self_care"
        return Reply((pages[name][int(index)], c.line(offer)), (c.line("after_advice_reprompt"),), state)

    def help(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.pending_question is None and state.outcome is not None:
            return self._guide(state, self.content.line("help_after_advice"))
        if state.pending_question in SCREEN_QUESTIONS:
            return self._guide(state, self.content.line("help_screen"), short=True)  # short: under 40 words
        if state.pending_question in QUESTION_GROUPS:
            # Several things asked at once: how to answer them, and the question again, shorter (under 40 words).
            return self._guide(state, self.content.line("help_group"), short=True)
        return self._guide(state, self.content.line("help"), only_if_asking_again=True)

    def explain(self, state: DialogueState, heard: Heard) -> Reply:
        """"What counts as weakness?", "what's a water pill?": explain the question, record nothing. At the safety
        check, "what do you mean by a fit?" is answered by that sign's own question with its examples ("not sure"
        to it is an emergency); anywhere else, that sign's own question included, asking what counts as an
        emergency sign is being unsure about it, which counts as the sign."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if urgent := tuple(s for s in heard.symptoms if s in EMERGENCY_SYMPTOMS):
            asked_at = next((question for question, signs in SCREEN_SIGN_QUESTIONS.items() if signs & set(urgent)),
                            None)
            if asked_at is not None and state.pending_question in EMERGENCY_SCREENS:
                return self._ask_the_sign_explained(state, asked_at)
            # (Asked again at that sign's own question, after its examples: not sure of it, which is the sign.)
            return self.hear(state, Heard(symptoms=urgent))
        if state.pending_question is None:
            return self.help(state)
        named = _named_in_group(heard, state.pending_question) if state.pending_question in QUESTION_GROUPS else ()
        if len(named) == 1:
            # "What's a water pill?" to several things asked at once: that one's fuller wording, then the question.
            return self._guide(state, self.content.question(next(iter(named))).reprompt)
        # The fuller wording is the explanation, and it asks the question again itself.
        return self._guide(state, None, fuller=True)

    def _ask_the_sign_explained(self, state: DialogueState, question: str) -> Reply:
        """The safety check asked about, not answered: it is not sure, so its signs are asked one at a time, the
        one asked about first, with its examples."""
        case = state.case.with_answer(state.pending_question, Answer.UNKNOWN)
        asked = self._ask(replace(state, case=case), question, detail=False)
        prompt, reprompt = self._prompt_for(asked.state)
        return replace(asked, speech=self._disclaimed(state, (prompt, reprompt)))

    def urgency(self, state: DialogueState) -> Reply:
        """"Is that serious?", "should I go to A and E?": what to do now, then carry on."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        if state.outcome is not None and state.pending_question is None:
            level = self.content.level(state.outcome)
            return self._guide(state, f"{self.content.line('urgency_after_advice')} {level['action']}")
        return self._guide(state, self.content.line("urgency_before_advice"))

    def about_als(self, state: DialogueState) -> Reply:
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        lead = self.content.advice("als")
        if state.pending_question is not None:
            return self._guide(state, f"{lead} {self.content.line('als_resume')}")
        return self._guide(state, lead)

    def misheard(self, state: DialogueState) -> Reply:
        """Fallback: re-ask with more detail, then shorter, then note "not sure" and move on."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        return self._miss(state, self.content.line("misheard"))

    def reask(self, state: DialogueState) -> Reply:
        """Say the current question again (Repeat with nothing stored, or asked again and again)."""
        if state.outcome == EMERGENCY:
            return self._restate_emergency(state)
        return self._guide(state, None)

    def repeated(self, state: DialogueState) -> DialogueState:
        """The state after the last response was replayed word for word: a repeat counts like a miss, so "say that
        again" said over and over is asked another way, then moved past."""
        return replace(state, misses=state.misses + 1)

    # -- recording facts -------------------------------------------------------------------------------------

    def _recorded(self, state: DialogueState, heard: Heard) -> Case:
        """The case with everything one utterance said, read in the light of the question it answers."""
        pending = state.pending_question
        case = state.case
        if pending in QUESTION_GROUPS and state.awaiting_detail:
            case = _narrowed(case, pending, heard, state.assumed)
        if heard.person and (heard.body_parts or not case.places or pending in (None, "body_part")):
            # Whose twitch it is, said with the twitch or before anything else ("it's my mum's hand"); not the
            # person who noticed something later ("my partner said i went grey").
            case = case.with_subject(heard.person)
        narrowed = _said_narrowly(case, pending, heard)
        case = narrowed or case.with_body_parts(heard.body_parts, heard.unrecognised_body_parts)
        case = case.with_symptoms(_with_chest_pain(heard), heard.unrecognised_symptoms)
        case = case.with_triggers(heard.triggers)
        case = case.with_denials(heard.denied_symptoms, heard.denied_triggers)
        if heard.place_pattern == SAME_PLACE:
            case = case.with_answer("same_place", Answer.YES)
        elif heard.place_pattern == BOTH_SIDES:
            case = case.with_both_sides()
        if heard.pregnancy is not None:
            case = case.with_answer("pregnant", heard.pregnancy)
        pace, durations_told_pace = _pace(pending, heard)
        if pace is not None:
            case = case.with_answer("sudden_onset", pace)
        story = pending in SCREEN_QUESTIONS and heard.answer is Answer.NO and not heard.body_parts
        if not durations_told_pace and not story:
            # (A "no" to the safety check with a time and no place dates what was told, not the twitch: "nah, I
            # blacked out at a stag do, six years ago, nothing lately".)
            for seconds in heard.durations_seconds:
                case = self._with_duration(case, seconds, pending)
        for frequency in heard.frequencies:
            case = case.with_frequency(frequency)
        if heard.start_unknown and case.onset_days is None:
            case = case.with_answer("onset", Answer.UNKNOWN)
        if pending is None or state.awaiting_detail:
            return case
        listed = SCREEN_SYMPTOMS if pending in EMERGENCY_SCREENS else SCREEN_SIGN_QUESTIONS.get(pending, frozenset())
        signs = set(heard.symptoms) & listed
        if set(heard.denied_triggers) & STIMULANTS and not case.triggers & STIMULANTS:
            # "My heart races, but I don't drink coffee": the screen asks about a racing heart after a stimulant.
            signs -= STIMULANT_REACTION_SYMPTOMS - EMERGENCY_SYMPTOMS
        described = bool(signs) and pace != Answer.NO
        if pending in SCREEN_QUESTIONS and heard.answer is not Answer.NO and described:
            # A screen sign described in answer to the screen is a yes ("i keep choking when i drink"), whatever
            # hedge comes with it.
            case = case.with_answer(pending, Answer.YES)
        elif pending in SCREEN_QUESTIONS and heard.answer is Answer.YES and heard:
            # "Yeah, it's my calf" to the safety check: a yes that describes no sign may be a yes to something
            # else; the signs are asked one at a time rather than assumed either way. To the half that asks what
            # came on suddenly, a yes told with when it came on ("yes, my face, since this morning") or with a part
            # that half names ("yes, his leg, since the football finished") is that yes.
            told_when = heard.pace == PACE_SUDDEN or any(
                seconds < _SUDDEN_WITHIN for seconds in heard.durations_seconds)
            long_ago = any(seconds >= _SUDDEN_WITHIN for seconds in heard.durations_seconds)  # "yes, since the summer"
            of_face_or_limbs = bool(set(heard.body_parts) & _FACE_AND_LIMBS)
            # (Not "yeah, my eyelid, since last night": a time of a place the half does not ask about.)
            sure = pending == SUDDEN_SCREEN and (told_when and (of_face_or_limbs or not heard.body_parts) or (
                of_face_or_limbs and not long_ago))
            case = case.with_answer(pending, Answer.YES if sure else Answer.UNKNOWN)
        elif heard.answer is not None and pending in QUESTION_GROUPS:
            # "No, apart from pins and needles": the no answers the rest of the group. A yes naming one of them
            # ("yes, my hand's gone weak") is that one, and a no that speaks of one ("no, not weak") that one: the
            # others are left to ask, if the level still needs them.
            named = _named_in_group(heard, pending)
            asked = asked_now(state.case, pending, state.outcome)
            # (A no that speaks only of what was answered before answers the rest: "not weak, no" said again.)
            denied_now = _denied_in_group(heard, pending) & set(asked)
            partial = named if heard.answer is Answer.YES else denied_now and not named
            if not partial:
                case = _group_answered(case, asked, heard.answer)
            elif heard.answer is Answer.YES:
                # "Yes, I'm on sertraline now": what was named is the yes, though no value of it says so.
                case = _group_answered(case, tuple(named), Answer.YES)
        elif heard.answer is not None and pending in YES_NO_QUESTIONS and not any(
                SYMPTOM_ANSWERS.get(symptom) == pending for symptom in heard.symptoms) and not (
                pending == "after_stimulant" and heard.triggers and not set(heard.triggers) & STIMULANTS):
            # "no, but my arm went dead an hour ago": the no answers the question, the rest is recorded too. (Not
            # "yes but it's spread to my arm" to "always in the same place?": what was told answers it, and more
            # worryingly than the word that opened it.)
            case = case.with_answer(pending, heard.answer)
        if "other_symptoms" in questions_of(pending) and (heard.symptoms or heard.unrecognised_symptoms):
            # Any symptom said to "any other new symptoms?" (or to a group asking it) is a yes to it.
            case = case.with_answer("other_symptoms", Answer.YES)
        medicine_named = "medication" in heard.triggers and not set(heard.denied_triggers) & MEDICINE_WORDS
        if "medication" in questions_of(pending) and medicine_named and heard.answer is not Answer.NO:
            # "I started sertraline three weeks ago" to "started or changed a medicine lately?": any medicine named
            # in answer is a yes, as "yes, I'm on sertraline" is, rather than the question asked again. (The
            # resolver makes one taken unchanged for years a no.)
            case = case.with_answer("medication", Answer.YES)
        stimulant_named = bool(set(heard.triggers) & STIMULANTS)
        if pending == "after_stimulant" and heard.answer is not Answer.NO and (stimulant_named or heard.triggers):
            # "Five caffeine pills", "just the stress of finals", "yes, stress, the grandchildren coming": what came
            # first, named, answers "after a stimulant?" (a yes said with only other things names those).
            case = case.with_answer("after_stimulant", Answer.YES if stimulant_named else Answer.NO)
        if set(heard.denied_triggers) & STIMULANTS and not case.triggers & STIMULANTS:
            case = case.with_answer("after_stimulant", Answer.NO)  # "I don't touch coffee": never asked
        return case

    def _with_duration(self, case: Case, seconds: float, pending: str | None) -> Case:
        # Context first; without it, short spans are how long a twitch lasts and long ones how long ago it began.
        if pending == "episode_length" or (pending != "onset" and seconds < _HOUR):
            return case.with_episode(seconds)
        return case.with_onset(seconds / _DAY)

    def _corrected(self, state: DialogueState, heard: Heard) -> Case | None:
        """The case as corrected by what was said, or None when nothing to change was said."""
        answers: dict[str, Answer] = {}
        # A sign both named and denied takes back only what was said before; one never said is told now ("I said no
        # to the fainting bit but that's not right ... I went down and came round on the floor": round 158).
        retracted = tuple(symptom for symptom in heard.denied_symptoms
                          if symptom not in heard.symptoms or _said_before(state.case, symptom))
        for symptom in retracted:
            if (denied := denial_answers(symptom)) is not None:
                answers[denied[0]] = denied[1]
        if set(heard.denied_triggers) & MEDICINE_WORDS:
            answers["medication"] = Answer.NO
        if heard.pregnancy is not None:
            answers["pregnant"] = heard.pregnancy
        both_sides = {SAME_PLACE: False, BOTH_SIDES: True}.get(heard.place_pattern or "")
        if heard.place_pattern == SAME_PLACE:
            answers["same_place"] = Answer.YES  # "I got that backwards, it's always the same spot"
        named_parts = heard.body_parts or heard.unrecognised_body_parts
        pace, durations_told_pace = _pace(state.pending_question, heard)
        if pace is not None:
            answers["sudden_onset"] = pace
        # The start as corrected is the last said ("three days, no, since last week").
        onset = heard.durations_seconds[-1] / _DAY if heard.durations_seconds and not durations_told_pace else None
        if pace is Answer.YES or (heard.symptoms and not named_parts):
            # "my speech went funny an hour ago", "i did faint on sunday": the time dates the sign, not the twitch.
            onset = None
        if heard.answer is not None:
            facts = answers or named_parts or onset or heard.symptoms or heard.triggers
            # "Sorry, I meant no" corrects the question answered last; "no, sorry, it's my shoulder" answers the
            # pending one and corrects the rest; the answer to a question asked again to correct it corrects it.
            targeted = state.pending_question == CORRECTION and state.awaiting_detail
            target = state.pending_question if facts and not targeted else state.last_answered
            if target is None and state.pending_question in YES_NO_QUESTIONS:
                target = state.pending_question
            if target in QUESTION_GROUPS:
                # "Sorry, I meant no": all of them that were answered (a man was never asked about pregnancy).
                members = tuple(m for m in QUESTION_GROUPS[target] if state.case.answer(m) is not None)
                answers |= _group_answered(Case(), members or QUESTION_GROUPS[target], heard.answer).answers
            elif target in YES_NO_QUESTIONS:
                answers[target] = heard.answer
            elif not facts:
                return None
        if not (answers or named_parts or onset is not None or heard.symptoms or heard.triggers or both_sides):
            return None
        case = state.case.corrected(
            answers=answers,
            body_parts=tuple(heard.body_parts) if named_parts else None,
            unrecognised_body_parts=tuple(heard.unrecognised_body_parts),
            onset_days=onset,
            withdrawn_symptoms=retracted,
            withdrawn_triggers=heard.denied_triggers,
            both_sides=both_sides,
        )
        # Anything new said with the correction is recorded the usual way ("the tingling one, I don't have any
        # tingling" names what it takes back: not new).
        said = tuple(symptom for symptom in heard.symptoms if symptom not in retracted)
        return case.with_symptoms(said, heard.unrecognised_symptoms).with_triggers(heard.triggers)

    def _apply_correction(self, state: DialogueState, corrected: Case) -> Reply:
        """Use the corrected case; advice already given is worked out again from it (an emergency never is)."""
        lead = self.content.line("correction_made")
        # The question that was pending stays pending: if the correction did not answer it, it is asked again as a
        # miss (a correction is no way round the count).
        pending = None if state.pending_question in CONVERSATION_QUESTIONS else state.pending_question
        state = replace(state, case=corrected, proposed=None, pending_question=pending, awaiting_detail=False)
        if state.outcome is None:
            return self._advance(state, lead=lead)
        assessment = assess(corrected)
        if assessment.level == EMERGENCY:
            return self._emergency(state, assessment)
        if assessment.settled:
            if assessment.level == state.outcome:
                return self._after_advice(state, (lead, self.content.line("advice_unchanged")))
            return self._advice(state, assessment, lead=(lead, self.content.line("changed_advice")))
        # The correction opened a question the advice did not need before: ask it, then advise again.
        return self._advance(replace(state, outcome=None), lead=lead)

    def _confirm_correction(self, state: DialogueState, answer: Answer) -> Reply:
        if answer is Answer.YES and state.proposed is not None:
            return self._apply_correction(state, state.proposed)
        # "No" to "so, starting about 3 days ago, not sure about pregnancy?": what lowered is left as it was, and what
        # the change added towards caution is kept ("I might be pregnant" is never lost with the time misheard).
        kept = _cautious_part(state.case, state.proposed) if state.proposed is not None else state.case
        # (Remembered for the question the change interrupted, the last one detoured.)
        declined = (*state.declined, state.detoured[-1]) if state.detoured else state.declined
        state = replace(state, case=kept, proposed=None, pending_question=None, declined=declined)
        return self._advance(state, lead=self.content.line("correction_kept"))

    # -- moving on ---------------------------------------------------------------------------------------------

    def _answered(self, state: DialogueState, case: Case, question: str) -> DialogueState:
        return replace(state, case=case, awaiting_detail=False, last_answered=question)

    def _advance_after(self, state: DialogueState, case: Case) -> Reply:
        """Move on after facts were heard, acknowledging them; if they did not answer the pending question, it is
        asked again as a miss, and "got it" is not said before it (`_advance`)."""
        pending = state.pending_question
        answered = pending in ALL_QUESTIONS and is_answered(case, pending)
        if answered and not state.awaiting_detail:
            state = replace(state, last_answered=pending)
        new_state = replace(state, case=case, awaiting_detail=False)
        if (detail := self._detail_wanted(new_state)) is not None:
            # "Yes, other symptoms" to a group, or chosen at "which ones?": what they are, as that question asks.
            return self._ask(new_state, detail, detail=True, lead=self._noted(state, case))
        if pending in QUESTION_GROUPS and not answered and (state.awaiting_detail or len(
            asked_now(case, pending, state.outcome)
        ) < len(asked_now(state.case, pending, state.outcome))) and assess(
            case, at_least=state.outcome
        ).next_question == pending:
            # "No, not weak": one of them answered, so the group asks the rest ("Any numbness or tingling, or the
            # muscle looking thinner?"); that is progress, not a miss. So is "which ones?" answered with one of
            # them ("I might be pregnant"): the others, not named, are asked again if the level still needs them.
            return self._ask(new_state, pending, detail=False, lead=self._noted(state, case))
        if not answered and not state.awaiting_detail and assess(case, at_least=state.outcome).next_question == pending:
            lead = self.content.line("noted_still_need") if case != state.case else self.content.line("misheard")
            return self._advance(new_state, lead=lead)
        if pending in (None, "body_part") and case.places and not state.case.places:
            # Where it twitches, just heard: said back, so a mishearing is caught at once ("Twitching in your
            # eyelid, starting about 3 days ago, noted.").
            return self._advance(new_state, lead=self.wording.noted(case), lead_is_ack=True)
        return self._advance(new_state, lead=self._noted(state, case), lead_is_ack=True)

    def _advance(self, state: DialogueState, lead: str | None = None, *, lead_is_ack: bool = False) -> Reply:
        """The next step: advice, an emergency, or the next question. The pending question asked again, not
        answered, is a miss (counted, asked another way, then noted as not sure): whatever the path here, no
        question is asked a third time the same way."""
        assessment = assess(state.case, at_least=state.outcome)
        if state.outcome is not None and assessment.settled:
            return self._revisit_advice(replace(state, misses=0), assessment)
        if assessment.level == EMERGENCY:
            return self._emergency(replace(state, misses=0), assessment)
        if (detail := self._detail_wanted(state)) is not None:
            return self._ask(replace(state, misses=0), detail, detail=True, lead=lead)
        question = assessment.next_question
        if question is not None and question == state.pending_question and not state.awaiting_detail:
            if lead in self._acknowledgements or lead is None or lead_is_ack:
                lead = self.content.line("misheard")
            return self._miss(state, lead)
        state = replace(state, misses=0)
        if question is not None:
            return self._ask(state, question, detail=False, lead=lead)
        keep = lead and not lead_is_ack and lead not in self._acknowledgements  # advice needs no "got it"
        return self._advice(state, assessment, lead=(lead,) if keep else ())

    def _detail_wanted(self, state: DialogueState) -> str | None:
        """After a grouped question: a question of it whose "yes" takes a follow-up ("what have you noticed?"),
        answered yes with nothing named, while what is named could still change the advice."""
        group = state.pending_question
        if group not in QUESTION_GROUPS or state.awaiting_detail:
            return None
        wanted = [member for member in QUESTION_GROUPS[group] if member in DETAIL_QUESTIONS
                  and state.case.answer(member) is Answer.YES and not _detail_named(state.case, member)]
        if not wanted:
            return None
        floor = floor_of(state.case, state.outcome)
        return wanted[0] if floor is None or RANK[floor] < RANK[SEE_DOCTOR_SOON] else None

    def _ask(self, state: DialogueState, question: str, detail: bool, lead: str | None = None) -> Reply:
        asked = state.asked if question in state.asked else (*state.asked, question)
        assumed = state.assumed if detail and question in QUESTION_GROUPS else ()
        state = replace(state, pending_question=question, awaiting_detail=detail, asked=asked, misses=0,
                        assumed=assumed)
        prompt, reprompt = self._prompt_for(state)
        leads = (lead,) if lead else ()
        return Reply(self._disclaimed(state, (*leads, prompt)), (reprompt,), self._disclaim(state))

    def _prompt_for(self, state: DialogueState) -> tuple[str, str]:
        c = self.content
        question = state.pending_question
        if question is None:
            if state.outcome is not None:
                return c.line("after_advice"), c.line("after_advice_reprompt")
            return c.line("opening_question"), c.line("opening_reprompt")
        if question == CONFIRM_CORRECTION and state.proposed is not None:
            change = self.wording.change(state.case, state.proposed)
            return (c.line("confirm_correction").format(change=change),
                    c.line("confirm_correction_reprompt").format(change=change))
        if question == CORRECTION and state.awaiting_detail and state.last_answered in ALL_QUESTIONS:
            asked = c.question(state.last_answered)
            fields = self._fields(state, state.last_answered, everything=True)
            return self._say(state, asked.prompt, **fields), self._say(state, asked.reprompt, **fields)
        if question in CONVERSATION_QUESTIONS:
            return c.line(f"{question}_prompt"), c.line(f"{question}_reprompt")
        fields = self._fields(state, question)
        if state.awaiting_detail:
            detail = c.detail_prompt(question)
            if detail:
                return self._say(state, detail[0], **fields), self._say(state, detail[1], **fields)
        asked = c.question(question)
        return self._say(state, asked.prompt, **fields), self._say(state, asked.reprompt, **fields)

    def _fields(self, state: DialogueState, question: str, *, everything: bool = False) -> dict[str, str]:
        """What a question's words are filled with: the signs "did that come on suddenly?" asks about; what a
        grouped question still asks (or, asking which, what the yes was to; or all of it, asked again to correct)."""
        if question == "sudden_onset":
            return {"signs": self.wording.sudden_signs(state.case)}
        if question == "after_stimulant":
            return {"signs": self.wording.stimulant_signs(state.case)}
        if question not in QUESTION_GROUPS:
            return {}
        members = QUESTION_GROUPS[question]
        if everything:
            asked = tuple(member for member in members if state.case.answer(member) is not None)
        elif state.awaiting_detail:
            asked = _assumed(state.case, question, state.assumed)
        else:
            asked = asked_now(state.case, question, state.outcome)
        return self.wording.group_parts(asked or members, state.case)

    def _short_prompt_for(self, state: DialogueState) -> str:
        """The question again, shorter, with the answers it takes: the third way of asking it."""
        c = self.content
        question = state.pending_question
        if question is None:
            return c.line("after_advice_short") if state.outcome is not None else c.line("opening_short")
        if question in CONVERSATION_QUESTIONS:
            return c.line(f"{question}_short")
        return self._say(state, c.question(question).short, **self._fields(state, question))

    def _say(self, state: DialogueState, text: str, **fields: str) -> str:
        """Content text spoken about the person the twitch belongs to ("have you" or "has she")."""
        return self.wording.about(state.case, text, **fields)

    @property
    def _acknowledgements(self) -> list[str]:
        return self.content.lines("acknowledgements")

    def _acknowledgement(self, state: DialogueState) -> str:
        # Vary the acknowledgement by progress so it doesn't sound like a loop, but stay deterministic for tests.
        options = self._acknowledgements
        return options[len(state.asked) % len(options)]

    def _guide(self, state: DialogueState, lead: str | None, *, fuller: bool = False, short: bool = False,
               only_if_asking_again: bool = False) -> Reply:
        """Answer a question back ("why?", "help", "what counts as weakness?"), then the pending question again.

        Each such turn counts like a miss, so the question is never asked a third time the same way: the second
        time it comes shorter, and the third time it is noted as "not sure" and the conversation moves on. A lead
        that only explains how to answer (help) is left out then: the next question is the help, and the turn
        stays short enough to hear.
        """
        state = replace(state, misses=state.misses + 1)
        if state.misses >= MAX_MISSES:
            moved_on = self._give_up(state)
            # The lead goes where moving on gives the advice (it leads with the action, in one breath; "is that
            # serious?" is answered by it) or would make the turn too long to hear.
            keep = lead and not only_if_asking_again and moved_on.state.outcome is None and (
                _words((lead, *moved_on.speech)) <= TURN_WORDS)
            return replace(moved_on, speech=(lead, *moved_on.speech) if keep else moved_on.speech)
        prompt, reprompt = self._prompt_for(state)
        if state.misses > 1 or short:
            prompt = self._short_prompt_for(state)
        elif fuller:
            prompt = reprompt
        if lead and _words((lead, prompt)) > TURN_WORDS:
            prompt = self._short_prompt_for(state)  # "is that serious?" at the safety check: one breath
        speech = (lead, prompt) if lead else (prompt,)
        return Reply(self._disclaimed(state, speech), (reprompt,), self._disclaim(state))

    def _not_an_answer(self, state: DialogueState) -> Reply:
        """Understood, but not an answer to what was asked ("yes" to "where is it?"): counts as a miss."""
        if state.pending_question is None and state.outcome is not None:
            # Nothing was asked: after advice, a stray "yes" just gets the options again.
            return self._after_advice(state, ())
        lead = self.content.line("not_an_answer") if state.pending_question else self.content.line("misheard")
        return self._miss(state, lead)

    def _miss(self, state: DialogueState, first_lead: str) -> Reply:
        state = replace(state, misses=state.misses + 1)
        if state.misses >= MAX_MISSES or (state.pending_question in QUESTION_GROUPS and state.awaiting_detail):
            # ("Which ones?" not made out is not asked again: every one of them stays a yes, and on.)
            return self._give_up(state)
        _, reprompt = self._prompt_for(state)
        if state.misses == 1:
            # The reprompt carries the added detail, so a miss gets the fuller wording straight away.
            speech = (first_lead, reprompt)
        else:
            speech = (self.content.line("ask_differently"), self._short_prompt_for(state))
        return Reply(self._disclaimed(state, speech), (reprompt,), self._disclaim(state))

    def _give_up(self, state: DialogueState) -> Reply:
        """A third miss: note "not sure" (which never leads to self-care) and move on; never a loop."""
        c = self.content
        question = state.pending_question
        if question is None:
            if state.outcome is not None:
                return self.stop(state)
            return self._advance(state, lead=c.line("give_up_opening"))
        if question == CONFIRM_CORRECTION:
            return self._confirm_correction(state, Answer.NO)
        if question == CORRECTION:
            if state.outcome is not None:
                # Nothing was made out, so nothing is "noted": the advice stands as it was.
                return self._after_advice(replace(state, pending_question=None, misses=0),
                                          (c.line("correction_kept"), c.line("advice_unchanged")))
            return self._advance(replace(state, pending_question=None), lead=c.line("correction_kept"))
        if question in MEMORY_QUESTIONS:
            # Not made out: nothing is stored or deleted, and the conversation goes on (or ends, after advice).
            moved_on = replace(state, pending_question=None)
            return self.stop(moved_on) if state.outcome is not None else self._advance(
                moved_on, lead=c.line("give_up_opening"))
        if question in QUESTION_GROUPS:
            if state.awaiting_detail:
                # Which ones was never made out: every one stays a yes.
                return self._advance(self._answered(state, state.case, question),
                                     lead=c.line("noted_all_of_those"), lead_is_ack=True)
            # Three things at once were too many: each is asked on its own, as the screen's signs are.
            return self._advance(replace(state, case=state.case.with_unclear(question)),
                                 lead=c.line("group_one_by_one"))
        case = state.case.with_unclear(question)
        return self._advance(self._answered(state, case, question), lead=c.line("give_up_question"))

    def _emergency(self, state: DialogueState, assessment: Assessment) -> Reply:
        state = replace(state, pending_question=None, awaiting_detail=False, outcome=EMERGENCY,
                        disclaimer_given=True, proposed=None)
        speech = tuple(self.wording.emergency(assessment, state.case))
        title = self.content.line("card_title").format(level=self.content.level(EMERGENCY)["title"])
        return Reply(speech, (self.content.line("emergency_reprompt"),), state, card=Card(title, " ".join(speech)))

    def _restate_emergency(self, state: DialogueState) -> Reply:
        c = self.content
        speech = (c.line("emergency_sticky"), c.level(EMERGENCY)["action"])
        return Reply(speech, (c.line("emergency_reprompt"),), state)

    def _advice(self, state: DialogueState, assessment: Assessment, lead: tuple[str, ...] = ()) -> Reply:
        state = replace(state, pending_question=None, awaiting_detail=False, outcome=assessment.level,
                        disclaimer_given=True, told=())
        speech = (*lead, *self.wording.advice_first(assessment, state.case, TURN_WORDS - _words(lead)))
        if _words(speech) > TURN_WORDS:
            # Over one breath (a long lead or reason): the card is still sent, only the line about it goes, and
            # "I'll note it as not sure" is said in fewer words.
            short = {self.content.line("give_up_question"): self.content.line("give_up_short")}
            speech = tuple(short.get(part, part) for part in speech if part != self.content.line("card_note"))
        return Reply(speech, (self.content.line("after_advice_reprompt"),), state, card=self._card(assessment, state))

    def _card(self, assessment: Assessment, state: DialogueState) -> Card:
        """The whole advice, for reading in the Alexa app."""
        level = self.content.level(assessment.level or "")
        title = self.content.line("card_title").format(level=level["title"])
        return Card(title, "\n\n".join(self.wording.advice(assessment, state.case)))

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


# Pain or tightness felt in the chest is chest pain, an emergency sign ("my chest, it's been hurting"), whichever
# way it was said: the safety screen's chest pain, not an ordinary ache.
_CHEST_PAIN_WORDS = frozenset({"pain", "stiffness"})


def _words(speech: tuple[str, ...]) -> int:
    return sum(len(part.split()) for part in speech)


def _pages(sentences: list[str], budget: int) -> list[str]:
    """Sentences grouped into turns of at most `budget` words (a longer sentence stands alone)."""
    pages: list[list[str]] = []
    for sentence in sentences:
        words = len(sentence.split())
        if pages and _words(tuple(pages[-1])) + words <= budget:
            pages[-1].append(sentence)
        else:
            pages.append([sentence])
    return [" ".join(page) for page in pages]


def _says_again(proposed: Case | None, heard: Heard) -> bool:
    """Whether `heard` only denies again what the correction waiting to be confirmed already takes back."""
    if proposed is None or not heard.denied_symptoms or heard.symptoms or heard.body_parts or heard.durations_seconds:
        return False
    denials = [denial_answers(symptom) for symptom in heard.denied_symptoms]
    return all(denial is not None and proposed.answer(denial[0]) is denial[1] for denial in denials)


def _said_narrowly(case: Case, pending: str | None, heard: Heard) -> Case | None:
    """ "Yes, same calf" after "his leg is twitching": the same one place, said more narrowly. Only a yes (or "same")
    narrows; "the toes too now", "hand and thumb" or "the whole leg now" are more places."""
    said_same = heard.answer is Answer.YES or heard.place_pattern == SAME_PLACE
    if pending != "same_place" or not said_same or not heard.body_parts or heard.unrecognised_body_parts:
        return None
    return case.narrowed_to(heard.body_parts, same_said=heard.place_pattern == SAME_PLACE)


def _history_only(heard: Heard) -> bool:
    """Whether every time said with an emergency sign is long past, and nothing says it is happening now."""
    return (
        bool(set(heard.symptoms) & EMERGENCY_SYMPTOMS)
        and bool(heard.durations_seconds)
        and min(heard.durations_seconds) >= HISTORY_AFTER_SECONDS
        and heard.pace != PACE_SUDDEN
    )


def _with_chest_pain(heard: Heard) -> tuple[str, ...]:
    if "chest" in (*heard.body_parts, *heard.symptom_sites) and set(heard.symptoms) & _CHEST_PAIN_WORDS:
        return (*heard.symptoms, "chest_pain")
    return heard.symptoms


def _pace(pending: str | None, heard: Heard) -> tuple[Answer | None, bool]:
    """Whether the warning signs said now came on suddenly (YES), gradually (NO), or it was not said (None);
    and whether the durations said were about that (so they are not the twitch's start).

    Only where a sign is being talked about: "it started out of nowhere" about the twitch itself says nothing
    about weakness. A start within two days is sudden, whether asked or said with the sign ("my arm went numb
    last night"), even said to have come on slowly.
    """
    asked = pending == "sudden_onset"
    signs_now = bool(set(heard.symptoms) & SUDDEN_SIGNS) or (
        pending in ASKS_SUDDEN_SIGNS and heard.answer is Answer.YES
    )
    if not (asked or signs_now):
        return None, False
    if heard.pace == PACE_SUDDEN:
        return Answer.YES, False
    if asked and heard.answer is Answer.YES:
        # "Yes, an hour ago, the twitch since november": a yes to "did it come on suddenly?" is sudden, whatever
        # times are said beside it (they may be the twitch's: none is taken as when it began).
        return Answer.YES, True
    if heard.pace == PACE_GRADUAL:
        # "For ages" beside "last night": a sign that began within two days is new, however it came on.
        recent = bool(heard.durations_seconds) and min(heard.durations_seconds) < _SUDDEN_WITHIN
        return (Answer.YES, False) if recent else (Answer.NO, False)
    if not heard.durations_seconds:
        return None, False
    shortest = min(heard.durations_seconds)
    if shortest < _SUDDEN_WITHIN:
        return Answer.YES, asked
    if heard.only_dates and not asked:
        # "On sunday he fell down, just dropped": the day it happened, not a sign that grew over days.
        return None, False
    if asked or pending in ASKS_SUDDEN_SIGNS:
        return Answer.NO, asked
    if pending in SCREEN_QUESTIONS and signs_now:
        # "Pins and needles in my feet for years" to the safety check: how long the sign has lasted, not the
        # twitch, and not the screen's sudden sign.
        return Answer.NO, True
    return None, False


def _topic_named(case: Case, heard: Heard) -> str | None:
    """The answered question a correction only names, with no new answer ("I got the medicine one wrong", "can I
    change what I said about the tingling?"), or None. A sign named that was denied before is new, not a topic."""
    if heard.answer is not None or heard.denied_symptoms or heard.denied_triggers or heard.body_parts or (
        heard.durations_seconds or heard.pregnancy is not None or heard.pace is not None
    ):
        return None
    if heard.triggers and not heard.symptoms and set(heard.triggers) == {"medication"}:
        topic = "medication"
    elif len(heard.symptoms) == 1 and not heard.triggers:
        topic = _asked_by(heard.symptoms[0])
        if topic is None or case.answer(topic) is not worrying_answer(topic):
            return None
    else:
        return None
    return topic if case.answer(topic) is not None else None


def _takes_back(case: Case, heard: Heard) -> bool:
    """Whether a sign now denied was said before, as a symptom or a yes to its question."""
    return any(_said_before(case, symptom) for symptom in heard.denied_symptoms)


def _said_before(case: Case, symptom: str) -> bool:
    return symptom in case.symptoms or (question := _asked_by(symptom)) is not None and (
        case.answer(question) is Answer.YES)


def asked_now(case: Case, group: str, outcome: str | None = None) -> tuple[str, ...]:
    """The questions a grouped question asks now: those still open from the level the facts (and any advice given)
    already call for, so pregnancy is not asked of a man, nor once the advice is already to see a provider."""
    return open_members(case, group, floor_of(case, outcome))


def _assumed(case: Case, group: str, assumed: tuple[str, ...]) -> tuple[str, ...]:
    """Asking which after a bare yes to a group: the questions that yes was to, while still a yes. (A state stored
    without `assumed` takes every question of the group that is a yes.)"""
    return tuple(question for question in QUESTION_GROUPS[group] if (not assumed or question in assumed)
                 and case.answer(question) is worrying_answer(question))


def _denied_in_group(heard: Heard, group: str) -> frozenset[str]:
    """The questions of a group said not to be there: a sign ("no, not weak" denies weakness), other symptoms ("no
    other symptoms"), a medicine ("no new meds"), a pregnancy ("no, not pregnant")."""
    denied = {answered[0] for symptom in heard.denied_symptoms if (answered := denial_answers(symptom)) is not None}
    if set(heard.denied_triggers) & MEDICINE_WORDS:
        denied.add("medication")
    if heard.pregnancy is Answer.NO:
        denied.add("pregnant")
    return frozenset(denied) & frozenset(QUESTION_GROUPS[group])


def _named_in_group(heard: Heard, group: str) -> frozenset[str]:
    """The questions of a group whose answer was said to be there: a sign ("my hand's gone weak" names weakness),
    any symptom for other symptoms ("i've had headaches", or "other symptoms" said at "which ones?"), a medicine
    ("i started prednisone", "i'm on sertraline"), a pregnancy, or the chance of one ("i might be pregnant")."""
    named = {SYMPTOM_ANSWERS[s] for s in heard.symptoms if s in SYMPTOM_ANSWERS}
    if heard.symptoms or heard.unrecognised_symptoms:
        named.add("other_symptoms")
    if set(heard.triggers) & MEDICINE_WORDS:
        named.add("medication")
    if heard.pregnancy in (Answer.YES, Answer.UNKNOWN):
        named.add("pregnant")
    return frozenset(named) & frozenset(QUESTION_GROUPS[group])


def _evidenced(case: Case, question: str) -> bool:
    """Whether a yes to a question was told as a fact, not assumed from a bare yes: the sign itself ("the tingling"),
    a medicine the advice names, a symptom beside the twitch."""
    if question == "medication":
        return bool(case.triggers & MEDICINE_TRIGGERS)
    if question == "other_symptoms":
        return named_other_symptoms(case)
    return bool({s for s, q in SYMPTOM_ANSWERS.items() if q == question} & case.symptoms)


def _detail_named(case: Case, question: str) -> bool:
    """Whether what a yes to a question with a follow-up is to was named: the symptom, or the trigger."""
    if question == "other_symptoms":
        return named_other_symptoms(case)
    return bool(case.triggers & LIFESTYLE_TRIGGERS - {"unspecified"})


def _group_answered(case: Case, questions: tuple[str, ...], answer: Answer) -> Case:
    """A yes, no or "not sure" to a grouped question, for each of the questions it asked not yet answered: no is
    the reassuring answer to each ("always in the same place?" yes), yes the worrying one."""
    for question in questions:
        if not is_answered(case, question):
            said = {Answer.YES: worrying_answer(question), Answer.NO: reassuring_answer(question)}.get(answer, answer)
            case = case.with_answer(question, said)
    return case


def _narrowed(case: Case, group: str, heard: Heard, assumed_to: tuple[str, ...] = ()) -> Case:
    """"Which ones?" answered: the yes assumed for each question of the group kept only for those named ("the
    tingling"), and dropped for those said not to be there ("not the weakness"). Nothing named: all stay."""
    named = _named_in_group(heard, group)
    denied = _denied_in_group(heard, group)
    assumed = frozenset(question for question in _assumed(case, group, assumed_to)
                        if not _evidenced(case, question))
    dropped = (assumed - named if named else frozenset()) | (assumed & denied)
    return case.without_answers(dropped)


def _asked_by(symptom: str) -> str | None:
    """The question that asks about a symptom ("weakness" → weakness), if one does."""
    denied = denial_answers(symptom)
    return None if denied is None else denied[0]


def _cautious_part(before: Case, proposed: Case) -> Case:
    """`before` with what a proposed change added towards caution: the symptoms it named, and its answers that are
    not sure or worrying where before had a less cautious one or none. (Not its triggers: a likely trigger is what
    makes a twitch sound harmless.)"""
    kept = before.with_symptoms(proposed.symptoms - before.symptoms)
    answers = dict(kept.answers)
    for question, answer in proposed.answers.items():
        previous = answers.get(question)
        if caution(question, answer) > (caution(question, previous) if previous is not None else 0):
            answers[question] = answer
    return replace(kept, answers=answers)


def _lowers(before: Case, after: Case) -> bool:
    """Whether a correction makes the case sound less worrying: an answer less cautious than before, a fact taken
    away, or a lower level called for. Such a correction is confirmed before it is used."""
    for question, answer in before.answers.items():
        now = after.answers.get(question)
        if now is None or caution(question, now) < caution(question, answer):
            return True
    if before.symptoms - after.symptoms or before.triggers - after.triggers:
        return True
    if before.onset_days is not None and (after.onset_days is None or after.onset_days < before.onset_days):
        return True
    before_floor = assess(before).floor
    after_floor = assess(after).floor
    return RANK.get(after_floor or "", -1) < RANK.get(before_floor or "", -1)

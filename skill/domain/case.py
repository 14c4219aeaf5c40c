"""What the person has told us so far, as plain facts.

Facts only ever accumulate towards more caution: a later "no" never erases an earlier "yes", and the longest
duration heard wins. That is how "it's probably nothing" is kept from lowering a level. The one exception is an
explicit correction of a misheard answer, which the conversation confirms before it calls `corrected`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


# The more cautious answer wins when two answers to one question meet.
_CAUTION = {Answer.NO: 0, Answer.UNKNOWN: 1, Answer.YES: 2}

TYPICAL_SITES = frozenset({"eyelid", "calf", "thumb"})
# Triggers the outcome table counts as "likely" for harmless twitching. `unspecified` is a plain "yes" to the
# triggers question, which only lists likely triggers.
LIKELY_TRIGGERS = frozenset({"caffeine", "stress", "lack_of_sleep", "exercise", "alcohol", "unspecified"})
# Places inside a wider one, as body part ids: "my leg" and then "the calf" is the calf.
PARTS_WITHIN: dict[str, frozenset[str]] = {
    "leg": frozenset({"calf", "thigh", "foot", "toe"}), "arm": frozenset({"hand", "thumb", "finger"}),
    "hand": frozenset({"thumb", "finger"}), "foot": frozenset({"toe"}), "face": frozenset({"eyelid", "lip"}),
}
# ... and, when "the same" one is said, a thumb is a finger (round 182: "yes, always that same finger" of a thumb).
_PARTS_WITHIN_THE_SAME: dict[str, frozenset[str]] = {**PARTS_WITHIN, "finger": frozenset({"thumb"})}
MEDICINE_TRIGGERS = frozenset({"diuretic", "corticosteroid", "estrogen"})
# What the triggers question asks about; a medicine or a pesticide does not answer it.
LIFESTYLE_TRIGGERS = frozenset(
    {"caffeine", "stress", "lack_of_sleep", "exercise", "alcohol", "nicotine", "dehydration", "stimulant",
     "unspecified"}
)

# Symptom heard → the yes/no question it answers with "yes", so we never ask what was already said.
SYMPTOM_ANSWERS = {
    "weakness": "weakness",
    "muscle_wasting": "muscle_size",
    "sensation_change": "sensation",
    "spreading": "same_place",
    "other": "other_symptoms",  # "no other symptoms at all", said before it is asked
}
# A medicine said not to be taken ("i'm not on any tablets") answers the medicine question with no.
MEDICINE_WORDS = MEDICINE_TRIGGERS | {"medication"}


# "Always in the same place?" is the one question whose "yes" is the reassuring answer.
_REASSURED_BY_YES = frozenset({"same_place"})


def worrying_answer(question: str) -> Answer:
    """The answer that points to a warning sign: "yes", except "no" to "always in the same place?"."""
    return Answer.NO if question in _REASSURED_BY_YES else Answer.YES


def reassuring_answer(question: str) -> Answer:
    return Answer.YES if worrying_answer(question) is Answer.NO else Answer.NO


def caution(question: str, answer: Answer) -> int:
    """How cautious an answer is, for comparing two answers to one question: reassuring 0, not sure 1, worrying 2."""
    if answer is Answer.UNKNOWN:
        return 1
    return 2 if answer is worrying_answer(question) else 0


def denial_answers(symptom: str) -> tuple[str, Answer] | None:
    """The question a denied symptom answers, and the answer ("no weakness" → weakness: no; "it doesn't spread"
    → always in the same place: yes)."""
    question = SYMPTOM_ANSWERS.get(symptom)
    if question is None:
        return None
    return question, reassuring_answer(question)


class CaseError(ValueError):
    """Stored case data that cannot be trusted (tampered or from an incompatible version)."""


@dataclass(frozen=True)
class Case:
    """Everything heard in one session. Immutable: every update returns a new case."""

    answers: Mapping[str, Answer] = field(default_factory=dict)
    body_parts: tuple[str, ...] = ()
    unrecognised_body_parts: tuple[str, ...] = ()
    symptoms: frozenset[str] = frozenset()
    unrecognised_symptoms: tuple[str, ...] = ()
    triggers: frozenset[str] = frozenset()
    onset_days: float | None = None
    episode_seconds: float | None = None
    frequency: str | None = None
    subject: str | None = None  # a PERSON id when the twitch is someone else's ("my mum's hand"); None: the speaker
    both_sides: bool = False  # "both my calves": the same place on each side is two places
    unclear: frozenset[str] = frozenset()  # questions whose answer was never made out, after three tries

    # -- updates -------------------------------------------------------------------------------------------

    def with_answer(self, question: str, answer: Answer) -> Case:
        """Record a yes/no/unknown answer, keeping the more cautious one if the question was answered before."""
        previous = self.answers.get(question)
        if previous is not None and _CAUTION[previous] >= _CAUTION[answer]:
            return self
        return replace(self, answers={**self.answers, question: answer})

    def without_answers(self, questions: Iterable[str]) -> Case:
        """Those questions unanswered again. Only for a grouped "yes" the person then narrows ("Which ones?" "The
        tingling."): the others were never said, only assumed while asking which."""
        dropped = frozenset(questions)
        return replace(self, answers={q: a for q, a in self.answers.items() if q not in dropped})

    def with_body_parts(self, ids: Iterable[str], unrecognised: Iterable[str] = ()) -> Case:
        return replace(
            self,
            body_parts=_merged(self.body_parts, ids),
            unrecognised_body_parts=_merged(self.unrecognised_body_parts, unrecognised),
        )

    def narrowed_to(self, ids: Iterable[str], same_said: bool = False) -> Case | None:
        """The one place said again, perhaps more narrowly ("my leg", then "yes, same calf"; "my thigh", then "same
        leg, the right thigh"): the narrowest instead of a second place. None when a place said is not the same
        as, inside or around one already known. With "same" said, a thumb is the finger it is ("always that same
        finger"; never "yes, my finger too": safety review C62)."""
        within = _PARTS_WITHIN_THE_SAME if same_said else PARTS_WITHIN
        parts = list(self.body_parts)
        for part in ids:
            wider = [known for known in parts if part in within.get(known, ())]
            if wider:
                parts = [part if known == wider[0] else known for known in parts if known not in wider[1:]]
            elif part not in parts and not any(known in within.get(part, ()) for known in parts):
                return None
        return replace(self, body_parts=tuple(dict.fromkeys(parts)))

    def with_symptoms(self, ids: Iterable[str], unrecognised: Iterable[str] = ()) -> Case:
        # "Other symptoms" named says nothing on its own: only denied ("no other symptoms") is it an answer.
        ids = frozenset(ids) - {"other"}
        case = replace(
            self,
            symptoms=self.symptoms | ids,
            unrecognised_symptoms=_merged(self.unrecognised_symptoms, unrecognised),
        )
        for symptom in ids:
            if symptom in SYMPTOM_ANSWERS:
                # "spreading" answers "always in the same place?" with no, which is the cautious answer there.
                question = SYMPTOM_ANSWERS[symptom]
                case = case.with_answer(question, worrying_answer(question))
        return case

    def with_triggers(self, ids: Iterable[str]) -> Case:
        ids = frozenset(ids)
        case = replace(self, triggers=self.triggers | ids)
        if ids & LIFESTYLE_TRIGGERS:
            case = case.with_answer("triggers", Answer.YES)
        if ids & MEDICINE_TRIGGERS:
            case = case.with_answer("medication", Answer.YES)
        return case

    def with_onset(self, days: float) -> Case:
        if self.onset_days is not None and self.onset_days >= days:
            return self
        return replace(self, onset_days=days)

    def with_episode(self, seconds: float) -> Case:
        if self.episode_seconds is not None and self.episode_seconds >= seconds:
            return self
        return replace(self, episode_seconds=seconds)

    def with_frequency(self, frequency: str) -> Case:
        return replace(self, frequency=frequency)

    def with_subject(self, subject: str) -> Case:
        """Whose twitch it is; the first person named keeps it (a later "my dad too" does not switch)."""
        return self if self.subject is not None else replace(self, subject=subject)

    def with_denials(self, symptoms: Iterable[str] = (), triggers: Iterable[str] = ()) -> Case:
        """Record what was said not to be there, merged like any answer (a "no" never erases a "yes")."""
        case = self
        for symptom in symptoms:
            if (denied := denial_answers(symptom)) is not None:
                case = case.with_answer(*denied)
        triggers = set(triggers)
        if triggers & MEDICINE_WORDS:
            case = case.with_answer("medication", Answer.NO)
        if triggers & LIFESTYLE_TRIGGERS:
            # "No coffee, no stress": no likely trigger, the less reassuring answer (a named one still wins).
            case = case.with_answer("triggers", Answer.NO)
        return case

    # -- corrections ---------------------------------------------------------------------------------------

    def corrected(
        self,
        *,
        answers: Mapping[str, Answer] | None = None,
        body_parts: tuple[str, ...] | None = None,
        unrecognised_body_parts: tuple[str, ...] = (),
        onset_days: float | None = None,
        withdrawn_symptoms: Iterable[str] = (),
        withdrawn_triggers: Iterable[str] = (),
        both_sides: bool | None = None,
    ) -> Case:
        """The case as the person says it should have been: answers and facts replaced, not merged. Only for an
        explicit correction ("sorry, I meant no weakness"), which may make it less cautious."""
        withdrawn = frozenset(withdrawn_symptoms)
        case = replace(
            self,
            answers={**self.answers, **(answers or {})},
            symptoms=self.symptoms - withdrawn,
            triggers=self.triggers - frozenset(withdrawn_triggers),
            both_sides=self.both_sides if both_sides is None else both_sides,
        )
        if body_parts is not None:
            case = replace(case, body_parts=body_parts, unrecognised_body_parts=unrecognised_body_parts)
        if onset_days is not None:
            case = replace(case, onset_days=onset_days)
        return case

    # -- derived facts -------------------------------------------------------------------------------------

    def answer(self, question: str) -> Answer | None:
        return self.answers.get(question)

    def with_both_sides(self) -> Case:
        return replace(self, both_sides=True)

    def with_unclear(self, question: str) -> Case:
        """A question given up on: noted as not sure, and never a reason for self-care."""
        return replace(self, unclear=self.unclear | {question}).with_answer(question, Answer.UNKNOWN)

    @property
    def places(self) -> int:
        """How many distinct places twitch; the whole body counts as many, and both sides as two."""
        if "whole_body" in self.body_parts:
            return 99
        named = len(self.body_parts) + len(self.unrecognised_body_parts)
        return max(named, 2) if self.both_sides else named

    @property
    def typical_site(self) -> bool:
        return self.places == 1 and len(self.body_parts) == 1 and self.body_parts[0] in TYPICAL_SITES

    @property
    def likely_trigger(self) -> bool:
        return bool(self.triggers & LIKELY_TRIGGERS)

    # -- storage -------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "answers": {question: str(answer) for question, answer in sorted(self.answers.items())},
            "body_parts": list(self.body_parts),
            "unrecognised_body_parts": list(self.unrecognised_body_parts),
            "symptoms": sorted(self.symptoms),
            "unrecognised_symptoms": list(self.unrecognised_symptoms),
            "triggers": sorted(self.triggers),
            "onset_days": self.onset_days,
            "episode_seconds": self.episode_seconds,
            "frequency": self.frequency,
            "subject": self.subject,
            "both_sides": self.both_sides,
            "unclear": sorted(self.unclear),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Case:
        """Rebuild a case from session attributes; anything malformed raises CaseError rather than guessing."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise CaseError("case is not an object")
        try:
            answers = {str(q): Answer(a) for q, a in dict(data.get("answers") or {}).items()}
            return cls(
                answers=answers,
                body_parts=_strings(data.get("body_parts")),
                unrecognised_body_parts=_strings(data.get("unrecognised_body_parts")),
                symptoms=frozenset(_strings(data.get("symptoms"))),
                unrecognised_symptoms=_strings(data.get("unrecognised_symptoms")),
                triggers=frozenset(_strings(data.get("triggers"))),
                onset_days=_number(data.get("onset_days")),
                episode_seconds=_number(data.get("episode_seconds")),
                frequency=_optional_string(data.get("frequency")),
                subject=_optional_string(data.get("subject")),
                both_sides=_flag(data.get("both_sides")),
                unclear=frozenset(_strings(data.get("unclear"))),
            )
        except (TypeError, ValueError) as error:
            raise CaseError(f"malformed case: {error}") from error

    @classmethod
    def salvage(cls, data: dict[Any, Any]) -> Case:
        """What can still be read of a case that cannot be trusted as a whole: each field and each answer on its
        own, dropping what is malformed. Only for looking for emergency facts, never for carrying on a case."""
        try:
            return cls.from_dict(data)  # most often the whole case can be read
        except CaseError:
            pass
        answers = data.get("answers")
        readable: dict[str, Any] = {"answers": {
            question: answer for question, answer in (answers.items() if isinstance(answers, dict) else ())
            if isinstance(question, str) and isinstance(answer, str) and answer in _CAUTION}}
        for name in ("body_parts", "symptoms", "triggers", "onset_days", "subject", "unclear"):
            try:
                readable[name] = getattr(cls.from_dict({name: data.get(name)}), name)
            except CaseError:
                continue
        readable["answers"] = {question: Answer(answer) for question, answer in readable["answers"].items()}
        return cls(**readable)


def _merged(existing: tuple[str, ...], new: Iterable[str]) -> tuple[str, ...]:
    """Append new items in the order heard, without duplicates."""
    result = list(existing)
    for item in new:
        if item and item not in result:
            result.append(item)
    return tuple(result)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise CaseError("expected a list of strings")
    return tuple(value)


def _flag(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    raise CaseError("expected true or false")


def _optional_string(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise CaseError("expected a string")


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise CaseError("expected a non-negative number")
    return float(value)

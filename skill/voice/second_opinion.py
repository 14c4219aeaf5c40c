"""What the first model heard and the skill does not understand is heard again by a larger model.

Whisper tiny.en is quick (about 0.35 s an answer on 2 cores) and right for most of what a clear voice says, but in
robotic or noisy speech it often writes words the skill cannot use ("I'm seeing curve.", "All of us are good."),
and the person has to say it again. Whisper base, about twice as slow, hears some of those right: measured on the
voice corpus's tuning lines (`scripts/bench voice`, README), of the 209 clips tiny.en's transcript did not resolve to
an intent, base resolved 27 to the right one and 5 to a wrong one above its own confidence gate
(`skill.voice.whisper_recognition.SECOND_OPINION_THRESHOLD`). Only then is it asked: an answer the skill
understands, and silence or noise that gave no speech at all, cost nothing more.

The rule (`consult_second_opinion`): when the first transcript is not accepted or resolves to the fallback at the
pending question, and the second, above its gate, resolves to an intent there, the second is what was heard;
otherwise the first stands. The second opinion never replaces an answer the skill understood, so it cannot turn a
heard "no" into anything else, and the doubtful-no gate (`skill.voice.safety_gate`) then judges whichever was heard,
on the margin of the model that wrote it. It never ends the conversation: a stop, cancel or "go home" only the
second model heard is not taken (on the tuning lines base heard "um dunno" as "I'm done." at the chest-pain
question), and the person, asked again, can say it again to the first model, which hears a bare "stop" reliably. Nor
does it ever answer no to a safety question (`skill.domain.triage.SAFETY_QUESTIONS`): where the first model could
not hear the answer, a no is the one reading whose mistake is dangerous (on the evaluation lines base heard "no
clue" as "Not you." at the fainting question, with a margin over an unsure answer that passed the gate), so the
person is asked again; a yes, an unsure answer or a sign described it may still give.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from skill.domain.triage import SAFETY_QUESTIONS
from skill.local.resolver import FALLBACK_INTENT
from skill.voice.recognition import Recognition
from skill.voice.safety_gate import NO_INTENT

__all__ = ["consult_second_opinion", "understood"]

#: Intents that end the conversation (the skill's exit handler ends it for all three): never taken from the second
#: opinion alone.
ENDING_INTENTS = frozenset({"AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"})


def understood(recognition: Recognition, pending: str | None, resolver: Any) -> bool:
    """Whether the skill understands what was heard at `pending` (accepted, and not the fallback)."""
    return recognition.accepted and resolver.resolve(recognition.text, pending).intent != FALLBACK_INTENT


def consult_second_opinion(recognition: Recognition, pending: str | None, resolver: Any) -> Recognition:
    """`recognition`, or the second model's hearing of the same audio when only that one is understood at `pending`.

    The second's `seconds` include the first's (the person waited for both); it has no further opinion."""
    if recognition.second_opinion is None or understood(recognition, pending, resolver):
        return recognition
    second = recognition.second_opinion()
    intent = resolver.resolve(second.text, pending).intent if second.accepted else FALLBACK_INTENT
    if intent == FALLBACK_INTENT or intent in ENDING_INTENTS or (intent == NO_INTENT and pending in SAFETY_QUESTIONS):
        return recognition
    return dataclasses.replace(second, seconds=recognition.seconds + second.seconds, second_opinion=None)

"""A spoken "no" to a safety question is taken only when Whisper clearly heard a no, not an unsure answer.

At a safety question (`skill.domain.triage.SAFETY_QUESTIONS`: the emergency screen, its signs one at a time, and
"did that come on suddenly?") a person who is unsure must never be taken as a no: "not sure" makes the skill ask the
signs one at a time, a no moves on towards self-care. In the robotic espeak-ng voices Whisper tiny.en writes "No." or
"No, no." for "dunno", with as much confidence as for many real noes, so the confidence gate cannot tell them apart.

What does tell them apart is the decoder itself: scored on the same audio, the no it wrote is far likelier than any
unsure answer when the person said no, and not when they said "dunno" (`Recognition.unsure_margin`, see
`skill.voice.whisper_recognition`). So when a safety question is pending, the transcript resolves to a bare no
(`AMAZON.NoIntent`, no slots) and the margin is under `DOUBTFUL_NO_MARGIN`, the result is "not understood": the skill
says "Sorry, I didn't catch that" and asks again, and a question not understood three times is recorded as not sure.
Nothing is ever turned into another answer, and no other answer, question or recogniser is affected.

The margin was chosen on the voice corpus's tuning lines only (tests/data/voice; Piper and two espeak-ng voices,
clean and with noise at 15 dB SNR, `scripts/bench voice`): of the 48 tuning clips of a real no that Whisper wrote as
a bare no, the smallest margin was 4.9 (then 6.0; a plain "No." 9.8-11.0, "nah" heard as "No." 8.8-9.8), while 5 of
the 8 unsure clips written as a bare no scored 0.6-3.4 (every "dunno" heard as "No." or "No, no.", "I have no idea"
as "I can't no idea.", "not that sure" as "Not met sure."). "not that sure" as "Not make sure." (5.0), "dunno mate"
as "No, no, mate." (7.5) and "dunno really" as "Not really." (7.7) stay above it and are still taken as a no.
Confidence could not do this: those 8 scored 0.52-0.80, among the real noes' 0.51-0.94.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from skill.domain.triage import SAFETY_QUESTIONS
from skill.voice.recognition import Recognition

__all__ = ["DOUBTFUL_NO_MARGIN", "doubtful_no", "gate_doubtful_no"]

#: A bare no at a safety question is taken when Whisper finds it at least e**4 (about 55) times likelier than the
#: likeliest unsure answer on the same audio.
DOUBTFUL_NO_MARGIN = 4.0
NO_INTENT = "AMAZON.NoIntent"


def doubtful_no(pending: str | None, intent: str, slots: dict[str, Any], margin: float | None) -> bool:
    """Whether a no resolved at `pending` is too close to an unsure answer to be taken (margin None: cannot tell)."""
    return (
        pending in SAFETY_QUESTIONS
        and intent == NO_INTENT
        and not slots
        and margin is not None
        and margin < DOUBTFUL_NO_MARGIN
    )


def gate_doubtful_no(recognition: Recognition, pending: str | None, resolver: Any) -> Recognition:
    """`recognition`, or the same not accepted ("not understood") when it is a doubtful no to a safety question.

    `resolver` is the skill's (`skill.local.resolver.Resolver`); the margin is computed only for a bare no at a safety
    question. What was heard stays in `hypothesis`."""
    if pending not in SAFETY_QUESTIONS or not recognition.accepted or recognition.unsure_margin is None:
        return recognition
    resolution = resolver.resolve(recognition.text, pending)
    if resolution.intent != NO_INTENT or resolution.slot_ids():
        return recognition
    if not doubtful_no(pending, resolution.intent, resolution.slot_ids(), recognition.unsure_margin()):
        return recognition
    return dataclasses.replace(recognition, text="", accepted=False, unsure_margin=None)

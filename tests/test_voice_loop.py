"""Whole conversations by voice: audio files (and a simulated microphone) in, spoken answers out, offline."""

from __future__ import annotations

import contextlib
import json
import threading
import wave

import numpy as np
import pytest

from skill import cli
from skill.local.simulator import ChatSession
from skill.voice.audio_io import FRAME_SAMPLES, SAMPLE_RATE, AudioUnavailableError, frames
from skill.voice.engines import AudioChunk
from skill.voice.listening import early_recognition_ms, listen_and_recognise
from skill.voice.loop import VoiceConversation, default_speaker, listen_for_utterance, run_files, run_microphone
from skill.voice.playback import StreamPlayer
from skill.voice.recognition import Recognition, Recognizer
from skill.voice.vad import VadSettings
from tests.voice_support import espeak_available, piper_available, save, say, silence, with_silence

pytestmark = pytest.mark.skipif(
    not (espeak_available() and piper_available()), reason="needs espeak-ng and the Piper voice"
)


@pytest.fixture(scope="module")
def recognizer() -> Recognizer:
    return Recognizer()


@pytest.fixture(scope="module")
def utterances(tmp_path_factory):
    folder = tmp_path_factory.mktemp("said")
    files = {}
    for name, text, voice in [
        ("calf", "my calf keeps twitching", "piper"),
        ("no", "no", "espeak"),
        ("yes", "yes", "piper"),
        ("pizza", "order a large pepperoni pizza", "piper"),  # off-topic: the grammar search is quick to give up
        ("stop", "stop", "piper"),
    ]:
        files[name] = save(with_silence(say(text, voice)), folder / f"{name}.wav")
    return files


def _wav_seconds(path) -> float:
    with wave.open(str(path)) as audio:
        return audio.getnframes() / audio.getframerate()


def test_a_conversation_from_files_reaches_advice(recognizer, utterances, tmp_path):
    conversation = VoiceConversation(recognizer, ChatSession(), default_speaker("espeak"), tmp_path / "answers")
    # Yes to weakness, numbness or a thinner muscle; which ones? ("no": not named, so all of them stay a yes); did
    # that come on suddenly? ("no": it crept up).
    said = [utterances["calf"], utterances["no"], utterances["no"], utterances["yes"], utterances["no"],
            utterances["no"]]
    turns = list(run_files(conversation, said))
    assert [turn.turn.intent for turn in turns] == [
        "LaunchRequest", "ReportTwitchIntent", "AMAZON.NoIntent", "AMAZON.NoIntent", "AMAZON.YesIntent",
        "AMAZON.NoIntent", "AMAZON.NoIntent",
    ]  # fmt: skip
    assert turns[1].turn.slots == {"bodyPart": ["calf"]}
    assert [turn.turn.pending_question for turn in turns[:6]] == [
        None, "emergency_screen", "emergency_screen_sudden", "nerve_signs", "nerve_signs", "sudden_onset"]
    assert turns[-1].turn.outcome == "see_doctor_soon"
    for index, turn in enumerate(turns):
        assert turn.answer_audio == str(tmp_path / "answers" / f"turn-{index:02d}.wav")
        assert _wav_seconds(turn.answer_audio) > 1.0
    document = turns[1].as_json()
    assert document["file"] == str(utterances["calf"])
    assert document["text"] == "my calf keeps twitching"
    assert document["confidence"] >= recognizer.threshold


def test_speech_not_understood_is_a_fallback_and_the_question_is_asked_again(recognizer, utterances, tmp_path):
    conversation = VoiceConversation(recognizer, ChatSession(), None, tmp_path)
    turns = list(run_files(conversation, [utterances["calf"], utterances["pizza"], utterances["no"]]))
    misheard = turns[2]
    assert misheard.recognition is not None and not misheard.recognition.accepted
    assert misheard.turn.intent == "AMAZON.FallbackIntent"
    assert "didn't catch that" in misheard.turn.speech
    assert misheard.turn.pending_question == "emergency_screen"  # still waiting for that answer
    assert turns[3].turn.intent == "AMAZON.NoIntent"
    assert misheard.answer_audio is None  # no speaker given


def test_stop_ends_the_session_and_later_files_are_skipped(recognizer, utterances, tmp_path):
    conversation = VoiceConversation(recognizer, ChatSession(), None, tmp_path)
    turns = list(run_files(conversation, [utterances["calf"], utterances["stop"], utterances["no"]]))
    assert turns[2].turn.intent == "AMAZON.StopIntent"
    assert turns[2].turn.ended
    assert turns[3] == {"file": str(utterances["no"]), "skipped": "the session had already ended"}


def _run(argv: list[str]) -> int:
    """The command as `python -m skill` runs it: errors become one line and an exit status in `skill.cli.main`."""
    return cli.main(argv)


def test_voice_command_prints_one_json_line_per_turn(utterances, tmp_path, capsys):
    out = tmp_path / "out"
    files = [str(utterances[name]) for name in ("calf", "no", "no", "yes", "no", "no")]
    status = _run(["voice", "--input", *files, "--output-dir", str(out), "--tts-engines", "espeak"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 0
    assert len(lines) == 7
    keys = {"file", "text", "confidence", "intent", "pending_question", "outcome", "speech", "answer_audio"}
    assert all(keys <= line.keys() for line in lines)
    assert lines[0]["intent"] == "LaunchRequest" and lines[0]["file"] is None
    assert lines[-1]["outcome"] == "see_doctor_soon"
    assert sorted(path.name for path in out.iterdir()) == [f"turn-0{index}.wav" for index in range(7)]
    assert all(path.stat().st_size > 1000 for path in out.iterdir())


def test_listen_command_resolves_each_file_and_reports_bad_ones(utterances, tmp_path, capsys):
    not_wav = tmp_path / "notes.wav"
    not_wav.write_text("hello")
    # The grammar recogniser: only it rejects off-grammar speech as text ""; free speech is tested elsewhere.
    status = _run(["listen", "--recogniser", "pocketsphinx", "--json", str(utterances["calf"]), str(not_wav),
                   str(tmp_path / "missing.wav"), str(utterances["pizza"])])  # fmt: skip
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert status == 1
    assert "Traceback" not in captured.err
    assert lines[0]["intent"] == "ReportTwitchIntent" and lines[0]["slots"] == {"bodyPart": ["calf"]}
    assert lines[0]["text"] == "my calf keeps twitching" and lines[0]["confidence"] >= 0.7
    assert lines[1] == {"file": str(not_wav), "error": f"{not_wav}: not a WAV file"}
    assert "no such file" in lines[2]["error"]
    assert lines[3]["intent"] == "AMAZON.FallbackIntent" and lines[3]["text"] == ""


def test_listen_command_plain_output(utterances, capsys):
    assert _run(["listen", "--recogniser", "pocketsphinx", str(utterances["no"])]) == 0
    assert capsys.readouterr().out.strip() == f"{utterances['no']}: no -> AMAZON.NoIntent {{}} [1.00]"


def test_voice_without_a_microphone_is_one_line_saying_what_to_do(monkeypatch, capsys):
    def no_device(*args, **kwargs):
        raise AudioUnavailableError("no audio device; install PortAudio (sudo apt-get install libportaudio2)")

    monkeypatch.setattr("skill.voice.audio_io.Microphone.__enter__", no_device)
    assert _run(["voice"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libportaudio2" in err


def test_bad_threshold_is_a_usage_error(utterances, capsys):
    assert _run(["listen", "--threshold", "2", str(utterances["no"])]) == 2
    assert "threshold" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["100", "9000"])
def test_an_end_silence_out_of_range_is_a_usage_error_before_the_microphone(value, capsys):
    assert _run(["voice", "--end-silence-ms", value]) == 2
    assert "--end-silence-ms" in capsys.readouterr().err


def test_a_longer_end_silence_keeps_a_slow_speaker_in_one_utterance():
    # "my calf ... keeps twitching" with a pause of about 0.9 s (0.6 s added to the voice's own trailing silence),
    # as effortful speech comes: the default 700 ms pause ends the utterance at "my calf"; 1500 ms waits for the rest.
    slow = np.concatenate([silence(0.3), say("my calf"), silence(0.6), say("keeps twitching"), silence(2.5)])
    default = listen_for_utterance(frames(slow), timeout_seconds=1.0)
    patient = listen_for_utterance(frames(slow), timeout_seconds=1.0, settings=VadSettings(end_silence_ms=1500))
    assert default is not None and patient is not None
    second_half = say("keeps twitching").size
    assert default.size < slow.size - second_half  # cut off before the second half
    assert patient.size > default.size + second_half  # and the second half is in


# -- the live loop, with a simulated microphone ------------------------------------------------------


class FakePlayer:
    """Records what would be heard: the pieces fed, and each `wait` (the microphone may open after it)."""

    def __init__(self) -> None:
        self.answers: list[list[AudioChunk]] = []
        self._current: list[AudioChunk] = []

    def feed(self, chunk: AudioChunk) -> None:
        self._current.append(chunk)

    def wait(self) -> None:
        if self._current:
            self.answers.append(self._current)
        self._current = []


class FakeMicrophone:
    """Each time it is opened it plays the next recording (then silence), as someone answering would."""

    def __init__(self, recordings: list[np.ndarray]) -> None:
        self.recordings = list(recordings)
        self.opened = 0

    @contextlib.contextmanager
    def __call__(self):
        self.opened += 1
        audio = self.recordings.pop(0) if self.recordings else silence(0.1)
        yield iter(list(frames(np.concatenate([audio, silence(12.0)]))))


def test_live_loop_listens_answers_and_plays_until_the_session_ends(recognizer, tmp_path):
    microphone = FakeMicrophone([
        with_silence(say("my calf keeps twitching", "piper")),
        with_silence(say("no", "piper")),
        with_silence(say("yes", "piper")),
        with_silence(say("stop", "piper")),
    ])  # fmt: skip
    player = FakePlayer()
    shown: list[str] = []
    conversation = VoiceConversation(recognizer, ChatSession(), default_speaker("espeak"), tmp_path)
    heard = run_microphone(conversation, microphone, player, listen_timeout=5, show=shown.append)
    assert heard == 4
    assert not conversation.in_session
    assert len(player.answers) == 5  # the welcome and four answers, each played out before listening again
    assert all(sum(chunk.seconds for chunk in answer) > 0.5 for answer in player.answers)
    assert sorted(path.name for path in tmp_path.glob("turn-*.wav")) == [f"turn-0{index}.wav" for index in range(5)]
    assert any(line.startswith("you> my calf keeps twitching") for line in shown)
    assert shown[-1] == "(session ended)"


def test_live_loop_asks_again_after_silence_then_ends(recognizer, tmp_path):
    microphone = FakeMicrophone([])
    player = FakePlayer()
    shown: list[str] = []
    conversation = VoiceConversation(recognizer, ChatSession(), default_speaker("espeak"), tmp_path)
    assert run_microphone(conversation, microphone, player, listen_timeout=1, show=shown.append) == 0
    assert microphone.opened == 2
    assert len(player.answers) == 2  # the welcome, then its reprompt once
    assert "(no answer: session ended)" in shown
    assert not conversation.in_session


def test_listening_gives_up_after_the_timeout_without_speech():
    assert listen_for_utterance(frames(silence(3.0)), timeout_seconds=1.0) is None
    utterance = listen_for_utterance(frames(np.concatenate([silence(0.5), say("no"), silence(1.5)])), 1.0)
    assert utterance is not None and utterance.size > 0


# -- recognition started during the end-of-speech wait -----------------------------------------------


class RecordingRecognizer:
    """Says how much audio it was given, and records each call (on whichever thread it ran)."""

    def __init__(self) -> None:
        self.given: list[np.ndarray] = []
        self.called = threading.Event()

    def recognise(self, audio: np.ndarray) -> Recognition:
        self.given.append(audio)
        self.called.set()
        return Recognition(f"{audio.size} samples", 1.0, True, 0.0)


def test_recognition_starts_in_the_pause_and_is_kept_when_the_pause_was_the_end():
    recognizer = RecordingRecognizer()
    heard = listen_and_recognise(frames(with_silence(say("my calf keeps twitching"), after=1.0)), recognizer, 1.0)
    assert heard is not None and heard.early
    assert len(recognizer.given) == 1  # one recognition, started before the end of speech was decided
    given = recognizer.given[0]
    assert heard.recognition.text == f"{given.size} samples"
    # It heard the utterance as handed over, less only the silence the detector went on waiting for.
    assert np.array_equal(heard.audio[: given.size], given)
    assert np.abs(heard.audio[given.size :]).max() < np.abs(given).max() / 100
    # The end was decided after 630 ms of silence (21 of the 23 frames of 700 ms): 390 ms of it went to recognising.
    waited_ms = (heard.audio.size - given.size) * 1000 // SAMPLE_RATE
    assert early_recognition_ms(VadSettings()) == 240 and waited_ms == 390


def test_a_pause_mid_sentence_drops_the_early_recognition_and_nothing_said_after_it_is_lost():
    first_half = np.concatenate([silence(0.3), say("my calf"), silence(0.6)])
    slow = np.concatenate([first_half, say("keeps twitching"), silence(2.0)])
    recognizer = RecordingRecognizer()
    patient = VadSettings(end_silence_ms=1500)  # the pause (0.9 s) is over a third of it: recognition starts

    def microphone():  # as live: the words after the pause come while the early recognition is running
        for index, frame in enumerate(frames(slow)):
            if index == first_half.size // FRAME_SAMPLES:
                assert recognizer.called.wait(5)
            yield frame

    heard = listen_and_recognise(microphone(), recognizer, 1.0, patient)
    assert heard is not None and heard.early
    assert len(recognizer.given) == 2  # the first, started in the pause after "my calf", was dropped
    assert heard.recognition.text == f"{recognizer.given[1].size} samples"
    assert recognizer.given[1].size > recognizer.given[0].size + say("keeps twitching").size


def test_without_early_recognition_the_whole_utterance_is_recognised_after_the_wait():
    recognizer = RecordingRecognizer()
    heard = listen_and_recognise(frames(with_silence(say("no"), after=1.0)), recognizer, 1.0, early=False)
    assert heard is not None and not heard.early
    assert len(recognizer.given) == 1 and np.array_equal(recognizer.given[0], heard.audio)
    assert listen_and_recognise(frames(silence(2.0)), recognizer, 1.0) is None


# -- a doubtful no to a safety question (skill.voice.safety_gate; with real audio in test_whisper_recognition) ----


class ScriptedRecognizer:
    """Hears the next (text, margin) it was given: Whisper's transcript and how much likelier it found it than an
    unsure answer. Counts how often the margin was asked for (it costs decoder passes: only when it matters)."""

    def __init__(self, said: list[tuple[str, float]]) -> None:
        self.said = list(said)
        self.margins_asked = 0

    def recognise(self, audio: np.ndarray) -> Recognition:
        text, margin = self.said.pop(0)

        def unsure_margin() -> float:
            self.margins_asked += 1
            return margin

        return Recognition(text, 0.9, True, 0.0, text, unsure_margin=unsure_margin)


def test_a_doubtful_no_to_a_safety_question_is_asked_again_and_a_clear_one_is_taken(tmp_path):
    recognizer = ScriptedRecognizer([("My calf keeps twitching.", 9.0), ("No.", 1.6), ("No, no.", 3.9), ("No.", 10.3)])
    conversation = VoiceConversation(recognizer, ChatSession(), None, tmp_path)
    conversation.launch()
    calf, doubtful, again, clear = (conversation.hear(silence(0.5)) for _ in range(4))
    assert calf.turn.pending_question == "emergency_screen"
    for turn in (doubtful, again):
        assert turn.turn.intent == "AMAZON.FallbackIntent" and turn.turn.pending_question == "emergency_screen"
        assert turn.recognition is not None and not turn.recognition.accepted and turn.recognition.text == ""
        assert turn.as_json()["doubtful_no"] is True and turn.as_json()["heard"].startswith("No")
    assert clear.turn.intent == "AMAZON.NoIntent" and "doubtful_no" not in clear.as_json()
    assert clear.turn.pending_question != "emergency_screen"
    assert recognizer.margins_asked == 3  # the three noes at a safety question; never for the twitch report


def test_a_no_elsewhere_is_a_no_whatever_its_margin(tmp_path):
    said = [("My calf keeps twitching.", 9.0), ("No.", 10.3), ("No.", 10.3), ("No.", 0.5)]
    recognizer = ScriptedRecognizer(said)
    conversation = VoiceConversation(recognizer, ChatSession(), None, tmp_path)
    conversation.launch()
    turns = [conversation.hear(silence(0.5)) for _ in said]
    assert [turn.turn.pending_question for turn in turns[:3]] == ["emergency_screen", "emergency_screen_sudden",
                                                                  "nerve_signs"]  # fmt: skip
    assert turns[3].turn.intent == "AMAZON.NoIntent"  # the nerve signs are no safety question: the gate is not asked
    assert recognizer.margins_asked == 2


# -- playing while the rest is synthesised ------------------------------------------------------------


class FakeStream:
    def __init__(self, rate: int, log: list) -> None:
        self.rate, self.log = rate, log
        log.append(("open", rate))

    def write(self, data: bytes) -> None:
        self.log.append(("write", self.rate, data))

    def stop(self) -> None:
        self.log.append(("stop", self.rate))

    def close(self) -> None:
        self.log.append(("close", self.rate))


def test_the_player_plays_pieces_in_order_and_wait_returns_when_they_are_played_out():
    log: list = []
    player = StreamPlayer(open_stream=lambda rate: FakeStream(rate, log))
    player.feed(AudioChunk(b"\x01\x00", 22050))
    player.feed(AudioChunk(b"\x02\x00", 22050))
    player.feed(AudioChunk(b"\x03\x00", 16000))  # another rate: the stream is reopened
    player.wait()
    assert log == [("open", 22050), ("write", 22050, b"\x01\x00"), ("write", 22050, b"\x02\x00"),
                   ("stop", 22050), ("close", 22050), ("open", 16000), ("write", 16000, b"\x03\x00"),
                   ("stop", 16000), ("close", 16000)]  # fmt: skip


def test_a_player_that_cannot_play_says_so_at_wait_and_plays_the_next_answer():
    opened: list[int] = []

    def open_stream(rate: int) -> FakeStream:
        opened.append(rate)
        if len(opened) == 1:
            raise OSError("device unavailable")
        return FakeStream(rate, [])

    player = StreamPlayer(open_stream=open_stream)
    player.feed(AudioChunk(b"\x01\x00", 22050))
    player.feed(AudioChunk(b"\x02\x00", 22050))  # dropped: the answer already failed
    with pytest.raises(AudioUnavailableError, match="device unavailable"):
        player.wait()
    player.feed(AudioChunk(b"\x03\x00", 22050))
    player.wait()
    assert opened == [22050, 22050]

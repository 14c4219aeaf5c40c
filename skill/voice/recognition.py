"""Offline speech recognition of what the skill understands: pocketsphinx with the model's own grammar.

`Recognizer` loads once (pocketsphinx's English acoustic model from the wheel, a dictionary of only the
grammar's words, and the grammar as a finite-state network, see `skill.voice.grammar`), then
`recognise(audio)` decodes 16 kHz mono int16 audio to one of the grammar's sentences.

**Knowing when it did not understand.** A grammar decoder always finds *some* sentence. Next to the
grammar the network holds a garbage path: a free loop over the 39 English phones, able to match any
speech. It can stand for the whole utterance, or for words before or after a sentence of the grammar
("um, ... my calf keeps twitching"). Speech that fits a sentence costs less through the sentence (its
words constrain the phones); speech that fits none costs less through the loop. The confidence is the
share of the speech frames the grammar's words cover; below `threshold` the result is not accepted
(`text` is "" and the skill hears nothing it understands: its Fallback answer, "Sorry, I didn't catch
that"). `garbage_weight`, the loop's probability per phone, sets how readily speech is called garbage.

Free speech (a Whisper-style recogniser) is not here: its models come from a hub at run time, and this
must work with no network. `Recognizer.free_speech` is the hook where such a recogniser would be tried
on rejected audio.
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from skill.command_errors import CommandFailure
from skill.local.interaction_model import InteractionModel
from skill.voice.audio_io import SAMPLE_RATE, as_int16
from skill.voice.grammar import Grammar, build_grammar, load_dictionary
from skill.voice.vad import VadSettings, speech_span

__all__ = ["DEFAULT_GARBAGE_WEIGHT", "DEFAULT_THRESHOLD", "PHONES", "Recognition", "Recognizer", "RecognizerError"]

log = logging.getLogger(__name__)

PHONES = (
    "AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH", "ER", "EY", "F", "G", "HH", "IH", "IY", "JH",
    "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH", "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH",
)  # fmt: skip
_GARBAGE_PREFIX = "+g+"
DEFAULT_GARBAGE_WEIGHT = 0.02  # probability of entering the garbage loop (per phone inside it: shared)
DEFAULT_THRESHOLD = 0.7  # share of speech frames in grammar words needed to accept
DEFAULT_NOISE_FLOOR = 60.0  # LSB standard deviation of the noise added before decoding (about -55 dBFS)


class RecognizerError(CommandFailure):
    """The recogniser cannot load (pocketsphinx or its model missing)."""


@dataclass(frozen=True)
class Recognition:
    """What was heard: `text` is a sentence of the grammar when `accepted`, else ""."""

    text: str
    confidence: float  # share of the speech the grammar's words explain, 0..1
    accepted: bool
    seconds: float  # decoding time
    hypothesis: str = ""  # the grammar words decoded, even when not accepted
    frames: int = 0  # 10 ms frames decoded
    #: Whisper only: how much likelier (natural log) the decoder finds `text` than the likeliest unsure answer
    #: ("Dunno.", "I don't know.", ...) on the same audio, computed when first called (a few decoder passes: about
    #: 0.3 s). None when the recogniser cannot tell (pocketsphinx) or nothing was accepted. See
    #: `skill.voice.safety_gate`.
    unsure_margin: Callable[[], float] | None = field(default=None, compare=False, repr=False)
    #: Whisper with a second model only: the same audio heard by the second model, decoded when first called (about
    #: 0.45 s with base on 2 cores). None when there is no second model or nothing was said. See
    #: `skill.voice.second_opinion`.
    second_opinion: Callable[[], Recognition] | None = field(default=None, compare=False, repr=False)

    @property
    def heard(self) -> str:
        """What reaches the skill: the text if accepted, else nothing understood."""
        return self.text if self.accepted else ""

    def as_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "confidence": round(self.confidence, 3),
            "accepted": self.accepted,
            "seconds": round(self.seconds, 3),
            "hypothesis": self.hypothesis,
        }


class Recognizer:
    """pocketsphinx with the interaction model's grammar; load once, recognise many times."""

    def __init__(
        self,
        model: InteractionModel | None = None,
        *,
        grammar: Grammar | None = None,
        threshold: float = DEFAULT_THRESHOLD,
        garbage_weight: float = DEFAULT_GARBAGE_WEIGHT,
        trim_silence: bool = True,
        garbage_around: bool = True,
        noise_floor: float = DEFAULT_NOISE_FLOOR,
        vad_settings: VadSettings | None = None,
        free_speech: Callable[[np.ndarray], str] | None = None,
        decoder_options: dict[str, object] | None = None,
    ) -> None:
        started = time.perf_counter()
        try:
            import pocketsphinx
        except ImportError as error:
            raise RecognizerError(f"offline recognition needs pocketsphinx: {error}") from None
        self.grammar = grammar or build_grammar(model)
        self.threshold = threshold
        self.garbage_weight = garbage_weight
        self.trim_silence = trim_silence
        self.garbage_around = garbage_around
        self.noise_floor = noise_floor
        self.vad_settings = vad_settings
        #: Optional free-speech recogniser tried on audio the grammar rejects (not provided: no model offline).
        self.free_speech = free_speech
        options = {
            "hmm": pocketsphinx.get_model_path("en-us/en-us"),
            "lm": None,
            "loglevel": "FATAL",
            "cmn": "batch",  # each utterance normalised on its own: results do not depend on the previous one
            # Narrower than pocketsphinx's defaults (1e-48, 7e-29): speech that fits no sentence otherwise keeps
            # thousands of paths alive (10 s and more for a long sentence).
            "beam": 1e-45,
            "wbeam": 1e-26,
            **(decoder_options or {}),
        }
        with tempfile.TemporaryDirectory(prefix="mth-asr-") as folder:
            dictionary = Path(folder) / "words.dict"
            dictionary.write_text(self._dictionary_text(), encoding="utf-8")
            network = Path(folder) / "grammar.fsg"
            network.write_text(self._network_text(), encoding="utf-8")
            try:
                self._decoder = pocketsphinx.Decoder(dict=str(dictionary), **options)
                self._decoder.add_fsg("grammar", self._decoder.read_fsg(str(network)))
                commands = Path(folder) / "commands.fsg"
                self._commands = Grammar(jsgf="", fsg=self._commands_fsg(), words=self.grammar.words,
                                         pronunciations={}, phrases=0)  # fmt: skip
                commands.write_text(self._network_text(self._commands.fsg), encoding="utf-8")
                self._decoder.add_fsg("commands", self._decoder.read_fsg(str(commands)))
                self._decoder.activate_search("grammar")
            except (RuntimeError, ValueError, OSError) as error:
                raise RecognizerError(f"cannot load the recogniser: {error}") from None
        self.load_seconds = time.perf_counter() - started
        log.info("recogniser loaded in %.2f s (%d FSG states)", self.load_seconds, self.grammar.states)

    # -- loading ------------------------------------------------------------------------------------

    def _dictionary_text(self) -> str:
        known = load_dictionary()
        lines = []
        for word in sorted(self.grammar.words):
            for index, phones in enumerate(known.get(word) or self.grammar.pronunciations.get(word, ())):
                lines.append(f"{word if index == 0 else f'{word}({index + 1})'} {phones}")
        lines += [f"{_GARBAGE_PREFIX}{phone.lower()} {phone}" for phone in PHONES]
        return "\n".join(lines) + "\n"

    def _network_text(self, fsg: str | None = None) -> str:
        """The grammar's network with a garbage loop: instead of a sentence, or before or after one.

        Without null arcs: the loop before a sentence gets copies of the start state's arcs, and every
        arc that ends a sentence gets a copy into the loop after it.
        """
        lines = (fsg or self.grammar.fsg).strip().splitlines()
        header = {line.split()[0]: line.split()[1] for line in lines[:4]}
        states = int(header["NUM_STATES"])
        start, final = int(header["START_STATE"]), int(header["FINAL_STATE"])
        before, after = states, states + 1
        weight = self.garbage_weight
        per_phone = weight / len(PHONES)
        loop = 1.0 / (len(PHONES) + 1)
        body = [line for line in lines[4:] if line.startswith("TRANSITION ")]
        extra = []
        for line in body if self.garbage_around else ():
            _, source, target, probability, *word = line.split()
            if int(source) == start:
                extra.append(" ".join(["TRANSITION", str(before), target, probability, *word]))
            if int(target) == final:
                extra.append(" ".join(["TRANSITION", source, str(after), f"{float(probability) * weight:.6g}", *word]))
        for phone in PHONES:
            word = f"{_GARBAGE_PREFIX}{phone.lower()}"
            extra += [
                f"TRANSITION {start} {before} {per_phone:.6g} {word}",
                f"TRANSITION {start} {final} {per_phone:.6g} {word}",
                f"TRANSITION {before} {before} {loop:.6g} {word}",
                f"TRANSITION {before} {final} {loop:.6g} {word}",
                f"TRANSITION {after} {after} {loop:.6g} {word}",
                f"TRANSITION {after} {final} {loop:.6g} {word}",
            ]
        head = [lines[0], f"NUM_STATES {states + 2}", f"START_STATE {start}", f"FINAL_STATE {final}"]
        return "\n".join([*head, *body, *extra, "FSG_END"]) + "\n"

    def _commands_fsg(self) -> str:
        """A small network of the short phrases that must always work ("stop", "exit", "yes", "no", "help")."""
        from skill.local.resolver import BUILTIN_SAMPLES
        from skill.voice.grammar import finite_state_grammar, phrase_words

        phrases = [phrase_words(phrase) for samples in BUILTIN_SAMPLES.values() for phrase in samples]
        phrases += [["exit"], ["quit"]]
        usable = [phrase for phrase in phrases if phrase and all(word in self.grammar.words for word in phrase)]
        return finite_state_grammar(usable, {})[0]

    # -- recognising --------------------------------------------------------------------------------

    def recognise(self, audio: np.ndarray | bytes) -> Recognition:
        """Recognise one utterance of 16 kHz mono int16 audio (samples or raw bytes)."""
        started = time.perf_counter()
        samples = as_int16(audio)
        if self.trim_silence:
            span = speech_span(samples, self.vad_settings)
            if span is None:
                return Recognition("", 0.0, False, time.perf_counter() - started)
            samples = span
        if samples.size < SAMPLE_RATE // 10:
            return Recognition("", 0.0, False, time.perf_counter() - started)
        audio = _with_noise_floor(samples, self.noise_floor).tobytes()
        result = self._decode("grammar", audio)
        if not result[0]:
            # Short commands and answers get a second chance on their own: a big network's pruning can lose a
            # lone "stop" or "yes" to a word that starts longer sentences, and those must always work.
            # Tried with and without the noise floor: on a word this short one dither pattern can tip it.
            for attempt in (audio, samples.tobytes()):
                command = self._decode("commands", attempt)
                if command[0]:
                    result = command
                    break
        accepted, confidence, text, heard = result
        if not accepted and self.free_speech is not None:
            text = self.free_speech(samples).strip()
            accepted = bool(text)
        return Recognition(
            text=text if accepted else "",
            confidence=confidence,
            accepted=accepted,
            seconds=time.perf_counter() - started,
            hypothesis=heard,
            frames=self._decoder.n_frames(),
        )

    def _decode(self, search: str, audio: bytes) -> tuple[bool, float, str, str]:
        """(accepted, confidence, text, every grammar word heard) with one of the decoder's networks."""
        decoder = self._decoder
        decoder.activate_search(search)
        decoder.start_utt()
        decoder.process_raw(audio, False, True)
        decoder.end_utt()
        hypothesis = decoder.hyp()
        words: list[tuple[str, int]] = []  # grammar words and their length in frames
        garbage_frames = 0
        for segment in decoder.seg() or ():
            length = segment.end_frame - segment.start_frame + 1
            word = segment.word
            if word.startswith(_GARBAGE_PREFIX):
                garbage_frames += length
            elif not word.startswith(("<", "[")):  # <s>, </s>, <sil> and noise fillers are not speech
                words.append((word.split("(")[0], length))
        speech = sum(length for _, length in words) + garbage_frames
        # The decoder returns its best partial path when no path reached the end of a sentence ("my arm is
        # twitching and"): the longest whole sentence at its start counts, the rest is speech not understood.
        network = self.grammar if search == "grammar" else self._commands
        sentence = self._longest_sentence(network, [word for word, _ in words]) if hypothesis is not None else 0
        confidence = sum(length for _, length in words[:sentence]) / speech if speech else 0.0
        text = " ".join(word for word, _ in words[:sentence])
        heard = " ".join(word for word, _ in words)
        accepted = confidence >= self.threshold and bool(text)
        return accepted, confidence, text, heard

    @staticmethod
    def _longest_sentence(network: Grammar, words: list[str]) -> int:
        """How many of the first `words` make the longest whole sentence of the network (0: none)."""
        for count in range(len(words), 0, -1):
            if network.accepts(words[:count]):
                return count
        return 0

    recognize = recognise

    def recognise_file(self, path: str | os.PathLike[str]) -> Recognition:
        """Recognise a WAV file (any PCM WAV: converted to 16 kHz mono); raises `AudioError` for bad files."""
        from skill.voice.audio_io import read_wav

        return self.recognise(read_wav(Path(path)))


def _with_noise_floor(samples: np.ndarray, level: float) -> np.ndarray:
    """The samples with a quiet noise floor added (Gaussian, `level` LSB standard deviation, the same every time).

    The acoustic model was trained on recordings, which always have some room and microphone noise.
    Digital silence (exact zeros, as synthesised speech and padded files have) gives the feature
    extraction log-energies of nothing, and recognition of clean synthetic speech falls apart: on the
    espeak-ng voice, 20 of 40 sentences right with ±2 LSB of dither, 35 of 40 with a floor of 60 LSB
    (about -55 dBFS, quieter than any real microphone, so live audio is not changed in any way that matters).
    """
    if level <= 0:
        return samples
    noise = np.random.default_rng(0).normal(0.0, level, samples.size)
    return np.clip(samples.astype(np.float64) + noise, -32768, 32767).astype(np.int16)

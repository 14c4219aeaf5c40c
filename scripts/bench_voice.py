"""Voice without an Echo (issue 13, "How we know"): the recognisers side by side on the labelled spoken-utterance
corpus (tests/data/voice), and the time from the end of speech to the first sample of the spoken answer.

**Recognition.** Every line of the corpus is said by each voice (Piper's joe, espeak-ng en-us and an espeak-ng
variant by default), padded with silence as a recording is (0.5 s before, 1 s after), and a noisy copy of every
clip is made: pink noise from sox added at 15 dB SNR (the speech's active level, frames within 40 dB of the
loudest, over the noise's mean power). Non-speech clips (silence, white/pink/brown noise from sox, and speech
played backwards with sox) are added. Each recogniser runs in its own subprocess over all the clips, so its load
time and peak memory (VmHWM) are its own; the whole clip goes to `recognise`, as `listen` gives a file. The parent
resolves every transcript with the line's pending question and scores it:

- WER (word-level edit distance over reference words, normalised: see `skill.voice.voice_corpus`);
- intent right: the resolved intent and slot ids equal the line's label (the resolver's answer for the typed text);
- accepted: non-empty text that resolves to an intent other than the fallback — off-topic speech and non-speech
  must never be accepted; "time to reject" is recognition + resolution time of the rejected off-topic clips;
- whether the bare yes / no / stop / help / repeat were right in every voice;
- recognition latency p50/p95, model load time, peak RSS;
- decoder passes per clip (Whisper: one per temperature tried), and one line per recogniser with the figures that
  choosing between decoding options needs; a recogniser named `whisper+key=value+...` is Whisper with other options
  (`whisper+temperature=fallback+beam_size=1+max_compression_ratio=none` is the decoding used before issue 13's
  decoding follow-up; `whisper+prompt=none+hotwords=words` the domain words as hotwords; see `whisper_options`);
- **the second opinion** (`skill.voice.second_opinion`): "whisper" is tiny.en with Whisper base heard again where
  tiny.en's transcript is not understood at the line's own pending question, its time counted in the clip's
  recognition time and its decodes in the passes; `whisper+second=none` is tiny.en alone, `whisper+second=PATH`
  another second model;
- **answers to a safety question** (every yes, no and unsure line, its transcript resolved at a safety question —
  its own pending question if that is one, else the emergency screen): unsure answers taken as a no, real noes not
  taken (asked again), with and without the doubtful-no gate (`skill.voice.safety_gate`). The gate is part of the
  scoring above too: a line pending a safety question whose bare no the gate doubts counts as not accepted.

Synthesised and noisy audio is cached under ~/.cache/muscle-twitch-helper/bench-voice (keyed by text, engine and
voice), so a rerun starts recognising at once. Only the tuning split's misses are listed (`--misses`): the
evaluation split is for reporting, never for tuning.

**End of speech → first answer sample** (over a few tuning lines per voice, `--latency-limit`; alone with
`--latency-only`, a few minutes): each clip is played to the live path in real time, 30 ms frame by frame as a
microphone gives them (`skill.voice.listening`, the voice conversation, the `Speaker`), and the time is taken from
the moment the speech stops (its last 30 ms within 40 dB of the loudest, not the end of the voice's own trailing
near-silence) to the first answer sample handed to the player. Two pipelines, interleaved in the same
run: before (Whisper's full 30 s window, recognition after the end-of-speech wait, the whole answer synthesised and
written before it plays) and after (the short window, recognition started during the wait, the answer played
sentence by sentence as it is synthesised); each with the answer spoken by Piper, by espeak-ng, and already cached.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from skill.voice.audio_io import SAMPLE_RATE, read_wav, write_wav
from skill.voice.safety_gate import DOUBTFUL_NO_MARGIN, doubtful_no
from skill.voice.user_cache import user_cache_dir
from skill.voice.voice_corpus import (
    CORE_COMMANDS,
    SPLITS,
    Utterance,
    accepted,
    load_corpus,
    mix_at_snr,
    normalise_words,
    word_error_rate,
)
from skill.voice.whisper_recognition import FALLBACK_TEMPERATURES, INITIAL_PROMPT, MIN_WINDOW_SECONDS

AIM_SECONDS = 1.0  # issue 13: end of speech to the first answer sample under 1 s at the median
SNR_DB = 15.0
LEAD_SECONDS, TRAIL_SECONDS = 0.5, 1.0
RECOGNISERS = ("whisper", "whisper+second=none", "whisper-no-prompt", "pocketsphinx")
#: name → (engine, espeak-ng voice); espeak-ng variants are "language+variant".
VOICES = {
    "piper": ("piper", "en_US-joe-medium"),
    "espeak": ("espeak", "en-us"),
    "espeak-f3": ("espeak", "en-us+f3"),
    "espeak-gb": ("espeak", "en-gb+m3"),
}
DEFAULT_VOICES = "piper,espeak,espeak-f3"
NOISE_SOURCE_SECONDS = 120
_CACHE_VERSION = 1
_NOT_INSTALLED = 3  # a worker's exit status when its recogniser is not installed


def cache_dir() -> Path:
    return user_cache_dir("bench-voice")


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps([_CACHE_VERSION, *parts]).encode("utf-8")).hexdigest()[:32]


# -- clips --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clip:
    """One audio file the recognisers hear."""

    key: str
    path: Path
    kind: str  # "speech" or "nonspeech"
    condition: str  # "clean" or "noisy" for speech; the kind of non-speech otherwise
    voice: str = ""
    utterance: Utterance | None = None


class ClipMaker:
    """Synthesised, noisy, reversed and synthetic-noise clips, cached on disk as 16 kHz mono WAV."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        directory.mkdir(parents=True, exist_ok=True)
        self.engines: dict[str, Any] = {}
        self.synthesised = 0
        self._noise: np.ndarray | None = None

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.wav"

    def _store(self, key: str, samples: np.ndarray) -> Path:
        path = self._path(key)
        temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        write_wav(temporary, samples)
        temporary.replace(path)
        return path

    def engine(self, voice: str) -> Any:
        from skill.voice.engines import EspeakEngine, PiperEngine

        if voice not in self.engines:
            kind, name = VOICES[voice]
            self.engines[voice] = PiperEngine() if kind == "piper" else EspeakEngine(voice=name)
        return self.engines[voice]

    def speech(self, voice: str, text: str) -> Path:
        """The utterance said by `voice`, with silence around it as a recording has."""
        engine = self.engine(voice)
        key = _key("speech", engine.name, engine.voice, getattr(engine, "words_per_minute", None), text)
        path = self._path(key)
        if not path.is_file():
            spoken = read_wav(engine.synthesize(text, timeout=120))
            self.synthesised += 1
            self._store(key, np.concatenate([_silence(LEAD_SECONDS), spoken, _silence(TRAIL_SECONDS)]))
        return path

    def noisy(self, clean: Path) -> Path:
        """The clip with pink noise (from sox) at `SNR_DB` over the whole clip, the level set by the speech alone."""
        key = _key("noisy", clean.stem, "pink", SNR_DB)
        path = self._path(key)
        if not path.is_file():
            samples = read_wav(clean)
            speech = samples[int(LEAD_SECONDS * SAMPLE_RATE) : samples.size - int(TRAIL_SECONDS * SAMPLE_RATE)]
            source = self.noise_source()
            offset = int(clean.stem[:8], 16) % (source.size - samples.size)
            mixed, _gain = mix_at_snr(samples, source[offset : offset + samples.size], SNR_DB, speech_part=speech)
            self._store(key, mixed)
        return path

    def noise_source(self) -> np.ndarray:
        """Two minutes of pink noise from sox (repeatable mode: the same every run); clips take slices of it."""
        if self._noise is None:
            path = self._sox_noise("pinknoise", NOISE_SOURCE_SECONDS)
            self._noise = read_wav(path).astype(np.float64)
        return self._noise

    def _sox_noise(self, colour: str, seconds: float) -> Path:
        key = _key("sox", colour, seconds)
        path = self._path(key)
        if not path.is_file():
            temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
            _sox(["-R", "-n", "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(temporary),
                  "synth", str(seconds), colour, "vol", "0.5"])  # fmt: skip
            temporary.replace(path)
        return path

    def nonspeech_noise(self, colour: str, seconds: float, dbfs: float) -> Path:
        """sox noise of one colour at an RMS level of `dbfs` (decibels below full scale)."""
        key = _key("nonspeech", colour, seconds, dbfs)
        path = self._path(key)
        if not path.is_file():
            noise = read_wav(self._sox_noise(colour, seconds)).astype(np.float64)
            target = 32768 * 10 ** (dbfs / 20)
            scaled = noise * target / float(np.sqrt(np.mean(noise**2)))
            self._store(key, np.clip(np.round(scaled), -32768, 32767).astype(np.int16))
        return path

    def silence(self, seconds: float) -> Path:
        key = _key("silence", seconds)
        path = self._path(key)
        return path if path.is_file() else self._store(key, _silence(seconds))

    def reversed(self, clean: Path) -> Path:
        """The clip played backwards (sox reverse)."""
        key = _key("reversed", clean.stem)
        path = self._path(key)
        if not path.is_file():
            temporary = path.with_name(f".tmp-{os.getpid()}-{path.name}")
            _sox([str(clean), str(temporary), "reverse"])
            temporary.replace(path)
        return path


def _load() -> str:
    try:
        return " ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.int16)


def _sox(arguments: list[str]) -> None:
    subprocess.run(["sox", *arguments], check=True, capture_output=True, timeout=120)


def make_clips(
    maker: ClipMaker, utterances: list[Utterance], voices: list[str], reversed_sources: list[Utterance]
) -> list[Clip]:
    """Every utterance by every voice, clean and noisy, then the non-speech clips."""
    clips: list[Clip] = []
    total = len(utterances) * len(voices)
    for voice in voices:
        for utterance in utterances:
            clean = maker.speech(voice, utterance.text)
            clips.append(Clip(clean.stem, clean, "speech", "clean", voice, utterance))
            noisy = maker.noisy(clean)
            clips.append(Clip(noisy.stem, noisy, "speech", "noisy", voice, utterance))
            if len(clips) % 100 == 0:
                print(f"  clips: {len(clips) // 2}/{total} said", file=sys.stderr, flush=True)
    extra = [("silence", maker.silence(2.0)), ("silence", maker.silence(5.0)),
             ("noise", maker.nonspeech_noise("whitenoise", 3.0, -60.0)),
             ("noise", maker.nonspeech_noise("whitenoise", 3.0, -35.0)),
             ("noise", maker.nonspeech_noise("whitenoise", 3.0, -20.0)),
             ("noise", maker.nonspeech_noise("pinknoise", 3.0, -35.0)),
             ("noise", maker.nonspeech_noise("pinknoise", 3.0, -20.0)),
             ("noise", maker.nonspeech_noise("brownnoise", 3.0, -20.0))]  # fmt: skip
    for voice in voices:
        for utterance in reversed_sources:
            extra.append((f"reversed ({voice})", maker.reversed(maker.speech(voice, utterance.text))))
    clips += [Clip(path.stem, path, "nonspeech", kind) for kind, path in extra]
    return clips


# -- the worker: one recogniser in its own process ----------------------------------------------------------


#: The prompt's domain words as a list, for faster-whisper's `hotwords` ("hotwords=words"; measured on the tuning side
#: alone and with the prompt: both did worse than the prompt alone, so the recogniser does not use it).
DOMAIN_WORDS = "twitching, eyelid, calf, thigh, thumb, ALS, numbness, tingling, weakness, cramps, slurring, swallowing"
#: Named values a `whisper+key=value` variant may use for a text option.
TEXT_VALUES = {"none": None, "prompt": INITIAL_PROMPT, "words": DOMAIN_WORDS}
#: `whisper+key=value` keys that are `WhisperRecognizer` arguments; any other key goes to faster-whisper's `transcribe`.
RECOGNISER_KEYS = {"prompt": "initial_prompt", "beam_size": "beam_size", "temperature": "temperature",
                   "hotwords": "hotwords", "threshold": "threshold",
                   "max_compression_ratio": "max_compression_ratio"}  # fmt: skip
#: The recogniser as it decoded before issue 13's decoding follow-up: faster-whisper's temperature fallback, greedy,
#: and a looping transcript used like any other.
BEFORE = "whisper+temperature=fallback+beam_size=1+max_compression_ratio=none"


def whisper_options(name: str) -> dict[str, Any]:
    """`WhisperRecognizer` keyword arguments for a recogniser name: "whisper" (the default), "whisper-no-prompt", or
    "whisper+key=value+..." — e.g. "whisper+temperature=0+beam_size=5", "whisper+prompt=none+hotwords=words",
    "whisper+max_new_tokens=40" (a tuple of temperatures as "0/0.4", faster-whisper's default as "fallback"; text
    options: none, prompt, words; "none" is None for any other). `BEFORE` is the setting this follow-up replaced."""
    if name == "whisper-no-prompt":
        return {"initial_prompt": None}
    base, *pairs = name.split("+")
    if base != "whisper":
        raise SystemExit(f"unknown recogniser '{name}' (known: {', '.join(RECOGNISERS)}, whisper+key=value+...)")
    options: dict[str, Any] = {}
    decoding: dict[str, Any] = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        if key == "second":
            options["second_model"] = value  # a model path or name, or "none"
            continue
        if key in ("prompt", "hotwords"):
            if value not in TEXT_VALUES:
                raise SystemExit(f"{key}={value}: one of {', '.join(TEXT_VALUES)}")
            parsed: Any = TEXT_VALUES[value]
        elif value == "none":
            parsed = None
        elif key == "temperature" and value == "fallback":
            parsed = FALLBACK_TEMPERATURES
        elif value in ("true", "false"):
            parsed = value == "true"
        elif "/" in value:
            parsed = tuple(float(part) for part in value.split("/"))
        else:
            parsed = float(value) if "." in value or key in ("temperature", "threshold") else int(value)
        if key in RECOGNISER_KEYS:
            options[RECOGNISER_KEYS[key]] = parsed
        else:
            decoding[key] = parsed
    if decoding:
        options["decoding"] = decoding
    return options


def build_recogniser(name: str) -> Any:
    """The recogniser by name; None when its package (or the packaged Whisper model) is not installed."""
    if name == "pocketsphinx":
        from skill.local.interaction_model import load_interaction_model
        from skill.voice.recognition import Recognizer

        return Recognizer(load_interaction_model())
    options = whisper_options(name)
    from skill.voice.recognition import RecognizerError
    from skill.voice.whisper_recognition import WhisperRecognizer, whisper_available

    if not whisper_available():
        return None
    try:
        return WhisperRecognizer(local_files_only=True, **options)  # never the model hub
    except RecognizerError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return None


def memory_kb() -> dict[str, int]:
    """VmRSS and VmHWM (peak resident set) of this process, in kB."""
    values: dict[str, int] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                values[name] = int(rest.split()[0])
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        values = {"VmRSS": peak, "VmHWM": peak}
    return values


def worker(name: str, manifest: Path, out: Path) -> int:
    before = memory_kb()
    started = time.perf_counter()
    recogniser = build_recogniser(name)
    if recogniser is None:
        return _NOT_INSTALLED
    load_seconds = time.perf_counter() - started
    after_load = memory_kb()
    counter = recogniser.count_decodes() if hasattr(recogniser, "count_decodes") else None
    resolver = None
    if getattr(recogniser, "second", None) is not None:  # the second opinion is asked at the line's question
        from skill.local.interaction_model import load_interaction_model
        from skill.local.resolver import Resolver
        from skill.voice.second_opinion import consult_second_opinion

        resolver = Resolver(load_interaction_model())
    results = []
    for item in json.loads(manifest.read_text()):
        decodes = counter.count if counter else 0
        audio = read_wav(Path(item["path"]))
        started = time.perf_counter()
        first = recogniser.recognise(audio)
        heard = first if resolver is None else consult_second_opinion(first, item.get("pending"), resolver)
        # the person waits for the second opinion even when it is not taken (its result's own time leaves that out)
        seconds = heard.seconds if resolver is None else time.perf_counter() - started
        decodes = counter.count - decodes if counter else None
        # Outside the timed recognition: the no-vs-unsure margin the safety gate uses (None for pocketsphinx).
        margin = heard.unsure_margin() if heard.accepted and heard.unsure_margin is not None else None
        results.append({"key": item["key"], "text": heard.text, "hypothesis": heard.hypothesis,
                        "accepted": heard.accepted, "confidence": heard.confidence,
                        "seconds": seconds, "unsure_margin": margin, "decodes": decodes,
                        "second_opinion": heard is not first})  # fmt: skip
    out.write_text(json.dumps({"name": name, "load_seconds": load_seconds, "before": before,
                               "after_load": after_load, "end": memory_kb(), "results": results}))  # fmt: skip
    return 0


# -- scoring ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scored:
    clip: Clip
    text: str
    intent: str
    slots: dict[str, list[str]]
    seconds: float  # recognition
    resolve_seconds: float
    margin: float | None = None  # Recognition.unsure_margin
    gated: bool = False  # a doubtful no to a safety question: not accepted
    decodes: int | None = None  # the decoder's passes (Whisper: one per temperature tried)

    @property
    def accepted(self) -> bool:
        return accepted(self.text, self.intent)

    @property
    def right(self) -> bool:
        utterance = self.clip.utterance
        return utterance is not None and self.intent == utterance.intent and self.slots == utterance.slots


def score(clips: list[Clip], results: list[dict[str, Any]], resolver: Any) -> list[Scored]:
    by_key = {result["key"]: result for result in results}
    scored = []
    for clip in clips:
        result = by_key[clip.key]
        text = result["text"] or ""
        pending = clip.utterance.pending if clip.utterance else None
        started = time.perf_counter()
        resolution = resolver.resolve(text, pending) if text.strip() else None
        resolve_seconds = time.perf_counter() - started
        intent = resolution.intent if resolution else "AMAZON.FallbackIntent"
        slots = resolution.slot_ids() if resolution else {}
        margin = result.get("unsure_margin")
        gated = doubtful_no(pending, intent, slots, margin)
        if gated:  # not understood, as the voice loop and `listen --pending` hear it (the transcript kept for WER)
            intent, slots = "AMAZON.FallbackIntent", {}
        scored.append(Scored(clip, text, intent, slots, result["seconds"], resolve_seconds, margin, gated,
                             result.get("decodes")))  # fmt: skip
    return scored


def safety_answers(clips: list[Clip], results: list[dict[str, Any]], resolver: Any) -> list[dict[str, Any]]:
    """Every clip of a yes, no or unsure line, its transcript resolved at a safety question, with and without the gate.

    The pending question is the line's own when it is a safety question, else the emergency screen (what Whisper
    writes does not depend on the question; what the resolver makes of it does)."""
    from skill.domain.triage import SAFETY_QUESTIONS

    by_key = {result["key"]: result for result in results}
    rows = []
    for clip in clips:
        utterance = clip.utterance
        if utterance is None or utterance.intent not in ANSWER_KINDS:
            continue
        result = by_key[clip.key]
        text = result["text"] or ""
        pending = utterance.pending if utterance.pending in SAFETY_QUESTIONS else "emergency_screen"
        resolution = resolver.resolve(text, pending) if text.strip() else None
        intent = resolution.intent if resolution else "AMAZON.FallbackIntent"
        slots = resolution.slot_ids() if resolution else {}
        margin = result.get("unsure_margin")
        rows.append({"clip": clip, "kind": ANSWER_KINDS[utterance.intent], "text": text, "intent": intent,
                     "bare_no": intent == "AMAZON.NoIntent" and not slots, "margin": margin,
                     "gated": doubtful_no(pending, intent, slots, margin)})  # fmt: skip
    return rows


ANSWER_KINDS = {"AMAZON.YesIntent": "yes", "AMAZON.NoIntent": "no", "DontKnowIntent": "unsure"}


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} {part / whole:>4.0%}" if whole else "-"


def _is_core(utterance: Utterance) -> bool:
    return " ".join(normalise_words(utterance.text)) in CORE_COMMANDS


def row_figures(rows: list[Scored]) -> dict[str, str]:
    """The table's figures for a group of scored clips (one recogniser, voice and condition, or pooled)."""
    speech = [row for row in rows if row.clip.utterance and not row.clip.utterance.off_topic]
    off = [row for row in rows if row.clip.utterance and row.clip.utterance.off_topic]
    right = sum(row.right for row in speech)
    wrong = sum(row.accepted and not row.right for row in speech)
    core = [row for row in speech if _is_core(row.clip.utterance)]  # type: ignore[arg-type]
    rejected = [row for row in off if not row.accepted]
    reject_seconds = [row.seconds + row.resolve_seconds for row in rejected]
    return {
        "WER": f"{word_error_rate((row.clip.utterance.text, row.text) for row in speech):.1%}",  # type: ignore[union-attr]
        "intent right": _pct(right, len(speech)),
        "wrong": str(wrong),
        "none": str(len(speech) - right - wrong),
        "core": f"{sum(row.right for row in core)}/{len(core)}",
        "off-topic rejected": _pct(len(rejected), len(off)),
        "reject s": f"{statistics.fmean(reject_seconds):.2f}" if reject_seconds else "-",
    }


COLUMNS = [("WER", 7), ("intent right", 13), ("wrong", 6), ("none", 5), ("core", 6), ("off-topic rejected", 19),
           ("reject s", 9)]  # fmt: skip


def print_split_table(split: str, scored: dict[str, list[Scored]], voices: list[str]) -> None:
    sample = next(iter(scored.values()))
    utterances = {row.clip.utterance.id: row.clip.utterance for row in sample  # type: ignore[union-attr]
                  if row.clip.utterance and row.clip.utterance.split == split}  # fmt: skip
    in_domain = sum(not utterance.off_topic for utterance in utterances.values())
    print(f"\n== {split} split: {in_domain} in-domain + {len(utterances) - in_domain} off-topic utterances, "
          f"each said by {len(voices)} voices, clean and with pink noise at {SNR_DB:g} dB SNR")  # fmt: skip
    print("   intent right = intent and slot ids as the typed text; wrong = accepted as something else; none = "
          "not accepted;\n   core = bare yes/no/stop/help/repeat right; reject s = mean recognition + resolution "
          "time of a rejected off-topic clip")  # fmt: skip
    header = f"  {'recogniser':<21}{'voice':<11}{'cond':<7}" + "".join(f"{name:>{width}}" for name, width in COLUMNS)
    print(header)
    for name, rows in scored.items():
        in_split = [row for row in rows if row.clip.kind == "speech" and row.clip.utterance.split == split]  # type: ignore[union-attr]
        for condition in ("clean", "noisy"):
            for voice in [*voices, "all"]:
                group = [row for row in in_split if row.clip.condition == condition
                         and (voice == "all" or row.clip.voice == voice)]  # fmt: skip
                figures = row_figures(group)
                print(f"  {name:<21}{voice:<11}{condition:<7}"
                      + "".join(f"{figures[column]:>{width}}" for column, width in COLUMNS))  # fmt: skip
        print()
    print("  yes / no / stop / help / repeat right in every voice:")
    for name, rows in scored.items():
        verdicts = []
        for condition in ("clean", "noisy"):
            misses = [f"'{row.clip.utterance.text}' by {row.clip.voice}" for row in rows  # type: ignore[union-attr]
                      if row.clip.kind == "speech" and row.clip.condition == condition
                      and row.clip.utterance.split == split and _is_core(row.clip.utterance)  # type: ignore[union-attr, arg-type]
                      and not row.right]  # fmt: skip
            verdicts.append(f"{condition} {'all right' if not misses else 'missed ' + ', '.join(misses)}")
        print(f"    {name:<21}" + "; ".join(verdicts))


def print_safety_answers(split: str, rows: dict[str, list[dict[str, Any]]], voices: list[str], misses: bool) -> None:
    print(f"\n== {split} split: yes / no / unsure answers to a safety question (resolved at the line's safety "
          f"question, else the emergency screen); the doubtful-no gate at a margin of {DOUBTFUL_NO_MARGIN:g}")
    print("   unsure→no = an unsure answer taken as a bare no; no kept = a real no still taken as a no; "
          "yes→no = a yes taken as a no")  # fmt: skip
    print(f"  {'recogniser':<21}{'voice':<11}{'cond':<7}{'unsure→no before':>18}{'after':>7}"
          f"{'no kept before':>16}{'after':>7}{'yes→no':>8}")  # fmt: skip
    for name, all_rows in rows.items():
        in_split = [row for row in all_rows if row["clip"].utterance.split == split]
        for condition in ("clean", "noisy"):
            for voice in [*voices, "all"]:
                group = [row for row in in_split if row["clip"].condition == condition
                         and (voice == "all" or row["clip"].voice == voice)]  # fmt: skip
                unsure = [row for row in group if row["kind"] == "unsure"]
                noes = [row for row in group if row["kind"] == "no"]
                yeses = [row for row in group if row["kind"] == "yes"]
                before = sum(row["bare_no"] for row in unsure)
                after = sum(row["bare_no"] and not row["gated"] for row in unsure)
                kept = sum(row["intent"] == "AMAZON.NoIntent" for row in noes)
                kept_after = sum(row["intent"] == "AMAZON.NoIntent" and not row["gated"] for row in noes)
                yes_no = sum(row["intent"] == "AMAZON.NoIntent" and not row["gated"] for row in yeses)
                print(f"  {name:<21}{voice:<11}{condition:<7}{before:>12}/{len(unsure):<5}{after:>7}"
                      f"{kept:>10}/{len(noes):<5}{kept_after:>7}{yes_no:>6}/{len(yeses)}")  # fmt: skip
        print()
        if misses:
            shown = [row for row in in_split if row["bare_no"] and (row["kind"] != "no" or row["gated"])]
            for row in shown:
                utterance = row["clip"].utterance
                margin = "-" if row["margin"] is None else f"{row['margin']:.2f}"
                verdict = "not understood (gate)" if row["gated"] else "taken as no"
                print(f"    {row['kind']:<7}{utterance.id} '{utterance.text}' by {row['clip'].voice} "
                      f"{row['clip'].condition}: '{row['text']}' margin {margin} → {verdict}")  # fmt: skip


def print_comparison(split: str, scored: dict[str, list[Scored]], answers: dict[str, list[dict[str, Any]]],
                     voices: list[str]) -> None:  # fmt: skip
    """One line per recogniser: what choosing between decoding options needs, side by side."""
    print(f"\n== {split} split: the recognisers side by side (off-topic: rejected, mean / p95 s to reject, decoder "
          "passes per clip; in-domain right clean / noisy per voice; core = bare commands; non-speech accepted "
          "(all splits); safety answers with the gate: unsure taken as no, real noes heard as a no that the gate "
          "turned away)")  # fmt: skip
    header = (f"  {'recogniser':<44}{'off-topic':>10}{'mean':>6}{'p95':>6}{'passes':>7}"
              + "".join(f"{voice:>16}" for voice in voices) + f"{'core':>7}{'non-sp.':>8}{'unsure→no':>10}"
              f"{'no away':>9}")  # fmt: skip
    print(header)
    for name, rows in scored.items():
        in_split = [row for row in rows if row.clip.kind == "speech" and row.clip.utterance.split == split]  # type: ignore[union-attr]
        off = [row for row in in_split if row.clip.utterance.off_topic]  # type: ignore[union-attr]
        rejected = [row.seconds + row.resolve_seconds for row in off if not row.accepted]
        passes = [row.decodes for row in off if row.decodes is not None]
        speech = [row for row in in_split if not row.clip.utterance.off_topic]  # type: ignore[union-attr]
        cells = []
        for voice in voices:
            figures = [sum(row.right for row in speech if row.clip.voice == voice and row.clip.condition == condition)
                       for condition in ("clean", "noisy")]  # fmt: skip
            total = sum(row.clip.voice == voice and row.clip.condition == "clean" for row in speech)
            cells.append(f"{figures[0]}/{figures[1]} of {total}")
        core = [row for row in speech if _is_core(row.clip.utterance)]  # type: ignore[arg-type]
        nonspeech = [row for row in rows if row.clip.kind == "nonspeech"]
        safety = [row for row in answers.get(name, []) if row["clip"].utterance.split == split]
        unsure = [row for row in safety if row["kind"] == "unsure"]
        noes = [row for row in safety if row["kind"] == "no"]
        unsure_no = sum(row["bare_no"] and not row["gated"] for row in unsure)
        noes_taken = [row for row in noes if row["intent"] == "AMAZON.NoIntent"]
        noes_away = sum(row["gated"] for row in noes_taken)
        print(f"  {name:<44}{len(rejected):>5}/{len(off):<4}"
              f"{statistics.fmean(rejected) if rejected else float('nan'):>6.2f}{percentile(rejected, 95):>6.2f}"
              f"{statistics.fmean(passes) if passes else float('nan'):>7.2f}" + "".join(f"{cell:>16}" for cell in cells)
              + f"{sum(row.right for row in core):>4}/{len(core):<2}"
              f"{sum(row.accepted for row in nonspeech):>4}/{len(nonspeech):<3}"
              f"{unsure_no:>6}/{len(unsure):<3}{noes_away:>5}/{len(noes_taken):<3}")  # fmt: skip


def percentile(values: list[float], share: float) -> float:
    return float(np.percentile(values, share)) if values else float("nan")


def print_recogniser_summary(scored: dict[str, list[Scored]], meta: dict[str, dict[str, Any]]) -> None:
    print("\n== per recogniser, over every clip of the run (each recogniser alone in its own process)")
    print(f"  {'recogniser':<21}{'load s':>7}{'peak RSS':>10}{'(start)':>9}"
          f"{'clean p50/p95 ms':>18}{'noisy p50/p95 ms':>18}{'non-speech ms':>15}")  # fmt: skip
    for name, rows in scored.items():
        info = meta[name]
        times = {condition: [row.seconds * 1000 for row in rows if row.clip.kind == "speech"
                             and row.clip.condition == condition] for condition in ("clean", "noisy")}  # fmt: skip
        nonspeech = [row.seconds * 1000 for row in rows if row.clip.kind == "nonspeech"]
        latency = {condition: f"{percentile(values, 50):.0f}/{percentile(values, 95):.0f}"
                   for condition, values in times.items()}  # fmt: skip
        print(f"  {name:<21}{info['load_seconds']:>7.2f}{info['end']['VmHWM'] / 1024:>7.0f} MB"
              f"{info['before']['VmHWM'] / 1024:>6.0f} MB{latency['clean']:>18}{latency['noisy']:>18}"
              f"{statistics.fmean(nonspeech):>15.0f}")  # fmt: skip
    print("  peak RSS = VmHWM of the recogniser's process at the end (start = before loading: Python and numpy)")
    print("\n  non-speech clips accepted (must be none), and how many gave any words at all:")
    for name, rows in scored.items():
        kinds: dict[str, list[Scored]] = defaultdict(list)
        for row in rows:
            if row.clip.kind == "nonspeech":
                kinds[re.sub(r" \(.*\)", "", row.clip.condition)].append(row)
        parts = [f"{kind} {sum(row.accepted for row in group)}/{len(group)} "
                 f"(words {sum(bool(row.text) for row in group)})" for kind, group in kinds.items()]  # fmt: skip
        bad = [f"{row.clip.condition}: '{row.text}' → {row.intent}" for group in kinds.values() for row in group
               if row.accepted]  # fmt: skip
        print(f"    {name:<21}" + "; ".join(parts) + "".join(f"\n      accepted {item}" for item in bad))


def print_misses(scored: dict[str, list[Scored]], split: str) -> None:
    print(f"\n== {split} split: what was misheard (reference [pending] → transcript → resolved)")
    for name, rows in scored.items():
        misses: dict[str, list[Scored]] = defaultdict(list)
        for row in rows:
            utterance = row.clip.utterance
            if row.clip.kind != "speech" or utterance is None or utterance.split != split:
                continue
            if (utterance.off_topic and row.accepted) or (not utterance.off_topic and not row.right):
                misses[utterance.id].append(row)
        print(f"  -- {name}: {len(misses)} utterances missed at least once")
        for group in misses.values():
            utterance = group[0].clip.utterance
            assert utterance is not None
            print(f"    {utterance.id} '{utterance.text}' [{utterance.pending}] {utterance.intent} {utterance.slots}")
            for row in group:
                slots = f" {row.slots}" if row.slots else ""
                gated = f" (a doubtful no, margin {row.margin:.2f}: asked again)" if row.gated else ""
                print(f"        {row.clip.voice:<10}{row.clip.condition:<6} '{row.text}' → {row.intent}{slots}{gated}")


# -- end of speech → first answer sample --------------------------------------------------------------------


def speech_end(audio: np.ndarray, floor_db: float = 40.0) -> int:
    """The sample where the speech stops being heard: the end of the last 30 ms frame within `floor_db` of the
    loudest (the voices end their audio with up to 0.35 s of near-silence of their own, which is no speech)."""
    from skill.voice.audio_io import FRAME_SAMPLES

    count = audio.size // FRAME_SAMPLES
    power = np.mean(audio[: count * FRAME_SAMPLES].astype(np.float64).reshape(count, FRAME_SAMPLES) ** 2, axis=1)
    loud = np.flatnonzero(power >= power.max() * 10 ** (-floor_db / 10))
    return int(loud[-1] + 1) * FRAME_SAMPLES


class PacedFrames:
    """A recording played as a microphone would give it: each 30 ms frame once it has been 'heard', in real time."""

    def __init__(self, audio: np.ndarray, speech_end: int) -> None:
        self.audio = audio
        self.speech_end = speech_end  # sample where the speech stops
        self.started = 0.0

    @property
    def speech_ended_at(self) -> float:
        """perf_counter time at which the speech stopped."""
        return self.started + self.speech_end / SAMPLE_RATE

    def __iter__(self) -> Any:
        from skill.voice.audio_io import FRAME_MS, frames

        self.started = time.perf_counter()
        for index, frame in enumerate(frames(self.audio)):
            delay = self.started + (index + 1) * FRAME_MS / 1000 - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            yield frame


@dataclass(frozen=True)
class Pipeline:
    """One way of answering, from the microphone's frames to the first answer sample handed to the player."""

    label: str
    window_seconds: float | None  # Whisper's encoder window (None: the full 30 s)
    early: bool  # recognition started during the end-of-speech wait
    streamed: bool  # the answer played sentence by sentence as synthesised (else: once the whole file is written)


PIPELINES = (
    Pipeline("before: 30 s window, recognise after the wait, whole answer", None, False, False),
    Pipeline("after: 15 s window, recognise in the wait, sentence by sentence", MIN_WINDOW_SECONDS, True, True),
)


def first_answer_ms(pipeline: Pipeline, recogniser: Any, speaker: Any, audio: np.ndarray, resolver: Any,
                    output_dir: Path) -> tuple[float, bool]:  # fmt: skip
    """Milliseconds from the end of speech to the first answer sample, live (frames paced in real time)."""
    from skill.local.simulator import ChatSession
    from skill.voice.listening import listen_and_recognise
    from skill.voice.loop import VoiceConversation

    session = ChatSession(resolver=resolver)
    session.send("open muscle twitch helper")
    conversation = VoiceConversation(recogniser, session, speaker, output_dir)
    microphone = PacedFrames(audio, speech_end(audio))
    first: list[float] = []

    def play(chunk: Any) -> None:
        if not first:
            first.append(time.perf_counter())

    heard = listen_and_recognise(microphone, recogniser, 5.0, early=pipeline.early)
    if heard is None:
        raise SystemExit("the bench's clip was not heard as speech")
    if pipeline.streamed:
        voice_turn = conversation.hear_text(heard.recognition, None, play)
    else:  # the loop as it was: the whole answer written to its file, then played
        voice_turn = conversation.hear_text(heard.recognition)
        play(None)
    if voice_turn.speech_error:
        raise SystemExit(f"the answer could not be spoken: {voice_turn.speech_error}")
    return (first[0] - microphone.speech_ended_at) * 1000, heard.early


def latency_table(voices: list[str], utterances: list[Utterance], maker: ClipMaker, resolver: Any) -> None:
    from skill.voice.audio_cache import AudioCache
    from skill.voice.engines import EspeakEngine, PiperEngine
    from skill.voice.tts import Speaker
    from skill.voice.whisper_recognition import WhisperRecognizer

    engines = {name: engine for name, engine in (("piper", PiperEngine()), ("espeak", EspeakEngine()))
               if engine.available()}  # fmt: skip
    for engine in engines.values():  # load the voices before timing
        engine.synthesize("ready", timeout=60)
    recognisers = {pipeline.label: WhisperRecognizer(local_files_only=True, window_seconds=pipeline.window_seconds)
                   for pipeline in PIPELINES}  # fmt: skip
    print(f"\n== end of speech → first answer sample, live: {len(utterances)} tuning utterances per voice, the frames "
          f"played in real time (aim {AIM_SECONDS:g} s at the median); Whisper tiny.en, answers by each offline voice "
          "and from the audio cache")  # fmt: skip
    # figures[pipeline][answer] = milliseconds, over every voice; early = how many used the early recognition
    figures: dict[str, dict[str, list[float]]] = {pipeline.label: defaultdict(list) for pipeline in PIPELINES}
    early_used: dict[str, int] = defaultdict(int)
    with tempfile.TemporaryDirectory(prefix="mth-bench-latency-") as scratch:
        for voice in voices:
            for utterance in utterances:
                audio = read_wav(maker.speech(voice, utterance.text))
                for pipeline in PIPELINES:  # interleaved, so a busy moment of the machine hits both alike
                    recogniser = recognisers[pipeline.label]
                    for name, engine in engines.items():
                        cache = AudioCache(Path(scratch) / f"cache-{name}")
                        cache.clear()  # the engine speaks: nothing cached
                        speaker = Speaker([engine], cache)
                        spoken, early = first_answer_ms(pipeline, recogniser, speaker, audio, resolver, Path(scratch))
                        figures[pipeline.label][f"answer by {name}"].append(spoken)
                        early_used[pipeline.label] += early
                        if name == "piper":  # the same answer again, now from the cache Piper just filled
                            cached, _ = first_answer_ms(pipeline, recogniser, speaker, audio, resolver, Path(scratch))
                            figures[pipeline.label]["answer cached"].append(cached)
    before, after = (figures[pipeline.label] for pipeline in PIPELINES)
    print(f"  {'pipeline':<68}{'answer':<18}{'p50 ms':>8}{'p95 ms':>8}{'vs aim':>8}{'vs before':>11}")
    for pipeline in PIPELINES:
        rows = figures[pipeline.label]
        for answer in ("answer cached", *(f"answer by {name}" for name in engines)):
            values = rows[answer]
            p50 = percentile(values, 50)
            ratio = p50 / percentile(before[answer], 50)
            print(f"  {pipeline.label:<68}{answer:<18}{p50:>8.0f}{percentile(values, 95):>8.0f}"
                  f"{p50 / (AIM_SECONDS * 1000):>7.2f}x{ratio:>10.2f}x")  # fmt: skip
    runs = len(voices) * len(utterances) * len(engines)
    print(f"  {len(voices)} voices ({', '.join(voices)}) x {len(utterances)} utterances; recognised during the wait: "
          + ", ".join(f"{early_used[pipeline.label]}/{runs}" for pipeline in PIPELINES))  # fmt: skip
    del after


# -- main ---------------------------------------------------------------------------------------------------


def choose(utterances: list[Utterance], split: str, limit: int | None) -> list[Utterance]:
    """The lines of the split(s); with `limit`, the first `limit` in-domain and off-topic lines of each split."""
    chosen = []
    for name in SPLITS if split == "all" else (split,):
        lines = [utterance for utterance in utterances if utterance.split == name]
        for off_topic in (False, True):
            group = [utterance for utterance in lines if utterance.off_topic == off_topic]
            chosen += group[:limit] if limit else group
    return chosen


def spread(items: list[Utterance], count: int) -> list[Utterance]:
    """`count` items evenly spread over the list (the same every run)."""
    if count >= len(items):
        return items
    return [items[round(index * (len(items) - 1) / max(1, count - 1))] for index in range(count)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("all", *SPLITS), default="all", help="corpus split(s) to measure")
    parser.add_argument("--voices", default=DEFAULT_VOICES, help=f"comma list of {', '.join(VOICES)}")
    parser.add_argument("--recognisers", default=",".join(RECOGNISERS), help="comma list, compared in one run")
    parser.add_argument("--limit", type=int, help="only the first N in-domain and N off-topic lines of each split")
    parser.add_argument("--latency-limit", type=int, default=6,
                        help="tuning utterances per voice in the end-of-speech latency table (0: none)")
    parser.add_argument("--latency-only", action="store_true",
                        help="only the end-of-speech latency table (minutes, not the recognisers' 100)")  # fmt: skip
    parser.add_argument("--misses", choices=("tuning", "none", "all"), default="tuning",
                        help="list the misheard lines of this split (the evaluation split's: 'all')")  # fmt: skip
    parser.add_argument("--results", type=Path, help="write every clip's transcript and resolution here (JSON lines)")
    parser.add_argument("--cache-dir", type=Path, default=None, help=f"audio cache (default {cache_dir()})")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--manifest", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(args.worker, args.manifest, args.out)
    return run(args)


def run(args: argparse.Namespace) -> int:
    from skill.local.interaction_model import load_interaction_model
    from skill.local.resolver import Resolver

    wall = time.perf_counter()
    voices = [voice.strip() for voice in args.voices.split(",") if voice.strip()]
    unknown = [voice for voice in voices if voice not in VOICES]
    if unknown:
        raise SystemExit(f"unknown voice(s) {', '.join(unknown)} (known: {', '.join(VOICES)})")
    maker = ClipMaker(args.cache_dir or cache_dir())
    for voice in list(voices):
        if not maker.engine(voice).available():
            print(f"voice {voice}: not installed, skipped", file=sys.stderr)
            voices.remove(voice)
    corpus = load_corpus()
    resolver = Resolver(load_interaction_model())
    tuning_lines = [utterance for utterance in corpus if utterance.split == "tuning" and not utterance.off_topic]
    latency_subset = spread(tuning_lines, args.latency_limit)
    if args.latency_only:
        print(f"machine: {os.cpu_count()} CPUs, load average {_load()} at the start (a busy machine slows it)")
        latency_table(voices, latency_subset, maker, resolver)
        print(f"\nwall time {time.perf_counter() - wall:.0f} s; load average {_load()} at the end")
        return 0
    utterances = choose(corpus, args.split, args.limit)
    in_domain = [utterance for utterance in corpus if not utterance.off_topic]
    # Speech played backwards: 8 longer in-domain lines, the same whatever the split or limit.
    reversed_sources = spread([utterance for utterance in in_domain if len(utterance.text.split()) >= 4], 8)
    started = time.perf_counter()
    clips = make_clips(maker, utterances, voices, reversed_sources)
    clip_seconds = time.perf_counter() - started
    speech_clips = sum(clip.kind == "speech" for clip in clips)
    print(f"voice bench: {len(utterances)} utterances ({args.split}) x {len(voices)} voices ({', '.join(voices)}) "
          f"x clean/noisy = {speech_clips} speech clips + {len(clips) - speech_clips} non-speech clips; "
          f"{maker.synthesised} synthesised now, the rest from {maker.directory} ({clip_seconds:.0f} s)")  # fmt: skip
    print(f"machine: {os.cpu_count()} CPUs, load average {_load()} at the start (a busy machine slows every figure)")
    scored: dict[str, list[Scored]] = {}
    answers: dict[str, list[dict[str, Any]]] = {}
    meta: dict[str, dict[str, Any]] = {}
    names = [name.strip() for name in args.recognisers.split(",") if name.strip()]
    with tempfile.TemporaryDirectory(prefix="mth-bench-voice-") as scratch:
        manifest = Path(scratch) / "manifest.json"
        manifest.write_text(json.dumps([{"key": clip.key, "path": str(clip.path),
                                         "pending": clip.utterance.pending if clip.utterance else None}
                                        for clip in clips]))  # fmt: skip
        for name in names:
            out = Path(scratch) / f"{name}.json"
            started = time.perf_counter()
            print(f"  recognising with {name} ...", file=sys.stderr, flush=True)
            done = subprocess.run([sys.executable, __file__, "--worker", name, "--manifest", str(manifest),
                                   "--out", str(out)], check=False)  # fmt: skip
            if done.returncode == _NOT_INSTALLED:
                print(f"\n{name}: not installed, skipped")
                continue
            if done.returncode != 0:
                raise SystemExit(f"the {name} worker failed ({done.returncode})")
            meta[name] = json.loads(out.read_text())
            scored[name] = score(clips, meta[name]["results"], resolver)
            answers[name] = safety_answers(clips, meta[name]["results"], resolver)
            print(f"  {name}: {len(clips)} clips in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if not scored:
        print("no recogniser installed")
        return 1
    if args.results:
        with args.results.open("w", encoding="utf-8") as out_file:
            for name, rows in scored.items():
                for row in rows:
                    utterance = row.clip.utterance
                    out_file.write(json.dumps({
                        "recogniser": name, "kind": row.clip.kind, "condition": row.clip.condition,
                        "voice": row.clip.voice, "id": utterance.id if utterance else None,
                        "split": utterance.split if utterance else None,
                        "reference": utterance.text if utterance else None,
                        "text": row.text, "intent": row.intent, "slots": row.slots, "right": row.right,
                        "accepted": row.accepted, "seconds": round(row.seconds, 4),
                        "unsure_margin": row.margin, "doubtful_no": row.gated, "decodes": row.decodes,
                    }) + "\n")  # fmt: skip
    for split in SPLITS:
        if any(utterance.split == split for utterance in utterances):
            print_split_table(split, scored, voices)
            print_safety_answers(split, answers, voices, args.misses == "all" or split == args.misses)
    for split in SPLITS:
        if any(utterance.split == split for utterance in utterances):
            print_comparison(split, scored, answers, voices)
    print_recogniser_summary(scored, meta)
    for split in SPLITS if args.misses == "all" else (args.misses,) if args.misses == "tuning" else ():
        if any(utterance.split == split for utterance in utterances):
            print_misses(scored, split)
    if args.latency_limit:
        latency_table(voices, latency_subset, maker, resolver)
    print(f"\nwall time {time.perf_counter() - wall:.0f} s; load average {_load()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The labelled spoken-utterance corpus (tests/data/voice) and how recognition of it is scored.

Each line is something a person says to the skill, the question pending when they say it, and the intent and slot
ids the resolver gives for the typed text (see tests/data/voice/README.md). `scripts/bench voice` has it said by
several voices, clean and with noise, and scores each recogniser's transcript with:

- `word_error_rate`: word-level edit distance over the reference's word count, after `normalise_words`;
- intent accuracy: the transcript resolved with the line's `pending` gives its intent and slot ids;
- `accepted`: the recogniser returned words and the resolver maps them to an intent other than the fallback.

Also the audio helpers the bench needs that must be honest about levels: `active_speech_power` (the level of the
speech itself, not of the silence around it) and `mix_at_snr` (noise added at a given signal-to-noise ratio).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

__all__ = [
    "CORE_COMMANDS", "CORPUS_PATH", "FALLBACK_INTENT", "SPLITS", "Utterance", "accepted", "active_speech_power",
    "load_corpus", "mix_at_snr", "normalise_words", "number_words", "snr_db", "word_error_rate", "word_errors",
]  # fmt: skip

CORPUS_PATH = Path(__file__).resolve().parents[2] / "tests" / "data" / "voice" / "utterances.jsonl"
FALLBACK_INTENT = "AMAZON.FallbackIntent"
SPLITS = ("tuning", "evaluation")
#: The bare commands and answers that must be right in every voice.
CORE_COMMANDS = ("yes", "no", "stop", "help", "repeat")


@dataclass(frozen=True)
class Utterance:
    """One line of the corpus."""

    id: str
    split: str
    text: str
    pending: str | None
    intent: str
    slots: dict[str, list[str]] = field(default_factory=dict)

    @property
    def off_topic(self) -> bool:
        """Speech about something else: the skill should understand nothing in it."""
        return self.intent == FALLBACK_INTENT

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "split": self.split, "text": self.text, "pending": self.pending,
                "intent": self.intent, "slots": self.slots}  # fmt: skip


def load_corpus(path: str | Path | None = None) -> list[Utterance]:
    """Every line of the corpus, in file order."""
    lines = Path(path or CORPUS_PATH).read_text(encoding="utf-8").splitlines()
    return [Utterance(**json.loads(line)) for line in lines if line.strip()]


def accepted(text: str, intent: str) -> bool:
    """A clip is accepted when the recogniser gave words and the resolver found something the skill uses in them."""
    return bool(text.strip()) and intent != FALLBACK_INTENT


# -- word error rate ----------------------------------------------------------------------------------------

_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}  # fmt: skip
#: Spellings that are the same word said (the reference's spelling wins).
_SPELLINGS = {"ok": "okay", "alright": "all right", "mum": "mom", "mommy": "mom"}


def number_words(number: int) -> str:
    """0..999,999 as words, the way it is said: 25 → "twenty five", 130 → "one hundred thirty"."""
    if number < 0 or number >= 1_000_000:
        return str(number)
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f" {_ONES[ones]}" if ones else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        return f"{_ONES[hundreds]} hundred" + (f" {number_words(rest)}" if rest else "")
    thousands, rest = divmod(number, 1000)
    return f"{number_words(thousands)} thousand" + (f" {number_words(rest)}" if rest else "")


def _say_numbers(text: str) -> str:
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,000 → 1000
    text = re.sub(r"\b(\d{1,2}):(\d{2})\b", lambda m: f"{m.group(1)} {'' if m.group(2) == '00' else m.group(2)}", text)
    text = re.sub(r"\b(\d+)(st|nd|rd|th)\b", lambda m: _ORDINALS.get(m.group(0), m.group(1)), text)
    return re.sub(r"\d+", lambda m: f" {number_words(int(m.group(0)))} ", text)


def normalise_words(text: str) -> list[str]:
    """The words of a transcript or reference, as compared for WER.

    Lower case; apostrophes dropped ("don't" → "dont"), other punctuation and hyphens a word break; numbers in words
    ("3" → "three", "6:30" → "six thirty"); spelled letters joined ("A.L.S.", "a l s" → "als"); a few spellings of
    the same word made one ("ok" → "okay").
    """
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"\b([a-z])\.(?=[a-z]\b|\s|$)", r"\1 ", text)  # a.l.s. → a l s
    text = _say_numbers(text)
    text = text.replace("'", "")
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    words = " ".join(_SPELLINGS.get(word, word) for word in words).split()
    joined: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1:
            run.append(word)
            continue
        if len(run) >= 2 and any(letter not in "ai" for letter in run):
            joined.append("".join(run))
        else:
            joined += run
        run = []
        if word:
            joined.append(word)
    return joined


def word_errors(reference: Sequence[str], hypothesis: Sequence[str]) -> int:
    """Substitutions + deletions + insertions that turn `reference` into `hypothesis` (Levenshtein, on words)."""
    previous = list(range(len(hypothesis) + 1))
    for row, word in enumerate(reference, start=1):
        current = [row]
        for column, heard in enumerate(hypothesis, start=1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (word != heard)))
        previous = current
    return previous[-1]


def word_error_rate(pairs: Iterable[tuple[str, str]]) -> float:
    """Corpus WER of (reference, transcript) pairs: all word errors over all reference words."""
    errors = words = 0
    for reference, transcript in pairs:
        expected = normalise_words(reference)
        errors += word_errors(expected, normalise_words(transcript))
        words += len(expected)
    return errors / words if words else 0.0


# -- levels and noise ---------------------------------------------------------------------------------------


def active_speech_power(samples: np.ndarray, rate: int = 16_000, floor_db: float = 40.0) -> float:
    """Mean power of the speech itself: over 20 ms frames within `floor_db` of the loudest frame.

    A simplified active speech level (after ITU-T P.56): the pauses and the silence around an utterance do not
    lower it, so the noise added for a given SNR does not depend on how much silence a clip has.
    """
    signal = np.asarray(samples, dtype=np.float64)
    size = max(1, rate // 50)
    count = signal.size // size
    if count == 0:
        return float(np.mean(signal**2)) if signal.size else 0.0
    power = np.mean(signal[: count * size].reshape(count, size) ** 2, axis=1)
    loudest = float(power.max())
    if loudest <= 0:
        return 0.0
    return float(power[power >= loudest * 10 ** (-floor_db / 10)].mean())


def snr_db(speech: np.ndarray, noise: np.ndarray) -> float:
    """Signal-to-noise ratio: active speech power of `speech` over the mean power of `noise`, in dB."""
    noise_power = float(np.mean(np.asarray(noise, dtype=np.float64) ** 2))
    return 10 * np.log10(active_speech_power(speech) / noise_power)


def mix_at_snr(
    speech: np.ndarray, noise: np.ndarray, snr: float, *, speech_part: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """`speech` (int16) plus `noise` scaled so that the SNR is `snr` dB; the clipped int16 mix and the noise gain.

    The level of the speech is measured on `speech_part` when given (the utterance without the silence padded
    around it), else on `speech`; the noise's power over the whole clip. `noise` must be at least as long.
    """
    clean = np.asarray(speech, dtype=np.float64)
    added = np.asarray(noise, dtype=np.float64)[: clean.size]
    if added.size < clean.size:
        raise ValueError("the noise is shorter than the speech")
    level = active_speech_power(speech if speech_part is None else speech_part)
    noise_power = float(np.mean(added**2))
    gain = float(np.sqrt(level / (noise_power * 10 ** (snr / 10)))) if noise_power > 0 else 0.0
    mixed = np.clip(np.round(clean + gain * added), -32768, 32767).astype(np.int16)
    return mixed, gain

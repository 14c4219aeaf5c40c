"""Measuring utterance resolvers on a labelled set: intent accuracy, slot precision/recall/F1, fallback precision.

Also holds the baseline every measurement is compared with: exact sample matching, which is what Bespoken's
virtual-alexa and the ASK CLI's replay do — an utterance is understood only if it is a sample with slot values
filled in.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from skill.local.durations import parse_duration
from skill.local.interaction_model import InteractionModel

FALLBACK = "AMAZON.FallbackIntent"


@dataclass(frozen=True)
class Example:
    """One labelled utterance: what was said, the question pending at the time, and what Alexa should send."""

    text: str
    intent: str
    slots: dict[str, list[str]]
    pending: str | None = None
    tags: tuple[str, ...] = ()


class Understands(Protocol):
    """Anything that resolves text like `skill.local.resolver.Resolver`."""

    def resolve(self, text: str, pending_question: str | None = None) -> object: ...


@dataclass
class Report:
    """Figures for one resolver on one set of examples."""

    examples: int = 0
    intents_right: int = 0
    slot_true_positives: int = 0
    slots_predicted: int = 0
    slots_expected: int = 0
    fallbacks_predicted: int = 0
    fallbacks_right: int = 0
    fallbacks_expected: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    mistakes: list[tuple[Example, str, dict[str, list[str]]]] = field(default_factory=list)

    @property
    def intent_accuracy(self) -> float:
        return self.intents_right / self.examples if self.examples else 0.0

    @property
    def slot_precision(self) -> float:
        return self.slot_true_positives / self.slots_predicted if self.slots_predicted else 1.0

    @property
    def slot_recall(self) -> float:
        return self.slot_true_positives / self.slots_expected if self.slots_expected else 1.0

    @property
    def slot_f1(self) -> float:
        p, r = self.slot_precision, self.slot_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fallback_precision(self) -> float:
        """Of the utterances sent to Fallback, how many really were out of domain."""
        return self.fallbacks_right / self.fallbacks_predicted if self.fallbacks_predicted else 1.0

    @property
    def fallback_recall(self) -> float:
        return self.fallbacks_right / self.fallbacks_expected if self.fallbacks_expected else 1.0

    def latency_percentile(self, fraction: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def load_examples(path: Path | str) -> list[Example]:
    """Read a JSONL file of labelled utterances; a malformed line raises ValueError naming the line."""
    examples = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            examples.append(Example(raw["text"], raw["intent"], {k: list(v) for k, v in raw["slots"].items()},
                                    raw.get("pending"), tuple(raw.get("tags", ()))))
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}:{number}: not a labelled example ({error})") from error
    return examples


LOCALE_SPLITS = ("tuning", "evaluation")


def load_locale_examples(path: Path | str, split: str) -> list[Example]:
    """The examples of one split ("tuning" or "evaluation") of a locale's file, whose lines carry a `split`."""
    if split not in LOCALE_SPLITS:
        raise ValueError(f"split must be one of {LOCALE_SPLITS}, not {split!r}")
    chosen = [line for line in Path(path).read_text(encoding="utf-8").splitlines()
              if line.strip() and json.loads(line).get("split") == split]
    examples = []
    for number, line in enumerate(chosen, start=1):
        raw = json.loads(line)
        try:
            examples.append(Example(raw["text"], raw["intent"], {k: list(v) for k, v in raw["slots"].items()},
                                    raw.get("pending"), tuple(raw.get("tags", ()))))
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"{path}: {split} example {number} is not a labelled example ({error})") from error
    return examples


def evaluate(resolver: Understands, examples: Iterable[Example]) -> Report:
    """Run every example through the resolver and count what it got right.

    Only the slots the labels know are scored: a set labelled before a slot existed ("answer", "person", added
    with the conversation corpus that measures them) cannot say whether it was filled right.
    """
    examples = list(examples)
    labelled = {name for example in examples for name in example.slots}
    report = Report()
    for example in examples:
        started = time.perf_counter()
        resolution = resolver.resolve(example.text, example.pending)
        report.latencies_ms.append((time.perf_counter() - started) * 1000)
        intent = resolution.intent  # type: ignore[attr-defined]
        predicted = {
            name: values
            for name, values in resolution.slot_ids().items()  # type: ignore[attr-defined]
            if name in labelled
        }
        report.examples += 1
        intent_right = intent == example.intent
        report.intents_right += intent_right
        expected_pairs = Counter((name, value) for name, values in example.slots.items() for value in values)
        predicted_pairs = Counter((name, value) for name, values in predicted.items() for value in values)
        report.slot_true_positives += sum((expected_pairs & predicted_pairs).values())
        report.slots_predicted += sum(predicted_pairs.values())
        report.slots_expected += sum(expected_pairs.values())
        report.fallbacks_predicted += intent == FALLBACK
        report.fallbacks_expected += example.intent == FALLBACK
        report.fallbacks_right += intent == FALLBACK and example.intent == FALLBACK
        if not intent_right or expected_pairs != predicted_pairs:
            report.mistakes.append((example, intent, predicted))
    return report


def measure_latencies(resolver: Understands, examples: Sequence[Example], repeat: int) -> list[float]:
    """Milliseconds per utterance over `repeat` passes (after one warm-up pass), for steadier percentiles."""
    for example in examples:
        resolver.resolve(example.text, example.pending)
    latencies = []
    for _ in range(repeat):
        for example in examples:
            started = time.perf_counter()
            resolver.resolve(example.text, example.pending)
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


@dataclass(frozen=True)
class _ExactResolution:
    intent: str
    slots: dict[str, list[str]]
    confidence: float

    def slot_ids(self) -> dict[str, list[str]]:
        return self.slots


class ExactSampleMatcher:
    """The baseline: understands an utterance only if it is exactly a sample with known slot values filled in.

    Case and punctuation are ignored, nothing else is; durations are taken as any words the duration parser reads.
    Everything else goes to Fallback. (Matched word by word against each sample: one regular expression per
    sample with every synonym inlined took seconds to compile once the model grew.)
    """

    def __init__(self, model: InteractionModel) -> None:
        self._samples: list[tuple[str, list[str | tuple[str, dict[str, str] | None]]]] = []
        lookups: dict[str, dict[str, str]] = {}
        for slot_type in model.slot_types.values():
            lookups[slot_type.name] = {_plain(phrase): value.id for value in slot_type.values
                                       for phrase in (value.name, *value.synonyms)}
        self._longest = max((len(phrase.split()) for table in lookups.values() for phrase in table), default=1)
        for intent in model.intents.values():
            for sample in intent.samples:
                elements: list[str | tuple[str, dict[str, str] | None]] = []
                for word in sample.split():
                    slot_name = word[1:-1] if word.startswith("{") and word.endswith("}") else None
                    if slot_name is None:
                        elements.extend(_plain(word).split())
                        continue
                    declared = intent.slots.get(slot_name)
                    # None: a built-in type such as AMAZON.DURATION, read by the duration parser
                    elements.append((slot_name, lookups.get(declared.type) if declared else None))
                self._samples.append((intent.name, elements))

    def resolve(self, text: str, pending_question: str | None = None) -> _ExactResolution:
        words = _plain(text).split()
        for intent, elements in self._samples:
            slots = self._match(words, 0, elements, 0)
            if slots is not None:
                return _ExactResolution(intent, slots, 1.0)
        return _ExactResolution(FALLBACK, {}, 0.0)

    def _match(
        self, words: list[str], at: int, elements: list[str | tuple[str, dict[str, str] | None]], index: int
    ) -> dict[str, list[str]] | None:
        """The slots of the first way `elements[index:]` spells `words[at:]` exactly, or None."""
        if index == len(elements):
            return {} if at == len(words) else None
        element = elements[index]
        if isinstance(element, str):
            return self._match(words, at + 1, elements, index + 1) if at < len(words) and words[at] == element \
                else None
        name, lookup = element
        longest = self._longest if lookup is not None else len(words) - at
        for end in range(min(len(words), at + longest), at, -1):
            spoken = " ".join(words[at:end])
            value = lookup.get(spoken) if lookup is not None else parse_duration(spoken)
            if value is None:
                continue
            rest = self._match(words, end, elements, index + 1)
            if rest is not None:
                return {name: [value, *rest.get(name, [])], **{k: v for k, v in rest.items() if k != name}}
        return None


def _plain(text: str) -> str:
    """Lower case, punctuation removed (apostrophes kept), single spaces."""
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower().replace("’", "'")).split())


def format_report(name: str, report: Report) -> str:
    return (f"{name:<34}{report.examples:>5}{report.intent_accuracy:>9.1%}{report.slot_precision:>8.1%}"
            f"{report.slot_recall:>8.1%}{report.slot_f1:>8.1%}{report.fallback_precision:>9.1%}"
            f"{report.fallback_recall:>9.1%}{report.latency_percentile(.5) * 1000:>9.0f}"
            f"{report.latency_percentile(.99) * 1000:>9.0f}")


REPORT_HEADER = (f"{'resolver / split':<34}{'n':>5}{'intent':>9}{'slot P':>8}{'slot R':>8}{'slot F1':>8}"
                 f"{'fb prec':>9}{'fb rec':>9}{'p50 µs':>9}{'p99 µs':>9}")


def by_tag(examples: Sequence[Example]) -> dict[str, list[Example]]:
    grouped: dict[str, list[Example]] = {}
    for example in examples:
        for tag in example.tags:
            grouped.setdefault(tag, []).append(example)
    return grouped

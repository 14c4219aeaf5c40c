"""Intents scored by how much an utterance looks like each intent's samples.

Samples and utterances are compared as sequences of lemmas in which slot values have become placeholders of
their type ("my calves keep twitching" and "my {bodyPart} keeps twitching" are both `my <BODY_PART> keep twitch`).
Each is a bag of unigrams and bigrams (with the start and end of the utterance as words, so "no" differs from
"no idea"), weighted by TF-IDF with the intents as documents: a feature only one intent uses counts most, and a little
word on its own ("i", "the") counts half (pairs of them, "have to", "do with", count fully: they are phrasing).
An intent scores the cosine similarity of its nearest sample. Words no sample uses still count in the
utterance's length, so "play some music" stays far from everything.

Lookups go through an inverted index (feature → samples), so scoring touches only samples sharing a feature.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

START, END = "<s>", "</s>"
_LIGHT = 0.5
# How many scored utterances are remembered before the memory starts again (a turn holds a few: about 4).
_REMEMBERED = 512


def features(sequence: Sequence[str]) -> set[str]:
    """Unigrams and bigrams of `sequence`, the bigrams including the start and end markers."""
    found = set(sequence)
    padded = (START, *sequence, END)
    found.update(f"{first} {second}" for first, second in zip(padded, padded[1:], strict=False))
    return found


@dataclass(frozen=True, slots=True)
class Score:
    """An intent's score: the similarity of its nearest sample (index into the classifier's samples)."""

    intent: str
    similarity: float
    sample: int


class IntentClassifier:
    """Nearest-sample TF-IDF similarity, per intent."""

    def __init__(
        self,
        samples: Iterable[tuple[str, Sequence[str]]],
        light_words: Iterable[str] = (),
        unknown_weight: float | None = None,
    ) -> None:
        self.samples: list[tuple[str, tuple[str, ...]]] = [(intent, tuple(seq)) for intent, seq in samples]
        light = self._light = frozenset(light_words)
        self.intents = tuple(dict.fromkeys(intent for intent, _ in self.samples))
        intents_with: dict[str, set[str]] = {}
        for intent, sequence in self.samples:
            for feature in features(sequence):
                intents_with.setdefault(feature, set()).add(intent)
        count = len(self.intents)
        self.idf = {
            # Little words ("i", "the") count half alone: what a sample is about is in its other words and word pairs.
            feature: math.log(1 + count / len(owners)) * (_LIGHT if feature in light else 1.0)
            for feature, owners in intents_with.items()
        }
        # A word no sample has weighs like the rarest known word.
        self.unknown_weight = unknown_weight if unknown_weight is not None else math.log(1 + count)
        self.vocabulary = frozenset(word for _, sequence in self.samples for word in sequence)
        # Every sample holding a feature holds it with the same weight (its idf): a feature adds idf² to
        # the dot product of the query with each sample in its postings.
        # Postings per intent, so that scoring some intents touches only their samples.
        self._postings: dict[str, dict[str, list[int]]] = {intent: {} for intent in self.intents}
        self._inverse_norms: list[float] = []
        self._remembered: dict[tuple[tuple[str, ...], tuple[str, ...] | None], dict[str, Score]] = {}
        for index, (intent, sequence) in enumerate(self.samples):
            found = sorted(features(sequence))  # in one order, so that a sum is the same in every process
            norm = math.sqrt(sum(self.idf[feature] ** 2 for feature in found)) or 1.0
            self._inverse_norms.append(1.0 / norm)
            for feature in found:
                self._postings[intent].setdefault(feature, []).append(index)

    def score(self, sequence: Sequence[str], intents: Iterable[str] | None = None) -> dict[str, Score]:
        """Each intent (of `intents`, by default all) sharing a feature with `sequence`: its best sample and
        their similarity."""
        # One utterance's readings score the same words for the same intents several times over (about three
        # times each in the corpora): remembered, a turn costs less.
        key = (tuple(sequence), None if intents is None else tuple(intents))
        if (remembered := self._remembered.get(key)) is None:
            if len(self._remembered) >= _REMEMBERED:
                self._remembered.clear()
            remembered = self._remembered[key] = self._score(key[0], key[1])
        return dict(remembered)

    def _score(self, sequence: tuple[str, ...], intents: tuple[str, ...] | None) -> dict[str, Score]:
        idf = self.idf
        norm_squared = 0.0
        known: list[tuple[str, float]] = []
        unknown_words = {word for word in sequence if word not in self.vocabulary}
        # Summed in one order: a set's order changes with the hash seed, and with it the last bit of a sum, which
        # had decided between two readings scored alike ("both her arms have gone weak" kept or lost its "her").
        for feature in sorted(features(sequence)):
            weight = idf.get(feature)
            if weight is not None:
                if feature not in self._light:  # a lone little word adds next to nothing, to most samples
                    known.append((feature, weight * weight))
                norm_squared += weight * weight
            elif " " not in feature:  # an unknown word
                norm_squared += self.unknown_weight * self.unknown_weight
            elif unknown_words and unknown_words.intersection(feature.split()):
                # a pair with an unknown word: half as much (a pair of known words is only a new word order)
                norm_squared += (self.unknown_weight / 2) ** 2
        if not known:
            return {}
        inverse_query_norm = 1.0 / math.sqrt(norm_squared)
        inverse_norms = self._inverse_norms
        scores: dict[str, Score] = {}
        for intent in self.intents if intents is None else intents:
            postings = self._postings.get(intent)
            if not postings:
                continue
            dots: dict[int, float] = {}
            get = dots.get
            for feature, contribution in known:
                holders = postings.get(feature)
                if holders:
                    for index in holders:
                        dots[index] = get(index, 0.0) + contribution
            best_index, best = -1, 0.0
            for index, dot in dots.items():
                similarity = dot * inverse_norms[index]
                if similarity > best:
                    best_index, best = index, similarity
            if best_index >= 0:
                scores[intent] = Score(intent, best * inverse_query_norm, best_index)
        return scores

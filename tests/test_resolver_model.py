"""What the resolver needs from the interaction model, checked on the model itself.

The knowledge lives in the model (samples, synonyms); these checks keep it usable both by Alexa and by the
local resolver's lemmatised gazetteer and sample classifier.
"""

from __future__ import annotations

import re
from collections import Counter

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu.gazetteer import Gazetteer, phrase_key
from skill.local.nlu.text import normal_words, tokens
from tests.nlu_support import LazyResolver

MODEL = load_interaction_model()
RESOLVER = LazyResolver()


def test_no_sample_uses_a_slot_twice() -> None:
    # Alexa refuses to build a model where one sample references the same slot twice.
    repeated = [
        (intent.name, sample)
        for intent in MODEL.intents.values()
        for sample in intent.samples
        if any(count > 1 for count in Counter(re.findall(r"\{(\w+)\}", sample)).values())
    ]
    assert repeated == []


def test_lemmatised_synonyms_stay_unambiguous_within_a_type() -> None:
    clashes = []
    for slot_type in MODEL.slot_types.values():
        owner: dict[tuple[str, ...], str] = {}
        for value in slot_type.values:
            for phrase in (value.name, *value.synonyms):
                key = phrase_key(phrase)
                if owner.setdefault(key, value.id) != value.id:
                    clashes.append((slot_type.name, phrase, owner[key], value.id))
    assert clashes == []


def test_every_name_and_synonym_is_found_as_its_value() -> None:
    gazetteer = Gazetteer(MODEL)
    wrong = []
    for slot_type in MODEL.slot_types.values():
        for value in slot_type.values:
            for phrase in (value.name, *value.synonyms):
                matches = gazetteer.find(tokens(normal_words(phrase)))
                ids = [found.id for match in matches for found in match.values if found.slot_type == slot_type.name]
                if ids != [value.id]:
                    wrong.append((phrase, value.id, ids))
    assert wrong == []


def test_every_sample_is_nearest_to_its_own_intent() -> None:
    # Two intents with samples that read the same once lemmatised would make the classifier guess.
    classifier = RESOLVER._classifier
    owners: dict[tuple[str, ...], set[str]] = {}
    for intent, sequence in classifier.samples:
        owners.setdefault(sequence, set()).add(intent)
    assert [sequence for sequence, intents in owners.items() if len(intents) > 1] == []
    for intent, sequence in classifier.samples:
        scores = classifier.score(sequence)
        best = max(score.similarity for score in scores.values())
        assert scores[intent].similarity >= best - 1e-9, (intent, sequence)

"""How well each non-US locale's model is understood, on its held-out evaluation split (never used for tuning).

The sentences are in tests/data/nlu/locales/<locale>.jsonl, written in each locale's own words before its overlay
existed. Floors are the figures measured when the overlays were written, so a change that makes any locale
understood worse fails here; the failing sentences are not printed (the split is for measuring, not tuning).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu_evaluation import LOCALE_SPLITS, Report, evaluate, load_locale_examples
from skill.local.resolver import default_resolver

DATA = Path(__file__).parent / "data" / "nlu" / "locales"
LOCALES = ("en-GB", "en-CA", "en-AU", "en-IN")
# locale -> (intent accuracy, slot F1) on the evaluation split, as measured with the overlays (22 sentences each,
# so one sentence is 4.5 points).
FLOORS = {
    "en-GB": (0.86, 0.97),
    "en-CA": (0.81, 0.94),
    "en-AU": (0.77, 0.90),
    "en-IN": (0.90, 0.91),
}


@cache
def report(locale: str, split: str) -> Report:
    return evaluate(default_resolver(locale), load_locale_examples(DATA / f"{locale}.jsonl", split))


@pytest.mark.parametrize("locale", LOCALES)
def test_each_locale_has_enough_sentences_in_both_splits(locale: str) -> None:
    rows = [json.loads(line) for line in (DATA / f"{locale}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 40
    assert {row["split"] for row in rows} == set(LOCALE_SPLITS)
    for split in LOCALE_SPLITS:
        assert len(load_locale_examples(DATA / f"{locale}.jsonl", split)) >= 20
    assert len({row["text"] for row in rows}) == len(rows), "a sentence is listed twice"


@pytest.mark.parametrize("locale", LOCALES)
def test_labels_name_intents_and_value_ids_of_the_model(locale: str) -> None:
    model = load_interaction_model(locale=locale)
    for split in LOCALE_SPLITS:
        for example in load_locale_examples(DATA / f"{locale}.jsonl", split):
            intent = model.intent(example.intent)
            assert intent is not None, example.text
            for slot, values in example.slots.items():
                declared = intent.slots[slot]
                if declared.type.startswith("AMAZON."):
                    continue
                ids = {value.id for value in model.slot_types[declared.type].values}
                assert set(values) <= ids, (example.text, values)


@pytest.mark.parametrize("locale", LOCALES)
def test_no_labelled_sentence_is_a_sample_of_its_model(locale: str) -> None:
    # A sentence copied into the model as a sample measures nothing (the data README's rule, per locale).
    samples = {sample for intent in load_interaction_model(locale=locale).intents.values() for sample in intent.samples}
    for split in LOCALE_SPLITS:
        for example in load_locale_examples(DATA / f"{locale}.jsonl", split):
            assert " ".join(re.sub(r"[^\w\s']", " ", example.text.lower()).split()) not in samples, example.text


@pytest.mark.parametrize("locale", LOCALES)
def test_evaluation_meets_the_measured_floors(locale: str) -> None:
    measured = report(locale, "evaluation")
    intent_floor, slot_floor = FLOORS[locale]
    assert measured.intent_accuracy >= intent_floor, f"{locale}: intent {measured.intent_accuracy:.1%}"
    assert measured.slot_f1 >= slot_floor, f"{locale}: slot F1 {measured.slot_f1:.1%}"


@pytest.mark.parametrize("locale", LOCALES)
def test_the_locale_model_understands_its_words_better_than_the_us_model(locale: str) -> None:
    # On the tuning split only: that is where the overlays were shaped.
    examples = load_locale_examples(DATA / f"{locale}.jsonl", "tuning")
    assert report(locale, "tuning").intent_accuracy > evaluate(default_resolver("en-US"), examples).intent_accuracy

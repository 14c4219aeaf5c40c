"""The spoken-utterance corpus (tests/data/voice) and the WER scoring of `scripts/bench voice`: cheap checks only.

Nothing is synthesised here: the bench says the corpus aloud; these tests keep its labels honest (each equals the
resolver's answer for the typed text, so a miss in the bench is a recognition miss) and its arithmetic right.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.voice.voice_corpus import (
    CORE_COMMANDS,
    FALLBACK_INTENT,
    SPLITS,
    accepted,
    active_speech_power,
    load_corpus,
    mix_at_snr,
    normalise_words,
    number_words,
    snr_db,
    word_error_rate,
    word_errors,
)

CORPUS = load_corpus()
QUESTION_IDS = {
    "emergency_screen", "emergency_screen_sudden", "screen_breathing", "screen_chest", "screen_face_limbs",
    "screen_speech", "screen_collapse", "sudden_onset", "body_part", "weakness", "muscle_size", "sensation",
    "same_place", "onset", "medication", "other_symptoms", "triggers", "pregnant", "correction",
    "confirm_correction", "episode_length", "frequency",
}  # fmt: skip


def _words(text: str) -> list[str]:
    return text.split()


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(load_interaction_model())


def test_every_label_is_what_the_resolver_gives_for_the_typed_text(resolver):
    wrong = []
    for utterance in CORPUS:
        resolution = resolver.resolve(utterance.text, utterance.pending)
        if (resolution.intent, resolution.slot_ids()) != (utterance.intent, utterance.slots):
            wrong.append(f"{utterance.id} '{utterance.text}': {resolution.intent} {resolution.slot_ids()}")
    assert not wrong, "relabel (after checking by hand) or drop:\n" + "\n".join(wrong)


def test_ids_are_unique_and_fields_are_well_formed():
    ids = [utterance.id for utterance in CORPUS]
    assert len(ids) == len(set(ids))
    for utterance in CORPUS:
        assert utterance.split in SPLITS, utterance
        assert utterance.id.startswith({"tuning": "tune-", "evaluation": "eval-"}[utterance.split]), utterance
        assert utterance.pending is None or utterance.pending in QUESTION_IDS, utterance
        assert utterance.text.strip() and normalise_words(utterance.text), utterance


def test_enough_lines_in_each_split_and_about_a_third_held_out():
    counts = Counter((utterance.split, utterance.off_topic) for utterance in CORPUS)
    in_domain = counts["tuning", False] + counts["evaluation", False]
    off_topic = counts["tuning", True] + counts["evaluation", True]
    assert in_domain >= 150 and off_topic >= 20, counts
    assert all(counts[split, kind] > 0 for split in SPLITS for kind in (False, True)), counts
    assert 0.25 <= counts["evaluation", False] / in_domain <= 0.45, counts
    assert 0.25 <= counts["evaluation", True] / off_topic <= 0.45, counts


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_holds_the_commands_and_kinds_of_speech_that_matter(split):
    lines = [utterance for utterance in CORPUS if utterance.split == split]
    said = {" ".join(normalise_words(utterance.text)) for utterance in lines}
    assert {*CORE_COMMANDS, "nope", "cancel", "i dont know"} <= said
    intents = Counter(utterance.intent for utterance in lines)
    for intent in ("DurationIntent", "ReportTwitchIntent", "DescribeSymptomIntent", "WhyIntent",
                   "AskAboutAlsIntent", FALLBACK_INTENT):  # fmt: skip
        assert intents[intent] > 0, (split, intent)
    symptoms = {value for utterance in lines for value in utterance.slots.get("symptom", [])}
    assert {"difficulty_breathing", "facial_droop"} <= symptoms
    assert all(not utterance.slots for utterance in lines if utterance.off_topic)


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_holds_unsure_answers_and_noes_to_safety_questions(split):
    # An unsure answer misheard as a no to a safety question is the dangerous direction (skill.voice.safety_gate):
    # enough of both, said in different words in each split, to measure it.
    from skill.domain.triage import SAFETY_QUESTIONS

    lines = [utterance for utterance in CORPUS if utterance.split == split]
    unsure = [utterance for utterance in lines if utterance.intent == "DontKnowIntent"]
    noes = [utterance for utterance in lines if utterance.intent == "AMAZON.NoIntent"]
    assert len(unsure) >= 10 and sum(utterance.pending in SAFETY_QUESTIONS for utterance in unsure) >= 8
    assert len(noes) >= 5 and sum(utterance.pending in SAFETY_QUESTIONS for utterance in noes) >= 3
    other = {utterance.text.lower() for utterance in CORPUS if utterance.split != split} - {"i don't know"}
    assert not [utterance.text for utterance in unsure if utterance.text.lower() in other]  # but the core answer


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Is it ALS?", ["is", "it", "als"]),
        ("is it a l s", ["is", "it", "als"]),
        ("Could it be A.L.S.?", ["could", "it", "be", "als"]),
        ("I don't know.", ["i", "dont", "know"]),
        ("I’m not sure", ["im", "not", "sure"]),
        ("About 2 weeks.", ["about", "two", "weeks"]),
        ("Set an alarm for 6:30", ["set", "an", "alarm", "for", "six", "thirty"]),
        ("for 25 days", ["for", "twenty", "five", "days"]),
        ("pins-and-needles, OK", ["pins", "and", "needles", "okay"]),
        ("I a", ["i", "a"]),
    ],
)  # fmt: skip
def test_words_are_normalised_before_comparing(text, words):
    assert normalise_words(text) == words


def test_number_words():
    assert [number_words(n) for n in (0, 7, 13, 20, 42, 100, 130, 1000, 2025)] == [
        "zero", "seven", "thirteen", "twenty", "forty two", "one hundred", "one hundred thirty", "one thousand",
        "two thousand twenty five",
    ]  # fmt: skip


def test_word_errors_count_substitutions_deletions_and_insertions():
    assert word_errors([], []) == 0
    assert word_errors(_words("a b c"), _words("a b c")) == 0
    assert word_errors(_words("a b c"), _words("a x c")) == 1  # substitution
    assert word_errors(_words("a b c"), _words("a c")) == 1  # deletion
    assert word_errors(_words("a b c"), _words("a b c d")) == 1  # insertion
    assert word_errors(_words("a b"), []) == 2
    assert word_errors([], _words("a b")) == 2
    assert word_errors(_words("my calf keeps twitching"), _words("my cat keeps switching")) == 2


def test_word_error_rate_is_over_all_reference_words():
    assert word_error_rate([("I don't know", "I dont know.")]) == 0.0
    assert word_error_rate([("three days", "3 days ago")]) == 0.5
    assert word_error_rate([("yes", "no"), ("my calf keeps twitching", "my calf keeps twitching")]) == 0.2
    assert word_error_rate([("is it ALS", "is it a l s")]) == 0.0
    assert word_error_rate([("stop", "")]) == 1.0


def test_accepted_means_words_the_resolver_maps_to_something():
    assert accepted("yes", "AMAZON.YesIntent")
    assert not accepted("play some jazz", FALLBACK_INTENT)
    assert not accepted("", "AMAZON.YesIntent")


def test_noise_is_mixed_at_the_asked_snr_measured_on_the_speech_alone():
    tone = (np.sin(np.arange(16_000) / 5) * 8000).astype(np.int16)
    clip = np.concatenate([np.zeros(8000, np.int16), tone, np.zeros(16_000, np.int16)])
    noise = np.random.default_rng(1).normal(0.0, 1.0, clip.size + 100)
    mixed, gain = mix_at_snr(clip, noise, 15.0, speech_part=tone)
    assert mixed.dtype == np.int16 and mixed.size == clip.size
    assert snr_db(tone, gain * noise[: clip.size]) == pytest.approx(15.0, abs=0.01)
    # The silence around the speech does not change its level, so the noise is the same with or without it.
    assert active_speech_power(clip) == pytest.approx(active_speech_power(tone), rel=0.01)
    assert mix_at_snr(clip, noise, 15.0)[1] == pytest.approx(gain, rel=0.01)

"""The pieces under the resolver: canonical text, the stemmer, restarts, the gazetteer and the classifier.

Sentences here are our own, written for these tests; none comes from the labelled dev set.
"""

from __future__ import annotations

import pytest

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu import repair
from skill.local.nlu.classifier import IntentClassifier, features
from skill.local.nlu.gazetteer import DURATION_TYPE, Gazetteer, duration_candidates, phrase_key
from skill.local.nlu.text import expand, lemma, normal_words, normalize, tokens

MODEL = load_interaction_model()
GAZETTEER = Gazetteer(MODEL)


def _tokens(text: str) -> list:
    return repair.drop_fillers(repair.mark_edits(tokens(normal_words(text, drop_fillers=False))))


def _found(text: str) -> list[tuple[str, list[str]]]:
    sequence = _tokens(text)
    return [
        (" ".join(token.word for token in sequence[m.start : m.end]), sorted(v.id or v.iso for v in m.values))
        for m in GAZETTEER.find(sequence)
    ]


# -- canonical text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        ("Um, you know my calf is like twitching", "my calf is twitching"),
        ("I have been sleeping badly", "i've been sleeping badly"),  # long form → the sample's contraction
        ("it is not that bad", "it's not that bad"),
        ("kinda numb", "kind of numb"),
        ("Uh-huh", "mhm"),
        ("mm hmm", "mhm"),
        ("ok", "okay"),
        ("cant breathe", "can't breathe"),
        ("my eye lid", "my eyelid"),
        ("Hi there! To be honest it's my thumb.", "there , it's my thumb"),
        ("it's been 2,000 hours", "it's been 2000 hours"),
    ],
)
def test_normalize_makes_one_spelling(raw: str, canonical: str) -> None:
    assert normalize(raw) == canonical


def test_fillers_can_be_kept() -> None:
    assert normalize("um, no wait", drop_fillers=False) == "um , no wait"


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("don't", ("do", "not")),
        ("can't", ("can", "not")),
        ("won't", ("will", "not")),
        ("i'm", ("i", "am")),
        ("i've", ("i", "have")),
        ("we'd", ("we", "would")),
        ("it's", ("it", "is")),
        ("calf's", ("calf", "'s")),
        ("calf", ("calf",)),
    ],
)
def test_contractions_expand_for_fuzzy_matching(word: str, parts: tuple[str, ...]) -> None:
    assert expand(word) == parts


@pytest.mark.parametrize(
    "forms",
    [
        ("calf", "calves"),
        ("thigh", "thighs"),
        ("shoulder", "shoulders"),
        ("foot", "feet"),
        ("twitch", "twitches", "twitched", "twitching", "twitchy"),
        ("tingle", "tingling", "tingly"),
        ("ache", "aches", "aching", "achy"),
        ("breathe", "breathing", "breath"),
        ("droop", "drooping", "droopy", "droops"),
        ("weak", "weakness"),
        ("numb", "numbness"),
        ("swell", "swelling", "swollen", "swelled"),
        ("stress", "stressed"),
        ("run", "running"),
        ("slur", "slurred", "slurring"),
        ("is", "are", "was", "been", "being"),
        ("have", "has", "had", "having"),
    ],
)
def test_the_stemmer_gives_inflections_one_stem(forms: tuple[str, ...]) -> None:
    assert len({lemma(form) for form in forms}) == 1, {form: lemma(form) for form in forms}


@pytest.mark.parametrize(("word", "damaged"), [("this", "thi"), ("nothing", "noth"), ("thing", "th"), ("body", "bo")])
def test_the_stemmer_leaves_little_words_alone(word: str, damaged: str) -> None:
    assert lemma(word) != damaged


# -- restarts, repeats, cut-off words ----------------------------------------------------------------


def _repaired(text: str) -> str:
    sequence = repair.collapse_repeats(_tokens(text))
    for _ in range(3):
        fixed = repair.apply_repair(sequence, GAZETTEER.find(sequence))
        if fixed is None:
            break
        sequence = repair.collapse_repeats(repair.tidy(fixed))
    return " ".join(token.word for token in sequence)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("my eye, no wait, my calf", "my calf"),
        ("my thumb i mean my finger", "my finger"),
        ("it's in my wrist, sorry, in my elbow", "it is in my elbow"),
        ("tea, or rather coffee", "coffee"),
        ("a week, no sorry, two weeks", "two weeks"),
        ("not my knee, i meant my ankle", "my ankle"),
        ("wait, why is that", "why is that"),  # nothing to correct: only the editing term goes
        ("my my calf", "my calf"),
        ("my, my calf", "my calf"),
        ("it's it's my calf", "it is my calf"),
    ],
)
def test_restarts_and_repeats_keep_what_was_meant(said: str, meant: str) -> None:
    assert _repaired(said) == meant


def test_cut_off_words_are_dropped_when_unknown() -> None:
    sequence = tokens(normal_words("my ca- calf and a arm"))
    kept = repair.drop_fragments(sequence, known={"a", "arm", "my", "and", "calf"}.__contains__)
    assert [token.word for token in kept] == ["my", "calf", "and", "a", "arm"]


# -- the gazetteer -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("pain in the chest", [("pain in the chest", ["chest_pain"])]),  # longest match: one value
        ("my chest is hurting", [("chest is hurting", ["chest_pain"])]),
        ("under my left eye", [("under my left eye", ["eyelid"])]),
        ("my upper thigh", [("upper thigh", ["thigh"])]),
        ("both calves", [("both", ["both_sides"]), ("calves", ["calf"])]),  # both sides: two places
        ("my biceps", [("biceps", ["arm"])]),
        ("coffee and stress", [("coffee", ["caffeine"]), ("stress", ["stress"])]),
        ("it feels kind of numb", [("numb", ["sensation_change"])]),  # not "feels ... funny", another key
        ("i feel kind of weak", [("feel kind of weak", ["weakness"])]),
        ("a few times a week", [("few times a week", ["few_times_a_week"])]),  # not the duration "a week"
        ("for about three weeks now", [("about three weeks now", ["P3W"])]),
        ("since the day before yesterday", [("since the day before yesterday", ["P2D"])]),
    ],
)
def test_gazetteer_finds_values_anywhere(text: str, found: list[tuple[str, list[str]]]) -> None:
    assert _found(text) == found


def test_gazetteer_keys_leave_out_little_words_and_inflections() -> None:
    assert phrase_key("pain in my chest") == phrase_key("pains in the chest") == ("pain", "in", "chest")
    assert phrase_key("calves") == phrase_key("calf")


def test_modifiers_come_from_the_model() -> None:
    prefixes = {word for modifier in GAZETTEER.prefixes["BODY_PART"] for word in modifier}
    assert {"left", "right", "upper", "lower"} <= prefixes
    assert "both" not in prefixes  # "both my calves" is a value of its own: two places, not one
    assert "muscl" not in prefixes  # a sample's own word ("my {bodyPart} muscle ...") is no modifier


def test_a_value_said_as_a_samples_word_is_weak() -> None:
    literal = {"TRIGGER": {"i", "have", "be", "drink", "a", "lot", "of"}}
    gazetteer = Gazetteer(MODEL, literal)
    matches = gazetteer.find(tokens(normal_words("i've been drinking a lot of coffee")))
    assert [(m.weak, sorted(v.id for v in m.values)) for m in matches] == [(True, ["alcohol"]), (False, ["caffeine"])]


def test_durations_are_read_where_they_stand() -> None:
    sequence = tokens(normal_words("it started four days ago and lasts half an hour"))
    found = [(m.start, m.end, m.values[0].iso) for m in duration_candidates(sequence)]
    assert (2, 5, "P4D") in found  # "four days ago"
    assert (7, 10, "PT30M") in found  # "half an hour"
    assert all(m.values[0].slot_type == DURATION_TYPE for m in duration_candidates(sequence))


# -- the classifier ----------------------------------------------------------------------------------


def test_features_are_unigrams_and_bigrams_with_the_edges() -> None:
    assert features(("no", "idea")) == {"no", "idea", "<s> no", "no idea", "idea </s>"}


def test_classifier_finds_the_nearest_sample_and_unknown_words_lower_similarity() -> None:
    classifier = IntentClassifier(
        [("Yes", ("yes",)), ("No", ("no",)), ("No", ("no", "idea", "at", "all")), ("Know", ("no", "idea"))]
    )
    assert classifier.score(("no", "idea"))["Know"].similarity == pytest.approx(1.0)
    assert classifier.score(("no",))["No"].similarity == pytest.approx(1.0)
    with_noise = classifier.score(("no", "idea", "weather"))["Know"].similarity
    assert 0.0 < with_noise < 0.8
    assert classifier.score(("weather",)) == {}


def test_classifier_scores_only_the_intents_asked_for() -> None:
    classifier = IntentClassifier([("Yes", ("yes",)), ("No", ("no",))])
    assert set(classifier.score(("yes", "no"), ["No"])) == {"No"}


def test_classifier_remembers_a_score_without_sharing_it_or_mixing_intents() -> None:
    classifier = IntentClassifier([("Yes", ("yes",)), ("No", ("no",))])
    first = classifier.score(("yes", "no"))
    first.clear()  # a caller's changes stay its own
    assert set(classifier.score(("yes", "no"))) == {"Yes", "No"}
    assert set(classifier.score(["yes", "no"], ["Yes"])) == {"Yes"}  # asked for other intents: scored again
    for count in range(2000):
        classifier.score(("yes", str(count)))
    assert len(classifier._remembered) <= 512

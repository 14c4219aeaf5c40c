"""Emergency symptoms are never missed: said alone, mid-sentence, or while any question is pending.

The emergency symptom ids come from the skill's triage policy (`skill.domain.triage.EMERGENCY_SYMPTOMS`);
the sentences are our own (none comes from the labelled dev set).
"""

from __future__ import annotations

import pytest

from skill.domain.triage import EMERGENCY_SYMPTOMS
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import FALLBACK_INTENT, QUESTION_IDS, Resolver
from tests.nlu_support import LazyResolver

RESOLVER = LazyResolver()
CARRIERS = ("DescribeSymptomIntent", "ReportTwitchIntent")

EMERGENCIES = [
    ("I can't breathe", "difficulty_breathing"),
    ("I'm struggling to breathe", "difficulty_breathing"),
    ("it's hard to breathe", "difficulty_breathing"),
    ("i can't catch my breath", "difficulty_breathing"),
    ("my chest hurts", "chest_pain"),
    ("pain in my chest", "chest_pain"),
    ("there's a crushing pressure in my chest", "chest_pain"),
    ("my chest feels tight", "chest_pain"),
    ("my face is drooping on one side", "facial_droop"),
    ("one side of my face is drooping", "facial_droop"),
    ("I passed out", "fainting"),
    ("i blacked out for a bit", "fainting"),
    ("I had a fit", "seizure"),
    ("i think i had a seizure", "seizure"),
    ("I feel confused", "confusion"),
    ("i feel really disoriented", "confusion"),
]

MID_SENTENCE = [
    ("honestly my calf has been twitching and i can't breathe properly", "difficulty_breathing"),
    ("yeah so um i passed out yesterday at work", "fainting"),
    ("no but my chest hurts a lot", "chest_pain"),
    ("the twitching is bad and i feel confused", "confusion"),
    ("i don't know, my face is drooping on one side", "facial_droop"),
    ("three days, and i had a fit last night", "seizure"),
    ("coffee mostly, oh and my chest hurts", "chest_pain"),
    ("my eye twitches and i think i fainted earlier", "fainting"),
]


def test_the_emergency_ids_are_the_skills() -> None:
    said = {symptom for _, symptom in EMERGENCIES + MID_SENTENCE}
    assert said == set(EMERGENCY_SYMPTOMS)


ALL_EMERGENCIES = EMERGENCIES + MID_SENTENCE


@pytest.mark.parametrize("pending", [None, *QUESTION_IDS])
@pytest.mark.parametrize(("text", "symptom"), ALL_EMERGENCIES, ids=[text for text, _ in ALL_EMERGENCIES])
def test_an_emergency_symptom_always_reaches_the_skill(text: str, symptom: str, pending: str | None) -> None:
    resolution = RESOLVER.resolve(text, pending)
    assert resolution.intent in CARRIERS, resolution.sample
    assert symptom in resolution.slot_ids().get("symptom", []), resolution.slot_ids()
    assert resolution.confidence >= 0.5


def test_pain_in_the_chest_is_chest_pain_not_pain_and_a_chest() -> None:
    for text in ("pain in my chest", "i have pain in my chest", "there's pain in the chest"):
        resolution = RESOLVER.resolve(text)
        assert resolution.slot_ids().get("symptom") == ["chest_pain"], text
        assert "bodyPart" not in resolution.slot_ids(), text


@pytest.mark.parametrize(
    "text",
    [
        "no trouble breathing",
        "i haven't had any chest pain",
        "no, i've never passed out",
        "no seizures",
        "nope, no chest pain or anything",
    ],
)
def test_a_denied_emergency_symptom_is_denied_never_said(text: str) -> None:
    """Said under a negation, an emergency sign is denied (the skill records nothing for it, and a denial of one
    sign does not answer the whole screen); it never reaches the skill as a symptom."""
    resolution = RESOLVER.resolve(text, "emergency_screen")
    ids = resolution.slot_ids()
    assert "symptom" not in ids, ids
    assert resolution.intent == "AMAZON.NoIntent" or ids.get("deniedSymptom"), resolution


def test_doubt_never_hides_an_emergency_symptom() -> None:
    # "i don't think" negates what follows for ordinary symptoms ("... it's gotten smaller"), never for an
    # emergency one, and never past a "but".
    doubted = RESOLVER.resolve("i don't think i had a seizure", "other_symptoms")
    assert "seizure" in doubted.slot_ids().get("symptom", [])
    contrast = RESOLVER.resolve("i don't think it's serious but my arm feels weak", "weakness")
    assert contrast.slot_ids().get("symptom") == ["weakness"]


def test_an_emergency_symptom_is_added_to_a_sample_that_split_it() -> None:
    # "my {bodyPart} feels {symptom}" would read "my chest feels tight" as chest + tight.
    resolution = RESOLVER.resolve("my chest feels tight", "other_symptoms")
    assert resolution.intent == "DescribeSymptomIntent"
    assert "chest_pain" in resolution.slot_ids()["symptom"]


def test_urgent_values_can_be_configured() -> None:
    plain = Resolver(load_interaction_model(), urgent_values=())
    assert plain.resolve("i feel confused but i'm buying a car", None).intent in (FALLBACK_INTENT, *CARRIERS)
    strict = Resolver(load_interaction_model(), urgent_values=[("SYMPTOM", "headache")])
    resolution = strict.resolve("play some music, my head hurts")
    assert resolution.intent in CARRIERS
    assert resolution.slot_ids()["symptom"] == ["headache"]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("since i woke up my left leg's been useless and the eyelid keeps going", "weakness"),
        ("out of nowhere she started slurring her words", "difficulty_speaking"),
        ("my hand's been numb since this morning", "sensation_change"),
    ],
)
def test_how_a_sign_came_on_travels_with_it(text: str, sign: str) -> None:
    # With a sign that is an emergency when sudden, "since i woke up" decides the level: it is never dropped.
    slots = RESOLVER.resolve(text, "emergency_screen").slot_ids()
    assert sign in slots["symptom"]
    assert slots.get("pace") == ["sudden"] or any(iso.startswith("PT") for iso in slots.get("duration", []))


def test_a_pace_without_a_sign_is_not_forced_in() -> None:
    slots = RESOLVER.resolve("it started out of nowhere and it's my calf", "onset").slot_ids()
    assert "symptom" not in slots


@pytest.mark.parametrize(
    ("text", "drooping"),
    [
        ("one side of my face keeps twitching", False),  # where the twitch is: hemifacial twitching is not a droop
        ("half my face has been jumping all week", False),
        ("one side of her face has dropped", True),
        ("one side of his mouth won't close properly", True),
    ],
)
def test_one_side_of_the_face_is_a_place_until_it_droops(text: str, drooping: bool) -> None:
    assert ("facial_droop" in RESOLVER.resolve(text, None).slot_ids().get("symptom", [])) is drooping


def test_not_being_with_us_is_confusion() -> None:
    resolution = RESOLVER.resolve("she wasn't with us for a good minute", "emergency_screen")
    assert "confusion" in resolution.slot_ids()["symptom"]


COMMANDS = [("stop", "AMAZON.StopIntent"), ("cancel", "AMAZON.CancelIntent"), ("help", "AMAZON.HelpIntent"),
            ("repeat", "AMAZON.RepeatIntent"), ("say that again", "AMAZON.RepeatIntent")]  # fmt: skip


@pytest.mark.parametrize("pending", [None, *QUESTION_IDS])
def test_the_commands_are_heard_whatever_is_being_asked(pending: str | None) -> None:
    # A person who cannot reach a screen must always be able to stop, get help or hear the question again.
    heard = {text: RESOLVER.resolve(text, pending).intent for text, _ in COMMANDS}
    assert heard == dict(COMMANDS)

"""Emergency symptoms are never missed: said alone, mid-sentence, or while any question is pending.

The emergency symptom ids come from the skill's triage policy (`skill.domain.triage.EMERGENCY_SYMPTOMS`);
the sentences are our own (none comes from the labelled dev set).
"""

from __future__ import annotations

import pytest

from skill.domain.triage import EMERGENCY_SYMPTOMS, STIMULANT_REACTION_SYMPTOMS, SUDDEN_SIGNS
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


# Real emergencies said in the forms this project's own rules about whose sign it is, things, places, times, similes,
# tags and idioms could mistake: written at stop 19 to break those rules, kept so that no later rule does.
_TRICKY_EMERGENCIES = [
    ("my sister says my face has gone lopsided since lunch", "emergency_screen"),
    ("my husband told me my speech was slurred this morning", "emergency_screen"),
    ("the nurse said my lips were blue", "emergency_screen"),
    ("i saw my dad collapse in the kitchen", "emergency_screen"),
    ("i watched my son have a fit on the floor", "emergency_screen"),
    ("the dog started barking because i fainted", "emergency_screen"),
    ("my cat woke me up after i passed out", "emergency_screen"),
    ("the only thing is my arm went numb an hour ago", "emergency_screen"),
    ("the house was empty when i collapsed", "emergency_screen"),
    ("on the bus my words came out wrong", "emergency_screen"),
    ("at the office my left side went weak", "emergency_screen"),
    ("the phone fell out of my hand because my grip went", "emergency_screen"),
    ("my car broke down and then i had chest pains", "emergency_screen"),
    ("the film was on when she had a seizure", "emergency_screen"),
    ("we were watching telly and he keeled over", "emergency_screen"),
    ("i'm a nurse and this morning i fainted at work", "emergency_screen"),
    ("my mum who's been dead five years, i saw her, i'm confused", "emergency_screen"),
    ("no, but my mum had a stroke years ago, and today my face feels droopy", "emergency_screen"),
    ("nothing like that except my arm went dead twenty minutes ago", "emergency_screen"),
    ("my brother reckons i'm talking gibberish", "emergency_screen"),
    ("the teacher called, my son collapsed in class", "emergency_screen"),
    ("my patient, no sorry, my husband had a fit", "emergency_screen"),
    ("like an elephant on my chest", "emergency_screen"),
    ("feels like a brick on my chest since the red bull", "emergency_screen"),
    ("i had three coffees and now my heart is racing and i threw up", "emergency_screen"),
    ("my daughter is drooling out one side of her mouth since breakfast", "emergency_screen"),
    ("only this morning i couldn't swallow my tea", "emergency_screen"),
    ("the team doctor said i had a seizure", "emergency_screen"),
    ("the paramedic said i blacked out", "emergency_screen"),
    ("my market stall was busy and i collapsed behind it", "emergency_screen"),
    ("the tv was on and i couldn't get my breath", "emergency_screen"),
    ("our dog is fine but i keep choking on water", "emergency_screen"),
    ("me nan's been dead ten years and i keep forgetting where i am", "emergency_screen"),
    ("my grandad, he's 90, went grey and collapsed", "emergency_screen"),
    ("the pub was loud and my mate had a fit", "emergency_screen"),
    ("the printer broke and then my arm went floppy", "emergency_screen"),
    ("my baby is two months old and i fainted this morning", "emergency_screen"),
    ("my wife died a year ago and since then, well today, my arm went numb", "emergency_screen"),
    ("dad's been gone three years, and mum had a fit an hour ago", "emergency_screen"),
    ("the only thing, i can't breathe properly", "emergency_screen"),
    ("only thing that happened was i blacked out", "emergency_screen"),
    ("the only time it happened was when i collapsed today", "emergency_screen"),
    ("no na, i fainted", "emergency_screen"),
    ("yes na", "emergency_screen"),
    ("the bank called and i had chest pain right after", "emergency_screen"),
    ("at the bank my chest went tight", "emergency_screen"),
    ("i take my water tablets and today my face dropped", "medication"),
    ("the same tablets for years, but my speech went funny this afternoon", "medication"),
    ("four hours sleep and then i had a seizure", "triggers"),
    ("my voice is worn out and my words are slurred since lunch", "emergency_screen"),
    ("i'm choked up, i can't swallow anything since this morning", "emergency_screen"),
    ("dead tired and my left arm has gone weak since breakfast", "emergency_screen"),
    ("i was passing out from the pain this morning", "emergency_screen"),
    ("it had me confused, i didn't know where i was", "emergency_screen"),
    ("my pension's fine but my left leg collapsed under me today", "emergency_screen"),
    ("the engine's fine, it's me, i collapsed", "emergency_screen"),
    ("my husband's had a funny turn, he's not making sense", "emergency_screen"),
    ("she slid off her chair and won't wake up", "emergency_screen"),
    ("he's not with it, keeps asking what day it is", "emergency_screen"),
    ("every spoonful of yoghurt makes her choke", "emergency_screen"),
    ("my smile's gone wonky on the right", "emergency_screen"),
    ("i'm fitting again, like last year", "emergency_screen"),
    ("he had a fit last week and another today", "emergency_screen"),
    ("i got a double espresso and now my heart won't slow down and i'm being sick", "emergency_screen"),
    ("week or two, and then today my hand went dead", "onset"),
    ("so about three days ago it started, and just now my words went strange", "onset"),
    # A pause after an answer ends the answer: the "no" does not deny what follows it.
    ("no, no... sorry, my words keep coming out in a jumble", "pregnant"),
    ("his words are coming out like he's had a skinful and he hasn't touched a drop", "emergency_screen"),
    ("she keeps saying spoon when she means cup", "other_symptoms"),
    ("talking... hard... since lunch", "emergency_screen"),
    ("only half of his face moves when he smiles", "emergency_screen"),
    ("one side of her face isn't moving at all", "emergency_screen"),
    ("the left half of his face has gone flat", "emergency_screen"),
    ("my left side feels like pins all over", "onset"),
    ("this morning my right side went heavy", "onset"),
    ("my arm feels like it isn't my own", "emergency_screen"),
    # A topic ("i know about fits") does not hide a sign told after it.
    ("i know all about fits, i had one this morning", "emergency_screen"),
    ("no, the only one who had a fit was me", "emergency_screen"),
    ("my mind went blank in the middle of the shop", "emergency_screen"),
    ("she keeps going blank on us", "emergency_screen"),
    ("grandad's not right in the head today, he keeps asking for his mam", "emergency_screen"),
    # Said as a statement, not "what does weakness mean?" (which explained and asked again, in a loop).
    ("no... well, my arm went dead about an hour ago, thought i'd slept on it funny", "emergency_screen"),
    ("her hand wouldn't do what she told it this morning", "emergency_screen"),
    ("no, i'm choking, not joking", "emergency_screen"),
    ("no, it's not a figure of speech, i really did pass out", "emergency_screen"),
    # "It" after a part of the body is that part; a "not" inside a longer sign is part of it.
    ("my face, it's not right, it's gone crooked", "emergency_screen"),
    ("his arm is not working, it's dead", "emergency_screen"),
    ("the soup is not going down, it sticks in her throat", "other_symptoms"),
    ("i fell over in the kitchen and i don't remember falling", "emergency_screen"),
    ("my son found me on the floor this morning", "emergency_screen"),
    ("her tongue's gone all tied and she's had nothing to drink", "emergency_screen"),
    # Found by a review written to break this stop's rules: each was heard before them, and lost by them.
    ("i'm really worried about this chest pain", "emergency_screen"),
    ("i'm worried about seizures, he's had two in the last hour", "screen_collapse"),
    ("i know about fits, my son has them, but this one won't stop", "emergency_screen"),
    ("his face has never looked this lopsided", "emergency_screen_sudden"),
    ("her face can't stop sagging on the left", "emergency_screen_sudden"),
    ("no, he really collapsed, i don't mean it as a figure of speech", "screen_collapse"),
    ("running for the bus gave him a heart attack i think", "emergency_screen"),
    ("he had a fit one minute ago", "emergency_screen"),
    ("my left side went dead after the gym, just suddenly, out of nowhere", "emergency_screen_sudden"),
    ("my wife nearly collapsed when she was paying the rent, she's grey and sweating", "emergency_screen"),
    ("why do you need to know, she's on the floor and won't wake", "emergency_screen"),
    ("yes, earlier, just not right now", "emergency_screen"),
    ("mum's suddenly getting tongue tied, it started half an hour ago", "emergency_screen_sudden"),
    ("why do you need to know, he's not breathing", "emergency_screen"),
    ("only one half of her face is moving", "emergency_screen_sudden"),
    # Lookalikes that said more than they were written to: "bit blue" (sad) took blue lips, "like to had a heart
    # attack" lost its "like" and took any "to have a heart attack", "fit and well" lost its "well".
    ("is it bad if my lips went a bit blue earlier on the stairs?", "emergency_screen"),
    ("his lips look a little blue", "emergency_screen"),
    ("i feel like i'm about to have a heart attack", "emergency_screen"),
    ("i had a fit and fell over", "emergency_screen"),
    ("she had a fit about an hour ago", "emergency_screen"),
    ("i was watching the telly and everything went black", "emergency_screen"),
    # A belief told now is the sign; only one told as past ("i thought i was having...") was mistaken. The lemmas
    # are the same ("think", "be", "have"), so the lookalike had taken the sign from the longer sentence.
    ("my eye keeps twitching and i think i'm having a heart attack", "emergency_screen"),
    ("my arm's jerking and i think i'm having a seizure", "emergency_screen"),
    # The "one" is the sign just named in an idiom, now one's own.
    ("the kids nearly gave me a heart attack, i think i'm actually having one", "emergency_screen"),
    ("i nearly had a stroke at the bill, no really, i think i'm having one", "emergency_screen"),
]


@pytest.mark.parametrize(("text", "pending"), _TRICKY_EMERGENCIES)
def test_a_real_emergency_in_a_tricky_form_is_still_heard(text: str, pending: str) -> None:
    resolution = RESOLVER.resolve(text, pending)
    signs = set(resolution.slot_ids().get("symptom", []))
    urgent = EMERGENCY_SYMPTOMS | SUDDEN_SIGNS | STIMULANT_REACTION_SYMPTOMS
    assert signs & urgent or resolution.intent == "AMAZON.YesIntent", resolution

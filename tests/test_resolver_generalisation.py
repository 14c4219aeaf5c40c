"""Generalisation: sentences the resolver has never seen, in the ways people say them.

Every sentence here was written for this file, by category of weak spot found on held-out data (never from the
held-out data itself): built-in intents said indirectly, colloquial yes/no, chat abbreviations, out-of-domain
requests with a domain word, twitches described without "twitch", frequencies in other words, questions about
the questions, medicines by name. A few hard negatives sit in each group. Each case fails on its own.
"""

from __future__ import annotations

import pytest

from skill.local.resolver import FALLBACK_INTENT
from tests.nlu_support import LazyResolver

RESOLVER = LazyResolver()

FALLBACK = FALLBACK_INTENT
YES, NO, DONT_KNOW = "AMAZON.YesIntent", "AMAZON.NoIntent", "DontKnowIntent"
HOME, REPEAT, START_OVER = "AMAZON.NavigateHomeIntent", "AMAZON.RepeatIntent", "AMAZON.StartOverIntent"
CANCEL, STOP, HELP = "AMAZON.CancelIntent", "AMAZON.StopIntent", "AMAZON.HelpIntent"
REPORT, SYMPTOM, TRIGGER = "ReportTwitchIntent", "DescribeSymptomIntent", "DescribeTriggerIntent"
FREQUENCY, WHY = "FrequencyIntent", "WhyIntent"
PREGNANCY, EXPLAIN, CORRECTION = "PregnancyIntent", "ExplainIntent", "CorrectionIntent"

Slots = dict[str, list[str]]
Case = tuple[str, str | None, str, Slots] | object  # or a pytest.param


def _check(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    resolution = RESOLVER.resolve(text, pending)
    assert (resolution.intent, resolution.slot_ids()) == (intent, slots), (resolution.sample, resolution.confidence)
    if intent == FALLBACK:
        assert resolution.confidence < 0.5
    else:
        assert 0.5 <= resolution.confidence <= 1.0


def _cases(*cases: Case) -> pytest.MarkDecorator:
    texts = [case.values[0] if hasattr(case, "values") else case[0] for case in cases]  # pytest.param too
    return pytest.mark.parametrize(("text", "pending", "intent", "slots"), cases, ids=texts)


@_cases(
    ("take me home", None, HOME, {}),
    ("go back to the main menu", None, HOME, {}),
    ("home screen please", None, HOME, {}),
    ("can you go home", "onset", HOME, {}),
    pytest.param("return to the home page", None, HOME, {}, marks=pytest.mark.xfail(
        strict=True, reason="borderline (evidence 0.51 before issue 8, 0.35 after: five more intents shift the IDF)")),
    ("exit to the main screen", None, HOME, {}),
    ("could you say that once more but slower", "onset", REPEAT, {}),
    ("can you go over that one more time", "weakness", REPEAT, {}),
    ("sorry, could you repeat the question please", "frequency", REPEAT, {}),
    ("what was that again", "onset", REPEAT, {}),
    ("say it slower please", "onset", REPEAT, {}),
    ("let's begin again from scratch", None, START_OVER, {}),
    ("can we start fresh", "onset", START_OVER, {}),
    ("reset everything please", None, START_OVER, {}),
    ("i want to start all over again", None, START_OVER, {}),
    ("scrap that", "triggers", CANCEL, {}),
    ("nah, forget about it", None, CANCEL, {}),
    ("never mind that, cancel", None, CANCEL, {}),
    ("please stop now", None, STOP, {}),
    ("could you stop please", "onset", STOP, {}),
    ("i'm done for today, thanks", None, STOP, {}),
    ("can you help me please", "onset", HELP, {}),
    ("i don't know what i'm supposed to do here", None, HELP, {}),
    ("how do i work this thing", None, HELP, {}),
    ("can you take me back to the main menu please", "frequency", HOME, {}),
    ("i'd like to go home", None, HOME, {}),
    ("could you read that again a bit slower", "onset", REPEAT, {}),
    ("sorry i didn't quite catch that", "weakness", REPEAT, {}),
    ("let's just start fresh", None, START_OVER, {}),
    ("can we reset and begin again", "triggers", START_OVER, {}),
    ("no, cancel that please", None, CANCEL, {}),
    ("forget it, never mind", "onset", CANCEL, {}),
    ("alright, stop please", None, STOP, {}),
    ("i'm finished, goodbye", "frequency", STOP, {}),
    ("what am i supposed to say here", "onset", HELP, {}),
    ("i need a bit of help", None, HELP, {}),
)  # fmt: skip
def test_builtin_intents_said_indirectly(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """Built-in intents said indirectly or politely: home, repeat, start over, cancel, stop, help."""
    _check(text, pending, intent, slots)


@_cases(
    ("you bet", "weakness", YES, {}),
    ("sure am", "pregnant", YES, {}),
    ("yup yup", "same_place", YES, {}),
    ("uh huh, it is", "sensation", YES, {}),
    ("afraid so", "muscle_size", YES, {}),
    ("guess so", "same_place", YES, {}),
    ("i'd say yes", "weakness", YES, {}),
    ("yes i'm pregnant", "pregnant", PREGNANCY, {"answer": ["yes"], "pregnancy": ["pregnant"]}),
    ("yeah, some weakness", "weakness", YES, {}),
    ("yes, a bit of numbness", "sensation", YES, {}),
    ("nah not really", "same_place", NO, {}),
    ("i don't believe so", "weakness", NO, {}),
    ("definitely not", "emergency_screen", NO, {}),
    ("no, no weakness at all", "weakness", SYMPTOM, {"deniedSymptom": ["weakness"]}),  # "no, no" is said once
    ("not that i'm aware of", "sensation", NO, {}),
    ("nope, it moves around", "same_place", SYMPTOM, {"answer": ["no"], "symptom": ["spreading"]}),
    ("i doubt it", "pregnant", NO, {}),
    ("yes definitely the same spot", "same_place", YES, {}),
    ("no i'm not pregnant", "pregnant", PREGNANCY, {"answer": ["no"], "pregnancy": ["not_pregnant"]}),
    ("i don't reckon so", "weakness", NO, {}),
    ("i wouldn't think so", "muscle_size", NO, {}),
    ("nah, don't think so", "sensation", NO, {}),
    ("not that i've seen", "muscle_size", NO, {}),
    ("yep, that's right", "same_place", YES, {}),
    ("yes, i'm afraid so", "weakness", YES, {}),
    ("i guess so yeah", "pregnant", YES, {}),
    ("oh yes definitely", "same_place", YES, {}),
    ("sure is", "same_place", YES, {}),
    ("mhm, a little weakness", "weakness", YES, {}),
    ("no, no numbness", "sensation", SYMPTOM, {"answer": ["no"], "deniedSymptom": ["sensation_change"]}),
    ("nope, not pregnant", "pregnant", PREGNANCY, {"answer": ["no"], "pregnancy": ["not_pregnant"]}),
    # "numbness in my hand" is one value: where a symptom is felt is not another twitching place.
    ("yes, weakness and numbness in my hand", "weakness", SYMPTOM,
     {"answer": ["yes"], "symptom": ["weakness", "sensation_change"]}),
)  # fmt: skip
def test_colloquial_yes_and_no(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """Colloquial yes and no, with the right polarity; a yes that restates what was asked is a yes,
    a yes that adds something (a body part, another symptom) says it."""
    _check(text, pending, intent, slots)


@_cases(
    ("idk", "onset", DONT_KNOW, {}),
    ("idk tbh", "frequency", DONT_KNOW, {}),
    ("nvm", None, CANCEL, {}),
    ("ty bye", None, STOP, {}),
    ("ya", "weakness", YES, {}),
    ("yea sure", "same_place", YES, {}),
    ("nope", "pregnant", NO, {}),
    ("repeat pls", "onset", REPEAT, {}),
    ("help pls", None, HELP, {}),
    ("dunno tbh", "onset", DONT_KNOW, {}),
    ("idk maybe", "frequency", DONT_KNOW, {}),
    ("nvm, cancel", None, CANCEL, {}),
    ("ok ty bye", None, STOP, {}),
    ("ya, same spot", "same_place", REPORT, {"answer": ["yes"], "placePattern": ["same_place"]}),
    ("can u repeat that pls", "onset", REPEAT, {}),
    ("nope nvm", "onset", CANCEL, {}),
)  # fmt: skip
def test_chat_abbreviations(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """What people type in the text chat."""
    _check(text, pending, intent, slots)


@_cases(
    ("what time is it", None, FALLBACK, {}),
    ("what's the time", "onset", FALLBACK, {}),
    ("set an alarm for seven", None, FALLBACK, {}),
    ("remind me to take my pills at nine", None, FALLBACK, {}),
    ("my dog's leg keeps twitching", None, FALLBACK, {}),
    ("my cat twitches in her sleep", None, FALLBACK, {}),
    ("i have a toothache, what should i take", None, FALLBACK, {}),
    ("open twitch and play my stream", None, FALLBACK, {}),
    ("who is streaming on twitch right now", None, FALLBACK, {}),
    ("hold on, alexa what time is it", "onset", FALLBACK, {}),
    ("what's the weather like tomorrow", None, FALLBACK, {}),
    ("play some music", "frequency", FALLBACK, {}),
    ("set an alarm for six thirty", None, FALLBACK, {}),
    ("remind me to call my mum tomorrow", "onset", FALLBACK, {}),
    ("what time does the pharmacy close", None, FALLBACK, {}),
    ("my dog keeps twitching in his sleep", "body_part", FALLBACK, {}),
    ("what's a good remedy for a cold", None, FALLBACK, {}),
    ("i have a rash, what cream should i use", None, FALLBACK, {}),
    ("is my favourite streamer live on twitch", None, FALLBACK, {}),
    ("follow this channel on twitch", None, FALLBACK, {}),
    ("wait, alexa, set a timer", "onset", FALLBACK, {}),
)  # fmt: skip
def test_out_of_domain_despite_a_domain_word(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """Out of domain although a domain word or a question form is there: time, alarms, reminders,
    a pet's twitch, other health questions, the streaming site, an interruption."""
    _check(text, pending, intent, slots)


@_cases(
    ("my baby's eyelid twitches when she sleeps", None, REPORT, {"person": ["child"], "bodyPart": ["eyelid"]}),
    ("my husband has twitches in his calf", None, REPORT, {"person": ["husband"], "bodyPart": ["calf"]}),
    ("my daughter's eye keeps twitching", None, REPORT, {"person": ["daughter"], "bodyPart": ["eyelid"]}),
    ("my boyfriend has a twitchy eyelid", None, REPORT, {"person": ["boyfriend"], "bodyPart": ["eyelid"]}),
    ("it's my nan's hand that keeps jumping", None, REPORT, {"person": ["grandmother"], "bodyPart": ["hand"]}),
    ("my lad keeps tripping over", None, SYMPTOM, {"person": ["son"], "symptom": ["weakness"]}),
    ("no she hasn't", "weakness", NO, {}),
    ("yes he has", "weakness", YES, {}),
)  # fmt: skip
def test_other_peoples_twitches_are_a_normal_conversation(text: str, pending: str | None, intent: str,
                                                          slots: Slots) -> None:
    """Asking for a parent, a partner or a child names them; answers about them are answers."""
    _check(text, pending, intent, slots)


@_cases(
    ("my eyelid keeps flickering", None, REPORT, {"bodyPart": ["eyelid"]}),
    ("there's a fluttering in my eyelid", None, REPORT, {'bodyPart': ['eyelid']}),
    ("my calf muscle moves by itself", None, REPORT, {"bodyPart": ["calf"]}),
    ("something is jumping under the skin of my thigh", None, REPORT, {"bodyPart": ["thigh"]}),
    ("i keep getting spasms in my stomach muscles", None, REPORT, {"bodyPart": ["abdomen"]}),
    ("little ticks in my upper arm", None, REPORT, {"bodyPart": ["arm"]}),
    ("my lower leg is quivering", None, REPORT, {"bodyPart": ["leg"]}),
    ("i can feel a pulse in my thigh muscle", None, REPORT, {"bodyPart": ["thigh"]}),
    ("the back of my thigh does small movements on its own", None, REPORT, {"bodyPart": ["thigh"]}),
    ("it's like a little flutter in my cheek", None, REPORT, {'bodyPart': ['face']}),
    ("my thumb keeps jerking", None, REPORT, {"bodyPart": ["thumb"]}),
    ("rippling in my calves", None, REPORT, {"bodyPart": ["calf"]}),
    ("back of my thigh", "body_part", REPORT, {"bodyPart": ["thigh"]}),
    ("my lower leg", "body_part", REPORT, {"bodyPart": ["leg"]}),
    ("my upper arm is flickering", None, REPORT, {"bodyPart": ["arm"]}),
    ("fluttering under my left eye", None, REPORT, {"bodyPart": ["eyelid"]}),
    ("my stomach muscles keep jumping", None, REPORT, {"bodyPart": ["abdomen"]}),
    # With no symptom named, the skill takes the place as where it twitches (skill.alexa.slots).
    ("there are these tiny ripples in my calf", None, SYMPTOM, {"bodyPart": ["calf"]}),
    ("i get little spasms in my foot", None, REPORT, {"bodyPart": ["foot"]}),
    ("i've got a tick in my eyelid", None, REPORT, {'bodyPart': ['eyelid']}),
    ("quivering in my lower leg", None, REPORT, {"bodyPart": ["leg"]}),
    ("the back of my thigh keeps jumping", None, REPORT, {"bodyPart": ["thigh"]}),
    ("it's my stomach muscles", "body_part", REPORT, {'bodyPart': ['abdomen']}),
    ("like a pulse in my arm muscle", None, REPORT, {"bodyPart": ["arm"]}),
)  # fmt: skip
def test_twitches_described_without_the_word_twitch(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """A twitch described without the word "twitch", and body parts said in other words."""
    _check(text, pending, intent, slots)


@_cases(
    ("every few hours", "frequency", FREQUENCY, {"frequency": ["several_times_a_day"]}),
    ("a handful of times an hour", "frequency", FREQUENCY, {"frequency": ["several_times_an_hour"]}),
    ("maybe a handful of times a day", "frequency", FREQUENCY, {"frequency": ["several_times_a_day"]}),
    ("it comes and goes", "frequency", FREQUENCY, {"frequency": ["occasionally"]}),
    ("on and off really", "frequency", FREQUENCY, {"frequency": ["occasionally"]}),
    ("pretty much nonstop", "frequency", FREQUENCY, {"frequency": ["constant"]}),
    ("every couple of days or so", "frequency", FREQUENCY, {"frequency": ["few_times_a_week"]}),
    ("it hardly ever stops", "frequency", FREQUENCY, {"frequency": ["constant"]}),
    ("a handful of times a week", "frequency", FREQUENCY, {"frequency": ["few_times_a_week"]}),
    ("several times every hour", "frequency", FREQUENCY, {"frequency": ["several_times_an_hour"]}),
    ("once every few weeks", "frequency", FREQUENCY, {"frequency": ["occasionally"]}),
    ("a handful of times a day", "frequency", FREQUENCY, {"frequency": ["several_times_a_day"]}),
    ("maybe every few hours or so", "frequency", FREQUENCY, {"frequency": ["several_times_a_day"]}),
    ("it's on and off", "frequency", FREQUENCY, {'frequency': ['occasionally']}),
    ("pretty much non stop", "frequency", FREQUENCY, {"frequency": ["constant"]}),
    ("it just comes and goes", "frequency", FREQUENCY, {"frequency": ["occasionally"]}),
    ("every two days maybe", "frequency", FREQUENCY, {"frequency": ["few_times_a_week"]}),
    ("my hand, a handful of times a day", "body_part", REPORT,
     {"bodyPart": ["hand"], "frequency": ["several_times_a_day"]}),
)  # fmt: skip
def test_how_often_in_other_words(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """How often, in other words; "hand" inside "handful" is no body part."""
    _check(text, pending, intent, slots)


@_cases(
    ("why are you asking me about weakness", "weakness", WHY, {}),
    ("why do you want to know about numbness", "sensation", WHY, {}),
    ("why does it matter if i'm pregnant", "pregnant", WHY, {}),
    ("why do you need to know about my medication", "medication", WHY, {}),
    ("what does caffeine have to do with it", "triggers", WHY, {}),
    ("why are you asking about chest pain", "emergency_screen", WHY, {}),
    ("i have chest pain, why", "emergency_screen", SYMPTOM, {"symptom": ["chest_pain"]}),
    # Said, then asked why: the sign told in a clause that asks nothing is told (at the safety check, a question
    # about what a sign means is asked back as that sign's own question instead).
    ("i can't breathe, why are you asking", "emergency_screen", SYMPTOM, {'symptom': ['difficulty_breathing']}),
    ("why are you asking me about numbness", "sensation", WHY, {}),
    ("how come you want to know about weakness", "weakness", WHY, {}),
    ("why are you asking me about chest pain", "emergency_screen", WHY, {}),
    ("why do you need to know about trouble breathing", "emergency_screen", WHY, {}),
    ("why, i do have chest pain", "emergency_screen", CORRECTION, {"symptom": ["chest_pain"]}),
    ("chest pain, why do you ask", "emergency_screen", SYMPTOM, {"symptom": ["chest_pain"]}),
    ("why does it matter if i have trouble swallowing", "emergency_screen", SYMPTOM,
     {"symptom": ["difficulty_swallowing"]}),
)  # fmt: skip
def test_questions_about_the_question(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """A question about the question stays WhyIntent, even about an emergency symptom; a statement
    of an emergency symptom is never lost, whatever question comes with it."""
    _check(text, pending, intent, slots)


@_cases(
    ("i'm on sertraline", "medication", TRIGGER, {'trigger': ['medication']}),
    ("i started metformin last month", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("i take lisinopril every morning", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("just started taking escitalopram", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("i've been on prozac for a year", "medication", TRIGGER, {'trigger': ['medication']}),
    ("yes, atorvastatin", "medication", TRIGGER, {"answer": ["yes"], "trigger": ["medication"]}),
    ("i'm on levothyroxine for my thyroid", "medication", TRIGGER, {'trigger': ['medication']}),
    ("i'm on prednisone", "medication", TRIGGER, {'trigger': ['corticosteroid']}),
    ("i've been on citalopram for years", "medication", TRIGGER, {'deniedTrigger': ['medication']}),  # not lately
    ("i've been on citalopram since last week", "medication", TRIGGER, {'trigger': ['medication']}),
    ("they started me on amitriptyline", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("i switched to duloxetine", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("i take propranolol", "medication", TRIGGER, {"trigger": ["medication"]}),
    ("yeah, venlafaxine", "medication", TRIGGER, {"answer": ["yes"], "trigger": ["medication"]}),
    ("prednisone, a short course", "medication", TRIGGER, {"trigger": ["corticosteroid"]}),
    ("no, nothing new", "medication", NO, {}),
    ("play the radio", "medication", FALLBACK, {}),
)  # fmt: skip
def test_medicines_by_name(text: str, pending: str | None, intent: str, slots: Slots) -> None:
    """A medicine by its own name while the medication question is pending is a medication."""
    _check(text, pending, intent, slots)

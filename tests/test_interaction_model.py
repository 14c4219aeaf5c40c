"""Lint of the Alexa interaction models in interaction_model/<locale>.json, every supported locale alike.

The model is read straight from the repository, so these tests catch contract
drift (intent, slot and value ids that the skill code and the local resolver
depend on) and mistakes that would fail or weaken an ASK build.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from skill.domain.locales import SUPPORTED_LOCALES

MODEL_DIR = Path(__file__).resolve().parent.parent / "interaction_model"

INVOCATION_NAME = "muscle twitch helper"

CUSTOM_INTENTS = [
    "ReportTwitchIntent",
    "DescribeSymptomIntent",
    "DescribeTriggerIntent",
    "DurationIntent",
    "FrequencyIntent",
    "AskAboutAlsIntent",
    "DontKnowIntent",
    "WhyIntent",
    "PregnancyIntent",
    "OnsetPaceIntent",
    "CorrectionIntent",
    "ExplainIntent",
    "UrgencyQuestionIntent",
]

BUILTIN_INTENTS = [
    "AMAZON.YesIntent",
    "AMAZON.NoIntent",
    "AMAZON.HelpIntent",
    "AMAZON.RepeatIntent",
    "AMAZON.StartOverIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.FallbackIntent",
    "AMAZON.NavigateHomeIntent",
]

# slot name -> (slot type, multipleValues enabled)
SLOT_CONTRACT = {
    "bodyPart": ("BODY_PART", True),
    "symptom": ("SYMPTOM", True),
    "trigger": ("TRIGGER", True),
    "duration": ("AMAZON.DURATION", False),
    "frequency": ("FREQUENCY", False),
    # A yes, no or "not sure" said in the same breath as facts; Alexa picks one intent, so the describing intents
    # carry the answer themselves ("yeah, my chest is really tight").
    "answer": ("ANSWER", False),
    "deniedSymptom": ("SYMPTOM", True),  # "no weakness or tingling"
    "deniedTrigger": ("TRIGGER", True),  # "i'm not on any tablets"
    "pace": ("PACE", False),  # "out of nowhere", "bit by bit"
    "person": ("PERSON", False),  # "it's my mum's hand"
    "placePattern": ("PLACE_PATTERN", False),  # "always the same spot", "both my calves"
    "startDate": ("AMAZON.DATE", False),  # "since monday"
    "start": ("START", False),  # "i can't remember since when"
    "pregnancy": ("PREGNANCY", False),  # "i'm definitely not pregnant"
}

INTENT_SLOTS = {
    "ReportTwitchIntent": {"bodyPart", "duration", "trigger", "frequency", "symptom", "answer", "person",
                           "deniedSymptom", "pace", "placePattern", "deniedTrigger", "pregnancy", "startDate",
                           "start"},
    "DescribeSymptomIntent": {"symptom", "bodyPart", "answer", "person", "deniedSymptom", "pace", "duration",
                              "trigger"},
    "DescribeTriggerIntent": {"trigger", "answer", "deniedTrigger"},
    "DurationIntent": {"duration", "answer", "startDate"},
    "FrequencyIntent": {"frequency"},
    "AskAboutAlsIntent": set(),
    "DontKnowIntent": set(),
    "WhyIntent": set(),
    "PregnancyIntent": {"pregnancy", "person", "answer"},
    "OnsetPaceIntent": {"pace", "answer"},
    "CorrectionIntent": {"bodyPart", "symptom", "deniedSymptom", "trigger", "deniedTrigger", "duration", "answer",
                         "pregnancy", "startDate", "placePattern"},
    "ExplainIntent": {"symptom", "trigger"},
    "UrgencyQuestionIntent": set(),
}

MIN_SAMPLES = {name: 12 for name in CUSTOM_INTENTS}
MIN_SAMPLES["PregnancyIntent"] = 20
MIN_SAMPLES["ReportTwitchIntent"] = 25

CONTRACT_VALUE_IDS = {
    "BODY_PART": [
        "eyelid",
        "face",
        "lip",
        "tongue",
        "neck",
        "shoulder",
        "arm",
        "hand",
        "thumb",
        "finger",
        "chest",
        "abdomen",
        "back",
        "thigh",
        "calf",
        "leg",
        "foot",
        "toe",
        "whole_body",
    ],
    "SYMPTOM": [
        "weakness",
        "muscle_wasting",
        "sensation_change",
        "difficulty_swallowing",
        "difficulty_speaking",
        "difficulty_breathing",
        "cramps",
        "pain",
        "stiffness",
        "drooping_eyelid",
        "double_vision",
        "facial_droop",
        "spreading",
        "palpitations",
        "chest_pain",
        "confusion",
        "seizure",
        "fainting",
        "nausea",
        "drooling",
        "sweating",
        "headache",
        "vision_change",
        "swelling",
    ],
    "TRIGGER": [
        "caffeine",
        "stress",
        "lack_of_sleep",
        "exercise",
        "alcohol",
        "nicotine",
        "dehydration",
        "diuretic",
        "corticosteroid",
        "estrogen",
        "stimulant",
        "medication",
        "pesticide",
    ],
    "ANSWER": ["yes", "no", "unsure"],
    "PACE": ["sudden", "gradual"],
    "PREGNANCY": ["pregnant", "not_pregnant", "maybe_pregnant"],
    "PLACE_PATTERN": ["same_place", "both_sides"],
    "PERSON": ["mother", "father", "wife", "husband", "girlfriend", "boyfriend", "partner", "daughter", "son", "sister",
               "brother", "grandmother", "grandfather", "aunt", "uncle", "child", "grandson", "granddaughter",
               "nephew", "niece", "he", "she", "someone", "friend"],
    "FREQUENCY": [
        "constant",
        "several_times_an_hour",
        "several_times_a_day",
        "daily",
        "few_times_a_week",
        "occasionally",
    ],
}

INVOCATION_FORBIDDEN_WORDS = {
    # launch phrases and connecting words
    "open",
    "ask",
    "tell",
    "launch",
    "start",
    "begin",
    "load",
    "run",
    "resume",
    "use",
    "play",
    "for",
    "to",
    "from",
    "in",
    "using",
    "with",
    "about",
    "and",
    "by",
    "if",
    "whether",
    # wake words and generic terms
    "alexa",
    "amazon",
    "echo",
    "skill",
    "app",
}

MAX_SAMPLE_LENGTH = 200

SLOT_REF = re.compile(r"\{([^{}]*)\}")
# After slot references are removed, only these characters may remain.
ALLOWED_CHARS = re.compile(r"^[a-z' .]*$")
INITIAL_TOKEN = re.compile(r"^[a-z]\.$")


@pytest.fixture(scope="module", params=SUPPORTED_LOCALES)
def document(request: pytest.FixtureRequest) -> dict:
    with (MODEL_DIR / f"{request.param}.json").open(encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def language_model(document: dict) -> dict:
    return document["interactionModel"]["languageModel"]


@pytest.fixture(scope="module")
def intents(language_model: dict) -> dict[str, dict]:
    return {intent["name"]: intent for intent in language_model["intents"]}


@pytest.fixture(scope="module")
def types(language_model: dict) -> dict[str, dict]:
    return {slot_type["name"]: slot_type for slot_type in language_model.get("types", [])}


def _normalise(sample: str) -> str:
    return " ".join(sample.lower().split())


def _period_problems(text: str) -> list[str]:
    """Return tokens whose periods are not part of a spoken initialism like 'a. l. s.'."""
    tokens = text.split()
    problems = []
    for i, token in enumerate(tokens):
        if "." not in token:
            continue
        if not INITIAL_TOKEN.match(token):
            problems.append(token)
            continue
        neighbours = tokens[max(i - 1, 0) : i] + tokens[i + 1 : i + 2]
        if not any(INITIAL_TOKEN.match(n) for n in neighbours):
            problems.append(token)  # a lone "x." is not an initialism
    return problems


def _text_problems(text: str) -> list[str]:
    problems = []
    if text != text.strip() or "  " in text:
        problems.append("stray whitespace")
    if text != text.lower():
        problems.append("not lower case")
    if not ALLOWED_CHARS.match(text):
        bad = sorted(set(re.sub(r"[a-z' .]", "", text)))
        problems.append(f"punctuation/characters not allowed: {bad}")
    bad_periods = _period_problems(text)
    if bad_periods:
        problems.append(f"periods outside a spoken initialism: {bad_periods}")
    return problems


# --- structure ----------------------------------------------------------------------------------


def test_model_has_no_dialog_section(document: dict) -> None:
    data = document
    assert set(data) == {"interactionModel"}, f"unexpected top-level keys: {sorted(data)}"
    assert "dialog" not in data["interactionModel"], "dialog is managed in code; remove the dialog section"
    assert "prompts" not in data["interactionModel"], "prompts belong with a dialog section; remove them"


def test_required_intents_present(intents: dict[str, dict]) -> None:
    missing = [name for name in CUSTOM_INTENTS + BUILTIN_INTENTS if name not in intents]
    assert not missing, f"missing intents: {missing}"


def test_no_duplicate_intent_names(language_model: dict) -> None:
    names = [intent["name"] for intent in language_model["intents"]]
    dupes = sorted({n for n in names if names.count(n) > 1})
    assert not dupes, f"intents declared more than once: {dupes}"


def test_contract_slots_per_intent(intents: dict[str, dict]) -> None:
    problems = []
    for intent_name, expected in INTENT_SLOTS.items():
        slots = {slot["name"]: slot for slot in intents.get(intent_name, {}).get("slots", [])}
        if set(slots) != expected:
            problems.append(f"{intent_name}: slots {sorted(slots)} != contract {sorted(expected)}")
        for slot_name in expected & set(slots):
            want_type, want_multi = SLOT_CONTRACT[slot_name]
            slot = slots[slot_name]
            if slot.get("type") != want_type:
                problems.append(f"{intent_name}.{slot_name}: type {slot.get('type')!r} != {want_type!r}")
            multi = slot.get("multipleValues", {}).get("enabled", False)
            if multi is not want_multi:
                problems.append(f"{intent_name}.{slot_name}: multipleValues.enabled {multi} != {want_multi}")
    assert not problems, "\n".join(problems)


# --- slots in samples ---------------------------------------------------------------------------


def test_sample_slot_references_are_declared(language_model: dict) -> None:
    problems = []
    for intent in language_model["intents"]:
        declared = {slot["name"] for slot in intent.get("slots", [])}
        for sample in intent.get("samples", []):
            for ref in SLOT_REF.findall(sample):
                if ref not in declared:
                    problems.append(f"{intent['name']}: {sample!r} uses undeclared slot {{{ref}}}")
            if sample.count("{") != sample.count("}") or re.search(r"\{[^}]*\{|\}[^{]*\}", sample):
                problems.append(f"{intent['name']}: {sample!r} has unbalanced braces")
    assert not problems, "\n".join(problems)


def test_custom_slot_types_exist(language_model: dict, types: dict[str, dict]) -> None:
    problems = []
    for intent in language_model["intents"]:
        for slot in intent.get("slots", []):
            slot_type = slot.get("type", "")
            if not slot_type.startswith("AMAZON.") and slot_type not in types:
                problems.append(f"{intent['name']}.{slot['name']}: type {slot_type!r} not defined in types")
    assert not problems, "\n".join(problems)


def test_custom_slot_types_are_used(language_model: dict, types: dict[str, dict]) -> None:
    used = {slot.get("type") for intent in language_model["intents"] for slot in intent.get("slots", [])}
    unused = sorted(set(types) - used)
    assert not unused, f"slot types defined but not used by any slot: {unused}"


def test_every_declared_slot_is_used_in_a_sample(language_model: dict) -> None:
    problems = []
    for intent in language_model["intents"]:
        referenced = {ref for sample in intent.get("samples", []) for ref in SLOT_REF.findall(sample)}
        for slot in intent.get("slots", []):
            if slot["name"] not in referenced:
                problems.append(f"{intent['name']}: slot {slot['name']!r} is not used in any sample")
    assert not problems, "\n".join(problems)


# --- samples ------------------------------------------------------------------------------------


def _samples_under_several_intents(language_model: dict, key) -> dict[str, list[str]]:
    owners: dict[str, set[str]] = defaultdict(set)
    for intent in language_model["intents"]:
        for sample in intent.get("samples", []):
            owners[key(sample)].add(intent["name"])
    return {sample: sorted(names) for sample, names in owners.items() if len(names) > 1}


def test_no_sample_shared_between_intents(language_model: dict) -> None:
    shared = _samples_under_several_intents(language_model, _normalise)
    assert not shared, "samples under more than one intent:\n" + "\n".join(
        f"{sample!r}: {names}" for sample, names in sorted(shared.items())
    )


def test_no_sample_shared_between_intents_once_fillers_are_dropped(language_model: dict) -> None:
    """"actually it's my {bodyPart}" is "it's my {bodyPart}" to the resolver (and, fillers unheard, to Alexa)."""
    from skill.local.nlu.text import normalize

    shared = _samples_under_several_intents(language_model, normalize)
    assert not shared, shared


def test_no_duplicate_sample_within_intent(language_model: dict) -> None:
    problems = []
    for intent in language_model["intents"]:
        seen: set[str] = set()
        for sample in intent.get("samples", []):
            key = _normalise(sample)
            if key in seen:
                problems.append(f"{intent['name']}: duplicate sample {sample!r}")
            seen.add(key)
    assert not problems, "\n".join(problems)


def test_minimum_sample_counts(intents: dict[str, dict]) -> None:
    problems = []
    for intent_name, minimum in MIN_SAMPLES.items():
        count = len(intents.get(intent_name, {}).get("samples", []))
        if count < minimum:
            problems.append(f"{intent_name}: {count} samples, need at least {minimum}")
    assert not problems, "\n".join(problems)


def test_sample_text_format(language_model: dict) -> None:
    problems = []
    for intent in language_model["intents"]:
        for sample in intent.get("samples", []):
            if not sample.strip():
                problems.append(f"{intent['name']}: empty sample")
                continue
            if len(sample) > MAX_SAMPLE_LENGTH:
                problems.append(f"{intent['name']}: {sample!r} is longer than {MAX_SAMPLE_LENGTH} characters")
            if re.search(r"[^\s]\{|\}[^\s]", sample):
                problems.append(f"{intent['name']}: {sample!r} has a slot not separated by spaces")
            text = SLOT_REF.sub("slot", sample)
            for problem in _text_problems(text):
                problems.append(f"{intent['name']}: {sample!r}: {problem}")
    assert not problems, "\n".join(problems)


# --- slot types ---------------------------------------------------------------------------------


def test_value_ids_present_and_unique(types: dict[str, dict]) -> None:
    problems = []
    for type_name, slot_type in types.items():
        ids = []
        for value in slot_type.get("values", []):
            value_id = value.get("id")
            name = value.get("name", {}).get("value")
            if not value_id:
                problems.append(f"{type_name}: value {name!r} has no id")
                continue
            if not re.fullmatch(r"[a-z][a-z0-9_]*", value_id):
                problems.append(f"{type_name}: id {value_id!r} is not snake_case")
            if not name:
                problems.append(f"{type_name}: id {value_id!r} has no name.value")
            ids.append(value_id)
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            problems.append(f"{type_name}: duplicate ids {dupes}")
    assert not problems, "\n".join(problems)


def test_contract_value_ids_present(types: dict[str, dict]) -> None:
    problems = []
    for type_name, expected in CONTRACT_VALUE_IDS.items():
        if type_name not in types:
            problems.append(f"missing slot type {type_name}")
            continue
        ids = {value.get("id") for value in types[type_name].get("values", [])}
        missing = [value_id for value_id in expected if value_id not in ids]
        if missing:
            problems.append(f"{type_name}: missing contract ids {missing}")
    assert not problems, "\n".join(problems)


def test_synonyms_not_shared_between_values(types: dict[str, dict]) -> None:
    problems = []
    for type_name, slot_type in types.items():
        owner: dict[str, str] = {}
        for value in slot_type.get("values", []):
            name = value.get("name", {})
            words = [name.get("value", ""), *name.get("synonyms", [])]
            for word in {_normalise(w) for w in words}:
                if word in owner and owner[word] != value.get("id"):
                    problems.append(
                        f"{type_name}: {word!r} belongs to both {owner[word]!r} and {value.get('id')!r}"
                    )
                owner.setdefault(word, value.get("id"))
    assert not problems, "\n".join(problems)


def test_slot_value_text_format(types: dict[str, dict]) -> None:
    problems = []
    for type_name, slot_type in types.items():
        for value in slot_type.get("values", []):
            name = value.get("name", {})
            for word in [name.get("value", ""), *name.get("synonyms", [])]:
                if not word.strip():
                    problems.append(f"{type_name}.{value.get('id')}: empty value or synonym")
                    continue
                for problem in _text_problems(word):
                    problems.append(f"{type_name}.{value.get('id')}: {word!r}: {problem}")
    assert not problems, "\n".join(problems)


# --- invocation name ----------------------------------------------------------------------------


def test_invocation_name_is_contract(language_model: dict) -> None:
    assert language_model.get("invocationName") == INVOCATION_NAME


def _invocation_problems(name: str) -> list[str]:
    problems = _text_problems(name)
    words = name.split()
    if len(words) < 2:
        problems.append(f"needs at least two words, got {words}")
    forbidden = [word for word in words if word.strip(".") in INVOCATION_FORBIDDEN_WORDS]
    if forbidden:
        problems.append(f"contains launch phrases, connecting words or reserved words: {forbidden}")
    return problems


def test_invocation_name_follows_alexa_rules(language_model: dict) -> None:
    name = language_model.get("invocationName", "")
    problems = _invocation_problems(name)
    assert not problems, f"invocation name {name!r}: " + "; ".join(problems)


@pytest.mark.parametrize(
    "name, ok",
    [
        ("muscle twitch helper", True),
        ("a. b. c. helper", True),
        ("Muscle Twitch", False),
        ("helper", False),
        ("open twitch helper", False),
        ("twitch helper app", False),
        ("twitch helper.", False),
        ("twitch-helper tool", False),
        ("ask about twitches", False),
    ],
)
def test_invocation_rules_self_check(name: str, ok: bool) -> None:
    """Guard the checker itself so a broken rule cannot silently pass the real model."""
    assert (not _invocation_problems(name)) is ok, (name, _invocation_problems(name))


def test_every_person_the_model_names_is_one_the_skill_can_speak_about(types: dict[str, dict]) -> None:
    from skill.domain.people import PEOPLE

    assert {value["id"] for value in types["PERSON"]["values"]} == set(PEOPLE)

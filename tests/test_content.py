"""Every piece of advice traces to the source document, in every locale's words, and the code never asks for words
the content lacks."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from skill.domain.content import Content, load_content
from skill.domain.locales import SUPPORTED_LOCALES
from skill.domain.people import PEOPLE, SPEAKER
from skill.domain.triage import ALL_QUESTIONS, EMERGENCY_SCREENS, LEVELS, SCREEN_SIGN_QUESTIONS, findings
from skill.domain.wording import Wording

ROOT = Path(__file__).resolve().parents[1]
SOURCE = json.loads((ROOT / "docs" / "source" / "source-document.json").read_text(encoding="utf-8"))
SECTIONS = {section["id"]: section["paragraphs"] for section in SOURCE["sections"]}
CONTENT = load_content()
RAW = CONTENT.raw
# Every locale's words after the overlay is merged, and the fallback for a locale the skill does not serve.
LOCALES: tuple[str | None, ...] = (*SUPPORTED_LOCALES, None)
# Only the emergency screen (its signs asked one at a time, "did it come on suddenly?", and sentences that repeat
# them) may speak beyond the document, plus the refusal to advise on chemical exposure, which reassures nobody,
# and the NHS's "twitching in more than one place: see a GP"; and where a locale has a line for people not sure what
# care they need (NHS 111, 811, healthdirect), the if-it-persists advice and the safety net name it.
SAFETY_ADDITIONS_ALLOWED = {
    "levels.see_doctor_if_persists",
    "levels.emergency", "reasons.emergency_screen_yes", "reasons.emergency_symptom", "reasons.stimulant_reaction",
    "reasons.screen_sign_yes", "reasons.screen_sign_unsure", "reasons.sudden_sign", "reasons.sudden_sign_unsure",
    "reasons.chemical_exposure", "reasons.spreading", "questions.emergency_screen", "questions.emergency_screen_sudden",
    "questions.sudden_onset", "questions.after_stimulant", "reasons.stimulant_reaction_unsure",
    *(f"questions.{question}" for question in SCREEN_SIGN_QUESTIONS), "safety_net",
}


def advice_items(content: Content = CONTENT) -> list[tuple[str, dict]]:
    """Every content item that states a health fact: levels, reasons, self-care, the paragraphs, question whys."""
    raw = content.raw
    items: list[tuple[str, dict]] = []
    for group in ("levels", "reasons", "self_care", "questions"):
        items += [(f"{group}.{key}", item) for key, item in raw[group].items()]
    items += [(key, raw[key]) for key in ("safety_net", "visit", "medicine_caution", "als")]
    return items


ITEMS = [(key, item) for locale in LOCALES for key, item in advice_items(load_content(locale))]
ITEM_IDS = [f"{locale or 'fallback'}:{key}" for locale in LOCALES for key, _ in advice_items(load_content(locale))]


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


@pytest.mark.parametrize(("key", "item"), ITEMS, ids=ITEM_IDS)
def test_every_advice_item_has_a_source(key: str, item: dict) -> None:
    assert isinstance(item.get("source"), list) and item["source"], f"{key} has no source"


@pytest.mark.parametrize(("key", "item"), ITEMS, ids=ITEM_IDS)
def test_every_locator_points_at_a_real_paragraph_and_quotes_it(key: str, item: dict) -> None:
    for locator in item["source"]:
        if locator["section"] == "safety_addition":
            assert key in SAFETY_ADDITIONS_ALLOWED, f"{key} cites a safety addition, not the document"
            assert locator.get("note"), f"{key}: a safety addition must say why"
            continue
        assert locator["section"] in SECTIONS, f"{key}: unknown section {locator['section']}"
        paragraphs = SECTIONS[locator["section"]]
        assert 1 <= locator["paragraph"] <= len(paragraphs), f"{key}: no paragraph {locator['paragraph']}"
        paragraph = _normalise(paragraphs[locator["paragraph"] - 1])
        assert _normalise(locator["quote"]) in paragraph, f"{key}: quote not found in {locator}"


@pytest.mark.parametrize(("key", "item"), ITEMS, ids=ITEM_IDS)
def test_advice_is_written_in_our_own_words(key: str, item: dict) -> None:
    """No run of eight words is pasted from the document."""
    document_words = " ".join(_normalise(p) for paragraphs in SECTIONS.values() for p in paragraphs)
    document_words = re.sub(r"[^a-z' ]", " ", document_words)
    document_words = " " + re.sub(r"\s+", " ", document_words) + " "
    texts = [item[field] for field in ("text", "action", "prompt", "reprompt", "why") if field in item]
    for text in texts:
        words = re.sub(r"[^a-z' ]", " ", _normalise(text)).split()
        for start in range(len(words) - 7):
            run = " ".join(words[start:start + 8])
            assert f" {run} " not in document_words, f"{key} copies the document: {run!r}"


def test_a_mutilated_locator_is_caught() -> None:
    """The quote check can fail: a quote from another paragraph does not match."""
    paragraph = _normalise(SECTIONS["qa"][0])
    assert _normalise("too much coffee") not in paragraph


def test_every_level_reason_and_question_has_wording() -> None:
    assert set(RAW["levels"]) == set(LEVELS)
    assert set(RAW["questions"]) == set(ALL_QUESTIONS)
    for question in ALL_QUESTIONS:
        q = CONTENT.question(question)
        assert q.prompt and q.reprompt and q.why and q.short
        assert len(q.reprompt) > len(q.prompt) or question == "emergency_screen", f"{question}: reprompt adds no detail"
        assert len(q.short.split()) <= 20, f"{question}: the short way of asking has {len(q.short.split())} words"


PRONOUNS = sorted({SPEAKER.pronoun, *(person.pronoun for person in PEOPLE.values())})


@pytest.mark.parametrize("pronoun", PRONOUNS)
def test_every_question_can_be_asked_about_anyone(pronoun: str) -> None:
    """Prompts speak about whoever the twitch belongs to; no placeholder is left unfilled or unknown."""
    forms = CONTENT.grammar(pronoun)
    assert set(forms) == set(CONTENT.grammar("you")), f"{pronoun} lacks forms the speaker has"
    texts = [getattr(CONTENT.question(q), field) for q in ALL_QUESTIONS for field in ("prompt", "reprompt", "why",
                                                                                       "short")]
    texts += [item["text"] for item in RAW["reasons"].values()] + list(RAW["readback"].values())
    # What a grouped question says of each question it asks ("could {you} be pregnant") is spoken about them too.
    texts += [text for kind in ("group_part", "group_part_example", "group_choice")
              for text in RAW["names"][kind].values()]
    for text in texts:
        spoken = text.format_map({**forms, "signs": "weakness", "examples": "x", "choices": "x", "symptoms": "x",
                                  "topics": "x", "pattern": "x", "part": "x", "parts": "x", "duration": "x",
                                  "frequency": "x", "triggers": "x", "person": "x"})
        assert "{" not in spoken and "}" not in spoken


def test_a_question_about_someone_else_is_grammatical() -> None:
    assert CONTENT.question("weakness").prompt.format_map(CONTENT.grammar("she")).startswith("Has she noticed")
    assert CONTENT.question("pregnant").prompt.format_map(CONTENT.grammar("you")) == (
        "Is there any chance you're pregnant?")


def test_every_reason_the_policy_can_give_has_text() -> None:
    from tests.test_triage import LEVEL_TABLE

    produced = {finding.reason for _, case, _, _ in LEVEL_TABLE for finding in findings(case)}
    assert produced <= set(RAW["reasons"])
    assert produced | {"common_pattern"} == set(RAW["reasons"]), "a reason in the content is never produced"


def test_every_slot_value_in_the_model_has_a_spoken_name() -> None:
    model = json.loads((ROOT / "interaction_model" / "en-US.json").read_text(encoding="utf-8"))
    kinds = {"BODY_PART": "body_part", "SYMPTOM": "symptom", "TRIGGER": "trigger", "FREQUENCY": "frequency",
             "PERSON": "person"}
    for slot_type in model["interactionModel"]["languageModel"]["types"]:
        if slot_type["name"] not in kinds:
            continue  # answers, pace and pregnancy are never read back by name
        names = RAW["names"][kinds[slot_type["name"]]]
        for value in slot_type["values"]:
            assert value["id"] in names, f"{slot_type['name']}.{value['id']} has no spoken name"


@pytest.mark.parametrize("locale", LOCALES, ids=[locale or "fallback" for locale in LOCALES])
def test_prompts_are_short(locale: str | None) -> None:
    """Voice prompts stay short, in every locale; the two halves of the emergency screen list their signs, in one
    breath each (at most 30 words), and help and the reprompt there stay under 40."""
    content = load_content(locale)
    for question in ALL_QUESTIONS:
        words = len(content.question(question).prompt.split())
        assert words <= (30 if question in EMERGENCY_SCREENS else 22), f"{question} prompt has {words} words"
        assert len(content.question(question).short.split()) <= 20, f"{question}: the short way of asking is long"
    for question in EMERGENCY_SCREENS:
        assert len(content.question(question).reprompt.split()) < 40
        help_turn = len(content.line("help_screen").split()) + len(content.question(question).short.split())
        assert help_turn < 40


def test_durations_are_spoken_in_the_unit_a_person_uses() -> None:
    wording = Wording(CONTENT)
    day = 86_400
    assert wording.duration(3 * day) == "3 days"
    assert wording.duration(1 * day) == "1 day"
    assert wording.duration(21 * day) == "3 weeks"
    assert wording.duration(120 * day) == "4 months"
    assert wording.duration(30) == "30 seconds"
    assert wording.duration(400 * day) == "1 year"
    assert wording.duration(30 * day) == "1 month"  # "a month" (P1M, 30 days) is said back as said, not "4 weeks"
    assert wording.duration(42 * day) == "6 weeks"

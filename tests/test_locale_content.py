"""Every locale's words: the same lines as en-US, its own emergency number in every line that says to call, its own
non-urgent help, its own spelling, every turn still short; and a fallback that never claims a wrong number."""

from __future__ import annotations

import json
import re
import string
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

from skill.alexa.ssml import to_ssml
from skill.domain import content as content_module
from skill.domain.content import EMERGENCY_TOKEN, Content, ContentError, load_content, load_content_for
from skill.domain.conversation import TURN_WORDS, Conversation, Heard
from skill.domain.locales import SUPPORTED_LOCALES
from tests.test_conversation import SCREEN, advice_turns, after_screen_no, said

LOCALES: tuple[str | None, ...] = (*SUPPORTED_LOCALES, None)
IDS = [locale or "fallback" for locale in LOCALES]
BASE = load_content("en-US")
# What each locale must say, written here independently of the content files.
EMERGENCY = {
    "en-US": ("911",),
    "en-GB": ("999",),
    "en-CA": ("911",),
    "en-AU": ("000", "111 in New Zealand"),
    "en-IN": ("112", "108"),
}
NON_URGENT = {
    "en-US": ("urgent care",),
    "en-GB": ("NHS 111", "GP"),
    "en-CA": ("811, where it's available",),
    "en-AU": ("healthdirect", "1800 022 222", "GP"),
    "en-IN": ("your doctor",),
}
# The helplines a locale names: new sentences, so a safety addition whose note names the service must cite them.
HELPLINES = {"en-GB": "NHS 111", "en-CA": "811", "en-AU": "healthdirect"}
# Every line that tells someone to call for help now.
EMERGENCY_LINES = (("levels", "emergency", "action"), ("safety_net", "text"), ("safety_net_short", "text"),
                   ("dialogue", "emergency_reprompt"), ("dialogue", "goodbye_emergency"),
                   ("dialogue", "urgency_before_advice"))
# Keys that are not spoken: provenance, notes for reviewers, and the number sections themselves.
UNSPOKEN = {"source", "about", "note", "locale", "emergency", "telephone_numbers"}
US_SPELLINGS = re.compile(r"\b(recogniz\w*|realiz\w*|organiz\w*|analyz\w*|colors?|behaviors?|favou?rites?|favor\w*|"
                          r"centers?|gray|estrogens?|pediatric\w*|an[e]mia|diarrhea|moms?|pajamas|programs?|"
                          r"emergency room|acetaminophen|pharmacy)\b", re.IGNORECASE)
BRITISH_SPELLING = ("en-GB", "en-AU", "en-IN")


def strings(node: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from strings(item, (*path, str(index)))
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, (*path, key))


def spoken(content: Content) -> list[tuple[tuple[str, ...], str]]:
    """Every line the skill may say or show, with its path."""
    return [(path, text) for path, text in strings(content.raw) if not UNSPOKEN & set(path)]


def at(content: Content, path: tuple[str, ...]) -> Any:
    node: Any = content.raw
    for key in path:
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def shape(node: Any) -> Any:
    """The keys of every object, recursively; lists and strings count only as their kind."""
    if isinstance(node, dict):
        return {key: shape(value) for key, value in node.items() if key not in ("source", "note")}
    return type(node).__name__ if not isinstance(node, (str, type(None))) else "text"


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# -- the same words, every locale -----------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
def test_every_line_question_level_reason_and_advice_is_there_with_the_same_keys(locale: str | None) -> None:
    assert shape(load_content(locale).raw) == shape(BASE.raw)


@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
def test_every_line_takes_the_same_placeholders_as_in_en_us(locale: str | None) -> None:
    """A line rewritten for a locale is filled by the same code ({Have} {you}, {symptoms}): no field lost or new."""
    content = load_content(locale)
    for path, text in spoken(content):
        assert fields(text) == fields(at(BASE, path)), f"{locale}: {'.'.join(path)}"


@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
def test_no_token_is_left_in_any_loaded_string(locale: str | None) -> None:
    for path, text in strings(load_content(locale).raw):
        assert EMERGENCY_TOKEN not in text and "[[" not in text and "]]" not in text, ".".join(path)


def test_the_emergency_number_is_written_once_per_locale() -> None:
    """The files name no emergency number in a line: every line that says to call carries the token."""
    base = json.loads(resources.files("skill.content").joinpath("en-US.json").read_text(encoding="utf-8"))
    for path in EMERGENCY_LINES:
        node: Any = base
        for key in path:
            node = node[key]
        assert EMERGENCY_TOKEN in node, ".".join(path)
    for name in (*SUPPORTED_LOCALES, "fallback"):
        raw = json.loads(resources.files("skill.content").joinpath(f"{name}.json").read_text(encoding="utf-8"))
        for path, text in strings(raw):
            if not UNSPOKEN & set(path):
                assert "emergency number" not in text, f"{name}: {'.'.join(path)} names the number itself"
                for number in {"911", "999", "000", "112", "108"}:
                    assert number not in text, f"{name}: {'.'.join(path)} writes an emergency number"


# -- emergencies ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_every_emergency_line_names_the_locales_number(locale: str) -> None:
    content = load_content(locale)
    for path in EMERGENCY_LINES:
        line = at(content, path)
        for words in EMERGENCY[locale]:
            assert words in line, f"{locale}: {'.'.join(path)} lacks {words}: {line}"
        assert "local emergency number" not in line
    assert content.emergency_number == EMERGENCY[locale][0]
    assert content.emergency_number in content.telephone_numbers


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_no_locale_says_a_number_it_does_not_list(locale: str) -> None:
    """Another country's emergency number in a line would be the worst possible mistake: every run of digits a
    locale says is one of its telephone numbers."""
    content = load_content(locale)
    numbers = sorted(content.telephone_numbers, key=len, reverse=True)
    for path, text in spoken(content):
        for number in numbers:
            text = text.replace(number, " ")
        assert not re.search(r"\d{3}", text), f"{locale}: {'.'.join(path)} says an unlisted number"


def test_the_call_now_sentence_reads_well_with_every_phrase() -> None:
    assert load_content("en-GB").level("emergency")["action"].startswith("This could be an emergency. Call 999 now.")
    assert "Call 000, or 111 in New Zealand, now." in load_content("en-AU").level("emergency")["action"]
    assert "Call 112, or 108 for an ambulance, now." in load_content("en-IN").level("emergency")["action"]
    assert load_content("en-AU").advice("safety_net_short").endswith("call 000, or 111 in New Zealand.")
    assert "Call your local emergency number now." in load_content(None).level("emergency")["action"]


def test_the_fallback_says_your_local_emergency_number_and_no_number() -> None:
    fallback = load_content(None)
    for path in EMERGENCY_LINES:
        assert "your local emergency number" in at(fallback, path), ".".join(path)
    for path, text in spoken(fallback):
        assert not re.search(r"\d{3}", text), f"{'.'.join(path)} names a number"
        assert "urgent care" not in text, f"{'.'.join(path)} names a kind of clinic that may not exist there"
    assert fallback.telephone_numbers == frozenset() and fallback.emergency_number is None
    assert fallback.locale is None
    assert load_content() is fallback  # no locale given: nobody can be told a wrong number


@pytest.mark.parametrize(("asked", "served"), [
    ("en-GB", "en-GB"), ("en-gb", "en-GB"), ("en_AU", "en-AU"), (" en-IN ", "en-IN"), ("en-US", "en-US"),
    ("en-NZ", None), ("de-DE", None), ("fr-CA", None), ("", None), (None, None), (42, None), (["en-GB"], None),
])
def test_a_requests_locale_gets_its_words_or_the_fallback(asked: object, served: str | None) -> None:
    assert load_content_for(asked) is load_content(served)
    assert load_content_for(asked).locale == served


def test_an_unknown_locale_asked_for_by_name_is_an_error() -> None:
    with pytest.raises(ContentError):
        load_content("en-NZ")
    with pytest.raises(ContentError):
        load_content("fallback")


# -- non-urgent help, spelling, provenance --------------------------------------------------------------------------

@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_if_it_persists_lines_say_where_non_urgent_help_is(locale: str) -> None:
    content = load_content(locale)
    for line in (content.advice("safety_net"), content.level("see_doctor_if_persists")["action"]):
        for words in NON_URGENT[locale]:
            assert words in line, f"{locale}: {words!r} missing from {line}"
    everything = " ".join(text for _, text in spoken(content))
    assert "104" not in everything  # India's 104 helplines differ by state: none is promised


@pytest.mark.parametrize("locale", list(HELPLINES))
def test_a_helpline_is_a_marked_safety_addition_never_the_document(locale: str) -> None:
    content = load_content(locale)
    service = HELPLINES[locale]
    from tests.test_content import advice_items

    naming = [(key, item) for key, item in advice_items(content)
              if service in " ".join(item.get(field, "") for field in ("text", "action", "lead"))]
    assert {key for key, _ in naming} == {"safety_net", "levels.see_doctor_if_persists"}
    for key, item in naming:
        notes = [loc["note"] for loc in item["source"] if loc["section"] == "safety_addition"]
        assert any(service in note for note in notes), f"{locale}: {key} names {service} without saying why"


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_advice_rewritten_for_a_locale_keeps_its_sources(locale: str) -> None:
    from tests.test_content import advice_items

    base = dict(advice_items(BASE))
    for key, item in advice_items(load_content(locale)):
        for locator in base[key]["source"]:
            assert locator in item["source"], f"{locale}: {key} lost {locator}"


@pytest.mark.parametrize("locale", BRITISH_SPELLING)
def test_british_spelling_and_words(locale: str) -> None:
    content = load_content(locale)
    for path, text in spoken(content):
        assert not US_SPELLINGS.search(text), f"{locale}: {'.'.join(path)}: {US_SPELLINGS.search(text)}"
        assert not re.search(r"\b(?!GP\b)[Gg][Pp]\b", text), f"{locale}: {'.'.join(path)} lowercases GP"
    assert content.name("person", "mother") == "your mum"
    assert content.name("trigger", "estrogen") == "oestrogen"


def test_the_spelling_check_can_fail() -> None:
    assert US_SPELLINGS.search(BASE.name("person", "mother"))
    assert US_SPELLINGS.search(BASE.reason("medicine"))
    assert not US_SPELLINGS.search("I recognise the colour of oestrogen tablets, mum.")


# -- every turn still short -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
@pytest.mark.parametrize("level", ["self_care", "see_doctor_if_persists", "see_doctor_soon"])
def test_every_turn_of_advice_stays_within_the_word_limit_in_every_locale(locale: str | None, level: str) -> None:
    turns = advice_turns(Conversation(load_content(locale)), level)
    for turn in turns:
        assert len(said(turn).split()) <= TURN_WORDS, said(turn)


@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
def test_emergency_urgency_als_and_goodbye_turns_stay_short_in_every_locale(locale: str | None) -> None:
    talk = Conversation(load_content(locale))
    emergency = talk.hear(SCREEN, Heard(symptoms=("chest_pain", "difficulty_breathing", "fainting")))
    assert emergency.state.outcome == "emergency"
    turns = [emergency, talk.urgency(after_screen_no()), talk.about_als(after_screen_no()),
             talk.stop(after_screen_no()), talk.stop(emergency.state), talk.start_over(emergency.state)]
    for turn in turns:
        assert len(said(turn).split()) <= TURN_WORDS, said(turn)
    if locale is not None:
        assert EMERGENCY[locale][0] in said(emergency) and EMERGENCY[locale][0] in " ".join(emergency.reprompt)


# -- speaking the numbers -------------------------------------------------------------------------------------------

def test_to_ssml_reads_each_telephone_number_digit_by_digit() -> None:
    ssml = to_ssml(["Call 000, or 111 in New Zealand, now.", "In Australia, call healthdirect on 1800 022 222.",
                    "Not 1111, 10,000 or 1.000 & <not> 2111."], telephone=frozenset({"000", "111", "1800 022 222"}))
    assert '<say-as interpret-as="telephone">000</say-as>, or <say-as interpret-as="telephone">111</say-as>' in ssml
    assert '<say-as interpret-as="telephone">1800 022 222</say-as>.' in ssml
    assert ssml.count("<say-as") == 3  # none inside a longer number
    assert "&amp; &lt;not&gt;" in ssml
    ElementTree.fromstring(f"<speak>{ssml}</speak>")


def test_to_ssml_without_numbers_is_unchanged() -> None:
    assert to_ssml(["Call 999 now."]) == "Call 999 now."
    assert to_ssml(["Call 999 now."], telephone=()) == "Call 999 now."


@pytest.mark.parametrize("locale", LOCALES, ids=IDS)
def test_every_line_of_every_locale_is_valid_ssml_with_its_numbers_read_as_digits(locale: str | None) -> None:
    content = load_content(locale)
    for _, text in spoken(content):
        ssml = to_ssml([text], telephone=content.telephone_numbers)
        ElementTree.fromstring(f"<speak>{ssml}</speak>")
    action = to_ssml([content.level("emergency")["action"]], telephone=content.telephone_numbers)
    if locale is None:
        assert "<say-as" not in action
    else:
        assert f'<say-as interpret-as="telephone">{EMERGENCY[locale][0]}</say-as>' in action


# -- the loader's guards --------------------------------------------------------------------------------------------

@pytest.fixture
def overlay(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """An en-GB overlay the test may spoil; the loader reads it instead of the shipped file."""
    shipped = content_module._read
    spoiled = json.loads(json.dumps(shipped("en-GB")))
    monkeypatch.setattr(content_module, "_read", lambda name: spoiled if name == "en-GB" else shipped(name))
    content_module._loaded.cache_clear()
    yield spoiled
    content_module._loaded.cache_clear()


def test_the_unspoiled_overlay_loads(overlay: dict[str, Any]) -> None:
    assert load_content("en-GB").emergency_number == "999"


@pytest.mark.parametrize("spoil", [
    lambda o: o["dialogue"].update({"goodbye_emergancy": "Please call [[emergency]] now."}),  # a typo'd key
    lambda o: o.update({"safty_net": {"text": "x"}}),
    lambda o: o["levels"].update({"see_doctor_sooon": {"lead": "x"}}),
    lambda o: o.update({"dialogue": "not an object"}),  # the wrong shape
    lambda o: o["dialogue"].update({"acknowledgements": "Okay."}),
], ids=["typo-line", "typo-section", "typo-level", "shape-object", "shape-list"])
def test_an_overlay_key_that_en_us_lacks_is_an_error(overlay: dict[str, Any], spoil: Any) -> None:
    spoil(overlay)
    with pytest.raises(ContentError):
        load_content("en-GB")


@pytest.mark.parametrize("spoil", [
    lambda o: o["emergency"].update({"number": "998"}),  # not in its phrase nor listed
    lambda o: o.update({"telephone_numbers": ["999"]}),  # 111 said, but it would be read as a quantity
    lambda o: o.update({"telephone_numbers": ["999", "111", "0800"]}),  # a number listed that no line says
    lambda o: o["dialogue"].update({"goodbye_emergency": "Please call [[emergncy]] now."}),  # a misspelt token
    lambda o: o["emergency"].update({"phrase": None}),
], ids=["number-not-in-phrase", "number-unlisted", "number-never-said", "token-typo", "no-phrase"])
def test_numbers_and_tokens_that_disagree_are_an_error(overlay: dict[str, Any], spoil: Any) -> None:
    spoil(overlay)
    with pytest.raises(ContentError):
        load_content("en-GB")

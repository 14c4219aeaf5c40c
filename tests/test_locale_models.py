"""Per-locale interaction models: generated from en-US plus a small overlay, picked by --locale everywhere.

The committed interaction_model/<locale>.json must be exactly what scripts/build_locale_models.py writes, so an
overlay change that was not regenerated (or a hand edit of a generated file) fails here.
"""

from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path

import pytest

from skill import cli
from skill.domain.locales import SUPPORTED_LOCALES
from skill.local.envelopes import EnvelopeFactory
from skill.local.interaction_model import (
    UnsupportedLocaleError,
    load_interaction_model,
    model_path,
)
from skill.local.resolver import default_resolver
from skill.local.simulator import ChatSession

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("build_locale_models", ROOT / "scripts" / "build_locale_models.py")
assert _spec and _spec.loader
generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generator)

OVERLAID = [locale for locale in SUPPORTED_LOCALES if locale != "en-US"]


def test_every_supported_locale_has_a_model_and_every_other_one_an_overlay() -> None:
    assert {path.stem for path in (ROOT / "interaction_model").glob("en-*.json")} == set(SUPPORTED_LOCALES)
    assert generator.overlay_locales() == OVERLAID


def test_committed_models_are_what_the_generator_writes() -> None:
    stale = [path.name for path, text in generator.expected_models().items()
             if path.read_text(encoding="utf-8") != text]
    assert not stale, f"run scripts/build_locale_models.py: {stale} differ from their overlays"


@pytest.mark.parametrize("locale", OVERLAID)
def test_a_locale_model_is_its_own_not_a_renamed_copy(locale: str) -> None:
    us = load_interaction_model(locale="en-US")
    own = load_interaction_model(locale=locale)
    added = sum(len(set(own.intents[name].samples) - set(intent.samples)) for name, intent in us.intents.items())
    synonyms = {(t, v.id): set(v.synonyms) for t, st in us.slot_types.items() for v in st.values}
    added_synonyms = sum(len(set(v.synonyms) - synonyms[(t, v.id)])
                         for t, st in own.slot_types.items() for v in st.values)
    assert added >= 30 and added_synonyms >= 30, (added, added_synonyms)
    # Same intents, slots and value ids: the skill understands every locale alike.
    assert own.intents.keys() == us.intents.keys()
    assert {n: i.slots for n, i in own.intents.items()} == {n: i.slots for n, i in us.intents.items()}
    assert {t: [v.id for v in st.values] for t, st in own.slot_types.items()} == \
           {t: [v.id for v in st.values] for t, st in us.slot_types.items()}


def test_the_overlay_replaces_the_us_emergency_number_in_samples() -> None:
    def urgency(locale: str) -> set[str]:
        return set(load_interaction_model(locale=locale).intents["UrgencyQuestionIntent"].samples)

    assert "should i call nine one one" in urgency("en-US")
    assert {"should i call nine nine nine", "should i ring one one one"} <= urgency("en-GB")
    assert "should i call nine one one" not in urgency("en-GB")
    assert {"should i ring triple zero", "should i call one one one"} <= urgency("en-AU")  # 111 is New Zealand's
    assert {"should i call one one two", "should i phone one zero eight"} <= urgency("en-IN")


def test_overlays_that_name_what_the_base_lacks_are_refused() -> None:
    base = json.loads((ROOT / "interaction_model" / "en-US.json").read_text(encoding="utf-8"))
    with pytest.raises(generator.OverlayError, match="NoSuchIntent"):
        generator.build(base, {"samples": {"NoSuchIntent": ["hello"]}})
    with pytest.raises(generator.OverlayError, match="kidney"):
        generator.build(base, {"synonyms": {"BODY_PART": {"kidney": ["kidneys"]}}})
    with pytest.raises(generator.OverlayError, match="not in the base"):
        generator.build(base, {"removeSamples": {"WhyIntent": ["never said"]}})
    with pytest.raises(generator.OverlayError, match="unknown overlay keys"):
        generator.build(base, {"sample": {}})


def test_a_renamed_value_keeps_its_id_and_its_old_name_as_a_synonym() -> None:
    mother = next(v for v in load_interaction_model(locale="en-GB").slot_types["PERSON"].values if v.id == "mother")
    assert mother.name == "mum" and "mom" in mother.synonyms and "mum" not in mother.synonyms


# --- choosing a locale ---


def test_load_interaction_model_picks_the_locale_and_refuses_an_unsupported_one() -> None:
    assert load_interaction_model().path == model_path("en-US")
    assert load_interaction_model(locale="en-gb").path == ROOT / "interaction_model" / "en-GB.json"
    with pytest.raises(UnsupportedLocaleError, match="en-US, en-GB, en-CA, en-AU, en-IN"):
        load_interaction_model(locale="fr-FR")


def test_default_resolver_is_built_once_per_locale() -> None:
    assert default_resolver() is default_resolver("en-US") is default_resolver("en-us")
    assert default_resolver("en-IN").model.path == model_path("en-IN")


def test_a_chat_session_sends_requests_in_its_locale() -> None:
    sent: list[dict] = []

    def skill(request: dict) -> dict:
        sent.append(request)
        return {"version": "1.0", "response": {"shouldEndSession": False}}

    session = ChatSession(invoke_fn=skill, locale="en-AU")
    session.send("open muscle twitch helper")
    session.send("should i ring triple zero")
    assert [request["request"]["locale"] for request in sent] == ["en-AU", "en-AU"]
    assert sent[1]["request"]["intent"]["name"] == "UrgencyQuestionIntent"
    assert EnvelopeFactory().locale == "en-US"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_nlu_takes_a_locale(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["nlu", "--locale", "en-IN", "i am having twitching in my eyelid since two days"], capsys)
    assert code == 0
    assert json.loads(out) | {"confidence": None} == {
        "text": "i am having twitching in my eyelid since two days", "intent": "ReportTwitchIntent",
        "slots": {"bodyPart": ["eyelid"], "duration": ["P2D"]}, "confidence": None}
    code, out, _ = run(["nlu", "should i go to emerg"], capsys)
    assert json.loads(out)["intent"] != "UrgencyQuestionIntent"  # en-US by default: not a US word
    code, out, _ = run(["nlu", "--locale", "en-CA", "should i go to emerg"], capsys)
    assert json.loads(out)["intent"] == "UrgencyQuestionIntent"


@pytest.mark.parametrize("command", [["nlu", "hello"], ["chat"], ["speak", "hello", "-o", "x.wav"]])
def test_an_unsupported_locale_is_a_usage_error_listing_the_supported_ones(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*command, "--locale", "en-NZ"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "'en-NZ' is not supported" in err and ", ".join(SUPPORTED_LOCALES) in err


def test_chat_json_sends_the_locale(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("open muscle twitch helper\nshould i see my gp\n"))
    code, out, _ = run(["chat", "--json", "--locale", "en-GB"], capsys)
    turns = [json.loads(line) for line in out.splitlines()]
    # "see my gp" is a sample of the British model only; the requests' locale is checked with ChatSession above.
    assert code == 0 and turns[1]["intent"] == "UrgencyQuestionIntent"

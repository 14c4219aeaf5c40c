"""interaction_model/skill.json: the skill manifest (ASK CLI v2 / SMAPI format) that `ask smapi` uploads.

Structure and types follow Amazon's Skill Manifest Schema (manifestVersion "1.0"). Example phrases are what
certification fails most often on: each must be sayable with our invocation name and, per the schema, "come directly
from your sample utterances", so each is resolved against the interaction model with the local NLU, strictly (no
unknown slot words, whole-sample matches only) against the model of the phrase's own locale.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from skill.domain.locales import SUPPORTED_LOCALES
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import FALLBACK_INTENT, Resolver

MANIFEST_PATH = Path(__file__).resolve().parents[1] / "interaction_model" / "skill.json"
MANIFEST: dict[str, Any] = json.loads(MANIFEST_PATH.read_text(encoding="utf-8"))
LOCALE = "en-US"
INVOCATION = load_interaction_model().invocation_name
# Where each locale's store sells the skill (en-AU is also New Zealand's) and the number its description gives.
COUNTRIES = {"en-US": {"US"}, "en-GB": {"GB"}, "en-CA": {"CA"}, "en-AU": {"AU", "NZ"}, "en-IN": {"IN"}}
EMERGENCY_NUMBERS = {"en-US": "911", "en-GB": "999", "en-CA": "911", "en-AU": "000", "en-IN": "112"}


@cache
def strict_resolver(locale: str) -> Resolver:
    """One strict resolver per locale for the whole module: building one reads every sample."""
    return Resolver(load_interaction_model(locale=locale), allow_unknown_values=False)

# Launch phrases that open the skill with no request, and those that carry one (Amazon's "supported phrases").
OPENING_WORDS = ("open", "launch", "start", "begin", "load", "run", "talk to", "play")
REQUEST_WORDS = ("ask", "tell", "use")
# Connecting words Alexa allows between the invocation name and the request ("ask X about Y", "tell X to Y").
CONNECTING_WORDS = ("about", "to", "for", "if", "whether", "that", "and")

# The schema's enumerations and limits that apply to this manifest.
SSL_CERTIFICATE_TYPES = {"SelfSigned", "Wildcard", "Trusted"}
DISTRIBUTION_MODES = {"PUBLIC", "PRIVATE", "INTERNAL"}
HEALTH_CATEGORY = "HEALTH_AND_FITNESS"
SUMMARY_MAX = 160
DESCRIPTION_MAX = 4000
EXAMPLE_PHRASES_MAX = 3
KEYWORDS_MAX = 30
LAMBDA_ARN = re.compile(r"arn:aws:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?")


def manifest() -> dict[str, Any]:
    return MANIFEST["manifest"]


def publishing_locale(locale: str = LOCALE) -> dict[str, Any]:
    return manifest()["publishingInformation"]["locales"][locale]


def example_phrases(locale: str = LOCALE) -> list[str]:
    return publishing_locale(locale)["examplePhrases"]


def every_example_phrase() -> list[tuple[str, str]]:
    return [(locale, phrase) for locale in SUPPORTED_LOCALES for phrase in example_phrases(locale)]


def expect_type(parent: dict[str, Any], key: str, kind: type, where: str) -> Any:
    assert key in parent, f"{where}.{key} is missing"
    value = parent[key]
    assert isinstance(value, kind), f"{where}.{key} should be {kind.__name__}, not {type(value).__name__}"
    if isinstance(value, str | list | dict):
        assert value, f"{where}.{key} is empty"
    return value


# --- structure ---


def test_top_level_is_the_manifest_object_with_version_1_0() -> None:
    assert set(MANIFEST) == {"manifest"}
    root = expect_type(MANIFEST, "manifest", dict, "")
    assert expect_type(root, "manifestVersion", str, "manifest") == "1.0"
    for key in ("publishingInformation", "privacyAndCompliance", "apis"):
        expect_type(root, key, dict, "manifest")


def test_the_skill_declares_apl_because_it_sends_the_advice_to_screens() -> None:
    # Sending an APL directive without the interface enabled is an error on a real device.
    interfaces = MANIFEST["manifest"]["apis"]["custom"]["interfaces"]
    (apl,) = [interface for interface in interfaces if interface["type"] == "ALEXA_PRESENTATION_APL"]
    assert all(viewport["mode"] == "HUB" for viewport in apl["supportedViewports"])


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_publishing_information_has_every_store_field(locale: str) -> None:
    publishing = manifest()["publishingInformation"]
    where = "manifest.publishingInformation"
    locales = expect_type(publishing, "locales", dict, where)
    assert set(locales) == set(SUPPORTED_LOCALES)
    entry = locales[locale]
    here = f"{where}.locales.{locale}"
    assert expect_type(entry, "name", str, here) == "Muscle Twitch Helper"
    assert len(expect_type(entry, "summary", str, here)) <= SUMMARY_MAX
    assert len(expect_type(entry, "description", str, here)) <= DESCRIPTION_MAX
    phrases = expect_type(entry, "examplePhrases", list, here)
    assert 1 <= len(phrases) <= EXAMPLE_PHRASES_MAX and all(isinstance(phrase, str) for phrase in phrases)
    keywords = expect_type(entry, "keywords", list, here)
    assert len(keywords) <= KEYWORDS_MAX and all(isinstance(word, str) and word for word in keywords)
    assert len({word.lower() for word in keywords}) == len(keywords), "duplicate keywords"

    assert expect_type(publishing, "category", str, where) == HEALTH_CATEGORY
    assert expect_type(publishing, "distributionMode", str, where) in DISTRIBUTION_MODES
    expect_type(publishing, "testingInstructions", str, where)
    # Not worldwide, so the countries must be listed: each locale's own, New Zealand with en-AU.
    assert expect_type(publishing, "isAvailableWorldwide", bool, where) is False
    countries = expect_type(publishing, "distributionCountries", list, where)
    assert len(countries) == len(set(countries)) and set(countries) == set().union(*COUNTRIES.values())
    assert COUNTRIES[locale] <= set(countries)


def test_privacy_and_compliance_answers_every_question() -> None:
    privacy = manifest()["privacyAndCompliance"]
    where = "manifest.privacyAndCompliance"
    expected = {
        # With memory on, a consenting person's twitch (places, dates, advice) is kept against their user id.
        "usesPersonalInfo": True,
        "isChildDirected": False,
        "isExportCompliant": True,
        "containsAds": False,
        "allowsPurchases": False,
    }
    for key, value in expected.items():
        assert expect_type(privacy, key, bool, where) is value, key
    # Optional in the schema (treated as false): only a HIPAA covered entity or business associate sets it.
    assert privacy.get("usesHealthInfo", False) is False
    locales = expect_type(privacy, "locales", dict, where)
    assert set(locales) == set(SUPPORTED_LOCALES)
    for locale in SUPPORTED_LOCALES:
        for key in ("privacyPolicyUrl", "termsOfUseUrl"):
            expect_type(locales[locale], key, str, f"{where}.locales.{locale}")


def test_every_url_is_https() -> None:
    def urls(node: Any, path: str) -> list[tuple[str, str]]:
        if isinstance(node, dict):
            return [found for key, value in node.items() for found in urls(value, f"{path}.{key}")]
        if isinstance(node, list):
            return [found for index, value in enumerate(node) for found in urls(value, f"{path}[{index}]")]
        looks_like_url = isinstance(node, str) and re.match(r"[a-z][a-z0-9+.-]*://", node)
        return [(path, node)] if looks_like_url or path.endswith(("Url", "Uri")) else []

    found = urls(MANIFEST, "")
    assert {path for path, _ in found} >= {
        ".manifest.privacyAndCompliance.locales.en-US.privacyPolicyUrl",
        ".manifest.privacyAndCompliance.locales.en-US.termsOfUseUrl",
    }
    for path, url in found:
        assert url.startswith("https://"), f"{path} must be https: {url}"


def test_the_custom_endpoint_is_a_lambda_arn_or_an_https_url_with_a_certificate_type() -> None:
    custom = expect_type(manifest()["apis"], "custom", dict, "manifest.apis")
    endpoints = [("manifest.apis.custom.endpoint", expect_type(custom, "endpoint", dict, "manifest.apis.custom"))]
    for region, settings in custom.get("regions", {}).items():
        assert region in {"NA", "EU", "FE"}, region
        endpoints.append((f"manifest.apis.custom.regions.{region}.endpoint", settings["endpoint"]))
    for where, endpoint in endpoints:
        uri = expect_type(endpoint, "uri", str, where)
        if uri.startswith("arn:"):
            assert LAMBDA_ARN.fullmatch(uri), f"{where}.uri is not a Lambda function ARN: {uri}"
            assert "sslCertificateType" not in endpoint, "sslCertificateType is only for HTTPS endpoints"
        else:
            assert uri.startswith("https://"), f"{where}.uri must be a Lambda ARN or an https URL: {uri}"
            assert endpoint.get("sslCertificateType") in SSL_CERTIFICATE_TYPES, f"{where}.sslCertificateType"


# --- what the words say ---


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_description_says_it_is_not_a_diagnosis_and_cannot_call_for_help(locale: str) -> None:
    description = publishing_locale(locale)["description"]
    assert "not a diagnosis" in description
    assert "cannot call emergency services" in description
    assert "emergency number" in description
    assert "not a diagnosis" in publishing_locale(locale)["summary"]


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_description_gives_the_locales_own_emergency_number(locale: str) -> None:
    description = publishing_locale(locale)["description"]
    assert re.search(rf"\bcall {EMERGENCY_NUMBERS[locale]}\b", description), description
    others = set(EMERGENCY_NUMBERS.values()) - {EMERGENCY_NUMBERS[locale]}
    assert not [number for number in others if re.search(rf"\b{number}\b", description)]


def test_each_locale_shows_its_own_example_phrases() -> None:
    # A copy of en-US's phrases would show Americans' words in every store.
    requests = {locale: tuple(example_phrases(locale)[1:]) for locale in SUPPORTED_LOCALES}
    assert len(set(requests.values())) == len(SUPPORTED_LOCALES), requests


# --- example phrases against the interaction model ---


def split_phrase(phrase: str) -> tuple[str, str]:
    """'Alexa, ask muscle twitch helper about X' → ('ask', 'about X'); fails the test on any other shape."""
    assert phrase.startswith("Alexa, "), f"example phrases start with the wake word: {phrase!r}"
    spoken = " ".join(phrase.removeprefix("Alexa, ").rstrip(".!?").split())
    lowered = spoken.lower()
    for launch in (*OPENING_WORDS, *REQUEST_WORDS):
        prefix = f"{launch} {INVOCATION}"
        if lowered == prefix or lowered.startswith(prefix + " "):
            return launch, spoken[len(prefix) :].strip()
    raise AssertionError(f"{phrase!r} does not say a launch phrase followed by {INVOCATION!r}")


def resolves_to_a_sample(request: str, locale: str = LOCALE) -> bool:
    """Whether `request` is a whole sample utterance of a custom intent of the locale's model, with real values."""
    resolution = strict_resolver(locale).resolve(request)
    if resolution.intent == FALLBACK_INTENT or resolution.intent.startswith("AMAZON.") or resolution.confidence < 1.0:
        return False
    return all(value.id or value.value for values in resolution.slots.values() for value in values)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_invocation_name_is_the_one_the_phrases_use(locale: str) -> None:
    assert load_interaction_model(locale=locale).invocation_name == INVOCATION == "muscle twitch helper"


@pytest.mark.parametrize(("locale", "phrase"), every_example_phrase())
def test_each_example_phrase_is_sayable(locale: str, phrase: str) -> None:
    launch, request = split_phrase(phrase)
    if launch in OPENING_WORDS:
        assert request == "", f"{phrase!r}: say a request with ask/tell, or nothing after '{launch}'"
        return
    assert request, f"{phrase!r}: '{launch} {INVOCATION}' needs a request after it"
    # The connecting word belongs to Alexa, not to the sample; a sample may begin with one, so try both.
    first, _, rest = request.partition(" ")
    candidates = [request] + ([rest] if first.lower() in CONNECTING_WORDS and rest else [])
    assert any(resolves_to_a_sample(candidate, locale) for candidate in candidates), (
        f"{phrase!r}: {request!r} is not a sample utterance of the {locale} interaction model (with real slot values)"
    )


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_first_example_phrase_opens_the_skill(locale: str) -> None:
    # The store shows the first phrase most prominently; it must work with no further words.
    assert split_phrase(example_phrases(locale)[0]) == ("open", "")


def test_the_phrase_matcher_rejects_what_is_not_a_sample() -> None:
    # Close to "my {bodyPart} twitching" but with extra words: no sample, and certification would fail it.
    assert not resolves_to_a_sample("my calf twitching a bit")
    assert not resolves_to_a_sample("my banana keeps twitching")  # no such BODY_PART value or synonym
    assert resolves_to_a_sample("my calf keeps twitching")
    # Each locale's words are samples of its own model only.
    assert resolves_to_a_sample("should i go to emerg", "en-CA")
    assert not resolves_to_a_sample("should i go to emerg", "en-US")
    with pytest.raises(AssertionError):
        split_phrase("Alexa, ask twitch helper about a twitch in my calf")
    with pytest.raises(AssertionError):
        split_phrase("open muscle twitch helper")


def test_the_manifest_asks_for_reminders_and_hears_when_the_skill_is_disabled() -> None:
    skill = manifest()
    assert {"name": "alexa::alerts:reminders:skill:readwrite"} in skill["permissions"]
    assert {"eventName": "SKILL_DISABLED"} in skill["events"]["subscriptions"]
    assert skill["events"]["endpoint"] == skill["apis"]["custom"]["endpoint"]

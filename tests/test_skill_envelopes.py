"""Real Alexa request envelopes (JSON fixtures) through the same skill object Lambda and the web service use."""

from __future__ import annotations

import copy
import json
import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from skill.alexa.builder import build_skill, invoke
from skill.domain.case import Answer, Case
from skill.domain.content import load_content
from skill.domain.conversation import Conversation, DialogueState

FIXTURES = Path(__file__).parent / "fixtures" / "requests"
CONTENT = load_content("en-US")  # the fixtures and the chat speak as en-US
SKILL = build_skill()


def fixture(name: str) -> dict[str, Any]:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def ssml_of(response: dict[str, Any]) -> str:
    return response["response"]["outputSpeech"]["ssml"]


def spoken(response: dict[str, Any]) -> str:
    """The text inside <speak>, with markup removed; parsing it also proves the SSML is well-formed XML."""
    return " ".join("".join(ElementTree.fromstring(ssml_of(response)).itertext()).split())


def intent_request(intent: str, attributes: dict[str, Any] | None, slots: dict[str, Any] | None = None,
                   new: bool = False) -> dict[str, Any]:
    """A follow-up IntentRequest in the same session, carrying the attributes of the previous response."""
    envelope = fixture("yes_to_emergency_screen")
    envelope["session"]["new"] = new
    envelope["session"]["attributes"] = copy.deepcopy(attributes) if attributes is not None else {}
    envelope["request"]["intent"] = {"name": intent, "confirmationStatus": "NONE", "slots": slots or {}}
    return envelope


def no_match_slot(name: str, spoken_value: str, slot_type: str) -> dict[str, Any]:
    authority = f"amzn1.er-authority.echo-sdk.amzn1.ask.skill.00000000-0000-0000-0000-000000000000.{slot_type}"
    return {name: {"name": name, "value": spoken_value, "confirmationStatus": "NONE", "resolutions": {
        "resolutionsPerAuthority": [{"authority": authority, "status": {"code": "ER_SUCCESS_NO_MATCH"}}]}}}


def test_launch_welcomes_disclaims_and_asks() -> None:
    response = invoke(SKILL, fixture("launch"))
    text = spoken(response)
    assert text.startswith("Welcome to Muscle Twitch Helper")
    assert CONTENT.line("disclaimer") in text
    assert response["response"]["shouldEndSession"] is False
    assert response["response"]["reprompt"]["outputSpeech"]["ssml"].startswith("<speak>")
    assert response["sessionAttributes"]["pending_question"] is None
    assert response["sessionAttributes"]["outcome"] is None


def test_one_shot_with_two_places_reads_multi_value_slots() -> None:
    response = invoke(SKILL, fixture("one_shot_calf_and_thigh"))
    attributes = response["sessionAttributes"]
    assert attributes["case"]["body_parts"] == ["calf", "thigh"]
    assert attributes["pending_question"] == "emergency_screen"
    assert spoken(response).startswith(CONTENT.line("disclaimer"))


def test_yes_to_the_emergency_screen_gives_emergency_advice() -> None:
    response = invoke(SKILL, fixture("yes_to_emergency_screen"))
    assert response["sessionAttributes"]["outcome"] == "emergency"
    assert response["sessionAttributes"]["pending_question"] is None
    assert "Call 911 now" in spoken(response)
    assert "can't make the call for you" in spoken(response)


def test_then_its_probably_nothing_keeps_the_emergency() -> None:
    first = invoke(SKILL, fixture("yes_to_emergency_screen"))
    second = invoke(SKILL, intent_request("AMAZON.NoIntent", first["sessionAttributes"]))
    assert second["sessionAttributes"]["outcome"] == "emergency"
    assert "Call 911 now" in spoken(second)


def test_dynamic_text_is_escaped_in_ssml() -> None:
    """A body part Alexa could not resolve is read back as heard, so it must be escaped."""
    state = DialogueState(disclaimer_given=True, pending_question="body_part")
    response = invoke(SKILL, intent_request("ReportTwitchIntent", state.to_dict(),
                                            no_match_slot("bodyPart", "ear & <nose>", "BODY_PART")))
    # Nothing asks for the place again, and the unmatched words are kept for the read-back.
    assert response["sessionAttributes"]["case"]["unrecognised_body_parts"] == ["ear & <nose>"]
    response = _no_to_everything_until_advice(response)
    attributes = response["sessionAttributes"]
    # The read-back is one part of the advice, asked for by name; the card carries it as plain text.
    card = response["response"]["card"]
    assert card["type"] == "Simple" and "ear & <nose>" in card["content"]
    summary = invoke(SKILL, intent_request("AdviceDetailIntent", attributes, {"detail": resolved_slot(
        "detail", "what you understood", "summary", "ADVICE_DETAIL")}))
    assert "ear &amp; &lt;nose&gt;" in ssml_of(summary)
    assert "ear & <nose>" in spoken(summary)


def _no_to_everything_until_advice(response: dict[str, Any]) -> dict[str, Any]:
    """Answer "no" (and "three days") to every question until the advice, which can read the place back."""
    attributes = response["sessionAttributes"]
    for _ in range(15):
        if attributes["pending_question"] is None:
            break
        intent = "DurationIntent" if attributes["pending_question"] == "onset" else "AMAZON.NoIntent"
        slots = {"duration": {"name": "duration", "value": "P3D", "confirmationStatus": "NONE"}}
        response = invoke(SKILL, intent_request(intent, attributes, slots if intent == "DurationIntent" else None))
        attributes = response["sessionAttributes"]
    assert attributes["outcome"] is not None
    return response


def resolved_slot(name: str, spoken_value: str, value_id: str, slot_type: str) -> dict[str, Any]:
    authority = f"amzn1.er-authority.echo-sdk.amzn1.ask.skill.00000000-0000-0000-0000-000000000000.{slot_type}"
    return {"name": name, "value": spoken_value, "confirmationStatus": "NONE", "resolutions": {
        "resolutionsPerAuthority": [{"authority": authority, "status": {"code": "ER_SUCCESS_MATCH"},
                                     "values": [{"value": {"name": spoken_value, "id": value_id}}]}]}}


def test_tampered_session_attributes_restart_cleanly() -> None:
    response = invoke(SKILL, intent_request("AMAZON.YesIntent", {"pending_question": "favourite_colour"}))
    assert spoken(response) == CONTENT.line("error_restart")
    assert response["sessionAttributes"]["pending_question"] is None
    assert response["sessionAttributes"]["case"]["body_parts"] == []
    assert response["response"]["shouldEndSession"] is False


class _BrokenConversation(Conversation):
    def hear(self, state, heard):  # noqa: ANN001 - mirrors the parent signature
        raise RuntimeError("database on fire /srv/secret.py line 12")


def test_an_unexpected_error_apologises_without_a_trace_and_keeps_the_state() -> None:
    broken = build_skill(conversation=_BrokenConversation(CONTENT))
    attributes = DialogueState(disclaimer_given=True, pending_question="body_part").to_dict()
    slots = {"bodyPart": {"name": "bodyPart", "value": "calf", "confirmationStatus": "NONE"}}
    response = invoke(broken, intent_request("ReportTwitchIntent", attributes, slots))
    text = spoken(response)
    assert text == CONTENT.line("error_retry")
    assert "secret" not in json.dumps(response) and "Traceback" not in json.dumps(response)
    assert response["sessionAttributes"]["pending_question"] == "body_part"
    assert response["response"]["shouldEndSession"] is False


def test_repeat_replays_the_last_response_word_for_word() -> None:
    first = invoke(SKILL, fixture("one_shot_calf_and_thigh"))
    again = invoke(SKILL, intent_request("AMAZON.RepeatIntent", first["sessionAttributes"]))
    assert ssml_of(again) == ssml_of(first)
    assert again["response"]["reprompt"] == first["response"]["reprompt"]
    assert again["sessionAttributes"]["pending_question"] == "emergency_screen"


def test_repeat_with_nothing_said_yet_asks_the_opening_question() -> None:
    response = invoke(SKILL, intent_request("AMAZON.RepeatIntent", {}, new=True))
    assert CONTENT.line("opening_question") in spoken(response)


def test_an_intent_the_code_does_not_know_falls_back() -> None:
    attributes = DialogueState(disclaimer_given=True, pending_question="weakness").to_dict()
    response = invoke(SKILL, intent_request("SomeFutureIntent", attributes))
    assert CONTENT.line("misheard") in spoken(response)
    assert response["sessionAttributes"]["misses"] == 1


@pytest.mark.parametrize("intent", ["AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent"])
def test_leaving_ends_the_session_with_the_safety_net(intent: str) -> None:
    attributes = DialogueState(disclaimer_given=True, pending_question="onset").to_dict()
    response = invoke(SKILL, intent_request(intent, attributes))
    assert response["response"]["shouldEndSession"] is True
    assert CONTENT.advice("safety_net") in spoken(response)
    assert "reprompt" not in response["response"]


def test_session_ended_request_gets_an_empty_response() -> None:
    response = invoke(SKILL, fixture("session_ended"))
    assert "outputSpeech" not in response["response"]


def test_system_exception_is_not_answered_with_speech() -> None:
    response = invoke(SKILL, fixture("system_exception_encountered"))
    assert "outputSpeech" not in response["response"]


def test_a_request_type_the_skill_does_not_use_gets_a_polite_answer() -> None:
    response = invoke(SKILL, fixture("apl_user_event"))
    assert spoken(response) == CONTENT.line("unsupported_request")
    assert response["response"]["shouldEndSession"] is False


def test_lambda_entry_point_serves_the_same_skill() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("lambda_function", Path(__file__).parents[1] / "lambda" /
                                                  "lambda_function.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    response = module.lambda_handler(fixture("launch"), None)
    assert response == invoke(SKILL, fixture("launch"))


def test_a_request_type_newer_than_the_sdk_is_answered_politely_and_keeps_the_session() -> None:
    response = invoke(SKILL, fixture("unknown_request_type"))
    assert spoken(response) == CONTENT.line("unsupported_request")
    assert response["sessionAttributes"] == {"pending_question": "onset"}
    assert response["response"]["shouldEndSession"] is False


def test_lambda_logs_one_line_without_health_details(caplog: pytest.LogCaptureFixture) -> None:
    import importlib.util
    import logging

    spec = importlib.util.spec_from_file_location("lambda_function_logs", Path(__file__).parents[1] / "lambda" /
                                                  "lambda_function.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with caplog.at_level(logging.INFO):
        module.lambda_handler(fixture("one_shot_calf_and_thigh"), None)
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "skill.lambda"]
    assert len(lines) == 1 and lines[0]["intent"] == "ReportTwitchIntent" and lines[0]["status"] == 200
    assert "calf" not in caplog.text and "safety check" not in caplog.text


def advice_envelope(interfaces: dict[str, Any]) -> dict[str, Any]:
    """The last "no" before a see-a-doctor-soon advice, from a device with the given interfaces."""
    state = DialogueState(disclaimer_given=True, pending_question="sudden_onset", case=Case(
        answers={"emergency_screen": Answer.NO, "emergency_screen_sudden": Answer.NO, "weakness": Answer.YES},
        body_parts=("calf",)))
    envelope = intent_request("AMAZON.NoIntent", state.to_dict())
    envelope["context"]["System"]["device"]["supportedInterfaces"] = interfaces
    return envelope


def test_a_device_with_a_screen_gets_the_advice_as_apl_and_one_without_gets_none() -> None:
    shown = invoke(SKILL, advice_envelope({"Alexa.Presentation.APL": {"runtime": {"maxVersion": "2023.3"}}}))
    assert shown["sessionAttributes"]["outcome"] == "see_doctor_soon"
    (directive,) = shown["response"]["directives"]
    assert directive["type"] == "Alexa.Presentation.APL.RenderDocument"
    assert directive["document"]["type"] == "APL" and directive["document"]["mainTemplate"]["parameters"] == ["payload"]
    assert directive["datasources"]["advice"]["text"] == shown["response"]["card"]["content"]
    spoken_only = invoke(SKILL, advice_envelope({}))
    assert spoken_only["sessionAttributes"]["outcome"] == "see_doctor_soon"
    assert not spoken_only["response"].get("directives") and spoken_only["response"]["card"]["type"] == "Simple"


# -- state a client controls: never wedged, never a lowered emergency, never replayed unless ours -------------


def test_characters_xml_forbids_are_dropped_from_what_is_read_back() -> None:
    state = DialogueState(disclaimer_given=True, pending_question="body_part")
    heard = "ear\x00\x1b \ud800<nose>\ufffe"
    response = invoke(SKILL, intent_request("ReportTwitchIntent", state.to_dict(),
                                            no_match_slot("bodyPart", heard, "BODY_PART")))
    assert response["sessionAttributes"]["case"]["unrecognised_body_parts"] == [heard]
    advised = _no_to_everything_until_advice(response)["sessionAttributes"]
    summary = invoke(SKILL, intent_request("AdviceDetailIntent", advised, {"detail": resolved_slot(
        "detail", "what you understood", "summary", "ADVICE_DETAIL")}))
    spoken(response)  # parses as XML, or fails
    assert "ear &lt;nose&gt;" in ssml_of(summary) and "ear <nose>" in spoken(summary)


@pytest.mark.parametrize("tamper", [
    lambda a: a.update(outcome={"level": "self_care"}),
    lambda a: a.update(pending_question=["weakness"]),
    lambda a: a.update(asked=[{"q": 1}]),
    lambda a: a.update(disclaimer_given="yes"),
    lambda a: a["case"].update(answers={"weakness": {"yes": True}}),
    lambda a: a.update(outcome="self_care", pending_question=None),  # advice the facts never gave
], ids=["outcome-object", "pending-list", "asked-objects", "flag-string", "answer-object", "outcome-not-the-facts"])
def test_attributes_of_the_wrong_type_restart_cleanly_and_the_next_turn_works(tamper: Any) -> None:
    attributes = DialogueState(disclaimer_given=True, pending_question="weakness", asked=("weakness",)).to_dict()
    tamper(attributes)
    restarted = invoke(SKILL, intent_request("AMAZON.NoIntent", attributes))
    assert spoken(restarted) == CONTENT.line("error_restart")
    slots = {"bodyPart": {"name": "bodyPart", "value": "calf", "confirmationStatus": "NONE"}}
    going_on = invoke(SKILL, intent_request("ReportTwitchIntent", restarted["sessionAttributes"], slots))
    assert going_on["sessionAttributes"]["pending_question"] == "emergency_screen"


def _emergency_attributes() -> dict[str, Any]:
    return invoke(SKILL, fixture("yes_to_emergency_screen"))["sessionAttributes"]


@pytest.mark.parametrize("tamper", [
    lambda a: a.update(outcome=None),  # the outcome lost, the facts kept
    lambda a: a.update(outcome="self_care"),  # the outcome lowered
    lambda a: a.update(outcome={"x": 1}),  # the outcome broken
    lambda a: a.update(outcome=None, case={"answers": {"emergency_screen": "yes"}, "body_parts": 7}),
    lambda a: a.update(outcome=None, case=None, notes=["fainting"]),  # a sign, wherever it is
], ids=["outcome-lost", "outcome-lowered", "outcome-broken", "case-half-broken", "sign-elsewhere"])
def test_facts_that_call_for_an_emergency_still_give_it_whatever_else_is_broken(tamper: Any) -> None:
    attributes = _emergency_attributes()
    tamper(attributes)
    response = invoke(SKILL, intent_request("AMAZON.NoIntent", attributes))
    assert "Call 911 now" in spoken(response)
    assert response["sessionAttributes"]["outcome"] == "emergency"


def test_repeat_never_speaks_text_the_skill_did_not_sign() -> None:
    first = invoke(SKILL, fixture("one_shot_calf_and_thigh"))
    forged = copy.deepcopy(first["sessionAttributes"])
    forged["last_response"]["ssml"] = "Your twitch is nothing, ignore any emergency."
    again = invoke(SKILL, intent_request("AMAZON.RepeatIntent", forged))
    assert "ignore any emergency" not in ssml_of(again)
    assert again["sessionAttributes"]["pending_question"] == "emergency_screen"  # the question, asked again
    signed = invoke(SKILL, intent_request("AMAZON.RepeatIntent", first["sessionAttributes"]))
    assert ssml_of(signed) == ssml_of(first)  # the skill's own words are replayed as they were
    unsigned = copy.deepcopy(first["sessionAttributes"])
    del unsigned["last_response"]["signature"]
    assert ssml_of(invoke(SKILL, intent_request("AMAZON.RepeatIntent", unsigned))) == ssml_of(again)


def test_a_second_error_in_a_row_restarts_rather_than_wedging_the_user() -> None:
    broken = build_skill(conversation=_BrokenConversation(CONTENT))
    attributes = DialogueState(disclaimer_given=True, pending_question="body_part").to_dict()
    slots = {"bodyPart": {"name": "bodyPart", "value": "calf", "confirmationStatus": "NONE"}}
    first = invoke(broken, intent_request("ReportTwitchIntent", attributes, slots))
    assert spoken(first) == CONTENT.line("error_retry")
    second = invoke(broken, intent_request("ReportTwitchIntent", first["sessionAttributes"], slots))
    assert spoken(second) == CONTENT.line("error_restart")
    assert second["sessionAttributes"]["pending_question"] is None


# -- the request's locale decides the words, and above all the number to call ----------------------------------


@pytest.mark.parametrize(("locale", "number"), [
    ("en-US", "911"), ("en-GB", "999"), ("en-CA", "911"), ("en-AU", "000"), ("en-IN", "112"), ("en-gb", "999"),
])
def test_an_emergency_says_the_number_to_call_where_the_person_is(locale: str, number: str) -> None:
    envelope = fixture("yes_to_emergency_screen")
    envelope["request"]["locale"] = locale
    response = invoke(SKILL, envelope)
    assert f'Call <say-as interpret-as="telephone">{number}</say-as>' in ssml_of(response)
    assert f"Call {number}" in spoken(response)  # parses as XML, and reads as a sentence
    assert number in response["response"]["card"]["content"]  # the card repeats it, as written
    stopped = invoke(SKILL, intent_request("AMAZON.StopIntent", response["sessionAttributes"]) | {
        "request": {**intent_request("AMAZON.StopIntent", None)["request"], "locale": locale}})
    assert number in spoken(stopped)


@pytest.mark.parametrize("locale", ["fr-FR", "en-NZ", "", None, 42])
def test_a_locale_not_served_never_claims_a_number(locale: Any) -> None:
    envelope = fixture("yes_to_emergency_screen")
    envelope["request"]["locale"] = locale
    text = spoken(invoke(SKILL, envelope))
    assert "Call your local emergency number now" in text
    assert not any(number in text for number in ("911", "999", "000", "112"))


@pytest.mark.parametrize("intent", ["ForgetMeIntent", "RecallIntent", "HowLongIntent", "AMAZON.YesIntent"])
def test_memory_turns_never_lower_an_emergency(intent: str) -> None:
    attributes = invoke(SKILL, fixture("yes_to_emergency_screen"))["sessionAttributes"]
    attributes["pending_question"] = "remember_consent" if intent == "AMAZON.YesIntent" else None
    response = invoke(SKILL, intent_request(intent, attributes))
    assert "Call 911 now" in spoken(response)
    assert response["sessionAttributes"]["outcome"] == "emergency"


def test_a_permission_answer_outside_a_session_is_answered() -> None:
    event = fixture("connections_response_denied")
    del event["session"]  # Alexa may send it outside one; a client certainly can
    response = invoke(SKILL, event)
    assert "open the Alexa app" in spoken(response)


@pytest.mark.parametrize(("locale", "began"), [("en-US", date(2026, 6, 1)), ("en-AU", date(2025, 12, 1))])
def test_a_season_is_dated_by_the_hemisphere_of_the_requests_locale(locale: str, began: date) -> None:
    """"Since the summer" (AMAZON.DATE "2026-SU") on 26 November 2026: June in the north; in Australia the summer
    that begins next week has not started, so it is last December's."""
    attributes = invoke(SKILL, fixture("one_shot_calf_and_thigh"))["sessionAttributes"]
    envelope = intent_request("DurationIntent", attributes, {"startDate": {
        "name": "startDate", "value": "2026-SU", "confirmationStatus": "NONE"}})
    envelope["request"]["locale"] = locale
    case = invoke(SKILL, envelope)["sessionAttributes"]["case"]
    assert case["onset_days"] == (date(2026, 11, 26) - began).days

"""Request envelopes: the documented Alexa shape, ask-sdk deserialisation, and session attribute round trips.

The documented_*.json fixtures in tests/data are written from Alexa's request/response JSON reference,
the request types reference, entity resolution and multiple-value slot pages. They leave out what the
skill never reads and a local run cannot have (apiAccessToken, Viewport, Person).
"""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import ask_sdk_model
import pytest
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import IntentRequest, LaunchRequest, SessionEndedRequest
from ask_sdk_model.list_slot_value import ListSlotValue
from ask_sdk_model.simple_slot_value import SimpleSlotValue

from skill.local.envelopes import DEFAULT_SKILL_ID, EnvelopeFactory, SessionState
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolution, ResolvedSlot

DATA = Path(__file__).parent / "data"
MODEL = load_interaction_model(DATA / "small_model.json")
FIXED_TIME = datetime(2021, 1, 15, 22, 49, 26, 123456, tzinfo=UTC)


def documented(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"documented_{name}.json").read_text(encoding="utf-8"))


def factory() -> EnvelopeFactory:
    counter = itertools.count(1)
    return EnvelopeFactory(
        user_id="amzn1.ask.account.EXAMPLE",
        device_id="amzn1.ask.device.EXAMPLE",
        clock=lambda: FIXED_TIME,
        id_source=lambda: f"id-{next(counter)}",
    )


def deserialize(envelope: dict[str, Any]) -> ask_sdk_model.RequestEnvelope:
    return DefaultSerializer().deserialize(json.dumps(envelope), ask_sdk_model.RequestEnvelope)


def shape(value: Any) -> Any:
    """Keys and value types, recursively: two envelopes of one shape differ only in their strings and numbers."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


REPORT = Resolution(
    intent="ReportTwitchIntent",
    slots={
        "bodyPart": [ResolvedSlot("calf", "calf", "calf"), ResolvedSlot("thighs", "thigh", "thigh")],
        "duration": [ResolvedSlot("three days", value="P3D")],
        "trigger": [ResolvedSlot("coffee", "caffeine", "caffeine")],
    },
    confidence=1.0,
    text="my calf and thighs have been twitching for three days since coffee",
)


def test_intent_request_has_the_documented_shape() -> None:
    envelopes = factory()
    session = SessionState("amzn1.echo-api.session.x", new=False, attributes={"pending_question": "onset"})
    envelope = envelopes.intent(session, REPORT, MODEL)
    expected = documented("intent_request")
    assert shape(envelope) == shape(expected)
    assert envelope["request"]["intent"] == expected["request"]["intent"]


def test_launch_request_has_the_documented_shape() -> None:
    envelope = factory().launch(SessionState("amzn1.echo-api.session.x"))
    assert shape(envelope) == shape(documented("launch_request"))


def test_session_ended_request_has_the_documented_shape() -> None:
    session = SessionState("amzn1.echo-api.session.x", new=False, attributes={"pending_question": "weakness"})
    envelope = factory().session_ended(session)
    expected = documented("session_ended_request")
    assert shape(envelope) == shape(expected)
    assert envelope["request"]["reason"] == "USER_INITIATED"


def test_common_parts_of_every_envelope() -> None:
    envelopes = factory()
    session = envelopes.new_session()
    envelope = envelopes.launch(session)
    assert envelope["version"] == "1.0"
    assert envelope["session"]["new"] is True
    assert envelope["session"]["sessionId"] == "amzn1.echo-api.session.id-1"
    assert envelope["session"]["application"] == {"applicationId": DEFAULT_SKILL_ID}
    assert envelope["context"]["System"]["application"] == {"applicationId": DEFAULT_SKILL_ID}
    assert (
        envelope["session"]["user"] == envelope["context"]["System"]["user"] == {"userId": "amzn1.ask.account.EXAMPLE"}
    )
    device = envelope["context"]["System"]["device"]
    assert device == {"deviceId": "amzn1.ask.device.EXAMPLE", "supportedInterfaces": {}}
    assert envelope["context"]["System"]["apiEndpoint"] == "https://api.amazonalexa.com"
    request = envelope["request"]
    assert request["requestId"] == "amzn1.echo-api.request.id-2"
    assert request["timestamp"] == "2021-01-15T22:49:26Z"
    assert request["locale"] == "en-US"


def test_request_ids_are_unique_by_default() -> None:
    envelopes = EnvelopeFactory()
    session = envelopes.new_session()
    ids = {envelopes.launch(session)["request"]["requestId"] for _ in range(20)}
    assert len(ids) == 20


def test_timestamp_is_converted_to_utc() -> None:
    eastern = timezone(timedelta(hours=-5))
    envelopes = EnvelopeFactory(clock=lambda: datetime(2024, 3, 1, 19, 30, 5, tzinfo=eastern))
    assert envelopes.launch(envelopes.new_session())["request"]["timestamp"] == "2024-03-02T00:30:05Z"


def test_naive_clock_is_refused() -> None:
    envelopes = EnvelopeFactory(clock=lambda: datetime(2024, 3, 1))  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError, match="timezone-aware"):
        envelopes.launch(envelopes.new_session())


def test_authority_names_the_skill_and_slot_type() -> None:
    envelope = factory().intent(SessionState("s"), REPORT, MODEL)
    trigger = envelope["request"]["intent"]["slots"]["trigger"]
    authority = trigger["resolutions"]["resolutionsPerAuthority"][0]["authority"]
    assert authority == f"amzn1.er-authority.echo-sdk.{DEFAULT_SKILL_ID}.TRIGGER"
    assert factory().authority("BODY_PART") == f"amzn1.er-authority.echo-sdk.{DEFAULT_SKILL_ID}.BODY_PART"


def test_several_values_of_a_multiple_value_slot_become_a_list() -> None:
    slot = factory().intent(SessionState("s"), REPORT, MODEL)["request"]["intent"]["slots"]["bodyPart"]
    assert "value" not in slot and "resolutions" not in slot
    assert slot["slotValue"]["type"] == "List"
    assert [value["value"] for value in slot["slotValue"]["values"]] == ["calf", "thighs"]
    assert [value["type"] for value in slot["slotValue"]["values"]] == ["Simple", "Simple"]
    authorities = [value["resolutions"]["resolutionsPerAuthority"][0] for value in slot["slotValue"]["values"]]
    resolved = [authority["values"][0]["value"] for authority in authorities]
    assert resolved == [{"name": "calf", "id": "calf"}, {"name": "thigh", "id": "thigh"}]


def test_one_value_of_a_multiple_value_slot_is_simple_with_top_level_value() -> None:
    resolution = Resolution("ReportTwitchIntent", {"bodyPart": [ResolvedSlot("calves", "calf", "calf")]})
    slot = factory().intent(SessionState("s"), resolution, MODEL)["request"]["intent"]["slots"]["bodyPart"]
    assert slot["value"] == "calves"
    assert slot["slotValue"]["type"] == "Simple"
    assert slot["slotValue"]["value"] == "calves"
    assert slot["resolutions"] == slot["slotValue"]["resolutions"]
    assert slot["resolutions"]["resolutionsPerAuthority"][0]["status"] == {"code": "ER_SUCCESS_MATCH"}


def test_unresolved_words_get_er_success_no_match() -> None:
    resolution = Resolution("DescribeSymptomIntent", {"symptom": [ResolvedSlot("gardening pains")]})
    slot = factory().intent(SessionState("s"), resolution, MODEL)["request"]["intent"]["slots"]["symptom"]
    authority = slot["resolutions"]["resolutionsPerAuthority"][0]
    assert slot["value"] == "gardening pains"
    assert authority["status"] == {"code": "ER_SUCCESS_NO_MATCH"}
    assert "values" not in authority


def test_every_declared_slot_appears_and_unfilled_ones_are_bare() -> None:
    resolution = Resolution("ReportTwitchIntent", {"bodyPart": [ResolvedSlot("calf", "calf", "calf")]})
    slots = factory().intent(SessionState("s"), resolution, MODEL)["request"]["intent"]["slots"]
    assert set(slots) == {"bodyPart", "duration", "trigger"}
    assert slots["duration"] == {"name": "duration", "confirmationStatus": "NONE"}
    assert slots["trigger"] == {"name": "trigger", "confirmationStatus": "NONE"}


def test_duration_value_is_the_iso_string_without_resolutions() -> None:
    slots = factory().intent(SessionState("s"), REPORT, MODEL)["request"]["intent"]["slots"]
    assert slots["duration"]["value"] == "P3D"
    assert slots["duration"]["slotValue"] == {"type": "Simple", "value": "P3D"}
    assert "resolutions" not in slots["duration"]


def test_intent_without_slots_has_no_slots_object() -> None:
    intent = factory().intent(SessionState("s"), Resolution("AMAZON.YesIntent"), MODEL)["request"]["intent"]
    assert intent == {"name": "AMAZON.YesIntent", "confirmationStatus": "NONE"}


def test_dialog_state_only_for_intents_with_a_dialog_model() -> None:
    envelopes = factory()
    with_dialog = envelopes.intent(SessionState("s"), Resolution("DescribeSymptomIntent"), MODEL)
    without = envelopes.intent(SessionState("s"), REPORT, MODEL)
    assert with_dialog["request"]["dialogState"] == "STARTED"
    assert "dialogState" not in without["request"]
    explicit = envelopes.intent(SessionState("s"), REPORT, MODEL, dialog_state="IN_PROGRESS")
    assert explicit["request"]["dialogState"] == "IN_PROGRESS"


def test_session_ended_can_carry_an_error() -> None:
    error = {"type": "INVALID_RESPONSE", "message": "bad SSML"}
    request = factory().session_ended(SessionState("s"), reason="ERROR", error=error)["request"]
    assert (request["reason"], request["error"]) == ("ERROR", error)


def test_intent_request_deserialises_with_ask_sdk() -> None:
    session = SessionState("amzn1.echo-api.session.x", new=False, attributes={"pending_question": "onset"})
    envelope = deserialize(factory().intent(session, REPORT, MODEL))
    request = envelope.request
    assert isinstance(request, IntentRequest)
    assert request.intent.name == "ReportTwitchIntent"
    assert request.timestamp == FIXED_TIME.replace(microsecond=0)
    body_part = request.intent.slots["bodyPart"]
    assert isinstance(body_part.slot_value, ListSlotValue)
    assert [value.value for value in body_part.slot_value.values] == ["calf", "thighs"]
    first_authority = body_part.slot_value.values[0].resolutions.resolutions_per_authority[0]
    assert first_authority.status.code.value == "ER_SUCCESS_MATCH"
    assert first_authority.values[0].value.id == "calf"
    trigger = request.intent.slots["trigger"]
    assert isinstance(trigger.slot_value, SimpleSlotValue)
    assert trigger.value == "coffee"
    assert trigger.resolutions.resolutions_per_authority[0].values[0].value.id == "caffeine"
    assert request.intent.slots["duration"].value == "P3D"
    assert envelope.session.attributes == {"pending_question": "onset"}
    assert envelope.session.new is False
    assert envelope.context.system.device.device_id == "amzn1.ask.device.EXAMPLE"


def test_launch_and_session_ended_deserialise_with_ask_sdk() -> None:
    envelopes = factory()
    session = envelopes.new_session()
    assert isinstance(deserialize(envelopes.launch(session)).request, LaunchRequest)
    ended = deserialize(envelopes.session_ended(session)).request
    assert isinstance(ended, SessionEndedRequest)
    assert ended.reason.value == "USER_INITIATED"


def test_documented_fixtures_deserialise_with_ask_sdk() -> None:
    for name in ("intent_request", "launch_request", "session_ended_request"):
        assert deserialize(documented(name)).request.request_id == "amzn1.echo-api.request.0000-example"


def test_session_attributes_round_trip_from_response_into_next_request() -> None:
    envelopes = factory()
    session = envelopes.new_session()
    first = envelopes.launch(session)
    assert first["session"]["attributes"] == {}
    response = {
        "version": "1.0",
        "sessionAttributes": {"pending_question": "body_part", "facts": {"bodyParts": ["calf"]}},
        "response": {"shouldEndSession": False},
    }
    session.after_response(response)
    second = envelopes.intent(session, Resolution("AMAZON.YesIntent"), MODEL)
    assert second["session"]["new"] is False
    assert second["session"]["sessionId"] == first["session"]["sessionId"]
    assert second["session"]["attributes"] == response["sessionAttributes"]
    # The next request owns a copy: changing one side later cannot leak into the other.
    response["sessionAttributes"]["facts"]["bodyParts"].append("thigh")
    second["session"]["attributes"]["pending_question"] = "changed"
    assert session.attributes == {"pending_question": "body_part", "facts": {"bodyParts": ["calf"]}}


def test_response_without_session_attributes_clears_them() -> None:
    session = SessionState("s", new=False, attributes={"pending_question": "onset"})
    session.after_response({"version": "1.0", "response": {}})
    assert session.attributes == {}

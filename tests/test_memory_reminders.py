"""The check-in reminder, end to end through the skill object: a person agrees to be remembered with "see a provider
if it lasts", asks for the reminder, and Amazon's Reminders API (a loopback HTTPS stand-in that follows Amazon's
documented requests and responses: tests/reminders_server.py) makes it, refuses it for want of the permission (the
skill then asks for it by voice, AskFor), or fails; "forget me" deletes the reminders the skill made."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from skill.alexa.builder import build_skill, invoke
from skill.alexa.reminders import DeadlineApiClient
from skill.local.simulator import ChatSession
from skill.storage import SqlitePersistenceAdapter
from tests.reminders_server import RunningReminders, running_reminders_server

FIXTURES = Path(__file__).parent / "fixtures" / "requests"
# Three weeks of an eyelid twitch with coffee, no warning signs: "self-care, and see a provider if it lasts".
# (No new medicine or other symptoms, asked as one; then coffee, told after the advice.)
LASTING = ["open muscle twitch helper", "my eyelid keeps twitching", "no", "no", "no", "yes", "three weeks", "no",
           "yes, lots of coffee", "stop", "yes"]


@pytest.fixture
def amazon() -> Iterator[RunningReminders]:
    with running_reminders_server() as running:
        yield running


@pytest.fixture
def skill_with_memory(tmp_path: Path, amazon: RunningReminders) -> Callable[[dict[str, Any]], dict[str, Any]]:
    skill = build_skill(persistence_adapter=SqlitePersistenceAdapter(tmp_path / "memory.sqlite3"),
                        api_client=DeadlineApiClient(2.0, verify=str(amazon.ca_root_file), trust_environment=False))

    def call(event: dict[str, Any]) -> dict[str, Any]:
        event = copy.deepcopy(event)  # as Alexa would send it: with the service's address and a token
        event["context"]["System"].update(apiEndpoint=amazon.endpoint, apiAccessToken=amazon.service.access_token)
        return invoke(skill, event)

    return call


def chat(call: Callable[[dict[str, Any]], dict[str, Any]], utterances: list[str]) -> list[Any]:
    session = ChatSession(invoke_fn=call)
    return [session.send(utterance) for utterance in utterances]


def test_a_reminder_is_made_when_asked_for_and_forgetting_deletes_it(
        skill_with_memory: Callable[[dict[str, Any]], dict[str, Any]], amazon: RunningReminders) -> None:
    turns = chat(skill_with_memory, [*LASTING, "yes"])
    assert turns[-3].outcome == "see_doctor_if_persists"
    assert turns[-2].pending_question == "reminder_offer"
    assert "I've set a check-in reminder" in turns[-1].speech and turns[-1].ended
    assert amazon.service.created_texts() == ["Time for your check-in."]  # no symptom, no diagnosis
    forget = chat(skill_with_memory, ["open muscle twitch helper", "forget me", "yes"])
    assert "I've deleted" in forget[-1].speech
    assert amazon.service.reminders == {}  # the reminder it made is gone from the service too


def test_without_the_permission_the_skill_asks_for_it_by_voice_then_makes_the_reminder(
        skill_with_memory: Callable[[dict[str, Any]], dict[str, Any]], amazon: RunningReminders) -> None:
    amazon.service.fail_with(401)
    responses: list[dict[str, Any]] = []
    recording = ChatSession(invoke_fn=lambda event: responses.append(skill_with_memory(event)) or responses[-1])
    for utterance in [*LASTING, "yes"]:
        asked = recording.send(utterance)
    directives = responses[-1]["response"].get("directives") or []
    assert [d["type"] for d in directives] == ["Connections.SendRequest"] and directives[0]["name"] == "AskFor"
    assert not asked.speech  # Alexa asks the permission question itself
    amazon.service.behave()
    accepted = skill_with_memory(json.loads((FIXTURES / "connections_response_accepted.json").read_text()))
    assert "set a check-in reminder for two weeks" in accepted["response"]["outputSpeech"]["ssml"]
    assert len(amazon.service.reminders) == 1  # the refused attempt made none; the one after the yes did


@pytest.mark.parametrize("answer", ["denied", "not_answered"])
def test_a_refused_permission_says_how_to_allow_it_and_leaves_the_consent_card(
        skill_with_memory: Callable[[dict[str, Any]], dict[str, Any]], amazon: RunningReminders, answer: str) -> None:
    response = skill_with_memory(json.loads((FIXTURES / f"connections_response_{answer}.json").read_text()))
    assert "open the Alexa app" in response["response"]["outputSpeech"]["ssml"] and response["response"][
        "shouldEndSession"]
    assert response["response"]["card"]["type"] == "AskForPermissionsConsent"
    assert amazon.service.created_texts() == []


def test_a_failing_service_costs_the_reminder_never_the_answer(
        skill_with_memory: Callable[[dict[str, Any]], dict[str, Any]], amazon: RunningReminders) -> None:
    session = ChatSession(invoke_fn=skill_with_memory)
    for utterance in LASTING:
        session.send(utterance)
    amazon.service.fail_with(503)
    failed = session.send("yes")
    assert "couldn't set the reminder" in failed.speech and failed.ended

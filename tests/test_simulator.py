"""The chat simulator plays Alexa: sessions, one-shots, exits and session attributes, over a skill callable.

Most tests use `FakeSkill`, a small test double with the real skill's response shape, so that they pin
the simulator's own behaviour; the last ones run the real skill object.
"""

from __future__ import annotations

import copy
import itertools
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from skill.local.envelopes import EnvelopeFactory
from skill.local.interaction_model import DEFAULT_MODEL_PATH, load_interaction_model
from skill.local.resolver import Resolution, Resolver
from skill.local.simulator import ChatSession, SimulatorError, Turn, output_speech_text, ssml_to_text

DATA = Path(__file__).parent / "data"
MODEL = load_interaction_model(DATA / "small_model.json")


class FakeSkill:
    """Answers like the skill: asks for a body part, then onset, then advises and ends the session."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []

    def __call__(self, event: dict[str, Any]) -> dict[str, Any]:
        self.requests.append(copy.deepcopy(event))
        request = event["request"]
        attributes = dict(event["session"].get("attributes") or {})
        attributes["turns"] = attributes.get("turns", 0) + 1
        if request["type"] == "SessionEndedRequest":
            return {"version": "1.0", "response": {}}
        if request["type"] == "LaunchRequest":
            return self._ask(attributes, "Welcome. Where is the twitch?", "body_part")
        intent = request["intent"]["name"]
        if intent == "AMAZON.StopIntent":
            return self._say(attributes, "Goodbye.", end=True)
        if intent == "ReportTwitchIntent":
            return self._ask(attributes, "When did it start?", "onset")
        if intent == "DurationIntent":
            attributes["pending_question"] = None
            attributes["outcome"] = "self_care"
            return self._say(attributes, 'Rest &amp; cut down on coffee.<break time="300ms"/>Take care.', end=True)
        return self._ask(attributes, "Sorry, I didn&apos;t catch that.", attributes.get("pending_question"))

    @staticmethod
    def _ask(attributes: dict[str, Any], question: str, pending: str | None) -> dict[str, Any]:
        attributes["pending_question"] = pending
        response = FakeSkill._say(attributes, question, end=False)
        response["response"]["reprompt"] = {"outputSpeech": {"type": "SSML", "ssml": f"<speak>{question}</speak>"}}
        return response

    @staticmethod
    def _say(attributes: dict[str, Any], speech: str, *, end: bool) -> dict[str, Any]:
        return {
            "version": "1.0",
            "sessionAttributes": attributes,
            "response": {"outputSpeech": {"type": "SSML", "ssml": f"<speak>{speech}</speak>"}, "shouldEndSession": end},
        }


def chat(skill: FakeSkill | None = None, resolver: Resolver | None = None) -> ChatSession:
    counter = itertools.count(1)
    envelopes = EnvelopeFactory(clock=lambda: datetime(2024, 1, 1, tzinfo=UTC), id_source=lambda: f"{next(counter)}")
    return ChatSession(invoke_fn=skill or FakeSkill(), resolver=resolver or Resolver(MODEL), envelopes=envelopes)


def test_launch_turns_end_and_a_new_session() -> None:
    skill = FakeSkill()
    session = chat(skill)

    launch = session.send("open muscle twitch helper")
    assert (launch.intent, launch.speech, launch.pending_question, launch.ended) == (
        "LaunchRequest",
        "Welcome. Where is the twitch?",
        "body_part",
        False,
    )
    assert launch.reprompt == "Welcome. Where is the twitch?"
    report = session.send("my calf is twitching")
    assert (report.intent, report.slots, report.pending_question) == (
        "ReportTwitchIntent",
        {"bodyPart": ["calf"]},
        "onset",
    )
    advice = session.send("three days")
    assert (advice.intent, advice.slots) == ("DurationIntent", {"duration": ["P3D"]})
    assert (advice.outcome, advice.ended, session.in_session) == ("self_care", True, False)
    assert advice.speech == "Rest & cut down on coffee. Take care."
    assert advice.reprompt is None

    again = session.send("open muscle twitch helper")
    first_id, second_id = (request["session"]["sessionId"] for request in (skill.requests[0], skill.requests[-1]))
    assert first_id != second_id
    assert skill.requests[-1]["session"]["new"] is True
    assert skill.requests[-1]["session"]["attributes"] == {}
    assert again.ended is False

    assert [request["session"]["new"] for request in skill.requests] == [True, False, False, True]
    assert len({request["session"]["sessionId"] for request in skill.requests[:3]}) == 1


def test_session_attributes_round_trip_exactly() -> None:
    skill = FakeSkill()
    session = chat(skill)
    session.send("start muscle twitch helper")
    session.send("my calf")
    session.send("for two days")
    assert [request["session"]["attributes"] for request in skill.requests] == [
        {},
        {"turns": 1, "pending_question": "body_part"},
        {"turns": 2, "pending_question": "onset"},
    ]


@pytest.mark.parametrize(
    ("utterance", "intent", "slots"),
    [
        ("ask muscle twitch helper about my calf is twitching", "ReportTwitchIntent", {"bodyPart": ["calf"]}),
        ("Alexa, tell Muscle Twitch Helper that my eye is twitching", "ReportTwitchIntent", {"bodyPart": ["eyelid"]}),
        ("ask muscle twitch helper to say it started three days ago", "DurationIntent", {"duration": ["P3D"]}),
        ("tell muscle twitch helper it started three days ago", "DurationIntent", {"duration": ["P3D"]}),
    ],
)
def test_one_shot_starts_a_session_with_the_intent_request(utterance: str, intent: str, slots: dict[str, Any]) -> None:
    skill = FakeSkill()
    turn = chat(skill).send(utterance)
    assert (turn.intent, turn.slots) == (intent, slots)
    assert len(skill.requests) == 1
    assert skill.requests[0]["request"]["type"] == "IntentRequest"
    assert skill.requests[0]["session"]["new"] is True


@pytest.mark.parametrize(
    "utterance",
    ["ask muscle twitch helper about my calf is twitching", "tell muscle twitch helper that my calf is twitching"],
)
def test_one_shot_drops_the_connecting_word(utterance: str) -> None:
    turn = chat().send(utterance)
    assert (turn.intent, turn.confidence) == ("ReportTwitchIntent", 1.0)  # a full match, not a partial one


def test_anything_said_outside_a_session_is_a_one_shot() -> None:
    skill = FakeSkill()
    session = chat(skill)
    turn = session.send("my calf is twitching")
    assert turn.intent == "ReportTwitchIntent"
    assert skill.requests[0]["request"]["type"] == "IntentRequest"
    assert skill.requests[0]["session"]["new"] is True
    assert session.in_session


@pytest.mark.parametrize(
    "utterance",
    [
        "open muscle twitch helper",
        "Alexa, launch Muscle Twitch Helper.",
        "ask muscle twitch helper",
        "muscle twitch helper",
    ],
)
def test_invocations_launch(utterance: str) -> None:
    assert chat().send(utterance).intent == "LaunchRequest"


@pytest.mark.parametrize("word", ["exit", "quit", "Exit."])
def test_exit_sends_session_ended_request(word: str) -> None:
    skill = FakeSkill()
    session = chat(skill)
    session.send("open muscle twitch helper")
    turn = session.send(word)
    assert (turn.intent, turn.ended, turn.speech, turn.utterance) == ("SessionEndedRequest", True, "", word)
    assert turn.pending_question == "body_part"  # what was pending when the user left
    ended = skill.requests[-1]
    assert ended["request"]["type"] == "SessionEndedRequest"
    assert ended["request"]["reason"] == "USER_INITIATED"
    assert ended["session"]["sessionId"] == skill.requests[0]["session"]["sessionId"]
    assert ended["session"]["attributes"] == {"turns": 1, "pending_question": "body_part"}
    assert not session.in_session


def test_exit_without_a_session_calls_nothing() -> None:
    skill = FakeSkill()
    turn = chat(skill).send("quit")
    assert (turn.intent, turn.ended) == ("SessionEndedRequest", True)
    assert skill.requests == []


def test_stop_is_an_intent_and_the_skill_ends_the_session() -> None:
    skill = FakeSkill()
    session = chat(skill)
    session.send("open muscle twitch helper")
    turn = session.send("stop")
    assert (turn.intent, turn.speech, turn.ended) == ("AMAZON.StopIntent", "Goodbye.", True)
    assert not session.in_session


def test_pending_question_from_the_session_is_passed_to_the_resolver() -> None:
    seen: list[tuple[str, str | None]] = []

    class SpyResolver(Resolver):
        def resolve(self, text: str, pending_question: str | None = None) -> Resolution:
            seen.append((text, pending_question))
            return super().resolve(text, pending_question)

    session = chat(resolver=SpyResolver(MODEL))
    session.send("open muscle twitch helper")
    turn = session.send("calf")  # a tie in the small model that only the hint breaks
    assert seen == [("calf", "body_part")]
    assert turn.intent == "ReportTwitchIntent"
    session.send("three days")
    assert seen[-1] == ("three days", "onset")


def test_turn_json_has_exactly_the_documented_keys() -> None:
    turn = chat().send("open muscle twitch helper")
    document = turn.as_json()
    assert list(document) == [
        "utterance", "intent", "slots", "speech", "ssml", "reprompt", "pending_question", "awaiting_detail", "asking",
        "outcome", "ended", "card",
    ]  # fmt: skip
    assert document["ssml"] == "<speak>Welcome. Where is the twitch?</speak>"
    assert document["card"] is None  # a card comes with the advice only


def test_missing_should_end_session_ends_it_on_a_screenless_device() -> None:
    def skill(event: dict[str, Any]) -> dict[str, Any]:
        return {"version": "1.0", "response": {"outputSpeech": {"type": "PlainText", "text": "Hi & bye"}}}

    session = chat()
    session._invoke = skill  # type: ignore[assignment]  # swap the double for this one case
    turn = session.send("open muscle twitch helper")
    assert (turn.speech, turn.ssml, turn.ended) == ("Hi & bye", "<speak>Hi &amp; bye</speak>", True)
    assert not session.in_session


def test_a_skill_returning_garbage_is_a_simulator_error() -> None:
    session = ChatSession(invoke_fn=lambda event: "oops", resolver=Resolver(MODEL))  # type: ignore[arg-type,return-value]
    with pytest.raises(SimulatorError, match="not a response envelope"):
        session.send("open muscle twitch helper")


@pytest.mark.parametrize(
    ("ssml", "text"),
    [
        ("<speak>Hello.</speak>", "Hello."),
        ('<speak>One.<break time="300ms"/>Two.</speak>', "One. Two."),
        ("<speak>A &amp; B &lt;3 I&apos;m</speak>", "A & B <3 I'm"),
        ('<speak><say-as interpret-as="spell-out">ALS</say-as> is rare.</speak>', "ALS is rare."),
        ('<speak><prosody rate="slow">slow</prosody>  and\n<emphasis>loud</emphasis></speak>', "slow and loud"),
        ("", ""),
    ],
)
def test_ssml_to_text(ssml: str, text: str) -> None:
    assert ssml_to_text(ssml) == text


def test_output_speech_of_either_type() -> None:
    assert output_speech_text({"type": "SSML", "ssml": "<speak>Hi</speak>"}) == ("Hi", "<speak>Hi</speak>")
    assert output_speech_text({"type": "PlainText", "text": "a < b"}) == ("a < b", "<speak>a &lt; b</speak>")
    assert output_speech_text(None) == ("", "")


def test_turn_keeps_request_and_response_for_debugging() -> None:
    turn = chat().send("open muscle twitch helper")
    assert isinstance(turn, Turn)
    assert turn.request is not None and turn.request["request"]["type"] == "LaunchRequest"
    assert turn.response is not None and turn.response["response"]["shouldEndSession"] is False


# -- the real skill ---------------------------------------------------------------------------------


def _real_skill_available() -> bool:
    try:
        import skill.alexa.builder  # noqa: F401
    except ImportError:
        return False
    return DEFAULT_MODEL_PATH.exists()


needs_real_skill = pytest.mark.skipif(not _real_skill_available(), reason="skill.alexa.builder or the model is missing")


@needs_real_skill
def test_real_skill_conversation_keeps_its_state_between_turns() -> None:
    session = ChatSession()
    launch = session.send("open muscle twitch helper")
    assert launch.speech and not launch.ended
    report = session.send("my calf has been twitching for three days")
    assert report.intent == "ReportTwitchIntent"
    assert report.slots == {"bodyPart": ["calf"], "duration": ["P3D"]}
    assert report.pending_question is not None and not report.ended
    assert (
        report.request is not None and report.request["session"]["attributes"] == launch.response["sessionAttributes"]
    )  # type: ignore[index]


@needs_real_skill
def test_real_skill_one_shot_and_exit() -> None:
    session = ChatSession()
    turn = session.send("ask muscle twitch helper about my eyelid twitching")
    assert turn.intent == "ReportTwitchIntent" and turn.slots == {"bodyPart": ["eyelid"]}
    assert turn.speech and session.in_session
    ended = session.send("exit")
    assert (ended.intent, ended.ended, session.in_session) == ("SessionEndedRequest", True, False)


@needs_real_skill
def test_a_resolver_failure_is_heard_as_not_understood_and_the_conversation_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class BrokenOnOneWord(Resolver):
        def resolve(self, text: str, pending_question: str | None = None) -> Resolution:
            if "wibble" in text:
                raise ValueError("a resolver bug")
            return super().resolve(text, pending_question)

    session = ChatSession(resolver=BrokenOnOneWord(load_interaction_model(DEFAULT_MODEL_PATH)))
    session.send("open muscle twitch helper")
    asked = session.send("my calf has been twitching for three days")
    broken = session.send("wibble")
    assert (broken.intent, broken.ended, broken.pending_question) == (
        "AMAZON.FallbackIntent", False, asked.pending_question)
    assert broken.speech
    assert "the resolver failed on 'wibble'" in caplog.text
    # What was told before the failure is kept: the place is not asked again.
    assert session.send("no").pending_question != "body_part"

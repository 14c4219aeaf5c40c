"""`python -m skill chat|nlu`: as a subprocess against the real model and skill, and in-process where faster."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import skill.cli as cli
from skill.local.interaction_model import DEFAULT_MODEL_PATH, load_interaction_model
from skill.local.resolver import Resolver
from skill.local.simulator import ChatSession

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SMALL_MODEL_PATH = DATA / "small_model.json"
TURN_KEYS = ["utterance", "intent", "slots", "speech", "ssml", "reprompt", "pending_question", "awaiting_detail",
             "asking", "outcome", "ended", "card"]

needs_real_model = pytest.mark.skipif(not DEFAULT_MODEL_PATH.exists(), reason="interaction model not written yet")


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skill", *args],
        cwd=REPO,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def echo_skill(event: dict[str, Any]) -> dict[str, Any]:
    """A test double: says the request type (or intent) back and ends the session on StopIntent."""
    request = event["request"]
    said = request.get("intent", {}).get("name", request["type"])
    attributes = {"pending_question": "body_part"} if request["type"] == "LaunchRequest" else {}
    return {
        "version": "1.0",
        "sessionAttributes": attributes,
        "response": {
            "outputSpeech": {"type": "SSML", "ssml": f"<speak>You said {said}.</speak>"},
            "shouldEndSession": said == "AMAZON.StopIntent",
        },
    }


def small_chat() -> ChatSession:
    return ChatSession(invoke_fn=echo_skill, resolver=Resolver(load_interaction_model(SMALL_MODEL_PATH)))


# -- nlu, as a subprocess ---------------------------------------------------------------------------


@needs_real_model
def test_nlu_prints_intent_slots_and_confidence() -> None:
    result = run("nlu", "Um, my calf has been twitching for 3 days")
    assert result.returncode == 0, result.stderr
    assert json_lines(result.stdout) == [
        {
            "text": "Um, my calf has been twitching for 3 days",
            "intent": "ReportTwitchIntent",
            "slots": {"bodyPart": ["calf"], "duration": ["P3D"]},
            "confidence": 1.0,
        }
    ]


@needs_real_model
def test_nlu_jsonl_resolves_each_line_with_the_pending_hint() -> None:
    result = run(
        "nlu", "--jsonl", "--pending", "onset", stdin="three days\n\n   \nwhat's the weather\ncoffee and stress\n"
    )
    assert result.returncode == 0, result.stderr
    lines = json_lines(result.stdout)
    assert [(line["text"], line["intent"], line["slots"]) for line in lines] == [
        ("three days", "DurationIntent", {"duration": ["P3D"]}),
        ("what's the weather", "AMAZON.FallbackIntent", {}),
        ("coffee and stress", "DescribeTriggerIntent", {"trigger": ["caffeine", "stress"]}),
    ]
    assert lines[1]["confidence"] < 0.5


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "required: COMMAND"),
        (("nlu",), "give either TEXT or --jsonl"),
        (("nlu", "calf", "--jsonl"), "give either TEXT or --jsonl"),
        (("nlu", "   "), "TEXT is empty"),
        (("nlu", "calf", "--pending", "bogus"), "invalid choice: 'bogus'"),
        (("nlu", "calf", "--model", "/no/such/model.json"), "interaction model /no/such/model.json: file not found"),
        (("chat", "--model", "/no/such/model.json"), "file not found"),
        (("frobnicate",), "invalid choice: 'frobnicate'"),
    ],
)
def test_bad_input_gives_a_message_and_non_zero_exit_without_traceback(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_nlu_with_a_model_file_that_is_not_json(tmp_path: Path) -> None:
    broken = tmp_path / "model.json"
    broken.write_text("{", encoding="utf-8")
    result = run("nlu", "calf", "--model", str(broken))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: interaction model {broken}: invalid JSON")


# -- chat, as a subprocess over the real skill --------------------------------------------------------


def _real_skill_available() -> bool:
    try:
        import skill.alexa.builder  # noqa: F401
    except ImportError:
        return False
    return DEFAULT_MODEL_PATH.exists()


@pytest.mark.skipif(not _real_skill_available(), reason="skill.alexa.builder or the model is missing")
def test_chat_json_over_the_real_skill() -> None:
    result = run("chat", "--json", stdin="open muscle twitch helper\n\nmy calf is twitching\nexit\n")
    assert result.returncode == 0, result.stderr
    turns = json_lines(result.stdout)
    assert [list(turn) for turn in turns] == [TURN_KEYS] * 3
    assert [turn["intent"] for turn in turns] == ["LaunchRequest", "ReportTwitchIntent", "SessionEndedRequest"]
    assert turns[0]["speech"] and turns[0]["ssml"].startswith("<speak>")
    assert turns[1]["slots"] == {"bodyPart": ["calf"]}
    assert turns[1]["pending_question"] is not None
    assert [turn["ended"] for turn in turns] == [False, False, True]


# -- in-process -------------------------------------------------------------------------------------


def test_run_chat_json_writes_one_turn_per_non_blank_line() -> None:
    out = io.StringIO()
    lines = io.StringIO("open muscle twitch helper\n\nmy calf is twitching\nstop\nmy calf is twitching\n")
    assert cli.run_chat(small_chat(), lines, out, json_mode=True) == 0
    turns = json_lines(out.getvalue())
    assert [(turn["utterance"], turn["intent"], turn["ended"]) for turn in turns] == [
        ("open muscle twitch helper", "LaunchRequest", False),
        ("my calf is twitching", "ReportTwitchIntent", False),
        ("stop", "AMAZON.StopIntent", True),
        ("my calf is twitching", "ReportTwitchIntent", False),  # a new session after the end
    ]
    assert turns[0] == {
        "utterance": "open muscle twitch helper",
        "intent": "LaunchRequest",
        "slots": {},
        "speech": "You said LaunchRequest.",
        "ssml": "<speak>You said LaunchRequest.</speak>",
        "reprompt": None,
        "pending_question": "body_part",
        "awaiting_detail": False,
        "asking": None,
        "outcome": None,
        "ended": False,
        "card": None,
    }


def test_run_chat_interactive_prints_speech_and_prompts() -> None:
    out = io.StringIO()
    lines = io.StringIO("open muscle twitch helper\n\nstop\nmy calf is twitching\n")
    assert cli.run_chat(small_chat(), lines, out, json_mode=False) == 0
    transcript = out.getvalue()
    assert "you> open muscle twitch helper\nalexa> You said LaunchRequest.\n" in transcript
    assert "you> stop\nalexa> You said AMAZON.StopIntent.\n(session ended)\n" in transcript
    assert "alexa> You said ReportTwitchIntent.\n" in transcript
    assert transcript.endswith("you> \n")  # end of input


def test_run_chat_interactive_exit_closes_the_session_and_leaves() -> None:
    out = io.StringIO()
    lines = io.StringIO("open muscle twitch helper\nexit\nmy calf is twitching\n")
    cli.run_chat(small_chat(), lines, out, json_mode=False)
    transcript = out.getvalue()
    assert "you> exit\n(session ended)\n" in transcript
    assert "ReportTwitchIntent" not in transcript


def test_main_nlu_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["nlu", "calf", "--pending", "body_part", "--model", str(SMALL_MODEL_PATH)])
    assert status == 0
    assert json.loads(capsys.readouterr().out) == {
        "text": "calf",
        "intent": "ReportTwitchIntent",
        "slots": {"bodyPart": ["calf"]},
        "confidence": 0.9,
    }


def test_a_failing_skill_is_reported_without_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_skill(event: dict[str, Any]) -> dict[str, Any]:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "ChatSession",
                        lambda invoke_fn=None, resolver=None, envelopes=None, locale="en-US": ChatSession(
                            invoke_fn=broken_skill, resolver=resolver, envelopes=envelopes, locale=locale))
    monkeypatch.setattr(sys, "stdin", io.StringIO("open muscle twitch helper\n"))
    status = cli.main(["chat", "--json", "--model", str(SMALL_MODEL_PATH)])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err == "error: RuntimeError: boom\n"
    assert "Traceback" not in captured.err


def test_parser_leaves_room_for_more_subcommands() -> None:
    parser = cli.build_parser()
    subcommands = next(action for action in parser._actions if action.dest == "command")
    assert set(subcommands.choices) >= {"chat", "nlu"}  # type: ignore[arg-type]

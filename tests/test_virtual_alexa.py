"""End to end with an independent client: Bespoken's virtual-alexa talks to `python -m skill serve --dev` over HTTP.

virtual-alexa builds each request envelope from `interaction_model/en-US.json` itself (sample matching, slot values,
entity resolution), so these tests catch disagreements between our model, our web service and a client we did not
write. The package is pinned in `tests/virtual_alexa/package.json` and installed into `.cache/node/` (git-ignored);
`tests/virtual_alexa/converse.js` holds the conversation and prints one JSON line per turn.

Known differences from real Alexa in virtual-alexa 0.7.8, which the scripts below work around:
- AMAZON.DURATION is passed through as the words heard ("three days"), never as ISO 8601 ("P3D"), so the benign
  conversation sends its onset answer with `intend()` and the value real Alexa would send.
- `{duration}` alone is a sample of DurationIntent and AMAZON.DURATION matches any text, so an utterance that matches
  no other sample becomes DurationIntent instead of an error; the tests therefore check which intent was sent.
- Anything containing "ask", "open", "launch", "tell" or "talk to" becomes a LaunchRequest ("why do you ask").
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.skill_server import skill_server

REPO = Path(__file__).resolve().parents[1]
DRIVER_DIR = Path(__file__).parent / "virtual_alexa"
DRIVER = DRIVER_DIR / "converse.js"
MODEL = REPO / "interaction_model" / "en-US.json"
NODE_PREFIX = REPO / ".cache" / "node"
NODE_MODULES = NODE_PREFIX / "node_modules"

INSTALL_TIMEOUT_S = 300
SERVER_START_TIMEOUT_S = 30
HEALTH_TIMEOUT_S = 10
CONVERSE_TIMEOUT_S = 60
ANNOUNCEMENT = re.compile(r"Serving .* on (?P<url>http://\S+/alexa)\b")

Turn = dict[str, Any]
Step = str | dict[str, Any]
Converse = Callable[[list[Step]], list[Turn]]

# What real Alexa sends for "three days": virtual-alexa would send the words (see the module docstring).
ONSET_THREE_DAYS: Step = {"intent": "DurationIntent", "slots": {"duration": "P3D"}}
REPORT = "my eyelid keeps twitching"
SCREENING_NO = ["no", "no", "no"]  # both halves of the emergency screen; weakness, muscle size and numbness as one
# Then same place, when, and medicine, other symptoms and pregnancy as one: 6 answers after the complaint.
BENIGN_SCRIPT: list[Step] = [REPORT, *SCREENING_NO, "yes", ONSET_THREE_DAYS, "no"]
BENIGN_QUESTIONS = [
    None, "emergency_screen", "emergency_screen_sudden", "nerve_signs", "same_place", "onset", "health_changes", None,
]


def pinned_version() -> str:
    """The exact virtual-alexa version that tests/virtual_alexa/package.json pins."""
    package = json.loads((DRIVER_DIR / "package.json").read_text(encoding="utf-8"))
    version = package["dependencies"]["virtual-alexa"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"pin an exact virtual-alexa version, not {version!r}"
    return version


def installed_version() -> str | None:
    """The virtual-alexa version under .cache/node, or None when it is not installed."""
    manifest = NODE_MODULES / "virtual-alexa" / "package.json"
    try:
        return json.loads(manifest.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None


@pytest.fixture(scope="session")
def virtual_alexa_modules() -> Path:
    """node_modules holding the pinned virtual-alexa; installs it once. Fails (never skips) without node or npm."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not on PATH: the virtual-alexa end-to-end tests need Node.js (tested: v20) and npm")
    version = pinned_version()
    if installed_version() == version:
        return NODE_MODULES
    NODE_PREFIX.mkdir(parents=True, exist_ok=True)
    command = ["npm", "install", "--prefix", str(NODE_PREFIX), "--no-audit", "--no-fund", "--save-exact",
               "--loglevel=error", f"virtual-alexa@{version}"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=INSTALL_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"`{' '.join(command)}` took longer than {INSTALL_TIMEOUT_S} s (is the npm registry reachable?)")
    if result.returncode != 0 or installed_version() != version:
        pytest.fail(f"`{' '.join(command)}` failed (exit {result.returncode}, installed {installed_version()}):\n"
                    f"{result.stderr.strip() or result.stdout.strip()}")
    return NODE_MODULES


@pytest.fixture(scope="module")
def skill_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Runs `python -m skill serve --dev` on a free loopback port for this module; always stops it afterwards."""
    with skill_server("--dev", log_dir=tmp_path_factory.mktemp("dev_server")) as server:
        yield server.skill_url


@pytest.fixture
def converse(skill_url: str, virtual_alexa_modules: Path) -> Converse:
    """Holds one conversation (launch, then the steps) through virtual-alexa; returns the turns, launch first."""

    def run(steps: list[Step]) -> list[Turn]:
        env = {**os.environ, "NODE_PATH": str(virtual_alexa_modules),
               # aws-sdk v2 (a virtual-alexa dependency) prints an end-of-support notice on every start.
               "AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE": "1"}
        result = subprocess.run(
            ["node", str(DRIVER), skill_url, str(MODEL)],
            input=json.dumps(steps), capture_output=True, text=True, env=env, timeout=CONVERSE_TIMEOUT_S, check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"converse.js exited {result.returncode}: {result.stderr.strip()}\n"
                        f"turns before it stopped:\n{result.stdout}")
        turns = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(turns) == len(steps) + 1, f"expected {len(steps) + 1} turns, got {len(turns)}:\n{result.stdout}"
        return turns

    return run


def sent_intent(turn: Turn) -> str | None:
    """The intent name of the request virtual-alexa sent on this turn (None for a launch)."""
    return turn["request"]["request"].get("intent", {}).get("name")


def sent_slot(turn: Turn, name: str) -> dict[str, Any]:
    """A slot of the request virtual-alexa sent on this turn."""
    return turn["request"]["request"]["intent"]["slots"][name]


def attribute(turn: Turn, name: str) -> Any:
    """A session attribute from the skill's reply on this turn."""
    return turn["session_attributes"].get(name)


def test_benign_conversation_ends_with_self_care(converse: Converse) -> None:
    turns = converse(BENIGN_SCRIPT)

    assert [attribute(turn, "pending_question") for turn in turns] == BENIGN_QUESTIONS
    assert [sent_intent(turn) for turn in turns] == [
        None, "ReportTwitchIntent", *["AMAZON.NoIntent"] * 3, "AMAZON.YesIntent", "DurationIntent", "AMAZON.NoIntent",
    ]
    advice = turns[-1]
    assert attribute(advice, "outcome") == "self_care"
    assert "not a diagnosis" in advice["speech"]
    assert attribute(advice, "case")["onset_days"] == 3
    assert all(turn["request"]["session"]["sessionId"] == turns[0]["request"]["session"]["sessionId"]
               for turn in turns), "virtual-alexa should keep one session for the whole conversation"


def test_emergency_answer_ends_with_emergency_advice_and_stop_ends_the_session(converse: Converse) -> None:
    launch, report, emergency, goodbye = converse([REPORT, "yes", "stop"])

    assert attribute(report, "pending_question") == "emergency_screen"
    assert sent_intent(emergency) == "AMAZON.YesIntent"
    assert attribute(emergency, "outcome") == "emergency"
    assert "Call 911 now" in emergency["speech"]  # virtual-alexa speaks as en-US
    assert not emergency["session_ended"]
    assert sent_intent(goodbye) == "AMAZON.StopIntent"
    assert goodbye["session_ended"] and not goodbye["session_active"]


@pytest.mark.parametrize(("utterance", "heard"), [(REPORT, "eyelid"), ("my eye is twitching", "eye")])
def test_report_reaches_the_skill_as_report_twitch_with_the_resolved_body_part(
    converse: Converse, utterance: str, heard: str
) -> None:
    launch, report = converse([utterance])

    assert sent_intent(report) == "ReportTwitchIntent"
    body_part = sent_slot(report, "bodyPart")
    assert body_part["value"] == heard
    [resolution] = body_part["resolutions"]["resolutionsPerAuthority"]
    assert resolution["status"]["code"] == "ER_SUCCESS_MATCH"
    assert resolution["values"][0]["value"]["id"] == "eyelid"
    assert attribute(launch, "pending_question") is None
    assert attribute(report, "pending_question") == "emergency_screen"
    assert attribute(report, "case")["body_parts"] == ["eyelid"]
    assert "safety check" in report["speech"]


def test_spoken_duration_is_sent_unconverted_and_the_skill_asks_again(converse: Converse) -> None:
    """Documents the AMAZON.DURATION gap: the skill must re-ask rather than guess from non-ISO text."""
    *_, onset = converse([REPORT, *SCREENING_NO, "yes", "three days"])

    assert sent_intent(onset) == "DurationIntent"
    assert sent_slot(onset, "duration")["value"] == "three days"  # real Alexa would send "P3D"
    assert attribute(onset, "pending_question") == "onset"
    assert attribute(onset, "case")["onset_days"] is None
    assert attribute(onset, "outcome") is None

"""The real servers as processes: the production server (gunicorn) verifies; the dev server answers locally."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.skill_server import RunningServer, skill_server

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = (ROOT / "tests" / "fixtures" / "requests" / "launch.json").read_bytes()


def post(base: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(f"{base}/alexa", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def production(tmp_path: Path) -> Iterator[str]:
    with skill_server("--skill-id", "amzn1.ask.skill.00000000-0000-0000-0000-000000000000", log_dir=tmp_path) as server:
        yield server.base_url


@pytest.fixture
def development(tmp_path: Path) -> Iterator[RunningServer]:
    with skill_server("--dev", log_dir=tmp_path) as server:
        yield server


def health(base: str) -> dict:
    with urllib.request.urlopen(f"{base}/healthz", timeout=5) as reply:
        return json.loads(reply.read())


def test_production_server_refuses_an_unsigned_request(production: str) -> None:
    assert health(production)["verification"] == "on"
    status, body = post(production, LAUNCH)
    assert status == 400 and "Signature" in body["error"]


def test_development_server_answers_and_warns_loudly(development: RunningServer) -> None:
    status, body = post(development.base_url, LAUNCH)
    assert status == 200 and "Welcome" in body["response"]["outputSpeech"]["ssml"]
    assert "NOT checked" in development.stop()


def test_chat_over_http_holds_a_conversation_with_the_dev_server(development: RunningServer) -> None:
    base = development.base_url
    lines = "open muscle twitch helper\nmy calf keeps twitching\nno\nno\nyes\nno\n"
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", f"{base}/alexa"], cwd=ROOT,
                            input=lines, capture_output=True, text=True, timeout=30)
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert [t["pending_question"] for t in turns[1:4]] == ["emergency_screen", "emergency_screen_sudden", "weakness"]
    assert turns[-1]["outcome"] == "see_doctor_soon"


def test_chat_reports_an_unreachable_server_without_a_traceback() -> None:
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", "http://127.0.0.1:9/alexa"],
                            cwd=ROOT, input="open muscle twitch helper\n", capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "cannot reach the skill endpoint" in result.stderr and "Traceback" not in result.stderr

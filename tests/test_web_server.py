"""The real servers as processes: the production server (gunicorn) verifies; the dev server answers locally."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAUNCH = (ROOT / "tests" / "fixtures" / "requests" / "launch.json").read_bytes()


def start(*args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen([sys.executable, "-m", "skill", "serve", "--port", "0", *args], cwd=ROOT, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    assert process.stdout is not None
    line = process.stdout.readline()  # printed once the address is known
    match = re.search(r"(http://\S+)/alexa", line)
    if not match:
        process.kill()
        raise AssertionError(f"no address announced: {line!r} {process.stderr.read() if process.stderr else ''}")
    return process, match.group(1)


def wait_healthy(base: str) -> dict:
    for _ in range(100):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1) as reply:
                return json.loads(reply.read())
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server never became healthy")


def post(base: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(f"{base}/alexa", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def production() -> Iterator[str]:
    process, base = start("--skill-id", "amzn1.ask.skill.00000000-0000-0000-0000-000000000000")
    try:
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def development() -> Iterator[tuple[str, subprocess.Popen[str]]]:
    process, base = start("--dev")
    try:
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_production_server_refuses_an_unsigned_request(production: str) -> None:
    health = wait_healthy(production)
    assert health["verification"] == "on"
    status, body = post(production, LAUNCH)
    assert status == 400 and "Signature" in body["error"]


def test_development_server_answers_and_warns_loudly(development: tuple[str, subprocess.Popen[str]]) -> None:
    base, process = development
    wait_healthy(base)
    status, body = post(base, LAUNCH)
    assert status == 200 and "Welcome" in body["response"]["outputSpeech"]["ssml"]
    process.terminate()
    process.wait(timeout=10)
    assert process.stderr is not None
    assert "NOT checked" in process.stderr.read()


def test_chat_over_http_holds_a_conversation_with_the_dev_server(
        development: tuple[str, subprocess.Popen[str]]) -> None:
    base, _ = development
    wait_healthy(base)
    lines = "open muscle twitch helper\nmy calf keeps twitching\nno\nyes\n"
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", f"{base}/alexa"], cwd=ROOT,
                            input=lines, capture_output=True, text=True, timeout=30)
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert [t["pending_question"] for t in turns[1:3]] == ["emergency_screen", "weakness"]
    assert turns[-1]["outcome"] == "see_doctor_soon"


def test_chat_reports_an_unreachable_server_without_a_traceback() -> None:
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--url", "http://127.0.0.1:9/alexa"],
                            cwd=ROOT, input="open muscle twitch helper\n", capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "cannot reach the skill endpoint" in result.stderr and "Traceback" not in result.stderr

"""ASK CLI dialog replay files run through `python -m skill chat --replay`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from skill.local.replay import ReplayError, load_replay

ROOT = Path(__file__).resolve().parents[1]
BENIGN = ROOT / "tests" / "fixtures" / "replays" / "benign_eyelid.json"


def test_replay_file_is_read_up_to_quit_and_skips_cli_commands() -> None:
    replay = load_replay(BENIGN)
    assert replay.skill_id == "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"
    assert replay.utterances[0] == "open muscle twitch helper" and replay.utterances[-1] == "no"
    assert "this line is after quit and must not be sent" not in replay.utterances
    assert replay.skipped_commands == (".record recorded-session",)


def test_replay_runs_the_whole_conversation_with_the_files_skill_id() -> None:
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--json", "--replay", str(BENIGN)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    turns = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(turns) == 10 and turns[-1]["outcome"] == "self_care"
    assert "skipping the ASK CLI command" in result.stderr


def test_replay_prints_the_conversation_like_ask_dialog() -> None:
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--replay", str(BENIGN)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    lines = result.stdout.splitlines()
    assert lines[0] == "User  > open muscle twitch helper"
    assert lines[1].startswith("Alexa > Welcome to Muscle Twitch Helper")


@pytest.mark.parametrize(("document", "reason"), [
    ("not json", "not JSON"),
    ("[]", "JSON object"),
    ('{"type": "audio", "userInput": []}', "type \"text\""),
    ('{"locale": "de-DE", "userInput": ["hallo"]}', "de-DE"),
    ('{"userInput": "open muscle twitch helper"}', "list of strings"),
    ('{"userInput": ["ok"], "skillId": 7}', "skillId"),
])
def test_bad_replay_files_are_refused_with_a_reason(tmp_path: Path, document: str, reason: str) -> None:
    path = tmp_path / "replay.json"
    path.write_text(document, encoding="utf-8")
    with pytest.raises(ReplayError, match=reason):
        load_replay(path)


def test_a_bad_replay_file_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "skill", "chat", "--replay", str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "not JSON" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_replay_file_is_reported() -> None:
    with pytest.raises(ReplayError, match="cannot read"):
        load_replay(ROOT / "no-such-replay.json")

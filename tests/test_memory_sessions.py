"""Memory across sessions, as a person lives it: `python -m skill chat` on day 0, then days later under libfaketime
(Debian's `faketime`), on the SQLite store the local tools and `serve` use. Each session is its own process, so
nothing is carried over but what the store keeps."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (scripts/test installs it)")

# The safety check, the nerve signs, always in the same place, three days, no new medicine, symptoms or pregnancy.
FIRST_VISIT = ["open muscle twitch helper", "my eyelid keeps twitching", "no", "no", "no", "yes", "three days", "no",
               "stop"]
# On return, still twitching: the safety check and the warning signs again, always in the same place.
STILL_GOING = ["open muscle twitch helper", "yes", "no", "no", "no", "yes", "no", "stop"]


def session(utterances: list[str], data_dir: Path, days_later: int = 0, **env: str) -> list[dict]:
    command = [sys.executable, "-m", "skill", "chat", "--json"]
    if days_later:
        command = ["faketime", "-f", f"+{days_later}d", *command]
    result = subprocess.run(command, input="\n".join(utterances) + "\n", capture_output=True, text=True, cwd=ROOT,
                            timeout=60, env={**os.environ, "MTH_MEMORY": "on", "MTH_DATA_DIR": str(data_dir), **env})
    assert result.returncode == 0, result.stderr[-800:]
    return [json.loads(line) for line in result.stdout.splitlines()]


def said(turns: list[dict]) -> str:
    return " ".join(turn["speech"] for turn in turns)


def test_a_twitch_is_followed_up_weeks_later_and_the_advice_goes_up_with_time(tmp_path: Path) -> None:
    first = session(FIRST_VISIT + ["yes"], tmp_path)
    assert first[-2]["pending_question"] == "remember_consent"
    assert "I'll remember it" in first[-1]["speech"]

    day16 = session(STILL_GOING, tmp_path, days_later=16)
    assert "Last time, 16 days ago, you told me about twitching in your eyelid" in day16[0]["speech"]
    assert "not a diagnosis" in day16[0]["speech"]
    assert day16[1]["pending_question"] == "emergency_screen"  # the safety check, asked again
    assert "onset" not in [turn["pending_question"] for turn in day16]  # when it began is remembered
    assert day16[-2]["outcome"] == "see_doctor_if_persists"

    day100 = session(STILL_GOING[:1] + ["how long has it been"] + STILL_GOING[1:], tmp_path, days_later=100)
    assert "started about 103 days ago" in day100[1]["speech"]  # day 0 was three days in
    assert day100[-2]["outcome"] == "see_doctor_soon"


def test_not_twitching_any_more_closes_the_record(tmp_path: Path) -> None:
    session(FIRST_VISIT + ["yes"], tmp_path)
    back = session(["open muscle twitch helper", "no", "what did i tell you last time"], tmp_path, days_later=9)
    assert "Good to hear" in back[1]["speech"]
    assert "I don't have anything stored about you" in back[2]["speech"]


def test_forget_me_leaves_nothing_in_the_store(tmp_path: Path) -> None:
    session(FIRST_VISIT + ["yes"], tmp_path)
    gone = session(["open muscle twitch helper", "no", "forget me", "yes"], tmp_path, days_later=2)
    assert "I've deleted what I stored about you" in gone[-1]["speech"]
    with closing(sqlite3.connect(tmp_path / "memory.sqlite3")) as store:
        assert store.execute("select count(*) from memory").fetchone() == (0,)
    later = session(["open muscle twitch helper", "what did i tell you last time"], tmp_path, days_later=3)
    assert "Welcome to Muscle Twitch Helper" in later[0]["speech"]
    assert "I don't have anything stored about you" in later[1]["speech"]


def test_a_no_stores_no_health_data_and_is_not_asked_again(tmp_path: Path) -> None:
    first = session(FIRST_VISIT + ["no"], tmp_path)
    assert "I won't keep anything" in first[-1]["speech"]
    again = session(FIRST_VISIT, tmp_path, days_later=1)
    assert "Welcome to Muscle Twitch Helper" in again[0]["speech"]
    assert all(turn["pending_question"] != "remember_consent" for turn in again)
    assert again[-1]["ended"]


def test_with_memory_off_nothing_is_offered_or_kept(tmp_path: Path) -> None:
    off = session(FIRST_VISIT, tmp_path, MTH_MEMORY="off")
    assert off[-1]["ended"] and all(turn["pending_question"] != "remember_consent" for turn in off)
    assert not list(tmp_path.iterdir())


def test_stop_to_the_offer_leaves_without_asking_again_or_storing(tmp_path: Path) -> None:
    turns = session([*FIRST_VISIT, "stop"], tmp_path)
    assert turns[-2]["pending_question"] == "remember_consent"
    assert turns[-1]["ended"] and "remember this" not in turns[-1]["speech"]
    later = session(["open muscle twitch helper", "what did i tell you last time"], tmp_path, days_later=1)
    assert "I don't have anything stored about you" in later[1]["speech"]

"""Whole conversations in people's own words (tests/data/dialogue), played through `python -m skill chat --json`.

tuning, generalisation and rounds 3 to 214 were tuned on; evaluation, blind and fresh, by other authors, never were
(README, "Conversations in people's own words"). The held-out splits are played whole, the splits tuned on every
sixtieth conversation; `scripts/bench dialogue` plays them all, and `--failures` lists what went wrong.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from skill.local.dialogue_corpus import (
    HELD_OUT,
    LEVELS,
    SPLITS,
    TUNED_ON,
    ChatProcess,
    Played,
    Report,
    Script,
    ScriptError,
    chat_command,
    load_scripts,
    play,
    score,
)

DATA = Path(__file__).parent / "data" / "dialogue"
ROOT = Path(__file__).resolve().parents[1]


# Floors: what the held-out splits and a sample of the splits tuned on measured at the last round of issue 8. The
# issue's targets (every emergency caught, 95% of levels right on evaluation) are met on the splits tuned on, not yet
# on the held-out ones (evaluation, blind, fresh): these keep them from sliding. The held-out splits are played whole;
# of each split tuned on, every sixtieth conversation, all of them held to one floor ("tuned"), measured on those
# from a full re-play. (Every second until 32 rounds, every third until 128, every fourth until 152 rounds took the
# suite to its four minutes, then every fifth, sixth, eighth, tenth, fifteenth and twentieth as CI's time grew, every
# thirtieth from stop 65, each round with its own floor; every sixtieth and one floor since stop 75, when CI took 349
# s with its set-up.) `scripts/bench dialogue` plays every conversation, and the README reports those whole figures
# with the failures known in each split.
PLAYED_EVERY = 60
TUNED = "tuned"  # the splits tuned on, as one
FLOORS = {
    # split: (levels right, emergencies caught, re-asked questions at most, dead ends at most)
    # (Of those played, the emergencies missed are rounds 91, 99, 114 and 207's first, each in the README's table;
    # rounds 38 and 52 re-ask a question once.)
    TUNED: (381 / 428, 213 / 217, 2, 0),
    "evaluation": (0.90, 38 / 40, 4, 1),
    "blind": (0.90, 39 / 41, 3, 0),  # (a conversation now right reaches pregnancy, said in passing: counts only)
    "fresh": (0.94, 41 / 42, 1, 0),
}


def _played(split: str) -> list[Script]:
    scripts = load_scripts(DATA / f"{split}.jsonl")
    return scripts if split in HELD_OUT else scripts[::PLAYED_EVERY]


def _play(splits: tuple[str, ...]) -> dict[str, Report]:
    with ChatProcess(cwd=ROOT) as chat:
        return {split: score(_played(split), chat) for split in splits}


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    # Two chat processes at once: each conversation waits on its own skill process, and CI has two cores.
    with ThreadPoolExecutor(max_workers=2) as pool:
        halves = pool.map(_play, (SPLITS[0::2], SPLITS[1::2]))
        played = {split: report for half in halves for split, report in half.items()}
    return {TUNED: Report([game for split in TUNED_ON for game in played[split].played])} | {
        split: played[split] for split in HELD_OUT}


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (scripts/test installs it)")
def test_the_corpora_are_played_on_their_own_day_so_a_holiday_said_is_always_as_long_ago() -> None:
    # Thanksgiving 2026 was 26 November, a week before the corpora's day, whatever day the suite runs on; the
    # United States' Election Day, in its own calendar, 3 November (round 193).
    with ChatProcess(cwd=ROOT) as chat:
        chat("open muscle twitch helper")
        turn = chat("my eyelid has been twitching since thanksgiving")
        chat("exit")
        chat("open muscle twitch helper")
        voted = chat("my arm has been twitching, I first noticed it standing in line to vote on election day")
    assert "starting about 7 days ago" in turn["speech"], turn["speech"]
    assert "starting about 1 month ago" in voted["speech"], voted["speech"]


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (scripts/test installs it)")
def test_a_holiday_is_read_by_the_calendar_of_the_locale_the_chat_speaks() -> None:
    # Canada's Thanksgiving 2026 was 12 October, America's 26 November: one person, two lengths of time.
    with ChatProcess(chat_command("--locale", "en-CA"), cwd=ROOT) as chat:
        chat("open muscle twitch helper")
        turn = chat("my eyelid has been twitching since thanksgiving")
    assert "starting about 7 weeks ago" in turn["speech"], turn["speech"]


def test_the_corpus_is_big_enough_and_covers_every_level_and_category() -> None:
    scripts = {split: load_scripts(DATA / f"{split}.jsonl") for split in SPLITS}
    every = [script for found in scripts.values() for script in found]
    assert len(scripts["tuning"]) + len(scripts["evaluation"]) >= 150
    assert len({script.id for script in every}) == len(every)
    assert {script.level for script in every} == set(LEVELS)
    for split in HELD_OUT:  # measured per category; a tuning round may be weighted to a few
        assert len({script.category for script in scripts[split]}) == 15, split


@pytest.mark.parametrize("split", (TUNED, *HELD_OUT))
def test_levels_and_emergencies_stay_at_or_above_their_floors(reports: dict[str, Report], split: str) -> None:
    report = reports[split]
    levels, caught, _, _ = FLOORS[split]
    # (Which went wrong, by id, since one floor holds many rounds: `scripts/bench dialogue --failures` tells why.)
    wrong = [game.script.id for game in report.played if not game.right]
    assert report.levels_right / report.conversations >= levels - 1e-9, (
        f"{report.levels_right}/{report.conversations}, wrong: {wrong}")
    assert report.emergencies_caught >= caught * report.emergencies - 1e-9, (
        f"{report.emergencies_caught}/{report.emergencies}, wrong: {wrong}")


@pytest.mark.parametrize("split", (TUNED, *HELD_OUT))
def test_no_loops_and_next_to_no_dead_ends_or_re_asked_questions(reports: dict[str, Report], split: str) -> None:
    report = reports[split]
    _, _, reasks, dead_ends = FLOORS[split]
    assert report.loops == 0
    assert report.dead_ends <= dead_ends and report.reasks <= reasks


# -- the runner itself, against a skill made of canned turns --------------------------------------------------------

SCRIPT = Script.from_json({
    "id": "t", "category": "plain", "speaker": "", "say": ["open muscle twitch helper", "my calf twitches"],
    "answers": {"emergency_screen": ["why?", "no"], "weakness": "i fainted"}, "otherwise": "no",
    "after_advice": ["thanks"],
    "expect": {"level": "emergency", "why": "", "emergency_after": "i fainted", "never_asked": ["onset"]},
})


def canned(turns: list[dict]) -> tuple[list[str], object]:
    said: list[str] = []

    def say(utterance: str) -> dict:
        said.append(utterance)
        return turns[min(len(said), len(turns)) - 1]

    return said, say


def turn(pending: str | None = None, outcome: str | None = None, speech: str = "", ended: bool = False) -> dict:
    return {"pending_question": pending, "outcome": outcome, "speech": speech, "ended": ended}


def test_the_person_answers_whatever_is_asked_in_turn() -> None:
    said, say = canned([turn(), turn("emergency_screen"), turn("emergency_screen"), turn("weakness"),
                        turn(None, "emergency"), turn(None, "emergency"), turn(None, "emergency", ended=True)])
    played = play(SCRIPT, say)
    assert said == ["open muscle twitch helper", "my calf twitches", "why?", "no", "i fainted", "thanks", "stop"]
    assert played.right and played.emergency_at_once and not played.failures


def test_a_sign_of_the_safety_check_asked_alone_takes_the_checks_next_answer_then_otherwise() -> None:
    # "What d'ye mean by confused?" to the check, then its sign asked on its own: the person goes on with what they
    # say to the check, and once that is all said, with `otherwise`.
    script = Script.from_json({
        "id": "t", "category": "questions_back", "speaker": "", "say": ["open muscle twitch helper", "mum's eye"],
        "answers": {"emergency_screen": ["what d'ye mean by confused?", "she doesnae know what day it is"]},
        "otherwise": "no, she hasn't", "after_advice": [],
        "expect": {"level": "emergency", "why": "", "emergency_after": "she doesnae know what day it is"},
    })
    said, say = canned([turn(), turn("emergency_screen"), turn("screen_collapse"), turn("screen_breathing"),
                        turn(None, "self_care", ended=True)])
    play(script, say)
    assert said[2:] == ["what d'ye mean by confused?", "she doesnae know what day it is", "no, she hasn't"]


def test_a_late_emergency_a_re_ask_and_a_loop_are_each_failures() -> None:
    same = turn("onset", speech="When did it start?")
    _, say = canned([turn(), turn("emergency_screen"), turn("weakness"), same, same, same, turn(None, "self_care"),
                     turn(None, "self_care", ended=True)])
    played = play(SCRIPT, say)
    assert not played.right and played.emergency_at_once is False
    assert played.reasked == ["onset"] and played.loops == ["onset"]
    assert len(played.failures) == 4


def test_a_session_that_closes_without_advice_is_a_dead_end() -> None:
    _, say = canned([turn(), turn(ended=True)])
    assert play(SCRIPT, say).dead_end


def test_a_script_that_names_an_utterance_it_never_says_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "category": "plain", "say": ["hi"], "answers": {}, "otherwise": "no", '
                   '"expect": {"level": "emergency", "emergency_after": "never said"}}\n', encoding="utf-8")
    with pytest.raises(ScriptError, match="bad.jsonl:1"):
        load_scripts(bad)


def test_played_reports_its_level_as_the_last_given_but_an_emergency_stays() -> None:
    played = Played(SCRIPT, [("a", turn(None, "emergency")), ("b", turn(None, "self_care"))])
    assert played.level == "emergency"

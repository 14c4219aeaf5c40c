"""Whole conversations in the words of people in each non-US locale (tests/data/dialogue/locales), each played in
its own locale through `python -m skill chat --json --locale`. Written by an independent author who did not read the
skill; held out: measured, never read for failures nor tuned on. The floors are the first measurement (README)."""

from __future__ import annotations

from pathlib import Path

import pytest

from skill.local.dialogue_corpus import ChatProcess, chat_command, load_scripts, score

DATA = Path(__file__).parent / "data" / "dialogue" / "locales"
ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    # locale: (levels right, emergencies caught, re-asked questions at most)
    "en-GB": (12 / 12, 3 / 3, 0),
    "en-CA": (10 / 12, 3 / 3, 0),
    "en-AU": (10 / 12, 2 / 3, 0),
    "en-IN": (10 / 12, 2 / 3, 1),
}


@pytest.mark.parametrize("locale", sorted(FLOORS))
def test_each_locale_holds_its_floor_in_its_own_words(locale: str) -> None:
    scripts = load_scripts(DATA / f"{locale}.jsonl")
    assert len(scripts) >= 12
    with ChatProcess(chat_command("--locale", locale), cwd=ROOT) as chat:
        report = score(scripts, chat)
    levels, caught, reasks = FLOORS[locale]
    assert report.levels_right / report.conversations >= levels - 1e-9, f"{report.levels_right}/{report.conversations}"
    assert report.emergencies_caught / report.emergencies >= caught - 1e-9, (
        f"{report.emergencies_caught}/{report.emergencies}")
    assert report.reasks <= reasks and report.loops == 0 and report.dead_ends == 0

"""`scripts/bench redrive`'s own logic: which answers it collects, and what counts as an urgent value lost or gained.
(The re-drive itself resolves tens of thousands of answers on two trees: a benchmark, run by hand.)"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REDRIVE = runpy.run_path(str(ROOT / "scripts" / "bench_redrive.py"))
URGENT = frozenset({"seizure", "fainting", "weakness"})


def test_every_distinct_answer_is_collected_with_the_question_it_answers(tmp_path: Path) -> None:
    scripts = [
        {"say": ["open muscle twitch helper", "my calf twitches"], "answers": {"emergency_screen": ["why?", "no"],
                                                                               "onset": "a week"},
         "after_advice": ["i fainted"]},
        {"say": ["open muscle twitch helper", "my calf twitches"], "answers": {"onset": "a week"}},
    ]
    (tmp_path / "round.jsonl").write_text("\n".join(json.dumps(script) for script in scripts), encoding="utf-8")
    assert REDRIVE["corpus_answers"](tmp_path, ["round"]) == [
        ("", "i fainted"), ("", "my calf twitches"), ("emergency_screen", "no"), ("emergency_screen", "why?"),
        ("onset", "a week")]


def test_an_urgent_value_lost_or_gained_is_reported_and_nothing_else_is() -> None:
    before = {("", "the only fit I had was this morning"): {},
              ("", "the judge had a fit at counsel"): {"symptom": ["seizure"]},
              ("", "my arm went weak"): {"symptom": ["weakness"], "bodyPart": ["arm"]},
              ("", "my calf twitches"): {"bodyPart": ["calf"], "symptom": ["pain"]}}
    after = {("", "the only fit I had was this morning"): {"symptom": ["seizure"], "pace": ["sudden"]},
             ("", "the judge had a fit at counsel"): {},
             ("", "my arm went weak"): {"symptom": ["weakness"]},  # the place changed, not the sign
             ("", "my calf twitches"): {"bodyPart": ["calf"]}}  # pain is not urgent
    lost, gained = REDRIVE["urgent_lost_and_gained"](before, after, URGENT)
    assert lost == [("", "the judge had a fit at counsel")]
    assert gained == [("", "the only fit I had was this morning")]

"""The measuring stick for resolvers: metrics and the exact-sample baseline behave as documented."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu_evaluation import FALLBACK, ExactSampleMatcher, Example, evaluate, load_examples


@dataclass
class _Canned:
    intent: str
    slots: dict[str, list[str]]

    def slot_ids(self) -> dict[str, list[str]]:
        return self.slots


class _Scripted:
    """A resolver whose answers are fixed, to check the arithmetic of the report."""

    def __init__(self, answers: dict[str, _Canned]) -> None:
        self.answers = answers

    def resolve(self, text: str, pending_question: str | None = None) -> _Canned:
        return self.answers[text]


def test_metrics_count_intents_slots_and_fallbacks() -> None:
    examples = [
        Example("a", "ReportTwitchIntent", {"bodyPart": ["calf", "thigh"]}),
        Example("b", FALLBACK, {}),
        Example("c", "DurationIntent", {"duration": ["P4D"]}),
    ]
    resolver = _Scripted({
        "a": _Canned("ReportTwitchIntent", {"bodyPart": ["calf"]}),  # one of two slots
        "b": _Canned(FALLBACK, {}),
        "c": _Canned(FALLBACK, {}),  # a wrong fallback
    })
    report = evaluate(resolver, examples)
    assert report.intent_accuracy == pytest.approx(2 / 3)
    assert report.slot_precision == 1.0 and report.slot_recall == pytest.approx(1 / 3)
    assert report.slot_f1 == pytest.approx(0.5)
    assert report.fallback_precision == pytest.approx(0.5) and report.fallback_recall == 1.0
    assert [example.text for example, _, _ in report.mistakes] == ["a", "c"]


def test_exact_matching_understands_samples_only() -> None:
    matcher = ExactSampleMatcher(load_interaction_model())
    sample = matcher.resolve("My calf keeps twitching!")
    assert (sample.intent, sample.slot_ids()) == ("ReportTwitchIntent", {"bodyPart": ["calf"]})
    assert matcher.resolve("i think my calf keeps twitching").intent == FALLBACK
    assert matcher.resolve("three days", "onset").slot_ids() == {"duration": ["P3D"]}


def test_labelled_files_with_a_bad_line_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "hi", "intent": "AMAZON.YesIntent", "slots": {}}\n{"text": "no intent"}\n')
    with pytest.raises(ValueError, match=":2:"):
        load_examples(path)

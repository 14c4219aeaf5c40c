"""In-process latency per turn for a whole conversation, against a hello-world ask-sdk skill in the same run.

Both skills get the very same request envelopes through the same JSON-in, JSON-out path, so the ratio isolates what
our handlers, state handling and wording cost on top of ask-sdk itself.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.skill_builder import CustomSkillBuilder
from ask_sdk_model import RequestEnvelope

from skill.alexa.builder import build_skill, invoke
from skill.domain.memory import Memory
from skill.local.envelopes import EnvelopeFactory
from skill.local.interaction_model import load_interaction_model
from skill.local.resolver import Resolver
from skill.storage import SqlitePersistenceAdapter

CONVERSATION = [
    "my left eyelid keeps twitching",
    "no",
    "no",
    "why do you ask",
    "no",
    "yes",
    "three days",
    "no",
    "repeat",
    "no",
    "no",
    "tell me more",
]


class HelloWorld(AbstractRequestHandler):
    """The smallest useful ask-sdk skill: says hello to every request."""

    def can_handle(self, handler_input: Any) -> bool:
        return True

    def handle(self, handler_input: Any) -> Any:
        return handler_input.response_builder.speak("Hello world!").set_should_end_session(False).response


def hello_world_skill() -> Any:
    builder = CustomSkillBuilder()
    builder.add_request_handler(HelloWorld())
    return builder.create()


def record_conversation() -> list[dict[str, Any]]:
    """The envelopes of one full conversation, each carrying the attributes the previous answer set."""
    skill = build_skill()
    model = load_interaction_model()
    resolver = Resolver(model)
    factory = EnvelopeFactory()
    session = factory.new_session()
    envelopes = [factory.launch(session)]
    session.after_response(invoke(skill, envelopes[-1]))
    for utterance in CONVERSATION:
        pending = session.attributes.get("pending_question")
        envelopes.append(factory.intent(session, resolver.resolve(utterance, pending), model))
        response = invoke(skill, envelopes[-1])
        session.after_response(response)
    if session.attributes.get("outcome") is None:
        raise SystemExit("the benchmark conversation did not reach advice; update CONVERSATION")
    return envelopes


def measure(skill: Any, envelopes: list[dict[str, Any]], rounds: int) -> list[float]:
    """Milliseconds per turn over `rounds` replays of the conversation."""
    timings: list[float] = []
    for _ in range(rounds):
        for envelope in envelopes:
            started = time.perf_counter()
            invoke(skill, envelope)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=200, help="replays of the whole conversation per skill")
    args = parser.parse_args()
    envelopes = record_conversation()
    ours, hello = build_skill(), hello_world_skill()
    with tempfile.TemporaryDirectory() as data_dir:
        remembering = skill_with_memory(Path(data_dir), envelopes[0])
        measure(ours, envelopes, 5)  # warm caches and imports before timing
        measure(hello, envelopes, 5)
        measure(remembering, envelopes, 5)
        # Interleave them so that machine noise hits all alike.
        ours_ms: list[float] = []
        hello_ms: list[float] = []
        memory_ms: list[float] = []
        for _ in range(args.rounds):
            ours_ms += measure(ours, envelopes, 1)
            hello_ms += measure(hello, envelopes, 1)
            memory_ms += measure(remembering, envelopes, 1)
    rows = [("muscle twitch helper", ours_ms), ("hello world (baseline)", hello_ms),
            ("with memory (SQLite)", memory_ms)]
    print(f"turns per conversation: {len(envelopes)}, rounds: {args.rounds}")
    print(f"{'skill':<24}{'p50 ms':>10}{'p99 ms':>10}{'mean ms':>10}")
    for name, values in rows:
        print(f"{name:<24}{percentile(values, .5):>10.3f}{percentile(values, .99):>10.3f}"
              f"{statistics.fmean(values):>10.3f}")
    ratio50 = percentile(ours_ms, .5) / percentile(hello_ms, .5)
    ratio99 = percentile(ours_ms, .99) / percentile(hello_ms, .99)
    print(f"ratio p50: {ratio50:.2f}x  p99: {ratio99:.2f}x  (aim: p50 within 2x of hello world, issue 8; 3x before it)")
    memory50 = percentile(memory_ms, .5) / percentile(ours_ms, .5)
    memory99 = percentile(memory_ms, .99) / percentile(ours_ms, .99)
    print(f"memory on vs off p50: {memory50:.2f}x  p99: {memory99:.2f}x  (aim: at most 1.5x per turn)")


def skill_with_memory(data_dir: Path, launch: dict[str, Any]) -> Any:
    """The skill remembering in an SQLite file, for a person who agreed to be remembered: each launch reads the
    store, and advice writes the record (then only when it changes)."""
    adapter = SqlitePersistenceAdapter(data_dir / "memory.sqlite3")
    skill = build_skill(persistence_adapter=adapter)
    envelope = skill.serializer.deserialize(json.dumps(launch), RequestEnvelope)
    adapter.save_attributes(envelope, Memory(True, date.today()).to_dict())
    return skill


if __name__ == "__main__":
    main()

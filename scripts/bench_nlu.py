"""Understanding people: our resolver against exact sample matching (virtual-alexa's way), on the labelled sets.

Prints intent accuracy, slot precision/recall/F1, fallback precision/recall and latency for each resolver and
split, in one run. `--mistakes` lists what our resolver got wrong (on the tuning split only unless asked: the
evaluation split is for measuring, not for tuning). Then the same for each other locale, with its own model, on
tests/data/nlu/locales/<locale>.jsonl (a tuning and an evaluation split each), next to the en-US model on the
same sentences, which shows what the locale's overlay is worth.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu_evaluation import (
    LOCALE_SPLITS,
    REPORT_HEADER,
    ExactSampleMatcher,
    by_tag,
    evaluate,
    format_report,
    load_examples,
    load_locale_examples,
    measure_latencies,
)
from skill.local.resolver import Resolver

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "nlu"
SPLITS = ("tuning", "evaluation", "blind")
LOCALES = ("en-GB", "en-CA", "en-AU", "en-IN")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--mistakes", action="store_true", help="list our resolver's mistakes on the split(s)")
    parser.add_argument("--tags", action="store_true", help="also break the figures down by tag")
    parser.add_argument("--repeat", type=int, default=5, help="passes over each split, for steadier latencies")
    parser.add_argument("--locale", choices=("all", "en-US", *LOCALES), default="all",
                        help="en-US's sets, one other locale's, or all (default)")
    args = parser.parse_args()
    if args.locale in ("all", "en-US"):
        _us(args)
    for locale in LOCALES if args.locale == "all" else [loc for loc in LOCALES if loc == args.locale]:
        _locale(locale, args)


def _locale(locale: str, args: argparse.Namespace) -> None:
    own = Resolver(load_interaction_model(locale=locale))
    us = Resolver(load_interaction_model())
    print(f"\n{locale}: its own model vs the en-US model, on {locale}'s sentences")
    print(REPORT_HEADER)
    splits = LOCALE_SPLITS if args.split == "all" else [split for split in LOCALE_SPLITS if split == args.split]
    for split in splits:
        examples = load_locale_examples(DATA / "locales" / f"{locale}.jsonl", split)
        for name, resolver in ((f"{locale} model", own), ("en-US model", us)):
            report = evaluate(resolver, examples)
            report.latencies_ms = measure_latencies(resolver, examples, args.repeat)
            print(format_report(f"{name} / {split}", report))
        if args.mistakes and split == "tuning":
            for example, intent, slots in evaluate(own, examples).mistakes:
                print(f"  MISS [{example.pending or '-'}] {example.text!r}: expected {example.intent} "
                      f"{example.slots}, got {intent} {slots}")


def _us(args: argparse.Namespace) -> None:
    model = load_interaction_model()
    started = time.perf_counter()
    ours = Resolver(model)
    load_ms = (time.perf_counter() - started) * 1000
    baseline = ExactSampleMatcher(model)
    print(f"resolver load: {load_ms:.0f} ms")
    print(REPORT_HEADER)
    splits = SPLITS if args.split == "all" else (args.split,)
    for split in splits:
        examples = load_examples(DATA / f"{split}.jsonl")
        for name, resolver in (("ours", ours), ("exact samples", baseline)):
            report = evaluate(resolver, examples)
            report.latencies_ms = measure_latencies(resolver, examples, args.repeat)
            print(format_report(f"{name} / {split}", report))
        if args.tags:
            for tag, tagged in sorted(by_tag(examples).items()):
                print(format_report(f"  ours / {split} / {tag}", evaluate(ours, tagged)))
        if args.mistakes:
            for example, intent, slots in evaluate(ours, examples).mistakes:
                print(f"  MISS [{example.pending or '-'}] {example.text!r}: expected {example.intent} "
                      f"{example.slots}, got {intent} {slots}")


if __name__ == "__main__":
    main()

"""Whole conversations in people's own words, played through `python -m skill chat --json`, on each split.

Prints levels right, emergencies caught (and caught at once), false emergencies, under-triage, re-asked questions,
loops, dead ends and answers to advice (median, p90). `--failures` lists what went wrong, on the splits tuned
on (tuning, generalisation, round3) unless a split is named: evaluation, blind and fresh are for measuring only.
The per-locale corpora (en-GB, en-CA, en-AU, en-IN: tests/data/dialogue/locales/) are played in their own locale
(`chat --locale`), and are for measuring only too.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from skill.local.dialogue_corpus import (
    REPORT_HEADER,
    SPLITS,
    TUNED_ON,
    ChatProcess,
    chat_command,
    format_report,
    load_scripts,
    score,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "dialogue"
LOCALE_SPLITS = ("en-GB", "en-CA", "en-AU", "en-IN")  # held out
LOCALE_TUNING = tuple(f"{locale}-tuning" for locale in LOCALE_SPLITS)  # read and fixed from


def corpus(split: str) -> Path:
    if split in LOCALE_TUNING:
        return DATA / "locales" / "tuning" / f"{split.removesuffix('-tuning')}.jsonl"
    return DATA / "locales" / f"{split}.jsonl" if split in LOCALE_SPLITS else DATA / f"{split}.jsonl"


def split_chat_command(split: str) -> list[str]:
    """`python -m skill chat --json` on the corpora's day, in the split's locale when it has one."""
    locale = split.removesuffix("-tuning")
    return chat_command(*(["--locale", locale] if locale in LOCALE_SPLITS else []))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", choices=(*SPLITS, *LOCALE_SPLITS, *LOCALE_TUNING, "all", "tuned", "locales"),
                        default="all", help="one split, all of them, only those tuned on, or the locales' ones")
    parser.add_argument("--failures", action="store_true", help="list the conversations that went wrong")
    parser.add_argument("--categories", action="store_true", help="levels right per category")
    parser.add_argument("--ear", action="store_true",
                        help="what is heard: words of the first advice turn and the screen, answers to each level")
    args = parser.parse_args()
    splits = {"all": SPLITS + LOCALE_TUNING + LOCALE_SPLITS, "tuned": TUNED_ON + LOCALE_TUNING,
              "locales": LOCALE_TUNING + LOCALE_SPLITS}.get(args.split, (args.split,))
    print(REPORT_HEADER)
    reports = {}
    for split in splits:
        started = time.perf_counter()
        with ChatProcess(split_chat_command(split)) as chat:
            reports[split] = score(load_scripts(corpus(split)), chat)
        elapsed = time.perf_counter() - started
        print(format_report(split, reports[split]) + f" ({elapsed:.1f} s)")
    if args.ear:
        print("\n| split | " + " | ".join(next(iter(reports.values())).ear()) + " |")
        for split, report in reports.items():
            print(f"| {split} | " + " | ".join(f"{value:g}" for value in report.ear().values()) + " |")
    for split, report in reports.items():
        if args.categories:
            print(f"\n{split}: levels right per category")
            for category, (right, count) in report.by_category().items():
                print(f"  {category:20} {right}/{count}")
        if args.failures and (split in TUNED_ON + LOCALE_TUNING or args.split == split):
            print(f"\n{split}: {len(report.failed)} conversations with failures")
            for played in report.failed:
                print(f"- {played.script.id} [{played.script.category}] {'; '.join(played.failures)}")
                print(f"    expected because: {played.script.why}")
                for said, turn in played.turns:
                    print(f"    > {said}")
                    print(f"      [{turn.get('intent')} {turn.get('slots')}] -> pending={turn.get('pending_question')}"
                          f" outcome={turn.get('outcome')}: {turn.get('speech', '')[:160]}")


if __name__ == "__main__":
    main()

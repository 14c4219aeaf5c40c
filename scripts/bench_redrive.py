"""The safety re-drive: every distinct answer of the corpora tuned on, resolved at the question it answers, on this
working tree and on an earlier commit (`--base`, default HEAD). Prints how many lose an urgent sign value (an
emergency sign, a sign that is one when sudden, or a stimulant's reaction) and how many gain one, and lists every
loss: a change to the resolver is committed only when each loss is a lookalike read on purpose.

The earlier commit is unpacked with `git archive` into a temporary folder; each tree resolves in its own process,
on the corpora's day, so the two runs share nothing but the answers. Several minutes: a benchmark, never a test.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
Answer = tuple[str, str]  # (the question answered, "" for what is said first or after the advice; what was said)
Resolved = dict[Answer, dict[str, list[str]]]  # each answer's slot ids


def corpus_answers(data: Path, splits: Iterable[str]) -> list[Answer]:
    """Every distinct (question, utterance) the scripts of `splits` say, in a stable order."""
    said: set[Answer] = set()
    for split in splits:
        for line in (data / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
            script = json.loads(line)
            said |= {("", text) for text in [*script["say"][1:], *script.get("after_advice", [])]}
            for question, answers in script["answers"].items():
                said |= {(question, text) for text in ([answers] if isinstance(answers, str) else answers)}
    return sorted(said)


def urgent_lost_and_gained(
    before: Mapping[Answer, Mapping[str, list[str]]], after: Mapping[Answer, Mapping[str, list[str]]],
    urgent: frozenset[str],
) -> tuple[list[Answer], list[Answer]]:
    """The answers whose urgent sign values `after` lacks, and those it has that `before` lacked."""
    def signs(slots: Mapping[str, list[str]]) -> set[str]:
        return set(slots.get("symptom", [])) & urgent

    shared = sorted(set(before) & set(after))
    lost = [answer for answer in shared if signs(before[answer]) - signs(after[answer])]
    gained = [answer for answer in shared if signs(after[answer]) - signs(before[answer]) and answer not in lost]
    return lost, gained


def resolve_all(answers_file: Path, out_file: Path) -> None:
    """(Run inside a tree.) Resolve each answer at its question on the corpora's day; write intent and slot ids."""
    from skill.local.dialogue_corpus import CORPUS_TODAY  # (the tree's own modules: sys.path starts with it)
    from skill.local.interaction_model import load_interaction_model
    from skill.local.resolver import Resolver

    today = datetime.strptime(CORPUS_TODAY, "%Y-%m-%d %H:%M:%S").date()
    resolver = Resolver(load_interaction_model(), today=lambda: today)
    with out_file.open("w", encoding="utf-8") as out:
        for question, text in json.loads(answers_file.read_text(encoding="utf-8")):
            resolution = resolver.resolve(text, question or None)
            out.write(json.dumps([question, text, resolution.intent, resolution.slot_ids()]) + "\n")


def _resolved_by(tree: Path, answers_file: Path, out_file: Path, corpus_today: str) -> Resolved:
    # This file's `resolve_all`, with the tree's `skill` first on the path (an earlier commit may not have this file).
    code = ("import sys, runpy; from pathlib import Path; sys.path.insert(0, sys.argv[1]); "
            "runpy.run_path(sys.argv[4])['resolve_all'](Path(sys.argv[2]), Path(sys.argv[3]))")
    # On the corpora's day, as the dialogue corpus plays (dates said without a year read against the clock too).
    faketime = shutil.which("faketime")
    on_the_day = [faketime, "-f", f"@{corpus_today}"] if faketime else []
    subprocess.run([*on_the_day, sys.executable, "-c", code, str(tree), str(answers_file), str(out_file), __file__],
                   cwd=tree, check=True)
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    return {(question, text): slots for question, text, _, slots in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="HEAD", help="the commit to compare with (default: HEAD)")
    parser.add_argument("--gained", action="store_true", help="list the answers that gain an urgent value too")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from skill.domain.triage import EMERGENCY_SYMPTOMS, STIMULANT_REACTION_SYMPTOMS, SUDDEN_SIGNS
    from skill.local.dialogue_corpus import CORPUS_TODAY, TUNED_ON

    urgent = frozenset(EMERGENCY_SYMPTOMS | SUDDEN_SIGNS | STIMULANT_REACTION_SYMPTOMS)
    answers = corpus_answers(ROOT / "tests" / "data" / "dialogue", TUNED_ON)
    with tempfile.TemporaryDirectory(prefix="mth-redrive-") as temp:
        work = Path(temp)
        base = work / "base"
        base.mkdir()
        archive = subprocess.run(["git", "archive", args.base], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
        answers_file = work / "answers.json"
        answers_file.write_text(json.dumps(answers), encoding="utf-8")
        with ThreadPoolExecutor(max_workers=2) as pool:
            before_run = pool.submit(_resolved_by, base, answers_file, work / "before.jsonl", CORPUS_TODAY)
            after_run = pool.submit(_resolved_by, ROOT, answers_file, work / "after.jsonl", CORPUS_TODAY)
            before, after = before_run.result(), after_run.result()
    lost, gained = urgent_lost_and_gained(before, after, urgent)
    changed = sum(before[answer] != after[answer] for answer in set(before) & set(after))
    print(f"{len(answers)} answers of {len(TUNED_ON)} tuned splits, {args.base} vs the working tree: "
          f"an urgent value lost in {len(lost)}, gained in {len(gained)}; {changed} read differently in all")
    for label, found in (("LOST", lost), *((("GAINED", gained),) if args.gained else ())):
        for question, text in found:
            print(f"{label} [{question or '-'}] {text}\n    {before[(question, text)]}\n -> {after[(question, text)]}")


if __name__ == "__main__":
    main()

"""Whole conversations, as people talk: a person played against the skill, and what came of it.

A script (`tests/data/dialogue/*.jsonl`, format in that folder's README) is a person with a story: what they say
first, what they say when the skill asks each question, what they say after the advice, and the level a
clinician would choose. `play` holds the conversation through anything that answers like `python -m skill chat
--json` — one utterance in, one turn out — and `score` says whether the skill got it right: the level, the
emergency caught at once, no question asked that was already answered, no loop, no dead end.
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skill.domain.triage import EMERGENCY, EMERGENCY_SCREENS, LEVELS, QUESTION_GROUPS, RANK, SCREEN_PARTS

# The corpora in tests/data/dialogue (README there): those read and fixed from, round by round, then those for
# measuring only, never read.
TUNED_ON = ("tuning", "generalisation", "round3", "round4", "round5", "round6", "round7", "round8", "round9",
            "round10", "round11", "round12", "round13", "round14", "round15", "round16", "round17", "round18",
            "round19", "round20", "round21", "round22", "round23", "round24", "round25", "round26",
            "round27", "round28", "round29", "round30", "round31", "round32", "round33", "round34", "round35",
            "round36", "round37", "round38", "round39", "round40", "round41", "round42", "round43", "round44",
            "round45", "round46", "round47", "round48", "round49", "round50", "round51", "round52",
            "round53", "round54", "round55", "round56", "round57", "round58",
            "round59", "round60", "round61", "round62", "round63", "round64", "round65", "round66", "round67",
            "round68", "round69", "round70", "round71", "round72", "round73", "round74", "round75",
            "round76", "round77", "round78", "round79", "round80", "round81", "round82", "round83", "round84",
            "round85", "round86", "round87", "round88", "round89", "round90", "round91", "round92", "round93",
            "round94", "round95", "round96", "round97", "round98", "round99", "round100", "round101",
            "round102", "round103", "round104", "round105", "round106", "round107", "round108", "round109",
            "round110", "round111", "round112", "round113", "round114", "round115", "round116", "round117",
            "round118", "round119", "round120", "round121", "round122", "round123", "round124", "round125",
            "round126", "round127", "round128", "round129", "round130", "round131", "round132", "round133",
            "round134", "round135", "round136", "round137", "round138", "round139", "round140",
            "round141", "round142", "round143", "round144", "round145", "round146", "round147", "round148",
            "round149", "round150", "round151", "round152", "round153", "round154",
            "round155", "round156", "round157", "round158", "round159", "round160", "round161", "round162",
            "round163", "round164", "round165", "round166", "round167", "round168", "round169", "round170",
            "round171", "round172", "round173", "round174", "round175", "round176", "round177", "round178",
            "round179", "round180", "round181", "round182", "round183", "round184", "round185", "round186",
            "round187", "round188", "round189", "round190", "round191", "round192", "round193", "round194", "round195",
            "round196", "round197", "round198", "round199", "round200", "round201", "round202", "round203", "round204",
            "round205", "round206", "round207", "round208", "round209", "round210", "round211", "round212",
            "round213", "round214")
HELD_OUT = ("evaluation", "blind", "fresh")
SPLITS = TUNED_ON + HELD_OUT

# The day the corpora's scripts are played on ("since thanksgiving" is a week on Thursday 3 December 2026, the day
# round 36 was written for): the chat runs with its clock set there (libfaketime) wherever `faketime` is installed,
# so a day said by the calendar gives the same level whenever the corpus is played.
CORPUS_TODAY = "2026-12-03 12:00:00"
OPENING = "opening"  # the answers key for "what's going on?", asked again when the complaint was not understood
LAUNCH = "open muscle twitch helper"
STOP = "stop"
# Questions the scripts answer under another id: the safety check, now asked in two halves, was written as one
# question, so what a person says to it answers both.
SAME_ANSWER_AS = {"emergency_screen_sudden": "emergency_screen"}
# A sign of the safety check asked on its own (the check not sure, or asked about: "what d'ye mean by confused?") is
# answered with what the script's person says next to the check, while the script has more to say to it; then with
# `otherwise`. (The scripts were written with answers to the check, not to each of its signs.)
CHECK_OF_SIGN = {sign: check for check, signs in SCREEN_PARTS.items() for sign in signs}
# Questions the skill now asks as one (QUESTION_GROUPS: "any weakness, numbness or tingling, or the muscle looking
# thinner?") were written as several: the group is answered with the script's first answer to them, in the order
# they were asked, that is not its `otherwise`, else with `otherwise`; and "which ones?" after a yes with the plain
# name of the sign whose answer that was.
PLAIN_NO_WORDS = frozenset({"no", "nope", "nah", "naw", "nae", "mm", "n-no", "uh", "um"})
# A no in a few more words ("no, nothing", "nah, nothing new"): a person asked several things at once tells what
# there is before saying none of it, so such an answer answers a group only when no other tells anything.
DENIAL_WORDS = PLAIN_NO_WORDS | {"nothing", "none", "not", "new", "really", "at", "all", "that", "i", "know", "of",
                                 "anything", "like", "else", "thanks", "never"}
SIGN_NAMES = {"weakness": "weakness", "muscle_size": "the muscle getting thinner", "sensation": "numbness or tingling",
              "same_place": "it spreads", "medication": "a new medicine", "other_symptoms": "other symptoms",
              "pregnant": "i might be pregnant"}
# A conversation this long without advice is going round in circles.
MAX_TURNS = 40
# The same question asked this often, word for word, is a loop.
LOOP_REPEATS = 3

Turn = dict[str, Any]
Say = Callable[[str], Turn]


class ScriptError(ValueError):
    """A line of a corpus file that is not a conversation script."""


@dataclass(frozen=True)
class Script:
    """One person's side of a conversation, and what a clinician expects at the end."""

    id: str
    category: str
    speaker: str
    say: tuple[str, ...]
    answers: dict[str, tuple[str, ...]]
    otherwise: str
    after_advice: tuple[str, ...]
    level: str
    why: str
    emergency_after: str | None = None
    never_asked: frozenset[str] = frozenset()
    refers_to: str | None = None

    @classmethod
    def from_json(cls, raw: Any) -> Script:
        if not isinstance(raw, dict):
            raise ScriptError("not an object")
        try:
            expect = raw["expect"]
            answers = {
                str(question): (said,) if isinstance(said, str) else tuple(str(item) for item in said)
                for question, said in raw["answers"].items()
            }
            script = cls(
                id=str(raw["id"]),
                category=str(raw["category"]),
                speaker=str(raw.get("speaker", "")),
                say=tuple(str(item) for item in raw["say"]),
                answers=answers,
                otherwise=str(raw["otherwise"]),
                after_advice=tuple(str(item) for item in raw.get("after_advice") or ()),
                level=str(expect["level"]),
                why=str(expect.get("why", "")),
                emergency_after=expect.get("emergency_after"),
                never_asked=frozenset(expect.get("never_asked") or ()),
                refers_to=expect.get("refers_to"),
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ScriptError(f"missing or malformed field: {error}") from error
        if script.level not in LEVELS:
            raise ScriptError(f"unknown level {script.level!r}")
        if not script.say or any(not items for items in answers.values()):
            raise ScriptError("nothing to say")
        if script.emergency_after is not None and script.emergency_after not in script.utterances():
            raise ScriptError(f"emergency_after {script.emergency_after!r} is never said")
        return script

    def utterances(self) -> set[str]:
        return {*self.say, *self.after_advice, *(item for items in self.answers.values() for item in items)}


def load_scripts(path: Path | str) -> list[Script]:
    """Every script in a JSONL file; a malformed line raises ScriptError naming the line."""
    scripts = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            scripts.append(Script.from_json(json.loads(line)))
        except (json.JSONDecodeError, ScriptError) as error:
            raise ScriptError(f"{path}:{number}: {error}") from error
    return scripts


@dataclass
class Played:
    """A conversation as it went: what was said, what came back, and what that means."""

    script: Script
    turns: list[tuple[str, Turn]] = field(default_factory=list)
    unscripted: list[str] = field(default_factory=list)  # questions the script had no answer for

    @property
    def level(self) -> str | None:
        """The last level the skill gave (an emergency, once given, is never taken back)."""
        levels = [turn.get("outcome") for _, turn in self.turns if turn.get("outcome")]
        if EMERGENCY in levels:
            return EMERGENCY
        return levels[-1] if levels else None

    @property
    def right(self) -> bool:
        return self.level == self.script.level

    @property
    def emergency_at_once(self) -> bool | None:
        """For an emergency: whether the skill said so in answer to the utterance that first named a sign (or
        sooner: a sign taken from an earlier answer, or "not sure" to the screen, is sooner still)."""
        if self.script.level != EMERGENCY:
            return None
        if self.script.emergency_after is None:
            return self.level == EMERGENCY
        for said, turn in self.turns:
            if turn.get("outcome") == EMERGENCY:
                return True
            if said == self.script.emergency_after:
                return False
        return False

    @property
    def reasked(self) -> list[str]:
        """Questions asked although the person had already answered them in passing."""
        asked = {turn.get("pending_question") for _, turn in self.turns}
        # A grouped question asks each of the questions it lists ("asking").
        asked |= {question for _, turn in self.turns for question in turn.get("asking") or ()}
        return sorted(self.script.never_asked & {question for question in asked if question})

    @property
    def loops(self) -> list[str]:
        """Questions asked word for word at least `LOOP_REPEATS` times; and "no advice" when it ran out of turns."""
        counts = Counter(
            (turn.get("pending_question"), turn.get("speech"))
            for _, turn in self.turns
            if turn.get("pending_question") and not turn.get("ended")
        )
        loops = sorted({question for (question, _), count in counts.items() if count >= LOOP_REPEATS})
        if len(self.turns) >= MAX_TURNS and self.level is None:
            loops.append("no advice")
        return loops

    @property
    def dead_end(self) -> bool:
        """The session closed before any advice, without the person asking to stop."""
        for said, turn in self.turns:
            if turn.get("outcome"):
                return False
            if turn.get("ended"):
                return said != STOP
        return self.level is None

    @property
    def turns_to_advice(self) -> int | None:
        """Answers the person gave after their opening words, up to the first advice."""
        for index, (_, turn) in enumerate(self.turns):
            if turn.get("outcome"):
                return max(0, index + 1 - len(self.script.say))
        return None

    @property
    def advice_words(self) -> int | None:
        """Words of the first advice turn (not an emergency): what the person hears before being offered more."""
        for _, turn in self.turns:
            if turn.get("outcome"):
                return None if turn.get("outcome") == EMERGENCY else len(str(turn.get("speech", "")).split())
        return None

    @property
    def screen_words(self) -> int | None:
        """Words of the turn that first asked the safety screen (its first question)."""
        for _, turn in self.turns:
            if turn.get("pending_question") in EMERGENCY_SCREENS:
                return len(str(turn.get("speech", "")).split())
        return None

    @property
    def spoke_about_them(self) -> bool | None:
        """For someone else's twitch: whether the questions asked spoke of them ("has she", "is he")."""
        pronoun = self.script.refers_to
        if not pronoun:
            return None
        questions = [turn.get("speech", "") for _, turn in self.turns if turn.get("pending_question")]
        if not questions:
            return None  # advice at once (an emergency in the first words): nothing was asked about them
        return any(pronoun in speech.lower().replace(",", " ").replace("?", " ").split() for speech in questions)

    @property
    def failures(self) -> list[str]:
        found = []
        if not self.right:
            found.append(f"level {self.level} (expected {self.script.level})")
        if self.emergency_at_once is False:
            found.append("emergency not caught at once")
        if self.reasked:
            found.append(f"re-asked {', '.join(self.reasked)}")
        if self.loops:
            found.append(f"loop on {', '.join(self.loops)}")
        if self.dead_end:
            found.append("dead end")
        if self.spoke_about_them is False:
            found.append(f"never spoke of them as {self.script.refers_to!r}")
        return found


def play(script: Script, say: Say) -> Played:
    """Hold one conversation: the script's person answers whatever the skill asks, until advice and after."""
    played = Played(script)

    def send(utterance: str) -> Turn:
        turn = say(utterance)
        played.turns.append((utterance, turn))
        return turn

    turn = send(script.say[0])
    for utterance in script.say[1:]:
        turn = send(utterance)
    times_asked: Counter[str] = Counter()
    after_advice = list(script.after_advice)
    while not turn.get("ended") and len(played.turns) < MAX_TURNS:
        question = turn.get("pending_question")
        if question in QUESTION_GROUPS and turn.get("awaiting_detail"):
            turn = send(_which(script, question, turn.get("asking")))
        elif question:
            turn = send(_answer(script, question, times_asked, played, turn.get("asking")))
        elif not turn.get("outcome"):
            # "What's going on?" again: the complaint was not understood, so it is said again (or differently).
            answers = script.answers.get(OPENING, (script.say[-1],))
            times_asked[OPENING] += 1
            turn = send(answers[min(times_asked[OPENING], len(answers)) - 1])
        elif after_advice:
            turn = send(after_advice.pop(0))
        else:
            turn = send(STOP)
    return played


def _answer(script: Script, question: str, times_asked: Counter[str], played: Played,
            asking: Sequence[str] | None = None) -> str:
    if question in QUESTION_GROUPS:
        # Said as the question whose answer answers the group, counted as asking that one.
        question = _group_answered_as(script, question, asking) or question
    times_asked[question] += 1
    answers = script.answers.get(question) or script.answers.get(SAME_ANSWER_AS.get(question, ""))
    check = CHECK_OF_SIGN.get(question)
    if answers is None and check is not None:
        to_the_check = script.answers.get(check) or script.answers.get(SAME_ANSWER_AS.get(check, ""), ())
        if times_asked[check] < len(to_the_check):
            times_asked[check] += 1
            return to_the_check[times_asked[check] - 1]
    if answers is None:
        played.unscripted.append(question)
        return script.otherwise
    return answers[min(times_asked[question], len(answers)) - 1]


def _group_answered_as(script: Script, group: str, asking: Sequence[str] | None = None) -> str | None:
    """The question of a group whose scripted answers answer the group: the first of those it asks now (all of
    them unless the turn says), in the order they were asked alone, with an answer that tells something (not the
    script's `otherwise`, nor a no in other words); failing that, the first with an answer that is not the
    script's `otherwise` or a bare no ("no, nothing")."""
    asked = [question for question in QUESTION_GROUPS[group] if asking is None or question in asking]

    def first(told: Callable[[str], bool]) -> str | None:
        return next((question for question in asked
                     if any(said != script.otherwise and told(said) for said in script.answers.get(question, ()))),
                    None)

    return first(lambda said: not _plain_no(said, DENIAL_WORDS)) or first(lambda said: not _plain_no(said))


def _plain_no(said: str, words_of_no: frozenset[str] = PLAIN_NO_WORDS) -> bool:
    """A bare "no" ("nope", "mm no"): the script's `otherwise` in other words, whatever its `otherwise` says."""
    words = said.lower().replace(",", " ").replace(".", " ").split()
    # (A dropped g as said: "nope, nothin' new" is "nothing new", round 196.)
    words = [re.sub(r"in'$", "ing", word) for word in words]
    return bool(words) and set(words) <= words_of_no


def _which(script: Script, group: str, asking: Sequence[str] | None = None) -> str:
    """"Which ones?" after a yes to a group: the sign whose scripted answer answered it, by its plain name."""
    question = _group_answered_as(script, group, asking)
    return SIGN_NAMES.get(question or "", script.otherwise)


@dataclass
class Report:
    """Figures for one corpus split."""

    played: list[Played]

    @property
    def conversations(self) -> int:
        return len(self.played)

    @property
    def levels_right(self) -> int:
        return sum(p.right for p in self.played)

    @property
    def emergencies(self) -> int:
        return sum(p.script.level == EMERGENCY for p in self.played)

    @property
    def emergencies_caught(self) -> int:
        return sum(p.script.level == EMERGENCY and p.level == EMERGENCY for p in self.played)

    @property
    def emergencies_at_once(self) -> int:
        return sum(bool(p.emergency_at_once) for p in self.played)

    @property
    def false_emergencies(self) -> int:
        return sum(p.script.level != EMERGENCY and p.level == EMERGENCY for p in self.played)

    @property
    def under_triaged(self) -> int:
        """Conversations that ended at a less urgent level than the clinician's."""
        return sum(p.level is not None and RANK[p.level] < RANK[p.script.level] for p in self.played)

    @property
    def reasks(self) -> int:
        return sum(len(p.reasked) for p in self.played)

    @property
    def loops(self) -> int:
        return sum(bool(p.loops) for p in self.played)

    @property
    def dead_ends(self) -> int:
        return sum(p.dead_end for p in self.played)

    def turns_to_advice(self, fraction: float) -> float:
        """The answers to advice at a percentile (0.5 is the median) over conversations that reached advice."""
        counts = sorted(t for p in self.played if (t := p.turns_to_advice) is not None)
        if not counts:
            return 0.0
        if fraction == 0.5:
            return statistics.median(counts)
        return counts[min(len(counts) - 1, int(fraction * len(counts)))]

    def ear(self) -> dict[str, float]:
        """What the person has to listen to: words of the first advice turn (median, max), words of the screen
        question (max), and answers to advice (median) for each level reached."""
        advice = [w for p in self.played if (w := p.advice_words) is not None]
        screen = [w for p in self.played if (w := p.screen_words) is not None]
        figures = {"advice words p50": statistics.median(advice) if advice else 0.0,
                   "advice words max": float(max(advice, default=0)),
                   "screen words max": float(max(screen, default=0))}
        for level in reversed(LEVELS):
            counts = [t for p in self.played if p.level == level and (t := p.turns_to_advice) is not None]
            if counts:
                figures[f"answers to {level} p50"] = statistics.median(counts)
        return figures

    def by_category(self) -> dict[str, tuple[int, int]]:
        """Category → (levels right, conversations)."""
        totals: dict[str, list[int]] = {}
        for p in self.played:
            total = totals.setdefault(p.script.category, [0, 0])
            total[0] += p.right
            total[1] += 1
        return {category: (right, count) for category, (right, count) in sorted(totals.items())}

    @property
    def failed(self) -> list[Played]:
        return [p for p in self.played if p.failures]


def score(scripts: Iterable[Script], say: Say) -> Report:
    """Play every script through one chat, each in a session of its own."""
    played = []
    for script in scripts:
        conversation = play(script, say)
        if not conversation.turns[-1][1].get("ended"):
            say("exit")  # leave nothing open for the next person
        played.append(conversation)
    return Report(played)


def format_report(name: str, report: Report) -> str:
    """One table row: the figures the README reports."""
    right = report.levels_right / report.conversations if report.conversations else 0.0
    return (
        f"| {name} | {report.conversations} | {right:.1%} ({report.levels_right}) | "
        f"{report.emergencies_caught}/{report.emergencies} | {report.emergencies_at_once}/{report.emergencies} | "
        f"{report.false_emergencies} | {report.under_triaged} | {report.reasks} | {report.loops} | "
        f"{report.dead_ends} | {report.turns_to_advice(0.5):g} | {report.turns_to_advice(0.9):g} |"
    )


REPORT_HEADER = (
    "| split | conversations | levels right | emergencies caught | caught at once | false emergencies | "
    "under-triaged | re-asks | loops | dead ends | answers to advice p50 | p90 |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|"
)


def chat_command(*options: str) -> list[str]:
    """`python -m skill chat --json` with `options`, on `CORPUS_TODAY` where `faketime` is installed."""
    command = [sys.executable, "-m", "skill", "chat", "--json", *options]
    faketime = shutil.which("faketime")
    return [faketime, "-f", f"@{CORPUS_TODAY}", *command] if faketime else command


class ChatProcess:
    """`python -m skill chat --json` as a child process: the public contract a user's text goes through."""

    def __init__(self, command: Sequence[str] | None = None, cwd: Path | None = None) -> None:
        self._process = subprocess.Popen(
            list(command or chat_command()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
            cwd=cwd,
        )

    def __call__(self, utterance: str) -> Turn:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write(utterance.replace("\n", " ") + "\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"the chat ended unexpectedly (exit status {self._process.poll()})")
        return json.loads(line)

    def close(self) -> None:
        if self._process.stdin:
            self._process.stdin.close()
        self._process.wait(timeout=30)
        if self._process.stdout:
            self._process.stdout.close()

    def __enter__(self) -> ChatProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

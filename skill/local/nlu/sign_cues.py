"""Emergency signs said in words no synonym lists: a word of each of a sign's groups close together.

People describe a sign in endless ways ("can't get me wind", "a brick on my chest", "lips the colour of a
bruise"); a list of phrases only knows the ones its author thought of. A cue is the sign's parts, each a group of
words: a sign is heard when one word of every group stands within a few words of the others, in either order, in
one clause ("barely" + "breathe", "chest" + "brick", "lips" + "bruise"). Cues find only the urgent signs and the
new nerve signs that send someone to a doctor ("two of them, one above the other"), where missing one costs most;
they compete with the model's own values like any other match (more words win), and are negated the same way ("i'm
not short of breath").

Lookalikes go the other way: phrases that only look like a sign or a value ("fit as a fiddle", "a stroke of
luck", "my twitch is back") take that reading away, whatever found it. Closing denials ("no, my manager nearly had
a seizure, but i have none of those") say the signs named before them were a story.

The words are locale data (`cues/<locale>.json`), compared as lemmas like everything else the resolver reads.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from skill.local.nlu.gazetteer import DATE_TYPE, DURATION_TYPE, Match, Value
from skill.local.nlu.text import FILLER_WORDS, lemma, normal_words, occurrences, tokens

CUES_DIR = Path(__file__).resolve().parent / "cues"
DEFAULT_LOCALE = "en-US"
# A clause ends here: words either side describe different things.
_CLAUSE_BREAKS = frozenset({"but", "because", "although", "though"})
_WHEN_TYPES = frozenset({"PACE", DURATION_TYPE, DATE_TYPE})
_POSSESSIVES = frozenset({"my", "his", "her", "our", "their", "your"})
_SIGN_TYPE = "SYMPTOM"
_FILLER_LEMMAS = frozenset(lemma(word) for word in FILLER_WORDS)
_NOT = frozenset({"not", "no", "never", "n't"})
_PARTS = frozenset(lemma(word) for word in (
    "face", "arm", "arms", "leg", "legs", "hand", "hands", "foot", "feet", "side", "mouth", "lip", "lips", "cheek",
    "tongue", "fingers", "knee", "knees", "chest"))
# Words that open a clause with no subject of its own, only a state ("her lips don't look normal, bit blue").
_STATE_OPENERS = frozenset(lemma(word) for word in (
    "bit", "a", "all", "gone", "went", "going", "turned", "turning", "looking", "kind", "sort", "kinda", "sorta",
    "proper", "really", "very", "totally", "completely", "quite", "slightly", "pretty", "definitely", "somewhat"))


class CueError(ValueError):
    """A cue file that does not say what it should."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A sign heard when a word of every group stands within `reach` words of the first group's word."""

    value: Value
    groups: tuple[frozenset[str], ...]
    reach: int
    # A "not" right before the last group's word denies it ("i'm breathing fine, not short of breath").
    denied_inside: bool = False
    # The first group's word stands before the second's: "tea dribbling out of her mouth", "her mouth went
    # sideways, the water came out", not "spilling out of her mouth after green tea".
    ordered: bool = False
    # Every group's word stands after the one before it: "calling me by my mam's name", not "my mum calls me by my
    # full name".
    in_order: bool = False
    # A pace among its words is part of the sign, not when it came on: "her breathing is getting worse" is trouble
    # breathing now, whatever the pace (a sign that needs help at any pace).
    pace_inside: bool = False
    # A time among its words is how long the episode lasted, not when it came on: "her arm was jerking for about a
    # minute, and she couldn't remember any of it" (a sign that needs help at any pace; round 100).
    time_inside: bool = False
    # Every group's word is looked for after the first's only, never before it, however near: "i had no idea where
    # i was" is the "i" after "no idea where", not the nearer one before it (a cue in order otherwise takes the
    # nearer and fails the order; most need that: "i can't tell you which day it started" is no "not know which day
    # it was").
    ahead_only: bool = False


@dataclass(frozen=True, slots=True)
class Lookalike:
    """Words that mean something else ("fit as a fiddle"): the value ids they are not, as lemmas."""

    words: tuple[str, ...]
    not_ids: frozenset[str]
    # Positions whose word must be said as written, not only as its lemma (`_SAID_AS_WRITTEN`): a belief told as past
    # ("i thought i was having a heart attack") was mistaken, one told now ("i think i'm having a heart attack") is
    # the sign; "a faint ache" is no "fainted, aching".
    exact: tuple[tuple[int, str], ...] = ()


# Words a lookalike keeps as said, not by their lemma: a past belief is one since corrected ("thought"), and "a faint
# ache" is no "fainted, aching" (review B76: "i fainted twitching all over" is a faint); "the new place" one moved
# to is no "new places" it twitches in (round 80); "playing the doubles" and "doubled the order" are no "seeing double
# the last few weeks" or "the double vision I told you" (round 127); a mask's "fit test" is no "fit testing her sugar"
# (round 133), nor Swansea's Mumbles "the mumbling" (round 135).
_SAID_AS_WRITTEN = frozenset({"thought", "faint", "place", "doubles", "doubled", "test", "mumbles"})


class SignCues:
    """A locale's cues for urgent signs and its lookalike phrases."""

    def __init__(
        self, cues: Sequence[Cue], lookalikes: Sequence[Lookalike], closing_denials: Sequence[tuple[str, ...]] = ()
    ) -> None:
        self.cues = tuple(cues)
        self.lookalikes = tuple(lookalikes)
        self.closing_denials = tuple(closing_denials)
        self.vocabulary = frozenset(word for cue in self.cues for group in cue.groups for word in group)
        # Each lookalike under its first word: an utterance is searched only for the phrases it could hold.
        self._lookalikes_by_first_word: dict[str, list[Lookalike]] = {}
        for lookalike in self.lookalikes:
            self._lookalikes_by_first_word.setdefault(lookalike.words[0], []).append(lookalike)

    def for_values(self, ids_by_type: dict[str, frozenset[str]]) -> SignCues:
        """Only the cues for values a model has (a test model with three symptoms gets no chest pain)."""
        return SignCues(
            [cue for cue in self.cues if cue.value.id in ids_by_type.get(cue.value.slot_type, frozenset())],
            self.lookalikes,
            self.closing_denials,
        )

    @classmethod
    def load(cls, locale: str = DEFAULT_LOCALE, directory: Path = CUES_DIR) -> SignCues:
        path = directory / f"{locale}.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_without_repeats)
            slot_type, reach = str(raw["slot_type"]), int(raw["reach"])
            cues = [
                Cue(
                    Value(slot_type, sign["id"], sign["id"]),
                    tuple(frozenset(lemma(word) for word in group) for group in sign["groups"]),
                    int(sign.get("reach", reach)),
                    bool(sign.get("denied_inside", False)),
                    bool(sign.get("ordered", False)),
                    bool(sign.get("in_order", False)),
                    bool(sign.get("pace_inside", False)),
                    bool(sign.get("time_inside", False)),
                    bool(sign.get("ahead_only", False)),
                )
                for sign in raw["signs"]
            ]
            lookalikes = [_lookalike(phrase, not_ids) for phrase, not_ids in raw["lookalikes"].items()]
            closing = [_key(phrase) for phrase in raw.get("closing_denials", ())]
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise CueError(f"{path}: {error}") from error
        for cue in cues:
            if not cue.groups or not all(cue.groups):
                raise CueError(f"{path}: sign {cue.value.id} has an empty group")
            if any(group <= _FILLER_LEMMAS for group in cue.groups):
                # Fillers are gone before cues are read ("my mouth was just moving"): such a group never matches.
                raise CueError(f"{path}: sign {cue.value.id} has a group of fillers only")
        for phrase in closing:
            # "not literally" shrinks to "not" once fillers go: any "not" would then deny every sign before it.
            if set(phrase) <= _NOT:
                raise CueError(f"{path}: closing denial {' '.join(phrase) or '(fillers only)'} is only a negation")
        for (phrase, _), lookalike in zip(raw["lookalikes"].items(), lookalikes, strict=True):
            # Fillers gone, a lookalike would take away more than it says: "like to had a heart attack" became "to
            # have a heart attack", and unsaid "i'm about to have a heart attack".
            if len(lookalike.words) < len(normal_words(phrase, drop_fillers=False)):
                raise CueError(f"{path}: lookalike {phrase!r} loses words to the fillers")
        for lookalike in lookalikes:
            # One word (or a phrase that fillers shrink to one) would just unsay a synonym: that is the model's job.
            if len(lookalike.words) < 2:
                raise CueError(f"{path}: lookalike {' '.join(lookalike.words) or '(fillers only)'} is under two words")
        return cls(cues, lookalikes, closing)

    def closes_with_denial(self, lemmas: Sequence[str], after: int) -> bool:
        """Whether a denial of the signs as a group ("but nothing like that", "none of those") comes at or after
        `after`: then signs named before it, after a first "no", were a story (other people, long ago, a figure of
        speech), not a yes. A denial itself denied ("not a figure of speech, i really did faint") is none."""
        return any(
            not _denied_in_its_clause(lemmas, at) and not (phrase == ("nothing",) and _made_light_of(lemmas, at))
            for phrase in self.closing_denials
            for at in occurrences(lemmas, phrase, after)
        )

    def candidates(
        self, lemmas: Sequence[str], light: frozenset[str] = frozenset(), others: Sequence[Match] = ()
    ) -> list[Match]:
        """Every sign a cue finds: one match per place its first group's word stands, spanning the words found.
        Reach counts words that are not `light` ("my mouth's gone a bit squint": mouth, squint). A cue never
        adds a sign the `others` (the model's own matches) already found there, nor swallows another value
        standing between its words ("my cheek went numb all of a sudden this morning, on the right side")."""
        # A cue's words found from two of its first group's words ("wouldn't go down, came back out my nose"):
        # the words closest together are the sign, and a "not" before the farther one is not its denial.
        tightest: dict[tuple[Cue, tuple[int, ...]], Match] = {}
        said = set(lemmas)
        for cue in self.cues:
            if any(said.isdisjoint(group) for group in cue.groups):
                continue  # a cue matches only where a word of each of its groups was said
            first, rest = cue.groups[0], cue.groups[1:]
            # "My face, it's not right, it's gone crooked": after a part of the body, "it" is that part (in a cue
            # about a part, with no "it" of its own: "i think it's a stroke" is no part).
            stands_for_part = bool(first & _PARTS) and not any("it" in group for group in cue.groups)
            # So does a comma opening a clause that is only a state: "her lips don't look normal, bit blue".
            named = False
            for anchor, word in enumerate(lemmas):
                opens_a_state = word == "," and anchor + 1 < len(lemmas) and lemmas[anchor + 1] in _STATE_OPENERS
                stands_in = named and (word == "it" or opens_a_state)
                if word not in first and not stands_in:
                    continue
                named = stands_for_part and (named or word in _PARTS)
                positions = [anchor]
                for group in rest:
                    nearest = _nearest(lemmas, anchor, group, cue.reach, light, forward_first=cue.in_order,
                                       ahead_only=cue.ahead_only)
                    if nearest is None or (word == "," and nearest < anchor):
                        break
                    positions.append(nearest)
                else:
                    if not _negation_in_its_stretch(lemmas, cue.groups, positions):
                        continue
                    if cue.ordered and positions[0] > positions[1]:
                        continue
                    if cue.in_order and positions != sorted(positions):
                        continue
                    # A "not" in a group ("can't fill my lungs") is inside the span: part of the sign, no denial.
                    # Between a part of the body and its state, a plain "not" of no group, right before the state,
                    # denies it ("her face is not crooked"): the sign then starts after it, where the negation is
                    # read as for any value. Not in a longer cue, nor one of no part, whose meaning may hold the
                    # "not" ("the food is not going down", "on the floor and won't wake"); and "has never looked
                    # this lopsided", "can't stop sagging" and "doesn't half look wonky" say the sign is there.
                    # (And a "no" opening a clause right before the state: "her face looked normal, no droop",
                    # round 134.)
                    denials = [at for at in range(min(positions), max(positions))
                               if at not in positions and (lemmas[at] == "not" and lemmas[at - 1 : at] != ["can"]
                               and lemmas[at + 1 : at + 2] not in (["half"], ["stop"], ["quit"])
                               and at + (4 if cue.denied_inside else 3) > max(positions)
                               or lemmas[at] == "no" and at + 1 == max(positions) and lemmas[at - 1] == ",")]
                    if denials and cue.denied_inside and (later := _said_instead(lemmas, cue, max(positions))):
                        # "My chest is not sore, it's heavy like a brick": the word after is the sign.
                        positions, denials = [anchor, later], []
                    if denials and (cue.denied_inside or len(cue.groups) == 2 and first & _PARTS):
                        positions = [at for at in positions if at > max(denials)] or positions
                    if lemmas[anchor] not in first:
                        positions = [at for at in positions if at != anchor]  # the "it" only stood for the part
                        if not positions:
                            continue
                    # One more than its words: on a tie with another reading, the urgent sign wins.
                    match = Match(min(positions), max(positions) + 1, len(cue.groups) + 1, (cue.value,))
                    key = (cue, tuple(positions[1:]))
                    if not _crowded(match, set(positions), others, lemmas, cue) and (
                        key not in tightest or match.end - match.start < tightest[key].end - tightest[key].start
                    ):
                        tightest[key] = match
        return list(tightest.values())

    def without_lookalikes(
        self, lemmas: Sequence[str], candidates: list[Match], words: Sequence[str] | None = None
    ) -> list[Match]:
        """The candidates less the readings a lookalike phrase around them takes away. With the `words` said (one
        per lemma), a lookalike's words kept as written must be said so."""
        spans = self._lookalike_spans(lemmas, words)
        if not spans:
            return candidates
        kept: list[Match] = []
        for match in candidates:
            taken = {
                value.id
                for start, end, not_ids in spans
                if match.start < end and start < match.end
                for value in match.values
                if value.id in not_ids
            }
            if not taken:
                kept.append(match)
            elif len(taken) < len(match.values):
                kept.append(
                    Match(
                        match.start,
                        match.end,
                        match.size,
                        tuple(v for v in match.values if v.id not in taken),
                        match.weak,
                    )
                )
        return kept

    def _lookalike_spans(
        self, lemmas: Sequence[str], words: Sequence[str] | None = None
    ) -> list[tuple[int, int, frozenset[str]]]:
        # Word for word: "it's back" must not match "it's my back". Only phrases whose every word was said are
        # searched for (hundreds of phrases, a dozen words said).
        said = set(lemmas)
        return [
            (start, start + len(lookalike.words), lookalike.not_ids)
            for first_word in said
            for lookalike in self._lookalikes_by_first_word.get(first_word, ())
            if said.issuperset(lookalike.words)
            for start in occurrences(lemmas, lookalike.words)
            if (words is None or all(words[start + at] == word for at, word in lookalike.exact))
            and not (lookalike.words[-2:] == _BLACKED_OUT and _echoed_by_a_person(lemmas, start + len(lookalike.words)))
        ]


def _echoed_by_a_person(lemmas: Sequence[str], end: int) -> bool:
    """Whether the words right after a power cut say a person went out too: "the whole street blacked out and so did
    I", ", me too", "and my husband did too" (then the faint is told as well; safety review A62 found the same echo
    after other idioms is the idiom's: "we all collapsed in giggles, me too")."""
    after = [word for word in lemmas[end : end + 8] if word != ","]
    if after[:1] == ["and"]:
        after = after[1:]
    return after[:2] in (["so", "do"], ["me", "too"]) or any(
        word == "do" and after[at + 1 : at + 2] == ["too"] and at > 0 and after[0] not in _NO_ONE
        for at, word in enumerate(after[:4]))


_BLACKED_OUT = (lemma("blacked"), "out")
_NO_ONE = frozenset({"it", "that", "this", "which"})


# Words between "it's" and a "nothing" that judges what happened: "it's probably nothing", "it was just nothing".
_LIGHTLY = frozenset(lemma(word) for word in ("probably", "likely", "prob", "surely", "hopefully", "just", "really",
                                                 "all"))


def _made_light_of(lemmas: Sequence[str], at: int) -> bool:
    """Whether a bare "nothing" (the closing denial "nothing lately" once fillers go) judges a thing that happened
    instead of denying the signs: "he was out cold for half a minute, he says it's nothing", "i thought nothing of
    it" (round 140: the faint had been a story, the screen a no). "There's been nothing since" and "that's nothing
    to do with me" still deny."""
    if list(lemmas[at + 1 : at + 3]) == ["to", "do"]:
        return False
    before = [word for word in lemmas[max(0, at - 4) : at] if word not in _LIGHTLY]
    return before[-1:] in (["think"], ["make"]) or before[-2:] in (["it", "be"], ["that", "be"], ["this", "be"])


def _denied_in_its_clause(lemmas: Sequence[str], at: int) -> bool:
    """Whether a "not" stands before `at` in its clause ("i'm not using it as a figure of speech")."""
    for word in reversed(lemmas[:at]):
        if word == "," or word in _CLAUSE_BREAKS:
            return False
        if word in _NOT:
            return True
    return False


def _said_instead(lemmas: Sequence[str], cue: Cue, after: int) -> int | None:
    """Where a word of the cue's last group stands after `after`, not denied, within reach: what a denied one was
    corrected to ("not sore, just really tight", "not laboured, just stopped")."""
    for at in range(after + 1, min(len(lemmas), after + 1 + 2 * cue.reach)):
        if lemmas[at] in _CLAUSE_BREAKS or lemmas[at] in ("or", "nor"):
            return None  # "not tight or sore": the denial goes on
        if lemmas[at] in cue.groups[-1] and lemmas[at - 1] not in _NOT:
            return at
    return None


def _negation_in_its_stretch(lemmas: Sequence[str], groups: Sequence[frozenset[str]], positions: list[int]) -> bool:
    """Whether a cue's "not" stands between commas with another of its words: in "i can breathe fine, not a
    problem" the "not" is about something else."""
    for group, at in zip(groups, positions, strict=True):
        if group <= _NOT and not any(
            other != at and "," not in lemmas[min(at, other) : max(at, other)] for other in positions
        ):
            return False
    return True


def _without_repeats(pairs: list[tuple[str, object]]) -> dict[str, object]:
    """A JSON object whose keys are each said once: a lookalike written twice would keep only its last reading."""
    keys = [key for key, _ in pairs]
    if repeated := sorted({key for key in keys if keys.count(key) > 1}):
        raise ValueError(f"written more than once: {', '.join(repeated)}")
    return dict(pairs)


def _crowded(match: Match, own: set[int], others: Sequence[Match], lemmas: Sequence[str], cue: Cue) -> bool:
    """Whether another match already says this sign where the cue stands, says another sign with these very
    words ("talking nonsense"), or is a time or pace the cue overlaps (which says whether the sign is sudden)."""
    words = match.size - 1
    for other in others:
        if not match.overlaps(other):
            continue
        if cue.pace_inside and other.types <= {"PACE"} or cue.time_inside and other.types <= _WHEN_TYPES:
            continue
        if other.types <= {"PACE"} and match.start < other.start and other.end < match.end:
            continue  # "my hand suddenly stopped working": how it came on, inside the sign's words, is the sign's
        if other.types & _WHEN_TYPES and not (other.start > 0 and lemmas[other.start - 1] in _POSSESSIVES):
            return True  # (after "my" it names a thing: "i couldn't get my morning pills down")
        if other.weak or _SIGN_TYPE not in other.types:
            continue
        same_sign = any(value.id == match.values[0].id for value in other.values)
        if same_sign and other.size >= match.size:
            return True
        if not same_sign and other.size >= words and own <= set(range(other.start, other.end)):
            return True
    return False


def _nearest(
    lemmas: Sequence[str], anchor: int, group: frozenset[str], reach: int, light: frozenset[str],
    forward_first: bool = False, ahead_only: bool = False,
) -> int | None:
    """The position of the group's word nearest the anchor, within reach and the anchor's clause (for a cue in
    order, the one after it when two are as near: "my husband's breathing is bad" is not "husband is" before
    "breathing"; `ahead_only`, only one after it)."""
    best: tuple[int, int] | None = None
    for step in (1,) if ahead_only else (1, -1) if forward_first else (-1, 1):
        distance, position = 0, anchor + step
        while 0 <= position < len(lemmas) and distance < reach and lemmas[position] not in _CLAUSE_BREAKS:
            if lemmas[position] in group:
                if best is None or distance < best[0]:
                    best = (distance, position)
                break
            if lemmas[position] not in light:
                distance += 1
            position += step
    return None if best is None else best[1]


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(token.lemma for token in tokens(normal_words(phrase)))


def _lookalike(phrase: str, not_ids: Sequence[str]) -> Lookalike:
    said = tokens(normal_words(phrase))
    exact = tuple((at, token.word) for at, token in enumerate(said) if token.word in _SAID_AS_WRITTEN)
    return Lookalike(tuple(token.lemma for token in said), frozenset(not_ids), exact)

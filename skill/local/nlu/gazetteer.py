"""Slot values found anywhere in an utterance: a gazetteer over the model's lemmatised names and synonyms.

Every name and synonym of every custom slot type becomes a key: its lemmas without function words ("pain in my
chest" → pain · in · chest). A trie over the keys finds every match at every position of an utterance; inside a
match the utterance may have a few extra light words ("pain in the chest", "under my right eye", "feels kind of
weak"). Durations are found the same way with `skill.local.durations`. Matches then compete: more key words win
("pain in my chest" is chest pain, not pain and a chest), then the longer span, then the earlier one.

Modifiers come from the model too: when one synonym is another with a word in front ("left eye" / "eye",
"upper lip" / "lip") or behind ("nicotine gum" / "nicotine"), that word may stand before or after any value of the
type ("left calf", "upper thigh"), and is taken into the match.

A match is *weak* when all its key words are also literal words of a sample of an intent that takes its type
("drinking" is alcohol, but in "i've been drinking a lot of coffee" it is the sample's "drinking"; "spasms" are
cramps, but "my calf keeps spasming" is a sample): the resolver tries the utterance with and without it. Such
words are not modifiers either ("muscle" in "my {bodyPart} muscle").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from skill.domain.durations import days_since
from skill.local.dates import (
    CALENDAR,
    CALENDAR_WORDS,
    DATE_TYPE,
    MONTHS,
    WEEKDAYS,
    Calendar,
    is_holiday,
    parse_calendar_date,
    parse_date,
    parse_day_of_month,
)
from skill.local.durations import (
    ANCHOR_WORDS,
    DURATION_PHRASE,
    DURATION_TYPE,
    END_WORDS,
    START_WORDS,
    parse_duration,
    parse_number,
)
from skill.local.interaction_model import InteractionModel
from skill.local.nlu.text import EDIT, Token, lemma, normal_words, tokens

if TYPE_CHECKING:
    from skill.local.nlu.sign_cues import SignCues

# Words a key does without ("pain in my chest" = "pain in the chest"), as lemmas.
KEY_SKIP = frozenset(
    lemma(word)
    for word in ("my", "the", "a", "your", "our", "their", "his", "her", "its", "be", "of", "some", "any", "this",
                 "these", "those", "enough", "much", "many", "lot", "lots", "plenty")
)  # fmt: skip
# Words an utterance may add inside a match, besides `KEY_SKIP` and modifiers (at most `_MAX_SKIPS` of them).
_HEDGES = frozenset(
    lemma(word)
    for word in ("kind", "sort", "bit", "little", "very", "quite", "pretty", "so", "too", "all", "real", "sometimes",
                 "often", "always", "both", "have", "get", "feel", "whole", "single", "every", "keep", "start",
                 "go", "went", "look", "seem", "become", "getting", "really", "more", "absolutely", "totally",
                 "completely", "properly", "proper", "awfully", "terribly", "extremely", "super", "bloody", "right",
                 "suddenly", "just", "still", "now", "again", "gone", "started", "starting")
)  # fmt: skip
_MAX_SKIPS = 3

# Function words never taken as modifiers, whatever the model's synonyms suggest.
_NOT_MODIFIERS = frozenset({"i", "it", "me", "you", "we", "they", "he", "she", "to", "in", "on", "at", "and", "or",
                            "not", "no", "do", "can", "will", "would", "have", "get", "feel", "up", "out", "off",
                            "all", "too", "much", "lot", "more", "very", "so", "that", "there", "what", "with",
                            "from", "for", "about", "after", "since", "new"})  # fmt: skip
# Words that cannot make a value a sample's own word ("on and off" is a frequency, whatever samples say "on").
_FUNCTION_WORDS = frozenset(
    {"and", "or", "on", "off", "in", "out", "up", "down", "at", "to", "for", "not", "no", "too", "so", "all", "over",
     "time", "now", "then", "it", "i", "me", "can", "do"}
)  # fmt: skip
_MAX_MODIFIER_WORDS = 2
_DURATION_LOOKBACK = 8  # words before a unit a duration phrase may start ("for just about a week and a half")
_DURATION_LOOKAHEAD = 4  # words after it ("two weeks or so now", "a week or two", "a day and a half")
_DURATION_PATTERN = re.compile(DURATION_PHRASE)
# A duration right after one of these is a rate ("every couple of days"), which is how often, not how long.
_RATE_WORDS = frozenset({"every", "each", "per"})
# After these a point in the past is a topic, not a start ("i was thinking of last year").
_TOPIC_WORDS = frozenset({"of"})
# Before "a night", "a day": an amount, so the time is a rate ("three hours sleep a night", "twice a week").
_SO_MUCH_A = frozenset({"sleep", "hours", "hour", "times", "twice", "once", "thrice", "coffees", "cups", "drinks",
                        "cans", "shifts", "pills", "tablets", "sessions", "miles"})
_AGE_WORDS = frozenset({"old", "olds"})  # a duration right before "old" is how old someone is


@dataclass(frozen=True, slots=True)
class Value:
    """What a match may mean: a value of a slot type (`id`, `name`), or a duration (`iso`)."""

    slot_type: str
    id: str | None = None
    name: str | None = None
    iso: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """Slot words found in an utterance: token span [start, end) and what they may mean (several types at once)."""

    start: int
    end: int
    size: int  # key words matched: the strength of the match
    values: tuple[Value, ...]
    weak: bool = False

    @property
    def types(self) -> frozenset[str]:
        return frozenset(value.slot_type for value in self.values)

    def value_for(self, slot_type: str) -> Value | None:
        return next((value for value in self.values if value.slot_type == slot_type), None)

    def overlaps(self, other: Match) -> bool:
        return self.start < other.end and other.start < self.end


class _Node:
    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.values: list[Value] = []


class Gazetteer:
    """Finds the values of a model's custom slot types (and durations) anywhere in a token sequence."""

    def __init__(
        self,
        model: InteractionModel,
        literal_lemmas: Mapping[str, Iterable[str]] | None = None,
        cues: SignCues | None = None,
        calendar: Calendar = CALENDAR,
    ) -> None:
        # The holidays of the locale's country, for "since thanksgiving".
        self.calendar = calendar
        # Urgent signs said in words no synonym lists, and phrases that only look like a value.
        self.cues = None if cues is None else cues.for_values(
            {slot_type.name: frozenset(value.id for value in slot_type.values)
             for slot_type in model.slot_types.values()}
        )
        # Per slot type, the words of the samples of the intents that take it (besides the slots).
        self.literal_lemmas = {type_name: frozenset(words) for type_name, words in (literal_lemmas or {}).items()}
        self._root = _Node()
        keys_by_type: dict[str, dict[tuple[str, ...], str]] = {}
        for slot_type in model.slot_types.values():
            keys = keys_by_type.setdefault(slot_type.name, {})
            for value in slot_type.values:
                for phrase in (value.name, *value.synonyms):
                    key = phrase_key(phrase)
                    if not key:
                        continue
                    keys.setdefault(key, value.id)
                    self._add(key, Value(slot_type.name, value.id, value.name))
        self.keys_by_type = keys_by_type
        all_keys = {key for keys in keys_by_type.values() for key in keys}
        self.prefixes: dict[str, frozenset[tuple[str, ...]]] = {}
        self.suffixes: dict[str, frozenset[tuple[str, ...]]] = {}
        for type_name, keys in keys_by_type.items():
            literal = self.literal_lemmas.get(type_name, frozenset())
            self.prefixes[type_name], self.suffixes[type_name] = self._modifiers(keys, all_keys, literal)
        self.modifier_words = frozenset(
            word
            for table in (*self.prefixes.values(), *self.suffixes.values())
            for modifier in table
            for word in modifier
        )
        self.inside_skip = KEY_SKIP | _HEDGES | self.modifier_words
        self.vocabulary = frozenset(word for keys in keys_by_type.values() for key in keys for word in key)

    def _add(self, key: tuple[str, ...], value: Value) -> None:
        node = self._root
        for word in key:
            node = node.children.setdefault(word, _Node())
        if all(known.slot_type != value.slot_type for known in node.values):  # the first value keeps a phrase
            node.values.append(value)

    @staticmethod
    def _modifiers(
        keys: dict[tuple[str, ...], str], all_keys: set[tuple[str, ...]], literal: frozenset[str]
    ) -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
        """Words that turn one key of this type into another key of the same value ("left" eye, calf "muscle")."""
        prefixes: set[tuple[str, ...]] = set()
        suffixes: set[tuple[str, ...]] = set()
        for key, value_id in keys.items():
            for size in range(1, min(_MAX_MODIFIER_WORDS, len(key) - 1) + 1):
                for modifier, rest, table in ((key[:size], key[size:], prefixes), (key[-size:], key[:-size], suffixes)):
                    if keys.get(rest) != value_id or modifier in all_keys:
                        continue
                    if any(word in _NOT_MODIFIERS or word in literal for word in modifier):
                        continue
                    table.add(modifier)
        return frozenset(prefixes), frozenset(suffixes)

    # -- finding -------------------------------------------------------------------------------------

    def find(self, sequence: Sequence[Token], today: date | None = None) -> list[Match]:
        """The best non-overlapping matches in `sequence`, in order (custom values, durations, and dates as of
        `today`)."""
        lemmas = [token.lemma for token in sequence]
        candidates = _without_skipped_over(self._value_candidates(lemmas)) + duration_candidates(sequence)
        if today is not None:
            dates = date_candidates(sequence, today, self.calendar)
            # A length inside a day of a month is that day's ("since the last week of october": no week long,
            # round 155).
            in_a_month = [match for match in dates if set(lemmas[match.start : match.end]) & _MONTH_WORDS]
            candidates = [match for match in candidates if not (match.types == {DURATION_TYPE} and any(
                day.start < match.end < day.end for day in in_a_month))] + dates
        if self.cues is not None:
            cued = self.cues.candidates(lemmas, self.inside_skip, candidates)  # light: words a match may skip
            candidates = self.cues.without_lookalikes(lemmas, candidates + cued, [token.word for token in sequence])
        chosen = _without_rates_and_hedged_amounts(select(candidates, lemmas), lemmas)
        return [self._absorb_modifiers(match, lemmas, chosen) for match in chosen]

    def find_of_type(self, sequence: Sequence[Token], slot_type: str) -> list[Match]:
        """The best non-overlapping matches of one slot type's own values only (no cues, times or dates)."""
        lemmas = [token.lemma for token in sequence]
        return select([match for match in self._value_candidates(lemmas) if match.types == {slot_type}])

    def _value_candidates(self, lemmas: list[str]) -> list[Match]:
        found: list[Match] = []
        root = self._root.children
        skippable = self.inside_skip
        for start, word in enumerate(lemmas):
            node = root.get(word)
            if node is None:
                continue
            # A word inside a match may be the next key word or a light word skipped ("face has gone lopsided",
            # where "face has dropped" is a key too): both ways are followed.
            pending = [(node, 1, 0, start + 1, True)]
            while pending:
                node, size, skips, position, arrived = pending.pop()
                if arrived and node.values:  # a match ends on a key word, never on a skipped one
                    found.append(self._match(start, position, size, node.values, lemmas))
                if position >= len(lemmas) or not node.children:
                    continue
                following = node.children.get(lemmas[position])
                if following is not None:
                    pending.append((following, size + 1, skips, position + 1, True))
                if lemmas[position] in skippable and skips < _MAX_SKIPS:
                    pending.append((node, size, skips + 1, position + 1, False))
        return found

    def _match(self, start: int, end: int, size: int, values: list[Value], lemmas: list[str]) -> Match:
        key_words = [word for word in lemmas[start:end] if word not in KEY_SKIP and word not in _FUNCTION_WORDS]
        weak = bool(key_words) and any(
            all(word in self.literal_lemmas.get(value.slot_type, ()) for word in key_words) for value in values
        )
        return Match(start, end, size, tuple(values), weak)

    def _absorb_modifiers(self, match: Match, lemmas: list[str], chosen: list[Match]) -> Match:
        if match.types & {DURATION_TYPE, DATE_TYPE}:
            return match
        start, end = match.start, match.end
        taken = [other for other in chosen if other is not match]
        for type_name in match.types:
            for modifier in sorted(self.prefixes.get(type_name, ()), key=len, reverse=True):
                begin = start - len(modifier)
                if begin >= 0 and tuple(lemmas[begin:start]) == modifier and not _is_taken(taken, begin, start):
                    start = begin
                    break
            for modifier in sorted(self.suffixes.get(type_name, ()), key=len, reverse=True):
                finish = end + len(modifier)
                if tuple(lemmas[end:finish]) == modifier and not _is_taken(taken, end, finish):
                    end = finish
                    break
        if (start, end) == (match.start, match.end):
            return match
        return Match(start, end, match.size, match.values, match.weak)


# Amounts kept in a key when without them one word would be left: "many places" is several, "place" is one.
_AMOUNTS = frozenset(lemma(word) for word in ("many", "lot", "lots", "plenty", "much", "some", "any", "enough"))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lemmas of a slot phrase without function words (all of them when nothing else is left)."""
    said = [token for token in tokens(normal_words(phrase)) if token.lemma != ","]
    lemmas = tuple(token.lemma for token in said)
    key = [token.lemma for token in said if token.lemma not in KEY_SKIP]
    if len(key) == 1 and set(lemmas) & _AMOUNTS:
        key = [word for word in lemmas if word not in KEY_SKIP or word in _AMOUNTS]
    return tuple(key) or lemmas


def select(candidates: list[Match], lemmas: Sequence[str] = ()) -> list[Match]:
    """Non-overlapping matches, best first: more key words, then (with the `lemmas` said) a symptom before a place
    that only a side makes as long ("my left eyelid droops": the droop, not "left eyelid", round 149), then the
    longer span, then the earlier one."""
    sided_places = {id(match) for match in candidates if match.types == {_PLACE_TYPE} and match.start < len(lemmas)
                    and lemmas[match.start] in _SIDES and any(
                        _SIGN_TYPE in other.types and other.size == match.size and other.overlaps(match)
                        for other in candidates)}
    chosen: list[Match] = []
    for match in sorted(candidates, key=lambda m: (-m.size, id(m) in sided_places, -(m.end - m.start), m.start)):
        if not any(match.overlaps(other) for other in chosen):
            chosen.append(match)
    return sorted(chosen, key=lambda m: m.start)


def _a_named_stretch(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the days or nights said in words[start:end] are a stretch of a holiday named after "of", after a word
    of when: "since the last ten nights of ramadan" (round 167 had the twitch ten days old where it was many
    months). Not "since the last 4 nights of exams", nor "for the last ten days", which are how long (safety reviews
    C59 and D59)."""
    named = [word for word in words[end + 1 : end + 3] if word != "the"][:1]
    return bool(named) and is_holiday(named) and _NAMED_STRETCH.search(
        " ".join(words[max(0, start - 4) : end])) is not None


_NAMED_STRETCH = re.compile(r"\b(?:since|during|from|at|on) the (?:last |first )?\S+ (?:days|nights)$")


def duration_candidates(sequence: Sequence[Token]) -> list[Match]:
    """Every longest duration phrase that ends near a unit word or a point in the past ("days", "yesterday")."""
    words = [token.word for token in sequence]
    found: list[Match] = []
    for anchor, word in enumerate(words):
        if word not in ANCHOR_WORDS:
            continue
        best: tuple[int, int, str] | None = None
        for end in range(min(len(words), anchor + 1 + _DURATION_LOOKAHEAD), anchor, -1):
            if words[end - 1] not in END_WORDS or "," in words[anchor:end]:
                continue
            for start in range(max(0, anchor - _DURATION_LOOKBACK), anchor + 1):
                if best is not None and end - start <= best[1] - best[0]:
                    break
                span = words[start:end]
                if (span[0] not in START_WORDS and not span[0].isdigit()) or span[0] == "for" or "," in span:
                    continue
                phrase = " ".join(span)
                if _DURATION_PATTERN.fullmatch(phrase) and (iso := parse_duration(phrase)) is not None:
                    best = (start, end, iso)
                    break
        if best is not None and best[1] < len(words) and words[best[1]] in _AGE_WORDS:
            continue  # "a forty five year old man", "my 80 year old dad": an age, not how long
        if best is not None and words[best[1] : best[1] + 1] == ["of"] and _a_named_stretch(words, *best[:2]):
            continue  # "since the last ten nights of ramadan", "during the nine nights of navratri": when, not how long
        if best is not None and said_of_someones_age(words[max(0, best[0] - 3) : best[0]]):
            continue  # "i just had her, she's ten weeks", "the baby's only four months": an age
        if best is not None and best[2].endswith("Y") and _an_age_told_bare(words, *best[:2]):
            continue  # "male, thirty-four years.", "I am a man, forty-four years, a truck driver": an age (round 179)
        if best is not None and [word for word in words[best[1] : best[1] + 2] if word != "of"][:1] == ["sleep"]:
            continue  # "four hours sleep", "six hours of sleep": how much sleep (a trigger), not how long
        if best is not None and best[2].startswith("PT") and _of_an_activity(words[best[1] : best[1] + 2]):
            continue  # "twelve hours of gaming", "ten hours of driving": how long a day's doing, not the twitch
        if best is not None and words[best[1] - 1] in ("year", "years") and best[1] < len(words) and (
                words[best[1]].isdigit() or parse_number(words[best[1]]) is not None) and words[best[0]] not in (
                "last", "this", "next") and words[best[1] + 1 : best[1] + 2] != ["of"]:
            continue  # "a year 7 is not breathing", "a year ten pupil": a school year, not a year gone by
        if best is not None and best[0] > 0 and words[best[0] - 1] == "at" and best[2].startswith("P") and not (
                best[2].startswith("PT")):
            continue  # "a febrile fit at eighteen months": an age then, not how long anything has gone on
        if best is not None and best[2].startswith("PT") and any(
                re.fullmatch(r"[0-2]\d[0-5]\d", word) for word in words[best[0] : best[1]]):
            continue  # "since 2015 hours": a time of day, the twenty-four hour way (not 84 days)
        if best is not None and "Y" in best[2] and _years_of_a_thing(words[best[1] : best[1] + 2]):
            continue  # "forty years of junk", "thirty years of marriage": a life's, not the twitch's
        if best is not None and (words[best[1] : best[1] + 1] in (["pregnant"], ["along"]) or (
                words[max(0, best[0] - 2) : best[0]] in (["i", "am"],) or words[best[0] - 1 : best[0]] == ["i'm"]) and (
                words[best[1] - 1] in ("weeks", "months")) and words[best[1] : best[1] + 1] in ([","], ["and"])):
            continue  # "i'm thirty-four weeks pregnant and i fainted": how far on, not how long ago (review B80)
        if best is not None and words[best[1] : best[1] + 1] == ["gone"] and words[best[1] - 1] in (
                "weeks", "months") and words[best[1] + 1 : best[1] + 2] in ([","], ["and"]) and not (
                set(words[max(0, best[0] - 2) : best[0]]) & {"been", "it's", "that's", "it", "that"}):
            continue  # "i'm seven months gone and i fainted", "seven months gone, and ...": the pregnancy (B82)
        if best is not None and words[best[1] - 1] in _UNITS_AS_SAID_OF_ONE and words[best[1] : best[1] + 1] and (
                words[best[1]] in _THINGS_OF_A_LENGTH):
            continue  # "since my twenty-week scan", "a six-week course": the thing's length, not the twitch's
        if best is not None and words[best[1] : best[1] + 1] == ["after"] and (
                words[best[1] + 1 : best[1] + 2] in ([], [","], ["that"])):
            continue  # "she had the baby in october and a week or so after, ...": from then, not from today
        if best is not None and words[best[0] - 1 : best[0]] == ["after"] and words[best[1] : best[1] + 1] in (
                ["in"], ["of"], ["on"]) and not set(words[best[1] : best[1] + 4]) & _TWITCHING_SAID:
            continue  # "washed out after an hour in ten-degree water": the length of a doing (round 84)
        if best is not None and _per(words[max(0, best[0] - 1) : best[1] + 2]):
            continue  # "fourteen hours a day", "ten times a night": how much of each day, not how long
        if best is not None and words[best[0]] in ("a", "an") and best[1] - best[0] == 2 and best[0] > 0 and (
            words[best[0] - 1] in _SO_MUCH_A or _counted(words[max(0, best[0] - 3) : best[0]])
        ):
            continue  # "three hours sleep a night", "eight espressos a day": how much each night, not how long
        if best is not None and not (best[0] > 0 and words[best[0] - 1] in _RATE_WORDS | _TOPIC_WORDS):
            start, end, iso = best
            size = sum(1 for token in sequence[start:end] if token.lemma not in KEY_SKIP)
            found.append(Match(start, end, size, (Value(DURATION_TYPE, iso=iso),)))
    return found + _uncounted_times_gone_by(words, found)


# Units said as a time gone by without how many ("years ago", "many years back"), and words before a unit that
# count it already ("two years ago", "a couple of weeks back", "the weeks since").
_UNCOUNTED_UNITS = {"years": "Y", "months": "M", "weeks": "W"}
_COUNTING_WORDS = frozenset({"few", "couple", "several", "some", "of", "the", "and", "half", "those", "these",
                             "recent", "past", "last", "next", "school", "light", "early", "later"})


def _uncounted_times_gone_by(words: list[str], found: list[Match]) -> list[Match]:
    """"Years ago", "many years back", "donkey's years ago": at least a few, as a bare "years" to "when did it start?"
    is (round 139: "my dad had a stroke years back" had been a stroke now). Read here, not rewritten in the text, so
    what the classifier reads is as said; not "for years", as often a medicine's or an old complaint's as the
    twitch's."""
    added = []
    for at, word in enumerate(words):
        if word not in _UNCOUNTED_UNITS or words[at + 1 : at + 2] not in (["ago"], ["back"]) or any(
                match.start <= at < match.end for match in found):
            continue
        before = words[at - 1] if at else ""
        start = at - 1 if before in ("many", "donkey's", "donkeys") else at
        if start == at and (before in _COUNTING_WORDS or before.isdigit() or parse_number(before) is not None):
            continue
        added.append(Match(start, at + 2, 1, (Value(DURATION_TYPE, iso=f"P3{_UNCOUNTED_UNITS[word]}"),)))
    return added


# A length said of one thing ("a twenty-week scan"): the unit in the singular, then the thing.
_UNITS_AS_SAID_OF_ONE = frozenset({"day", "week", "month", "year", "hour", "minute"})
# Said after "after an hour of ...", the twitch itself ("after a week of twitching", "of it"): its time after all.
_TWITCHING_SAID = frozenset({"twitching", "twitch", "twitches", "twitchy", "jumping", "flickering", "it"})
_THINGS_OF_A_LENGTH = frozenset({"scan", "scans", "check", "checks", "checkup", "appointment", "review", "course",
                                 "courses", "programme", "program", "plan", "contract", "notice", "challenge", "trial",
                                 "placement", "stint", "bootcamp", "booking", "block", "cycle", "wait", "visit",
                                 "trip", "holiday", "break", "stay", "rota", "tour", "detox", "fast", "diet",
                                 # "writing three-hour papers" (round 85)
                                 "paper", "papers", "exam", "exams", "lecture", "lectures", "seminar", "shift",
                                 "shifts", "flight", "flights", "drive", "session", "sessions", "class", "classes"})


def _counted(before: Sequence[str]) -> bool:
    """A number, then a plural ("eight espressos", "about six pints"), or one of a thing ("maybe one coffee a day",
    round 94): an amount."""
    return len(before) >= 2 and (before[-1].endswith("s") and (
        before[-2].isdigit() or parse_number(before[-2]) is not None) or before[-2] == "one" and before[-1].isalpha())


def said_of_someones_age(before: Sequence[str]) -> bool:
    """Whether the words before a time say whose age it is ("she's", "the baby is only"), not how long something has
    gone on ("she's been twitching", "she's had it for")."""
    words = [word for word in before if word not in ("only", "just", "about", "nearly", "almost")]
    return words[-1:] in (["she's"], ["he's"], *_CHILDS) or words[-2:] in (["she", "is"], ["he", "is"],
                                                                           ["baby", "is"])


def _an_age_told_bare(words: list[str], start: int, end: int) -> bool:
    """Whether years said bare are an age, said right after who is that old, a pause between and nothing after:
    "male, thirty-four years.", "I am a man, forty-four years, a truck driver" (never "oh man, two years", nor
    "since I was a young man, twenty years now": safety review C62)."""
    before = [word for word in words[max(0, start - 5) : start] if word != ","]
    said_of = before[-1:] in (["male"], ["female"], ["aged"]) or before[-1:] and before[-1] in _WHO_IS_AGED and (
        before[-4:-1] == ["i", "am", "a"] or before[-3:-1] in (["i'm", "a"], ["am", "a"]))
    return said_of and words[end : end + 1] in ([], [","], ["."], ["and"])


# Who is said right before an age told in bare years, after "I am a".
_WHO_IS_AGED = frozenset({"man", "woman", "lady", "gentleman", "guy", "bloke"})
# "My daughter's eighteen months and ...": a child's age, said after the child.
_CHILDS = tuple([f"{child}'s"] for child in ("baby", "daughter", "son", "granddaughter", "grandson", "toddler",
                                             "child", "kid", "boy", "girl", "niece", "nephew"))


def _without_rates_and_hedged_amounts(chosen: list[Match], lemmas: list[str]) -> list[Match]:
    """Without the length of "four coffees a day" (a rate: what is drunk, named right before it) nor the "not sure"
    of "maybe four sachets" (an amount hedged, a number right after it: round 149)."""
    ends = {match.end for match in chosen if _TRIGGER_TYPE in match.types and any(
        value.id in _DRUNK_OR_SMOKED for value in match.values)}

    def rate(match: Match) -> bool:
        # (Or after a count: "shearing two hundred a day on the board", "fifty a week": round 179.)
        counted = match.start > 0 and (lemmas[match.start - 1].isdigit() or parse_number(
            lemmas[match.start - 1]) is not None) and lemmas[match.start - 1] not in ("one", "1")
        return DURATION_TYPE in match.types and (match.start in ends or counted) and (
            match.end - match.start == 2) and lemmas[match.start] in _EACH

    def hedged_amount(match: Match) -> bool:
        return match.types == {_ANSWER_TYPE} and match.end - match.start == 1 and lemmas[match.start] in (
            _HEDGES_OF_AN_AMOUNT) and match.end < len(lemmas) and parse_number(lemmas[match.end]) is not None
    return [match for match in chosen if not rate(match) and not hedged_amount(match)]


_DRUNK_OR_SMOKED = frozenset({"caffeine", "stimulant", "alcohol", "nicotine"})
_HEDGES_OF_AN_AMOUNT = frozenset(lemma(word) for word in ("maybe", "perhaps", "probably"))
_TRIGGER_TYPE, _ANSWER_TYPE, _PLACE_TYPE, _SIGN_TYPE = "TRIGGER", "ANSWER", "BODY_PART", "SYMPTOM"
_SIDES = frozenset({"left", "right"})
_MONTH_WORDS = frozenset(MONTHS)


def _without_skipped_over(candidates: list[Match]) -> list[Match]:
    """Without a match that skipped the words of another as light ones: "a few energy drinks" is the energy drinks
    (a stimulant), not "a few drinks" (alcohol) with "energy" passed over. The other ends where it does and is
    as big, with other values."""
    return [
        match for match in candidates
        if not any(
            match.start < other.start and other.end == match.end and other.size >= match.size
            and set(other.values) != set(match.values)
            for other in candidates
        )
    ]


def _per(words: list[str]) -> bool:
    return any(
        words[at] in _EACH and words[at - 1] in _UNIT_WORDS and words[at + 1] in _UNIT_WORDS
        and words[at + 2 : at + 3] != ["ago"]  # "three times an hour ago" says when
        for at in range(1, len(words) - 1)
    )


_EACH = frozenset({"a", "an", "per", "each", "every"})
_UNIT_WORDS = frozenset({"hour", "hours", "day", "days", "night", "nights", "week", "weeks", "shift", "shifts",
                         "month", "months", "times"})


def _of_an_activity(following: list[str]) -> bool:
    return len(following) == 2 and following[0] == "of" and (
        following[1].endswith("ing") or following[1] in _ACTIVITIES
    )


def _years_of_a_thing(following: list[str]) -> bool:
    return len(following) == 2 and following[0] == "of" and following[1] not in _OF_THE_TWITCH


# "Two years of this", "three years of twitching": the twitch's own years.
_OF_THE_TWITCH = frozenset({"this", "it", "that", "these", "them", "the", "my", "twitching", "twitches", "twitch",
                            "jumping", "flickering", "spasms", "spasming", "on", "off", "ticking", "tics"})
_ACTIVITIES = frozenset({"work", "overtime", "revision", "study", "screen", "screens", "telly", "tv", "training",
                         "homework", "coursework", "shifts", "driving", "gaming"})
_DATE_LEADS = frozenset({"last", "this", "on", "the"})
_MAX_CALENDAR_WORDS = 7  # "the first week of november", "friday the twenty eighth of august"
_YEAR_LEADS = frozenset({"in", "since", "from", "back", "around", "about", "of", "year", ","})
_COUNTED = frozenset({"ml", "mg", "mcg", "steps", "calories", "units", "pounds", "dollars", "miles", "metres",
                      "meters", "feet", "words", "people", "times", "rupees", "euros", "kilometres", "km", "kg",
                      "hours", "hrs", "hundred"})  # ("since 2000 hours" is a time of day)
_NOT_A_START = frozenset({"for", "of", "until", "till"})
# ("First entry, ...", "first noticed", "i remember it going at the easter bonnet parade, so april".)
_START_WORDS = frozenset({"since", "started", "start", "from", "began", "begin", "only", "starting", "begun",
                          "around", "after", "noticed", "first", "entry", "remember"})
# ("It came on all of a sudden in August": a start told in two words, round 166.)
_STARTING = frozenset({("came", "on"), ("come", "on"), ("comes", "on"), ("kicked", "off"), ("set", "in")})
# Words that may follow a date said as a time; any other word makes a holiday name its season ("christmas baking").
_AFTER_A_DATE = frozenset({",", ".", "and", "but", "so", "or", "day", "eve", "when", "i", "we", "it", "my", "the",
                           "that", "then", "really", "time", "too", "now", "maybe", "probably", "ish", "you", "he",
                           "she", "they", "is", "was", "has", "had", "been", "at", "in", "on", "actually", "anyway",
                           "last", "this", "because", "cos", "as", "onwards", "roughly", "about",
                           # "since ramadan started", "since the easter weekend" (not "since ramadan ended": a
                           # feast's first day is no end of it)
                           "started", "began", "begun", "kicked", "weekend",
                           # "since the easter holidays", "since the christmas break" (round 75)
                           "holidays", "holiday", "hols", "break"})


def date_candidates(sequence: Sequence[Token], today: date, calendar: Calendar = CALENDAR) -> list[Match]:
    """Days said by name ("since monday", "last friday", "the weekend"), as Alexa's AMAZON.DATE would read them,
    holidays by the `calendar`."""
    words = [token.word for token in sequence]
    found: list[Match] = _calendar_dates(words, today, calendar)
    for anchor, word in enumerate(words):
        if any(match.start <= anchor < match.end for match in found):
            continue
        if word.isdigit():
            if _said_as_a_year(words, anchor) and (iso := parse_date([word], today)) is not None:
                found.append(Match(anchor, anchor + 1, 1, (Value(DATE_TYPE, iso=iso),)))
            continue
        if word not in WEEKDAYS and word not in ("weekend", "today"):
            continue
        if word == "weekend" and words[anchor + 1 : anchor + 2] in (["in"], ["of"]) and (
                words[anchor + 2 : anchor + 3] and words[anchor + 2] in MONTHS):
            continue  # ("the first weekend in november": that month's, never this weekend)
        if words[anchor + 1 : anchor + 2] == [","] and any(
                match.start in (anchor + 2, anchor + 3) and (set(words[match.start : match.end]) & _MONTH_WORDS or (
                    parse_day_of_month(words[match.start : match.end], today) is not None)) for match in found):
            continue  # ("on the monday, the twenty-sixth of october", "on the sunday, the eighth": the date it is)
        earliest = anchor
        while earliest > 0 and words[earliest - 1] in _DATE_LEADS and anchor - earliest < 2:
            earliest -= 1
        # The longest phrase ending here that reads as a date ("last friday" before "friday").
        iso = None
        for start in range(earliest, anchor + 1):
            if (iso := parse_date(words[start : anchor + 1], today)) is not None:
                break
        if word == "today" and not (start > 0 and words[start - 1] in _START_WORDS) and len(words) > 1:
            continue  # "what day is it today" asks no start; "since today", "it started today" do
        if iso is not None and not (start > 0 and words[start - 1] in _NOT_A_START):  # "done for today"
            end = anchor + 1
            if word in WEEKDAYS and words[end : end + 2] == ["before", "last"]:
                # "Monday before last": the one a week before last Monday.
                last = date.fromisoformat(parse_date(["last", word], today) or iso)
                iso, end = (last - timedelta(days=7)).isoformat(), end + 2
            elif word in WEEKDAYS and words[end : end + 3] in (["of", "last", "week"], ["of", "this", "week"]) and (
                    week_of := parse_date([word, *words[end : end + 3]], today)) is not None:
                iso, end = week_of, end + 3  # "thursday of last week"
            found.append(Match(start, end, 1, (Value(DATE_TYPE, iso=iso),)))
    return found


def _calendar_dates(words: list[str], today: date, calendar: Calendar) -> list[Match]:
    """Days and months said by the calendar or by a holiday as when something began ("since the fourteenth of
    november", "it started at christmas", "since the clocks went back"; or said alone, "in march"): the longest
    phrase from each word that reads as one. Not a habit ("like every june"), a time only bounded ("until
    thanksgiving"; "since before easter" is read as since easter when that is three months or more), nor a
    holiday naming its season ("since the christmas baking", "the thanksgiving rush")."""
    found: list[Match] = []
    start = 0
    while start < len(words):
        if (words[start] in CALENDAR_WORDS or words[start] in calendar.opening_words) and not _not_the_feast(
                words, start):
            for end in range(min(len(words), start + _MAX_CALENDAR_WORDS), start, -1):
                if "," in words[start:end]:
                    continue
                if (iso := parse_calendar_date(words[start:end], today, calendar)) is not None:
                    if _only_bounded(words, start, iso, today):
                        start = end - 1
                        break  # ("since before thanksgiving" may be months: asked)
                    # (A weekday that leads a date is that date's: read alone, it would be this week's. So is "the
                    # monday after halloween, that's when it started".)
                    if _a_start_said(words, start, end, calendar) or words[start] in WEEKDAYS or (
                            words[start] == "the" and words[start + 1] in WEEKDAYS):
                        found.append(Match(start, end, 1, (Value(DATE_TYPE, iso=iso),)))
                    start = end - 1
                    break
            else:
                if (day := _day_alone(words, start, today, calendar)) is not None:
                    found.append(day)
                    start = day.end - 1
        start += 1
    return found


# What may follow a day of the month said alone as a start ("since the twenty-fifth, payday"): not "the fifth time".
_AFTER_A_DAY_ALONE = frozenset({",", ".", "when", "and", "so", "because", "cos", "or", "i", "it", "we", "he", "she",
                                "they", "that", "maybe", "probably", "ish", "onwards", "anyway", "actually"})


def _day_alone(words: list[str], start: int, today: date, calendar: Calendar) -> Match | None:
    """"Since the twenty-fifth", "it started on the 3rd": a day of this month (or the last one it fell in), with a
    start said before it and nothing after it that makes it something else's order ("the fifth time")."""
    for end in (start + 3, start + 2):
        if end > len(words) or (end < len(words) and words[end] not in _AFTER_A_DAY_ALONE):
            continue
        if (iso := parse_day_of_month(words[start:end], today)) is not None and _a_start_said(
                words, start, end, calendar) and (
                not _only_bounded(words, start, iso, today)):
            return Match(start, end, 1, (Value(DATE_TYPE, iso=iso),))
    return None


# Feasts whose names are also everyday words or names ("since i lent it out", "since i met holi"): read only after
# a word that leads a time. And no feast is read from its end or middle ("since the end of ramadan": asked).
_WORDS_AND_FEASTS = frozenset({"lent", "holi", "ramadan", "eid", "advent", "pentecost", "good"})
_BEFORE_A_FEAST = frozenset({"since", "at", "from", "after", "around", "over", "during", "the", "last", "this",
                             "by", "about", "of", "in", "on", "for", "near", ",", "and", "so", "start", "beginning",
                             "first", "mid", "early", "late"})


def _not_the_feast(words: list[str], start: int) -> bool:
    before = words[max(0, start - 2) : start]
    if words[start] in _WORDS_AND_FEASTS and before and before[-1] not in _BEFORE_A_FEAST:
        return True
    return before in (["end", "of"], ["middle", "of"], ["half", "of"], ["rest", "of"]) or before[-1:] == ["the"] and (
        words[max(0, start - 3) : start - 1] in (["end", "of"], ["middle", "of"]))


# "Since before Easter" began earlier still: the day named is the least it has gone on. Read as its start only when
# that least is already three months (the longest time the advice tells apart), so it can never make the twitch
# newer than it is (round 134); "since before thanksgiving" a week ago may be months, and is asked.
_BEFORE_IS_THE_LEAST_DAYS = 92


def _said_since_before(words: list[str], start: int) -> bool:
    return words[max(0, start - 2) : start] in (["since", "before"], ["from", "before"])


def _only_bounded(words: list[str], start: int, iso: str, today: date) -> bool:
    """Whether the day at `start` is said "since before" it and is under three months back: a bound, not a start."""
    return _said_since_before(words, start) and (days_since(iso, today) or 0) < _BEFORE_IS_THE_LEAST_DAYS


def _a_start_said(words: list[str], start: int, end: int, calendar: Calendar) -> bool:
    before = words[max(0, start - 4) : start]
    if before[-1:] and before[-1] in ("every", "each", "before", "till", "until") and not _said_since_before(
        words, start) or (
        end < len(words) and words[end] not in _AFTER_A_DATE and is_holiday(words[start:end], calendar)
    ):
        return False
    # "Since the start of term four, so mid october", "since the fall revival, middle of october", "just after his
    # birthday, that's the tenth of october": a start said again, in days a calendar knows.
    # ("Since our church convention, that first weekend of november".)
    restated = (before[-1:] in (["so"], [","], ["that"]) or tuple(before[-2:]) in _RESTATING
                or before[-1:] == ["that's"]) and (
        bool(set(words[max(0, start - 12) : start]) & _START_WORDS))
    # ("Since we got back from lanzarote, we flew home on the first of november": the day of the event the start was
    # told by, in a short clause of its own right after it.)
    clause = _clause_before(words, start, 8)
    restated = restated or (clause[-1:] == ["on"] and len(clause) <= 6 and clause[:1] in (
        ["we"], ["i"], ["he"], ["she"], ["they"]) and "," in words[max(0, start - 12) : start] and "since" in words[
        max(0, start - 14) : start - len(clause)])
    # "We went out on the Monday, the twenty-sixth of October": the weekday's own date, said again (round 75).
    restated = restated or (before[-1:] == [","] and len(before) > 1 and before[-2] in WEEKDAYS
                            and bool(set(words[start:end]) & _MONTH_WORDS))
    # "It started at the party on the first of november", "i first moaned to my brother about the twitch on the fifth
    # of november": the start up to ten words back, in the same clause.
    clause = _clause_before(words, start, 10)
    # (Or in the clause before a short one: "it came on all of a sudden, one morning in august".)
    told = words[max(0, start - 12) : start] if len(clause) <= 4 else clause
    in_its_clause = bool(set(clause) & _START_WORDS) or any(
        tuple(told[at : at + 2]) in _STARTING for at in range(len(told) - 1))
    # "A few days, no wait, the second of september": a date put in place of the time just said.
    put_right = EDIT in before
    # (The whole answer a date, "friday the twenty eighth of august", is when; so is one said first, before a pause:
    # "early june, first cut of hay"; not a month's name alone: "june, my daughter, ...".)
    # (And one said last, after a pause, closing the answer: "that was the october week, when the weans were aff
    # school, mid-october", round 86.)
    closing = end == len(words) and before[-1:] == [","] and end - start > 1
    # ("Back in March, at the A and P show": a time gone by, as when it began: round 141.)
    back_in = before[-2:] == ["back", "in"]
    # ("About the end of October", "I think bout mid-November": a start told roughly, the whole answer; not "I was
    # worried about the end of October", nor "about the end of October, no, it was yesterday": safety review D60.)
    roughly = before[-1:] in (["about"], ["bout"], ["round"]) and end == len(words) and (
        start == 1 or words[start - 2] in _OPENING_ROUGHLY)
    # ("She had the baby at the end of September and her eyelid's been flickering away since": the day, then the
    # twitch going on since it, closing what is said, with no other time between: round 171.)
    tail = [word for word in words[end : end + 12] if word != ","]
    since_then = tail[-1:] == ["since"] and end + 12 >= len(words) and bool(set(tail) & _TWITCHING_SAID - {"it"}) and (
        not set(tail) & _TIMES_BETWEEN)
    # ("The back of his hand was jumping while he was carving the turkey on Thanksgiving, and he say it's still doing
    # it": the twitch on that day, and going on still, with no other time between: round 193.)
    still_going = before[-1:] == ["on"] and any(tail[at + 1 : at + 3] in (["doing", "it"], ["at", "it"], ["going"], [
        "there"]) or tail[at + 1 : at + 2] in (["twitching"], ["jumping"], ["going"], ["there"])
        for at, word in enumerate(tail) if word == "still") and bool(
        set(words[max(0, start - 14) : start]) & _TWITCHING_SAID - {"it"}) and not set(tail) & _TIMES_BETWEEN
    return len(words) <= 4 or (start, end) == (0, len(words)) or start == 0 and end > 1 and words[end : end + 1] == [
        ","] or bool(set(before) & _START_WORDS) or restated or (
        in_its_clause or put_right or closing or back_in or roughly or since_then or still_going)


_OPENING_ROUGHLY = frozenset({",", "so", "yeah", "yes", "think", "maybe", "probably", "reckon", "guess"})
_TIMES_BETWEEN = frozenset({"today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
                            "weeks", "month", "months", "day", "days", "ago", "last", "this", "hour", "hours"})
_RESTATING = frozenset({("that", "is"), ("that", "was"), ("which", "is"), ("which", "was"), ("it", "was")})


def _clause_before(words: list[str], start: int, reach: int) -> list[str]:
    """Up to `reach` words before `start`, back to the last comma."""
    before = words[max(0, start - reach) : start]
    return before[len(before) - before[::-1].index(",") :] if "," in before else before


def _said_as_a_year(words: list[str], at: int) -> bool:
    """A number where a time is said ("in 2015", "back in 2012", "since 2019", "a stroke, 2012,"), not a count
    ("2000 steps", "in 2000 ml"): after a word of time, or alone between pauses."""
    before, after = words[at - 1 : at] if at else [], words[at + 1 : at + 2]
    if before and before[0] in _YEAR_LEADS - {","}:
        return not (after and after[0] in _COUNTED)
    return (not before or before == [","]) and after in ([], [","], ["."])


def _is_taken(matches: list[Match], start: int, end: int) -> bool:
    return any(match.start < end and start < match.end for match in matches)

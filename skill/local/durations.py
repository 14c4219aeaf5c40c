"""Spoken durations → ISO-8601 strings, the way Alexa fills an AMAZON.DURATION slot.

Alexa sends e.g. "P3D" for "three days" and "PT10M" for "ten minutes". Vague amounts get a number
("a few" = 3, "a couple of" = 2, "several" = 3). Ranges ("two or three days", "a week or two", "between two
and three weeks") take the upper end, so a triage rule that reads the duration errs toward the longer, more
cautious answer. Hedges before or after do not change the value ("about a month", "a year, give or take",
"four days ago", "three weeks straight"), and a point in the past counts as the time since it ("since
yesterday" = P1D, "since the day before yesterday" = P2D, "since last month" = P1M).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction

#: The slot type whose values this module reads.
DURATION_TYPE = "AMAZON.DURATION"

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip

# Words for an amount that is not a number; Alexa still sends a number, so we pick one.
_VAGUE_AMOUNTS: dict[tuple[str, ...], int] = {
    ("a", "couple", "of"): 2,
    ("a", "couple"): 2,
    ("couple", "of"): 2,
    ("couple",): 2,
    ("a", "few"): 3,
    ("few",): 3,
    ("several",): 3,
    ("a", "handful", "of"): 3,
    ("a",): 1,
    ("an",): 1,
}


@dataclass(frozen=True)
class _Unit:
    designator: str  # the ISO letter
    is_time: bool  # after the "T" in ISO-8601
    multiplier: int = 1  # a fortnight is two weeks, a decade ten years


_UNITS: dict[str, _Unit] = {}
for _words, _unit in (
    (("second", "seconds", "sec", "secs"), _Unit("S", True)),
    (("minute", "minutes", "min", "mins"), _Unit("M", True)),
    (("hour", "hours", "hr", "hrs"), _Unit("H", True)),
    (("day", "days", "night", "nights"), _Unit("D", False)),
    (("week", "weeks"), _Unit("W", False)),
    (("fortnight", "fortnights"), _Unit("W", False, 2)),
    (("month", "months"), _Unit("M", False)),
    (("year", "years", "yr", "yrs"), _Unit("Y", False)),
    (("decade", "decades"), _Unit("Y", False, 10)),
):
    for _word in _words:
        _UNITS[_word] = _unit

# A fraction of a unit is exact in the next smaller unit ("a day and a half" = 36 hours); months are not.
_SMALLER_UNIT: dict[tuple[str, bool], tuple[_Unit, int]] = {
    ("Y", False): (_Unit("M", False), 12),
    ("W", False): (_Unit("D", False), 7),
    ("D", False): (_Unit("H", True), 24),
    ("H", True): (_Unit("M", True), 60),
    ("M", True): (_Unit("S", True), 60),
}

# Hedges around a duration that do not change the value Alexa sends ("about three days" → P3D).
_QUALIFIERS = (
    "just over", "just under", "a little over", "a little more than", "a bit more than", "a bit over",
    "a little under", "a little less than", "a bit less than", "a bit under", "a bit longer than",
    "a little longer than", "well over", "close to", "getting on for", "upwards of", "no more than",
    "not more than", "no less than", "not even", "more than", "less than", "at least", "at most", "the past",
    "the last", "these past", "this past", "in the last", "in the past", "over the last", "over the past",
    "within the last", "during the last", "during the past", "for the last", "for the past", "a good", "a solid",
    "a whole", "good", "solid", "past", "last", "about", "around", "roughly", "approximately", "nearly",
    "almost", "over", "under", "just", "only", "maybe", "probably", "like", "since", "for", "between",
    "barely", "i'd say", "i think", "pretty much", "the best part of", "the better part of", "best part of",
)  # fmt: skip

# Words after a duration that do not change it either ("three weeks straight", "a year, give or take").
_SUFFIXES = (
    "or so", "or more", "or longer", "or less", "or something", "or thereabouts", "give or take",
    "more or less", "ish", "now", "ago", "straight", "in a row", "each time", "every time", "at a time",
    "tops", "already", "maybe", "probably", "at least", "at most", "and counting", "so far",
    "back",  # "two years back", "a week back": ago, as many say it (round 139: a stroke "back in" and "years back")
)  # fmt: skip

# Points in the past said instead of a length ("since yesterday"): how long ago they were.
_RELATIVE: dict[tuple[str, ...], str] = {
    tuple(words.split()): iso
    for words, iso in (
        ("yesterday", "P1D"), ("yesterday morning", "P1D"), ("yesterday afternoon", "P1D"),
        ("yesterday evening", "P1D"), ("last night", "P1D"), ("the day before yesterday", "P2D"),
        ("day before yesterday", "P2D"), ("last week", "P1W"),
        # "this week": at most a week, said as the whole week (the longer time is the more careful one)
        ("this week", "P1W"), ("earlier this week", "P1W"), ("last month", "P1M"), ("last year", "P1Y"),
        # "all week", "the whole month": the whole of it (not "all day" or "all year": said of habits too)
        ("all week", "P1W"), ("all this week", "P1W"), ("the whole week", "P1W"), ("all month", "P1M"),
        ("all this month", "P1M"), ("the whole month", "P1M"), ("this month", "P1M"), ("earlier this month", "P1M"),
        # a decade named: at least this long ago, whatever today is ("a stroke back in the nineties" is history)
        ("the nineties", "P20Y"), ("the eighties", "P30Y"), ("the seventies", "P40Y"), ("the sixties", "P50Y"),
        ("the noughties", "P10Y"),
    )
}  # fmt: skip

# "the last hour", "over the past week": one unit back, said without a number.
_BACK = ("last", "past")
_ONE_UNIT = ("hour", "day", "week", "fortnight", "month", "year")

_DIGIT_WORD = "(?:" + "|".join(w for w in _UNITS_WORDS if 0 < _UNITS_WORDS[w] < 10) + ")"
_BELOW_HUNDRED = (
    "(?:(?:" + "|".join(_TENS_WORDS) + rf")(?: {_DIGIT_WORD})?"
    "|" + "|".join(sorted(_UNITS_WORDS, key=len, reverse=True)) + ")"
)
_NUMBER_WORD = rf"(?:(?:(?:a|{_DIGIT_WORD}) )?hundred(?:(?: and)? {_BELOW_HUNDRED})?|{_BELOW_HUNDRED})"
_NUMBER = rf"(?:\d+|{_NUMBER_WORD})"

#: Regex fragment (no capturing groups) for a whole number in digits or words, as normalised text.
NUMBER_PHRASE = _NUMBER
_UNIT_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + ")"
_AMOUNT = rf"(?:{_NUMBER}(?: and a half)?|a couple(?: of)?|couple(?: of)?|a few|few|several|a handful of|an?)"
_COMPONENT = (
    rf"(?:{_AMOUNT} {_UNIT_WORD}(?: and a half)?"
    rf"|half an? {_UNIT_WORD}"
    rf"|{_NUMBER} (?:(?:or|to|and) )?{_NUMBER} {_UNIT_WORD}"
    rf"|an? {_UNIT_WORD} or two)"
)
_QUALIFIER = "(?:" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + ")"
_SUFFIX = "(?:" + "|".join(sorted(_SUFFIXES, key=len, reverse=True)) + ")"
_RELATIVE_PHRASE = "(?:" + "|".join(" ".join(words) for words in sorted(_RELATIVE, key=len, reverse=True)) + ")"

#: Regex fragment (no capturing groups) matching a duration phrase in normalised text
#: (lower case, single spaces, no punctuation). Used by the resolver to find AMAZON.DURATION spans.
DURATION_PHRASE = (
    rf"(?:{_QUALIFIER} )*(?:{_RELATIVE_PHRASE}|{_COMPONENT}(?:(?: and)? {_COMPONENT})*"
    rf"|(?<=\b(?:{'|'.join(_BACK)}) )(?:{'|'.join(_ONE_UNIT)})"
    # ("A good month now": round 179; never "a good week", "a whole day", which are as often what a week was like,
    # safety review C62.)
    r"|(?<=\ba good )(?:month|fortnight))"
    rf"(?: {_SUFFIX})*"
)

#: Words a duration phrase cannot do without: every one names a unit or a point in the past.
ANCHOR_WORDS = frozenset(_UNITS) | frozenset(word for words in _RELATIVE for word in words if word != "the")
#: Words a duration phrase can start with, and end with (to try few spans before the full check).
START_WORDS = (
    frozenset(_UNITS_WORDS) | frozenset(_TENS_WORDS)
    | {"a", "an", "half", "couple", "few", "several", "hundred", "between"}
    | {q.split()[0] for q in _QUALIFIERS} | {words[0] for words in _RELATIVE}
)  # fmt: skip
END_WORDS = frozenset(_UNITS) | {"two", "half"} | {s.split()[-1] for s in _SUFFIXES} | {w[-1] for w in _RELATIVE}
#: Every word a duration phrase may use (besides digits).
VOCABULARY = (
    START_WORDS | END_WORDS | {"and", "or", "to", "of", "half"}
    | {word for phrase in (*_QUALIFIERS, *_SUFFIXES) for word in phrase.split()}
    | {word for words in _RELATIVE for word in words}
)  # fmt: skip


def parse_number(words: str) -> int | None:
    """A whole number said in digits or words ("42", "forty two", "a hundred"), else None."""
    tokens = words.replace("-", " ").split()
    if len(tokens) == 1 and tokens[0].isdigit():
        return int(tokens[0])
    value, used = _read_number(tokens, 0)
    return value if used == len(tokens) and value is not None else None


def parse_duration(text: str) -> str | None:
    """The ISO-8601 duration Alexa would send for `text` ("three days" → "P3D"), or None.

    A point in the past counts as the time since it ("since yesterday" → "P1D", "since last month" → "P1M").
    """
    tokens = re.sub(r"[^\w\s']", " ", text.lower().replace("-", " ")).split()
    return _parse_hedged(_strip_suffixes(tokens)) if tokens else None


def _parse_hedged(tokens: list[str]) -> str | None:
    """`tokens` read as a duration after any leading hedges; each way of taking them off is tried, longest hedge
    first ("for the last hour" is "for" + "the last hour", not "for the last" + "hour"). Each starting point is
    tried once, so stacked hedges cost no more than their words."""
    starts, tried = [0], {0}
    for start in starts:
        rest = tokens[start:]
        if rest[0] == "between" and "and" in rest:  # "between two and three weeks" = "two to three weeks"
            iso = _parse_components(["to" if word == "and" else word for word in rest[1:]])
        elif start and tokens[start - 1] in _BACK and len(rest) == 1 and rest[0] in _ONE_UNIT:  # "the last hour"
            iso = _parse_components(["a", *rest])
        elif start >= 2 and tokens[start - 2 : start] == ["a", "good"] and rest in (["month"], ["fortnight"]):
            iso = _parse_components(["a", *rest])  # "a good month": the hedge's "a" is the amount (round 179)
        else:
            iso = _RELATIVE.get(tuple(rest)) or _parse_components(rest)
        if iso is not None:
            return iso
        for later in (len(tokens) - len(shorter) for shorter in _without_a_qualifier(rest)):
            if later not in tried:
                tried.add(later)
                starts.append(later)
    return None


def _parse_components(tokens: list[str]) -> str | None:
    totals: dict[_Unit, Fraction] = {}
    said: list[_Unit] = []
    position = 0
    while position < len(tokens):
        if position and tokens[position] == "and":
            position += 1
        parsed = _read_component(tokens, position)
        if parsed is None:
            return None
        unit, amount, position = parsed
        said.append(unit)
        if not _add_amount(totals, unit, amount):
            return None
    if any(unit.is_time for unit in said) and any(unit.designator in "WMY" and not unit.is_time for unit in said):
        # "A month and an hour ago i couldn't swallow" is two times (the twitch's and the sign's), not one span;
        # people join weeks to days and days to hours, never months to hours.
        return None
    return _format_iso(totals) if totals else None


_QUALIFIER_WORDS = sorted((tuple(q.split()) for q in _QUALIFIERS), key=len, reverse=True)
_SUFFIX_WORDS = sorted((tuple(s.split()) for s in _SUFFIXES), key=len, reverse=True)


def _without_a_qualifier(tokens: list[str]) -> Iterator[list[str]]:
    """`tokens` without one leading hedge, for each hedge they start with, longest first."""
    for words in _QUALIFIER_WORDS:
        if tuple(tokens[: len(words)]) == words and len(tokens) > len(words):
            yield tokens[len(words) :]


def _strip_suffixes(tokens: list[str]) -> list[str]:
    stripped = True
    while stripped:
        stripped = False
        for words in _SUFFIX_WORDS:
            if len(tokens) > len(words) and tuple(tokens[-len(words) :]) == words:
                tokens = tokens[: -len(words)]
                stripped = True
                break
    return tokens


def _read_component(tokens: list[str], start: int) -> tuple[_Unit, Fraction, int] | None:
    """One "<amount> <unit>" starting at `start`: (unit, amount in that unit, next position)."""
    rest = tokens[start:]
    # "half an hour", "half a day"
    if len(rest) >= 3 and rest[0] == "half" and rest[1] in ("a", "an") and rest[2] in _UNITS:
        unit = _UNITS[rest[2]]
        return unit, Fraction(unit.multiplier, 2), start + 3
    # "a week or two" → two weeks (upper end of the range)
    if len(rest) >= 4 and rest[0] in ("a", "an") and rest[1] in _UNITS and rest[2:4] == ["or", "two"]:
        unit = _UNITS[rest[1]]
        return unit, Fraction(2 * unit.multiplier), start + 4
    amount, position = _read_amount(tokens, start)
    if amount is None:
        return None
    # "two or three days", "two to three days", "two three days" → the upper end
    if position < len(tokens) and tokens[position] in ("or", "to"):
        upper, after = _read_number(tokens, position + 1)
        if upper is None:
            return None
        amount, position = Fraction(max(upper, amount)), after
    elif amount < 10 and position < len(tokens) and tokens[position] not in _UNITS:
        upper, after = _read_number(tokens, position)
        if upper is not None and amount < upper < 10:
            amount, position = Fraction(upper), after
    if position < len(tokens) and tokens[position : position + 3] == ["and", "a", "half"]:
        amount += Fraction(1, 2)
        position += 3
    if position >= len(tokens) or tokens[position] not in _UNITS:
        return None
    unit = _UNITS[tokens[position]]
    position += 1
    if tokens[position : position + 3] == ["and", "a", "half"]:
        amount += Fraction(1, 2)
        position += 3
    return unit, amount * unit.multiplier, position


def _read_amount(tokens: list[str], start: int) -> tuple[Fraction | None, int]:
    number, position = _read_number(tokens, start)
    if number is not None:
        return Fraction(number), position
    for words, value in sorted(_VAGUE_AMOUNTS.items(), key=lambda item: -len(item[0])):
        if tuple(tokens[start : start + len(words)]) == words:
            return Fraction(value), start + len(words)
    return None, start


def _read_number(tokens: list[str], start: int) -> tuple[int | None, int]:
    """The number starting at `start` (digits or words below one thousand) and the position after it."""
    if start >= len(tokens):
        return None, start
    first = tokens[start]
    if first.isdigit():
        return int(first), start + 1
    position = start
    hundreds = 0
    if first in ("a", "one") and tokens[start + 1 : start + 2] == ["hundred"]:
        hundreds, position = 100, start + 2
    elif first in _UNITS_WORDS and tokens[start + 1 : start + 2] == ["hundred"]:
        hundreds, position = 100 * _UNITS_WORDS[first], start + 2
    elif first == "hundred":
        hundreds, position = 100, start + 1
    if hundreds:
        if tokens[position : position + 1] == ["and"] and _starts_number_word(tokens, position + 1):
            position += 1
        below, after = _read_below_hundred(tokens, position)
        return hundreds + (below or 0), after
    return _read_below_hundred(tokens, start)


def _read_below_hundred(tokens: list[str], start: int) -> tuple[int | None, int]:
    if start >= len(tokens):
        return None, start
    word = tokens[start]
    if word in _TENS_WORDS:
        following = tokens[start + 1] if start + 1 < len(tokens) else ""
        if following in _UNITS_WORDS and 0 < _UNITS_WORDS[following] < 10:
            return _TENS_WORDS[word] + _UNITS_WORDS[following], start + 2
        return _TENS_WORDS[word], start + 1
    if word in _UNITS_WORDS:
        return _UNITS_WORDS[word], start + 1
    return None, start


def _starts_number_word(tokens: list[str], position: int) -> bool:
    return position < len(tokens) and (tokens[position] in _UNITS_WORDS or tokens[position] in _TENS_WORDS)


def _add_amount(totals: dict[_Unit, Fraction], unit: _Unit, amount: Fraction) -> bool:
    """Add `amount` of `unit`; a fraction moves down to a unit where it is whole (1.5 days = 1D 12H)."""
    while True:
        whole = Fraction(amount.numerator // amount.denominator)
        base = _Unit(unit.designator, unit.is_time)
        if whole or not totals.get(base):
            totals[base] = totals.get(base, Fraction(0)) + whole
        fraction = amount - whole
        if not fraction:
            return True
        smaller = _SMALLER_UNIT.get((unit.designator, unit.is_time))
        if smaller is None:
            return False
        unit, factor = smaller
        amount = fraction * factor


def _format_iso(totals: dict[_Unit, Fraction]) -> str:
    # Zero parts only come from a fraction carried down ("half a day" = 0 days 12 hours): drop them.
    nonzero = {unit: amount for unit, amount in totals.items() if amount} or totals
    date_parts = {unit.designator: int(amount) for unit, amount in nonzero.items() if not unit.is_time}
    time_parts = {unit.designator: int(amount) for unit, amount in nonzero.items() if unit.is_time}
    # ISO-8601 does not mix weeks with other date parts; Alexa then counts days.
    if "W" in date_parts and (len(date_parts) > 1 or time_parts):
        date_parts["D"] = date_parts.get("D", 0) + 7 * date_parts.pop("W")
    iso = "P" + "".join(f"{date_parts[d]}{d}" for d in "YMWD" if d in date_parts)
    if time_parts:
        iso += "T" + "".join(f"{time_parts[t]}{t}" for t in "HMS" if t in time_parts)
    return iso if iso != "P" else "P0D"

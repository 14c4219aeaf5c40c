"""Spoken dates → the ISO-8601 value Alexa fills an AMAZON.DATE slot with, for the start of a twitch.

People say when it started by the day as often as by the length: "since monday", "on friday", "last weekend".
Alexa resolves a bare weekday to that day on or after today ("monday" on a Wednesday is next Monday) and "last
monday" to the one before; a weekend is its ISO week with "-WE" ("2026-W47-WE"). The skill turns a date that
lies ahead back into the past (`skill.domain.durations.days_since`), as Alexa leaves that to skills.

They also tell it by the calendar and by what happened then: "since november" (a month, "2026-11"), "the
fourteenth of november", "the first week of november", "since christmas", "since the clocks went back". These are
read here as the last such day on or before today: a start is in the past. (Alexa fills a month or a day of the
year too, but may give the next one; `days_since` takes a day ahead back a year.) Feasts of a lunar calendar
(Diwali, Eid, Ramadan, Hanukkah...) are read from a table of their days by year; past its last year they are not
read, and the skill asks how long ago that was.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from skill.domain.locales import supported

#: The slot type whose values this module produces.
DATE_TYPE = "AMAZON.DATE"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_THIS = frozenset({"this", "on"})
_FIRST_YEAR = 1900  # a four-digit number from here to last year, said as a time, is a year
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_ORDINALS = {word: day for day, word in enumerate((
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth"), 1)} | {"thirtieth": 30}
# Where in a month: "the first week of november", "the end of october" (the day it is read as).
_IN_A_MONTH = {("first", "week"): 1, ("second", "week"): 8, ("third", "week"): 15, ("fourth", "week"): 22,
               ("last", "week"): 24, ("early",): 1, ("late",): 25, ("beginning",): 1, ("start",): 1, ("middle",): 15,
               ("mid",): 15, ("end",): 25, ("back", "end"): 25}
# "The first weekend of november": its Saturday (the nth of the month; -1 the last).
_WEEKENDS_OF_A_MONTH = {("first", "weekend"): 1, ("second", "weekend"): 2, ("third", "weekend"): 3,
                        ("fourth", "weekend"): 4, ("last", "weekend"): -1}
# Days said from a holiday: "the week before halloween", "the sunday before christmas", "the day after boxing day".
_FROM_A_HOLIDAY = {"before": -1, "after": 1}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth `weekday` (0 = Monday) of a month; nth -1 is the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _christmas(year: int) -> date:
    return date(year, 12, 25)


def _new_year(year: int) -> date:
    return date(year, 1, 1)


def _labour_day(year: int) -> date:
    return _nth_weekday(year, 9, 0, 1)  # the first Monday of September


def _half_term(year: int) -> date:
    return _nth_weekday(year, 10, 0, -1)  # the last Monday of October


def _clocks_back(year: int) -> date:
    return _nth_weekday(year, 10, 6, -1)


def _clocks_forward(year: int) -> date:
    return _nth_weekday(year, 3, 6, -1)


def _summer_holidays(year: int) -> date:
    return date(year, 8, 1)


# Days people date things by, each as its day in a given year: fixed days, and those counted from the calendar.
_HOLIDAYS: dict[tuple[str, ...], Callable[[int], date]] = {
    ("christmas",): _christmas, ("xmas",): _christmas, ("boxing", "day"): lambda year: date(year, 12, 26),
    ("new", "year"): _new_year, ("new", "years"): _new_year, ("new", "year's"): _new_year,
    ("new", "year's", "day"): _new_year, ("new", "years", "day"): _new_year,
    ("new", "year's", "eve"): lambda year: date(year, 12, 31), ("new", "years", "eve"): lambda year: date(year, 12, 31),
    ("halloween",): lambda year: date(year, 10, 31),
    # The days of the families of rounds 193-194 ("ever since the kids came round trick-or-treating" had been a faint)
    ("trick", "or", "treating"): lambda year: date(year, 10, 31),
    ("trick", "or", "treat"): lambda year: date(year, 10, 31),
    ("three", "kings", "day"): lambda year: date(year, 1, 6),
    ("nochebuena",): lambda year: date(year, 12, 24), ("juneteenth",): lambda year: date(year, 6, 19),
    ("mlk", "day"): lambda year: _nth_weekday(year, 1, 0, 3),
    ("martin", "luther", "king", "day"): lambda year: _nth_weekday(year, 1, 0, 3),
    # The second Monday of October (round 196: "since Columbus Day, we had the parade on the TV")
    ("columbus", "day"): lambda year: _nth_weekday(year, 10, 0, 2),
    ("indigenous", "peoples", "day"): lambda year: _nth_weekday(year, 10, 0, 2),
    ("indigenous", "peoples'", "day"): lambda year: _nth_weekday(year, 10, 0, 2),
    ("bonfire", "night"): lambda year: date(year, 11, 5), ("fourth", "of", "july"): lambda year: date(year, 7, 4),
    ("independence", "day"): lambda year: date(year, 7, 4), ("canada", "day"): lambda year: date(year, 7, 1),
    ("australia", "day"): lambda year: date(year, 1, 26), ("easter",): _easter,
    ("thanksgiving",): lambda year: _nth_weekday(year, 11, 3, 4),  # the fourth Thursday of November
    ("labor", "day"): _labour_day, ("labour", "day"): _labour_day,
    ("memorial", "day"): lambda year: _nth_weekday(year, 5, 0, -1),
    # Summer time ends and begins on the last Sunday of October and of March in Europe (the first Sunday of
    # November in North America, a week later: the earlier day is the longer time, towards caution).
    # School holidays, roughly: the summer holidays from the start of August; a half-term as the autumn one in
    # England, from the last Monday of October (a February or May one said later in the year is read as longer ago
    # than it was: towards caution, never shorter).
    ("summer", "holidays"): _summer_holidays, ("summer", "holiday"): _summer_holidays,
    ("half", "term"): _half_term, ("halfterm",): _half_term,  # (not "midterm": an exam in America)
    # New Zealand's Labour weekend, round the fourth Monday of October ("Labor Day weekend" is the American one).
    ("labour", "weekend"): lambda year: _nth_weekday(year, 10, 0, 4),
    ("clocks", "went", "back"): _clocks_back, ("clocks", "go", "back"): _clocks_back,
    ("clocks", "changed"): _clocks_back,
    ("clocks", "went", "forward"): _clocks_forward, ("clocks", "go", "forward"): _clocks_forward,
    ("remembrance", "sunday"): lambda year: _nth_weekday(year, 11, 6, 2),  # the second Sunday of November
    ("remembrance",): lambda year: _nth_weekday(year, 11, 6, 2),
    ("remembrance", "day"): lambda year: date(year, 11, 11),
    ("armistice", "day"): lambda year: date(year, 11, 11), ("veterans", "day"): lambda year: date(year, 11, 11),
    # Canada's Thanksgiving, the second Monday of October; the day after America's; Australia's Melbourne Cup, the
    # first Tuesday of November; Anzac Day; Saint Andrew's and Saint Patrick's days (rounds 103-110)
    ("canadian", "thanksgiving"): lambda year: _nth_weekday(year, 10, 0, 2),
    ("black", "friday"): lambda year: _nth_weekday(year, 11, 3, 4) + timedelta(days=1),
    ("melbourne", "cup"): lambda year: _nth_weekday(year, 11, 1, 1),
    ("anzac", "day"): lambda year: date(year, 4, 25),
    ("st", "andrew's", "day"): lambda year: date(year, 11, 30),
    ("st", "andrews", "day"): lambda year: date(year, 11, 30),
    ("st", "patrick's", "day"): lambda year: date(year, 3, 17),
    ("st", "patricks", "day"): lambda year: date(year, 3, 17),
    # Jamaica's National Heroes Day, the third Monday of October; South Africa's Heritage Day (round 163)
    ("heroes", "day"): lambda year: _nth_weekday(year, 10, 0, 3),
    ("heritage", "day"): lambda year: date(year, 9, 24),
}


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: _easter(year) + timedelta(days=days)


def _advent_sunday(year: int) -> date:
    """The fourth Sunday before Christmas."""
    christmas = _christmas(year)
    return christmas - timedelta(days=christmas.weekday() + 1 + 21)


_HOLIDAYS |= {
    # The church year, counted from Easter and Christmas.
    ("good", "friday"): _from_easter(-2), ("palm", "sunday"): _from_easter(-7),
    ("ash", "wednesday"): _from_easter(-46), ("lent",): _from_easter(-46), ("pancake", "day"): _from_easter(-47),
    ("shrove", "tuesday"): _from_easter(-47), ("mothering", "sunday"): _from_easter(-21),
    ("pentecost",): _from_easter(49), ("whitsun",): _from_easter(49), ("advent",): _advent_sunday,
    # The Sundays and Mondays people date by, with their day named ("the week after Easter Sunday" had been read as
    # last Sunday: round 202's twitch of eight months was taken as four days)
    ("easter", "sunday"): _easter, ("easter", "day"): _easter, ("easter", "monday"): _from_easter(1),
    ("easter", "weekend"): _from_easter(-1), ("whit", "sunday"): _from_easter(49),
    ("advent", "sunday"): _advent_sunday,
    ("stir", "up", "sunday"): lambda year: _advent_sunday(year) - timedelta(days=7),
    ("harvest", "sunday"): lambda year: _nth_weekday(year, 9, 6, -1),
    ("all", "saints"): lambda year: date(year, 11, 1), ("all", "souls"): lambda year: date(year, 11, 2),
    # The Philippines' days: Undas (All Saints' and All Souls', the graves visited), Simbang Gabi's first night mass,
    # Rizal Day (round 204: "since Undas pa, when we went to the sementeryo" had been asked again)
    ("undas",): lambda year: date(year, 11, 1), ("simbang", "gabi"): lambda year: date(year, 12, 16),
    ("rizal", "day"): lambda year: date(year, 12, 30),
    ("harvest", "festival"): lambda year: _nth_weekday(year, 9, 6, -1),  # most often late September
    ("st", "patrick's", "day"): lambda year: date(year, 3, 17), ("paddy's", "day"): lambda year: date(year, 3, 17),
    ("valentine's", "day"): lambda year: date(year, 2, 14), ("valentines", "day"): lambda year: date(year, 2, 14),
    ("burns", "night"): lambda year: date(year, 1, 25), ("hogmanay",): lambda year: date(year, 12, 31),
    ("armistice", "day"): lambda year: date(year, 11, 11),
    ("melbourne", "cup"): lambda year: _nth_weekday(year, 11, 1, 1),  # the first Tuesday of November (round 82)
    # Mother's Day is in March in Britain and Ireland (Mothering Sunday), in May in North America and Australia;
    # Father's Day in June, or September in Australia. Without the country, the earlier: the longer time, towards
    # caution.
    ("mother's", "day"): _from_easter(-21), ("father's", "day"): lambda year: _nth_weekday(year, 6, 6, 3),
    ("mothers", "day"): _from_easter(-21), ("fathers", "day"): lambda year: _nth_weekday(year, 6, 6, 3),
}
# Feasts of a lunar or lunisolar calendar, by year (the earlier day where sources differ by one: a longer time,
# towards caution). A year not listed is not read: asked again rather than guessed. "Eid" alone is whichever Eid
# came last.
_EID_AL_FITR = (date(2024, 4, 10), date(2025, 3, 30), date(2026, 3, 20), date(2027, 3, 9), date(2028, 2, 26))
_EID_AL_ADHA = (date(2024, 6, 16), date(2025, 6, 6), date(2026, 5, 26), date(2027, 5, 16), date(2028, 5, 5))
_DIWALI = (date(2024, 10, 31), date(2025, 10, 20), date(2026, 11, 8), date(2027, 10, 29), date(2028, 10, 17))
_MOVING_FEASTS: dict[tuple[str, ...], tuple[date, ...]] = {
    ("eid",): _EID_AL_FITR + _EID_AL_ADHA, ("eid", "al", "fitr"): _EID_AL_FITR, ("eid", "ul", "fitr"): _EID_AL_FITR,
    ("eid", "al", "adha"): _EID_AL_ADHA, ("eid", "ul", "adha"): _EID_AL_ADHA, ("bakrid",): _EID_AL_ADHA,
    ("choti", "eid"): _EID_AL_FITR, ("meethi", "eid"): _EID_AL_FITR, ("badi", "eid"): _EID_AL_ADHA,
    ("bakra", "eid"): _EID_AL_ADHA,
    ("ramadan",): (date(2024, 3, 10), date(2025, 2, 28), date(2026, 2, 17), date(2027, 2, 7), date(2028, 1, 27)),
    ("diwali",): _DIWALI, ("deepavali",): _DIWALI, ("divali",): _DIWALI,  # "divali": Trinidad and Tobago
    ("holi",): (date(2024, 3, 25), date(2025, 3, 14), date(2026, 3, 3), date(2027, 3, 22), date(2028, 3, 11)),
    ("hanukkah",): (date(2024, 12, 25), date(2025, 12, 14), date(2026, 12, 4), date(2027, 12, 24), date(2028, 12, 12)),
    ("yom", "kippur"): (date(2024, 10, 11), date(2025, 10, 1), date(2026, 9, 20), date(2027, 10, 10),
                        date(2028, 9, 29)),
    ("rosh", "hashanah"): (date(2024, 10, 2), date(2025, 9, 22), date(2026, 9, 11), date(2027, 10, 1),
                           date(2028, 9, 20)),
    ("chinese", "new", "year"): (date(2024, 2, 10), date(2025, 1, 29), date(2026, 2, 17), date(2027, 2, 6),
                                 date(2028, 1, 26)),
    ("lunar", "new", "year"): (date(2024, 2, 10), date(2025, 1, 29), date(2026, 2, 17), date(2027, 2, 6),
                               date(2028, 1, 26)),
}

DaysIn = Callable[[int], tuple[date, ...]]  # the days a holiday falls on in a given year


@dataclass(frozen=True, eq=False)  # (one per locale, compared and hashed as itself: its days are a dict)
class Calendar:
    """The holidays people of one country date things by, each as its days in a given year. The default is no
    country's: where countries differ, the earlier day (the longer time, towards caution). A locale's calendar
    (skill/local/calendars.json) puts its own days over it: Thanksgiving in Canada is in October, Independence Day in
    India in August, the clocks go back in Australia in April."""

    days: Mapping[tuple[str, ...], DaysIn]
    words: frozenset[str] = field(init=False)  # every word of a holiday's name
    opening_words: frozenset[str] = field(init=False)  # the words one opens with ("st andrew's day" also "st andrew")

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", frozenset(word for phrase in self.days for word in phrase))
        object.__setattr__(self, "opening_words", frozenset(
            word for phrase in self.days for word in (phrase[0], phrase[0].removesuffix("'s"))))

    def days_named(self, phrase: tuple[str, ...]) -> DaysIn | None:
        """The days in a given year that a holiday named by `phrase` falls on, or None if it names none."""
        return self.days.get(phrase)


def _one_day(holiday: Callable[[int], date]) -> DaysIn:
    return lambda year: (holiday(year),)


def _days_of_a_table(days: tuple[date, ...]) -> DaysIn:
    return lambda year: tuple(day for day in days if day.year == year)


#: No country's calendar (see `Calendar`).
CALENDAR = Calendar({**{phrase: _one_day(holiday) for phrase, holiday in _HOLIDAYS.items()},
                     **{phrase: _days_of_a_table(days) for phrase, days in _MOVING_FEASTS.items()}})
CALENDARS_PATH = Path(__file__).with_name("calendars.json")


@cache
def calendar_for(locale: str) -> Calendar:
    """The calendar of `locale`: its days from skill/local/calendars.json over the default's; the default itself for
    a locale the file does not name."""
    rules = json.loads(CALENDARS_PATH.read_text(encoding="utf-8")).get(supported(locale) or locale)
    if rules is None:
        return CALENDAR
    own = {tuple(said.split()): _days_by_rule(rule) for rule in rules["days"] for said in rule["said"]}
    return Calendar({**CALENDAR.days, **own})


def _days_by_rule(rule: Mapping) -> DaysIn:
    """A holiday's days from its rule in calendars.json: a table of "days", "any" of several rules, a fixed "month"
    and "day", the "nth" "weekday" of a month (-1 the last), or the "weekday" on or before a day ("on_or_before":
    Victoria Day)."""
    if "days" in rule:
        return _days_of_a_table(tuple(date.fromisoformat(day) for day in rule["days"]))
    if "any" in rule:
        either = [_days_by_rule(one) for one in rule["any"]]
        return lambda year: tuple(sorted(day for days_in in either for day in days_in(year)))
    month = rule["month"]
    if "weekday" not in rule:
        return _one_day(lambda year: date(year, month, rule["day"]))
    weekday = WEEKDAYS.index(rule["weekday"])
    if "on_or_before" in rule:
        def on_or_before(year: int) -> date:
            latest = date(year, month, rule["on_or_before"])
            return latest - timedelta(days=(latest.weekday() - weekday) % 7)
        return _one_day(on_or_before)
    return _one_day(lambda year: _nth_weekday(year, month, weekday, rule["nth"]))

# Seasons, as Alexa writes them ("2026-SU"). Which months they are depends on the country
# (skill/domain/durations.py reads them with the locale's season starts), so here only the year is chosen: this
# year's, or last year's after "last". "The fall" alone is left out: said by a person, it is as often a fall.
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI", "fall": "FA"}
_ONLY_AFTER_LAST_OR_THIS = frozenset({"fall"})
#: Words a calendar phrase may open with ("the", "last", a month, a day of it, a holiday's first word).
# The tens of a day said in two words: "the twenty eighth", "the thirty first".
_TENS = {"twenty": 20, "thirty": 30}
CALENDAR_WORDS = frozenset({"the", "last", "this", *WEEKDAYS, *MONTHS, *_ORDINALS, *_TENS,
                            *CALENDAR.opening_words,
                            *SEASONS, "beginning", "start", "middle", "mid", "end", "back", "week", "day", "early",
                            "late"}) | {
    f"{day}{end}" for day in range(1, 32) for end in ("", "st", "nd", "rd", "th")}
#: Every word a date phrase may use.
VOCABULARY = frozenset({*WEEKDAYS, "last", "this", "the", "weekend", "on", "today", *MONTHS, *_ORDINALS, *_TENS, "of",
                        *CALENDAR.words, *SEASONS, "week", "beginning", "start", "middle", "mid", "end", "back",
                        "day", "early", "late", *_FROM_A_HOLIDAY})


def parse_calendar_date(words: list[str] | tuple[str, ...], today: date, calendar: Calendar = CALENDAR) -> str | None:
    """The last day or month on or before `today` that `words` name ("november", "the fourteenth of november",
    "november 14th", "the first week of november", "christmas", "the clocks went back", "diwali last year"), or
    None. Holidays are the `calendar`'s days."""
    if (season := _season(words, today)) is not None:
        return season
    words = _calendar_words(words)
    if words[:1] and words[0] in WEEKDAYS and set(words[1:]) & set(MONTHS):
        words = words[1:]  # "friday the twenty eighth of august": the date says which friday
    elif words[:1] and words[0] in WEEKDAYS and 2 <= len(words) <= 3 and (day := _day_of_month(*words[1:])):
        # "Saturday the fourteenth": the last fourteenth that was a saturday, within the year (it had been read as
        # the saturday to come, a week back: the 5th, not the 14th of november).
        found = _last_weekday_on(day, WEEKDAYS.index(words[0]), today)
        return None if found is None else found.isoformat()
    # "Since diwali last year", "early june last year": that year's; "hanukkah this year": this year's, if it has come.
    which_year = words[-2] if words[-1:] == ["year"] and words[-2:-1] in (["last"], ["this"]) else None
    if which_year is not None:
        words = words[:-2]
    if not words:
        return None
    if (days_in := calendar.days_named(tuple(words))) is not None or (
            days_in := _near_a_holiday(words, calendar)) is not None:
        day = _last_of(days_in, today, which_year)
        return None if day is None else day.isoformat()
    month_at = next((at for at, word in enumerate(words) if word in MONTHS), None)
    if month_at is None:
        return None
    month = MONTHS.index(words[month_at]) + 1
    before, after = words[:month_at], words[month_at + 1 :]
    if before[-1:] in (["of"], ["in"]):  # "the first weekend in november"
        before = before[:-1]
    if before[:2] in (["weekend", "of"], ["week", "of"], ["weekend", "on"]) and len(before) > 2:
        before = before[2:]  # "the weekend of the seventh of november": that day (it had been this weekend)
    day = None
    if not before and not after:
        year = today.year if month <= today.month else today.year - 1
        if which_year is not None:
            year = today.year - (which_year == "last")
        return f"{year}-{month:02d}" if date(year, month, 1) <= today else None
    if not before and 1 <= len(after) <= 2:
        day = _day_of_month(*after)
    elif not after and 1 <= len(before) <= 2:
        day = _day_of_month(*before)
    weekend = _WEEKENDS_OF_A_MONTH.get(tuple(before)) if day is None and not after else None
    if day is None and not after:
        day = _IN_A_MONTH.get(tuple(before))
    if day is None and weekend is None:
        return None
    try:
        found = _last_of(lambda year: (_nth_weekday(year, month, 5, weekend) if weekend is not None
                                       else date(year, month, day),), today, which_year)
    except ValueError:
        return None  # "the thirtieth of february"
    return None if found is None else found.isoformat()


def parse_day_of_month(words: list[str] | tuple[str, ...], today: date) -> str | None:
    """The last day on or before `today` that "the twenty fifth" or "the 25th" names, said with no month (Alexa
    reads the day in the month it falls in); None for anything else."""
    if words[:1] != ["the"] or not 2 <= len(words) <= 3 or (day := _day_of_month(*words[1:])) is None:
        return None
    year, month = today.year, today.month
    for _ in range(3):  # (the thirty first: back past the months too short for it)
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= today:
            return found.isoformat()
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _last_weekday_on(day: int, weekday: int, today: date) -> date | None:
    """The last date on or before `today`, within a year, that is the `day` of its month and falls on `weekday`."""
    year, month = today.year, today.month
    for _ in range(12):
        try:
            found = date(year, month, day)
        except ValueError:
            found = None  # "the thirty first" in a month of thirty days
        if found is not None and found <= today and found.weekday() == weekday:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _last_of(days_in: DaysIn, today: date, which_year: str | None = None) -> date | None:
    """The last of the days on or before `today`; of last year's or this year's only, when said. (A feast's table
    has no day past its last year: then none.)"""
    if which_year is not None:
        year = today.year - (which_year == "last")
        days = [day for day in days_in(year) if day <= today]
        # (Last year's Eid, of two: the earlier, the longer time, towards caution.)
        return (min if which_year == "last" else max)(days, default=None)
    days = [day for year in (today.year, today.year - 1) for day in days_in(year) if day <= today]
    return max(days, default=None)


def _near_a_holiday(words: list[str], calendar: Calendar) -> DaysIn | None:
    """The days "the week before halloween", "the sunday before christmas", "the day after diwali" names in a given
    year: a week or a day from the holiday, or the nearest such weekday."""
    if words[:1] == ["a"]:
        words = words[1:]  # "a week after diwali"
    if len(words) < 3 or words[1] not in _FROM_A_HOLIDAY or (days_in := calendar.days_named(tuple(words[2:]))) is None:
        return None
    step = _FROM_A_HOLIDAY[words[1]]
    if words[0] in ("week", "day"):
        gap = timedelta(days=(7 if words[0] == "week" else 1) * step)
        return lambda year: tuple(day + gap for day in days_in(year))
    if words[0] not in WEEKDAYS:
        return None
    weekday = WEEKDAYS.index(words[0])

    def nearest(day: date) -> date:
        day += timedelta(days=step)
        while day.weekday() != weekday:
            day += timedelta(days=step)
        return day

    return lambda year: tuple(nearest(day) for day in days_in(year))


def _season(words: list[str] | tuple[str, ...], today: date) -> str | None:
    """"The spring", "last summer", "this winter" as Alexa's season value: this year's, or last year's after
    "last" (the domain takes a season not yet begun back a year)."""
    said = [word for word in words if word not in ("the", ",")]
    if not said or said[-1] not in SEASONS or len(said) > 2 or said[:-1] not in ([], ["last"], ["this"]):
        return None
    if said[-1] in _ONLY_AFTER_LAST_OR_THIS and len(said) == 1:
        return None
    return f"{today.year - (said[0] == 'last')}-{SEASONS[said[-1]]}"


def is_holiday(words: list[str] | tuple[str, ...], calendar: Calendar = CALENDAR) -> bool:
    """Whether `words` name a holiday or a day like it ("christmas", "the fourth of july", "the clocks went back")."""
    return calendar.days_named(tuple(_calendar_words(words))) is not None


def _calendar_words(words: list[str] | tuple[str, ...]) -> list[str]:
    """`words` without "the" and pauses, "'s" back on its word, and without a "last" before anything but a week
    ("last christmas", "last november": the one before today all the same)."""
    kept: list[str] = []
    for word in words:
        if word == "'s" and kept:
            kept[-1] += word  # a sentence's words part "st andrew's day" as "st", "andrew", "'s" (round 129)
        elif word not in ("the", ","):
            kept.append("st" if word == "saint" else word)
    return kept[1:] if kept[:1] == ["last"] and kept[1:2] not in (["week"], ["weekend"]) else kept


def _day_of_month(word: str, unit: str | None = None) -> int | None:
    """The day "28th", "eighth" or, in two words, "twenty eighth" names."""
    if unit is not None:
        ones = _ORDINALS.get(unit)
        day = _TENS[word] + ones if word in _TENS and ones is not None and ones < 10 else None
        return day if day is not None and day <= 31 else None
    digits = word.removesuffix("st").removesuffix("nd").removesuffix("rd").removesuffix("th")
    day = int(digits) if digits.isdigit() else _ORDINALS.get(word)
    return day if day is not None and 1 <= day <= 31 else None


def parse_date(words: list[str] | tuple[str, ...], today: date, calendar: Calendar = CALENDAR) -> str | None:
    """The AMAZON.DATE value for `words` ("last friday", "monday", "the weekend", "november", "christmas"), or None;
    holidays are the `calendar`'s days."""
    if (day := parse_calendar_date(words, today, calendar)) is not None:
        return day
    words = [word for word in words if word != "the"]
    if not words:
        return None
    if len(words) == 4 and words[0] in WEEKDAYS and words[1:] in (["of", "last", "week"], ["of", "this", "week"]):
        # "Thursday of last week": that day of the week before this one (not "last thursday", the latest one).
        monday = today - timedelta(days=today.weekday() + (7 if words[2] == "last" else 0))
        day = monday + timedelta(days=WEEKDAYS.index(words[0]))
        return day.isoformat() if day <= today else None
    last = words[0] == "last"
    if last or words[0] in _THIS:
        words = words[1:]
    if len(words) != 1:
        return None
    word = words[0]
    if word == "today" and not last:
        return today.isoformat()
    if _a_past_year(word, today) and not last:
        return word  # "in 2015": Alexa fills the year alone
    if word in WEEKDAYS:
        weekday = WEEKDAYS.index(word)
        if last:
            back = (today.weekday() - weekday) % 7 or 7
            return (today - timedelta(days=back)).isoformat()
        return (today + timedelta(days=(weekday - today.weekday()) % 7)).isoformat()
    if word == "weekend":
        week_of = today - timedelta(days=7) if last else today
        year, week, _ = week_of.isocalendar()
        return f"{year}-W{week:02d}-WE"
    return None


def _a_past_year(word: str, today: date) -> bool:
    return len(word) == 4 and word.isdigit() and _FIRST_YEAR <= int(word) < today.year

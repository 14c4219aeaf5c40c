"""Spoken dates → the ISO-8601 value Alexa fills an AMAZON.DATE slot with, for the start of a twitch.

People say when it started by the day as often as by the length: "since monday", "on friday", "last weekend".
Alexa resolves a bare weekday to that day on or after today ("monday" on a Wednesday is next Monday) and "last
monday" to the one before; a weekend is its ISO week with "-WE" ("2026-W47-WE"). The skill turns a date that
lies ahead back into the past (`skill.domain.durations.days_since`), as Alexa leaves that to skills.
"""

from __future__ import annotations

from datetime import date, timedelta

#: The slot type whose values this module produces.
DATE_TYPE = "AMAZON.DATE"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_THIS = frozenset({"this", "on"})
_FIRST_YEAR = 1900  # a four-digit number from here to last year, said as a time, is a year
#: Every word a date phrase may use.
VOCABULARY = frozenset({*WEEKDAYS, "last", "this", "the", "weekend", "on", "today"})


def parse_date(words: list[str] | tuple[str, ...], today: date) -> str | None:
    """The AMAZON.DATE value for `words` ("last friday", "monday", "the weekend"), or None."""
    words = [word for word in words if word != "the"]
    if not words:
        return None
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

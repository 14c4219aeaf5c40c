"""ISO-8601 durations as Alexa sends them (AMAZON.DURATION), turned into seconds and back into words."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

_DAY = 86_400.0
# Calendar units are approximate on purpose: "two months ago" is a rough answer, not a date.
_SECONDS = {"Y": 365 * _DAY, "M": 30 * _DAY, "W": 7 * _DAY, "D": _DAY, "H": 3600.0, "MIN": 60.0, "S": 1.0}

_ISO = re.compile(
    r"^P(?!$)(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?=\d)(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<MIN>\d+(?:\.\d+)?)M)?(?:(?P<S>\d+(?:\.\d+)?)S)?)?$"
)


def iso_duration_seconds(value: str | None) -> float | None:
    """Seconds in an ISO-8601 duration such as "P3D" or "PT30M"; None for anything else (Alexa sends "?" for vague
    amounts, e.g. "P?W", which cannot be used for triage)."""
    if not value:
        return None
    match = _ISO.match(value.strip().upper())
    if not match:
        return None
    return sum(float(amount) * _SECONDS[unit] for unit, amount in match.groupdict().items() if amount)


def spoken_duration(seconds: float, units: dict[str, list[str]]) -> str:
    """Round a duration to the unit a person would use ("3 days", "2 weeks", "4 months")."""
    if 30 * _DAY <= seconds < 365 * _DAY and seconds % (30 * _DAY) == 0:
        return _said(units, "M", round(seconds / _SECONDS["M"]))  # "a month" is said back so, not as "4 weeks"
    for unit, limit in (("S", 90), ("MIN", 90 * 60), ("H", 20 * 3600), ("D", 14 * _DAY), ("W", 60 * _DAY),
                        ("M", 365 * _DAY), ("Y", float("inf"))):
        if seconds < limit:
            return _said(units, unit, max(1, round(seconds / _SECONDS[unit])))
    raise AssertionError("unreachable: the last limit is infinite")


def _said(units: dict[str, list[str]], unit: str, amount: int) -> str:
    singular, plural = units[unit]
    return f"{amount} {singular if amount == 1 else plural}"


_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
#: The month each of Alexa's seasons begins in the north (meteorological seasons; winter "2026-WI" begins in December
#: 2026). A locale's content may give others (the south's summer begins in December).
NORTHERN_SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# A start said as "today" is a start earlier today: half a day, so it reads as a start, not a twitch's length.
_TODAY_DAYS = 0.5


def days_since(value: str | None, today: date, season_starts: Mapping[str, int] = NORTHERN_SEASON_STARTS
               ) -> float | None:
    """How many days before `today` an AMAZON.DATE value lies ("2026-11-27" → 4.0), or None when unusable.

    Alexa resolves a bare weekday to the next one ("since friday" said on Tuesday gives the coming Friday), so a
    date up to a week ahead means the same day a week earlier; and a day of the year to the next one ("since
    november the fourteenth" said in December may give next November's), so a day or month up to a year ahead
    means the one a year earlier. A week is its Monday, a weekend its Saturday, a month its first day (towards
    caution: the longest it may have lasted). A past year ("since 2019") is at least as long ago as its last
    day: a twitch of years. A season ("2026-SU") is its first day by `season_starts`, one not yet begun a year
    earlier. Vaguer values ("2026-11-XX", a decade, this year) say nothing about when it began.
    """
    if not value:
        return None
    text = value.strip().upper()
    month = None
    try:
        if match := _DATE.match(text):
            day = date(int(match[1]), int(match[2]), int(match[3]))
        elif match := _WEEK.match(text):
            day = date.fromisocalendar(int(match[1]), int(match[2]), 6 if match[3] else 1)
        elif (match := _YEAR.match(text)) and int(match[1]) < today.year:
            day = date(int(match[1]), 12, 31)
        elif month := _MONTH.match(text):
            day = date(int(month[1]), int(month[2]), 1)
        elif month := _SEASON.match(text):
            day = date(int(month[1]), season_starts[month[2]], 1)
        else:
            return None
    except ValueError:
        return None
    if day > today:
        if day - today < timedelta(days=7) and not month:
            day -= timedelta(days=7)
        elif day - today <= timedelta(days=366) and (month or _DATE.match(text)):
            day = day.replace(year=day.year - 1) if (day.month, day.day) != (2, 29) else day - timedelta(days=365)
        else:
            return None
    days = (today - day).days
    return float(days) if days else _TODAY_DAYS

"""Spoken durations → the ISO-8601 strings Alexa puts in AMAZON.DURATION slots, and back to days."""

from __future__ import annotations

import re
from datetime import date

import pytest

from skill.domain.content import load_content
from skill.domain.durations import days_since, iso_duration_seconds
from skill.domain.locales import SUPPORTED_LOCALES
from skill.local.dates import calendar_for, parse_date
from skill.local.durations import DURATION_PHRASE, parse_duration, parse_number


def duration_to_days(iso: str | None) -> float | None:
    """The skill reads durations with the domain's parser; the simulator's output must satisfy it."""
    seconds = iso_duration_seconds(iso)
    return None if seconds is None else seconds / 86_400

PARSED = [
    ("three days", "P3D"),
    ("3 days", "P3D"),
    ("2 weeks", "P2W"),
    ("a week", "P1W"),
    ("a month", "P1M"),
    ("six months", "P6M"),
    ("a year", "P1Y"),
    ("two years", "P2Y"),
    ("an hour", "PT1H"),
    ("ten minutes", "PT10M"),
    ("thirty seconds", "PT30S"),
    ("a few seconds", "PT3S"),
    ("a few days", "P3D"),
    ("few weeks", "P3W"),
    ("a couple of days", "P2D"),
    ("a couple weeks", "P2W"),
    ("couple of months", "P2M"),
    ("several weeks", "P3W"),
    ("half an hour", "PT30M"),
    ("half a day", "PT12H"),
    ("half a year", "P6M"),
    ("an hour and a half", "PT1H30M"),
    ("a day and a half", "P1DT12H"),
    ("two and a half weeks", "P17DT12H"),
    ("a year and a half", "P1Y6M"),
    ("twenty one days", "P21D"),
    ("twenty-one days", "P21D"),
    ("forty five minutes", "PT45M"),
    ("ninety nine years", "P99Y"),
    ("a hundred days", "P100D"),
    ("one hundred and five days", "P105D"),
    ("a fortnight", "P2W"),
    ("two weeks and three days", "P17D"),
    ("one hour thirty minutes", "PT1H30M"),
    ("a week or two", "P2W"),
    ("two or three days", "P3D"),
    ("about three days", "P3D"),
    ("for the past two weeks", "P2W"),
    ("more than a month", "P1M"),
    ("Three Days!", "P3D"),
    ("3 hours or so", "PT3H"),
    ("zero days", "P0D"),
    ("four days ago", "P4D"),
    ("since yesterday", "P1D"),
    ("yesterday", "P1D"),
    ("since the day before yesterday", "P2D"),
    ("since last month", "P1M"),
    ("last week", "P1W"),
    ("a few seconds each time", "PT3S"),
    ("a second or two", "PT2S"),
    ("a day or two", "P2D"),
    ("three or four days", "P4D"),
    ("between two and three weeks", "P3W"),
    ("two three days", "P3D"),
    ("a year give or take", "P1Y"),
    ("three weeks straight", "P3W"),
    ("a good six months", "P6M"),
    ("for about ten days now", "P10D"),
    ("48 hours", "PT48H"),
    ("about 3 weeks ago", "P3W"),
    ("over the past few days", "P3D"),
    ("a handful of days", "P3D"),
    ("half a minute", "PT30S"),
    ("for the last hour", "PT1H"),  # one unit back, with no number
    ("over the past week", "P1W"),
    ("in the last day or so", "P1D"),
]

UNPARSED = ["", "a while", "three", "days", "about", "a long time", "a month and a half", "ages", "since monday",
            "a week ago maybe two", "every day", "last", "since", "the other day",
            # two times, not one span: people join weeks to days and days to hours, never months to hours
            "a month and an hour", "two weeks and ten minutes"]


@pytest.mark.parametrize(("spoken", "iso"), PARSED)
def test_parse_duration_gives_the_iso_string_alexa_sends(spoken: str, iso: str) -> None:
    assert parse_duration(spoken) == iso


@pytest.mark.parametrize("spoken", UNPARSED)
def test_parse_duration_refuses_what_is_not_a_duration(spoken: str) -> None:
    assert parse_duration(spoken) is None


def test_stacked_hedges_are_each_taken_off_once() -> None:
    # Two ways of taking off "for the last" reach the same words: each is read once, so a long run of hedges
    # is as cheap as its words (a request can carry a lot of them) and still finds the duration at the end.
    assert parse_duration("for the last " * 400 + "hour") == "PT1H"
    assert parse_duration("for the last " * 400) is None


@pytest.mark.parametrize(("spoken", "_iso"), PARSED)
def test_duration_phrase_finds_every_parsed_duration(spoken: str, _iso: str) -> None:
    normalised = re.sub(r"[^\w\s]", " ", spoken.lower().replace("-", " "))
    normalised = " ".join(normalised.split())
    if normalised.startswith("for "):
        normalised = normalised[4:]  # "for" belongs to the sample ("for {duration}"), not the phrase
    assert re.fullmatch(DURATION_PHRASE, normalised)


@pytest.mark.parametrize("words", ["days", "a while", "my calf", "three", "every day"])
def test_duration_phrase_ignores_other_words(words: str) -> None:
    assert re.fullmatch(DURATION_PHRASE, words) is None


def test_duration_phrase_is_a_fragment_without_capturing_groups() -> None:
    assert re.compile(DURATION_PHRASE).groups == 0


@pytest.mark.parametrize(
    ("iso", "days"),
    [
        ("P3D", 3.0),
        ("P2W", 14.0),
        ("P1M", 30.0),
        ("P6M", 180.0),
        ("P1Y", 365.0),
        ("P1Y6M", 545.0),
        ("PT12H", 0.5),
        ("P1DT12H", 1.5),
        ("PT30M", 30 / 1440),
        ("PT3S", 3 / 86400),
        ("P0D", 0.0),
        ("p2w", 14.0),
        ("P1.5D", 1.5),
    ],
)
def test_duration_to_days(iso: str, days: float) -> None:
    assert duration_to_days(iso) == pytest.approx(days)


@pytest.mark.parametrize("text", [None, "", "P", "PT", "3 days", "P3X", "PT3D", "P?D", "P3DT"])
def test_duration_to_days_rejects_what_is_not_iso(text: str | None) -> None:
    assert duration_to_days(text) is None


@pytest.mark.parametrize("spoken", [phrase for phrase, _ in PARSED])
def test_every_parsed_duration_converts_to_days(spoken: str) -> None:
    assert duration_to_days(parse_duration(spoken)) is not None


@pytest.mark.parametrize(
    ("words", "number"),
    [("42", 42), ("forty two", 42), ("forty-two", 42), ("seven", 7), ("a hundred", 100), ("ninety nine", 99)],
)
def test_parse_number(words: str, number: int) -> None:
    assert parse_number(words) == number


@pytest.mark.parametrize("words", ["", "a", "many", "forty forty", "seven days"])
def test_parse_number_rejects_non_numbers(words: str) -> None:
    assert parse_number(words) is None


@pytest.mark.parametrize(("value", "days"), [
    ("2015", (date(2026, 12, 2) - date(2015, 12, 31)).days),  # "in 2015": at least that long ago
    ("2026-11-27", 5),
    ("2026-W48", 9),  # a week is its monday
    ("2026-11", 31),  # "since november": its first day, the longest it may have lasted
    ("2027-11", 31),  # ... and as Alexa may give it, next November's: a year back
    ("2027-11-14", 18),  # "since november the fourteenth", given as the next one
    ("2026-12-05", 4),  # a weekday given as the coming one: a week back
])
def test_days_since_a_date(value: str, days: float) -> None:
    assert days_since(value, date(2026, 12, 2)) == days


@pytest.mark.parametrize("value", ["2026", "2031", "20XX", "201X", "2026-11-XX", "1999-13-40", "2028-01-01", "2028-02"])
def test_days_since_says_nothing_of_this_year_the_future_or_vaguer_values(value: str) -> None:
    assert days_since(value, date(2026, 12, 2)) is None


@pytest.mark.parametrize(("said", "iso"), [
    ("november", "2026-11"), ("december", "2026-12"), ("march", "2026-03"),
    ("the fourteenth of november", "2026-11-14"), ("november the 14th", "2026-11-14"), ("14 november", "2026-11-14"),
    ("the first week of november", "2026-11-01"), ("the end of october", "2026-10-25"),
    ("christmas", "2025-12-25"), ("last christmas", "2025-12-25"), ("new year", "2026-01-01"),
    ("thanksgiving", "2026-11-26"),  # the fourth Thursday of November
    ("easter", "2026-04-05"), ("the clocks went back", "2026-10-25"), ("half term", "2026-10-26"),
    ("the summer holidays", "2026-08-01"),
    ("monday", "2026-12-07"), ("last friday", "2026-11-27"),  # weekdays as before
    ("mid october", "2026-10-15"),
    ("the week before halloween", "2026-10-24"), ("the day after boxing day", "2025-12-27"),
    ("the sunday before halloween", "2026-10-25"),  # Halloween 2026 is a Saturday: the Sunday before it, the 25th
    ("the friday after thanksgiving", "2026-11-27"),
])
def test_a_start_said_by_the_calendar_is_the_last_such_day_on_or_before_today(said: str, iso: str) -> None:
    assert parse_date(said.split(), date(2026, 12, 3)) == iso


@pytest.mark.parametrize(("said", "iso"), [
    ("the spring", "2026-SP"), ("summer", "2026-SU"), ("this winter", "2026-WI"), ("the autumn", "2026-FA"),
    ("last summer", "2025-SU"), ("last fall", "2025-FA"),  # "last": the year before, the longer reading
])
def test_a_season_is_alexas_season_value_of_this_year_or_the_one_before(said: str, iso: str) -> None:
    assert parse_date(said.split(), date(2026, 12, 3)) == iso


@pytest.mark.parametrize(("value", "north", "south"), [
    ("2026-SP", (date(2026, 12, 3) - date(2026, 3, 1)).days, (date(2026, 12, 3) - date(2026, 9, 1)).days),
    ("2026-SU", (date(2026, 12, 3) - date(2026, 6, 1)).days, 2),  # the south's summer began on 1 December
    ("2025-SU", (date(2026, 12, 3) - date(2025, 6, 1)).days, (date(2026, 12, 3) - date(2025, 12, 1)).days),
    ("2026-FA", (date(2026, 12, 3) - date(2026, 9, 1)).days, (date(2026, 12, 3) - date(2026, 3, 1)).days),
])
def test_a_season_is_its_first_day_in_the_locales_own_hemisphere(value: str, north: int, south: int) -> None:
    assert days_since(value, date(2026, 12, 3)) == north
    assert days_since(value, date(2026, 12, 3), load_content("en-AU").season_starts) == south


def test_a_season_not_yet_begun_is_last_years() -> None:
    assert days_since("2026-WI", date(2026, 8, 1)) == (date(2026, 8, 1) - date(2025, 12, 1)).days


@pytest.mark.parametrize("said", ["the thirtieth of february", "the first", "may be", "the fall",
                                  "the week before payday", "the sunday before the match"])
def test_a_day_the_calendar_cannot_place_is_no_date(said: str) -> None:
    assert parse_date(said.split(), date(2026, 12, 3)) is None


@pytest.mark.parametrize(("said", "today", "day"), [
    ("diwali", date(2026, 12, 3), "2026-11-08"),
    ("eid", date(2026, 12, 3), "2026-05-26"),  # whichever Eid came last
    ("eid al fitr", date(2026, 12, 3), "2026-03-20"),
    ("hanukkah", date(2026, 12, 3), "2025-12-14"),  # this year's begins tomorrow
    ("ramadan", date(2026, 12, 3), "2026-02-17"),
    ("advent", date(2026, 12, 3), "2026-11-29"),  # the fourth Sunday before Christmas
    ("lent", date(2026, 12, 3), "2026-02-18"),
    ("good friday", date(2026, 12, 3), "2026-04-03"),
    ("the first weekend of november", date(2026, 12, 3), "2026-11-07"),  # its Saturday
    ("the first weekend in november", date(2026, 12, 3), "2026-11-07"),
    ("the last weekend of october", date(2026, 12, 3), "2026-10-31"),
    ("diwali last year", date(2026, 12, 3), "2025-10-20"),
    ("eid last year", date(2026, 12, 3), "2025-03-30"),  # of two, the earlier: the longer time
    ("early june last year", date(2026, 12, 3), "2025-06-01"),
    ("hanukkah this year", date(2026, 12, 3), None),  # not yet come
    ("a week after diwali", date(2026, 12, 3), "2026-11-15"),
    ("the sunday after diwali", date(2026, 12, 3), "2026-11-15"),
    ("choti eid", date(2026, 12, 3), "2026-03-20"),
    ("mother's day", date(2026, 12, 3), "2026-03-15"),  # Mothering Sunday, the earlier of the countries' days
    ("early june", date(2026, 12, 3), "2026-06-01"),
    ("thursday of last week", date(2026, 12, 3), "2026-11-26"),
    ("trick or treating", date(2026, 12, 3), "2026-10-31"),  # (rounds 193-194: the families' own days)
    ("juneteenth", date(2026, 12, 3), "2026-06-19"),
    ("mlk day", date(2026, 12, 3), "2026-01-19"),  # the third Monday of January
    ("nochebuena", date(2026, 12, 3), "2025-12-24"),
    ("diwali", date(2031, 1, 5), None),  # past the table's years: asked, not guessed
])
def test_feasts_of_every_calendar_and_parts_of_a_month_are_days(said: str, today: date, day: str | None) -> None:
    assert parse_date(said.split(), today) == day


@pytest.mark.parametrize(("locale", "said", "day"), [
    ("en-US", "thanksgiving", "2026-11-26"),
    ("en-CA", "thanksgiving", "2026-10-12"),  # Canada's, the second Monday of October
    ("en-CA", "american thanksgiving", "2026-11-26"),
    ("en-CA", "victoria day", "2026-05-18"),  # the Monday before the 25th of May
    ("en-IN", "independence day", "2026-08-15"),
    ("en-US", "independence day", "2026-07-04"),
    ("en-IN", "republic day", "2026-01-26"),
    ("en-AU", "the clocks went back", "2026-04-05"),  # daylight saving ends in April in the south
    ("en-GB", "the clocks went back", "2026-10-25"),
    ("en-US", "the clocks went back", "2026-11-01"),
    ("en-AU", "the summer holidays", "2025-12-12"),  # the southern summer's: last December's
    ("en-AU", "father's day", "2026-09-06"),
    ("en-US", "mother's day", "2026-05-10"),
    ("en-GB", "mother's day", "2026-03-15"),  # Mothering Sunday
    ("en-GB", "the august bank holiday", "2026-08-03"),  # Scotland's, the earlier of the two
    ("en-GB", "the august bank holiday monday", "2026-08-03"),
    ("en-CA", "thanksgiving monday", "2026-10-12"),
    ("en-AU", "the clocks changed", "2026-10-04"),  # forward in October, the last change before December
    ("en-IN", "labour day", "2026-05-01"),
    ("en-CA", "family day", None),  # a family's own day out as often: not read
    ("en-GB", "christmas", "2025-12-25"),  # what no country changes stays
    ("en-US", "victoria day", None),  # another country's holiday is not read: asked
    ("en-US", "election day", "2026-11-03"),  # the Tuesday after the first Monday of November (round 193)
    ("en-GB", "election day", None),
])
def test_a_holiday_is_read_by_the_locales_own_calendar(locale: str, said: str, day: str | None) -> None:
    assert parse_date(said.split(), date(2026, 12, 3), calendar_for(locale)) == day


def test_every_rule_of_the_calendars_file_gives_a_day_each_year() -> None:
    for locale in SUPPORTED_LOCALES:
        calendar = calendar_for(locale)
        for year in range(2024, 2029):
            for phrase, days_in in calendar.days.items():
                assert all(date(year, 1, 1) <= day <= date(year, 12, 31) for day in days_in(year)), (locale, phrase)

"""Slots of an Alexa IntentRequest → `Heard` facts: value ids from entity resolution, durations in seconds.

Alexa sends multiple values as `slotValue` of type List; a single value may come as `slotValue` of type Simple or,
from older clients, only as `value` with `resolutions`. Both are read the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from ask_sdk_model import Intent, Slot

from skill.domain.case import Answer
from skill.domain.conversation import Heard
from skill.domain.durations import NORTHERN_SEASON_STARTS, days_since, iso_duration_seconds

MATCH = "ER_SUCCESS_MATCH"
ANSWERS = {"yes": Answer.YES, "no": Answer.NO, "unsure": Answer.UNKNOWN}
PREGNANCY = {"pregnant": Answer.YES, "not_pregnant": Answer.NO, "maybe_pregnant": Answer.UNKNOWN}
START_UNKNOWN = "unknown"  # the START value of "i can't remember since when"
# Intents whose body part is where a symptom is felt ("my fingers tingle"), not another place that twitches.
SYMPTOM_SITE_INTENTS = frozenset({"DescribeSymptomIntent"})


@dataclass(frozen=True)
class SlotValue:
    """One value said for a slot: the words heard and, when entity resolution matched, the value id."""

    spoken: str
    id: str | None


def slot_values(slot: Slot | None) -> list[SlotValue]:
    """Every value of a slot, in the order spoken."""
    if slot is None:
        return []
    slot_value = getattr(slot, "slot_value", None)
    if slot_value is not None and getattr(slot_value, "object_type", None) == "List":
        return [value for item in slot_value.values or [] if (value := _simple(item))]
    if slot_value is not None and getattr(slot_value, "object_type", None) == "Simple":
        value = _simple(slot_value)
        return [value] if value else []
    if not slot.value:
        return []
    return [SlotValue(slot.value, _resolved_id(slot.resolutions))]


def heard_from_intent(intent: Intent | None, today: date | None = None,
                      season_starts: Mapping[str, int] = NORTHERN_SEASON_STARTS) -> Heard:
    """Translate an intent's slots into facts; values Alexa could not resolve are kept as the words heard (except
    for answers, pace, people and pregnancy, where only a resolved value means anything). A start date ("since
    monday") becomes the time since it, as of `today` (the request's date); a season by the locale's
    `season_starts`."""
    slots = (intent.slots or {}) if intent else {}

    def ids(name: str) -> tuple[str, ...]:
        return tuple(v.id for v in slot_values(slots.get(name)) if v.id)

    def unresolved(name: str) -> tuple[str, ...]:
        return tuple(v.spoken for v in slot_values(slots.get(name)) if not v.id)

    def first(name: str) -> str | None:
        return next(iter(ids(name)), None)

    spoken_durations = [v.spoken for v in slot_values(slots.get("duration"))]
    durations = tuple(seconds for text in spoken_durations if (seconds := iso_duration_seconds(text)) is not None)
    spoken_dates = [v.spoken for v in slot_values(slots.get("startDate"))]
    on = today or date.today()
    since = [days for text in spoken_dates if (days := days_since(text, on, season_starts)) is not None]
    durations += tuple(days * 86_400 for days in since)
    # Where a symptom is felt is not another place that twitches ("my fingers tingle"); with no symptom named,
    # the place is all there is to go on ("there are these tiny ripples in my calf").
    symptom_sites = (
        intent is not None and intent.name in SYMPTOM_SITE_INTENTS and bool(slot_values(slots.get("symptom")))
    )
    return Heard(
        symptom_sites=ids("bodyPart") if symptom_sites else (),
        body_parts=() if symptom_sites else ids("bodyPart"),
        unrecognised_body_parts=() if symptom_sites else unresolved("bodyPart"),
        symptoms=ids("symptom"),
        unrecognised_symptoms=unresolved("symptom"),
        triggers=ids("trigger"),
        durations_seconds=durations,
        unusable_durations=len(spoken_durations) + len(spoken_dates) - len(durations),
        frequencies=ids("frequency"),
        denied_symptoms=ids("deniedSymptom"),
        denied_triggers=ids("deniedTrigger"),
        pregnancy=PREGNANCY.get(first("pregnancy") or ""),
        person=first("person"),
        pace=first("pace"),
        place_pattern=first("placePattern"),
        answer=ANSWERS.get(first("answer") or ""),
        only_dates=bool(since) and len(durations) == len(since),
        start_unknown=first("start") == START_UNKNOWN,
    )


def _simple(value) -> SlotValue | None:
    spoken = getattr(value, "value", None)
    if not spoken:
        return None
    return SlotValue(spoken, _resolved_id(getattr(value, "resolutions", None)))


def _resolved_id(resolutions) -> str | None:
    for authority in getattr(resolutions, "resolutions_per_authority", None) or []:
        status = getattr(getattr(authority, "status", None), "code", None)
        code = getattr(status, "value", status)
        if code == MATCH and authority.values:
            return authority.values[0].value.id
    return None

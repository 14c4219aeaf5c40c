"""The skill's words and advice, loaded from per-locale JSON files so clinicians can review them outside the code.

`en-US.json` holds every word; each other locale's file is an overlay holding only what differs, deep-merged over
it (objects key by key, strings and lists replaced whole). `fallback.json` is the overlay for a request whose locale
the skill does not serve: en-US words that name no number. A locale's emergency number is written once, in its
`emergency` section; lines that name it carry EMERGENCY_TOKEN, replaced at load by `emergency.phrase`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from skill.domain.locales import SUPPORTED_LOCALES, supported

BASE_LOCALE = "en-US"
FALLBACK = "fallback"
# Square brackets, not braces: lines are later filled with str.format_map ({Have}, {you}), which must never see it.
EMERGENCY_TOKEN = "[[emergency]]"
_TOKEN_GOING_ON = re.compile(re.escape(EMERGENCY_TOKEN) + r"(?= \w)")
# What is never said: provenance, notes for reviewers, and the number sections themselves.
_UNSPOKEN = {"about", "source", "note", "locale", "emergency", "telephone_numbers", "season_starts"}


class ContentError(ValueError):
    """The content file is missing something the skill needs."""


@dataclass(frozen=True)
class Question:
    id: str
    prompt: str
    reprompt: str
    why: str
    short: str  # the third way of asking: shorter, with the answers it takes


@dataclass(frozen=True)
class Content:
    """Read-only view of one locale's content file."""

    raw: dict[str, Any]

    @property
    def locale(self) -> str | None:
        """The locale these words are for; None for the fallback."""
        return self.raw["locale"]

    @property
    def emergency_number(self) -> str | None:
        """The emergency number as written on a card ("999"); None for the fallback, which names no number."""
        return self.raw["emergency"]["number"]

    @property
    def telephone_numbers(self) -> frozenset[str]:
        """Every number the lines speak, as written, for SSML to read digit by digit (`to_ssml(telephone=...)`)."""
        return frozenset(self.raw["telephone_numbers"])

    @property
    def season_starts(self) -> dict[str, int]:
        """The month each of Alexa's seasons ("SU" of "2026-SU") begins in, in this locale's country."""
        return {code: month for code, month in self.raw["season_starts"].items() if code != "about"}

    def level(self, level_id: str) -> dict[str, Any]:
        return self._item("levels", level_id)

    def reason(self, reason_id: str) -> str:
        return self._item("reasons", reason_id)["text"]

    def self_care(self, trigger_id: str) -> str | None:
        item = self.raw["self_care"].get(trigger_id)
        return item["text"] if item else None

    def advice(self, key: str) -> str:
        """A single advice paragraph such as `safety_net`, `visit`, `als`."""
        return self._item(key)["text"]

    def question(self, question_id: str) -> Question:
        item = self._item("questions", question_id)
        return Question(question_id, item["prompt"], item["reprompt"], item["why"], item["short"])

    def detail_prompt(self, question_id: str) -> tuple[str, str] | None:
        item = self.raw["detail_prompts"].get(question_id)
        return (item["prompt"], item["reprompt"]) if item else None

    def line(self, key: str) -> str:
        return self._item("dialogue", key)

    def lines(self, key: str) -> list[str]:
        return list(self.raw["dialogue"][key])

    def readback(self, key: str) -> str:
        return self._item("readback", key)

    def topic(self, question_id: str) -> str:
        return self._item("topics", question_id)

    def grammar(self, pronoun: str) -> dict[str, str]:
        """The words that change with whom the skill speaks about ("have you" / "has she"), for text.format_map."""
        return dict(self._item("people", pronoun))

    def name(self, kind: str, value_id: str) -> str:
        return self.raw["names"][kind].get(value_id, value_id.replace("_", " "))

    @property
    def duration_units(self) -> dict[str, list[str]]:
        return self.raw["names"]["duration_units"]

    def _item(self, *path: str) -> Any:
        node: Any = self.raw
        for key in path:
            if not isinstance(node, dict) or key not in node:
                raise ContentError(f"content has no {'.'.join(path)}")
            node = node[key]
        return node


def load_content(locale: str | None = None) -> Content:
    """The words for a supported `locale` (its overlay merged over en-US), or for None the safe fallback: en-US
    words that say "your local emergency number". Shipped inside the package, so Lambda and wheels carry them.
    Loaded once per locale: the same object however it is asked for."""
    return _loaded(locale)


def load_content_for(locale: object) -> Content:
    """The content for a request's `locale` as Alexa sends it (any case), or the fallback for one not served."""
    return _loaded(supported(locale))


@lru_cache(maxsize=len(SUPPORTED_LOCALES) + 1)
def _loaded(locale: str | None) -> Content:
    if locale is not None and locale not in SUPPORTED_LOCALES:
        raise ContentError(f"no content for locale {locale}")
    raw = _read(BASE_LOCALE)
    if locale != BASE_LOCALE:
        overlay = _read(locale or FALLBACK)
        _check_overlay(overlay, raw, locale or FALLBACK)
        raw = _merged(raw, overlay)
    return Content(_filled(raw, locale or FALLBACK))


def _read(name: str) -> dict[str, Any]:
    try:
        text = resources.files("skill.content").joinpath(f"{name}.json").read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ContentError(f"no content file {name}.json") from error
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ContentError(f"{name}.json is not an object")
    return data


def _check_overlay(overlay: dict[str, Any], base: dict[str, Any], name: str, path: str = "") -> None:
    """An overlay may only change what en-US has: a key en-US lacks is a typo that would silently never be said."""
    for key, value in overlay.items():
        where = f"{path}{key}"
        if key not in base:
            raise ContentError(f"{name}.json: {where} is not in {BASE_LOCALE}.json")
        if isinstance(base[key], dict) != isinstance(value, dict) or isinstance(base[key], list) != isinstance(
                value, list):
            raise ContentError(f"{name}.json: {where} has a different shape from {BASE_LOCALE}.json")
        if isinstance(value, dict):
            _check_overlay(value, base[key], name, f"{where}.")


def _merged(base: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in overlay.items():
        merged[key] = _merged(base[key], value) if isinstance(value, dict) else value
    return merged


def _filled(raw: dict[str, Any], name: str) -> dict[str, Any]:
    """Every EMERGENCY_TOKEN replaced by the locale's phrase, after checking the numbers agree with the lines."""
    emergency = raw.get("emergency")
    if not isinstance(emergency, dict) or not isinstance(emergency.get("phrase"), str):
        raise ContentError(f"{name}: no emergency.phrase")
    phrase, number = emergency["phrase"], emergency.get("number")
    numbers = raw.get("telephone_numbers")
    if not isinstance(numbers, list) or not all(isinstance(n, str) and n for n in numbers):
        raise ContentError(f"{name}: telephone_numbers must be a list of numbers as written")
    if number is not None and (number not in numbers or number not in phrase):
        raise ContentError(f"{name}: emergency.number {number} must be in its phrase and in telephone_numbers")
    if number is None and numbers:
        raise ContentError(f"{name}: a locale without an emergency number names no telephone numbers")
    filled = _replace_token(raw, phrase)
    for path, text in _strings(filled):
        if "[[" in text or "]]" in text:
            raise ContentError(f"{name}: {path} keeps an unknown [[token]]")
    lines = [(path, text) for path, text in _strings(filled) if not _UNSPOKEN & set(path.split("."))]
    said = " ".join(text for _, text in lines)
    for each in numbers:
        if each not in said:
            raise ContentError(f"{name}: telephone number {each} is never said")
    for path, text in lines:
        for each in sorted(numbers, key=len, reverse=True):
            text = text.replace(each, " ")
        if re.search(r"\d{3}", text):
            raise ContentError(f"{name}: {path} says a number that telephone_numbers does not list")
    return filled


def _replace_token(node: Any, phrase: str) -> Any:
    if isinstance(node, str):
        # A phrase with an aside ("000, or 111 in New Zealand") closes it with a comma when the sentence goes on:
        # "Call 000, or 111 in New Zealand, now." but "call 000, or 111 in New Zealand."
        closed = f"{phrase}," if "," in phrase else phrase
        return _TOKEN_GOING_ON.sub(closed, node).replace(EMERGENCY_TOKEN, phrase)
    if isinstance(node, list):
        return [_replace_token(item, phrase) for item in node]
    if isinstance(node, dict):
        return {key: _replace_token(value, phrase) for key, value in node.items()}
    return node


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in the content with its dotted path."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _strings(item, f"{path}.{index}")
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else key)

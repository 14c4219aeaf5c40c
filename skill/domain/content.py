"""The skill's words and advice, loaded from a per-locale JSON file so clinicians can review them outside the code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


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


@lru_cache(maxsize=4)
def load_content(locale: str = "en-US") -> Content:
    """Load the content shipped inside the package (so Lambda and wheels carry it)."""
    try:
        text = resources.files("skill.content").joinpath(f"{locale}.json").read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise ContentError(f"no content for locale {locale}") from error
    return Content(json.loads(text))

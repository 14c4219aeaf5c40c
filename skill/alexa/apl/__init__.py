"""The advice on a screen (Echo Show and the like): one APL document, filled with the card's title and text."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from ask_sdk_model.interfaces.alexa.presentation.apl import RenderDocumentDirective

ADVICE_TOKEN = "advice"


@lru_cache(maxsize=1)
def advice_document() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("advice.json").read_text(encoding="utf-8"))


def advice_screen(title: str, text: str) -> RenderDocumentDirective:
    """The RenderDocument directive that shows the advice (plain text: APL escapes nothing, so nothing to escape)."""
    return RenderDocumentDirective(
        token=ADVICE_TOKEN,
        document=advice_document(),
        datasources={"advice": {"title": title, "text": text}},  # bound to the "payload" parameter
    )

"""AWS Lambda entry point: `lambda_function.lambda_handler`. Builds the skill once per container, not per request."""

from __future__ import annotations

import logging
from typing import Any

from skill.alexa.builder import build_skill, invoke

logging.getLogger().setLevel(logging.INFO)
_SKILL = build_skill()


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return invoke(_SKILL, event, context)

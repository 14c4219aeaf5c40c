"""AWS Lambda entry point: `lambda_function.lambda_handler`. Builds the skill once per container, not per request."""

from __future__ import annotations

import logging
import time
from typing import Any

from skill.alexa.builder import build_skill, invoke
from skill.alexa.request_log import log_request, request_summary

logging.getLogger().setLevel(logging.INFO)
log = logging.getLogger("skill.lambda")
_SKILL = build_skill()


def lambda_handler(event: dict[str, Any], context: Any) -> dict[str, Any]:
    started = time.perf_counter()
    response = invoke(_SKILL, event, context)
    log_request(log, request_summary(event), 200, started)
    return response

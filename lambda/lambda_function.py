"""AWS Lambda entry point: `lambda_function.lambda_handler`. Builds the skill once per container, not per request.

Whatever the event (null, a list, an envelope without a session), the handler returns and never raises: an event
that is not an Alexa request gets `{"error": reason}`, everything else a spoken response.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from skill.alexa.builder import build_skill
from skill.alexa.endpoint import answer
from skill.alexa.reminders import api_client
from skill.alexa.request_log import log_request, request_summary
from skill.storage import MemorySettings, persistence_adapter

logging.getLogger().setLevel(logging.INFO)
log = logging.getLogger("skill.lambda")
# Memory only when the deployment turns it on (MTH_MEMORY=on, MTH_STORAGE=dynamodb, MTH_DYNAMODB_TABLE): see
# docs/deploying.md. Off, the skill stores nothing.
_MEMORY = MemorySettings.from_env()
_SKILL = build_skill(persistence_adapter=persistence_adapter(_MEMORY),
                     api_client=api_client() if _MEMORY.memory else None)


def lambda_handler(event: Any, context: Any) -> dict[str, Any]:
    started = time.perf_counter()
    answered = answer(_SKILL, event, context)
    log_request(log, request_summary(event), answered.status, started)
    return answered.body

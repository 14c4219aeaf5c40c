"""One structured log line per request, shared by every entry point. Health details never go in it.

The request id, type and intent name come from the body a client sent, so only values of the expected shape are
copied, cut to a sane length: a log line must not carry whatever a caller chose to put there.
"""

from __future__ import annotations

import json
import logging
import re
import time
from typing import Any

# Alexa's request ids ("amzn1.echo-api.request.<uuid>"), request types and intent names are short and plain.
_PLAIN = re.compile(r"[A-Za-z0-9._:-]{1,100}")
UNREADABLE = "(not logged)"


def request_summary(event: Any) -> dict[str, Any]:
    """Request id, type and intent name: never slot values, speech or session attributes."""
    raw_request = event.get("request") if isinstance(event, dict) else None
    raw_request = raw_request if isinstance(raw_request, dict) else {}
    intent = raw_request.get("intent") if isinstance(raw_request.get("intent"), dict) else {}
    return {"request_id": _plain(raw_request.get("requestId")), "type": _plain(raw_request.get("type")),
            "intent": _plain(intent.get("name"))}


def _plain(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) and _PLAIN.fullmatch(value) else UNREADABLE


def log_request(log: logging.Logger, summary: dict[str, Any], status: int, started: float) -> None:
    """Write the line as JSON, so log tools can filter on fields; `started` is a `time.perf_counter()` value."""
    record = {**summary, "status": status, "latency_ms": round((time.perf_counter() - started) * 1000, 2)}
    log.info(json.dumps(record, sort_keys=True))

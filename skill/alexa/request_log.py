"""One structured log line per request, shared by every entry point. Health details never go in it."""

from __future__ import annotations

import json
import logging
import time
from typing import Any


def request_summary(event: Any) -> dict[str, Any]:
    """Request id, type and intent name: never slot values, speech or session attributes."""
    raw_request = event.get("request") if isinstance(event, dict) else None
    raw_request = raw_request if isinstance(raw_request, dict) else {}
    intent = raw_request.get("intent") if isinstance(raw_request.get("intent"), dict) else {}
    return {"request_id": raw_request.get("requestId"), "type": raw_request.get("type"), "intent": intent.get("name")}


def log_request(log: logging.Logger, summary: dict[str, Any], status: int, started: float) -> None:
    """Write the line as JSON, so log tools can filter on fields; `started` is a `time.perf_counter()` value."""
    record = {**summary, "status": status, "latency_ms": round((time.perf_counter() - started) * 1000, 2)}
    log.info(json.dumps(record, sort_keys=True))

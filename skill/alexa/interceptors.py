"""Cross-cutting request handling: one log line per request, with no health details."""

from __future__ import annotations

import logging
import time

from ask_sdk_core.dispatch_components import AbstractRequestInterceptor, AbstractResponseInterceptor
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import IntentRequest, Response

log = logging.getLogger("skill.requests")
_STARTED = "_started"


class RequestLogInterceptor(AbstractRequestInterceptor):
    """Notes when handling started; the response interceptor logs the line."""

    def process(self, handler_input: HandlerInput) -> None:
        handler_input.attributes_manager.request_attributes[_STARTED] = time.perf_counter()


class ResponseLogInterceptor(AbstractResponseInterceptor):
    """Logs request id, type, intent, pending question and latency. Never slot values, speech or answers."""

    def process(self, handler_input: HandlerInput, response: Response) -> None:
        request = handler_input.request_envelope.request
        started = handler_input.attributes_manager.request_attributes.get(_STARTED, time.perf_counter())
        intent = request.intent.name if isinstance(request, IntentRequest) and request.intent else None
        log.info(
            "request id=%s type=%s intent=%s ms=%.2f",
            request.request_id,
            request.object_type,
            intent,
            (time.perf_counter() - started) * 1000,
        )

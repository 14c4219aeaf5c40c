"""Request envelopes exactly as Alexa sends them to a custom skill, built as plain JSON dicts.

Shapes follow the Alexa request and response JSON reference, the request types reference, entity
resolution, and multiple-value slots (see tests/data/documented_intent_request.json):
- every slot declared on the intent appears; an unfilled one has only `name` and `confirmationStatus`;
- a filled custom slot carries `value` (the words heard), `resolutions.resolutionsPerAuthority[0]`
  with authority `amzn1.er-authority.echo-sdk.<skill id>.<slot type>` and ER_SUCCESS_MATCH (with the
  value's name and id) or ER_SUCCESS_NO_MATCH, `source: USER` and `slotValue: {type: Simple, ...}`;
- a multiple-value slot given several values has no top-level `value`/`resolutions`, only
  `slotValue: {type: List, values: [{type: Simple, value, resolutions}, ...]}`;
- AMAZON.DURATION / AMAZON.NUMBER carry the value Alexa computed ("P3D", "12") and no resolutions.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from skill.local.interaction_model import InteractionModel, SlotDecl
from skill.local.resolver import Resolution, ResolvedSlot

DEFAULT_SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
DEFAULT_USER_ID = "amzn1.ask.account.LOCAL-SIMULATOR-USER"
DEFAULT_DEVICE_ID = "amzn1.ask.device.LOCAL-SIMULATOR-DEVICE"
API_ENDPOINT = "https://api.amazonalexa.com"

JsonDict = dict[str, Any]


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


def random_id() -> str:
    """A fresh unique id (the part after Alexa's `amzn1.echo-api.request.` style prefix)."""
    return str(uuid.uuid4())


@dataclass
class SessionState:
    """One Alexa session as the device side sees it: id, whether it is new, and its attributes."""

    session_id: str
    new: bool = True
    attributes: JsonDict = field(default_factory=dict)

    def after_response(self, response_envelope: JsonDict) -> None:
        """Carry the response's `sessionAttributes` into the next request, as Alexa does."""
        self.new = False
        self.attributes = copy.deepcopy(response_envelope.get("sessionAttributes") or {})


class EnvelopeFactory:
    """Builds LaunchRequest, IntentRequest and SessionEndedRequest envelopes for one skill and device."""

    def __init__(
        self,
        skill_id: str = DEFAULT_SKILL_ID,
        locale: str = "en-US",
        user_id: str = DEFAULT_USER_ID,
        device_id: str = DEFAULT_DEVICE_ID,
        clock: Callable[[], datetime] = utc_now,
        id_source: Callable[[], str] = random_id,
    ) -> None:
        self.skill_id = skill_id
        self.locale = locale
        self.user_id = user_id
        self.device_id = device_id
        self._clock = clock
        self._id_source = id_source

    def new_session(self) -> SessionState:
        """A session that has not yet sent its first request."""
        return SessionState(session_id=f"amzn1.echo-api.session.{self._id_source()}")

    def launch(self, session: SessionState) -> JsonDict:
        """The LaunchRequest for "open <invocation name>"."""
        return self._envelope(session, self._request("LaunchRequest"))

    def intent(
        self,
        session: SessionState,
        resolution: Resolution,
        model: InteractionModel,
        dialog_state: str | None = None,
    ) -> JsonDict:
        """The IntentRequest for an utterance resolved to `resolution`.

        `dialogState` is only present for intents that have a dialog model, as with Alexa; then it
        defaults to "STARTED".
        """
        declared = model.intents.get(resolution.intent)
        declared_slots = declared.slots if declared else {}
        intent: JsonDict = {"name": resolution.intent, "confirmationStatus": "NONE"}
        if declared_slots:
            intent["slots"] = {
                name: self._slot(slot, resolution.slots.get(name, [])) for name, slot in declared_slots.items()
            }
        request = self._request("IntentRequest")
        if dialog_state is None and resolution.intent in model.dialog_intents:
            dialog_state = "STARTED"
        if dialog_state is not None:
            request["dialogState"] = dialog_state
        request["intent"] = intent
        return self._envelope(session, request)

    def session_ended(
        self, session: SessionState, reason: str = "USER_INITIATED", error: JsonDict | None = None
    ) -> JsonDict:
        """The SessionEndedRequest Alexa sends when the user exits or stops answering."""
        request = self._request("SessionEndedRequest")
        request["reason"] = reason
        if error is not None:
            request["error"] = error
        return self._envelope(session, request)

    def authority(self, slot_type: str) -> str:
        """The entity-resolution authority Alexa names for a custom slot type of this skill."""
        return f"amzn1.er-authority.echo-sdk.{self.skill_id}.{slot_type}"

    def _request(self, request_type: str) -> JsonDict:
        return {
            "type": request_type,
            "requestId": f"amzn1.echo-api.request.{self._id_source()}",
            "locale": self.locale,
            "timestamp": self._timestamp(),
        }

    def _timestamp(self) -> str:
        moment = self._clock()
        if moment.tzinfo is None:
            raise ValueError("the envelope clock must return a timezone-aware datetime")
        return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _envelope(self, session: SessionState, request: JsonDict) -> JsonDict:
        application = {"applicationId": self.skill_id}
        user = {"userId": self.user_id}
        return {
            "version": "1.0",
            "session": {
                "new": session.new,
                "sessionId": session.session_id,
                "application": dict(application),
                "attributes": copy.deepcopy(session.attributes),
                "user": dict(user),
            },
            "context": {
                "System": {
                    "application": dict(application),
                    "user": dict(user),
                    "device": {"deviceId": self.device_id, "supportedInterfaces": {}},
                    "apiEndpoint": API_ENDPOINT,
                }
            },
            "request": request,
        }

    def _slot(self, slot: SlotDecl, values: list[ResolvedSlot]) -> JsonDict:
        if not values:
            return {"name": slot.name, "confirmationStatus": "NONE"}
        simple_values = [self._simple_value(slot, value) for value in values]
        if len(simple_values) > 1:
            # Several values for a multiple-value slot: only the list, no top-level value.
            return {
                "name": slot.name,
                "confirmationStatus": "NONE",
                "source": "USER",
                "slotValue": {"type": "List", "values": simple_values},
            }
        single = simple_values[0]
        filled: JsonDict = {"name": slot.name, "value": single["value"]}
        if "resolutions" in single:
            filled["resolutions"] = copy.deepcopy(single["resolutions"])
        filled.update({"confirmationStatus": "NONE", "source": "USER", "slotValue": single})
        return filled

    def _simple_value(self, slot: SlotDecl, value: ResolvedSlot) -> JsonDict:
        simple: JsonDict = {"type": "Simple", "value": value.value if value.value is not None else value.spoken}
        if slot.type.startswith("AMAZON.") and value.id is None:
            return simple  # built-in types without custom values get no entity resolution
        authority: JsonDict = {"authority": self.authority(slot.type)}
        if value.id is not None:
            authority["status"] = {"code": "ER_SUCCESS_MATCH"}
            authority["values"] = [{"value": {"name": value.name, "id": value.id}}]
        else:
            authority["status"] = {"code": "ER_SUCCESS_NO_MATCH"}
        simple["resolutions"] = {"resolutionsPerAuthority": [authority]}
        return simple

"""Asking the user for the reminders permission: the voice request ("AskFor"), its answer, and the card fallback.

Shapes follow Amazon's "Set Up Voice Permissions for Reminders" page:

* the skill sends a `Connections.SendRequest` directive named `AskFor` whose payload is an
  `AskForPermissionsConsentRequest`, `@version` "2", listing `permissionScopes` as
  `{permissionScope, consentLevel}` pairs, plus a `token` that Alexa echoes back untouched;
* Alexa then asks in its own fixed words and sends the skill a `Connections.Response` request named `AskFor`
  whose `payload.status` is `ACCEPTED` (granted now or earlier), `DENIED`, or `NOT_ANSWERED` (silence or not
  understood; Alexa has already re-prompted once);
* where voice permission is not available, an `AskForPermissionsConsentCard` in the Alexa app does the same job.

Handlers own the wording around these; nothing here speaks.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model.interfaces.connections import ConnectionsResponse, SendRequestDirective
from ask_sdk_model.permission_status import PermissionStatus
from ask_sdk_model.ui import AskForPermissionsConsentCard

REMINDERS_SCOPE = "alexa::alerts:reminders:skill:readwrite"
ASK_FOR = "AskFor"

PermissionAnswer = Literal["ACCEPTED", "DENIED", "NOT_ANSWERED"]
_ANSWERS: frozenset[str] = frozenset(get_args(PermissionAnswer))


def ask_for_reminders_directive(token: str = "") -> SendRequestDirective:
    """The `Connections.SendRequest` "AskFor" directive that makes Alexa ask for the reminders permission by voice.

    `token` comes back as-is in the `Connections.Response`; keep it free of user data (a fixed purpose name such
    as "check_in_reminder" is enough). Send it without a reprompt: Alexa takes the next turn with its own question.
    """
    return SendRequestDirective(
        name=ASK_FOR,
        payload={
            "@type": "AskForPermissionsConsentRequest",
            "@version": "2",
            "permissionScopes": [{"permissionScope": REMINDERS_SCOPE, "consentLevel": "ACCOUNT"}],
        },
        token=token,
    )


def permission_answer(handler_input: HandlerInput) -> PermissionAnswer | None:
    """The user's answer in a `Connections.Response` to our AskFor request; None for any other request, or an
    answer this module cannot read (treat that like no answer and offer the consent card)."""
    request = handler_input.request_envelope.request
    if not isinstance(request, ConnectionsResponse) or request.name != ASK_FOR:
        return None
    payload: Any = request.payload
    if not isinstance(payload, dict):
        return None
    status = payload.get("status")
    if status is None:
        # Amazon's printed example nests "status" beside the scope entry inside permissionScopes; accept that too.
        scopes = payload.get("permissionScopes")
        entries = scopes if isinstance(scopes, list) else []
        status = next((entry.get("status") for entry in entries if isinstance(entry, dict) and "status" in entry),
                      None)
    return status if isinstance(status, str) and status in _ANSWERS else None  # type: ignore[return-value]


def answer_token(handler_input: HandlerInput) -> str | None:
    """The token we put in the AskFor directive, as Alexa echoed it back; None outside a Connections.Response."""
    request = handler_input.request_envelope.request
    return request.token if isinstance(request, ConnectionsResponse) else None


def reminders_permission_granted(handler_input: HandlerInput) -> bool | None:
    """What the request envelope says about the reminders scope: True when granted, False when denied, None when
    the envelope does not say (older envelopes carry no scopes; then only the Reminders API's 401/403 tells)."""
    user = handler_input.request_envelope.context.system.user if handler_input.request_envelope.context else None
    scopes = user.permissions.scopes if user is not None and user.permissions is not None else None
    scope = (scopes or {}).get(REMINDERS_SCOPE)
    if scope is None or scope.status is None:
        return None
    return scope.status == PermissionStatus.GRANTED


def consent_card() -> AskForPermissionsConsentCard:
    """A card in the Alexa app asking for the reminders permission: the fallback where AskFor is not supported."""
    return AskForPermissionsConsentCard(permissions=[REMINDERS_SCOPE])

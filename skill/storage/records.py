"""What both storage adapters agree on: the key, the hidden version, the retention, and what may be stored.

No I/O here. The adapters store a user's attributes (a small JSON-compatible dict) with a version token and an
expiry time; this module decides those, so SQLite and DynamoDB behave the same way.

The version check (optimistic locking). `get_attributes` returns the stored dict plus `VERSION_KEY` holding the
token of the version it read. `save_attributes` writes only if the stored version is still that token, and raises
`VersionConflict` (an ask-sdk `PersistenceException`) when another request saved in between; a dict without the
key means "there is no record yet" and is only written if there still is none (or it has expired). On success the
dict's `VERSION_KEY` is updated to the new token, so saving the same dict again in one request works. The caller
resolves a conflict by reading again and re-applying its change. The token is stored beside the attributes, never
inside them, and is random rather than a counter, so a record deleted and created again can never be mistaken
for the version a request read before the delete.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Mapping
from typing import Any

from ask_sdk_core.exceptions import PersistenceException

VERSION_KEY = "_version"
RETENTION_DAYS = 120
RETENTION_SECONDS = RETENTION_DAYS * 24 * 60 * 60


class VersionConflict(PersistenceException):
    """Another request saved this user's attributes after they were read; read again and re-apply the change."""


def user_id_of(request_envelope: Any) -> str | None:
    """Alexa's user id from a request envelope, or None when the envelope has none (nothing is stored then)."""
    context = getattr(request_envelope, "context", None)
    system = getattr(context, "system", None)
    user = getattr(system, "user", None)
    user_id = getattr(user, "user_id", None)
    return user_id if isinstance(user_id, str) and user_id else None


def expected_version(attributes: Mapping[str, Any]) -> str | None:
    """The version token the caller read, or None when it read no record."""
    return attributes.get(VERSION_KEY)


def stored_part(attributes: Mapping[str, Any]) -> dict[str, Any]:
    """The attributes as stored: everything except the version token."""
    return {key: value for key, value in attributes.items() if key != VERSION_KEY}


def as_json_text(attributes: Mapping[str, Any]) -> str:
    """The stored part as compact JSON; anything JSON cannot hold is refused without repeating the value."""
    try:
        return json.dumps(stored_part(attributes), allow_nan=False, separators=(",", ":"), ensure_ascii=False)
    except TypeError as problem:
        # json's TypeError names only the offending type ("Object of type set is not JSON serializable").
        raise PersistenceException(f"attributes must be JSON-compatible: {problem}") from None
    except ValueError:
        # json's ValueError quotes the value (a NaN or infinity), which may be a health fact: never repeat it.
        raise PersistenceException(
            "attributes must be JSON-compatible: NaN, infinity and circular references cannot be stored"
        ) from None


def new_version() -> str:
    """A fresh, unguessable version token."""
    return secrets.token_hex(8)


def expiry_time(saved_at: float) -> int:
    """When a record saved at `saved_at` (epoch seconds) expires: RETENTION_DAYS later, in whole seconds."""
    return int(saved_at) + RETENTION_SECONDS


def has_expired(expires_at: float, now: float) -> bool:
    """Whether a record expiring at `expires_at` is gone at `now`."""
    return expires_at <= now


def with_version(attributes: Mapping[str, Any], version: str) -> dict[str, Any]:
    """The attributes as handed to the caller: the stored part plus the hidden version token."""
    return {**attributes, VERSION_KEY: version}

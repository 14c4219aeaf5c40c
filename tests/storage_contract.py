"""What both memory stores promise about the version check, written once and run against each (SQLite, DynamoDB)."""

from __future__ import annotations

from typing import Any

import pytest
from ask_sdk_core.exceptions import PersistenceException

from skill.storage import VersionConflict


def a_stale_save_conflicts_and_changes_nothing(store: Any, envelope: Any) -> dict[str, Any]:
    """Two reads, two saves: the second save is refused and the first one stands. Returns the first dict."""
    store.save_attributes(envelope, {"count": 0})
    first, second = store.get_attributes(envelope), store.get_attributes(envelope)
    first["count"] = 1
    store.save_attributes(envelope, first)
    second["count"] = 99
    with pytest.raises(VersionConflict) as raised:
        store.save_attributes(envelope, second)
    assert isinstance(raised.value, PersistenceException)
    assert store.get_attributes(envelope)["count"] == 1
    return first


def creating_conflicts_when_another_request_created_it_first(store: Any, envelope: Any) -> None:
    late, early = store.get_attributes(envelope), store.get_attributes(envelope)
    store.save_attributes(envelope, {**early, "weeks": 1})
    with pytest.raises(VersionConflict):
        store.save_attributes(envelope, {**late, "weeks": 5})
    assert store.get_attributes(envelope)["weeks"] == 1

"""Pick the persistence adapter the settings ask for: none, SQLite, or DynamoDB."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter

from skill.storage.settings import MemorySettings
from skill.storage.sqlite_adapter import DATABASE_FILE, SqlitePersistenceAdapter


def persistence_adapter(
    settings: MemorySettings, *, dynamodb_resource: Any = None, clock: Callable[[], float] = time.time
) -> AbstractPersistenceAdapter | None:
    """The adapter for these settings, or None when memory is off (the skill then remembers nothing).

    DynamoDB uses `dynamodb_resource` when given, else one built from boto3's configuration; boto3 is imported only
    then, so the SQLite and memory-off paths never need it.
    """
    if not settings.memory:
        return None
    if settings.storage == "sqlite":
        return SqlitePersistenceAdapter(settings.data_dir / DATABASE_FILE, clock=clock)
    # Imported here: Amazon's adapter builds a boto3 resource as it is imported, and needs a region to do so.
    from skill.storage import dynamodb_adapter

    assert settings.dynamodb_table is not None  # MemorySettings refuses dynamodb without a table
    resource = dynamodb_resource if dynamodb_resource is not None else dynamodb_adapter.dynamodb_resource()
    return dynamodb_adapter.DynamoDbMemoryAdapter(settings.dynamodb_table, resource, clock=clock)

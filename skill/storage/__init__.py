"""Per-user memory behind ask-sdk's AbstractPersistenceAdapter: an SQLite file, or a DynamoDB table on Lambda.

What is stored is the caller's choice (a small JSON-compatible dict per Alexa user id); this package decides where,
for how long (RETENTION_DAYS after the last save) and that no two requests overwrite each other's changes (the
hidden VERSION_KEY and VersionConflict, see `skill.storage.records`). The DynamoDB adapter lives in
`skill.storage.dynamodb_adapter` and is imported only when chosen, since it needs boto3 and an AWS region.
"""

from skill.storage.persistence import persistence_adapter
from skill.storage.records import RETENTION_DAYS, VERSION_KEY, VersionConflict
from skill.storage.settings import MemorySettings, StorageSettingsError
from skill.storage.sqlite_adapter import SqlitePersistenceAdapter

__all__ = [
    "RETENTION_DAYS",
    "VERSION_KEY",
    "MemorySettings",
    "SqlitePersistenceAdapter",
    "StorageSettingsError",
    "VersionConflict",
    "persistence_adapter",
]

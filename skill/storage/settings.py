"""Where per-user memory lives, read from the environment once at start-up.

    MTH_MEMORY=on|off              remember health facts between visits (default off: nothing is stored)
    MTH_STORAGE=sqlite|dynamodb    an SQLite file on this machine, or a DynamoDB table (Lambda)
    MTH_DATA_DIR=/path             the SQLite file's folder (default ~/.local/share/muscle-twitch-helper)
    MTH_DYNAMODB_TABLE=name        the DynamoDB table; required with MTH_STORAGE=dynamodb

The AWS region, credentials and endpoint are boto3's own business (AWS_DEFAULT_REGION, AWS_ENDPOINT_URL_DYNAMODB,
the Lambda role, ...) and are read by boto3, not here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

APP_FOLDER = "muscle-twitch-helper"
STORAGE_KINDS = ("sqlite", "dynamodb")
_SWITCH = {"on": True, "off": False}
# DynamoDB's own rule for table names; checked here so a typo fails at start-up, not on a user's first visit.
_TABLE_NAME = re.compile(r"[A-Za-z0-9_.-]{3,255}")


class StorageSettingsError(ValueError):
    """A memory setting is missing or invalid; the message names the environment variable to fix."""


def default_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """The per-user data folder: $XDG_DATA_HOME/muscle-twitch-helper, else ~/.local/share/muscle-twitch-helper."""
    xdg = environ.get("XDG_DATA_HOME", "").strip()
    # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
    base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / APP_FOLDER


@dataclass(frozen=True)
class MemorySettings:
    """Whether the skill remembers users between visits, and where."""

    memory: bool = False
    storage: str = "sqlite"
    data_dir: Path = field(default_factory=default_data_dir)
    dynamodb_table: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.memory, bool):
            raise StorageSettingsError(f"MTH_MEMORY must be on or off, not {self.memory!r}")
        if self.storage not in STORAGE_KINDS:
            raise StorageSettingsError(f"MTH_STORAGE must be one of {', '.join(STORAGE_KINDS)}, not {self.storage!r}")
        data_dir = Path(self.data_dir).expanduser()
        if str(data_dir) in ("", "."):
            raise StorageSettingsError("MTH_DATA_DIR must name a folder")
        # Absolute, so a server started from another working directory still finds the same file.
        object.__setattr__(self, "data_dir", data_dir.absolute())
        if self.dynamodb_table is not None and not _TABLE_NAME.fullmatch(self.dynamodb_table):
            raise StorageSettingsError(
                f"MTH_DYNAMODB_TABLE must be 3 to 255 letters, digits, '_', '-' or '.', not {self.dynamodb_table!r}"
            )
        if self.memory and self.storage == "dynamodb" and self.dynamodb_table is None:
            raise StorageSettingsError("MTH_DYNAMODB_TABLE must be set when MTH_MEMORY=on and MTH_STORAGE=dynamodb")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] = os.environ, **overrides: Any) -> MemorySettings:
        """Settings from MTH_* variables; keyword overrides (field names) win over the environment."""
        unknown = set(overrides) - {field.name for field in fields(cls)}
        if unknown:
            raise TypeError(f"unknown memory setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        # Only variables that are not overridden are parsed, so an override can stand in for a broken variable.
        if "memory" not in overrides:
            values["memory"] = _switch(environ, "MTH_MEMORY", default=False)
        if "storage" not in overrides:
            values["storage"] = environ.get("MTH_STORAGE", "sqlite").strip().lower() or "sqlite"
        if "data_dir" not in overrides:
            raw_dir = environ.get("MTH_DATA_DIR", "").strip()
            values["data_dir"] = Path(raw_dir) if raw_dir else default_data_dir(environ)
        if "dynamodb_table" not in overrides:
            values["dynamodb_table"] = environ.get("MTH_DYNAMODB_TABLE", "").strip() or None
        return cls(**{**values, **overrides})


def _switch(environ: Mapping[str, str], name: str, *, default: bool) -> bool:
    raw = environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw not in _SWITCH:
        raise StorageSettingsError(f"{name} must be on or off, not {environ[name]!r}")
    return _SWITCH[raw]

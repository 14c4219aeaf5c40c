"""Where this project keeps what it can make again: one folder per kind under the user's cache."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["user_cache_dir"]


def user_cache_dir(kind: str) -> Path:
    """~/.cache/muscle-twitch-helper/`kind` (under $XDG_CACHE_HOME when set): "audio", "models", "bench-voice"."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "muscle-twitch-helper" / kind

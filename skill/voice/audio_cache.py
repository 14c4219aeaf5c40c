"""A bounded, content-addressed cache of synthesized speech, safe to share between processes.

A file's name is the sha256 of (speakable text, engine, voice, format), so the same words from the same
voice are synthesized once. Writes go to a temporary file in the cache directory and are renamed into
place, so a reader never sees a partial file and two processes writing the same entry both end with a
whole one. When the directory grows past `max_bytes`, the least recently used entries (by modification
time, refreshed on every hit) are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from skill.voice.user_cache import user_cache_dir

CACHE_ENV = "MTH_AUDIO_CACHE"
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
FORMATS = ("wav", "mp3")
_TEMP_PREFIX = ".tmp-"
_STALE_TEMP_SECONDS = 3600
_KEY_VERSION = 1


def default_cache_dir() -> Path:
    """$MTH_AUDIO_CACHE, else ~/.cache/muscle-twitch-helper/audio (under $XDG_CACHE_HOME when set)."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    return user_cache_dir("audio")


class AudioCache:
    """Synthesized audio on disk, keyed by what was said and who said it."""

    def __init__(self, directory: Path | str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.directory = Path(directory).expanduser() if directory is not None else default_cache_dir()
        if max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
        self.max_bytes = max_bytes

    @staticmethod
    def key(text: str, engine: str, voice: str, fmt: str) -> str:
        """The entry's name without extension: sha256 of the text, engine, voice and format."""
        material = json.dumps([_KEY_VERSION, text, engine, voice, fmt], ensure_ascii=False)
        return hashlib.sha256(material.encode("utf-8")).hexdigest()

    def path_for(self, text: str, engine: str, voice: str, fmt: str) -> Path:
        fmt = _check_format(fmt)
        return self.directory / f"{self.key(text, engine, voice, fmt)}.{fmt}"

    def get(self, text: str, engine: str, voice: str, fmt: str) -> Path | None:
        """The cached file, marked as just used; None on a miss."""
        path = self.path_for(text, engine, voice, fmt)
        try:
            if path.stat().st_size == 0:
                return None
            os.utime(path)
        except OSError:
            return None
        return path

    def put(self, text: str, engine: str, voice: str, fmt: str, audio: bytes) -> Path:
        """Store `audio` atomically and return its path; evicts old entries if the cache is over its bound."""
        if not audio:
            raise ValueError("refusing to cache empty audio")
        path = self.path_for(text, engine, voice, fmt)
        self.directory.mkdir(parents=True, exist_ok=True)
        write_atomically(path, audio)
        self.evict(keep=path)
        return path

    def entries(self) -> list[Path]:
        """The cached audio files (never temporary ones)."""
        try:
            return [
                path
                for path in self.directory.iterdir()
                if path.suffix.lstrip(".") in FORMATS and not path.name.startswith(_TEMP_PREFIX)
            ]
        except FileNotFoundError:
            return []

    def size(self) -> int:
        total = 0
        for path in self.entries():
            with contextlib.suppress(OSError):
                total += path.stat().st_size
        return total

    def evict(self, keep: Path | None = None) -> list[Path]:
        """Remove least recently used entries until the cache fits `max_bytes`; returns what was removed."""
        stats: list[tuple[float, int, Path]] = []
        for path in self.entries():
            try:
                info = path.stat()
            except OSError:
                continue  # removed by another process meanwhile
            stats.append((info.st_mtime, info.st_size, path))
        total = sum(size for _, size, _ in stats)
        removed: list[Path] = []
        for _, size, path in sorted(stats, key=lambda item: item[0]):
            if total <= self.max_bytes:
                break
            if keep is not None and path == keep:
                continue
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
            total -= size
        self._remove_stale_temporaries()
        return removed

    def clear(self) -> None:
        for path in self.entries():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def _remove_stale_temporaries(self) -> None:
        """Temporary files left by a process that died mid-write."""
        now = time.time()
        try:
            candidates = list(self.directory.glob(f"{_TEMP_PREFIX}*"))
        except OSError:
            return
        for path in candidates:
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > _STALE_TEMP_SECONDS:
                    path.unlink()


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path` and rename it into place; no partial file on failure."""
    fd, temp_name = tempfile.mkstemp(prefix=f"{_TEMP_PREFIX}{path.stem[:16]}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def _check_format(fmt: str) -> str:
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValueError(f"unsupported audio format '{fmt}' (known: {', '.join(FORMATS)})")
    return fmt

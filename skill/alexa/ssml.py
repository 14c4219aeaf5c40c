"""Plain sentences to SSML. Every dynamic string passes through `escape`: "&" or "<" in speech breaks Alexa's SSML."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Characters XML 1.0 forbids outright (most control characters, lone surrogates, U+FFFE/U+FFFF): escaping cannot
# save them, and one in a slot value read back would make the whole response invalid SSML. They carry no speech.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
# A short pause between chunks lets a listener keep up without sounding robotic.
CHUNK_BREAK = '<break time="300ms"/>'


def escape(text: str) -> str:
    """Escape the five XML special characters (ask-sdk's `speak()` does not) and drop characters XML forbids."""
    return "".join(_ENTITIES.get(char, char) for char in _NOT_XML.sub("", text))


def to_ssml(chunks: Sequence[str]) -> str:
    """Join plain-text chunks into the inside of a <speak> element (ask-sdk adds the <speak> wrapper)."""
    return f" {CHUNK_BREAK} ".join(escape(chunk) for chunk in chunks if chunk)

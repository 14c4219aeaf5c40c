"""Plain sentences to SSML. Every dynamic string passes through `escape`: "&" or "<" in speech breaks Alexa's SSML."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

# Characters XML 1.0 forbids outright (most control characters, lone surrogates, U+FFFE/U+FFFF): escaping cannot
# save them, and one in a slot value read back would make the whole response invalid SSML. They carry no speech.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"})
# A short pause between chunks lets a listener keep up without sounding robotic.
CHUNK_BREAK = '<break time="300ms"/>'


def escape(text: str) -> str:
    """Escape the five XML special characters (ask-sdk's `speak()` does not) and drop characters XML forbids."""
    return _NOT_XML.sub("", text).translate(_ENTITIES)


def to_ssml(chunks: Sequence[str], telephone: Collection[str] = frozenset()) -> str:
    """Join plain-text chunks into the inside of a <speak> element (ask-sdk adds the <speak> wrapper). Each number
    in `telephone` (as written: "999", "1800 022 222"; `Content.telephone_numbers`) is read digit by digit, so "111"
    is never "one hundred and eleven"."""
    spoken = (escape(chunk) for chunk in chunks if chunk)
    if telephone:
        numbers = _telephone_pattern(frozenset(telephone))
        spoken = (numbers.sub(_say_as_telephone, chunk) for chunk in spoken)
    return f" {CHUNK_BREAK} ".join(spoken)


def _say_as_telephone(match: re.Match[str]) -> str:
    return f'<say-as interpret-as="telephone">{match.group(0)}</say-as>'


@lru_cache(maxsize=16)
def _telephone_pattern(numbers: frozenset[str]) -> re.Pattern[str]:
    """Any of the numbers standing alone: not part of a longer number ("1111", "10,000", "1.000"), longest first
    so "1800 022 222" is not read as pieces."""
    alternatives = "|".join(re.escape(escape(n)) for n in sorted(numbers, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(?:{alternatives})(?![\w]|[.,]\d)")

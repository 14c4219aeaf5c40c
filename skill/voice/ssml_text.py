"""SSML to the plain text a speech engine should read, so every engine says what Alexa would say.

Alexa's SSML marks pauses, spelled-out letters and substitutions that a plain text-to-speech engine would
otherwise read wrongly or not at all. `ssml_to_speakable` turns those into punctuation and words:

- `<break>` becomes a pause: a comma for a short or medium one, a full stop for a strong or long one;
- `<say-as interpret-as="characters">ALS</say-as>` is spelled out as "A. L. S.";
- `cardinal` and `ordinal` numbers become words ("21" -> "twenty-one", "3" -> "third"), `digits` are read
  one by one;
- `<sub alias="...">` is replaced by its alias; `<emphasis>`, `<prosody>`, `<voice>`, `<lang>` and the like
  keep their text; `<p>` and `<s>` end a sentence; `<audio>` and `<mark>` say nothing;
- entities (`&amp;`, `&apos;`, `&nbsp;` ...) are unescaped and whitespace is tidied.

It never raises: SSML that does not parse falls back to stripping the tags.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

__all__ = ["ssml_to_speakable", "number_to_words"]

_SENTENCE_END = ".!?"
_PAUSE_MARKS = ".!?,;:"
_XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_ENTITY = re.compile(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
# Amazon's own tags (<amazon:effect>, <amazon:domain>) use a namespace prefix that is never declared.
_PREFIXED_TAG = re.compile(r"<(/?)([A-Za-z_][\w.-]*):([A-Za-z_][\w.-]*)")
_TIME = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$", re.IGNORECASE)
_SILENT = {"audio", "mark", "desc"}

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = [(10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")]
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
    "twelve": "twelfth",
}  # fmt: skip


def ssml_to_speakable(ssml: str) -> str:
    """The words a speech engine should read for `ssml` (with or without `<speak>`); plain text passes through."""
    if not ssml or not ssml.strip():
        return ""
    try:
        root = ET.fromstring(_prepare(ssml))
    except ET.ParseError:
        return _strip_tags(ssml)
    out = _Writer()
    _walk(root, out)
    return out.text()


def number_to_words(number: int, *, ordinal: bool = False) -> str:
    """English words for a whole number: 21 -> "twenty-one", ordinal 3 -> "third"."""
    if number < 0:
        return "minus " + number_to_words(-number, ordinal=ordinal)
    words = _cardinal(number)
    if not ordinal:
        return words
    head, sep, last = words.rpartition(" ")
    stem_head, dash, stem = last.rpartition("-")
    if stem in _ORDINAL_WORDS:
        stem = _ORDINAL_WORDS[stem]
    elif stem.endswith("y"):
        stem = stem[:-1] + "ieth"
    else:
        stem += "th"
    return f"{head}{sep}{stem_head}{dash}{stem}"


def _cardinal(number: int) -> str:
    if number < 20:
        return _ONES[number]
    if number < 100:
        tens, ones = divmod(number, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    for value, name in _SCALES:
        if number >= value:
            high, rest = divmod(number, value)
            words = f"{_cardinal(high)} {name}"
            return f"{words} {_cardinal(rest)}" if rest else words
    raise AssertionError("unreachable")


def _prepare(ssml: str) -> str:
    text = ssml.strip()
    text = _ENTITY.sub(_xml_safe_entity, text)
    text = _PREFIXED_TAG.sub(lambda m: f"<{m.group(1)}{m.group(2)}-{m.group(3)}", text)
    if not re.match(r"<speak[\s>/]", text):
        text = f"<speak>{text}</speak>"
    return text


def _xml_safe_entity(match: re.Match[str]) -> str:
    """HTML entities that XML does not know (`&nbsp;`) become the character itself, escaped if needed."""
    name = match.group(1)
    if name in _XML_ENTITIES or name.startswith("#"):
        return match.group(0)
    char = html.unescape(match.group(0))
    if char == match.group(0):
        return match.group(0)  # unknown: let the parser fail and the fallback strip it
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(char, char)


class _Writer:
    """Collects text and pauses, never doubling punctuation."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def add(self, text: str) -> None:
        if text:
            self.parts.append(text)

    def pause(self, mark: str) -> None:
        """End what was said so far with `mark` ("," or "."), unless it already ends with a pause."""
        current = "".join(self.parts).rstrip()
        if not current:
            return
        last = current[-1]
        if last in _SENTENCE_END or (mark == "," and last in _PAUSE_MARKS):
            self.parts = [current, " "]
            return
        if last in ",;:":
            current = current[:-1]
        self.parts = [current + mark, " "]

    def text(self) -> str:
        return _tidy("".join(self.parts))


def _walk(node: ET.Element, out: _Writer) -> None:
    tag = _local_name(node.tag)
    if tag == "break":
        mark = _break_mark(node)
        if mark:
            out.pause(mark)
        else:
            out.add(" ")
        out.add(node.tail or "")
        return
    if tag in _SILENT:
        out.add(node.tail or "")
        return
    if tag == "sub":
        out.add(node.get("alias", _inner_text(node)))
    elif tag == "say-as":
        out.add(_say_as(node.get("interpret-as", "").lower(), _inner_text(node), node.get("format", "")))
    else:
        if tag in ("p", "s"):
            out.pause(".")
        out.add(node.text or "")
        for child in node:
            _walk(child, out)
        if tag in ("p", "s"):
            out.pause(".")
    out.add(node.tail or "")


def _local_name(tag: object) -> str:
    name = str(tag)
    return name.rsplit("}", 1)[-1].lower()


def _inner_text(node: ET.Element) -> str:
    return "".join(node.itertext())


def _break_mark(node: ET.Element) -> str:
    strength = (node.get("strength") or "").lower()
    time = node.get("time")
    if time:
        match = _TIME.match(time)
        if match:
            value = float(match.group(1)) * (1 if (match.group(2) or "ms").lower() == "ms" else 1000)
            if value < 150:
                return ""
            return "," if value < 600 else "."
    if strength == "none":
        return ""
    if strength in ("strong", "x-strong"):
        return "."
    return ","  # x-weak, weak, medium, or no attribute (Alexa's default is medium)


def _say_as(kind: str, text: str, fmt: str) -> str:
    text = text.strip()
    if kind in ("characters", "spell-out", "letters"):
        chars = [char for char in text if char.isalnum()]
        return " ".join(f"{char.upper()}." if char.isalpha() else char for char in chars)
    if kind == "digits":
        return " ".join(char for char in text if char.isdigit())
    if kind == "telephone":
        # Digit by digit, groups kept apart by a comma's pause: "999" is "9 9 9", "1800 022 222" is "1 8 0 0, 0 2 2…".
        return ", ".join(" ".join(group) for group in re.findall(r"\d+", text)) or text
    if kind in ("cardinal", "number", "ordinal"):
        match = re.fullmatch(r"(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th)?", text.replace(" ", ""))
        if match and len(match.group(2).replace(",", "")) <= 12:
            number = int(match.group(2).replace(",", "")) * (-1 if match.group(1) else 1)
            return number_to_words(number, ordinal=kind == "ordinal")
        return text
    if kind == "expletive":
        return "beep"
    return text


def _strip_tags(ssml: str) -> str:
    text = re.sub(r"<break\b[^>]*>", ", ", ssml, flags=re.IGNORECASE)
    text = re.sub(r"<sub\b[^>]*\balias\s*=\s*([\"'])(.*?)\1[^>]*>.*?</sub>", r"\2", text, flags=re.I | re.S)
    text = re.sub(r"<[^<>]*>", " ", text)
    text = re.sub(r"[<>]", " ", text)
    return _tidy(html.unescape(text))


def _tidy(text: str) -> str:
    text = text.replace("\u00a0", " ")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"([.!?])(\s+[,;:])+", r"\1", text)  # "Done. , next": a pause after a full stop
    text = re.sub(r"\s+([,.!?;:])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    text = re.sub(r"^[\s,;:.]+", "", text)
    return text.strip()

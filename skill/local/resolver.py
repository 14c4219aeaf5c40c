"""Utterance → intent + slots, using only the interaction model's own samples and slot values.

This stands in for Alexa's NLU everywhere except a real Echo. Input and samples go through the same
`normalize`, so case, punctuation, fillers ("um", "please", "alexa"), apostrophe variants, missing
apostrophes and spelled acronyms ("a. l. s.", "A.L.S.", "ALS") do not matter.

Each sample is precompiled into a template of literal words and slot references. Each slot type is
precompiled once: a phrase table of its names and synonyms (longest first, whole words only), chained
with "and"/"or"/","/"and also" for multiple-value slots, or the `DURATION_PHRASE` regex for
AMAZON.DURATION. Matching a template walks the utterance's tokens; a slot reference consumes any span
its type recognises. (Inlining every slot alternation into one regex per sample is the same language,
but compiling ~800 such regexes takes seconds; this precompiles in milliseconds and resolves in well
under a millisecond.)

Ranking: a sample matching the whole utterance beats one matching part of it; then more literal words,
then the pending-question hint, then fewer slots, then model order. Samples with at least two literal
words also accept unknown slot words (Alexa's ER_SUCCESS_NO_MATCH), below every exact match.
Anything else is AMAZON.FallbackIntent with low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from skill.local.durations import DURATION_PHRASE, NUMBER_PHRASE, parse_duration, parse_number
from skill.local.interaction_model import InteractionModel, InteractionModelError, SlotDecl, SlotType

FALLBACK_INTENT = "AMAZON.FallbackIntent"

#: Question ids the skill stores in the `pending_question` session attribute.
QUESTION_IDS: tuple[str, ...] = (
    "emergency_screen", "body_part", "onset", "episode_length", "frequency", "same_place", "weakness",
    "muscle_size", "sensation", "triggers", "medication", "pregnant", "other_symptoms",
)  # fmt: skip

# Intents a bare answer most likely belongs to while a question is pending, best first. Only breaks
# ties between equally good matches; it never turns a worse match into a better one.
_YES_NO = ("AMAZON.YesIntent", "AMAZON.NoIntent", "DontKnowIntent")
PENDING_HINTS: dict[str, tuple[str, ...]] = {
    "emergency_screen": (*_YES_NO, "DescribeSymptomIntent"),
    "body_part": ("ReportTwitchIntent",),
    "onset": ("DurationIntent",),
    "episode_length": ("DurationIntent",),
    "frequency": ("FrequencyIntent",),
    "same_place": _YES_NO,
    "weakness": (*_YES_NO, "DescribeSymptomIntent"),
    "muscle_size": (*_YES_NO, "DescribeSymptomIntent"),
    "sensation": (*_YES_NO, "DescribeSymptomIntent"),
    "triggers": ("DescribeTriggerIntent", *_YES_NO),
    "medication": ("DescribeTriggerIntent", *_YES_NO),
    "pregnant": _YES_NO,
    "other_symptoms": ("DescribeSymptomIntent", *_YES_NO),
}

FILLER_WORDS = frozenset({"um", "umm", "uh", "uhm", "er", "erm", "hmm", "like", "well", "so", "please", "alexa"})

# Alexa's built-in intents understand these without samples in the model.
BUILTIN_SAMPLES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": ("yes", "yeah", "yep", "yup", "sure", "ok", "okay", "correct", "right"),
    "AMAZON.NoIntent": ("no", "nope", "nah", "no thanks", "no thank you"),
    "AMAZON.HelpIntent": ("help", "help me"),
    "AMAZON.StopIntent": ("stop", "shut up"),
    "AMAZON.CancelIntent": ("cancel", "never mind"),
    "AMAZON.RepeatIntent": ("repeat", "say that again"),
    "AMAZON.StartOverIntent": ("start over", "restart"),
}

# Words whose absence from a partial match costs little ("the", "my"); content words cost more.
_LIGHT_WORDS = frozenset(
    {"a", "an", "the", "my", "i", "it", "its", "it's", "is", "and", "of", "to", "in", "on", "at", "just",
     "really", "very", "now", "also", "too", "though", "actually", "then", ","}
)  # fmt: skip

# Typed text often drops apostrophes; samples use them. ("ill", "id", "lets" are real words: left alone.)
_APOSTROPHE_LESS = {
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "havent": "haven't", "hasnt": "hasn't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "im": "i'm", "ive": "i've",
    "thats": "that's", "theres": "there's", "whats": "what's", "youre": "you're", "theyre": "they're",
}  # fmt: skip
# Long forms → the contraction, applied to samples and input alike so either spelling matches.
_CONTRACTIONS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (tuple(long.split()), tuple(short.split()))
    for long, short in (
        ("do not", "don't"), ("does not", "doesn't"), ("did not", "didn't"), ("can not", "can't"),
        ("cannot", "can't"), ("will not", "won't"), ("is not", "isn't"), ("are not", "aren't"),
        ("have not", "haven't"), ("has not", "hasn't"), ("i am", "i'm"), ("it is", "it's"),
        ("it has been", "it's been"), ("i have been", "i've been"), ("i have got", "i've got"),
        ("i have had", "i've had"), ("there is", "there's"), ("that is", "that's"), ("what is", "what's"),
    )
)  # fmt: skip

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DOTTED_ACRONYM = re.compile(r"\b[a-z](?:\.\s*[a-z]\b)+\.?")
_SLOT_REFERENCE = re.compile(r"\{([A-Za-z0-9_.]+)\}")

# Between the values of a multiple-value slot: a comma and/or a conjunction (longest first).
_LIST_SEPARATORS: tuple[tuple[str, ...], ...] = tuple(
    tuple(separator.split())
    for separator in (
        ", and also",
        ", as well as",
        ", and",
        ", or",
        ", plus",
        "and also",
        "as well as",
        ",",
        "and",
        "or",
        "plus",
    )
)
_MAX_UNKNOWN_WORDS = 4  # an unresolvable slot value Alexa passes through is short
_MAX_DURATION_WORDS = 14

_FULL_MATCH_CONFIDENCE = 1.0
_BARE_SLOT_CONFIDENCE = 0.9
_UNKNOWN_VALUE_CONFIDENCE = 0.55
_MIN_PARTIAL_COVERAGE = 0.5
_FALLBACK_CONFIDENCE = 0.1


def normalize(text: str, *, drop_fillers: bool = True) -> str:
    """Lower-case, canonical text: the form both samples and utterances are matched in."""
    text = text.lower().translate(_APOSTROPHES)
    text = _DOTTED_ACRONYM.sub(lambda match: re.sub(r"[.\s]", "", match.group()), text)
    text = re.sub(r"[-/]", " ", text)
    text = text.replace(",", " , ")
    text = re.sub(r"[^\w\s',]", " ", text)
    text = re.sub(r"(?<!\w)'|'(?!\w)", " ", text)
    tokens = _collapse_spelled_letters(text.split())
    tokens = _contract([_APOSTROPHE_LESS.get(token, token) for token in tokens])
    if drop_fillers:
        tokens = [token for token in tokens if token not in FILLER_WORDS]
    # A comma only matters between two words, once (it can separate the values of a list).
    cleaned: list[str] = []
    for token in tokens:
        if token == "," and (not cleaned or cleaned[-1] == ","):
            continue
        cleaned.append(token)
    while cleaned and cleaned[-1] == ",":
        cleaned.pop()
    return " ".join(cleaned)


@dataclass(frozen=True)
class ResolvedSlot:
    """One value heard for a slot.

    `id`/`name` are the entity-resolution match (None when the words match no value: Alexa's
    ER_SUCCESS_NO_MATCH). For AMAZON.DURATION and AMAZON.NUMBER `value` holds what Alexa sends
    ("P3D", "12") and `id`/`name` stay None.
    """

    spoken: str
    id: str | None = None
    name: str | None = None
    value: str | None = None


@dataclass(frozen=True)
class Resolution:
    """What Alexa would have understood: intent, slot values and how sure we are."""

    intent: str
    slots: dict[str, list[ResolvedSlot]] = field(default_factory=dict)
    confidence: float = 0.0
    text: str = ""
    sample: str | None = None  # the model sample that matched, for debugging

    def slot_ids(self) -> dict[str, list[str]]:
        """Slot name → resolved ids (ISO strings for durations); words that resolved to nothing are left out."""
        ids: dict[str, list[str]] = {}
        for slot_name, values in self.slots.items():
            resolved = [key for value in values if (key := value.id or value.value)]
            if resolved:
                ids[slot_name] = resolved
        return ids


@dataclass(frozen=True)
class _Span:
    """Where a slot's words end, and the token range of each single value inside (several for a list)."""

    end: int
    items: tuple[tuple[int, int], ...]


class _SlotKind:
    """Recognises the token spans one slot type (single- or multiple-value) can fill."""

    def __init__(self, slot_type: str, multiple: bool, values: SlotType | None) -> None:
        self.slot_type = slot_type
        self.multiple = multiple
        self.lookup: dict[str, tuple[str, str]] = {}
        for value in values.values if values else ():
            for phrase in (value.name, *value.synonyms):
                key = normalize(phrase) or normalize(phrase, drop_fillers=False)
                # The first value to claim a phrase keeps it, as in the model's order.
                self.lookup.setdefault(key, (value.id, value.name))
        self.max_words = max((len(phrase.split()) for phrase in self.lookup), default=0)
        self.has_values = bool(self.lookup)
        self.pattern: re.Pattern[str] | None = None
        if not self.has_values and slot_type == "AMAZON.DURATION":
            self.pattern = re.compile(DURATION_PHRASE)
        elif not self.has_values and slot_type == "AMAZON.NUMBER":
            self.pattern = re.compile(NUMBER_PHRASE)

    def spans(self, tokens: list[str], start: int, admit_unknown: bool, memo: dict[object, list[_Span]]) -> list[_Span]:
        """Spans starting at `start`, longest first; `admit_unknown` adds words no value matches."""
        key = (id(self), start, admit_unknown)
        if key not in memo:
            memo[key] = self._compute_spans(tokens, start, admit_unknown, memo)
        return memo[key]

    def resolve(self, words: str) -> ResolvedSlot:
        """The slot value for one span of words."""
        if self.has_values:
            match = self.lookup.get(words)
            return ResolvedSlot(words, match[0], match[1]) if match else ResolvedSlot(words)
        if self.slot_type == "AMAZON.DURATION":
            return ResolvedSlot(words, value=parse_duration(words))
        if self.slot_type == "AMAZON.NUMBER":
            number = parse_number(words)
            return ResolvedSlot(words, value=None if number is None else str(number))
        return ResolvedSlot(words, value=words)  # other built-in types: Alexa passes the words through

    def _compute_spans(
        self, tokens: list[str], start: int, admit_unknown: bool, memo: dict[object, list[_Span]]
    ) -> list[_Span]:
        if start >= len(tokens) or tokens[start] == ",":
            return []
        if self.pattern is not None:
            return self._pattern_spans(tokens, start)
        if not self.has_values:
            return _unknown_spans(tokens, start, set())
        spans = self._value_spans(tokens, start)
        if self.multiple:
            spans = self._list_spans(tokens, spans, memo)
        if admit_unknown:
            spans += _unknown_spans(tokens, start, {span.end for span in spans})
        return spans

    def _value_spans(self, tokens: list[str], start: int) -> list[_Span]:
        spans = []
        for end in range(min(len(tokens), start + self.max_words), start, -1):
            if " ".join(tokens[start:end]) in self.lookup:
                spans.append(_Span(end, ((start, end),)))
        return spans

    def _list_spans(self, tokens: list[str], firsts: list[_Span], memo: dict[object, list[_Span]]) -> list[_Span]:
        by_end: dict[int, _Span] = {}
        for first in firsts:
            by_end.setdefault(first.end, first)
            for separator in _LIST_SEPARATORS:
                after = first.end + len(separator)
                if tuple(tokens[first.end : after]) == separator:
                    for rest in self.spans(tokens, after, False, memo):
                        by_end.setdefault(rest.end, _Span(rest.end, first.items + rest.items))
        return sorted(by_end.values(), key=lambda span: -span.end)

    def _pattern_spans(self, tokens: list[str], start: int) -> list[_Span]:
        assert self.pattern is not None
        spans = []
        for end in range(min(len(tokens), start + _MAX_DURATION_WORDS), start, -1):
            words = tokens[start:end]
            if "," in words:
                continue
            phrase = " ".join(words)
            # The regex finds the phrase shape; the parser confirms Alexa would send a value for it.
            if self.pattern.fullmatch(phrase) and self.resolve(phrase).value is not None:
                spans.append(_Span(end, ((start, end),)))
        return spans


def _unknown_spans(tokens: list[str], start: int, taken_ends: set[int]) -> list[_Span]:
    spans = []
    for end in range(min(len(tokens), start + _MAX_UNKNOWN_WORDS), start, -1):
        if end not in taken_ends and "," not in tokens[start:end]:
            spans.append(_Span(end, ((start, end),)))
    return spans


@dataclass(frozen=True)
class _SlotRef:
    slot: SlotDecl
    kind: _SlotKind


@dataclass(frozen=True)
class _Template:
    """A sample as a sequence of literal words and slot references."""

    intent: str
    sample: str
    order: int
    elements: tuple[str | _SlotRef, ...]
    literal_words: frozenset[str]
    literal_count: int
    slot_count: int
    admits_unknown: bool  # may fill a custom slot with words no value matches


@dataclass(frozen=True)
class _Parse:
    start: int
    end: int
    slots: tuple[tuple[_SlotRef, _Span, int], ...]  # (slot, span, span start)


@dataclass(frozen=True)
class _Candidate:
    template: _Template
    parse: _Parse
    coverage: float
    confidence: float


class Resolver:
    """Maps an utterance to the intent and slot values Alexa would send, for one interaction model."""

    def __init__(self, model: InteractionModel, *, allow_unknown_values: bool = True) -> None:
        self.model = model
        self._kinds: dict[tuple[str, bool], _SlotKind] = {}
        self._literal_only: dict[str, list[_Template]] = {}
        self._slotted: list[_Template] = []
        order = 0
        for intent in model.intents.values():
            seen: set[str] = set()
            for sample in (*intent.samples, *BUILTIN_SAMPLES.get(intent.name, ())):
                template = self._compile(intent.name, intent.slots, sample, order, allow_unknown_values)
                if template is None or template.sample in seen:
                    continue
                seen.add(template.sample)
                order += 1
                if template.slot_count:
                    self._slotted.append(template)
                else:
                    self._literal_only.setdefault(" ".join(template.elements), []).append(template)  # type: ignore[arg-type]
        self._all_templates = [t for templates in self._literal_only.values() for t in templates] + self._slotted

    def resolve(self, text: str, pending_question: str | None = None) -> Resolution:
        """The intent and slots for `text`; `pending_question` only breaks ties between bare answers."""
        tokens = normalize(text).split()
        words_only = [token for token in tokens if token != ","]
        if not words_only:
            return Resolution(FALLBACK_INTENT, {}, 0.0, text)
        hints = PENDING_HINTS.get(pending_question or "", ())
        token_set = frozenset(words_only)
        memo: dict[object, list[_Span]] = {}

        exact = [
            _Candidate(template, _Parse(0, len(tokens), ()), 1.0, _FULL_MATCH_CONFIDENCE)
            for template in self._literal_only.get(" ".join(words_only), ())
        ]
        for template in self._slotted:
            if template.literal_words <= token_set:
                parse = _first_full_parse(template, tokens, False, memo)
                if parse is not None:
                    confidence = _FULL_MATCH_CONFIDENCE if template.literal_count else _BARE_SLOT_CONFIDENCE
                    exact.append(_Candidate(template, parse, 1.0, confidence))
        if exact:
            best = max(exact, key=lambda candidate: _rank_full(candidate, hints))
            return self._resolution(best, tokens, text)

        inexact: list[_Candidate] = []
        best_rejected = 0.0
        for template in self._all_templates:
            if not template.literal_words <= token_set:
                continue
            if template.admits_unknown and (parse := _first_full_parse(template, tokens, True, memo)):
                inexact.append(_Candidate(template, parse, 1.0, _UNKNOWN_VALUE_CONFIDENCE))
                continue
            partial = _best_partial_parse(template, tokens, memo)
            if partial is None:
                continue
            coverage = _coverage(tokens, partial)
            confidence = round(0.4 + 0.5 * coverage, 3)
            if coverage >= _MIN_PARTIAL_COVERAGE:
                inexact.append(_Candidate(template, partial, coverage, confidence))
            else:
                best_rejected = max(best_rejected, confidence)
        if inexact:
            best = max(inexact, key=lambda candidate: _rank_partial(candidate, hints))
            return self._resolution(best, tokens, text)
        confidence = min(0.3, best_rejected) if best_rejected else _FALLBACK_CONFIDENCE
        return Resolution(FALLBACK_INTENT, {}, confidence, text)

    def _compile(
        self, intent: str, slots: dict[str, SlotDecl], sample: str, order: int, allow_unknown_values: bool
    ) -> _Template | None:
        elements: list[str | _SlotRef] = []
        for position, piece in enumerate(_SLOT_REFERENCE.split(sample)):
            if position % 2 == 0:
                elements.extend(word for word in normalize(piece).split() if word != ",")
                continue
            slot = slots.get(piece)
            if slot is None:
                where = self.model.path or Path("<memory>")
                raise InteractionModelError(where, f"sample {sample!r} of {intent} uses undeclared slot {piece!r}")
            elements.append(_SlotRef(slot, self._kind(slot)))
        if not elements:
            return None
        literal_words = [element for element in elements if isinstance(element, str)]
        slot_refs = [element for element in elements if isinstance(element, _SlotRef)]
        has_custom_slot = any(ref.kind.has_values for ref in slot_refs)
        return _Template(
            intent=intent,
            sample=sample,
            order=order,
            elements=tuple(elements),
            literal_words=frozenset(literal_words),
            literal_count=len(literal_words),
            slot_count=len(slot_refs),
            # Two literal words keep chatter ("it's my birthday" has only "it's my") out of slots.
            admits_unknown=allow_unknown_values and has_custom_slot and len(literal_words) >= 2,
        )

    def _kind(self, slot: SlotDecl) -> _SlotKind:
        key = (slot.type, slot.multiple)
        if key not in self._kinds:
            self._kinds[key] = _SlotKind(slot.type, slot.multiple, self.model.slot_types.get(slot.type))
        return self._kinds[key]

    def _resolution(self, candidate: _Candidate, tokens: list[str], text: str) -> Resolution:
        slots: dict[str, list[ResolvedSlot]] = {}
        for ref, span, _start in candidate.parse.slots:
            slots[ref.slot.name] = [ref.kind.resolve(" ".join(tokens[s:e])) for s, e in span.items]
        return Resolution(
            intent=candidate.template.intent,
            slots=slots,
            confidence=candidate.confidence,
            text=text,
            sample=candidate.template.sample,
        )


def _parses(
    template: _Template,
    tokens: list[str],
    start: int,
    admit_unknown: bool,
    memo: dict[object, list[_Span]],
) -> Iterator[_Parse]:
    """Every way `template` matches tokens from `start` on, longest slot spans first."""

    def walk(index: int, position: int, filled: tuple[tuple[_SlotRef, _Span, int], ...]) -> Iterator[_Parse]:
        if index == len(template.elements):
            yield _Parse(start, position, filled)
            return
        if index and position < len(tokens) and tokens[position] == ",":
            position += 1  # a stray comma between words ("yes, i do")
        element = template.elements[index]
        if isinstance(element, str):
            if position < len(tokens) and tokens[position] == element:
                yield from walk(index + 1, position + 1, filled)
            return
        for span in element.kind.spans(tokens, position, admit_unknown, memo):
            yield from walk(index + 1, span.end, (*filled, (element, span, position)))

    return walk(0, start, ())


def _first_full_parse(
    template: _Template, tokens: list[str], admit_unknown: bool, memo: dict[object, list[_Span]]
) -> _Parse | None:
    return next((p for p in _parses(template, tokens, 0, admit_unknown, memo) if p.end == len(tokens)), None)


def _best_partial_parse(template: _Template, tokens: list[str], memo: dict[object, list[_Span]]) -> _Parse | None:
    best: _Parse | None = None
    for start in range(len(tokens)):
        for parse in _parses(template, tokens, start, False, memo):
            if best is None or parse.end - parse.start > best.end - best.start:
                best = parse
    return best


def _coverage(tokens: list[str], parse: _Parse) -> float:
    """Share of the utterance's content words (not "the", "my", ...) that the partial match accounts for."""
    outside = tokens[: parse.start] + tokens[parse.end :]
    content = [token for token in tokens if token not in _LIGHT_WORDS]
    if not content:
        words = [token for token in tokens if token != ","]
        return 1 - len([token for token in outside if token != ","]) / len(words)
    return 1 - len([token for token in outside if token not in _LIGHT_WORDS]) / len(content)


def _hint_affinity(intent: str, hints: tuple[str, ...]) -> int:
    return len(hints) - hints.index(intent) if intent in hints else 0


def _rank_full(candidate: _Candidate, hints: tuple[str, ...]) -> tuple[int, int, int, int]:
    template = candidate.template
    return (template.literal_count, _hint_affinity(template.intent, hints), -template.slot_count, -template.order)


def _rank_partial(candidate: _Candidate, hints: tuple[str, ...]) -> tuple[float, int, int, int, int]:
    template = candidate.template
    return (
        candidate.confidence,
        template.literal_count,
        _hint_affinity(template.intent, hints),
        -template.slot_count,
        -template.order,
    )


def _collapse_spelled_letters(tokens: list[str]) -> list[str]:
    """Join letters spoken one by one ("a l s" → "als"); "a"/"i" alone stay words unless three run."""
    result: list[str] = []
    run: list[str] = []

    def flush() -> None:
        is_acronym = len(run) >= 3 or (len(run) == 2 and not {"a", "i"} & set(run))
        if is_acronym:
            result.append("".join(run))
        else:
            result.extend(run)
        run.clear()

    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run.append(token)
        else:
            flush()
            result.append(token)
    flush()
    return result


def _contract(tokens: list[str]) -> list[str]:
    result: list[str] = []
    position = 0
    while position < len(tokens):
        for long_form, short_form in _CONTRACTIONS:
            if tuple(tokens[position : position + len(long_form)]) == long_form:
                result.extend(short_form)
                position += len(long_form)
                break
        else:
            result.append(tokens[position])
            position += 1
    return result

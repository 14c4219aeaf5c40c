"""The exact pass: an utterance that is one of the model's samples, with slot values filled in.

Each sample is precompiled into a template of literal words and slot references. Each slot type is
precompiled once: a phrase table of its names and synonyms (longest first, whole words only), chained with
"and"/"or"/"," for multiple-value slots, or the `DURATION_PHRASE` regex for AMAZON.DURATION. Matching a
template walks the utterance's words; a slot reference consumes any span its type recognises. (Inlining
every slot alternation into one regex per sample is the same language, but compiling ~1000 such regexes
takes seconds; this precompiles in milliseconds and matches in well under a millisecond.)

Among several templates matching the whole utterance: a sample without slots said word for word (what the
model's author meant), then the one whose slot values cover most words ("pain in my chest" is one symptom,
not pain and a chest), then more literal words, then the pending question's intents, then fewer slots,
then model order. Templates with at least two literal words may also take words no value matches into a
slot (Alexa's ER_SUCCESS_NO_MATCH), below every exact match.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from skill.local.dates import CALENDAR, DATE_TYPE, Calendar, parse_date
from skill.local.durations import DURATION_PHRASE, DURATION_TYPE, NUMBER_PHRASE, parse_duration, parse_number
from skill.local.interaction_model import InteractionModel, InteractionModelError, SlotDecl, SlotType
from skill.local.nlu.results import Resolution, ResolvedSlot, distinct
from skill.local.nlu.text import normalize

_MAX_DATE_WORDS = 7  # "last friday", "the fourteenth of november", "a week after the may bank holiday"
SLOT_REFERENCE = re.compile(r"\{([A-Za-z0-9_.]+)\}")

# Between the values of a multiple-value slot: a comma and/or a conjunction (longest first).
_LIST_SEPARATORS: tuple[tuple[str, ...], ...] = tuple(
    tuple(separator.split())
    for separator in (", and also", ", as well as", ", and", ", or", ", plus", "and also", "as well as", ",",
                      "and", "or", "plus")
)  # fmt: skip
_MAX_UNKNOWN_WORDS = 4  # an unresolvable slot value Alexa passes through is short
_MAX_DURATION_WORDS = 14

FULL_MATCH_CONFIDENCE = 1.0
BARE_SLOT_CONFIDENCE = 0.9
UNKNOWN_VALUE_CONFIDENCE = 0.55


@dataclass(frozen=True)
class Span:
    """Where a slot's words end, and the token range of each single value inside (several for a list)."""

    end: int
    items: tuple[tuple[int, int], ...]


class SlotKind:
    """Recognises the token spans one slot type (single- or multiple-value) can fill."""

    def __init__(
        self, slot_type: str, multiple: bool, values: SlotType | None, today: Callable[[], date] = date.today,
        calendar: Calendar = CALENDAR,
    ) -> None:
        self.slot_type = slot_type
        self.today = today
        self.calendar = calendar
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
        if not self.has_values and slot_type == DURATION_TYPE:
            self.pattern = re.compile(DURATION_PHRASE)
        elif not self.has_values and slot_type == "AMAZON.NUMBER":
            self.pattern = re.compile(NUMBER_PHRASE)

    def spans(self, tokens: list[str], start: int, admit_unknown: bool, memo: dict[object, list[Span]]) -> list[Span]:
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
        if self.slot_type == DURATION_TYPE:
            return ResolvedSlot(words, value=parse_duration(words))
        if self.slot_type == DATE_TYPE:
            return ResolvedSlot(words, value=parse_date(words.split(), self.today(), self.calendar))
        if self.slot_type == "AMAZON.NUMBER":
            number = parse_number(words)
            return ResolvedSlot(words, value=None if number is None else str(number))
        return ResolvedSlot(words, value=words)  # other built-in types: Alexa passes the words through

    def _compute_spans(
        self, tokens: list[str], start: int, admit_unknown: bool, memo: dict[object, list[Span]]
    ) -> list[Span]:
        if start >= len(tokens) or tokens[start] == ",":
            return []
        if self.pattern is not None:
            return self._pattern_spans(tokens, start)
        if self.slot_type == DATE_TYPE:
            return self._date_spans(tokens, start)
        if not self.has_values:
            return _unknown_spans(tokens, start, set())
        spans = self._value_spans(tokens, start)
        if self.multiple:
            spans = self._list_spans(tokens, spans, memo)
        if admit_unknown:
            spans += _unknown_spans(tokens, start, {span.end for span in spans})
        return spans

    def _value_spans(self, tokens: list[str], start: int) -> list[Span]:
        spans = []
        for end in range(min(len(tokens), start + self.max_words), start, -1):
            if " ".join(tokens[start:end]) in self.lookup:
                spans.append(Span(end, ((start, end),)))
        return spans

    def _list_spans(self, tokens: list[str], firsts: list[Span], memo: dict[object, list[Span]]) -> list[Span]:
        by_end: dict[int, Span] = {}
        for first in firsts:
            by_end.setdefault(first.end, first)
            for separator in _LIST_SEPARATORS:
                after = first.end + len(separator)
                if tuple(tokens[first.end : after]) == separator:
                    for rest in self.spans(tokens, after, False, memo):
                        by_end.setdefault(rest.end, Span(rest.end, first.items + rest.items))
        return sorted(by_end.values(), key=lambda span: -span.end)

    def _pattern_spans(self, tokens: list[str], start: int) -> list[Span]:
        assert self.pattern is not None
        spans = []
        for end in range(min(len(tokens), start + _MAX_DURATION_WORDS), start, -1):
            words = tokens[start:end]
            if "," in words:
                continue
            phrase = " ".join(words)
            # The regex finds the phrase shape; the parser confirms Alexa would send a value for it.
            if self.pattern.fullmatch(phrase) and self.resolve(phrase).value is not None:
                spans.append(Span(end, ((start, end),)))
        return spans

    def _date_spans(self, tokens: list[str], start: int) -> list[Span]:
        today = self.today()
        return [
            Span(end, ((start, end),))
            for end in range(min(len(tokens), start + _MAX_DATE_WORDS), start, -1)
            if parse_date(tokens[start:end], today, self.calendar) is not None
        ]


def _unknown_spans(tokens: list[str], start: int, taken_ends: set[int]) -> list[Span]:
    spans = []
    for end in range(min(len(tokens), start + _MAX_UNKNOWN_WORDS), start, -1):
        if end not in taken_ends and "," not in tokens[start:end]:
            spans.append(Span(end, ((start, end),)))
    return spans


@dataclass(frozen=True)
class SlotRef:
    slot: SlotDecl
    kind: SlotKind


@dataclass(frozen=True)
class Template:
    """A sample as a sequence of literal words and slot references."""

    intent: str
    sample: str
    order: int
    elements: tuple[str | SlotRef, ...]
    literal_words: frozenset[str]
    literal_count: int
    slot_count: int
    admits_unknown: bool  # may fill a custom slot with words no value matches


@dataclass(frozen=True)
class Parse:
    start: int
    end: int
    slots: tuple[tuple[SlotRef, Span, int], ...]  # (slot, span, span start)

    def value_words(self, tokens: list[str]) -> int:
        """Words inside known values of custom slot types: the longer the values, the better the reading."""
        return sum(
            end - start
            for ref, span, _ in self.slots
            if ref.kind.has_values
            for start, end in span.items
            if " ".join(tokens[start:end]) in ref.kind.lookup
        )

    def unmatched(self, tokens: list[str]) -> list[list[str]]:
        """The words in custom slots that match no value."""
        return [
            tokens[start:end]
            for ref, span, _ in self.slots
            if ref.kind.has_values
            for start, end in span.items
            if " ".join(tokens[start:end]) not in ref.kind.lookup
        ]

    def custom_values(self) -> int:
        """How many values of custom slot types the parse holds."""
        return sum(len(span.items) for ref, span, _ in self.slots if ref.kind.has_values)


@dataclass(frozen=True)
class Candidate:
    template: Template
    parse: Parse
    confidence: float


class TemplateMatcher:
    """Every sample of a model (and the built-in intents' usual phrases) as a template."""

    def __init__(
        self,
        model: InteractionModel,
        samples: dict[str, Iterable[str]],
        *,
        allow_unknown_values: bool = True,
        today: Callable[[], date] = date.today,
        calendar: Calendar = CALENDAR,
    ) -> None:
        self.model = model
        self._today = today
        self._calendar = calendar
        self._kinds: dict[tuple[str, bool], SlotKind] = {}
        self._literal_only: dict[str, list[Template]] = {}
        self._slotted: list[Template] = []
        self._unknown_capable: list[Template] = []
        order = 0
        for intent_name, intent_samples in samples.items():
            intent = model.intents[intent_name]
            seen: set[str] = set()
            for sample in intent_samples:
                template = self._compile(intent.name, intent.slots, sample, order, allow_unknown_values)
                if template is None or template.sample in seen:
                    continue
                seen.add(template.sample)
                order += 1
                if template.slot_count:
                    self._slotted.append(template)
                else:
                    self._literal_only.setdefault(" ".join(template.elements), []).append(template)  # type: ignore[arg-type]
                if template.admits_unknown:
                    self._unknown_capable.append(template)

    def exact(
        self, tokens: list[str], hints: tuple[str, ...], accept: Callable[[Candidate], bool] | None = None
    ) -> Candidate | None:
        """The best template matching all of `tokens` with known values (or only literal words), among those
        `accept` takes."""
        words_only = [token for token in tokens if token != ","]
        token_set = frozenset(words_only)
        memo: dict[object, list[Span]] = {}
        found = [
            Candidate(template, Parse(0, len(tokens), ()), FULL_MATCH_CONFIDENCE)
            for template in self._literal_only.get(" ".join(words_only), ())
        ]
        for template in self._slotted:
            if template.literal_words <= token_set:
                for parse in full_parses(template, tokens, False, memo):
                    confidence = FULL_MATCH_CONFIDENCE if template.literal_count else BARE_SLOT_CONFIDENCE
                    found.append(Candidate(template, parse, confidence))
        if accept is not None:
            found = [candidate for candidate in found if accept(candidate)]
        return max(found, key=lambda candidate: rank(candidate, tokens, hints)) if found else None

    def with_unknown_values(
        self, tokens: list[str], hints: tuple[str, ...], plausible: Callable[[list[list[str]]], bool]
    ) -> Candidate | None:
        """The best template matching all of `tokens` with words no value matches in a slot, when
        `plausible` accepts those unmatched values (a list of word lists)."""
        token_set = frozenset(tokens)
        memo: dict[object, list[Span]] = {}
        found = []
        for template in self._unknown_capable:
            if template.literal_words <= token_set:
                parse = next(iter(full_parses(template, tokens, True, memo)), None)
                if parse is not None and plausible(parse.unmatched(tokens)):
                    found.append(Candidate(template, parse, UNKNOWN_VALUE_CONFIDENCE))
        return max(found, key=lambda candidate: rank(candidate, tokens, hints)) if found else None

    @staticmethod
    def resolution(candidate: Candidate, tokens: list[str], text: str) -> Resolution:
        """The Resolution a matched template gives."""
        slots: dict[str, list[ResolvedSlot]] = {}
        for ref, span, _start in candidate.parse.slots:
            values = [ref.kind.resolve(" ".join(tokens[s:e])) for s, e in span.items]
            slots[ref.slot.name] = distinct(values)
        return Resolution(
            intent=candidate.template.intent,
            slots=slots,
            confidence=candidate.confidence,
            text=text,
            sample=candidate.template.sample,
        )

    def _compile(
        self, intent: str, slots: dict[str, SlotDecl], sample: str, order: int, allow_unknown_values: bool
    ) -> Template | None:
        elements: list[str | SlotRef] = []
        for position, piece in enumerate(SLOT_REFERENCE.split(sample)):
            if position % 2 == 0:
                elements.extend(word for word in normalize(piece).split() if word != ",")
                continue
            slot = slots.get(piece)
            if slot is None:
                where = self.model.path or Path("<memory>")
                raise InteractionModelError(where, f"sample {sample!r} of {intent} uses undeclared slot {piece!r}")
            elements.append(SlotRef(slot, self._kind(slot)))
        if not elements:
            return None
        literal_words = [element for element in elements if isinstance(element, str)]
        slot_refs = [element for element in elements if isinstance(element, SlotRef)]
        has_custom_slot = any(ref.kind.has_values for ref in slot_refs)
        return Template(
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

    def _kind(self, slot: SlotDecl) -> SlotKind:
        key = (slot.type, slot.multiple)
        if key not in self._kinds:
            self._kinds[key] = SlotKind(slot.type, slot.multiple, self.model.slot_types.get(slot.type), self._today,
                                          self._calendar)
        return self._kinds[key]


def _hint_affinity(intent: str, hints: tuple[str, ...]) -> int:
    return len(hints) - hints.index(intent) if intent in hints else 0


def rank(
    candidate: Candidate, tokens: list[str], hints: tuple[str, ...]
) -> tuple[int, int, int, int, int, int]:
    template = candidate.template
    return (
        not template.slot_count,  # the utterance is a sample word for word: what the model's author meant
        candidate.parse.value_words(tokens),
        template.literal_count,
        _hint_affinity(template.intent, hints),
        -template.slot_count,
        -template.order,
    )


def _parses(
    template: Template,
    tokens: list[str],
    start: int,
    admit_unknown: bool,
    memo: dict[object, list[Span]],
) -> Iterator[Parse]:
    """Every way `template` matches tokens from `start` on, longest slot spans first."""

    def walk(index: int, position: int, filled: tuple[tuple[SlotRef, Span, int], ...]) -> Iterator[Parse]:
        if index == len(template.elements):
            yield Parse(start, position, filled)
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


def full_parses(
    template: Template, tokens: list[str], admit_unknown: bool, memo: dict[object, list[Span]]
) -> Iterator[Parse]:
    return (parse for parse in _parses(template, tokens, 0, admit_unknown, memo) if parse.end == len(tokens))

"""A JSGF grammar for offline recognition, generated from the interaction model.

Everything the skill can understand is a sample utterance of an intent, with slot references filled by the
slot type's values and synonyms; the recogniser listens for exactly those sentences, which makes a small
offline recogniser (pocketsphinx) accurate on them. The grammar has:

- every intent's samples (lower-cased, spelled letters "a. l. s." as the words "a l s"), with `{slot}`
  references pointing to one rule per slot type (names and synonyms);
- the samples Alexa's built-in intents understand without any in the model (`BUILTIN_SAMPLES`);
- AMAZON.DURATION as spoken amounts and units ("three days", "a couple of weeks", "half an hour",
  "two or three days"); "ago" and "for" come from the samples around `{duration}`;
- the invocation ("open muscle twitch helper") and the words that leave a session ("stop", "exit").

Words missing from the pronunciation dictionary get a pronunciation from espeak-ng (its IPA mapped to the
CMU phones the acoustic model uses); an alternative with a word that still has none is dropped, and the
drops are counted in `Grammar.dropped` and logged.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from skill.local.dates import DATE_TYPE
from skill.local.durations import DURATION_TYPE
from skill.local.interaction_model import CONTEXT_SLOT_TYPES, Intent, InteractionModel, load_interaction_model
from skill.local.nlu.templates import SLOT_REFERENCE

__all__ = [
    "DURATION_RULE", "Grammar", "build_grammar", "dictionary_path", "espeak_pronunciations", "grammar_words",
    "load_dictionary", "phrase_words",
]  # fmt: skip

log = logging.getLogger(__name__)

DURATION_RULE = "duration"
_LAUNCH_VERBS = ("open", "launch", "start", "begin", "talk to", "use")
_EXIT_PHRASES = ("exit", "quit", "stop", "cancel")

# AMAZON.DURATION, as people say it.
_SMALL_NUMBERS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "ninety",
)  # fmt: skip
_VAGUE = ("a few", "a couple of", "a couple", "couple of", "several", "a handful of", "few", "many")
_UNITS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year")
_DURATION_EXTRAS = (
    "half an hour", "half a day", "a day and a half", "a week and a half", "a month and a half",
    "a year and a half", "an hour and a half", "a week or two", "a day or two", "a month or two", "a year or two",
    "a few weeks or so", "yesterday", "since yesterday", "today", "since this morning", "this morning",
    "last night", "since last night", "last week", "since last week", "last month", "since last month",
    "last year", "since last year", "the day before yesterday", "since the day before yesterday", "ages",
    "a long time", "a while", "a little while",
)  # fmt: skip


@dataclass(frozen=True)
class Grammar:
    """A generated grammar: its JSGF text and what went into it."""

    jsgf: str
    fsg: str  # the same sentences as a minimal finite-state network (pocketsphinx FSG text format)
    words: frozenset[str]  # every word the grammar uses (all have a pronunciation)
    pronunciations: Mapping[str, tuple[str, ...]]  # for the words not in the dictionary: generated phones
    phrases: int  # alternatives kept (samples, slot values, duration phrases, invocation phrases)
    dropped: Mapping[str, int] = field(default_factory=dict)  # word without pronunciation -> alternatives dropped
    rule: str = "utterance"  # the public rule
    states: int = 0  # of the FSG
    transitions: int = 0  # of the FSG

    @property
    def dropped_phrases(self) -> int:
        return sum(self.dropped.values())

    def accepts(self, words: Iterable[str]) -> bool:
        """Whether `words` are a whole sentence of the grammar (the decoder may return a partial path)."""
        arcs = _arcs(self.fsg)
        current = {0}
        for word in words:
            current = {target for state in current for target in arcs.get((state, word), ())}
            if not current:
                return False
        return 1 in current


def dictionary_path() -> Path:
    """The CMU pronunciation dictionary that ships in the pocketsphinx wheel."""
    import pocketsphinx

    return Path(pocketsphinx.get_model_path("en-us/cmudict-en-us.dict"))


@lru_cache(maxsize=2)
def load_dictionary(path: Path | None = None) -> dict[str, tuple[str, ...]]:
    """word -> the dictionary lines' pronunciations ("eh l", ...), alternatives as "word(2)" merged in order."""
    entries: dict[str, list[str]] = {}
    with open(path or dictionary_path(), encoding="utf-8") as lines:
        for line in lines:
            word, _, phones = line.strip().partition(" ")
            if not phones:
                continue
            base = re.sub(r"\(\d+\)$", "", word)
            entries.setdefault(base, []).append(phones.strip())
    return {word: tuple(phones) for word, phones in entries.items()}


def phrase_words(text: str) -> list[str]:
    """The words of a sample or value as the recogniser's dictionary spells them.

    Lower case; spelled letters ("a. l. s.") become single-letter words; hyphens are spaces; other
    punctuation goes. Slot references (`{bodyPart}`) are kept whole.
    """
    words: list[str] = []
    for part in re.split(r"(\{[^}]+\})", text):
        if part.startswith("{"):
            words.append(part)
            continue
        part = part.lower().replace("-", " ").replace("\u2019", "'")
        part = re.sub(r"\b([a-z])\.", r"\1 ", part)  # a. l. s. -> a l s
        words += re.findall(r"[a-z0-9]+(?:'[a-z]+)*", part)
    return words


def grammar_words(grammar: Grammar) -> list[str]:
    """The grammar's words, sorted (for a dictionary file)."""
    return sorted(grammar.words)


def build_grammar(
    model: InteractionModel | None = None,
    *,
    dictionary: Mapping[str, tuple[str, ...]] | None = None,
    generate_pronunciations: bool = True,
) -> Grammar:
    """The grammar for `model` (default: the skill's en-US model)."""
    from skill.local.resolver import BUILTIN_SAMPLES

    model = model or load_interaction_model()
    known = dictionary if dictionary is not None else load_dictionary()

    # Every phrase first, to find the words without a pronunciation in one espeak-ng call.
    type_phrases: dict[str, list[list[str]]] = {}
    for slot_type in model.slot_types.values():
        type_phrases[slot_type.name] = [
            words
            for value in slot_type.values
            for text in (value.name, *value.synonyms)
            if len(words := phrase_words(text)) <= _MAX_VALUE_WORDS.get(slot_type.name, _MAX_OTHER_VALUE_WORDS)
        ]
    intent_samples: dict[str, list[list[str]]] = {}
    for intent in model.intents.values():
        samples = [*intent.samples, *BUILTIN_SAMPLES.get(intent.name, ())]
        intent_samples[intent.name] = [
            phrase_words(sample) for sample in samples if not _has_companion_slot(sample, intent)
        ]
    invocation = phrase_words(model.invocation_name)
    fixed = [
        *([*phrase_words(verb), *invocation] for verb in _LAUNCH_VERBS),
        invocation,
        *(phrase_words(phrase) for phrase in _EXIT_PHRASES),
    ]
    duration = _duration_phrases()

    every_word = {
        word
        for phrases in (*type_phrases.values(), *intent_samples.values(), fixed, duration)
        for phrase in phrases
        for word in phrase
        if not word.startswith("{")
    }
    missing = sorted(word for word in every_word if word not in known)
    generated = espeak_pronunciations(missing) if generate_pronunciations and missing else {}
    speakable = set(known) | set(generated)
    dropped: Counter[str] = Counter()

    def usable(phrase: list[str]) -> bool:
        absent = [word for word in phrase if not word.startswith("{") and word not in speakable]
        dropped.update(absent[:1])
        return bool(phrase) and not absent

    rules: dict[str, list[str]] = {}
    for name, phrases in type_phrases.items():
        rules[_type_rule(name)] = _alternatives(phrase for phrase in phrases if usable(phrase))
    rules[DURATION_RULE] = _alternatives(phrase for phrase in duration if usable(phrase))

    top: list[str] = []
    for intent in model.intents.values():
        kept = []
        for phrase in intent_samples[intent.name]:
            expanded = _with_rules(phrase, intent, rules)
            if expanded is not None and usable(phrase):
                kept.append(expanded)
        if kept:
            rule = _intent_rule(intent.name)
            rules[rule] = list(dict.fromkeys(kept))
            top.append(f"<{rule}>")
    rules["invocation"] = _alternatives(phrase for phrase in fixed if usable(phrase))
    top.append("<invocation>")

    used_rules = {name for name, body in rules.items() if body}
    lines = ["#JSGF V1.0;", "grammar skill;", f"public <utterance> = {' | '.join(top)};"]
    for name, body in rules.items():
        if name in used_rules:
            lines.append(f"<{name}> = {' | '.join(body)};")
    jsgf = "\n".join(lines) + "\n"

    words = {word for word in every_word if word in speakable}
    if dropped:
        log.info(
            "grammar: %d alternatives dropped for %d words without a pronunciation (%s)",
            sum(dropped.values()), len(dropped), ", ".join(sorted(dropped)),
        )  # fmt: skip
    phrases = sum(len(body) for body in rules.values()) - len(top)
    sentences = [
        alternative.split() for name, body in rules.items() if name.startswith("intent_") for alternative in body
    ]
    sentences += [alternative.split() for alternative in rules["invocation"]]
    slots = {
        name: [phrase.split() for phrase in body] for name, body in rules.items() if not name.startswith("intent_")
    }
    fsg, states, transitions = finite_state_grammar(sentences, slots)
    # Only the words the network uses: a slot type heard only through samples left out brings none.
    words &= {line.split()[4] for line in fsg.splitlines() if line.startswith("TRANSITION")}
    return Grammar(
        jsgf=jsgf,
        fsg=fsg,
        states=states,
        transitions=transitions,
        words=frozenset(words),
        pronunciations={word: phones for word, phones in generated.items() if word in words},
        phrases=phrases,
        dropped=dict(dropped),
    )


# Slots that only ride along with the facts ("yeah {symptom}", "my {person} {bodyPart}", "no {deniedSymptom}",
# "sorry i meant my {bodyPart}"): a grammar listing every combination grows past what a small recogniser searches
# in time, and the facts themselves are heard through the samples without them.
# Longer lay descriptions ("can't get a breath in", "food goes down the wrong way") are for the free-speech path:
# inlined at every sample that takes the slot, they doubled the network and its load time. (Symptoms have the
# most of them; "every now and then" is a frequency of four words.)
_MAX_VALUE_WORDS = {"SYMPTOM": 3}
_MAX_OTHER_VALUE_WORDS = 4
_COMPANION_TYPES = CONTEXT_SLOT_TYPES | {DATE_TYPE}
_COMPANION_INTENTS = frozenset({"CorrectionIntent", "ExplainIntent"})


def _has_companion_slot(sample: str, intent: Intent) -> bool:
    """Whether a sample carries a companion slot (or is a correction or question back that carries any slot)."""
    slots = [intent.slots.get(name) for name in SLOT_REFERENCE.findall(sample)]
    if slots and intent.name in _COMPANION_INTENTS:
        return True
    return any(slot is not None and (slot.type in _COMPANION_TYPES or slot.name.startswith("denied"))
               for slot in slots)


def _type_rule(slot_type: str) -> str:
    return "type_" + re.sub(r"\W", "_", slot_type)


def _intent_rule(intent: str) -> str:
    return "intent_" + re.sub(r"\W", "_", intent)


def _alternatives(phrases: Iterable[list[str]]) -> list[str]:
    return list(dict.fromkeys(" ".join(phrase) for phrase in phrases if phrase))


def _with_rules(phrase: list[str], intent, rules: dict[str, list[str]]) -> str | None:
    """The sample as JSGF: slot references become rule references; None when a slot's type has no rule."""
    parts = []
    for word in phrase:
        if not word.startswith("{"):
            parts.append(word)
            continue
        slot = intent.slots.get(word[1:-1])
        if slot is None:
            return None
        rule = DURATION_RULE if slot.type == DURATION_TYPE else _type_rule(slot.type)
        if not rules.get(rule):
            return None
        parts.append(f"<{rule}>")
    return " ".join(parts) if parts else None


def _duration_phrases() -> list[list[str]]:
    """Spoken durations: "a day", "three days", "a couple of weeks", "two or three days", "half an hour"."""
    phrases: list[str] = []
    for unit in _UNITS:
        plural = unit + "s"
        article = "an" if unit == "hour" else "a"
        phrases += [f"{article} {unit}", f"one {unit}", f"{article} {unit} or so", f"{article} {unit} or two"]
        for number in _SMALL_NUMBERS:
            phrases += [f"{number} {plural}"]
        for low, high in zip(("one", *_SMALL_NUMBERS[:8]), _SMALL_NUMBERS[:9], strict=True):
            phrases.append(f"{low} or {high} {plural}")
        phrases += [f"{vague} {plural}" for vague in _VAGUE]
        phrases += [f"{plural}", f"a few {plural} or so", f"a couple of {plural} or so"]
    phrases += _DURATION_EXTRAS
    return [phrase.split() for phrase in dict.fromkeys(phrases)]


# -- pronunciations for words the dictionary lacks --------------------------------------------------

# espeak-ng IPA -> CMU (ARPAbet) phones, longest symbols first.
_IPA_TO_CMU = {
    "tʃ": "CH", "dʒ": "JH", "aɪ": "AY", "aʊ": "AW", "eɪ": "EY", "oʊ": "OW", "ɔɪ": "OY", "əʊ": "OW",
    "ɜː": "ER", "ɜ": "ER", "ɚ": "ER", "ɝ": "ER", "ə": "AH", "ɐ": "AH", "ʌ": "AH", "æ": "AE", "ɑ": "AA",
    "ɒ": "AA", "ɔ": "AO", "ɛ": "EH", "e": "EH", "ɪ": "IH", "ᵻ": "IH", "i": "IY", "ʊ": "UH", "u": "UW",
    "o": "OW", "a": "AE", "b": "B", "p": "P", "t": "T", "d": "D", "k": "K", "ɡ": "G", "g": "G", "f": "F",
    "v": "V", "θ": "TH", "ð": "DH", "s": "S", "z": "Z", "ʃ": "SH", "ʒ": "ZH", "h": "HH", "m": "M", "n": "N",
    "ŋ": "NG", "l": "L", "ɫ": "L", "ɹ": "R", "r": "R", "j": "Y", "w": "W", "ɾ": "T", "ʔ": "T", "x": "HH",
}  # fmt: skip
_IPA_IGNORED = set("ˈˌːˑ‿.-̩ ")
_IPA_SYMBOLS = sorted(_IPA_TO_CMU, key=len, reverse=True)


def espeak_pronunciations(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """CMU-phone pronunciations ("S P AE Z AH M IH NG") for `words`, from espeak-ng; {} without espeak-ng."""
    words = list(words)
    executable = shutil.which("espeak-ng") or shutil.which("espeak")
    if not words or executable is None:
        return {}
    try:
        result = subprocess.run(
            [executable, "-q", "--ipa", "-v", "en-us"],
            input="\n".join(words) + "\n",
            capture_output=True, text=True, timeout=30, check=True,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError) as error:
        log.warning("espeak-ng failed, words without pronunciation are dropped: %s", error)
        return {}
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if len(lines) != len(words):
        log.warning("espeak-ng gave %d lines for %d words; words without pronunciation dropped", len(lines), len(words))
        return {}
    pronunciations = {}
    for word, ipa in zip(words, lines, strict=True):
        phones = ipa_to_cmu(ipa)
        if phones:
            pronunciations[word] = (" ".join(phones),)
    return pronunciations


def ipa_to_cmu(ipa: str) -> list[str] | None:
    """espeak-ng IPA as CMU phones; None when a symbol has no mapping."""
    phones: list[str] = []
    index = 0
    while index < len(ipa):
        if ipa[index] in _IPA_IGNORED:
            index += 1
            continue
        for symbol in _IPA_SYMBOLS:
            if ipa.startswith(symbol, index):
                phones.append(_IPA_TO_CMU[symbol])
                index += len(symbol)
                break
        else:
            return None
    return phones or None


# -- the grammar as a compact finite-state network ---------------------------------------------------


@dataclass
class _Automaton:
    """A minimal acyclic automaton over token sequences: per state its edges (token -> state) and acceptance."""

    edges: list[dict[str, int]]
    accepting: list[bool]
    start: int


def minimal_automaton(sequences: Iterable[Iterable[str]]) -> _Automaton:
    """The smallest deterministic automaton accepting exactly `sequences` (a trie, then equal suffixes merged).

    Every state's id is smaller than the ids of the states leading to it, so descending ids are a
    topological order.
    """
    trie: list[dict[str, int]] = [{}]
    accepting = [False]
    for sequence in sequences:
        state = 0
        for token in sequence:
            following = trie[state].get(token)
            if following is None:
                following = len(trie)
                trie.append({})
                accepting.append(False)
                trie[state][token] = following
            state = following
        accepting[state] = True
    canonical: dict[tuple[bool, tuple[tuple[str, int], ...]], int] = {}
    renamed = [0] * len(trie)
    edges: list[dict[str, int]] = []
    final: list[bool] = []
    for state in reversed(range(len(trie))):  # a trie's children come after their parent
        signature = (accepting[state], tuple(sorted((token, renamed[child]) for token, child in trie[state].items())))
        if signature not in canonical:
            canonical[signature] = len(edges)
            edges.append(dict(signature[1]))
            final.append(signature[0])
        renamed[state] = canonical[signature]
    return _Automaton(edges, final, renamed[0])


class _FsgWriter:
    def __init__(self) -> None:
        self.states = 2  # 0 start, 1 final
        self.transitions: list[tuple[int, int, float, str | None]] = []

    def new_state(self) -> int:
        self.states += 1
        return self.states - 1

    def inline(
        self,
        automaton: _Automaton,
        entry: int,
        exits: tuple[int, ...],
        slots: Mapping[str, _Automaton],
        entry_weight: float = 1.0,
    ) -> None:
        """Copy `automaton` from the network state `entry` to each of `exits`; slot tokens inline their automaton.

        No null transitions: a word that ends a sentence (or a slot value) that could also go on has a
        transition to the exits as well as to its next state, so the decoder never has to follow an empty
        arc (pocketsphinx prunes those paths badly).
        """
        states = {automaton.start: entry}
        for state in sorted(_reachable(automaton), reverse=True):
            edges = automaton.edges[state]
            if not edges:
                continue  # the end: the exits
            here = states[state]
            weight = (entry_weight if state == automaton.start else 1.0) / len(edges)
            for token, following in edges.items():
                targets: tuple[int, ...] = ()
                if automaton.edges[following]:
                    if following not in states:
                        states[following] = self.new_state()
                    targets = (states[following],)
                if automaton.accepting[following]:
                    targets += exits
                slot = slots.get(token)
                if slot is not None:
                    self.inline(slot, here, targets, {}, weight)
                else:
                    for target in targets:
                        self.transitions.append((here, target, weight, token))

    def text(self, name: str) -> str:
        lines = [f"FSG_BEGIN {name}", f"NUM_STATES {self.states}", "START_STATE 0", "FINAL_STATE 1"]
        for source, target, probability, word in self.transitions:
            lines.append(f"TRANSITION {source} {target} {probability:.6g}" + (f" {word}" if word else ""))
        lines.append("FSG_END")
        return "\n".join(lines) + "\n"


def _reachable(automaton: _Automaton) -> set[int]:
    seen = {automaton.start}
    stack = [automaton.start]
    while stack:
        for following in automaton.edges[stack.pop()].values():
            if following not in seen:
                seen.add(following)
                stack.append(following)
    return seen


def finite_state_grammar(
    sentences: Iterable[list[str]], slots: Mapping[str, Iterable[list[str]]]
) -> tuple[str, int, int]:
    """(FSG text, states, transitions) for `sentences` whose `<rule>` tokens stand for the phrases in `slots`."""
    slot_automata = {f"<{name}>": minimal_automaton(phrases) for name, phrases in slots.items()}
    writer = _FsgWriter()
    writer.inline(minimal_automaton(sentences), 0, (1,), slot_automata)
    return writer.text("skill"), writer.states, len(writer.transitions)


@lru_cache(maxsize=4)
def _arcs(fsg: str) -> dict[tuple[int, str], tuple[int, ...]]:
    """(state, word) -> next states, from FSG text (start state 0, final state 1, no null arcs)."""
    arcs: dict[tuple[int, str], list[int]] = {}
    for line in fsg.splitlines():
        parts = line.split()
        if len(parts) == 5 and parts[0] == "TRANSITION":
            arcs.setdefault((int(parts[1]), parts[4]), []).append(int(parts[2]))
    return {key: tuple(targets) for key, targets in arcs.items()}

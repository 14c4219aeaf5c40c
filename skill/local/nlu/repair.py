"""Disfluencies: restarts ("my eye, no wait, my calf"), repeated words ("my my calf") and cut-off words ("ca- calf").

A restart has three parts: what was said by mistake (the reparandum), an editing term ("no wait", "i mean",
"sorry") and the repair. The editing term is easy to spot; where the reparandum starts is found from the repair:

- the repair restarts with a word said just before ("*my* eye, no wait, *my* calf"): delete from there;
- or the repair's first slot value has the type of a value said before it ("alcohol, i mean energy drinks"):
  delete from that value.

Both are general rules about how people correct themselves; nothing depends on the words of the domain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from skill.local.dates import DATE_TYPE
from skill.local.durations import DURATION_TYPE
from skill.local.nlu.gazetteer import Match
from skill.local.nlu.text import EDIT, FILLER_WORDS, Token, a_filler_phrase_at

# Editing terms, longest first. "no" alone is an answer, not an editing term; "sorry" alone can be ("sorry,
# what?" is caught earlier, as an exact sample).
EDIT_TERMS: tuple[tuple[str, ...], ...] = tuple(
    sorted(
        (
            tuple(term.split())
            for term in (
                "no wait", "wait no", "no sorry", "sorry no", "no actually", "actually no", "oh no wait",
                "i mean", "i meant", "or rather", "scratch that", "let me rephrase", "correction", "wait",
                "sorry", "my bad", "my mistake", "no no wait", "hang on no", "i tell a lie", "let me correct that",
                "no i mean",
                # ("couple o' weeks... nah hang on, that's wrong, it started ... August": round 198; two terms in a
                # row are one edit)
                "no hang on", "nah hang on", "that is wrong", "that was wrong",
            )
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_OPENING_HEDGE = ("i", "mean")
_REPAIR_REACH = 6  # the repair's slot value starts within this many words ("it's only been since saturday")
_RESTART_REACH = 8  # how far back the restarted word is looked for
_DETERMINERS = frozenset({"my", "the", "a", "an", "your", "both", "not"})  # "not my hand, i meant my foot"


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:  # longest first, as given
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}


_EDIT_TERMS_BY_FIRST = _by_first_word(EDIT_TERMS)


_PhraseIndex = dict[str, tuple[tuple[str, ...], ...]]


def _phrase_at(words: list[str], position: int, index: _PhraseIndex) -> tuple[str, ...] | None:
    for phrase in index.get(words[position], ()):
        if tuple(words[position : position + len(phrase)]) == phrase:
            return phrase
    return None


def mark_edits(sequence: Sequence[Token]) -> list[Token]:
    """`sequence` with each editing term (and the pauses around it) replaced by one `EDIT` token."""
    words = [token.word for token in sequence]
    result: list[Token] = []
    position = 0
    while position < len(sequence):
        term = _phrase_at(words, position, _EDIT_TERMS_BY_FIRST)
        if term is None:
            result.append(sequence[position])
            position += 1
            continue
        if position == 0 and term == _OPENING_HEDGE:
            # "I mean, maybe, we've been trying and I'm a few days late": a hedge that opens an answer, with nothing
            # before it to put right ("I meant four days" and "no, I mean my calf" still do)
            position += len(term)
            while position < len(sequence) and words[position] == ",":
                position += 1
            continue
        while result and result[-1].word in (",", EDIT):
            result.pop()
        result.append(Token(EDIT, EDIT, sequence[position].source))
        position += len(term)
        if term[-1] == "no" and position < len(sequence) and words[position] != ",":
            position -= 1  # "actually no weakness": the "no" denies what follows; it stays
            continue
        while position < len(sequence) and words[position] == ",":
            position += 1
    return result


def drop_fillers(sequence: Sequence[Token]) -> list[Token]:
    """`sequence` without fillers ("um", "you know"), as `skill.local.nlu.text.drop_filler_words` does for words."""
    words = [token.word for token in sequence]
    kept: list[Token] = []
    position = 0
    while position < len(sequence):
        phrase = a_filler_phrase_at(words, position)
        if phrase is not None:
            position += len(phrase)
            continue
        if words[position] not in FILLER_WORDS and not _tag_particle(words, position):
            kept.append(sequence[position])
        position += 1
    return tidy(kept)


def _tag_particle(words: Sequence[str], position: int) -> bool:
    """A "na" that ends a sentence without a pause before it is a tag ("my period is late like two weeks na", in
    Indian and Filipino English), not the "na" that means no ("na, nothing like that")."""
    return words[position] == "na" and position == len(words) - 1 and position > 0 and words[position - 1] != ","


def tidy(sequence: Sequence[Token]) -> list[Token]:
    """No comma first, last, twice in a row, or next to an editing term."""
    result: list[Token] = []
    for token in sequence:
        if token.word == "," and (not result or result[-1].word in (",", EDIT)):
            continue
        if token.word == EDIT and result and result[-1].word == ",":
            result.pop()
        result.append(token)
    while result and result[-1].word == ",":
        result.pop()
    return result


# Words said twice on purpose: "he passed out out of nowhere" (a faint, then how it came: collapsed, the faint had
# been lost to "out of nowhere"), "she had had a fit".
_MEANT_TWICE = frozenset({"out", "had"})


def collapse_repeats(sequence: Sequence[Token]) -> list[Token]:
    """Words and word pairs said twice in a row once ("my my calf", "my, my foot", "it's it's")."""
    result = list(sequence)
    changed = True
    while changed:
        changed = False
        for size in (2, 1):
            for start in range(len(result) - size):
                first = [token.lemma for token in result[start : start + size]]
                after = start + size
                if after < len(result) and result[after].word == "," and size == 1:
                    after += 1
                second = [token.lemma for token in result[after : after + size]]
                # (Across a comma, the same word said again: "dose doubled, double vision started today" is two
                # things, not a word restarted.)
                again = after == start + size or result[start].word == result[after].word
                if first == second and again and first[0] not in (",", EDIT) and not (
                        size == 1 and first[0] in _MEANT_TWICE):
                    del result[start:after]
                    changed = True
                    break
            if changed:
                break
    return result


_GOING_OUT = frozenset({"pass", "black", "conk"})
_SUDDEN_AFTER_OUT = (("of", "the", "blue"), ("of", "nowhere"))


def with_shared_out_said_twice(sequence: Sequence[Token]) -> list[Token]:
    """"He passed out of the blue": one "out" heard for two ("passed out" and "out of the blue"), said again, so the
    faint and how it came are both read (the faint had been lost to the suddenness)."""
    result = list(sequence)
    for at in range(len(result) - 3, 0, -1):
        if result[at].word == "out" and result[at - 1].lemma in _GOING_OUT and any(
                tuple(token.word for token in result[at + 1 : at + 1 + len(rest)]) == rest
                for rest in _SUDDEN_AFTER_OUT):
            result.insert(at + 1, result[at])
    return result


def drop_fragments(sequence: Sequence[Token], known: Callable[[str], bool]) -> list[Token]:
    """Cut-off words ("ca- calf"): an unknown short word that the next word starts with."""
    result: list[Token] = []
    for position, token in enumerate(sequence):
        following = sequence[position + 1].word if position + 1 < len(sequence) else ""
        is_fragment = (
            token.word.isalpha()
            and len(token.word) < len(following)
            and following.startswith(token.word)
            and not known(token.lemma)
        )
        if not is_fragment:
            result.append(token)
    return result


# "A month, no sorry, since saturday": a length and a start date both say when it began.
_SAME_KIND = {DATE_TYPE: DURATION_TYPE}


def _kinds(match: Match) -> set[str]:
    return {_SAME_KIND.get(slot_type, slot_type) for slot_type in match.types}


def _said_before(matches: Sequence[Match], edit: int, value: Match) -> list[Match]:
    """The values of the same kind as `value` said before the editing term."""
    return [m for m in matches if m.end <= edit and _kinds(m) & _kinds(value)]


def apply_repair(sequence: Sequence[Token], matches: Sequence[Match]) -> list[Token] | None:
    """`sequence` with its first restart repaired (the reparandum and editing term deleted), or None if none."""
    words = [token.word for token in sequence]
    if EDIT not in words:
        return None
    edit = words.index(EDIT)
    repair = edit + 1
    starts: list[int] = []
    first_value = next((m for m in matches if repair <= m.start <= repair + _REPAIR_REACH), None)
    later_time = next((m for m in matches if repair <= m.start and _kinds(m) == {DURATION_TYPE}), None)
    earlier: list[Match] = []
    if first_value is not None:
        earlier = _said_before(matches, edit, first_value)
    elif later_time is not None:
        # ("Couple o' weeks... nah hang on, that's wrong, it started the week of the fair, so August": a time put
        # right further on than the reach, when a time was said before the edit: round 198.)
        earlier = _said_before(matches, edit, later_time)
        first_value = later_time if earlier else None
    if first_value is not None and not earlier:
        # A time put right further on ("a few days, no wait, she says it started her first week at school, so the
        # second of september"): the time is what was corrected, however long the way to it.
        first_value = later_time if later_time is not None else first_value
        earlier = _said_before(matches, edit, first_value)
    if earlier and first_value is not None:  # only a corrected value matters; otherwise just drop the editing term
        start = earlier[-1].start
        while start > 0 and words[start - 1] in _DETERMINERS:
            start -= 1
        if any(start <= m.start and m.end <= edit and not _kinds(m) & _kinds(first_value) for m in matches):
            # Something else said between the value and its correction stays said: "three days, she's
            # struggling to breathe, no wait, her mum says five days" takes back the three days, not the
            # breathing. Only the corrected value goes.
            kept = list(sequence[earlier[-1].end : edit])
            return tidy(list(sequence[:start]) + kept + [Token(",", ",", sequence[edit].source)]
                        + list(sequence[repair:]))
        starts.append(start)
        restart_word = sequence[repair].lemma
        for position in range(edit - 1, max(-1, edit - 1 - _RESTART_REACH), -1):
            if sequence[position].lemma == restart_word:
                starts.append(position)
                break
    if not starts:
        # Nothing to take back: the editing term was a pause, and stays one ("i'm not, no... sorry, my words are
        # coming out wrong": the "no" answers the question, it does not deny the words after the pause).
        pause = [Token(",", ",", sequence[edit].source)] if edit > 0 and repair < len(sequence) else []
        return tidy(list(sequence[:edit]) + pause + list(sequence[repair:]))
    return list(sequence[: min(starts)]) + list(sequence[repair:])

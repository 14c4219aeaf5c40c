"""The recogniser's grammar: what it holds, how it is compiled, and words without a pronunciation."""

from __future__ import annotations

import shutil

import pytest

from skill.local.interaction_model import parse_interaction_model
from skill.voice.grammar import (
    build_grammar,
    espeak_pronunciations,
    finite_state_grammar,
    ipa_to_cmu,
    load_dictionary,
    minimal_automaton,
    phrase_words,
)


@pytest.fixture(scope="module")
def grammar():
    return build_grammar()


@pytest.mark.parametrize(
    "sentence",
    [
        "open muscle twitch helper",
        "stop",
        "exit",
        "no",
        "yes",
        "my eyelid keeps twitching",
        "my calf keeps twitching",
        "my calf muscle keeps twitching",  # a value that is the start of a longer one
        "is it a l s",
        "three days",
        "two weeks ago",
        "a few seconds",
        "a couple of weeks",
        "my eyelid has been twitching for three weeks",
        "i've been drinking a lot of coffee",
        "it happens every now and then",
    ],
)
def test_the_grammar_holds_what_the_skill_understands(grammar, sentence):
    assert grammar.accepts(sentence.split())


@pytest.mark.parametrize(
    "sentence", ["what is the weather like", "my", "my calf keeps", "three", "stop stop", "my table keeps twitching"]
)
def test_the_grammar_holds_nothing_else(grammar, sentence):
    assert not grammar.accepts(sentence.split())


def test_every_word_has_a_pronunciation_and_the_network_has_no_empty_arcs(grammar):
    dictionary = load_dictionary()
    assert all(word in dictionary or word in grammar.pronunciations for word in grammar.words)
    arcs = [line.split() for line in grammar.fsg.splitlines() if line.startswith("TRANSITION")]
    assert arcs and all(len(arc) == 5 for arc in arcs)  # a word on every arc: pocketsphinx prunes empty ones badly
    assert {arc[4] for arc in arcs} == set(grammar.words)


def test_the_network_is_compact(grammar):
    # Each sample once, each slot's values shared between samples that begin alike: about 11k states.
    assert grammar.phrases > 1500
    assert grammar.states < 30_000
    assert grammar.transitions < 100_000


def test_phrase_words_are_lower_case_dictionary_words_with_letters_spelled():
    assert phrase_words("Is it A. L. S.?") == ["is", "it", "a", "l", "s"]
    assert phrase_words("my {bodyPart} won't stop") == ["my", "{bodyPart}", "won't", "stop"]
    assert phrase_words("non-stop") == ["non", "stop"]


def test_the_minimal_automaton_shares_equal_endings():
    automaton = minimal_automaton([["my", "calf", "twitches"], ["my", "eye", "twitches"]])
    assert len(automaton.edges) == 4  # start -my-> · -calf|eye-> · -twitches-> end; the trie has 6
    with_prefix = minimal_automaton([["my", "calf", "twitches"], ["my", "eye", "twitches"], ["my", "eye"]])
    assert len(with_prefix.edges) == 5  # after "eye" a sentence may end, after "calf" not: two states


def test_slots_are_inlined_per_context_so_no_sentence_is_invented():
    sentences = [["my", "<part>", "twitches"], ["<part>"], ["is", "it", "<part>"]]
    fsg, _, _ = finite_state_grammar(sentences, {"part": [["calf"], ["eye"], ["eye", "lid"]]})
    model = _Accepting(fsg)
    assert model.accepts("my eye lid twitches") and model.accepts("eye") and model.accepts("is it calf")
    assert not model.accepts("my eye") and not model.accepts("is it calf twitches")


class _Accepting:
    def __init__(self, fsg: str) -> None:
        from skill.voice.grammar import Grammar

        self.grammar = Grammar(jsgf="", fsg=fsg, words=frozenset(), pronunciations={}, phrases=0)

    def accepts(self, sentence: str) -> bool:
        return self.grammar.accepts(sentence.split())


def _tiny_model(value: str) -> object:
    return parse_interaction_model(
        {
            "interactionModel": {
                "languageModel": {
                    "invocationName": "muscle twitch helper",
                    "intents": [
                        {"name": "ReportTwitchIntent", "slots": [{"name": "bodyPart", "type": "BODY_PART"}],
                         "samples": ["my {bodyPart} keeps twitching", "my {bodyPart} keeps spasming"]},
                        {"name": "AMAZON.StopIntent", "samples": []},
                    ],
                    "types": [{"name": "BODY_PART", "values": [{"name": {"value": "calf", "synonyms": [value]}}]}],
                }
            }
        }
    )  # fmt: skip


def test_words_without_a_pronunciation_are_dropped_and_counted():
    grammar = build_grammar(_tiny_model("zzyzxq"), generate_pronunciations=False)
    assert grammar.dropped == {"spasming": 1, "zzyzxq": 1}
    assert grammar.accepts(["my", "calf", "keeps", "twitching"])
    assert not grammar.accepts(["my", "calf", "keeps", "spasming"])
    assert "zzyzxq" not in grammar.words


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_words_without_a_pronunciation_get_one_from_espeak():
    grammar = build_grammar(_tiny_model("trapezius"))
    assert grammar.dropped == {}
    assert grammar.accepts(["my", "calf", "keeps", "spasming"])
    assert grammar.pronunciations["spasming"] == ("S P AE Z AH M IH NG",)
    assert espeak_pronunciations(["vaping"]) == {"vaping": ("V EY P IH NG",)}


def test_ipa_maps_to_cmu_phones():
    assert ipa_to_cmu("tɹˈaɪsɛp") == ["T", "R", "AY", "S", "EH", "P"]
    assert ipa_to_cmu("ʃˈɪnz") == ["SH", "IH", "N", "Z"]
    assert ipa_to_cmu("ʘ") is None  # a click: no English phone

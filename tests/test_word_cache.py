"""The samples' words kept on disk between processes (skill/local/nlu/word_cache.py): the same resolver either
way, built from the file without working the words out again; a file from other code, of the wrong shape, or that
others can write is never used, and what a person says is never read from it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from skill.local.interaction_model import load_interaction_model
from skill.local.nlu import text, word_cache
from skill.local.nlu.word_cache import CACHE_ENV, cache_file
from skill.local.resolver import Resolver

MODEL = load_interaction_model(locale="en-US")
SAID = ("my eyelid keeps twitching", "no", "my left arm went numb an hour ago", "since the clocks went back",
        "nah, none of that, just tired", "my mum's calf has been jumping for three weeks")
# Texts of the model's, with the words the code makes of them, as a file holds them.
RIGHT = [[said, True, list(text.worked_out_words(said))] for said in (
    "eye lid", " keeps twitching", "my {bodyPart} is {symptom}", "pins and needles", "since {startDate}")]


class BuiltOnce(NamedTuple):
    readings: list[tuple[str, dict]]
    file: str
    made: dict[tuple[str, bool], tuple[str, ...]]


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> BuiltOnce:
    """A resolver built with nothing known (every text worked out, 8-15 s): its readings of SAID, the file it left,
    and the words the code made as it built, each text's. Built once for the tests that need a whole file."""
    worked_out = text.worked_out_words
    made: dict[tuple[str, bool], tuple[str, ...]] = {}

    def recorded(said: str, drop_fillers: bool = True) -> tuple[str, ...]:
        made[(said, drop_fillers)] = words = worked_out(said, drop_fillers)
        return words

    with pytest.MonkeyPatch.context() as patched:
        patched.setenv(CACHE_ENV, str(tmp_path_factory.mktemp("words")))
        patched.setattr(text, "worked_out_words", recorded)
        text.normal_words.cache_clear()
        readings = [(resolution.intent, resolution.slot_ids()) for resolution in map(Resolver(MODEL).resolve, SAID)]
        path = cache_file()
        assert path is not None
        kept = path.read_text(encoding="utf-8")
    text.normal_words.cache_clear()
    return BuiltOnce(readings, kept, made)


@pytest.fixture
def fresh_words(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """A cache folder of its own, and no words remembered in this process."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "words"))
    text.normal_words.cache_clear()
    yield tmp_path / "words"
    text.normal_words.cache_clear()


def _kept() -> list[list[object]]:
    path = cache_file()
    assert path is not None
    return json.loads(path.read_text(encoding="utf-8"))["words"]


def _keep(content: str, mode: int = 0o600) -> Path:
    path = cache_file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(content, encoding="utf-8")
    path.chmod(mode)
    return path


def test_the_file_holds_what_the_code_makes_and_a_second_build_works_next_to_nothing_out(
        built_once: BuiltOnce, fresh_words: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep(built_once.file)
    kept = _kept()
    assert len(kept) > 5000 and ["eye lid", True, ["eyelid"]] in kept
    assert all(built_once.made[(said, drop)] == tuple(found) for said, drop, found in kept)
    # A new process: nothing in memory; only the texts checked on reading the file are worked out again.
    text.normal_words.cache_clear()
    worked_out = text.worked_out_words
    calls: list[str] = []

    def counted(said: str, drop_fillers: bool = True) -> tuple[str, ...]:
        calls.append(said)
        return worked_out(said, drop_fillers)

    monkeypatch.setattr(text, "worked_out_words", counted)
    second = Resolver(MODEL)
    assert len(calls) <= word_cache._CHECKED, calls[:5]
    readings = [(resolution.intent, resolution.slot_ids()) for resolution in map(second.resolve, SAID)]
    assert readings == built_once.readings


def test_what_a_person_says_is_never_read_from_the_file(built_once: BuiltOnce, fresh_words: Path) -> None:
    _keep(built_once.file)
    said = "my husband can't breathe and his lips are blue"
    _keep(json.dumps({"words": [*_kept(), [said, True, ["my", "eyelid"]]]}))
    text.normal_words.cache_clear()
    resolution = Resolver(MODEL).resolve(said)
    assert "difficulty_breathing" in resolution.slot_ids().get("symptom", []), resolution.slot_ids()


def test_the_right_words_are_read_back(fresh_words: Path) -> None:
    path = _keep(json.dumps({"words": RIGHT}))
    assert word_cache._read(path) == {(said, drop): tuple(found) for said, drop, found in RIGHT}


@pytest.mark.parametrize("content", [
    "not json", "[]", '{"other": 1}', '{"words": [["only two", true]]}', '{"words": [[1]]}',
    '{"words": [["no", "false", "yes"]]}',  # (the right length, the wrong kinds: no words of "no")
    json.dumps({"words": [[said, drop, list(reversed(found))] for said, drop, found in RIGHT]}),  # other code's
])
def test_a_damaged_file_or_one_from_other_code_is_not_read(fresh_words: Path, content: str) -> None:
    assert word_cache._read(_keep(content)) == {}


def test_a_file_others_can_write_is_not_read(fresh_words: Path) -> None:
    assert word_cache._read(_keep(json.dumps({"words": RIGHT}), mode=0o666)) == {}


def test_a_folder_that_cannot_be_written_or_found_only_costs_time(monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way", encoding="utf-8")
    word_cache._write(blocked / "words" / "normal-words-x.json", {("eye lid", True): ("eyelid",)})
    assert list(tmp_path.iterdir()) == [blocked]  # (nothing written, no temporary file left behind)
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_file() is None
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def homeless() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", homeless)
    assert cache_file() is None

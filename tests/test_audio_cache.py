"""The audio cache: content-addressed, atomic, bounded by size with least-recently-used eviction."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from skill.voice.audio_cache import AudioCache, default_cache_dir, write_atomically


def _age(path: Path, seconds_ago: float) -> None:
    stamp = path.stat().st_mtime - seconds_ago
    os.utime(path, (stamp, stamp))


def test_the_name_is_a_hash_of_text_engine_voice_and_format(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    path = cache.path_for("Hello.", "espeak", "en-us", "wav")
    assert path.parent == tmp_path
    assert path.suffix == ".wav"
    assert len(path.stem) == 64 and int(path.stem, 16) >= 0
    others = {
        cache.path_for("Hello!", "espeak", "en-us", "wav"),
        cache.path_for("Hello.", "piper", "en-us", "wav"),
        cache.path_for("Hello.", "espeak", "en-gb", "wav"),
        cache.path_for("Hello.", "espeak", "en-us", "mp3").with_suffix(".wav"),
    }
    assert path not in others and len(others) == 4
    assert AudioCache(tmp_path / "elsewhere").path_for("Hello.", "espeak", "en-us", "wav").name == path.name


def test_put_then_get_round_trips_and_a_miss_is_none(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path / "audio")
    assert cache.get("Hi.", "espeak", "en-us", "wav") is None  # the folder does not even exist yet
    stored = cache.put("Hi.", "espeak", "en-us", "wav", b"RIFF-pretend-audio")
    assert stored.read_bytes() == b"RIFF-pretend-audio"
    assert cache.get("Hi.", "espeak", "en-us", "wav") == stored
    assert cache.get("Hi.", "espeak", "en-us", "mp3") is None
    assert [p.name for p in (tmp_path / "audio").iterdir()] == [stored.name]  # no temporary files left


def test_empty_audio_and_unknown_formats_are_refused(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    with pytest.raises(ValueError):
        cache.put("Hi.", "espeak", "en-us", "wav", b"")
    with pytest.raises(ValueError):
        cache.path_for("Hi.", "espeak", "en-us", "ogg")
    with pytest.raises(ValueError):
        AudioCache(tmp_path, max_bytes=0)
    zero = cache.path_for("Hi.", "espeak", "en-us", "wav")
    zero.write_bytes(b"")
    assert cache.get("Hi.", "espeak", "en-us", "wav") is None  # a 0-byte file is never a hit


def test_eviction_removes_the_least_recently_used_entries(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, max_bytes=2500)
    first = cache.put("one", "espeak", "en-us", "wav", b"1" * 1000)
    second = cache.put("two", "espeak", "en-us", "wav", b"2" * 1000)
    _age(first, 30)
    _age(second, 20)
    assert cache.get("one", "espeak", "en-us", "wav") == first  # a hit makes "one" the most recent
    third = cache.put("three", "espeak", "en-us", "wav", b"3" * 1000)
    assert not second.exists()
    assert first.exists() and third.exists()
    assert cache.size() == 2000 <= cache.max_bytes


def test_an_entry_larger_than_the_bound_is_kept_while_everything_older_goes(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path, max_bytes=1500)
    old = cache.put("old", "espeak", "en-us", "wav", b"o" * 1000)
    _age(old, 10)
    big = cache.put("big", "espeak", "en-us", "wav", b"b" * 2000)
    assert big.exists() and not old.exists()


def test_default_directory_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MTH_AUDIO_CACHE", str(tmp_path / "mine"))
    assert AudioCache().directory == tmp_path / "mine"
    monkeypatch.delenv("MTH_AUDIO_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "muscle-twitch-helper" / "audio"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "muscle-twitch-helper" / "audio"


def test_a_failed_atomic_write_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.wav"
    target.write_bytes(b"old")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomically(target, b"new audio")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]


def test_concurrent_writers_of_the_same_entry_leave_one_whole_file(tmp_path: Path) -> None:
    import threading

    cache = AudioCache(tmp_path)
    payload = b"A" * 200_000
    threads = [
        threading.Thread(target=cache.put, args=("same", "espeak", "en-us", "wav", payload)) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    entries = list(tmp_path.iterdir())
    assert len(entries) == 1 and entries[0].read_bytes() == payload

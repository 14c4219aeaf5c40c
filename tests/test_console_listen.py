"""POST /console/listen: a recording from the talk-to-it page, recognised by the server's own offline recogniser.

Speech is real: espeak-ng (`EspeakEngine`, its own 22.05 kHz WAV, and once at the 48 kHz a browser records at),
recognised by the recogniser `python -m skill listen` would pick (Whisper's packaged model, never a download, else
pocketsphinx). Refusals use a stand-in recogniser, which also proves they never reach recognition.
"""

from __future__ import annotations

import dataclasses
import random
import struct
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from skill.alexa.builder import build_skill
from skill.voice.recogniser_choice import choose_recogniser
from skill.voice.recognition import Recognition
from skill.web.app import WebSettings, create_app
from skill.web.console import MAX_LISTEN_BYTES, SERVER_RECOGNISER, ServerRecogniser, console_blueprint

SKILL = build_skill()
LAUNCH = "open muscle twitch helper"


def wav(samples: bytes, rate: int = 16_000, channels: int = 1, bits: int = 16, tag: int = 1) -> bytes:
    """A WAV file around raw sample bytes, with any header values (for the refusals)."""
    block = channels * bits // 8
    fmt = struct.pack("<HHIIHH", tag, channels, rate, rate * block, block, bits)
    return (
        b"RIFF"
        + struct.pack("<I", 4 + 8 + len(fmt) + 8 + len(samples))
        + b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data"
        + struct.pack("<I", len(samples))
        + samples
    )


def silence(seconds: float, rate: int = 16_000) -> bytes:
    return wav(b"\0\0" * int(seconds * rate), rate)


def post(client: FlaskClient, body: bytes, content_type: str = "audio/wav") -> Any:
    return client.post("/console/listen", data=body, content_type=content_type)


# -- refusals: never recognised, never a 5xx -------------------------------------------------------------------


class CountingRecogniser:
    """Stands in for Whisper: hears nothing, and counts how often it was built and asked."""

    def __init__(self, build_seconds: float = 0.0) -> None:
        self.built = 0
        self.heard = 0
        self.build_seconds = build_seconds

    def factory(self) -> tuple[str, Any]:
        self.built += 1
        time.sleep(self.build_seconds)
        return "stand-in", self

    def recognise(self, samples: Any) -> Recognition:
        self.heard += 1
        return Recognition("", 0.0, False, 0.0)


def app_with(factory: Callable[[], tuple[str, Any]]) -> Flask:
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = 256 * 1024 + 1  # the web service's limit for JSON bodies
    app.register_blueprint(console_blueprint(SKILL, recogniser=ServerRecogniser(factory)))
    return app


@pytest.fixture
def stand_in() -> CountingRecogniser:
    return CountingRecogniser()


@pytest.fixture
def client(stand_in: CountingRecogniser) -> FlaskClient:
    return app_with(stand_in.factory).test_client()


GARBAGE = random.Random(13).randbytes(4000)


@pytest.mark.parametrize(
    ("body", "content_type", "status", "reason"),
    [
        (b"", "audio/wav", 400, "empty"),
        (GARBAGE, "audio/wav", 415, "not a WAV file"),
        (b"RIFF\x24\x00\x00\x00WAVE", "audio/wav", 400, "no format or no data"),
        (wav(b""), "audio/wav", 400, "no audio"),
        (silence(1)[:30], "audio/wav", 400, "cut short"),
        (silence(1), "application/json", 415, "Content-Type: audio/wav"),
        (silence(1), "application/octet-stream", 415, "Content-Type: audio/wav"),
        (wav(b"\0" * 6400, channels=2), "audio/wav", 415, "2 channel(s)"),
        (wav(b"\x80" * 1600, bits=8), "audio/wav", 415, "8-bit"),
        (wav(b"\0" * 6400, bits=32, tag=3), "audio/wav", 415, "float"),
        (wav(b"\0" * 9600, rate=96_000), "audio/wav", 415, "96000 Hz"),
        (wav(b"\0" * 800, rate=4000), "audio/wav", 415, "4000 Hz"),
    ],
)
def test_what_is_not_a_short_16_bit_mono_wav_is_a_4xx_with_a_reason(
    client: FlaskClient, stand_in: CountingRecogniser, body: bytes, content_type: str, status: int, reason: str
) -> None:
    reply = post(client, body, content_type)
    assert reply.status_code == status, reply.get_json()
    assert reason in reply.get_json()["error"]
    assert stand_in.built == 0  # refused before the recogniser is even loaded


def test_over_30_seconds_or_the_byte_limit_is_413(client: FlaskClient, stand_in: CountingRecogniser) -> None:
    # 31 s at 8 kHz is small in bytes (under the byte limit): refused for its length.
    long_reply = post(client, silence(31, rate=8000))
    assert long_reply.status_code == 413 and "longer than 30 s" in long_reply.get_json()["error"]
    # Past the byte limit: refused from Content-Length, before the body is read.
    big_reply = post(client, wav(b"\0" * (MAX_LISTEN_BYTES + 2)))
    assert big_reply.status_code == 413
    # 29 s at 48 kHz is over the service's 256 KiB limit for JSON, and still accepted here.
    assert post(client, silence(29, rate=48_000)).status_code == 200
    assert stand_in.heard == 1


def test_damaged_headers_never_give_a_5xx(client: FlaskClient) -> None:
    good = silence(0.2, rate=44_100)
    generator = random.Random(7)
    statuses = set()
    for round_ in range(300):
        body = bytearray(good)
        if round_ % 3 == 0:
            for _ in range(generator.randint(1, 6)):
                body[generator.randrange(44)] = generator.randrange(256)
        elif round_ % 3 == 1:
            body = body[: generator.randrange(60)]
        else:
            at = generator.randrange(4, 44)
            body[at : at + 4] = struct.pack("<I", generator.choice([0, 1, 2**31 - 1, 2**32 - 1]))
        reply = post(client, bytes(body))
        statuses.add(reply.status_code)
        assert reply.status_code < 500, (bytes(body[:44]), reply.get_json())
    assert statuses >= {200, 400, 415}


def test_refused_cross_origin_and_absent_in_production(client: FlaskClient) -> None:
    cross_site = client.post(
        "/console/listen", data=silence(1), content_type="audio/wav", headers={"Origin": "http://evil.example"}
    )
    assert cross_site.status_code == 403
    production = create_app(WebSettings(skill_ids=("x",)), skill=SKILL).test_client()
    assert production.post("/console/listen", data=silence(1), content_type="audio/wav").status_code == 404


def test_the_recogniser_is_built_once_for_requests_at_the_same_time() -> None:
    slow = CountingRecogniser(build_seconds=0.3)
    app = app_with(slow.factory)
    statuses: list[int] = []

    def one_browser() -> None:
        statuses.append(post(app.test_client(), silence(0.5)).status_code)

    threads = [threading.Thread(target=one_browser) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert statuses == [200, 200, 200]
    assert slow.built == 1 and slow.heard == 3


def test_a_recogniser_that_cannot_load_is_503_and_not_tried_again() -> None:
    attempts = []

    def broken() -> tuple[str, Any]:
        attempts.append(1)
        raise ImportError("No module named 'faster_whisper'")

    client = app_with(broken).test_client()
    for _ in range(2):
        reply = post(client, silence(0.5))
        assert reply.status_code == 503
        assert "faster_whisper" in reply.get_json()["error"] and "browser recognition" in reply.get_json()["error"]
    assert len(attempts) == 1


def test_listen_and_the_page_pick_the_recogniser_with_one_function() -> None:
    from skill.voice import listen_command

    assert listen_command._choose_recogniser is choose_recogniser


# -- real speech, the server's own recogniser --------------------------------------------------------------------


def _why_no_recogniser() -> str | None:
    from skill.voice.engines import EspeakEngine

    if not EspeakEngine().available():
        return "espeak-ng is not installed (apt-get install espeak-ng): no speech to recognise"
    try:
        import numpy  # noqa: F401
    except ImportError:
        return "the voice extra is not installed (pip install '.[voice]')"
    if choose_recogniser() == "whisper":
        return None
    try:
        import pocketsphinx  # noqa: F401
    except ImportError:
        return "no offline recogniser is installed (pip install '.[whisper]' or '.[voice]')"
    return None


NO_RECOGNISER = _why_no_recogniser()
speech = pytest.mark.skipif(NO_RECOGNISER is not None, reason=str(NO_RECOGNISER))


def spoken(text: str, rate: int | None = None) -> bytes:
    """espeak-ng saying `text` as its own WAV (22.05 kHz), or resampled to `rate` as a browser would record it."""
    from skill.voice.audio_io import read_wav, resample, wav_bytes
    from skill.voice.engines import EspeakEngine

    said = EspeakEngine(words_per_minute=150).synthesize(text, timeout=30)
    if rate is None:
        return said
    samples = resample(read_wav(said).astype("float32") / 32768.0, 16_000, rate)
    return wav_bytes((samples * 32767).astype("int16"), rate)


@pytest.fixture(scope="module")
def real_app() -> Flask:
    # The app the dev server runs, with the process's shared recogniser (loaded on the first recording).
    return create_app(WebSettings(dev=True), skill=SKILL)


@pytest.fixture(autouse=True)
def offline_speech(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("MTH_TTS_ENGINES", "espeak")
    monkeypatch.setenv("MTH_AUDIO_CACHE", str(tmp_path / "audio"))


@speech
def test_a_spoken_report_is_answered_like_a_typed_one(real_app: Flask) -> None:
    client = real_app.test_client()
    welcome = client.post("/console/turn", json={"text": LAUNCH}).get_json()
    assert welcome["turn"]["intent"] == "LaunchRequest"

    started = time.perf_counter()
    reply = post(client, spoken("my eyelid keeps twitching"))
    first_seconds = time.perf_counter() - started  # includes loading the model
    assert reply.status_code == 200, reply.get_json()
    body = reply.get_json()
    assert body["recogniser"] == choose_recogniser()
    assert "eyelid" in body["heard"].lower() and body["recognition"]["accepted"] is True
    turn = body["turn"]
    assert turn["utterance"] == body["heard"]  # said exactly as typed text is
    assert turn["intent"] == "ReportTwitchIntent" and turn["slots"].get("bodyPart") == ["eyelid"]
    assert turn["pending_question"] == "emergency_screen"  # the next question: the safety check
    assert body["request"]["session"]["sessionId"] == welcome["request"]["session"]["sessionId"]
    assert body["audio_url"].startswith("/console/audio/") and body["session_restarted"] is False

    # The answer, recorded at the 48 kHz a browser uses, is heard with the question it was waiting on.
    started = time.perf_counter()
    answer = post(client, spoken("no", rate=48_000)).get_json()
    second_seconds = time.perf_counter() - started
    assert answer["turn"]["intent"] == "AMAZON.NoIntent", answer["heard"]
    assert answer["turn"]["pending_question"] == "emergency_screen_sudden"
    assert SERVER_RECOGNISER is real_app.blueprints["console"].recogniser  # type: ignore[attr-defined]
    print(f"first recording {first_seconds:.2f} s (with loading), second {second_seconds:.2f} s")


@speech
def test_silence_is_the_skills_didnt_catch_that_never_a_guess(real_app: Flask) -> None:
    client = real_app.test_client()
    client.post("/console/turn", json={"text": LAUNCH})
    reply = post(client, silence(1.5))
    assert reply.status_code == 200, reply.get_json()
    body = reply.get_json()
    assert body["heard"] == "" and body["recognition"]["accepted"] is False
    assert body["turn"]["intent"] == "AMAZON.FallbackIntent"
    assert "didn't catch that" in body["turn"]["speech"]


class ScriptedRecogniser:
    """Stands in for Whisper: 'hears' each scripted (text, unsure margin) in turn, as the voice loop's gate sees it."""

    def __init__(self, heard: list[tuple[str, float | None]]) -> None:
        self.heard = list(heard)

    def factory(self) -> tuple[str, Any]:
        return "stand-in", self

    def recognise(self, samples: Any) -> Recognition:
        text, margin = self.heard.pop(0)
        return Recognition(text, 0.9, bool(text), 0.0, unsure_margin=None if margin is None else (lambda: margin))


def test_a_doubtful_no_to_the_safety_check_is_asked_again_as_in_the_voice_loop() -> None:
    # "dunno" heard as "No." (margin 1.2) at the safety check is not taken; a clear "No." (margin 9.8) is.
    scripted = ScriptedRecogniser([("my eyelid keeps twitching", None), ("No.", 1.2), ("No.", 9.8)])
    client = app_with(scripted.factory).test_client()
    assert client.post("/console/turn", json={"text": LAUNCH}).status_code == 200
    assert post(client, silence(1)).get_json()["turn"]["pending_question"] == "emergency_screen"
    doubtful = post(client, silence(1)).get_json()
    assert doubtful["heard"] == "" and doubtful["turn"]["pending_question"] == "emergency_screen"
    assert doubtful["recognition"]["accepted"] is False
    clear = post(client, silence(1)).get_json()
    assert clear["heard"] == "No." and clear["turn"]["pending_question"] == "emergency_screen_sudden"


def test_what_only_the_second_model_understood_is_heard_as_in_the_voice_loop() -> None:
    # tiny.en's "I can blow my beard." is not understood; base's "I have no idea." is, and is what the skill hears.
    class WithSecondOpinion(ScriptedRecogniser):
        def recognise(self, samples: Any) -> Recognition:
            first = super().recognise(samples)
            second = Recognition("I have no idea.", 0.8, True, 0.0)
            return dataclasses.replace(first, second_opinion=lambda: second)

    scripted = WithSecondOpinion([("my eyelid keeps twitching", None), ("I can blow my beard.", None)])
    client = app_with(scripted.factory).test_client()
    assert client.post("/console/turn", json={"text": LAUNCH}).status_code == 200
    assert post(client, silence(1)).get_json()["turn"]["pending_question"] == "emergency_screen"
    unsure = post(client, silence(1)).get_json()
    assert unsure["second_opinion"] is True and unsure["heard"] == "I have no idea."
    assert unsure["turn"]["pending_question"] == "screen_breathing"  # not sure: the signs one at a time

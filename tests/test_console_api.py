"""The development console's HTTP API through Flask's test client: page, turns per browser, reset, audio, refusals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from skill.alexa.builder import build_skill
from skill.local.simulator import ChatSession
from skill.web.app import WebSettings, create_app
from skill.web.console import COOKIE_NAME, SessionStore

SKILL = build_skill()
LAUNCH = "open muscle twitch helper"


@pytest.fixture(autouse=True)
def offline_speech(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # espeak-ng only (offline), and a cache of our own so the tests neither use the network nor a shared cache.
    monkeypatch.setenv("MTH_TTS_ENGINES", "espeak")
    monkeypatch.setenv("MTH_AUDIO_CACHE", str(tmp_path / "audio"))


@pytest.fixture
def app() -> Any:
    return create_app(WebSettings(dev=True), skill=SKILL)


@pytest.fixture
def client(app: Any) -> Iterator[FlaskClient]:
    yield app.test_client()


def say(client: FlaskClient, text: str) -> dict[str, Any]:
    reply = client.post("/console/turn", json={"text": text})
    assert reply.status_code == 200, reply.get_json()
    return reply.get_json()


# -- the page: development only --------------------------------------------------------------------------------


def test_the_page_and_its_files_are_served_in_dev_mode(client: FlaskClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.mimetype == "text/html"
    html = page.get_data(as_text=True)
    for asset, mimetype in (("console.js", "text/javascript"), ("console.css", "text/css")):
        assert f"/console/static/{asset}" in html
        reply = client.get(f"/console/static/{asset}")
        assert reply.status_code == 200 and reply.mimetype == mimetype
    # Nothing from elsewhere: the page works without a network, and its policy forbids anything else.
    assert "http://" not in html and "https://" not in html
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]


def test_production_serves_neither_the_page_nor_its_api() -> None:
    production = create_app(WebSettings(skill_ids=("x",)), skill=SKILL).test_client()
    assert production.get("/").status_code == 404
    assert production.get("/console/static/console.js").status_code == 404
    assert production.get("/static/console.js").status_code == 404
    assert production.post("/console/turn", json={"text": LAUNCH}).status_code == 404
    assert production.post("/console/reset").status_code == 404


def test_callers_from_elsewhere_and_other_host_names_are_refused(client: FlaskClient) -> None:
    remote = client.post("/console/turn", json={"text": LAUNCH}, environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert remote.status_code == 403
    rebound = client.get("/", headers={"Host": "attacker.example"})  # DNS rebinding to 127.0.0.1
    assert rebound.status_code == 403
    cross_site = client.post("/console/turn", json={"text": LAUNCH}, headers={"Origin": "http://evil.example"})
    assert cross_site.status_code == 403 and "cross-origin" in cross_site.get_json()["error"]
    same_site = client.post("/console/turn", json={"text": LAUNCH}, headers={"Origin": "http://localhost"})
    assert same_site.status_code == 200


# -- conversations -------------------------------------------------------------------------------------------


def test_a_whole_conversation_keeps_its_state_in_the_session_cookie(client: FlaskClient) -> None:
    welcome = say(client, LAUNCH)
    assert set(welcome) >= {"turn", "request", "response", "audio_url"}
    assert welcome["turn"]["intent"] == "LaunchRequest" and "Welcome" in welcome["turn"]["speech"]
    assert welcome["request"]["request"]["type"] == "LaunchRequest"
    assert welcome["response"]["response"]["shouldEndSession"] is False
    assert welcome["session_restarted"] is False
    cookie = client.get_cookie(COOKIE_NAME)
    assert cookie is not None and cookie.http_only and cookie.same_site == "Strict"

    assert say(client, "my calf keeps twitching")["turn"]["pending_question"] == "emergency_screen"
    assert say(client, "no")["turn"]["pending_question"] == "emergency_screen_sudden"
    assert say(client, "no")["turn"]["pending_question"] == "nerve_signs"
    assert say(client, "yes, some weakness")["turn"]["pending_question"] == "sudden_onset"
    advice = say(client, "no")
    assert advice["turn"]["outcome"] == "see_doctor_soon"
    assert "next few days" in advice["turn"]["speech"] and "see a provider soon" in advice["turn"]["card"]["title"]
    # The same Alexa session throughout: one conversation per browser.
    assert advice["request"]["session"]["sessionId"] == welcome["request"]["session"]["sessionId"]


def test_two_browsers_do_not_share_a_conversation(app: Any) -> None:
    first, second = app.test_client(), app.test_client()
    say(first, LAUNCH)
    say(second, LAUNCH)
    assert say(first, "my calf keeps twitching")["turn"]["pending_question"] == "emergency_screen"
    # The second browser never said where: the skill asks it, as it would anyone just launched.
    second_turn = say(second, "no")
    assert second_turn["turn"]["pending_question"] != "weakness"
    assert say(first, "no")["turn"]["pending_question"] == "emergency_screen_sudden"
    assert first.get_cookie(COOKIE_NAME).value != second.get_cookie(COOKIE_NAME).value


def test_reset_forgets_the_conversation(client: FlaskClient) -> None:
    first = say(client, LAUNCH)
    say(client, "my calf keeps twitching")
    reply = client.post("/console/reset")
    assert reply.status_code == 200 and reply.get_json() == {"reset": True}
    assert client.get_cookie(COOKIE_NAME) is None
    again = say(client, LAUNCH)
    assert again["turn"]["intent"] == "LaunchRequest" and again["turn"]["pending_question"] is None
    assert again["request"]["session"]["sessionId"] != first["request"]["session"]["sessionId"]
    assert again["session_restarted"] is False  # the browser asked to start over: nothing was lost


def test_a_cookie_the_server_no_longer_knows_starts_afresh_and_says_so(client: FlaskClient) -> None:
    client.set_cookie(COOKIE_NAME, "x" * 32)  # e.g. the server restarted
    reply = say(client, LAUNCH)
    assert reply["session_restarted"] is True
    assert client.get_cookie(COOKIE_NAME).value != "x" * 32


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"json": {}}, "text is missing"),
        ({"json": {"text": "   "}}, "text is empty"),
        ({"json": {"text": 42}}, "text must be a string"),
        ({"json": {"text": "a" * 501}}, "longer than 500"),
        ({"json": ["text"]}, "JSON object"),
        ({"data": "text=hello", "content_type": "application/x-www-form-urlencoded"}, "send JSON"),
        ({"data": "{not json", "content_type": "application/json"}, "JSON object"),
    ],
)
def test_bad_input_is_400_with_a_reason(client: FlaskClient, kwargs: dict[str, Any], reason: str) -> None:
    reply = client.post("/console/turn", **kwargs)
    assert reply.status_code == 400
    assert reason in reply.get_json()["error"]


def test_500_characters_are_accepted(client: FlaskClient) -> None:
    assert client.post("/console/turn", json={"text": "a" * 500}).status_code == 200


def test_the_store_is_bounded_and_forgets_idle_sessions() -> None:
    now = [0.0]
    store = SessionStore(
        lambda: ChatSession(invoke_fn=lambda event: {"response": {}}),
        max_sessions=3,
        idle_seconds=100,
        clock=lambda: now[0],
    )
    ids = [store.get(None)[0] for _ in range(3)]
    store.get(ids[0])  # used again: now the most recent
    store.get(None)  # a fourth browser evicts the least recently used, ids[1]
    assert len(store) == 3
    assert store.get(ids[1])[2] is False
    now[0] = 1000.0  # everyone idle past the limit
    assert store.get(ids[0])[2] is False and len(store) == 1


# -- audio ---------------------------------------------------------------------------------------------------


def test_a_turns_audio_is_a_wav_rendered_once(client: FlaskClient, app: Any) -> None:
    url = say(client, LAUNCH)["audio_url"]
    assert url.startswith("/console/audio/") and url.endswith(".wav")
    reply = client.get(url)
    assert reply.status_code == 200 and reply.mimetype == "audio/wav"
    body = reply.get_data()
    assert body[:4] == b"RIFF" and body[8:12] == b"WAVE" and len(body) > 1000
    # The same words again (a new browser, same welcome) get the same id, and nothing is rendered twice.
    other = app.test_client()
    assert say(other, LAUNCH)["audio_url"] == url
    assert other.get(url).get_data() == body
    partial = client.get(url, headers={"Range": "bytes=0-3"})  # browsers fetch media in ranges
    assert partial.status_code == 206 and partial.get_data() == b"RIFF"


def test_unknown_audio_is_404_json(client: FlaskClient) -> None:
    for url in ("/console/audio/" + "0" * 32 + ".wav", "/console/audio/not-an-id.wav"):
        reply = client.get(url)
        assert reply.status_code == 404 and "no such audio" in reply.get_json()["error"]


def test_audio_is_503_when_no_engine_can_speak() -> None:
    from skill.voice.tts import SpeechError
    from skill.web.console import console_blueprint

    class Mute:
        def render(self, text_or_ssml: str, fmt: str = "wav") -> Any:
            raise SpeechError("espeak: not installed")

    # An app whose console has a speaker that cannot speak: the page then falls back to the browser's voice.
    app = _app_with_console(console_blueprint(SKILL, speaker_factory=Mute))
    client = app.test_client()
    url = say(client, LAUNCH)["audio_url"]
    reply = client.get(url)
    assert reply.status_code == 503 and "espeak: not installed" in reply.get_json()["error"]


def _app_with_console(blueprint: Any) -> Any:
    from flask import Flask

    app = Flask(__name__, static_folder=None)
    app.register_blueprint(blueprint)
    return app

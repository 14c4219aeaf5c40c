"""The talk-to-it page in a real browser: Debian's chromium, headless, driven by Playwright with the keyboard only.

Never `playwright install`: the browser is /usr/bin/chromium (apt-get install chromium chromium-driver; scripts/test
installs it). Speech comes from espeak-ng only, so nothing here touches the network. For push-to-talk, chromium's
fake microphone plays a WAV file synthesised by espeak-ng (--use-file-for-fake-audio-capture).
"""

from __future__ import annotations

import os
import re
import shutil
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.skill_server import skill_server

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path(os.environ.get("MTH_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOT = Path("/tmp/console.png")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these chromium keeps calling Google services, which a closed network refuses again and again.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
FAKE_MICROPHONE = ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {"MTH_TTS_ENGINES": "espeak", "MTH_AUDIO_CACHE": str(tmp_path_factory.mktemp("audio-cache"))}
    with skill_server("--dev", log_dir=tmp_path_factory.mktemp("dev_server"), env=env) as running:
        yield running.base_url


@pytest.fixture(scope="module")
def spoken_wav(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    """(file, seconds): "my eyelid keeps twitching" by espeak-ng, with the silence around it a recording has."""
    import numpy as np

    from skill.voice.audio_io import SAMPLE_RATE, read_wav, write_wav
    from skill.voice.engines import EspeakEngine

    said = read_wav(EspeakEngine(words_per_minute=150).synthesize("my eyelid keeps twitching", timeout=30))
    audio = np.concatenate([np.zeros(SAMPLE_RATE * 3 // 10, np.int16), said, np.zeros(SAMPLE_RATE, np.int16)])
    path = write_wav(tmp_path_factory.mktemp("microphone") / "eyelid.wav", audio)
    return path, audio.size / SAMPLE_RATE


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory, spoken_wav: tuple[Path, float]) -> Iterator[Any]:
    if not CHROMIUM.exists() or not shutil.which(str(CHROMIUM)):
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium chromium-driver (scripts/test installs it)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is missing: pip install -e '.[dev]' (never `playwright install`)")
    # The microphone is chromium's fake one: `spoken_wav`, played once from its start each time a page opens it.
    microphone = [*FAKE_MICROPHONE, f"--use-file-for-fake-audio-capture={spoken_wav[0]}%noloop"]
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=[*CHROMIUM_ARGS, *microphone],
            viewport={"width": 1000, "height": 900},
            locale="en-US",
        )
        try:
            yield context
        finally:
            context.close()


def skill_entries(page: Any) -> Any:
    return page.locator("#log .entry.skill")


def wait_for_answers(page: Any, count: int) -> str:
    page.wait_for_function(
        "n => document.querySelectorAll('#log .entry.skill').length >= n", arg=count, timeout=TIMEOUT_MS
    )
    return skill_entries(page).nth(count - 1).inner_text()


def type_and_send(page: Any, text: str) -> None:
    assert page.evaluate("document.activeElement.id") == "say"
    page.keyboard.type(text)
    page.keyboard.press("Enter")


def test_a_whole_conversation_by_keyboard_with_audio_and_repeat(server: str, browser: Any) -> None:
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server) else None)
    page.goto(f"{server}/")

    # The skill opens by itself and its welcome is shown.
    assert "Welcome to Muscle Twitch Helper" in wait_for_answers(page, 1)

    # Keyboard only: Tab reaches the text box first, Enter sends.
    page.keyboard.press("Tab")
    type_and_send(page, "my calf keeps twitching")
    assert "safety check" in wait_for_answers(page, 2)
    type_and_send(page, "no")
    assert "suddenly gone weak" in wait_for_answers(page, 3)
    type_and_send(page, "no")
    assert "weakness" in wait_for_answers(page, 4)
    type_and_send(page, "yes, some weakness")
    assert "suddenly" in wait_for_answers(page, 5)
    type_and_send(page, "no, it crept up")
    advice = wait_for_answers(page, 6)
    assert "next few days" in advice
    assert page.locator("#log .entry.latest").inner_text() == advice

    # The answer's audio, rendered by the server, is loaded by the <audio> element.
    page.wait_for_function("() => document.getElementById('player').readyState >= 2", timeout=TIMEOUT_MS)
    src = page.evaluate("document.getElementById('player').currentSrc")
    assert re.fullmatch(rf"{re.escape(server)}/console/audio/[0-9a-f]{{32}}\.wav", src)
    with urllib.request.urlopen(src, timeout=10) as reply:
        assert reply.status == 200 and reply.headers["Content-Type"] == "audio/wav"
        assert reply.read(4) == b"RIFF"

    # Alt+R replays the last answer and announces it again.
    page.evaluate("""() => {
        window.__plays = 0;
        document.getElementById('player').addEventListener('play', () => { window.__plays += 1; });
    }""")
    page.keyboard.press("Alt+r")
    page.wait_for_function("() => window.__plays >= 1", timeout=TIMEOUT_MS)
    # The status is a live region: the screen reader hears the whole answer again, the eye sees a short note.
    heard = page.locator("#status .visually-hidden")
    heard.wait_for(state="attached", timeout=TIMEOUT_MS)
    assert heard.inner_text().startswith("Repeating:") and "next few days" in heard.text_content()
    assert page.locator("#status [aria-hidden=true]").inner_text() == "Repeating the last answer."

    # Each turn's request and response can be opened by developers.
    details = page.locator("#turns details")
    assert details.count() == 6
    assert "DescribeSymptomIntent" in details.nth(4).locator("summary").inner_text()

    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert not problems, problems
    assert not outside, f"the page asked for something outside the dev server: {outside}"
    page.close()


def test_accessibility_basics(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.goto(f"{server}/")
    wait_for_answers(page, 1)

    # Names as the browser computes them for assistive technology, not as we hope they are.
    cdp = browser.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    controls = [
        node
        for node in nodes
        if node.get("role", {}).get("value") in {"button", "textbox", "checkbox", "radio"} and not node.get("ignored")
    ]
    assert len(controls) >= 8  # send, talk, repeat, start over, the text box, two recognition choices, speak aloud
    unnamed = [node["role"]["value"] for node in controls if not node.get("name", {}).get("value", "").strip()]
    assert not unnamed, f"controls without an accessible name: {unnamed}"
    names = {node["name"]["value"].strip() for node in controls}
    assert {"Send", "What you would say to Alexa", "Speak answers aloud"} <= names
    assert {"Server recognition (offline)", "Browser recognition"} <= names
    assert page.locator("#recognise-server").is_checked()  # offline by default
    assert any(name.startswith("Repeat") for name in names) and any(name.startswith("Start over") for name in names)

    # The conversation is a polite live region: answers are announced.
    log = page.locator("#log")
    assert log.get_attribute("role") == "log" and log.get_attribute("aria-live") == "polite"
    assert page.locator("#status").get_attribute("role") == "status"

    # Large targets: every button and the text box at least 44 x 44 CSS pixels.
    for element in page.locator("button, #say").all():
        box = element.bounding_box()
        assert box and box["width"] >= 44 and box["height"] >= 44, (element.inner_text(), box)

    # Focus is visible when moving by keyboard.
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] != "none" and outline[1] >= 2

    # Start over by keyboard: a new session that opens with the welcome again.
    type_and_send(page, "my eyelid keeps twitching")
    wait_for_answers(page, 2)
    page.keyboard.press("Alt+n")
    page.wait_for_function(
        "() => document.querySelectorAll('#log .entry.skill').length === 1"
        " && document.querySelector('#log .entry.skill').textContent.includes('Welcome')",
        timeout=TIMEOUT_MS,
    )
    page.close()


def test_the_browser_voice_speaks_when_the_server_audio_fails(server: str, browser: Any) -> None:
    page = browser.new_page()
    page.add_init_script("""(() => {
        window.__spoken = [];
        const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
        window.speechSynthesis.speak = (utterance) => { window.__spoken.push(utterance.text); speak(utterance); };
    })()""")
    page.route(
        "**/console/audio/**",
        lambda route: route.fulfill(
            status=503, content_type="application/json", body='{"error": "no speech engine could say this"}'
        ),
    )
    page.goto(f"{server}/")
    wait_for_answers(page, 1)
    page.keyboard.press("Tab")  # the first key press lets the browser make sound
    page.wait_for_function("() => window.__spoken.some(text => text.startsWith('Welcome'))", timeout=TIMEOUT_MS)
    page.keyboard.press("Alt+r")
    page.wait_for_function("() => window.__spoken.length >= 2", timeout=TIMEOUT_MS)
    page.close()


def test_push_to_talk_is_recognised_by_the_server(server: str, browser: Any, spoken_wav: tuple[Path, float]) -> None:
    from tests.test_console_listen import NO_RECOGNISER

    if NO_RECOGNISER:
        pytest.skip(NO_RECOGNISER)
    page = browser.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.goto(f"{server}/")
    wait_for_answers(page, 1)
    assert page.locator("#recognise-server").is_checked()

    # Hold Space (nothing has focus) while the fake microphone says it, let go to send.
    page.keyboard.down("Space")
    page.wait_for_function(
        "() => document.getElementById('status').textContent.startsWith('Listening')", timeout=TIMEOUT_MS
    )
    assert page.locator("#talk").get_attribute("aria-pressed") == "true"
    page.wait_for_timeout(int(spoken_wav[1] * 1000) + 200)
    page.keyboard.up("Space")

    # The server recognised it and the skill asked its next question, shown and announced like a typed turn.
    assert "safety check" in wait_for_answers(page, 2)
    you = page.locator("#log .entry.you").nth(1).inner_text()
    assert "eyelid" in you.lower(), you
    page.wait_for_function(
        "() => document.getElementById('status').textContent.startsWith('Heard:')", timeout=TIMEOUT_MS
    )
    assert "eyelid" in page.locator("#status").inner_text().lower()
    assert page.locator("#talk").get_attribute("aria-pressed") == "false"
    assert not problems, problems
    page.close()

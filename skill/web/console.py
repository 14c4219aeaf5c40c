"""The talk-to-it page for development: a browser conversation with the skill, by keyboard, voice or screen reader.

Registered by `create_app` only in development mode: the page holds health conversations without any
authentication, so it answers callers on this machine only, and only under a loopback host name (a page
elsewhere cannot reach it through DNS rebinding).

Routes (all JSON except the page, its files and the audio):

- `GET /` — the page (`static/console.html`, with `console.js` and `console.css` under `/console/static/`);
- `POST /console/turn` `{"text": "..."}` — one thing said: `{"turn", "request", "response", "audio_url",
  "session_restarted"}`;
- `POST /console/listen` with a WAV body (`Content-Type: audio/wav`, 16-bit PCM mono, 8 to 48 kHz, at most 30 s) —
  one thing said aloud, recognised on the server: the same answer as a typed turn plus `"heard"` (the transcript,
  "" when nothing was understood), `"recogniser"` (`"whisper"` or `"pocketsphinx"`) and `"recognition"`;
- `POST /console/reset` — forget this browser's conversation;
- `GET /console/audio/<id>.wav` — the answer spoken by `skill.voice.tts.Speaker`, rendered on first request.

Each browser keeps one `ChatSession` on the server, found by a random id in an HTTP-only cookie. The store is
bounded (least recently used sessions go first) and forgets a session after a long idle time — a day, so nobody
who takes a break loses their conversation. Audio ids are keyed hashes of the answer's SSML: the same words are
rendered once, and nobody can guess an id from words they think someone heard.

**Server recognition.** The recording is recognised by the same offline recogniser `python -m skill listen` picks
(`skill.voice.recogniser_choice`: faster-whisper when it and a model are installed, else pocketsphinx), built on the
first recording — once per process, however many apps or browsers — and never from the network
(`local_files_only`). One recording is recognised at a time, under a lock, so two cannot load the model twice. The
transcript is then said exactly as typed text is: resolved with the question the skill is waiting on. A recording
in which nothing was understood is said as nothing — the skill's "Sorry, I didn't catch that", as in the voice
loop — never a guessed intent. The browser sends its own sample rate (44.1 or 48 kHz, as its audio hardware runs);
the server resamples with the voice loop's band-limited resampler, so the page needs no resampling code of its
own and any WAV a developer posts with curl works too.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import re
import secrets
import struct
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from ask_sdk_core.skill import CustomSkill
from flask import Blueprint, Response, jsonify, request, send_file
from werkzeug.exceptions import RequestEntityTooLarge

from skill.alexa.builder import invoke, spoken_response
from skill.domain.content import load_content
from skill.local.resolver import default_resolver
from skill.local.simulator import ChatSession, SimulatorError
from skill.voice.riff import is_wave, wave_chunks
from skill.web.app import is_loopback_host, is_loopback_name

log = logging.getLogger("skill.web.console")

STATIC_DIR = Path(__file__).with_name("static")
COOKIE_NAME = "mth_console"
MAX_TEXT_CHARS = 500
MAX_SESSIONS = 100
IDLE_SECONDS = 24 * 60 * 60
MAX_AUDIO_ITEMS = 500
_SESSION_ID = re.compile(r"[A-Za-z0-9_-]{20,64}")
_AUDIO_ID = re.compile(r"[0-9a-f]{32}")
MAX_LISTEN_SECONDS = 30
RECOGNISER_RATE = 16_000  # what both recognisers hear (skill.voice.audio_io.SAMPLE_RATE)
MIN_LISTEN_RATE = 8_000
MAX_LISTEN_RATE = 48_000
# 30 s of 16-bit mono at 48 kHz, and room for a header with extra chunks (LIST, fact...).
MAX_LISTEN_BYTES = MAX_LISTEN_SECONDS * MAX_LISTEN_RATE * 2 + 64 * 1024
WAV_TYPES = frozenset({"audio/wav", "audio/x-wav", "audio/wave", "audio/vnd.wave"})
_WAV_WANTED = f"16-bit PCM, mono, {MIN_LISTEN_RATE // 1000} to {MAX_LISTEN_RATE // 1000} kHz"

# Everything the page needs is served from here: no CDN, no inline script, works without a network.
_PAGE_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


class SpeechRenderer(Protocol):
    """What the console needs of `skill.voice.tts.Speaker`."""

    def render(self, text_or_ssml: str, fmt: str = "wav") -> Any: ...


@dataclass
class _Entry:
    chat: ChatSession
    last_used: float
    lock: threading.Lock = field(default_factory=threading.Lock)


class SessionStore:
    """ChatSessions by browser id: at most `max_sessions`, least recently used evicted, idle ones expired."""

    def __init__(
        self,
        factory: Callable[[], ChatSession],
        *,
        max_sessions: int = MAX_SESSIONS,
        idle_seconds: float = IDLE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._factory = factory
        self._max = max_sessions
        self._idle = idle_seconds
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, session_id: str | None) -> tuple[str, _Entry, bool]:
        """(id, entry, known): the browser's session, or a new one under a new id when it has none or it expired."""
        now = self._clock()
        with self._lock:
            self._expire(now)
            entry = self._entries.get(session_id) if session_id else None
            if entry is not None:
                self._entries.move_to_end(session_id)  # type: ignore[arg-type]
                entry.last_used = now
                return session_id, entry, True  # type: ignore[return-value]
        # Built outside the lock: a new ChatSession shares the resolver but still does a little work.
        entry = _Entry(self._factory(), now)
        new_id = secrets.token_urlsafe(24)
        with self._lock:
            self._entries[new_id] = entry
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return new_id, entry, False

    def drop(self, session_id: str | None) -> _Entry | None:
        with self._lock:
            return self._entries.pop(session_id, None) if session_id else None

    def _expire(self, now: float) -> None:
        while self._entries:
            oldest_id, oldest = next(iter(self._entries.items()))
            if now - oldest.last_used < self._idle:
                break
            del self._entries[oldest_id]


class AudioStore:
    """The SSML of recent answers by audio id, and the files rendered from them (lazily, once per id)."""

    def __init__(self, speaker_factory: Callable[[], SpeechRenderer], max_items: int = MAX_AUDIO_ITEMS) -> None:
        self._speaker_factory = speaker_factory
        self._speaker: SpeechRenderer | None = None
        self._max = max_items
        self._key = secrets.token_bytes(32)
        self._ssml: OrderedDict[str, str] = OrderedDict()
        self._rendered: dict[str, Path] = {}
        self._render_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def add(self, ssml: str) -> str:
        """The id under which `ssml` can be fetched as audio."""
        audio_id = hmac.new(self._key, ssml.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
        with self._lock:
            self._ssml[audio_id] = ssml
            self._ssml.move_to_end(audio_id)
            while len(self._ssml) > self._max:
                old_id, _ = self._ssml.popitem(last=False)
                self._rendered.pop(old_id, None)
                self._render_locks.pop(old_id, None)
        return audio_id

    def knows(self, audio_id: str) -> bool:
        with self._lock:
            return audio_id in self._ssml

    def path(self, audio_id: str) -> Path | None:
        """The rendered WAV file; None for an unknown id. Raises when no speech engine can say it."""
        with self._lock:
            ssml = self._ssml.get(audio_id)
            if ssml is None:
                return None
            render_lock = self._render_locks.setdefault(audio_id, threading.Lock())
        with render_lock:  # the browser may ask twice at once (a range request); render only once
            done = self._rendered.get(audio_id)
            if done is not None and done.is_file():
                return done
            result = self._speaker_instance().render(ssml, fmt="wav")
            rendered = Path(result.path)
            log.info(
                "console audio rendered by %s (%s, cached=%s)",
                getattr(result, "engine", "?"),
                getattr(result, "voice", "?"),
                getattr(result, "cached", "?"),
            )
            with self._lock:
                if audio_id in self._ssml:
                    self._rendered[audio_id] = rendered
            return rendered

    def forget_file(self, audio_id: str) -> None:
        """The rendered file went away (the speech cache evicted it): render again on the next request."""
        with self._lock:
            self._rendered.pop(audio_id, None)

    def _speaker_instance(self) -> SpeechRenderer:
        with self._lock:
            if self._speaker is None:
                self._speaker = self._speaker_factory()
            return self._speaker


class SpeechRecogniser(Protocol):
    """What the console needs of `WhisperRecognizer` and the pocketsphinx `Recognizer`: a `Recognition` back."""

    def recognise(self, audio: Any) -> Any: ...


class RecogniserUnavailable(RuntimeError):
    """No offline recogniser can run here (none installed, or its model does not load)."""


def default_recogniser() -> tuple[str, SpeechRecogniser]:
    """(name, recogniser): the one `listen` would pick, loaded from this machine only (never a model download)."""
    from skill.voice.recogniser_choice import choose_recogniser

    name = choose_recogniser()
    if name == "whisper":
        from skill.voice.whisper_recognition import WhisperRecognizer

        return name, WhisperRecognizer(local_files_only=True)
    from skill.local.interaction_model import load_interaction_model
    from skill.voice.recognition import Recognizer

    return name, Recognizer(load_interaction_model())


class ServerRecogniser:
    """The offline recogniser, built on first use and used by one recording at a time.

    A failure to build it is remembered: each later recording is refused at once instead of loading again.
    """

    def __init__(self, factory: Callable[[], tuple[str, SpeechRecogniser]] = default_recogniser) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._built: tuple[str, SpeechRecogniser] | None = None
        self._failure: str | None = None

    def recognise(self, samples: Any) -> tuple[str, Any]:
        """(recogniser name, `Recognition`) for 16 kHz mono int16 samples; raises `RecogniserUnavailable`."""
        with self._lock:
            if self._built is None:
                self._build()
            assert self._built is not None
            name, recogniser = self._built
            return name, recogniser.recognise(samples)

    def _build(self) -> None:
        if self._failure is not None:
            raise RecogniserUnavailable(self._failure)
        started = time.perf_counter()
        try:
            self._built = self._factory()
        except Exception as error:  # noqa: BLE001 - ImportError, RecognizerError, a model that does not load
            self._failure = str(error).splitlines()[0] if str(error) else type(error).__name__
            log.warning("console recognition is not available: %s", self._failure)
            raise RecogniserUnavailable(self._failure) from None
        log.info("console recognition: %s, loaded in %.2f s", self._built[0], time.perf_counter() - started)


#: One per process: every app and browser shares it, so the model is loaded once.
SERVER_RECOGNISER = ServerRecogniser()


def default_speaker() -> SpeechRenderer:
    """The TTS engineer's Speaker, imported only when audio is first asked for (engines limited by MTH_TTS_ENGINES)."""
    from skill.voice.tts import Speaker

    return Speaker()


def console_blueprint(
    skill: CustomSkill,
    *,
    speaker_factory: Callable[[], SpeechRenderer] = default_speaker,
    max_sessions: int = MAX_SESSIONS,
    idle_seconds: float = IDLE_SECONDS,
    clock: Callable[[], float] = time.monotonic,
    recogniser: ServerRecogniser | None = None,
) -> Blueprint:
    """A fresh blueprint (with its own session and audio stores) for one app. Register it in dev mode only.

    `recogniser` defaults to the process's shared `SERVER_RECOGNISER`.
    """
    recogniser = recogniser or SERVER_RECOGNISER
    content = load_content()
    resolver = default_resolver()  # shared: resolving does not change it

    def invoke_fn(event: dict[str, Any]) -> dict[str, Any]:
        try:
            return invoke(skill, event)
        except Exception:  # noqa: BLE001 - as on /alexa: a spoken apology, never a 500
            log.exception("the skill failed outside its own error handlers")
            return spoken_response(event, content.line("error_retry"))

    sessions = SessionStore(
        lambda: ChatSession(invoke_fn=invoke_fn, resolver=resolver),
        max_sessions=max_sessions,
        idle_seconds=idle_seconds,
        clock=clock,
    )
    audio = AudioStore(speaker_factory)
    bp = Blueprint("console", __name__, static_folder=str(STATIC_DIR), static_url_path="/console/static")
    bp.sessions = sessions  # type: ignore[attr-defined] - for tests and debugging
    bp.audio = audio  # type: ignore[attr-defined]
    bp.recogniser = recogniser  # type: ignore[attr-defined]

    @bp.before_request
    def only_this_machine() -> tuple[Response, int] | None:
        if not is_loopback_host(request.remote_addr or ""):
            return _error(403, "the development console only answers callers on this machine")
        if not is_loopback_name(request.host):
            return _error(403, "the development console only answers under a loopback host name (localhost)")
        origin = request.headers.get("Origin")
        # "null" is what sandboxed frames and file:// pages send: not this page, so refused like any other origin.
        if request.method == "POST" and origin is not None and urlsplit(origin).netloc != request.host:
            return _error(403, "cross-origin requests are refused")
        return None

    @bp.after_request
    def security_headers(response: Response) -> Response:
        for name, value in _PAGE_SECURITY_HEADERS.items():
            if name == "Cache-Control" and request.path.startswith("/console/audio/"):
                continue
            response.headers.setdefault(name, value)
        return response

    @bp.get("/")
    def page() -> Response:
        return bp.send_static_file("console.html")

    @bp.post("/console/turn")
    def turn() -> tuple[Response, int] | Response:
        text, problem = _read_text()
        if problem:
            return _error(400, problem)
        return answer(text)

    @bp.post("/console/listen")
    def listen() -> tuple[Response, int] | Response:
        try:
            samples = _read_recording()
        except _Refused as refused:
            return _error(refused.status, refused.reason)
        try:
            name, recognition = recogniser.recognise(samples)
        except RecogniserUnavailable as error:
            return _error(503, f"server recognition is not available ({error}); choose browser recognition, or type")
        log.info(
            "console listen: %s, %.1f s of audio, accepted=%s, recognised in %.2f s",
            name,
            samples.size / RECOGNISER_RATE,
            recognition.accepted,
            recognition.seconds,
        )  # never the words: what a person says about their health stays out of logs
        return answer("", {"recogniser": name}, recognition)

    def answer(
        text: str, extra: dict[str, Any] | None = None, recognition: Any = None
    ) -> tuple[Response, int] | Response:
        """`text` said in this browser's conversation (with the question it is waiting on), answered as JSON; or,
        given a `recognition`, what it heard."""
        cookie = request.cookies.get(COOKIE_NAME)
        cookie = cookie if cookie and _SESSION_ID.fullmatch(cookie) else None
        session_id, entry, known = sessions.get(cookie)
        extra = dict(extra or {})
        with entry.lock:  # one turn at a time per conversation
            if recognition is not None:
                from skill.voice.safety_gate import gate_doubtful_no  # the voice extra, present when it recognised
                from skill.voice.second_opinion import consult_second_opinion

                # As the voice loop hears it: the second model's hearing when only that one is understood; a
                # doubtful no to a safety question, or anything not accepted, reaches the skill as nothing understood.
                pending, resolver = entry.chat.pending_question, entry.chat.resolver
                consulted = consult_second_opinion(recognition, pending, resolver)
                if consulted is not recognition:
                    extra["second_opinion"] = True
                recognition = gate_doubtful_no(consulted, pending, resolver)
                text = recognition.heard
                extra |= {"heard": text, "recognition": recognition.as_json()}
            try:
                said = entry.chat.send(text)
            except SimulatorError as error:
                return _error(500, str(error))
        audio_url = f"/console/audio/{audio.add(said.ssml)}.wav" if said.ssml else None
        reply = jsonify(
            {
                "turn": said.as_json(),
                "request": said.request,
                "response": said.response,
                "audio_url": audio_url,
                # The browser had a conversation the server no longer holds (restarted, or idle for a day).
                "session_restarted": cookie is not None and not known,
                **(extra or {}),
            }
        )
        if not known:
            _set_cookie(reply, session_id)
        return reply

    @bp.post("/console/reset")
    def reset() -> Response:
        entry = sessions.drop(request.cookies.get(COOKIE_NAME))
        if entry is not None:
            with entry.lock:
                entry.chat.end_session()  # Alexa tells the skill the session ended, so do we
        reply = jsonify({"reset": True})
        reply.delete_cookie(COOKIE_NAME, path="/", samesite="Strict", httponly=True)
        return reply

    @bp.get("/console/audio/<audio_id>.wav")
    def audio_file(audio_id: str) -> tuple[Response, int] | Response:
        if not _AUDIO_ID.fullmatch(audio_id) or not audio.knows(audio_id):
            return _error(404, "no such audio: ids come from POST /console/turn and only recent ones are kept")
        try:
            path = audio.path(audio_id)
            if path is not None and not path.is_file():  # evicted from the speech cache just now
                audio.forget_file(audio_id)
                path = audio.path(audio_id)
        except ImportError as error:
            log.warning("console audio: no speech module (%s)", error)
            return _error(503, "server speech is not available (skill.voice.tts is missing); use the browser's voice")
        except Exception as error:  # noqa: BLE001 - SpeechError or an engine bug: the page falls back either way
            if type(error).__name__ != "SpeechError":
                log.exception("console audio: the speech engine failed")
            return _error(503, f"no speech engine could say this: {error}")
        if path is None:
            return _error(404, "no such audio")
        reply = send_file(path, mimetype="audio/wav", conditional=True, max_age=3600)
        reply.headers["Cache-Control"] = "private, max-age=3600"
        return reply

    return bp


def _read_text() -> tuple[str, str | None]:
    """The text said, or the reason the body is not `{"text": "..."}` with 1 to 500 characters."""
    if not request.is_json:
        return "", 'send JSON (Content-Type: application/json) like {"text": "my calf keeps twitching"}'
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return "", 'request body must be a JSON object like {"text": "my calf keeps twitching"}'
    if "text" not in body:
        return "", "text is missing"
    text = body["text"]
    if not isinstance(text, str):
        return "", "text must be a string"
    text = text.strip()
    if not text:
        return "", "text is empty"
    if len(text) > MAX_TEXT_CHARS:
        return "", f"text is longer than {MAX_TEXT_CHARS} characters"
    return text, None


class _Refused(Exception):
    """A recording refused with an HTTP status (4xx; 503 when this server cannot listen at all) and a reason."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _read_recording() -> Any:
    """The request's WAV body as 16 kHz mono int16 samples; raises `_Refused` (413, 415 or 400) for anything else."""
    too_long = _Refused(413, f"the recording is longer than {MAX_LISTEN_SECONDS} s (or {MAX_LISTEN_BYTES} bytes)")
    if request.content_length is not None and request.content_length > MAX_LISTEN_BYTES:
        raise too_long
    if request.mimetype not in WAV_TYPES:
        raise _Refused(415, f"send a WAV recording (Content-Type: audio/wav): {_WAV_WANTED}")
    # More than the app's limit for JSON bodies (Flask 3.1 lets a view raise it; under 3.0 the app's 256 KiB stays),
    # one byte over, so a chunked body that is too long can be told from one exactly at the limit.
    with contextlib.suppress(AttributeError):
        request.max_content_length = MAX_LISTEN_BYTES + 1
    try:
        body = request.get_data(cache=False)
    except RequestEntityTooLarge:
        raise too_long from None
    if len(body) > MAX_LISTEN_BYTES:
        raise too_long
    if not body:
        raise _Refused(400, "the recording is empty")
    rate, raw = _pcm16_mono(body)
    if len(raw) < 2:
        raise _Refused(400, "the recording has no audio")
    if len(raw) // 2 > MAX_LISTEN_SECONDS * rate:
        raise too_long
    try:
        import numpy as np

        from skill.voice.audio_io import to_mono_int16
    except ImportError as error:  # the voice extra is not installed: the server cannot listen at all
        raise _Refused(503, f"server recognition is not available ({error}); choose browser recognition") from None
    return to_mono_int16(np.frombuffer(raw[: len(raw) - len(raw) % 2], "<i2"), rate)


def _pcm16_mono(body: bytes) -> tuple[int, bytes]:
    """(sample rate, sample bytes) of a 16-bit PCM mono WAV at 8 to 48 kHz; raises `_Refused` otherwise.

    The chunks are walked by `skill.voice.riff` (no `wave` module, no numpy): every way a body can be wrong must end
    as a 4xx with a reason, even where the voice extra is not installed.
    """
    if not is_wave(body):
        raise _Refused(415, f"the recording is not a WAV file: send {_WAV_WANTED}")
    fmt: tuple[int, int, int, int] | None = None
    for chunk, start, size in wave_chunks(body):
        if chunk == b"fmt ":
            if size < 16 or start + 16 > len(body):
                raise _Refused(400, "the WAV recording's format chunk is cut short")
            tag, channels, rate, _, _, bits = struct.unpack_from("<HHIIHH", body, start)
            if tag == 0xFFFE and size >= 26 and start + 26 <= len(body):  # WAVE_FORMAT_EXTENSIBLE: its sub-format
                tag = int.from_bytes(body[start + 24 : start + 26], "little")
            fmt = (tag, channels, rate, bits)
        elif chunk == b"data":
            if fmt is None:
                raise _Refused(400, "the WAV recording has its data before its format chunk")
            tag, channels, rate, bits = fmt
            if tag != 1 or bits != 16 or channels != 1:
                kind = {1: "PCM", 3: "float", 6: "A-law", 7: "mu-law"}.get(tag, f"format tag {tag}")
                raise _Refused(415, f"the recording is {kind}, {bits}-bit, {channels} channel(s): send {_WAV_WANTED}")
            if not MIN_LISTEN_RATE <= rate <= MAX_LISTEN_RATE:
                raise _Refused(415, f"the recording's sample rate is {rate} Hz: send {_WAV_WANTED}")
            # Up to what arrived: a data size that says more (a recording streamed to a file) is not an error.
            return rate, body[start : start + size]
    raise _Refused(400, "the WAV recording has no format or no data chunk")


def _set_cookie(reply: Response, session_id: str) -> None:
    # A browser-session cookie: no expiry date, not readable by scripts, never sent by another site.
    reply.set_cookie(COOKIE_NAME, session_id, httponly=True, samesite="Strict", path="/")


def _error(status: int, reason: str) -> tuple[Response, int]:
    return jsonify({"error": reason}), status

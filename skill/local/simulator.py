"""A typed conversation with the real skill: text → the request Alexa would send → the skill → its words.

The simulator plays Alexa's part only: it opens and closes sessions, resolves what was said with the
interaction model, carries session attributes from each response into the next request, and turns
the SSML that comes back into plain text. The skill cannot tell it apart from Alexa.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from skill.domain.locales import DEFAULT_LOCALE
from skill.local.envelopes import EnvelopeFactory, JsonDict, SessionState
from skill.local.interaction_model import checked_locale
from skill.local.resolver import FALLBACK_INTENT, Resolution, Resolver, default_resolver, normalize

InvokeFn = Callable[[JsonDict], JsonDict]

_LOG = logging.getLogger(__name__)

LAUNCH_REQUEST = "LaunchRequest"
SESSION_ENDED_REQUEST = "SessionEndedRequest"

# Typed in the chat, these close the session the way saying "exit" to an Echo does.
EXIT_WORDS = frozenset({"exit", "quit"})
_LAUNCH_VERBS = ("open", "launch", "start", "begin", "load", "run", "play", "use", "talk to")
_ONE_SHOT_VERBS = ("ask", "tell")
# Words Alexa drops between the invocation name and the request ("ask X about ...", "ask X to ...").
_CONNECTORS = ("to", "about", "for", "if", "whether", "that", "and")


class SimulatorError(Exception):
    """The simulator cannot run: the skill is missing, or it answered with something that is not a response."""


@dataclass(frozen=True)
class Turn:
    """One thing said and what the skill answered."""

    utterance: str
    intent: str  # the resolved intent, or "LaunchRequest" / "SessionEndedRequest"
    slots: dict[str, list[str]]
    speech: str
    ssml: str
    reprompt: str | None
    pending_question: str | None
    outcome: str | None
    ended: bool
    # The pending question's follow-up is asked ("which ones?" after a yes): the same id, another answer wanted.
    awaiting_detail: bool = False
    # What a grouped question asks now ("nerve_signs": ["muscle_size", "sensation"] once weakness is known).
    asking: list[str] | None = None
    confidence: float | None = None
    card: JsonDict | None = None  # {"title", "text"} when the response carries a card for the Alexa app
    request: JsonDict | None = field(default=None, repr=False, compare=False)
    response: JsonDict | None = field(default=None, repr=False, compare=False)

    def as_json(self) -> JsonDict:
        """The turn as printed by `python -m skill chat --json`."""
        return {
            "utterance": self.utterance,
            "intent": self.intent,
            "slots": self.slots,
            "speech": self.speech,
            "ssml": self.ssml,
            "reprompt": self.reprompt,
            "pending_question": self.pending_question,
            "awaiting_detail": self.awaiting_detail,
            "asking": self.asking,
            "outcome": self.outcome,
            "ended": self.ended,
            "card": self.card,
        }


@dataclass(frozen=True)
class _Plan:
    """What an utterance means to Alexa before the skill is involved."""

    kind: str  # "launch", "intent" or "exit"
    new_session: bool
    text: str = ""  # what is resolved to an intent


class ChatSession:
    """Feeds utterances to the skill one at a time, keeping Alexa's session behaviour.

    "open <invocation>" (or launch/start/ask <invocation>) starts a session with a LaunchRequest, even
    mid-session (the old session is dropped, as when someone re-invokes a skill); "ask/tell <invocation>
    (about|to|that ...) <request>" and anything said while no session is open are one-shots: a new
    session whose first request is the IntentRequest. The session closes when a response does not set
    `shouldEndSession: false`, or on "exit"/"quit" (a SessionEndedRequest, reason USER_INITIATED).
    """

    def __init__(
        self,
        invoke_fn: InvokeFn | None = None,
        resolver: Resolver | None = None,
        envelopes: EnvelopeFactory | None = None,
        locale: str = DEFAULT_LOCALE,
    ) -> None:
        # The locale picks the model and the requests' locale unless a resolver or envelope factory is given.
        self.resolver = resolver or default_resolver(locale)
        self.model = self.resolver.model
        self.envelopes = envelopes or EnvelopeFactory(locale=checked_locale(locale))
        self._invoke = invoke_fn or _real_skill_invoker()
        self.session: SessionState | None = None
        invocation = re.escape(normalize(self.model.invocation_name))
        launch = "|".join(re.escape(verb) for verb in _LAUNCH_VERBS)
        one_shot = "|".join(re.escape(verb) for verb in _ONE_SHOT_VERBS)
        self._launch = re.compile(rf"(?:(?:{launch}|{one_shot}) )?(?:the )?{invocation}")
        self._one_shot = re.compile(
            rf"(?:(?:{one_shot}) (?:the )?{invocation}|(?:{launch}) (?:the )?{invocation} and) (?P<rest>.+)"
        )

    @property
    def in_session(self) -> bool:
        """True while a session is open (the next utterance continues it)."""
        return self.session is not None

    @property
    def pending_question(self) -> str | None:
        """The question the skill is waiting on (None outside a session), from the session itself."""
        pending = self.session.attributes.get("pending_question") if self.session is not None else None
        return pending if isinstance(pending, str) else None

    def send(self, utterance: str) -> Turn:
        """Say `utterance` to the device; returns the skill's answer as a `Turn`."""
        plan = self._plan(utterance)
        if plan.kind == "exit":
            return self._exit(utterance)
        if plan.new_session or self.session is None:
            self.session = self.envelopes.new_session()
        session = self.session
        resolution: Resolution | None = None
        if plan.kind == "launch":
            request = self.envelopes.launch(session)
        else:
            pending = session.attributes.get("pending_question")
            resolution = self._understood(plan.text, pending if isinstance(pending, str) else None)
            request = self.envelopes.intent(session, resolution, self.model)
        response = self._call_skill(request)
        session.after_response(response)
        ended = _session_ends(response)
        if ended:
            self.session = None
        return _turn(utterance, request, response, resolution, ended)

    def _understood(self, text: str, pending: str | None) -> Resolution:
        """What the resolver makes of `text`; a resolver bug is heard as not understood (Alexa's own NLU never
        fails a turn: the person is asked again, and the session, with all it was told, goes on)."""
        try:
            return self.resolver.resolve(text, pending)
        except Exception:  # noqa: BLE001 - any resolver bug; reported, never the end of the conversation
            _LOG.exception("the resolver failed on %r (pending %s); sent as not understood", text, pending)
            return Resolution(FALLBACK_INTENT, {}, 0.0, text)

    def end_session(self, reason: str = "USER_INITIATED") -> Turn | None:
        """Close the open session with a SessionEndedRequest; None when no session is open."""
        if self.session is None:
            return None
        request = self.envelopes.session_ended(self.session, reason)
        response = self._call_skill(request)
        attributes = self.session.attributes
        self.session = None
        # Alexa ignores whatever a skill answers to SessionEndedRequest: nothing is spoken. The turn
        # reports the session's state as it was when the user left.
        return Turn(
            utterance="",
            intent=SESSION_ENDED_REQUEST,
            slots={},
            speech="",
            ssml="",
            reprompt=None,
            pending_question=attributes.get("pending_question"),
            outcome=attributes.get("outcome"),
            ended=True,
            request=request,
            response=response,
        )

    def _exit(self, utterance: str) -> Turn:
        turn = self.end_session()
        if turn is None:
            # Nothing to close: Alexa would not call the skill at all.
            return Turn(utterance, SESSION_ENDED_REQUEST, {}, "", "", None, None, None, True)
        return dataclasses.replace(turn, utterance=utterance)

    def _plan(self, utterance: str) -> _Plan:
        text = normalize(utterance)
        if text in EXIT_WORDS:
            return _Plan("exit", new_session=False)
        if self._launch.fullmatch(text):
            return _Plan("launch", new_session=True)
        one_shot = self._one_shot.fullmatch(text)
        if one_shot:
            return _Plan("intent", new_session=True, text=_drop_connector(one_shot.group("rest")))
        # Outside a session anything else is a one-shot too ("Alexa, my calf is twitching").
        return _Plan("intent", new_session=self.session is None, text=utterance)

    def _call_skill(self, request: JsonDict) -> JsonDict:
        response = self._invoke(request)
        if not isinstance(response, dict) or not isinstance(response.get("response", {}), dict):
            raise SimulatorError(f"the skill returned something that is not a response envelope: {response!r:.200}")
        return response


def ssml_to_text(ssml: str) -> str:
    """Plain text of SSML: tags removed, `<break>` as a space, entities unescaped, spaces collapsed."""
    text = re.sub(r"<break\b[^>]*/?>", " ", ssml)
    text = re.sub(r"<audio\b[^>]*/?>", " ", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def output_speech_text(output_speech: Any) -> tuple[str, str]:
    """(plain text, SSML) of an `outputSpeech` object of type SSML or PlainText."""
    if not isinstance(output_speech, dict):
        return "", ""
    if output_speech.get("type") == "PlainText" or "ssml" not in output_speech:
        text = str(output_speech.get("text") or "")
        return text, f"<speak>{html.escape(text, quote=False)}</speak>" if text else ""
    ssml = str(output_speech.get("ssml") or "")
    return ssml_to_text(ssml), ssml


def _turn(utterance: str, request: JsonDict, response: JsonDict, resolution: Resolution | None, ended: bool) -> Turn:
    body = response.get("response") or {}
    speech, ssml = output_speech_text(body.get("outputSpeech"))
    reprompt_speech = (body.get("reprompt") or {}).get("outputSpeech")
    reprompt = output_speech_text(reprompt_speech)[0] if reprompt_speech else None
    attributes = response.get("sessionAttributes") or {}
    request_type = request["request"]["type"]
    return Turn(
        utterance=utterance,
        intent=resolution.intent if resolution else request_type,
        slots=resolution.slot_ids() if resolution else {},
        speech=speech,
        ssml=ssml,
        reprompt=reprompt or None,
        pending_question=attributes.get("pending_question"),
        outcome=attributes.get("outcome"),
        ended=ended,
        awaiting_detail=attributes.get("awaiting_detail") is True,
        asking=_strings(attributes.get("asking")),
        confidence=resolution.confidence if resolution else None,
        card=_card(body.get("card")),
        request=request,
        response=response,
    )


def _strings(value: object) -> list[str] | None:
    return [str(item) for item in value] if isinstance(value, list) else None


def _card(card: object) -> JsonDict | None:
    """A Simple or Standard card as {"title", "text"}; anything else (no card, a consent card) as None."""
    if not isinstance(card, dict) or card.get("type") not in ("Simple", "Standard"):
        return None
    text = card.get("content") if card.get("type") == "Simple" else card.get("text")
    return {"title": str(card.get("title") or ""), "text": str(text or "")}


def _session_ends(response: JsonDict) -> bool:
    """Whether Alexa closes the session after this response.

    A missing `shouldEndSession` ends it too: on a device without a screen (the one simulated here)
    Alexa does not keep listening unless the skill asks it to.
    """
    return (response.get("response") or {}).get("shouldEndSession") is not False


def _drop_connector(rest: str) -> str:
    words = rest.split()
    if len(words) > 1 and words[0] in _CONNECTORS:
        return " ".join(words[1:])
    return rest


def _real_skill_invoker() -> InvokeFn:
    """The production skill object, imported only when no test double is given; it remembers when MTH_MEMORY=on
    (in the store MTH_STORAGE and MTH_DATA_DIR name), as `serve` does."""
    from skill.storage import MemorySettings

    return local_skill_invoker(MemorySettings.from_env())


def local_skill_invoker(memory: Any) -> InvokeFn:
    """The skill in this process, remembering in the store `memory` (MemorySettings) names when it is on."""
    try:
        from skill.alexa.builder import build_skill, invoke
        from skill.storage import persistence_adapter
    except ImportError as exc:
        raise SimulatorError(f"the skill is not available (skill.alexa.builder): {exc}") from exc
    skill = build_skill(persistence_adapter=persistence_adapter(memory))
    return lambda event: invoke(skill, event)
